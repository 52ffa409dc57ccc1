import type Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../../src/core/commands';
import { mergeInputOf, mergeParts, planMerge } from '../../src/core/model/merge';
import { summarize } from '../../src/core/model/summary';
import type { ProjectData } from '../../src/core/model/schema';
import { ProjectStore } from '../../src/main/engine/project-store';
import { readProject } from '../../src/main/engine/read-project';
import { refused, worded } from '../helpers/refused';
import { da, en, newStore, storeOptions } from '../helpers/store';
import { tempDir } from '../helpers/temp';
import { copySample } from './fixtures/sample';

/**
 * "Mette Sørensen" (mette) entered from one survey and "Sørensen, Mette" (mette2) from another,
 * with everything a merge has to move, join or drop: ties of both to the same third actors (one
 * written the other way round), a tie between the two, directed ties both ways, memberships of
 * the same organisation and role and of others, seats in a forum both sit in and in one only
 * she sits in, waves and places on the map.
 */
const surveys: CommandInput = {
  type: 'batch',
  commands: [
    { type: 'wave.add', wave: { id: 'w1', label: '2024' } },
    { type: 'wave.add', wave: { id: 'w2', label: '2025' } },
    { type: 'actor.add', actor: { id: 'jobcenter', kind: 'department', label: 'Jobcenter', sector: 'municipality' } },
    { type: 'actor.add', actor: { id: 'klub', kind: 'organisation', label: 'Bro Boldklub', sector: 'civil_society' } },
    { type: 'actor.add', actor: { id: 'jakob', kind: 'person', label: 'Jakob Holm', sector: 'civil_society' } },
    { type: 'actor.add', actor: { id: 'søren', kind: 'person', label: 'Søren Ærø', sector: 'municipality' } },
    {
      type: 'actor.add',
      actor: {
        id: 'mette',
        kind: 'person',
        label: 'Mette Sørensen',
        sector: 'civil_society',
        attributes: { alder: 45, uddannelse: '' },
        notes: 'Leder af Bro Boldklub',
        waves: ['w1'],
      },
    },
    {
      type: 'actor.add',
      actor: {
        id: 'mette2',
        kind: 'person',
        label: 'Sørensen, Mette',
        sector: 'municipality',
        attributes: { uddannelse: 'pædagog', køn: 'k' },
        influence: 4,
        turnover: 0.2,
        notes: 'Fra spørgeskema 2',
        waves: ['w2'],
      },
    },
    // keep's tie with Jakob, and drop's with him written the other way round, with more known
    {
      type: 'tie.add',
      tie: {
        id: 't-keep-jakob',
        source: 'mette',
        target: 'jakob',
        strength: 2,
        formality: 'informal',
        initiative: 'source',
        evidence: { source: 'spørgeskema 1', quote: 'Vi ses hver uge', confidence: null },
        attributes: { kanal: 'møder' },
        waves: ['w1'],
      },
    },
    {
      type: 'tie.add',
      tie: {
        id: 't-drop-jakob',
        source: 'jakob',
        target: 'mette2',
        strength: 4,
        formality: 'formal',
        initiative: 'target',
        mandate: 'source',
        resourceFlow: 'toTarget',
        dependent: 'target',
        governance: 'partner',
        evidence: { source: 'spørgeskema 2', quote: 'Vi samarbejder om lektiecaféen', confidence: 'high' },
        attributes: { kanal: 'telefon', siden: 2019 },
        notes: 'Tæt samarbejde',
        waves: ['w2'],
      },
    },
    // another type of tie with Jakob stays a tie of its own
    { type: 'tie.add', tie: { id: 't-drop-jakob-advice', source: 'mette2', target: 'jakob', type: 'advice' } },
    // a tie between the two would be a loop
    { type: 'tie.add', tie: { id: 't-between', source: 'mette', target: 'mette2', type: 'personal' } },
    // directed: Søren informs Mette (both entries), and drop informs Søren (the other way)
    { type: 'tie.add', tie: { id: 't-keep-søren', source: 'søren', target: 'mette', type: 'information', directed: true, strength: 1 } },
    { type: 'tie.add', tie: { id: 't-drop-søren-in', source: 'søren', target: 'mette2', type: 'information', directed: true, strength: 3 } },
    { type: 'tie.add', tie: { id: 't-drop-søren-out', source: 'mette2', target: 'søren', type: 'information', directed: true } },
    { type: 'membership.add', membership: { id: 'm-keep-klub', person: 'mette', organisation: 'klub', role: 'leader', start: '2020-01-01', end: '2022-12-31', waves: ['w1'] } },
    { type: 'membership.add', membership: { id: 'm-drop-klub', person: 'mette2', organisation: 'klub', role: 'leader', start: '2018-05-01', end: null, waves: ['w2'] } },
    { type: 'membership.add', membership: { id: 'm-drop-klub-vol', person: 'mette2', organisation: 'klub', role: 'volunteer' } },
    { type: 'membership.add', membership: { id: 'm-drop-job', person: 'mette2', organisation: 'jobcenter', role: 'employee' } },
    { type: 'membership.add', membership: { id: 'm-jakob', person: 'jakob', organisation: 'klub', role: 'volunteer' } },
    {
      type: 'forum.add',
      forum: {
        id: 'f-both',
        label: 'Netværket',
        kind: 'network',
        seats: [
          { actor: 'mette', represents: null, role: 'chair' },
          { actor: 'jakob', represents: 'klub', role: 'member' },
          { actor: 'mette2', represents: 'klub', role: 'member' },
        ],
      },
    },
    {
      type: 'forum.add',
      forum: {
        id: 'f-drop',
        label: 'Styregruppen',
        kind: 'steering',
        seats: [
          { actor: 'søren', represents: 'jobcenter', role: 'chair' },
          { actor: 'mette2', represents: 'jobcenter', role: 'secretary' },
        ],
      },
    },
    { type: 'layout.move', positions: { mette: { x: 10, y: 20 }, mette2: { x: 300, y: 400 } } },
  ],
};

