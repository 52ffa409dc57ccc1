import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../../src/core/commands';
import { decodeProjectJson } from '../../src/core/format/project-json';
import { MIGRATIONS } from '../../src/main/engine/migrations';
import { ProjectStore } from '../../src/main/engine/project-store';
import { newStore, storeOptions } from '../helpers/store';
import { refused, worded } from '../helpers/refused';
import { tempDir } from '../helpers/temp';

const seed: CommandInput = {
  type: 'batch',
  commands: [
    { type: 'actor.add', actor: { id: 'Org|1', kind: 'organisation', label: 'Forening', sector: 'civil_society' } },
    { type: 'actor.add', actor: { id: 'Åse ~ 1', kind: 'person', label: 'Åse' } },
    { type: 'actor.add', actor: { id: 'Bo 🙂', kind: 'person', label: 'Bo' } },
    { type: 'tie.add', tie: { id: 't1', source: 'Åse ~ 1', target: 'Bo 🙂', strength: 5 } },
    { type: 'tie.add', tie: { id: 't2', source: 'Bo 🙂', target: 'Org|1', strength: 4 } },
    { type: 'tie.add', tie: { id: 't3', source: 'Åse ~ 1', target: 'Org|1', strength: 2 } },
  ],
};

const json = (body: object) => JSON.stringify({ format: 'brobygger-project', version: 2, meta: { name: 'Import' }, ...body });
const historyChanges = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT changes FROM history ORDER BY seq').pluck().all() as string[]).map(
      (c) => JSON.parse(c) as Array<{ t: string; b: Record<string, unknown> | null; a: Record<string, unknown> | null }>,
    );
  } finally {
    db.close();
  }
};

