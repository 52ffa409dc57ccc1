import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import type { CommandInput } from '../../src/core/commands';
import { decodeProjectJson, encodeProjectJson } from '../../src/core/format/project-json';
import { DEFAULT_MAP_VIEW_STATE, type MapViewState } from '../../src/core/model/view-state';
import { pseudonymise } from '../../src/core/privacy/pseudonymise';
import { MIGRATIONS, migrate } from '../../src/main/engine/migrations';
import { ProjectStore } from '../../src/main/engine/project-store';
import { refused, worded } from '../helpers/refused';
import { newStore, storeOptions } from '../helpers/store';

const seed: CommandInput = {
  type: 'batch',
  commands: [
    { type: 'actor.add', actor: { id: 'rk', kind: 'organisation', label: 'Røde Kors', sector: 'civil_society' } },
    { type: 'actor.add', actor: { id: 'jc', kind: 'department', label: 'Jobcenter', sector: 'municipality' } },
    { type: 'actor.add', actor: { id: 'mette', kind: 'person', label: 'Mette Lund' } },
    { type: 'actor.add', actor: { id: 'jakob', kind: 'person', label: 'Jakob Ebbesen' } },
    { type: 'wave.add', wave: { id: 'w1', label: '2025' } },
    { type: 'wave.add', wave: { id: 'w2', label: '2026' } },
  ],
};

/** A state that differs from the default in every field. */
const rich: MapViewState = {
  layout: 'shores',
  sizeBy: 'betweenness',
  colourBy: 'attribute:kind',
  compound: true,
  filters: {
    hiddenSectors: ['citizens', ''],
    hiddenKinds: ['department'],
    hiddenTieTypes: ['contract'],
    minStrength: 2,
    formality: 'formal',
    wave: 'w2' as MapViewState['filters']['wave'],
    attributes: [{ key: 'actors/size', filter: { kind: 'number', min: 1, max: null } }],
  },
  focus: { actor: 'mette' as never, steps: 2, hide: true },
  emphasis: { kind: 'departure', departure: { persons: ['mette', 'jakob'] as never }, proposals: true },
};

const view = (id: string, name: string, extra: Record<string, unknown> = {}) =>
  ({ type: 'view.add', view: { id, name, state: DEFAULT_MAP_VIEW_STATE, ...extra } }) as CommandInput;