const connectionOf = (store: ProjectStore) => (store as unknown as { db: Database.Database }).db;

const merge = (keep: string, drop: string): CommandInput => ({ type: 'actor.merge', keep, drop });

function surveyStore(): { store: ProjectStore; path: string } {
  const { store, path } = newStore();
  store.apply(surveys);
  return { store, path };
}

const byId = <T extends { id: string }>(rows: readonly T[], id: string): T => {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`no ${id}`);
  return row;
};

describe('merging two actors', () => {
  it('keeps the kept actor\'s name, kind and sector, fills what it lacks from the other, and removes the other', () => {
    const { store } = surveyStore();
    store.apply(merge('mette', 'mette2'));
    const data = store.read();
    expect(data.actors.map((a) => a.id)).not.toContain('mette2');
    expect(byId(data.actors, 'mette')).toEqual({
      id: 'mette',
      kind: 'person',
      label: 'Mette Sørensen',
      sector: 'civil_society',
      // keep's value wins; an empty one is filled, a missing one added
      attributes: { alder: 45, uddannelse: 'pædagog', køn: 'k' },
      influence: 4,
      turnover: 0.2,
      notes: 'Leder af Bro Boldklub\n\nFra spørgeskema 2',
      waves: ['w1', 'w2'],
    });
    // keep's place on the map stays
    expect(data.positions).toEqual({ mette: { x: 10, y: 20 } });
    store.close();
  });

  it('drops the tie between the two and joins ties of the same type with the same third actor, turning one written the other way round', () => {
    const { store } = surveyStore();
    store.apply(merge('mette', 'mette2'));
    const { ties } = store.read();
    expect(ties.map((t) => t.id).sort()).toEqual(['t-drop-jakob-advice', 't-drop-søren-out', 't-keep-jakob', 't-keep-søren'].sort());
    expect(byId(ties, 't-keep-jakob')).toEqual({
      id: 't-keep-jakob',
      source: 'mette',
      target: 'jakob',
      type: 'collaboration',
      directed: false,
      // the stronger, the formal over the informal
      strength: 4,
      formality: 'formal',
      // keep's initiative is known and stays; the rest are drop's, turned to keep's direction
      initiative: 'source',
      mandate: 'target',
      resourceFlow: 'toSource',
      dependent: 'source',
      governance: 'partner',
      evidence: { source: 'spørgeskema 1; spørgeskema 2', quote: 'Vi ses hver uge\n\nVi samarbejder om lektiecaféen', confidence: 'high' },
      attributes: { kanal: 'møder', siden: 2019 },
      notes: 'Tæt samarbejde',
      waves: ['w1', 'w2'],
    });
    // a directed tie joins only one in the same direction
    expect(byId(ties, 't-keep-søren')).toMatchObject({ source: 'søren', target: 'mette', directed: true, strength: 3 });
    expect(byId(ties, 't-drop-søren-out')).toMatchObject({ source: 'mette', target: 'søren', directed: true });
    expect(byId(ties, 't-drop-jakob-advice')).toMatchObject({ source: 'mette', target: 'jakob', type: 'advice' });
    store.close();
  });

  it('joins a membership of the same organisation and role with the wider dates, and moves the others', () => {
    const { store } = surveyStore();
    store.apply(merge('mette', 'mette2'));
    const { memberships } = store.read();
    expect(memberships.filter((m) => m.person === 'mette')).toEqual([
      // an open end is the widest
      { id: 'm-keep-klub', person: 'mette', organisation: 'klub', role: 'leader', start: '2018-05-01', end: null, waves: ['w1', 'w2'] },
      { id: 'm-drop-klub-vol', person: 'mette', organisation: 'klub', role: 'volunteer', start: null, end: null, waves: [] },
      { id: 'm-drop-job', person: 'mette', organisation: 'jobcenter', role: 'employee', start: null, end: null, waves: [] },
    ]);
    expect(memberships.some((m) => m.person === 'mette2')).toBe(false);
    store.close();
  });

  it('drops a seat in a forum where the kept actor sits (keeping its role) and moves a seat in one where it does not', () => {
    const { store } = surveyStore();
    store.apply(merge('mette', 'mette2'));
    const { forums } = store.read();
    expect(byId(forums, 'f-both').seats).toEqual([
      // keep's role stays; its empty "represents" takes drop's
      { actor: 'mette', represents: 'klub', role: 'chair' },
      { actor: 'jakob', represents: 'klub', role: 'member' },
    ]);
    expect(byId(forums, 'f-drop').seats).toEqual([
      { actor: 'søren', represents: 'jobcenter', role: 'chair' },
      { actor: 'mette', represents: 'jobcenter', role: 'secretary' },
    ]);
    store.close();
  });

  it('keeps the kept actor\'s pseudonym code, and gives the dropped one\'s to no one else', () => {
    const { store } = surveyStore();
    const codes = store.pseudonyms();
    store.apply(merge('mette', 'mette2'));
    expect(store.pseudonyms().get('mette')).toBe(codes.get('mette'));
    store.apply({ type: 'actor.add', actor: { id: 'ny', kind: 'person', label: 'Ny Person' } });
    expect([...codes.values()]).not.toContain(store.pseudonyms().get('ny'));
    store.close();
  });

  it('gives the kept actor the other\'s place on the map when it had none', () => {
    const { store } = surveyStore();
    store.apply({ type: 'layout.set', positions: { mette2: { x: 300, y: 400 } } });
    store.apply(merge('mette', 'mette2'));
    expect(store.read().positions).toEqual({ mette: { x: 300, y: 400 } });
    store.close();
  });

  it('keeps an actor present in every wave so when the other is present in some', () => {
    const { store } = surveyStore();
    store.apply({ type: 'actor.update', id: 'mette', patch: { waves: [] } });
    store.apply(merge('mette', 'mette2'));
    expect(byId(store.read().actors, 'mette').waves).toEqual([]);
    store.close();
  });

  it('merges organisations: their members, the seats they sit in and the seats that represent them move', () => {
    const { store } = surveyStore();
    store.apply({
      type: 'batch',
      commands: [
        { type: 'actor.add', actor: { id: 'klub2', kind: 'organisation', label: 'Bro Boldklub af 1921', attributes: { cvr: '12345678' } } },
        { type: 'membership.add', membership: { id: 'm-jakob-2', person: 'jakob', organisation: 'klub2', role: 'volunteer', start: '2019-01-01' } },
        { type: 'membership.add', membership: { id: 'm-søren-2', person: 'søren', organisation: 'klub2', role: 'member' } },
        { type: 'forum.update', id: 'f-drop', patch: { seats: [{ actor: 'søren', represents: 'klub2', role: 'chair' }, { actor: 'klub2', represents: null, role: 'member' }] } },
        { type: 'tie.add', tie: { id: 't-klubs', source: 'klub', target: 'klub2' } },
      ],
    });
    store.apply(merge('klub', 'klub2'));
    const data = store.read();
    expect(byId(data.actors, 'klub')).toMatchObject({ label: 'Bro Boldklub', sector: 'civil_society', attributes: { cvr: '12345678' } });
    // Jakob was a volunteer in both: one membership, the open start the wider
    expect(data.memberships.filter((m) => m.person === 'jakob').map((m) => [m.id, m.organisation, m.role, m.start])).toEqual([['m-jakob', 'klub', 'volunteer', null]]);
    expect(byId(data.memberships, 'm-søren-2')).toMatchObject({ person: 'søren', organisation: 'klub' });
    expect(byId(data.forums, 'f-drop').seats).toEqual([
      { actor: 'søren', represents: 'klub', role: 'chair' },
      { actor: 'klub', represents: null, role: 'member' },
    ]);
    expect(data.ties.some((t) => t.id === 't-klubs')).toBe(false);
    store.close();
  });

  it('clears a "represents" that would have an organisation represent itself', () => {
    const { store } = newStore();
    store.apply({
      type: 'batch',
      commands: [
        { type: 'actor.add', actor: { id: 'a', kind: 'organisation', label: 'Frivilligcentret' } },
        { type: 'actor.add', actor: { id: 'b', kind: 'organisation', label: 'Frivillig Centret' } },
        { type: 'forum.add', forum: { id: 'f', label: 'Forum', seats: [{ actor: 'a', represents: 'b', role: 'member' }] } },
      ],
    });
    store.apply(merge('a', 'b'));
    expect(store.read().forums[0]?.seats).toEqual([{ actor: 'a', represents: null, role: 'member' }]);
    store.close();
  });
});

