import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandInput, SingleCommandInput } from '../../src/core/commands';
import { isUserError } from '../../src/core/errors';
import type { ProjectData } from '../../src/core/model/schema';
import { readSteps } from '../../src/main/engine/history';
import { belongsTo } from '../../src/main/engine/history-scrub';
import { ProjectStore } from '../../src/main/engine/project-store';
import { readProject } from '../../src/main/engine/read-project';
import { newStore, storeOptions } from '../helpers/store';

/**
 * Random edits, undos and redos around one person ("pia"), then "delete completely": what is
 * left of the history must lead, undo by undo and redo by redo, through the states the project
 * would have had without her.
 */

const connectionOf = (store: ProjectStore) => (store as unknown as { db: Database.Database }).db;
const PIA = 'pia';
const PERSONS = ['a', 'b', PIA] as const;
const ORGS = ['o1', 'o2'] as const;
const ACTORS = [...PERSONS, ...ORGS] as const;

const base = {
  type: 'batch',
  commands: [
    { type: 'wave.add', wave: { id: 'w1', label: 'Runde 1' } },
    { type: 'wave.add', wave: { id: 'w2', label: 'Runde 2' } },
    { type: 'actor.add', actor: { id: 'o1', kind: 'organisation', label: 'Klubben' } },
    { type: 'actor.add', actor: { id: 'o2', kind: 'organisation', label: 'Foreningen' } },
    { type: 'actor.add', actor: { id: 'a', kind: 'person', label: 'Anna' } },
    { type: 'actor.add', actor: { id: 'b', kind: 'person', label: 'Bo' } },
    { type: 'actor.add', actor: { id: PIA, kind: 'person', label: 'Pia Qzx', notes: 'pia-noter' } },
    { type: 'membership.add', membership: { id: 'm0', person: PIA, organisation: 'o1', role: 'member', waves: ['w1'] } },
    { type: 'forum.add', forum: { id: 'f1', label: 'Netværket', kind: 'network' } },
  ] satisfies SingleCommandInput[],
} satisfies CommandInput;

const person = fc.constantFrom(...PERSONS);
const org = fc.constantFrom(...ORGS);
const actor = fc.constantFrom(...ACTORS);
const membershipId = fc.constantFrom('m0', 'm1', 'm2', 'm3');
const tieId = fc.constantFrom('t1', 't2', 't3');
const waves = fc.subarray(['w1', 'w2']);
const text = fc.constantFrom('', 'en', 'to', 'tre');
/** a name only its actor ever has, so a name of pia's left anywhere is hers */
const nameOf = (id: string, n: number) => `${id}-navn-${String(n)}`;

const actorUpdate = fc
  .tuple(person, fc.nat(9), fc.oneof(fc.constant('label'), fc.constant('notes'), fc.constant('waves'), fc.constant('attributes')), waves, text)
  .map(([id, n, field, w, t]): SingleCommandInput => {
    const patch = field === 'label' ? { label: nameOf(id, n) } : field === 'notes' ? { notes: `${id}-noter-${t}` } : field === 'waves' ? { waves: w } : { attributes: { x: `${id}-${t}` } };
    return { type: 'actor.update', id, patch };
  });
const membershipAdd = fc
  .tuple(membershipId, person, org, waves)
  .map(([id, p, o, w]): SingleCommandInput => ({ type: 'membership.add', membership: { id, person: p, organisation: o, role: 'member', waves: w } }));
const tieAdd = fc
  .tuple(tieId, actor, actor, text, waves)
  .map(([id, source, target, quote, w]): SingleCommandInput => ({
    type: 'tie.add',
    tie: { id, source, target, evidence: { source: '', quote: `citat ${quote}`, confidence: null }, waves: w },
  }));
const seats = fc
  .subarray([...PERSONS])
  .chain((ps) => fc.tuple(fc.constant(ps), fc.array(fc.boolean(), { minLength: ps.length, maxLength: ps.length })))
  .map(([ps, represents]): SingleCommandInput => ({
    type: 'forum.update',
    id: 'f1',
    patch: { seats: ps.map((p, i) => ({ actor: p, represents: represents[i] ? 'o1' : null, role: 'member' as const })) },
  }));