describe('saved views in the store', () => {
  it('are added with every part of their state and read back exactly, in the order they were saved', () => {
    const { store } = newStore();
    store.apply(seed);
    store.apply(view('v-overblik', 'Overblik'));
    store.apply(
      view('v-mette', 'Hvis Mette går', {
        description: 'Scenariet fra styregruppemødet',
        slideTitle: 'Hvad sker der, hvis Mette går?',
        speakerNotes: 'Sig: to samarbejder hænger på én person.',
        state: rich,
        positions: { mette: { x: 10.5, y: -3 }, rk: { x: 200, y: 40 } },
        viewport: { pan: { x: 120.25, y: -40 }, zoom: 1.75, width: 900, height: 640 },
      }),
    );
    const data = store.read();
    expect(data.views.map((v) => v.id)).toEqual(['v-overblik', 'v-mette']);
    expect(data.views[1]).toEqual({
      id: 'v-mette',
      name: 'Hvis Mette går',
      description: 'Scenariet fra styregruppemødet',
      slideTitle: 'Hvad sker der, hvis Mette går?',
      speakerNotes: 'Sig: to samarbejder hænger på én person.',
      state: rich,
      positions: { mette: { x: 10.5, y: -3 }, rk: { x: 200, y: 40 } },
      viewport: { pan: { x: 120.25, y: -40 }, zoom: 1.75, width: 900, height: 640 },
    });
    expect(data.views[0]).toMatchObject({ description: '', slideTitle: '', speakerNotes: '', positions: null, viewport: null });
    store.close();
  });

  it('are one undoable step each: add, update, remove and reorder, with labels naming the view', () => {
    const { store, path } = newStore();
    store.apply(seed);
    store.apply(view('v-1', 'Overblik'));
    store.apply(view('v-2', 'Skrøbelige samarbejder'));
    expect(store.historyState().undo).toEqual({ key: 'views.history.add', params: { label: 'Skrøbelige samarbejder' } });

    store.apply({ type: 'view.update', id: 'v-1', patch: { speakerNotes: 'Start her', state: rich } });
    expect(store.historyState().undo).toEqual({ key: 'views.history.update', params: { label: 'Overblik' } });
    expect(store.read().views[0]?.state).toEqual(rich);
    store.undo();
    expect(store.read().views[0]).toMatchObject({ speakerNotes: '', state: DEFAULT_MAP_VIEW_STATE });
    store.redo();

    store.apply({ type: 'view.order', ids: ['v-2', 'v-1'] });
    expect(store.read().views.map((v) => v.name)).toEqual(['Skrøbelige samarbejder', 'Overblik']);
    expect(store.historyState().undo).toEqual({ key: 'views.history.order', params: {} });
    store.undo();
    expect(store.read().views.map((v) => v.id)).toEqual(['v-1', 'v-2']);
    store.redo();

    store.apply({ type: 'view.remove', id: 'v-1' });
    expect(store.read().views.map((v) => v.id)).toEqual(['v-2']);
    store.undo();
    expect(store.read().views.map((v) => v.id)).toEqual(['v-2', 'v-1']);
    expect(store.read().views[1]).toMatchObject({ speakerNotes: 'Start her', state: rich });
    store.close();

    // and they are kept in the file
    const again = ProjectStore.open(path, storeOptions());
    expect(again.read().views.map((v) => v.name)).toEqual(['Skrøbelige samarbejder', 'Overblik']);
    again.close();
  });

  it('refuse a name another view has (case aside), an order that leaves a view out, and an unknown view, naming each', () => {
    const { store } = newStore();
    store.apply(seed);
    store.apply(view('v-1', 'Overblik'));
    store.apply(view('v-2', 'Fokus'));
    const clash = refused(() => store.apply(view('v-3', ' overblik ')));
    expect(worded(clash.problems).map((p) => p.message)).toEqual(['there already is a view called "overblik"']);
    const rename = refused(() => store.apply({ type: 'view.update', id: 'v-2', patch: { name: 'OVERBLIK' } }));
    expect(worded(rename.problems)[0]?.message).toContain('already is a view called "OVERBLIK"');
    const order = refused(() => store.apply({ type: 'view.order', ids: ['v-2'] }));
    expect(worded(order.problems)[0]?.message).toBe('the order leaves out the view v-1');
    const gone = refused(() => store.apply({ type: 'view.remove', id: 'v-9' }));
    expect(worded(gone.problems)[0]?.message).toContain('v-9');
    // nothing was half-done
    expect(store.read().views.map((v) => v.name)).toEqual(['Overblik', 'Fokus']);
    store.close();
  });

  it('forget an actor removed from the project (its place, a focus on it, its part in a scenario) in the same undoable step', () => {
    const { store } = newStore();
    store.apply(seed);
    store.apply(view('v-1', 'Mette', { state: rich, positions: { mette: { x: 1, y: 2 }, rk: { x: 3, y: 4 } } }));
    store.apply({ type: 'actor.remove', id: 'mette' });
    const v = store.read().views[0];
    expect(v?.positions).toEqual({ rk: { x: 3, y: 4 } });
    expect(v?.state.focus).toBeNull();
    expect(v?.state.emphasis).toEqual({ kind: 'departure', departure: { persons: ['jakob'] }, proposals: true });
    expect(JSON.stringify(v)).not.toContain('mette');
    store.undo();
    expect(store.read().views[0]?.state).toEqual(rich);
    store.close();
  });

  it('travel in the JSON format and come back the same; a pseudonymised export calls actors by code and leaves the notes out', () => {
    const { store } = newStore();
    store.apply(seed);
    store.apply(view('v-1', 'Hvis Mette går', { slideTitle: 'Mettes netværk', speakerNotes: 'Mette Lund er nøgleperson', state: rich, positions: { mette: { x: 1, y: 2 } } }));
    const data = store.read();
    const back = decodeProjectJson(encodeProjectJson(data), 'p.json');
    expect(back.views).toEqual(data.views);

    const codes = new Map([
      ['mette', 'P001'],
      ['jakob', 'P002'],
    ]);
    const { data: out } = pseudonymise(data, codes, { organisations: false });
    const text = JSON.stringify(out.views);
    expect(text).not.toMatch(/mette|jakob|Lund|Ebbesen/i);
    expect(out.views[0]).toMatchObject({ name: 'Hvis P001 går', slideTitle: 'P001s netværk', speakerNotes: '', description: '' });
    expect(out.views[0]?.state.focus?.actor).toBe('P001');
    store.close();
  });

  it('a JSON project with two views of one name is refused, naming the view', () => {
    const { store } = newStore();
    store.apply(seed);
    store.apply(view('v-1', 'Overblik'));
    const json = JSON.parse(encodeProjectJson(store.read())) as { views: Array<Record<string, unknown>> };
    json.views.push({ ...json.views[0], id: 'v-2' });
    const e = refused(() => decodeProjectJson(JSON.stringify(json), 'p.json'));
    expect(worded(e.problems).map((p) => p.message)).toEqual(['there already is a view called "Overblik"']);
    store.close();
  });

  it('come from migration 9: a project file of version 8 gains the views table, empty', () => {
    const db = new Database(':memory:');
    migrate(db, 'old.brobygger', MIGRATIONS.filter((m) => m.version <= 8));
    expect(db.pragma('user_version', { simple: true })).toBe(8);
    migrate(db, 'old.brobygger', MIGRATIONS.filter((m) => m.version <= 9));
    expect(db.pragma('user_version', { simple: true })).toBe(9);
    expect(db.prepare('SELECT COUNT(*) FROM views').pluck().get()).toBe(0);
    db.close();
  });
});
