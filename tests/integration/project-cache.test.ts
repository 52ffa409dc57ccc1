import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../../src/core/commands';
import { isUserError } from '../../src/core/errors';
import { applyProjectPatch, diffProjectData } from '../../src/core/model/project-patch';
import type { ProjectData } from '../../src/core/model/schema';
import type { ProjectStore } from '../../src/main/engine/project-store';
import { readProject } from '../../src/main/engine/read-project';
import { newStore } from '../helpers/store';

/** The store's own connection, for reading the file whole beside what the store keeps. */
const connectionOf = (store: ProjectStore) => (store as unknown as { db: Database.Database }).db;

const seed: CommandInput = {
  type: 'batch',
  commands: [
    { type: 'wave.add', wave: { id: 'w1', label: '2025' } },
    { type: 'actor.add', actor: { id: 'org', kind: 'organisation', label: 'Klubben', sector: 'civil_society' } },
    { type: 'actor.add', actor: { id: 'dep', kind: 'department', label: 'Jobcenter', sector: 'municipality', waves: ['w1'] } },
    { type: 'actor.add', actor: { id: 'p1', kind: 'person', label: 'Anna', sector: 'civil_society' } },
    { type: 'actor.add', actor: { id: 'p2', kind: 'person', label: 'Bo', sector: 'municipality' } },
    { type: 'membership.add', membership: { id: 'm1', person: 'p1', organisation: 'org', role: 'volunteer' } },
    { type: 'tie.add', tie: { id: 't1', source: 'p1', target: 'p2', waves: ['w1'] } },
    { type: 'forum.add', forum: { id: 'f1', label: 'Netværket', seats: [{ actor: 'p1', represents: 'org', role: 'member' }] } },
    { type: 'activity.add', activity: { id: 'act-1', title: 'Lektiecafé', owners: ['org', 'dep'], contacts: ['p1'], window: { from: 2, to: 20 } } },
  ],
};

/** One edit, chosen by `n` among those that fit the project as it is (some are refused, which is fine too). */
function editFor(n: number, data: ProjectData): CommandInput | 'undo' | 'redo' {
  const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(n / 23) % Math.max(1, list.length)];
  const actor = pick(data.actors)?.id ?? 'p1';
  const other = data.actors[(Math.floor(n / 7) + 1) % Math.max(1, data.actors.length)]?.id ?? 'p2';
  const tie = pick(data.ties)?.id;
  const org = data.actors.find((a) => a.kind !== 'person')?.id ?? 'org';
  const wave = pick(data.waves)?.id;
  const activity = pick(data.activities)?.id;
  switch (n % 22) {
    case 0:
      return { type: 'actor.add', actor: { kind: n % 2 ? 'person' : 'organisation', label: `Ny ${n}`, sector: 'business' } };
    case 1:
      return { type: 'actor.update', id: actor, patch: { label: `Omdøbt ${n}`, notes: String(n) } };
    case 2:
      return { type: 'actor.remove', id: actor };
    case 3:
      return { type: 'tie.add', tie: { source: actor, target: other, strength: n % 5, formality: 'informal' } };
    case 4:
      return tie ? { type: 'tie.update', id: tie, patch: { evidence: { source: 'interview', quote: `q${n}`, confidence: 'high' } } } : 'undo';
    case 5:
      return tie ? { type: 'tie.remove', id: tie } : 'redo';
    case 6:
      return { type: 'membership.add', membership: { person: actor, organisation: org, role: 'employee' } };
    case 7:
      return data.memberships[0] ? { type: 'membership.remove', id: data.memberships[0].id } : 'undo';
    case 8:
      return { type: 'forum.add', forum: { label: `Forum ${n}`, seats: [{ actor, represents: null, role: 'chair' }] } };
    case 9:
      return data.forums[0]
        ? { type: 'forum.update', id: data.forums[0].id, patch: { seats: [{ actor: other, represents: null, role: 'member' }] } }
        : 'redo';
    case 10:
      return { type: 'wave.add', wave: { label: `Bølge ${n}` } };
    case 11:
      return wave ? { type: 'actor.update', id: actor, patch: { waves: [wave] } } : 'undo';
    case 12:
      return wave ? { type: 'wave.remove', id: wave } : 'redo';
    case 13:
      return { type: 'code.add', code: { codebook: 'sectors', entry: { key: `s${n}`, label: { da: `S${n}`, en: `S${n}` }, color: '#123456' } } };
    case 14:
      return { type: 'project.update', patch: { name: `Projekt ${n}` } };
    case 15:
      return { type: 'layout.set', positions: { [actor]: { x: n, y: -n } } };
    case 16:
      return 'undo';
    case 17:
      return 'redo';
    case 19:
      return { type: 'activity.add', activity: { title: `Tilbud ${n}`, owners: [org], contacts: n % 2 ? [actor] : [], window: { from: -(n % 9), to: n % 26 } } };
    case 20:
      return activity ? { type: 'activity.update', id: activity, patch: { owners: [org, actor], contacts: [other], waves: wave ? [wave] : [] } } : 'undo';
    case 21:
      return activity ? { type: 'activity.remove', id: activity } : 'redo';
    default:
      return {
        type: 'batch',
        commands: [
          { type: 'actor.add', actor: { id: `b${n}`, kind: 'person', label: `B${n}` } },
          { type: 'tie.add', tie: { source: `b${n}`, target: actor } },
          { type: 'actor.update', id: other, patch: { sector: 'municipality' } },
        ],
      };
  }
}