describe('a merge as one step', () => {
  it('is undone exactly, redone exactly, and kept across closing and reopening', () => {
    const { store, path } = surveyStore();
    const before = store.read();
    const codes = store.pseudonyms();
    const steps = store.historyState().undoCount;
    store.apply(merge('mette', 'mette2'));
    const after = store.read();
    // the store's kept copy of the project is what the file holds
    expect(after).toEqual(readProject(connectionOf(store)));
    expect(store.historyState().undoCount).toBe(steps + 1);
    expect(store.undo()).toBe(true);
    expect(store.read()).toEqual(before);
    expect(readProject(connectionOf(store))).toEqual(before);
    expect(store.pseudonyms()).toEqual(codes);
    expect(store.redo()).toBe(true);
    expect(store.read()).toEqual(after);
    store.close();
    const again = ProjectStore.open(path, storeOptions());
    expect(again.read()).toEqual(after);
    again.undo();
    expect(again.read()).toEqual(before);
    again.close();
  });

  it('is named in the history in Danish and English', () => {
    const { store } = surveyStore();
    store.apply(merge('mette', 'mette2'));
    const label = store.historyState().undo;
    if (!label) throw new Error('no step');
    expect(da.t('menu.undoWhat', { what: da.t(label.key, label.params) })).toBe('Fortryd flet "Sørensen, Mette" ind i "Mette Sørensen"');
    expect(en.t('menu.undoWhat', { what: en.t(label.key, label.params) })).toBe('Undo merge "Sørensen, Mette" into "Mette Sørensen"');
    store.close();
  });

  it('can be one command of a batch', () => {
    const { store } = surveyStore();
    store.apply({ type: 'batch', commands: [merge('mette', 'mette2'), { type: 'actor.update', id: 'mette', patch: { notes: 'Flettet' } }] });
    expect(byId(store.read().actors, 'mette').notes).toBe('Flettet');
    store.undo();
    expect(store.read().actors.map((a) => a.id)).toContain('mette2');
    store.close();
  });

  it('leaves the counts the analysis reads as one actor fewer, the joined ties and memberships fewer, and one seat fewer', () => {
    const { store } = surveyStore();
    const before = summarize(store.read(), 'da').counts;
    store.apply(merge('mette', 'mette2'));
    const after = summarize(store.read(), 'da').counts;
    expect(after).toEqual({
      ...before,
      persons: before.persons - 1,
      // joined: drop–Jakob collaboration and Søren→drop information; gone: the tie between the two
      ties: before.ties - 3,
      // joined: the leader membership of the club
      memberships: before.memberships - 1,
      // dropped: her second seat in Netværket
      seats: before.seats - 1,
    });
    store.close();
  });
});