describe('every writer keeps the rules', () => {
  it('an import cannot bring in a strength outside the scale, and writes nothing', () => {
    const text = json({
      actors: [
        { id: 'a', kind: 'person', label: 'A' },
        { id: 'b', kind: 'person', label: 'B' },
      ],
      ties: [{ id: 't', source: 'a', target: 'b', strength: 900 }],
    });
    expect(worded(refused(() => decodeProjectJson(text, 'x.json')).problems)).toEqual([
      { where: 'ties[0] (id "t").strength', message: 'strength 900 is outside the project scale 1–5' },
    ]);
    // the import's own decoding aside, the store refuses it too: into a project whose scale is 1–5
    const { store } = newStore();
    const data = decodeProjectJson(json({ settings: { strengthScale: { min: 1, max: 1000 } }, ...JSON.parse(text) as object }), 'x.json');
    const e = refused(() => store.importData(data, 'x.json'));
    expect(worded(e.problems)).toEqual([{ where: 'ties[0] (id "t").strength', message: 'strength 900 is outside the project scale 1–5' }]);
    expect(store.read().actors).toEqual([]);
    expect(store.historyState().undoCount).toBe(0);
    store.close();
  });

  it('a narrower scale is refused while ties lie outside it, or rescales them in the same undoable step', () => {
    const { store } = newStore();
    store.apply(seed);
    const settings = store.read().settings;
    const narrower = { ...settings, strengthScale: { min: 1, max: 3 } };
    const e = refused(() => store.apply({ type: 'settings.update', settings: narrower }));
    expect(worded(e.problems, 'da')).toEqual([{ where: 'settings.strengthScale', message: '2 relationer har en styrke uden for skalaen 1–3' }]);
    expect(worded(e.problems, 'da', 'form')[0]?.where).toBe('Skala for relationers styrke');
    expect(store.read().settings).toEqual(settings);

    store.apply({ type: 'settings.update', settings: narrower, rescaleStrengths: true });
    expect(store.read().ties.map((t) => t.strength)).toEqual([3, 2.5, 1.5]);
    expect(store.read().settings.strengthScale).toEqual({ min: 1, max: 3 });
    expect(store.historyState().undo).toEqual({ key: 'history.settingsRescale', params: { count: 3 } });
    store.undo();
    expect(store.read().ties.map((t) => t.strength)).toEqual([5, 4, 2]);
    expect(store.read().settings).toEqual(settings);
    store.close();
  });

  it('a sector cannot take the name of another, nor lose its name, from the editor or an import, and nothing is written', () => {
    const { store } = newStore();
    const before = store.read().codebooks.sectors;
    const kommune = before.find((s) => s.key === 'municipality');
    if (!kommune) throw new Error('a new project has no municipality sector');
    const added = refused(() => store.apply({ type: 'code.add', code: { codebook: 'sectors', entry: { key: 'kommune', label: { da: 'Kommune', en: 'Kommune' }, color: '#999933' } } }));
    expect(worded(added.problems, 'da', 'form')).toEqual([{ where: 'Dansk navn', message: 'navnet "Kommune" er allerede brugt i kodebogen' }]);
    const civil = before.find((s) => s.key === 'civil_society');
    if (!civil) throw new Error('a new project has no civil-society sector');
    const renamed = refused(() => store.apply({ type: 'code.update', code: { codebook: 'sectors', entry: { ...civil, label: { da: 'kommune', en: civil.label.en } } } }));
    expect(worded(renamed.problems, 'en', 'form')).toEqual([{ where: 'Danish name', message: 'the name "kommune" is already used in the codebook' }]);
    const emptied = refused(() => store.apply({ type: 'code.update', code: { codebook: 'sectors', entry: { ...civil, label: { da: '  ', en: civil.label.en } } } }));
    expect(worded(emptied.problems, 'en', 'form')).toEqual([{ where: 'Danish name', message: 'must not be empty' }]);
    // an import bringing a second "Kommune" under a key of its own
    const data = decodeProjectJson(json({ codebooks: { sectors: [{ key: 'kommune', label: { da: 'Kommune', en: 'Council' }, color: '#123456' }] } }), 'x.json');
    const imported = refused(() => store.importData(data, 'x.json'));
    expect(imported.problems.map((p) => p.key)).toEqual(['rules.codeLabelInUse']);
    expect(store.read().codebooks.sectors).toEqual(before);
    expect(store.historyState().undoCount).toBe(0);
    store.close();
  });

  it('a file whose codebook has a name twice (made before the rule) opens with the later one named by its key', () => {
    const path = join(tempDir(), 'v9.brobygger');
    const old = ProjectStore.create(path, 'Gammel', storeOptions());
    old.apply({ type: 'actor.add', actor: { id: 'a', kind: 'organisation', label: 'Rådhuset', sector: 'municipality' } });
    old.close();
    const db = new Database(path);
    // as the editor let a user add it: a second "Kommune" (and an English name taken), in use
    db.prepare("INSERT INTO sectors (key, label_da, label_en, color, sort, definite_da, definite_en) VALUES ('kommune', ' kommune', 'Municipality', '#999933', 99, '', '')").run();
    db.prepare("UPDATE actors SET sector = 'kommune' WHERE id = 'a'").run();
    db.pragma('user_version = 9');
    db.close();

    const upgraded = ProjectStore.open(path, storeOptions());
    const sectors = upgraded.read().codebooks.sectors;
    expect(sectors.find((x) => x.key === 'municipality')?.label).toEqual({ da: 'Kommune', en: 'Municipality' });
    expect(sectors.find((x) => x.key === 'kommune')?.label).toEqual({ da: ' kommune (kommune)', en: 'Municipality (kommune)' });
    expect(upgraded.read().actors[0]?.sector).toBe('kommune');
    upgraded.close();
  });

  it('a tie from an older file with a strength off the scale keeps its notes editable, but gets no new strength off it', () => {
    const { store, path } = newStore();
    store.apply(seed);
    store.close();
    const db = new Database(path);
    db.prepare("UPDATE ties SET strength = 900 WHERE id = 't1'").run();
    db.close();
    const reopened = ProjectStore.open(path, storeOptions());
    // opening widened nothing (the file is already at the latest version): the tie is as the other tool left it
    expect(reopened.read().ties[0]?.strength).toBe(900);
    reopened.apply({ type: 'tie.update', id: 't1', patch: { notes: 'kodet af en anden' } });
    expect(reopened.read().ties[0]?.notes).toBe('kodet af en anden');
    expect(worded(refused(() => reopened.apply({ type: 'tie.update', id: 't1', patch: { strength: 800 } })).problems)).toEqual([
      { where: 'tie.strength', message: 'strength 800 is outside the project scale 1–5' },
    ]);
    reopened.close();
  });

  it('a drag writes the moved actors only, and its undo step holds only those', () => {
    const { store, path } = newStore();
    store.apply(seed);
    store.apply({ type: 'layout.set', positions: { 'Org|1': { x: 0, y: 0 }, 'Åse ~ 1': { x: 10, y: 0 }, 'Bo 🙂': { x: 20, y: 0 } } });
    store.apply({ type: 'layout.move', positions: { 'Bo 🙂': { x: 25, y: 5 } } });
    expect(store.historyState().undo).toEqual({ key: 'history.layoutMove', params: { count: 1 } });
    expect(store.read().positions).toEqual({ 'Org|1': { x: 0, y: 0 }, 'Åse ~ 1': { x: 10, y: 0 }, 'Bo 🙂': { x: 25, y: 5 } });
    // the whole arrangement sent again with one actor moved records that one actor too
    store.apply({ type: 'layout.set', positions: { 'Org|1': { x: 0, y: 0 }, 'Åse ~ 1': { x: 11, y: 1 }, 'Bo 🙂': { x: 25, y: 5 } } });
    store.close();
    const steps = historyChanges(path);
    expect(steps.at(-2)).toEqual([{ t: 'positions', b: { actor: 'Bo 🙂', x: 20, y: 0 }, a: { actor: 'Bo 🙂', x: 25, y: 5 } }]);
    expect(steps.at(-1)).toEqual([{ t: 'positions', b: { actor: 'Åse ~ 1', x: 10, y: 0 }, a: { actor: 'Åse ~ 1', x: 11, y: 1 } }]);
    expect(steps.flat().some((c) => c.t === 'meta')).toBe(false);
    const reopened = ProjectStore.open(path, storeOptions());
    reopened.undo();
    reopened.undo();
    expect(reopened.read().positions['Bo 🙂']).toEqual({ x: 20, y: 0 });
    expect(reopened.read().positions['Åse ~ 1']).toEqual({ x: 10, y: 0 });
    reopened.close();
  });

  it('a deleted actor takes its position along, and undo brings both back', () => {
    const { store } = newStore();
    store.apply(seed);
    store.apply({ type: 'layout.set', positions: { 'Bo 🙂': { x: 1, y: 2 } } });
    store.apply({ type: 'actor.remove', id: 'Bo 🙂' });
    expect(store.read().positions).toEqual({});
    store.undo();
    expect(store.read().positions).toEqual({ 'Bo 🙂': { x: 1, y: 2 } });
    expect(refused(() => store.apply({ type: 'layout.move', positions: { nobody: { x: 0, y: 0 } } })).problems[0]?.path).toEqual(['positions', 'nobody']);
    store.close();
  });
});

