import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../../src/core/commands';
import { encodeProjectJson, decodeProjectJson } from '../../src/core/format/project-json';
import { ProjectStore } from '../../src/main/engine/project-store';
import { refused, worded } from '../helpers/refused';
import { newStore, storeOptions } from '../helpers/store';

const connectionOf = (store: ProjectStore) => (store as unknown as { db: Database.Database }).db;

/** Two departments, two associations, three persons; an activity run by two owners, one by one. */
const seed: CommandInput = {
  type: 'batch',
  commands: [
    { type: 'actor.add', actor: { id: 'integration', kind: 'department', label: 'Integrationsafdelingen', sector: 'municipality' } },
    { type: 'actor.add', actor: { id: 'sprog', kind: 'department', label: 'Sprogcenter', sector: 'municipality' } },
    { type: 'actor.add', actor: { id: 'rk', kind: 'organisation', label: 'Røde Kors', sector: 'civil_society' } },
    { type: 'actor.add', actor: { id: 'klub', kind: 'organisation', label: 'Bro Boldklub', sector: 'civil_society' } },
    { type: 'actor.add', actor: { id: 'mette', kind: 'person', label: 'Mette Lund' } },
    { type: 'actor.add', actor: { id: 'grethe', kind: 'person', label: 'Grethe Nielsen' } },
    { type: 'actor.add', actor: { id: 'jakob', kind: 'person', label: 'Jakob Ebbesen' } },
    {
      type: 'activity.add',
      activity: {
        id: 'act-velkomst',
        title: 'Velkomstsamtale',
        kind: 'authority',
        owners: ['integration', 'sprog'],
        contacts: ['mette'],
        targetGroup: 'all',
        window: { from: 0, to: 1 },
        frequency: 'once',
      },
    },
    {
      type: 'activity.add',
      activity: { id: 'act-fodbold', title: 'Fodbold for nyankomne', owners: ['klub'], contacts: ['jakob', 'grethe'], targetGroup: 'children_youth', window: { from: 2, to: 26 } },
    },
  ],
};