describe('a merge refused', () => {
  const unchanged = (run: (store: ProjectStore) => void) => {
    const { store } = surveyStore();
    const before = store.read();
    const history = store.historyState();
    run(store);
    expect(store.read()).toEqual(before);
    expect(store.historyState()).toEqual(history);
    store.close();
  };

  it('for actors of different kinds, saying which and why, in both languages', () => {
    unchanged((store) => {
      const e = refused(() => store.apply(merge('klub', 'jobcenter')));
      expect(e.key).toBe('errors.invalidCommand');
      expect(worded(e.problems, 'da', 'form')).toEqual([
        {
          where: '',
          message:
            '"Jobcenter" er en forvaltning og "Bro Boldklub" er en organisation. Kun aktører af samme slags kan flettes; ret først slagsen på den ene, hvis de er den samme.',
        },
      ]);
      expect(worded(e.problems, 'en')[0]?.message).toBe(
        '"Jobcenter" is a department and "Bro Boldklub" is an organisation. Only actors of the same kind can be merged; if they are the same, change the kind of one first.',
      );
      expect(refused(() => store.apply(merge('mette', 'klub'))).problems).toHaveLength(1);
    });
  });

  it('for the same actor twice', () => {
    unchanged((store) => {
      const e = refused(() => store.apply(merge('mette', 'mette')));
      expect(worded(e.problems, 'en')).toEqual([{ where: '', message: '"Mette Sørensen" cannot be merged with itself. Choose two different actors.' }]);
    });
  });

  it('for unknown ids, naming each', () => {
    unchanged((store) => {
      const e = refused(() => store.apply(merge('nobody', 'ghost')));
      expect(worded(e.problems, 'en').map((p) => p.message)).toEqual(['a person or organisation "nobody" does not exist', 'a person or organisation "ghost" does not exist']);
      expect(refused(() => store.apply(merge('mette', 'ghost'))).problems).toHaveLength(1);
    });
  });

  it('when joined notes would outgrow the field, naming the field, and writes nothing', () => {
    const { store } = surveyStore();
    store.apply({ type: 'actor.update', id: 'mette', patch: { notes: 'a'.repeat(15_000) } });
    store.apply({ type: 'actor.update', id: 'mette2', patch: { notes: 'b'.repeat(15_000) } });
    const before = store.read();
    const history = store.historyState();
    const e = refused(() => store.apply(merge('mette', 'mette2')));
    expect(worded(e.problems, 'en', 'form').map((p) => p.where)).toEqual(['Notes']);
    expect(store.read()).toEqual(before);
    expect(store.historyState()).toEqual(history);
    store.close();
  });
});