function step(store: ProjectStore, edit: CommandInput | 'undo' | 'redo'): void {
  try {
    if (edit === 'undo') store.undo();
    else if (edit === 'redo') store.redo();
    else store.apply(edit);
  } catch (e) {
    if (!isUserError(e)) throw e;
  }
}

describe("the store's kept copy of a project", () => {
  it('reads after every edit, undo and redo exactly what reading the whole file gives', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 10_000 }), { minLength: 1, maxLength: 30 }), (choices) => {
        const { store } = newStore();
        try {
          store.apply(seed);
          let data = store.read();
          const versions = [data];
          for (const n of choices) {
            step(store, editFor(n, data));
            data = store.read();
            expect(data).toEqual(readProject(connectionOf(store)));
            // what the renderer does: build this version from one it had, from the patch between them
            const since = versions[n % versions.length] as ProjectData;
            expect(applyProjectPatch(since, diffProjectData(since, data))).toEqual(data);
            versions.push(data);
          }
        } finally {
          store.close();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('hands back the records an edit did not touch as the very same objects', () => {
    const { store } = newStore();
    store.apply(seed);
    const before = store.read();
    store.apply({ type: 'tie.add', tie: { id: 't2', source: 'p2', target: 'dep' } });
    const after = store.read();
    expect(after.actors).toBe(before.actors);
    expect(after.forums).toBe(before.forums);
    expect(after.codebooks).toBe(before.codebooks);
    expect(after.ties[0]).toBe(before.ties[0]);
    expect(after.ties.map((t) => t.id)).toEqual(['t1', 't2']);
    store.undo();
    const undone = store.read();
    expect(undone.ties).toEqual(before.ties);
    expect(undone.ties[0]).toBe(before.ties[0]);
    store.close();
  });

  it('still shares the records a large edit left alone', () => {
    const { store } = newStore();
    store.apply(seed);
    store.apply({
      type: 'batch',
      commands: Array.from({ length: 120 }, (_, i) => ({ type: 'tie.add' as const, tie: { id: `bulk${String(i)}`, source: 'p1', target: i % 2 ? 'p2' : 'dep' } })),
    });
    const before = store.read();
    store.apply({ type: 'batch', commands: before.ties.slice(0, 60).map((t) => ({ type: 'tie.update' as const, id: t.id, patch: { notes: 'Ændret' } })) });
    const after = store.read();
    expect(after).toEqual(readProject(connectionOf(store)));
    expect(after.ties[0]).not.toBe(before.ties[0]);
    expect(after.ties[100]).toBe(before.ties[100]);
    store.close();
  });

  it('is frozen, so that no reader can change what the next reader is handed', () => {
    const { store } = newStore();
    store.apply(seed);
    const data = store.read();
    expect(() => {
      (data.actors[0] as { label: string }).label = 'changed';
    }).toThrow(TypeError);
    expect(() => (data.ties as unknown[]).push({})).toThrow(TypeError);
    expect(store.read().actors[0]?.label).toBe('Klubben');
    store.close();
  });
});