describe('activities in the store', () => {
  it('are added with their owners, contacts, target group and window, and read back as given', () => {
    const { store } = newStore();
    store.apply(seed);
    const data = store.read();
    expect(data.activities).toEqual([
      {
        id: 'act-velkomst',
        title: 'Velkomstsamtale',
        kind: 'authority',
        owners: ['integration', 'sprog'],
        contacts: ['mette'],
        targetGroup: 'all',
        window: { from: 0, to: 1 },
        frequency: 'once',
        notes: '',
        waves: [],
      },
      {
        id: 'act-fodbold',
        title: 'Fodbold for nyankomne',
        kind: 'offer',
        owners: ['klub'],
        contacts: ['jakob', 'grethe'],
        targetGroup: 'children_youth',
        window: { from: 2, to: 26 },
        frequency: null,
        notes: '',
        waves: [],
      },
    ]);
    expect(store.historyState().undo).toEqual({ key: 'history.batch', params: { count: 9 } });
    store.close();
  });

  it('get an id with the act- prefix when none is given, and the step is named by the title', () => {
    const { store } = newStore();
    store.apply(seed);
    const result = store.apply({ type: 'activity.add', activity: { title: 'Lektiecafé', owners: ['rk'], window: { from: 4, to: 26 } } });
    expect(result.created).toEqual(['act-1']);
    expect(store.historyState().undo).toEqual({ key: 'activities.history.add', params: { label: 'Lektiecafé' } });
    store.close();
  });

  it('have a project of the default target groups, in Danish and English', () => {
    const { store } = newStore();
    expect(store.read().codebooks.targetGroups.map((g) => `${g.key}: ${g.label.da} / ${g.label.en}`)).toEqual([
      'all: Alle nyankomne / All newly arrived',
      'families: Børnefamilier / Families with children',
      'single_adults: Enlige voksne / Single adults',
      'children_youth: Børn og unge / Children and young people',
      'women: Kvinder / Women',
      'men: Mænd / Men',
      'unaccompanied: Uledsagede mindreårige / Unaccompanied minors',
    ]);
    expect(store.read().settings.timeline).toEqual({ from: -9, to: 26 });
    store.close();
  });

  it('refuse owners that are persons, contacts that are organisations, a repeated owner, an unknown target group and a window that ends before it starts, naming every field', () => {
    const { store } = newStore();
    store.apply(seed);
    const before = store.read();
    const e = refused(() =>
      store.apply({
        type: 'activity.add',
        activity: {
          title: 'Sprogcafé',
          owners: ['mette', 'rk', 'rk', 'nobody'],
          contacts: ['klub'],
          targetGroup: 'pensioners',
          window: { from: 5, to: 2 },
          waves: ['w-9'],
        },
      }),
    );
    expect(worded(e.problems)).toEqual([
      { where: 'activity.owners[0]', message: '"mette" must be an organisation or department but is Person' },
      { where: 'activity.owners[2]', message: '"rk" is listed more than once' },
      { where: 'activity.owners[3]', message: 'a person or organisation "nobody" does not exist' },
      { where: 'activity.contacts[0]', message: '"klub" must be a person but is Organisation' },
      { where: 'activity.targetGroup', message: 'Target group "pensioners" does not exist' },
      { where: 'activity.window.to', message: 'the week "from" (5) is after the week "to" (2)' },
      { where: 'activity.waves', message: 'Wave "w-9" does not exist' },
    ]);
    expect(store.read()).toEqual(before);
    store.close();
  });

  it('refuse a window outside two years before to five years after arrival, and an empty title', () => {
    const { store } = newStore();
    store.apply(seed);
    const e = refused(() => store.apply({ type: 'activity.update', id: 'act-fodbold', patch: { title: ' ', window: { from: -105, to: 261 } } }));
    expect(worded(e.problems)).toEqual([
      { where: 'activity.title', message: 'must not be empty' },
      { where: 'activity.window.from', message: 'must be at least -104' },
      { where: 'activity.window.to', message: 'must be at most 260' },
    ]);
    store.close();
  });

  it('are updated field by field, owners and contacts reordered, and undo restores the activity as it was', () => {
    const { store } = newStore();
    store.apply(seed);
    const before = store.read();
    store.apply({
      type: 'activity.update',
      id: 'act-fodbold',
      patch: { owners: ['rk', 'klub'], contacts: ['grethe'], window: { from: 3, to: 20 }, frequency: 'weekly', notes: 'Tirsdage' },
    });
    const after = store.read().activities[1];
    expect(after).toMatchObject({ owners: ['rk', 'klub'], contacts: ['grethe'], window: { from: 3, to: 20 }, frequency: 'weekly', notes: 'Tirsdage' });
    expect(store.historyState().undo).toEqual({ key: 'activities.history.update', params: { label: 'Fodbold for nyankomne' } });
    store.undo();
    expect(store.read()).toEqual(before);
    store.redo();
    expect(store.read().activities[1]).toEqual(after);
    store.close();
  });

  it('lose an actor removed from the project as owner or contact; one whose only owner goes is removed too, in the same undoable step', () => {
    const { store } = newStore();
    store.apply(seed);
    const before = store.read();
    store.apply({ type: 'actor.remove', id: 'sprog' });
    expect(store.read().activities.map((a) => [a.id, a.owners])).toEqual([
      ['act-velkomst', ['integration']],
      ['act-fodbold', ['klub']],
    ]);
    store.apply({ type: 'actor.remove', id: 'jakob' });
    expect(store.read().activities[1]?.contacts).toEqual(['grethe']);
    store.apply({ type: 'actor.remove', id: 'klub' });
    expect(store.read().activities.map((a) => a.id)).toEqual(['act-velkomst']);
    expect(store.undo() && store.undo() && store.undo()).toBe(true);
    expect(store.read()).toEqual(before);
    store.close();
  });

  it('keep an actor that runs or is the contact of an activity from changing into the other kind', () => {
    const { store } = newStore();
    store.apply(seed);
    expect(worded(refused(() => store.apply({ type: 'actor.update', id: 'klub', patch: { kind: 'person' } })).problems)).toEqual([
      { where: 'actor.kind', message: '"klub" must be an organisation or department but is Person' },
    ]);
    expect(worded(refused(() => store.apply({ type: 'actor.update', id: 'jakob', patch: { kind: 'organisation' } })).problems)).toEqual([
      { where: 'actor.kind', message: '"jakob" must be a person but is Organisation' },
    ]);
    store.close();
  });

  it('keep a target group in use from being deleted from the codebook, and take a new one', () => {
    const { store } = newStore();
    store.apply(seed);
    expect(worded(refused(() => store.apply({ type: 'code.remove', codebook: 'targetGroups', key: 'all' })).problems)[0]?.message).toBe(
      '"all" is used by 1 elements and cannot be deleted',
    );
    store.apply({ type: 'code.add', code: { codebook: 'targetGroups', entry: { key: 'elderly', label: { da: 'Ældre', en: 'Elderly' } } } });
    store.apply({ type: 'activity.update', id: 'act-velkomst', patch: { targetGroup: 'elderly' } });
    store.apply({ type: 'code.remove', codebook: 'targetGroups', key: 'all' });
    expect(store.read().codebooks.targetGroups.map((g) => g.key)).not.toContain('all');
    store.close();
  });

  it('follow a merge of two actors: the kept one takes the dropped one’s place as owner and contact, listed once', () => {
    const { store } = newStore();
    store.apply(seed);
    store.apply({ type: 'actor.add', actor: { id: 'mette2', kind: 'person', label: 'Lund, Mette' } });
    store.apply({ type: 'activity.update', id: 'act-fodbold', patch: { contacts: ['mette2', 'jakob'] } });
    store.apply({ type: 'activity.update', id: 'act-velkomst', patch: { contacts: ['mette', 'mette2'] } });
    store.apply({ type: 'actor.merge', keep: 'mette', drop: 'mette2' });
    expect(store.read().activities.map((a) => a.contacts)).toEqual([['mette'], ['mette', 'jakob']]);
    store.close();
  });

  it('lose a person deleted completely as contact, counted in the warning beforehand, and keep no trace of them in the history', () => {
    const { store } = newStore();
    store.apply(seed);
    store.apply({ type: 'activity.update', id: 'act-velkomst', patch: { contacts: ['mette', 'jakob'] } });
    expect(store.previewErasure('jakob')).toMatchObject({ activities: 2, ties: 0, memberships: 0 });
    store.erasePerson('jakob');
    expect(store.read().activities.map((a) => a.contacts)).toEqual([['mette'], ['grethe']]);
    const history = (connectionOf(store).prepare('SELECT label_params, changes FROM history').all() as Array<Record<string, string>>).map((r) => Object.values(r).join(' '));
    expect(history.join('\n')).not.toContain('jakob');
    // the step that made him a contact held nothing else, and is gone; undo takes back the seed
    expect(history).toHaveLength(1);
    store.close();
  });

  it('are removed with their owners, contacts and waves, and come back on undo', () => {
    const { store } = newStore();
    store.apply(seed);
    store.apply({ type: 'wave.add', wave: { id: 'w1', label: '2025' } });
    store.apply({ type: 'activity.update', id: 'act-fodbold', patch: { waves: ['w1'] } });
    const before = store.read();
    store.apply({ type: 'activity.remove', id: 'act-fodbold' });
    expect(store.read().activities.map((a) => a.id)).toEqual(['act-velkomst']);
    expect(store.historyState().undo).toEqual({ key: 'activities.history.remove', params: { label: 'Fodbold for nyankomne' } });
    store.undo();
    expect(store.read()).toEqual(before);
    expect(worded(refused(() => store.apply({ type: 'activity.remove', id: 'nothing' })).problems)).toEqual([
      { where: 'activity.id', message: 'Activity "nothing" does not exist' },
    ]);
    store.close();
  });

  it('are kept by the JSON format and by a project created from it', () => {
    const { store, dir } = newStore();
    store.apply(seed);
    const data = store.read();
    store.close();
    const text = encodeProjectJson(data);
    const back = decodeProjectJson(text, 'p.json');
    expect(back.activities).toEqual(data.activities);
    const copy = ProjectStore.create(`${dir}/copy.brobygger`, 'Copy', storeOptions(), back);
    expect(copy.read().activities).toEqual(data.activities);
    copy.close();
  });

  it('are refused by the JSON format with their id when they break the rules', () => {
    const { store } = newStore();
    store.apply(seed);
    const data = store.read();
    store.close();
    const raw = JSON.parse(encodeProjectJson(data)) as { activities: Array<Record<string, unknown>> };
    raw.activities[1] = { ...raw.activities[1], owners: ['jakob'], window: { from: 9, to: 1 } };
    const e = refused(() => decodeProjectJson(JSON.stringify(raw), 'p.json'));
    expect(worded(e.problems)).toEqual([
      { where: 'activities[1] (id "act-fodbold").owners[0]', message: '"jakob" must be an organisation or department but is Person' },
      { where: 'activities[1] (id "act-fodbold").window.to', message: 'the week "from" (9) is after the week "to" (1)' },
    ]);
  });

  it('come to a project made by an older version as an empty timeline with the default target groups', () => {
    const { path, store } = newStore();
    store.close();
    // the file as version 6 left it: without the tables of migration 7 (activities) and after
    const db = new Database(path);
    db.exec('DROP TABLE activity_waves; DROP TABLE activity_contacts; DROP TABLE activity_owners; DROP TABLE activities; DROP TABLE target_groups; DROP TABLE attribute_defs; DROP TABLE views;');
    db.pragma('user_version = 6');
    db.close();
    const reopened = ProjectStore.open(path, storeOptions());
    expect(reopened.read().activities).toEqual([]);
    expect(reopened.read().codebooks.targetGroups.map((g) => g.key)).toEqual(['all', 'families', 'single_adults', 'children_youth', 'women', 'men', 'unaccompanied']);
    reopened.close();
  });
});