describe('a merge in the sample, against networkx', () => {
  it('leaves the network networkx gets by contracting the two nodes', () => {
    const dir = tempDir();
    const store = ProjectStore.open(copySample(dir), storeOptions());
    const data = store.read();
    // two persons with a neighbour in common and neighbours of their own: the hardest case
    const neighbours = (d: ProjectData, id: string) => new Set(d.ties.flatMap((t) => (t.source === id ? [t.target] : t.target === id ? [t.source] : [])));
    const persons = data.actors.filter((a) => a.kind === 'person').map((a) => a.id);
    const pair = persons
      .flatMap((a) => persons.filter((b) => a < b).map((b) => [a, b] as const))
      .find(([a, b]) => {
        const na = neighbours(data, a);
        const nb = neighbours(data, b);
        return [...na].some((x) => nb.has(x)) && [...na].some((x) => !nb.has(x) && x !== b) && [...nb].some((x) => !na.has(x) && x !== a);
      });
    if (!pair) throw new Error('the sample has no two persons sharing a neighbour');
    const [keep, drop] = pair;
    const edges = (d: ProjectData) => d.ties.map((t) => [t.source, t.target]);
    const file = join(dir, 'edges.json');
    writeFileSync(file, JSON.stringify({ nodes: data.actors.map((a) => a.id), edges: edges(data), keep, drop }));
    const contracted = JSON.parse(
      execFileSync(
        '/usr/bin/python3',
        [
          '-c',
          `import json,sys
import networkx as nx
d=json.load(open(sys.argv[1],encoding='utf-8'))
g=nx.Graph(); g.add_nodes_from(d['nodes']); g.add_edges_from(d['edges'])
h=nx.contracted_nodes(g,d['keep'],d['drop'],self_loops=False)
print(json.dumps({'nodes':sorted(h.nodes()),'edges':sorted(sorted(e) for e in h.edges()),'degree':h.degree(d['keep'])}))`,
          file,
        ],
        { encoding: 'utf8' },
      ),
    ) as { nodes: string[]; edges: string[][]; degree: number };

    store.apply(merge(keep, drop));
    const merged = store.read();
    const pairs = [...new Set(edges(merged).map((e) => JSON.stringify([...e].sort())))].map((e) => JSON.parse(e) as string[]).sort();
    expect(merged.actors.map((a) => a.id).sort()).toEqual(contracted.nodes);
    expect(pairs).toEqual(contracted.edges.map((e) => [...e].sort()).sort());
    expect(neighbours(merged, keep).size).toBe(contracted.degree);
    store.close();
  });
});