const layoutMove = fc
  .subarray([...ACTORS], { minLength: 1 })
  .chain((ids) => fc.tuple(fc.constant(ids), fc.integer({ min: -50, max: 50 })))
  .map(([ids, x]): SingleCommandInput => ({ type: 'layout.move', positions: Object.fromEntries(ids.map((id, i) => [id, { x, y: i }])) }));
const readd = fc
  .tuple(fc.constantFrom('a', PIA, 'o2'), fc.nat(9))
  .map(([id, n]): SingleCommandInput => ({ type: 'actor.add', actor: { id, kind: id === 'o2' ? 'organisation' : 'person', label: nameOf(id, n) } }));
const remove = fc.oneof(
  fc.constantFrom('a', PIA, 'o2').map((id): SingleCommandInput => ({ type: 'actor.remove', id })),
  membershipId.map((id): SingleCommandInput => ({ type: 'membership.remove', id })),
  tieId.map((id): SingleCommandInput => ({ type: 'tie.remove', id })),
);
const rowUpdate = fc.oneof(
  fc.tuple(membershipId, waves).map(([id, w]): SingleCommandInput => ({ type: 'membership.update', id, patch: { waves: w } })),
  membershipId.map((id): SingleCommandInput => ({ type: 'membership.update', id, patch: { role: 'volunteer' } })),
  fc.tuple(tieId, fc.integer({ min: 1, max: 5 })).map(([id, s]): SingleCommandInput => ({ type: 'tie.update', id, patch: { strength: s } })),
  fc.tuple(tieId, waves).map(([id, w]): SingleCommandInput => ({ type: 'tie.update', id, patch: { waves: w } })),
);
/** a membership or tie handed from one actor to another: to or from pia too */
const handOver = fc.oneof(
  fc.tuple(membershipId, person).map(([id, p]): SingleCommandInput => ({ type: 'membership.update', id, patch: { person: p } })),
  fc.tuple(tieId, actor).map(([id, a]): SingleCommandInput => ({ type: 'tie.update', id, patch: { source: a } })),
  fc.tuple(tieId, actor).map(([id, a]): SingleCommandInput => ({ type: 'tie.update', id, patch: { target: a } })),
);

/** edits whose rows say by their own fields whether they are pia's */
const plainEdit = fc.oneof(actorUpdate, membershipAdd, tieAdd, seats, layoutMove, readd);
const batchOf = (edit: fc.Arbitrary<SingleCommandInput>) =>
  fc.array(edit, { minLength: 2, maxLength: 3 }).map((commands): CommandInput => ({ type: 'batch', commands }));

type Op = CommandInput | 'undo' | 'redo';
const anyOp: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.oneof(plainEdit, remove, rowUpdate, handOver), weight: 6 },
  { arbitrary: batchOf(fc.oneof(plainEdit, rowUpdate, handOver, remove)), weight: 1 },
  { arbitrary: fc.constantFrom<Op>('undo', 'redo'), weight: 2 },
);

/** Runs an edit, undo or redo; a refused one changes nothing. Returns whether it was done. */
function run(store: ProjectStore, op: Op): boolean {
  try {
    if (op === 'undo') return store.undo();
    if (op === 'redo') return store.redo();
    store.apply(op);
    return true;
  } catch (e) {
    if (!isUserError(e)) throw e;
    return false;
  }
}

/** The project as it is, less every row of pia's. */
function withoutPia(d: ProjectData): ProjectData {
  return {
    ...d,
    actors: d.actors.filter((a) => a.id !== PIA),
    memberships: d.memberships.filter((m) => m.person !== PIA && m.organisation !== PIA),
    ties: d.ties.filter((t) => t.source !== PIA && t.target !== PIA),
    forums: d.forums.map((f) => ({ ...f, seats: f.seats.filter((s) => s.actor !== PIA && s.represents !== PIA) })),
    positions: Object.fromEntries(Object.entries(d.positions).filter(([id]) => id !== PIA)),
  };
}

