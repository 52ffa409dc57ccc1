/**
 * Custom attributes defined in the codebook, end to end in a real project file: definitions
 * stored and read, values checked against them, a type change or a category removal refused
 * while values depend on it, removal keeping or erasing the values, everything undoable, and a
 * file of the previous format opened and upgraded with its data intact.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../../src/core/commands';
import { MIGRATIONS } from '../../src/main/engine/migrations';
import { ProjectStore } from '../../src/main/engine/project-store';
import { refused, worded } from '../helpers/refused';
import { newStore, storeOptions } from '../helpers/store';
import { tempDir } from '../helpers/temp';

const ageGroup = {
  key: 'aldersgruppe',
  appliesTo: 'actors',
  label: { da: 'Aldersgruppe', en: 'Age group' },
  type: 'category',
  values: [
    { key: 'ung', label: { da: 'Ung', en: 'Young' } },
    { key: 'voksen', label: { da: 'Voksen', en: 'Adult' } },
  ],
} as const;

const seed: CommandInput = {
  type: 'batch',
  commands: [
    { type: 'actor.add', actor: { id: 'ane', kind: 'person', label: 'Ane Ørsted', attributes: { alder: 34 } } },
    { type: 'actor.add', actor: { id: 'bo', kind: 'person', label: 'Bo Åberg', attributes: { alder: '61' } } },
    { type: 'actor.add', actor: { id: 'klub', kind: 'organisation', label: 'Bro Boldklub' } },
    { type: 'tie.add', tie: { id: 't1', source: 'ane', target: 'klub' } },
  ],
};

describe('attribute definitions in the store', () => {
  it('are stored and read back in order, actors before ties, and one undo takes a definition back', () => {
    const { store } = newStore();
    store.apply({ type: 'attribute.add', definition: { key: 'kilde', appliesTo: 'ties', label: { da: 'Kilde', en: 'Source' }, type: 'text' } });
    store.apply({ type: 'attribute.add', definition: ageGroup });
    const read = store.read().codebooks.attributes;
    expect(read.map((d) => [d.appliesTo, d.key, d.type])).toEqual([
      ['actors', 'aldersgruppe', 'category'],
      ['ties', 'kilde', 'text'],
    ]);
    expect(read[0]?.values.map((v) => v.label.en)).toEqual(['Young', 'Adult']);
    expect(store.historyState().undo).toEqual({ key: 'details.history.attributeAdd', params: { key: 'aldersgruppe' } });
    store.undo();
    expect(store.read().codebooks.attributes.map((d) => d.key)).toEqual(['kilde']);
    store.redo();
    expect(store.read().codebooks.attributes.map((d) => d.key)).toEqual(['aldersgruppe', 'kilde']);
  });

  it('allow the same key for actors and for ties, but not twice for one kind', () => {
    const { store } = newStore();
    const region = { key: 'region', label: { da: 'Region', en: 'Region' }, type: 'text' } as const;
    store.apply({ type: 'attribute.add', definition: { ...region, appliesTo: 'actors' } });
    store.apply({ type: 'attribute.add', definition: { ...region, appliesTo: 'ties' } });
    const e = refused(() => store.apply({ type: 'attribute.add', definition: { ...region, appliesTo: 'ties' } }));
    expect(worded(e.problems)[0]?.message).toBe('id "region" already exists in the project');
  });

  it('refuse a value that does not fit its definition, naming the attribute and what it accepts', () => {
    const { store } = newStore();
    store.apply(seed);
    store.apply({ type: 'attribute.add', definition: ageGroup });
    store.apply({ type: 'actor.update', id: 'ane', patch: { attributes: { alder: 34, aldersgruppe: 'voksen' } } });
    const e = refused(() => store.apply({ type: 'actor.update', id: 'bo', patch: { attributes: { aldersgruppe: 'gammel' } } }));
    expect(worded(e.problems)).toEqual([
      { where: 'actor.attributes.aldersgruppe', message: '“gammel” is not one of the categories of aldersgruppe: ung, voksen' },
    ]);
    expect(worded(e.problems, 'da')[0]?.message).toBe('«gammel» er ikke en af kategorierne for aldersgruppe: ung, voksen');
    expect(store.read().actors.find((a) => a.id === 'bo')?.attributes).toEqual({ alder: '61' });
  });

  it('keep attributes the codebook does not define working as they are stored', () => {
    const { store } = newStore();
    store.apply(seed);
    store.apply({ type: 'actor.update', id: 'bo', patch: { attributes: { alder: 62, hobby: 'kajak' } } });
    expect(store.read().actors.find((a) => a.id === 'bo')?.attributes).toEqual({ alder: 62, hobby: 'kajak' });
  });

  it('refuse defining an attribute whose stored values do not fit, saying how many there are', () => {
    const { store } = newStore();
    store.apply(seed);
    const alder = { key: 'alder', appliesTo: 'actors', label: { da: 'Alder', en: 'Age' }, type: 'number' } as const;
    const e = refused(() => store.apply({ type: 'attribute.add', definition: alder }));
    expect(worded(e.problems)[0]?.message).toBe('alder holds 2 values, and 1 of them do not fit the type number');
    // with the one that does not fit put right, the definition is taken
    store.apply({ type: 'actor.update', id: 'bo', patch: { attributes: { alder: 61 } } });
    store.apply({ type: 'attribute.add', definition: alder });
    expect(store.read().codebooks.attributes.map((d) => d.key)).toEqual(['alder']);
  });

  it('refuse a type change the values do not fit, and allow one they do', () => {
    const { store } = newStore();
    store.apply(seed);
    store.apply({ type: 'actor.update', id: 'bo', patch: { attributes: { alder: 61 } } });
    const alder = { key: 'alder', appliesTo: 'actors', label: { da: 'Alder', en: 'Age' }, type: 'number' } as const;
    store.apply({ type: 'attribute.add', definition: alder });
    const e = refused(() => store.apply({ type: 'attribute.update', definition: { ...alder, type: 'date' } }));
    expect(worded(e.problems, 'da')[0]?.message).toBe('alder har 2 værdier, og 2 af dem passer ikke til typen dato');
    store.apply({ type: 'attribute.update', definition: { ...alder, label: { da: 'Alder (år)', en: 'Age (years)' } } });
    expect(store.read().codebooks.attributes[0]?.label.da).toBe('Alder (år)');
  });

  it('refuse removing a category that values still use', () => {
    const { store } = newStore();
    store.apply(seed);
    store.apply({ type: 'attribute.add', definition: ageGroup });
    store.apply({ type: 'actor.update', id: 'ane', patch: { attributes: { aldersgruppe: 'ung' } } });
    const e = refused(() => store.apply({ type: 'attribute.update', definition: { ...ageGroup, values: [ageGroup.values[1]] } }));
    expect(worded(e.problems)[0]?.message).toBe('The category “ung” is used 1 time in aldersgruppe');
    store.apply({ type: 'attribute.update', definition: { ...ageGroup, values: [ageGroup.values[0]] } });
    expect(store.read().codebooks.attributes[0]?.values.map((v) => v.key)).toEqual(['ung']);
  });

  it('refuse removing a definition in use without a word on its values, then keep or erase them as told', () => {
    const { store } = newStore();
    store.apply(seed);
    store.apply({ type: 'attribute.add', definition: ageGroup });
    store.apply({
      type: 'batch',
      commands: [
        { type: 'actor.update', id: 'ane', patch: { attributes: { alder: 34, aldersgruppe: 'voksen' } } },
        { type: 'actor.update', id: 'bo', patch: { attributes: { alder: '61', aldersgruppe: 'voksen' } } },
      ],
    });
    const e = refused(() => store.apply({ type: 'attribute.remove', appliesTo: 'actors', key: 'aldersgruppe' }));
    expect(worded(e.problems)[0]?.message).toBe('aldersgruppe holds 2 values: say whether they are kept as free attributes or erased');

    store.apply({ type: 'attribute.remove', appliesTo: 'actors', key: 'aldersgruppe', values: 'keep' });
    expect(store.read().codebooks.attributes).toEqual([]);
    expect(store.read().actors.find((a) => a.id === 'ane')?.attributes).toEqual({ alder: 34, aldersgruppe: 'voksen' });
    store.undo();

    store.apply({ type: 'attribute.remove', appliesTo: 'actors', key: 'aldersgruppe', values: 'erase' });
    const data = store.read();
    expect(data.codebooks.attributes).toEqual([]);
    expect(data.actors.map((a) => a.attributes)).toEqual([{ alder: 34 }, { alder: '61' }, {}]);
    // one undo brings the definition and every erased value back
    store.undo();
    const back = store.read();
    expect(back.codebooks.attributes.map((d) => d.key)).toEqual(['aldersgruppe']);
    expect(back.actors.map((a) => a.attributes['aldersgruppe'])).toEqual(['voksen', 'voksen', undefined]);
  });

  it('keep definitions and their checks across closing and opening the file', () => {
    const { store, path } = newStore();
    store.apply(seed);
    store.apply({ type: 'attribute.add', definition: ageGroup });
    store.close();
    const again = ProjectStore.open(path, storeOptions());
    expect(again.read().codebooks.attributes.map((d) => d.key)).toEqual(['aldersgruppe']);
    expect(() => again.apply({ type: 'actor.update', id: 'bo', patch: { attributes: { aldersgruppe: 7 } } })).toThrow();
    again.close();
  });

  it('upgrade a file of the previous format: its actors and attributes intact, no definitions yet', () => {
    // a file as the previous version of the app left it: no table of definitions, version 7
    const path = join(tempDir(), 'v7.brobygger');
    const old = ProjectStore.create(path, 'Gammel', storeOptions());
    old.apply(seed);
    old.close();
    const db = new Database(path);
    db.exec('DROP TABLE attribute_defs; DROP TABLE views');
    db.pragma('user_version = 7');
    db.close();
    expect(MIGRATIONS.find((m) => m.version === 8)?.name).toBeDefined();

    const upgraded = ProjectStore.open(path, storeOptions());
    const data = upgraded.read();
    expect(data.codebooks.attributes).toEqual([]);
    expect(data.actors.map((a) => a.attributes)).toEqual([{ alder: 34 }, { alder: '61' }, {}]);
    expect(upgraded.historyState().undoCount).toBe(1);
    upgraded.apply({ type: 'attribute.add', definition: { key: 'hobby', appliesTo: 'actors', label: { da: 'Hobby', en: 'Hobby' }, type: 'text' } });
    upgraded.undo();
    upgraded.undo();
    expect(upgraded.read().actors).toEqual([]);
    upgraded.close();
  });
});