describe('a project saved before the positions had a table of their own', () => {
  /** A version-3 file as that version wrote it: positions in the settings, and in its history's steps. */
  function versionThreeFile(): string {
    const path = join(tempDir(), 'v3.brobygger');
    const store = ProjectStore.create(path, 'Gammel', storeOptions({ migrations: MIGRATIONS.slice(0, 3) }));
    store.close();
    const db = new Database(path);
    const analysis = (JSON.parse(db.prepare("SELECT value FROM meta WHERE key = 'settings'").pluck().get() as string) as { analysis: unknown }).analysis;
    const settings = (positions: object, max = 5) => JSON.stringify({ strengthScale: { min: 1, max }, analysis, layout: { positions } });
    const insertActor = db.prepare("INSERT INTO actors (id, kind, label, sector, attributes, notes, sort) VALUES (?, 'person', ?, NULL, '{}', '', ?)");
    insertActor.run('a', 'Åse', 1);
    insertActor.run('b', 'Bo', 2);
    db.prepare(
      "INSERT INTO ties (id, source, target, type, directed, strength, evidence_source, evidence_quote, notes, sort) VALUES ('t', 'a', 'b', 'collaboration', 0, 7, '', '', '', 1)",
    ).run();
    const before = settings({});
    const placed = settings({ a: { x: 1, y: 2 }, b: { x: 3, y: 4 } });
    const moved = settings({ a: { x: 1, y: 2 }, b: { x: 30, y: 40 } });
    const rescaled = settings({ a: { x: 1, y: 2 }, b: { x: 30, y: 40 } }, 4);
    const step = db.prepare("INSERT INTO history (label_key, label_params, changes, at) VALUES (?, ?, ?, '2026-01-01T00:00:00Z')");
    const meta = (b: string, a: string) => JSON.stringify([{ t: 'meta', b: { key: 'settings', value: b }, a: { key: 'settings', value: a } }]);
    step.run('history.layoutSet', '{"count":2}', meta(before, placed));
    step.run('history.layoutSet', '{"count":2}', meta(placed, moved));
    step.run('history.settingsUpdate', '{}', meta(moved, rescaled));
    db.prepare("UPDATE meta SET value = ? WHERE key = 'settings'").run(rescaled);
    db.close();
    return path;
  }

  it('opens with its positions in the table, its scale widened over its ties, and a history that still undoes', () => {
    const path = versionThreeFile();
    const opened = ProjectStore.open(path, storeOptions());
    const data = opened.read();
    expect(data.positions).toEqual({ a: { x: 1, y: 2 }, b: { x: 30, y: 40 } });
    expect(data.settings.strengthScale).toEqual({ min: 1, max: 7 });
    expect(Object.keys(data.settings)).toEqual(['strengthScale', 'influenceMax', 'analysis', 'timeline']);
    opened.close();
    const steps = historyChanges(path);
    expect(steps[0]).toEqual([
      { t: 'positions', b: null, a: { actor: 'a', x: 1, y: 2 } },
      { t: 'positions', b: null, a: { actor: 'b', x: 3, y: 4 } },
    ]);
    expect(steps[1]).toEqual([{ t: 'positions', b: { actor: 'b', x: 3, y: 4 }, a: { actor: 'b', x: 30, y: 40 } }]);
    expect(steps[2]?.map((c) => c.t)).toEqual(['meta']);
    expect(JSON.stringify(steps)).not.toContain('layout');

    const store = ProjectStore.open(path, storeOptions());
    store.undo();
    expect(store.read().settings.strengthScale.max).toBe(5);
    store.undo();
    expect(store.read().positions).toEqual({ a: { x: 1, y: 2 }, b: { x: 3, y: 4 } });
    store.undo();
    expect(store.read().positions).toEqual({});
    store.redo();
    store.redo();
    store.redo();
    expect(store.read().positions).toEqual({ a: { x: 1, y: 2 }, b: { x: 30, y: 40 } });
    store.close();
  });
});