/** Erases pia; a history that lost every step of hers (undone, then replaced) has nothing to erase. */
function erasePia(store: ProjectStore): void {
  try {
    store.erasePerson(PIA);
  } catch (e) {
    if (!isUserError(e) || e.key !== 'privacy.errors.noSuchPerson') throw e;
  }
}

/** Every change left in the history, checked for a row of hers and every label for her names. */
function expectNoTraceOfPia(store: ProjectStore): void {
  for (const step of readSteps(connectionOf(store))) {
    expect(JSON.stringify(step.label)).not.toMatch(/pia|Pia/);
    for (const c of step.changes) expect({ t: c.t, b: belongsTo(PIA, c.t, c.b), a: belongsTo(PIA, c.t, c.a) }).toEqual({ t: c.t, b: false, a: false });
    expect(JSON.stringify(step.changes)).not.toMatch(/pia-|Pia Qzx|"pia"/);
  }
}

describe('deleting a person completely, on random histories', () => {
  it('leaves a history that undoes and redoes through the same states as before, less her rows', () => {
    fc.assert(
      fc.property(fc.array(anyOp, { minLength: 1, maxLength: 30 }), (ops) => {
        const { store, dir } = newStore();
        store.apply(base);
        for (const op of ops) run(store, op);
        const before = store.saveCopy(join(dir, 'before.brobygger'), false);
        erasePia(store);
        expect(store.read()).toEqual(readProject(connectionOf(store)));
        expectNoTraceOfPia(store);
        const kept = new Set(readSteps(connectionOf(store)).map((s) => s.seq));

        const original = ProjectStore.open(before, storeOptions());
        const steps = readSteps(connectionOf(original));
        const same = () => expect(store.read()).toEqual(withoutPia(original.read()));
        try {
          same();
          expect(store.historyState().undoCount).toBe(steps.filter((s) => !s.undone && kept.has(s.seq)).length);
          for (const step of steps.filter((s) => !s.undone).reverse()) {
            expect(original.undo()).toBe(true);
            if (kept.has(step.seq)) expect(store.undo()).toBe(true);
            same();
          }
          expect(store.undo()).toBe(false);
          for (const step of steps) {
            expect(original.redo()).toBe(true);
            if (kept.has(step.seq)) expect(store.redo()).toBe(true);
            same();
          }
          expect(store.redo()).toBe(false);
        } finally {
          original.close();
          store.close();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('leaves the same project and history as a replay of the same edits that never had her', () => {
    /** The row of a membership or tie as it is now, when it is hers (by either end). */
    const isHers = (data: ProjectData, c: SingleCommandInput): boolean => {
      if (c.type === 'membership.update' || c.type === 'membership.remove') {
        const m = data.memberships.find((x) => x.id === c.id);
        return m !== undefined && (m.person === PIA || m.organisation === PIA);
      }
      if (c.type === 'tie.update' || c.type === 'tie.remove') {
        const t = data.ties.find((x) => x.id === c.id);
        return t !== undefined && (t.source === PIA || t.target === PIA);
      }
      return false;
    };
    /** The edit as it would have been made in a project without her; null when nothing is left. */
    const withoutHer = (data: ProjectData, c: SingleCommandInput): SingleCommandInput | null => {
      switch (c.type) {
        case 'actor.add':
          return c.actor.id === PIA ? null : c;
        case 'actor.update':
        case 'actor.remove':
          return c.id === PIA ? null : c;
        case 'membership.add':
          return c.membership.person === PIA ? null : c;
        case 'tie.add':
          return c.tie.source === PIA || c.tie.target === PIA ? null : c;
        case 'forum.update':
          return { ...c, patch: { ...c.patch, seats: (c.patch.seats ?? []).filter((s) => s.actor !== PIA) } };
        case 'layout.move': {
          const positions = Object.fromEntries(Object.entries(c.positions).filter(([id]) => id !== PIA));
          return Object.keys(positions).length > 0 ? { ...c, positions } : null;
        }
        default:
          return isHers(data, c) ? null : c;
      }
    };
    /** Edits and undos where a handing over never involves her (a replay has no way to say it). */
    const replayable = fc.oneof(
      { arbitrary: fc.oneof(plainEdit, remove, rowUpdate, handOver), weight: 6 },
      { arbitrary: batchOf(plainEdit), weight: 1 },
      { arbitrary: fc.constantFrom<Op>('undo', 'redo'), weight: 2 },
    );
    const sorted = (d: ProjectData) => {
      const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((x, y) => (x.id < y.id ? -1 : 1));
      return {
        ...d,
        actors: byId(d.actors),
        memberships: byId(d.memberships),
        ties: byId(d.ties),
        forums: byId(d.forums).map((f) => ({ ...f, seats: [...f.seats].sort((x, y) => (x.actor < y.actor ? -1 : 1)) })),
      };
    };

    fc.assert(
      fc.property(fc.array(replayable, { minLength: 1, maxLength: 30 }), (ops) => {
        const { store } = newStore();
        const { store: replay } = newStore();
        // for each step on each stack of the store: whether the replay made one too
        const undoStack: boolean[] = [];
        const redoStack: boolean[] = [];
        const steps = (s: ProjectStore) => s.historyState().undoCount;
        try {
          store.apply(base);
          replay.apply({ type: 'batch', commands: base.commands.flatMap((c) => withoutHer(replay.read(), c) ?? []) });
          undoStack.push(true);
          for (const op of ops) {
            const data = store.read();
            if (op === 'undo' || op === 'redo') {
              if (!run(store, op)) continue;
              const flag = (op === 'undo' ? undoStack : redoStack).pop();
              (op === 'undo' ? redoStack : undoStack).push(flag ?? false);
              if (flag) expect(run(replay, op)).toBe(true);
              continue;
            }
            const commands = op.type === 'batch' ? op.commands : [op];
            // a handing over from or to her cannot be replayed without her: it is not made
            const handsOver = commands.some(
              (c) =>
                (c.type === 'membership.update' && (c.patch.person !== undefined || c.patch.organisation !== undefined) && (isHers(data, c) || c.patch.person === PIA)) ||
                (c.type === 'tie.update' && (c.patch.source !== undefined || c.patch.target !== undefined) && (isHers(data, c) || c.patch.source === PIA || c.patch.target === PIA)),
            );
            if (handsOver) continue;
            const before = steps(store);
            if (!run(store, op)) continue;
            if (steps(store) === before) continue;
            redoStack.length = 0;
            const left = commands.flatMap((c) => withoutHer(data, c) ?? []);
            const replayed = steps(replay);
            if (left.length > 0) expect(run(replay, left.length === 1 && left[0] ? left[0] : { type: 'batch', commands: left })).toBe(true);
            const replayedToo = steps(replay) > replayed;
            // an edit of hers alone still took the redo stack away, as any new step does
            if (!replayedToo) connectionOf(replay).prepare('DELETE FROM history WHERE undone = 1').run();
            undoStack.push(replayedToo);
          }
          erasePia(store);
          const same = () => expect(sorted(store.read())).toEqual(sorted(replay.read()));
          same();
          expect(store.historyState().undoCount).toBe(replay.historyState().undoCount);
          expect(store.historyState().redoCount).toBe(replay.historyState().redoCount);
          while (replay.undo()) {
            expect(store.undo()).toBe(true);
            same();
          }
          expect(store.undo()).toBe(false);
          while (replay.redo()) {
            expect(store.redo()).toBe(true);
            same();
          }
          expect(store.redo()).toBe(false);
        } finally {
          store.close();
          replay.close();
        }
      }),
      { numRuns: 60 },
    );
  });
});