describe('what the app shows before a merge', () => {
  it('is worked out from the project it holds exactly as the engine works it out from the file', () => {
    const { store } = surveyStore();
    const input = mergeInputOf(store.read(), 'mette', 'mette2');
    if (!input) throw new Error('no input');
    const plan = planMerge(input);
    expect(mergeParts(plan).map((p) => en.t(p.key, p.params))).toEqual([
      '2 ties move',
      '2 ties are joined to ones that already exist',
      '1 tie between the two disappears',
      '2 memberships move',
      '1 membership is joined to one that already exists',
      '1 forum seat moves',
      '1 forum seat goes, as both sit in the forum',
    ]);
    store.apply(merge('mette', 'mette2'));
    const after = store.read();
    for (const t of [...plan.ties.moved, ...plan.ties.joined]) expect(byId(after.ties, t.id)).toEqual(t);
    for (const m of [...plan.memberships.moved, ...plan.memberships.joined]) expect(byId(after.memberships, m.id)).toEqual(m);
    expect(byId(after.actors, 'mette')).toEqual(plan.actor);
    store.close();
  });
});

describe('a merge and deleting a person completely', () => {
  it('leaves a history that still undoes and redoes once the kept person is erased', () => {
    const { store } = surveyStore();
    store.apply(merge('mette', 'mette2'));
    store.apply({ type: 'actor.update', id: 'jakob', patch: { notes: 'efter fletningen' } });
    store.erasePerson('mette');
    const after = store.read();
    expect(after.actors.map((a) => a.id)).not.toContain('mette');
    expect(after).toEqual(readProject(connectionOf(store)));
    // the merge's step names her, so its label is made neutral; every step still replays
    let steps = 0;
    while (store.undo()) steps++;
    expect(steps).toBeGreaterThan(0);
    while (store.redo()) steps--;
    expect(steps).toBe(0);
    expect(store.read()).toEqual(after);
    store.close();
  });

  it('takes the merged entry out of the history too when the kept person is erased completely', () => {
    const { store, path } = surveyStore();
    store.apply(merge('mette', 'mette2'));
    store.erasePerson('mette');
    store.close();
    // the same natural person under her other name: no row, label or byte of the file keeps it
    const bytes = readFileSync(path);
    for (const trace of ['Sørensen, Mette', 'mette2', 'Mette Sørensen'])
      expect(bytes.includes(Buffer.from(trace, 'utf8')), trace).toBe(false);
    const reopened = ProjectStore.open(path, {});
    let steps = 0;
    while (reopened.undo()) steps++;
    expect(reopened.read().actors.map((a) => a.id)).not.toContain('mette2');
    while (reopened.redo()) steps--;
    expect(steps).toBe(0);
    reopened.close();
  });
});
