import { describe, expect, it } from 'vitest';
import { ActivityInputSchema, ActorInputSchema, TieInputSchema } from '../../src/core/commands';
import { planImport } from '../../src/core/import/plan';
import { defaultCodebooks, defaultSettings } from '../../src/core/model/defaults';
import type { Actor, ProjectData, Tie } from '../../src/core/model/schema';

const actor = (id: string, label: string, extra: Partial<Actor> = {}): Actor => ({
  ...ActorInputSchema.parse({ kind: 'person', label }),
  id: id as Actor['id'],
  ...extra,
});
const tie = (id: string, source: string, target: string, extra: Partial<Tie> = {}): Tie => ({
  ...TieInputSchema.parse({ source, target }),
  id: id as Tie['id'],
  ...extra,
});
const project = (actors: Actor[], ties: Tie[] = []): ProjectData => ({
  meta: { name: 'P', description: '' },
  settings: defaultSettings(),
  codebooks: defaultCodebooks(),
  waves: [],
  actors,
  memberships: [],
  ties,
  forums: [],
  activities: [],
  views: [],
  positions: {},
});

const current = project(
  [actor('a', 'Åse', { notes: 'frivillig', attributes: { alder: 34, by: 'Bro' } }), actor('b', 'Bo'), actor('c', 'Cy')],
  [tie('t1', 'a', 'b', { strength: 3 }), tie('t2', 'b', 'c', { strength: 2 })],
);

describe('an import planned against the project', () => {
  it('updates by id field by field, adds new ids, and says old → new for each change', () => {
    const incoming = project(
      [actor('a', 'Åse Ø', { notes: 'frivillig', attributes: { alder: 35, by: 'Bro' } }), actor('b', 'Bo'), actor('c', 'Cy'), actor('d', 'Dan')],
      [tie('t1', 'a', 'b', { strength: 4 }), tie('t2', 'b', 'c', { strength: 2 })],
    );
    const plan = planImport(current, incoming, { updateById: true, removeMissing: false });
    expect(plan.added).toEqual([{ collection: 'actors', id: 'd', label: 'Dan' }]);
    expect(plan.changed).toEqual([
      {
        collection: 'actors',
        id: 'a',
        label: 'Åse',
        fields: [
          { field: 'label', before: 'Åse', after: 'Åse Ø' },
          { field: 'attributes.alder', before: 34, after: 35 },
        ],
      },
      { collection: 'ties', id: 't1', label: 'Åse – Bo', fields: [{ field: 'strength', before: 3, after: 4 }] },
    ]);
    expect(plan.removed).toEqual([]);
    expect(plan.commands).toEqual([
      { type: 'actor.add', actor: incoming.actors[3] },
      { type: 'actor.update', id: 'a', patch: { label: 'Åse Ø', attributes: { alder: 35, by: 'Bro' } } },
      { type: 'tie.update', id: 't1', patch: { strength: 4 } },
    ]);
    expect(plan.targets.map((t) => t?.id)).toEqual(['d', 'a', 't1']);
  });

  it('changes nothing for a file that is the project as it is', () => {
    const plan = planImport(current, current, { updateById: true, removeMissing: true });
    expect(plan).toMatchObject({ added: [], changed: [], removed: [], commands: [] });
  });

  it('removes what the file no longer has only when asked, ties before the actors at their ends', () => {
    const incoming = project([actor('a', 'Åse'), actor('b', 'Bo')], [tie('t1', 'a', 'b', { strength: 3 })]);
    expect(planImport(current, incoming, { updateById: true, removeMissing: false }).removed).toEqual([]);
    const plan = planImport(current, incoming, { updateById: true, removeMissing: true });
    expect(plan.removed.map((r) => r.id)).toEqual(['c', 't2']);
    expect(plan.commands.filter((c) => c.type.endsWith('.remove'))).toEqual([
      { type: 'tie.remove', id: 't2' },
      { type: 'actor.remove', id: 'c' },
    ]);
  });

  it('leaves the tables the file does not have, and the columns it does not have, as they are', () => {
    // a file of actors only, with only their names
    const incoming = project([actor('a', 'Åse Ørum'), actor('b', 'Bo')]);
    const plan = planImport(current, incoming, {
      updateById: true,
      removeMissing: true,
      tables: new Set(['actors']),
      fields: { actors: new Set(['label']) },
    });
    expect(plan.changed).toEqual([{ collection: 'actors', id: 'a', label: 'Åse', fields: [{ field: 'label', before: 'Åse', after: 'Åse Ørum' }] }]);
    // Cy goes (the actors table no longer has them), the ties are not the file's to remove
    expect(plan.removed).toEqual([{ collection: 'actors', id: 'c', label: 'Cy' }]);
  });

  it('without updating by id, adds every record, so that an id the project has is refused as taken', () => {
    const plan = planImport(current, project([actor('a', 'Åse')]), { updateById: false, removeMissing: false });
    expect(plan.added).toEqual([{ collection: 'actors', id: 'a', label: 'Åse' }]);
    expect(plan.commands).toEqual([{ type: 'actor.add', actor: actor('a', 'Åse') }]);
  });

  it('adds the codes the file brings and moves only the actors it places elsewhere', () => {
    const incoming = {
      ...project([actor('a', 'Åse', { sector: 'kirke' })]),
      positions: { a: { x: 1, y: 2 }, b: { x: 0, y: 0 } },
    };
    incoming.codebooks = { ...incoming.codebooks, sectors: [...incoming.codebooks.sectors, { key: 'kirke', label: { da: 'Kirke', en: 'Church' }, color: '#000000', definite: { da: '', en: '' } }] };
    const plan = planImport({ ...current, positions: { b: { x: 0, y: 0 } } }, incoming, { updateById: true, removeMissing: false });
    expect(plan.codes).toEqual([{ codebook: 'sectors', key: 'kirke' }]);
    expect(plan.commands[0]).toMatchObject({ type: 'code.add', code: { codebook: 'sectors', entry: { key: 'kirke' } } });
    expect(plan.commands.at(-1)).toEqual({ type: 'layout.move', positions: { a: { x: 1, y: 2 } } });
  });
});

describe('an import of the reception timeline planned against the project', () => {
  const activity = (id: string, title: string, from: number, to: number, owners = ['a']): ProjectData['activities'][number] =>
    ActivityInputSchema.parse({ id, title, owners, window: { from, to } }) as ProjectData['activities'][number];
  const orgs = [actor('a', 'Røde Kors', { kind: 'organisation' }), actor('b', 'Kirken', { kind: 'organisation' })];
  const before = { ...project(orgs), activities: [activity('x', 'Lektiecafé', 4, 26), activity('y', 'Sprogcafé', 6, 26)] };

  it('updates an activity by id, its window as a whole and its owners as a list, and removes one the file no longer has', () => {
    const after = { ...project(orgs), activities: [activity('x', 'Lektiecafé', 6, 26, ['a', 'b'])] };
    const plan = planImport(before, after, { updateById: true, removeMissing: true });
    expect(plan.changed).toEqual([
      {
        collection: 'activities',
        id: 'x',
        label: 'Lektiecafé',
        fields: [
          { field: 'owners', before: ['a'], after: ['a', 'b'] },
          { field: 'window.from', before: 4, after: 6 },
        ],
      },
    ]);
    expect(plan.removed).toEqual([{ collection: 'activities', id: 'y', label: 'Sprogcafé' }]);
    expect(plan.commands).toEqual([
      { type: 'activity.update', id: 'x', patch: { owners: ['a', 'b'], window: { from: 6, to: 26 } } },
      { type: 'activity.remove', id: 'y' },
    ]);
  });
});
