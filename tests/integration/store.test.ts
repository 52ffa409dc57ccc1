import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../../src/core/commands';
import { UserError } from '../../src/core/errors';
import { ProjectStore } from '../../src/main/engine/project-store';
import { newStore, storeOptions } from '../helpers/store';
import { refused, worded } from '../helpers/refused';
import { filesIn, sha256 } from '../helpers/temp';

/** A small network: a department, an association, two persons with memberships, a tie and a forum. */
const seed: CommandInput = {
  type: 'batch',
  commands: [
    { type: 'actor.add', actor: { id: 'jobcenter', kind: 'department', label: 'Jobcenter', sector: 'municipality' } },
    { type: 'actor.add', actor: { id: 'klub', kind: 'organisation', label: 'Bro Boldklub', sector: 'civil_society' } },
    { type: 'actor.add', actor: { id: 'søren', kind: 'person', label: 'Søren Ærø', sector: 'municipality' } },
    { type: 'actor.add', actor: { id: 'jakob', kind: 'person', label: 'Jakob', sector: 'civil_society' } },
    { type: 'membership.add', membership: { id: 'm1', person: 'søren', organisation: 'jobcenter', role: 'employee' } },
    { type: 'membership.add', membership: { id: 'm2', person: 'jakob', organisation: 'klub', role: 'volunteer' } },
    { type: 'tie.add', tie: { id: 't1', source: 'søren', target: 'jakob', strength: 2, formality: 'informal' } },
    {
      type: 'forum.add',
      forum: { id: 'f1', label: 'Netværket', kind: 'network', seats: [{ actor: 'jakob', represents: 'klub', role: 'member' }] },
    },
  ],
};

describe('a project store', () => {
  it('creates a project with the default Danish codebooks and the given name', () => {
    const { store } = newStore('Bro Kommune');
    const data = store.read();
    expect(data.meta.name).toBe('Bro Kommune');
    expect(data.codebooks.sectors.map((s) => s.label.da)).toEqual(['Kommune', 'Civilsamfund', 'Borgere / målgruppe', 'Erhverv', 'Anden offentlig']);
    expect(store.historyState()).toEqual({ undoCount: 0, redoCount: 0, undo: null, redo: null });
    store.close();
  });

  it('applies a batch as one step and assigns ids to new elements', () => {
    const { store } = newStore();
    store.apply(seed);
    const result = store.apply({ type: 'actor.add', actor: { kind: 'person', label: 'Ny' } });
    expect(result.created).toEqual(['a-1']);
    const data = store.read();
    expect(data.actors.map((a) => a.id)).toEqual(['jobcenter', 'klub', 'søren', 'jakob', 'a-1']);
    expect(data.forums[0]?.seats).toEqual([{ actor: 'jakob', represents: 'klub', role: 'member' }]);
    expect(store.historyState()).toMatchObject({ undoCount: 2, undo: { key: 'history.actorAdd', params: { label: 'Ny' } } });
    store.close();
  });

  it('refuses an edit with a bad reference and changes nothing', () => {
    const { store } = newStore();
    store.apply(seed);
    const before = store.read();
    const e = refused(() =>
      store.apply({
        type: 'batch',
        commands: [
          { type: 'actor.add', actor: { id: 'x', kind: 'person', label: 'X' } },
          { type: 'tie.add', tie: { source: 'x', target: 'nobody' } },
          { type: 'membership.add', membership: { person: 'klub', organisation: 'jobcenter', role: 'member' } },
        ],
      }),
    );
    expect(worded(e.problems)).toEqual([
      { where: 'commands[1].tie.target', message: 'a person or organisation "nobody" does not exist' },
      { where: 'commands[2].membership.person', message: '"klub" must be a person but is Organisation' },
    ]);
    expect(store.read()).toEqual(before);
    expect(store.historyState().undoCount).toBe(1);
    store.close();
  });

  it('refuses a tie strength outside the project scale and an id already in use', () => {
    const { store } = newStore();
    store.apply(seed);
    expect(worded(refused(() => store.apply({ type: 'tie.update', id: 't1', patch: { strength: 9 } })).problems)[0]?.message).toBe(
      'strength 9 is outside the project scale 1–5',
    );
    expect(worded(refused(() => store.apply({ type: 'actor.add', actor: { id: 'klub', kind: 'person', label: 'Y' } })).problems)[0]?.message).toBe(
      'id "klub" already exists in the project',
    );
    store.close();
  });

  it('refuses to make a member person into an organisation', () => {
    const { store } = newStore();
    store.apply(seed);
    const e = refused(() => store.apply({ type: 'actor.update', id: 'søren', patch: { kind: 'organisation' } }));
    expect(worded(e.problems)[0]?.where).toBe('actor.kind');
    store.close();
  });

  it('deletes an actor with its memberships, ties and seats, and undo brings all of it back', () => {
    const { store } = newStore();
    store.apply(seed);
    const before = store.read();
    store.apply({ type: 'actor.remove', id: 'jakob' });
    const after = store.read();
    expect(after.actors.map((a) => a.id)).toEqual(['jobcenter', 'klub', 'søren']);
    expect(after.ties).toEqual([]);
    expect(after.memberships.map((m) => m.id)).toEqual(['m1']);
    expect(after.forums[0]?.seats).toEqual([]);
    expect(store.undo()).toBe(true);
    expect(store.read()).toEqual(before);
    expect(store.redo()).toBe(true);
    expect(store.read()).toEqual(after);
    store.close();
  });

  it('clears a seat\'s "represents" when that organisation is deleted, and restores it on undo', () => {
    const { store } = newStore();
    store.apply(seed);
    store.apply({ type: 'actor.remove', id: 'klub' });
    expect(store.read().forums[0]?.seats).toEqual([{ actor: 'jakob', represents: null, role: 'member' }]);
    store.undo();
    expect(store.read().forums[0]?.seats).toEqual([{ actor: 'jakob', represents: 'klub', role: 'member' }]);
    store.close();
  });

  it('keeps undo and redo across closing and reopening, for any number of steps', () => {
    const { store, path } = newStore();
    const states = [store.read()];
    store.apply(seed);
    states.push(store.read());
    for (let i = 0; i < 25; i++) {
      store.apply({ type: 'actor.update', id: 'søren', patch: { label: `Søren ${i}`, attributes: { step: i } } });
      states.push(store.read());
    }
    store.close();

    let reopened = ProjectStore.open(path, storeOptions());
    expect(reopened.historyState().undoCount).toBe(26);
    for (let i = 0; i < 20; i++) reopened.undo();
    expect(reopened.read()).toEqual(states[6]);
    reopened.close();

    reopened = ProjectStore.open(path, storeOptions());
    expect(reopened.historyState()).toMatchObject({ undoCount: 6, redoCount: 20 });
    for (let i = 0; i < 6; i++) reopened.undo();
    expect(reopened.read()).toEqual(states[0]);
    expect(reopened.undo()).toBe(false);
    for (let i = 0; i < 26; i++) reopened.redo();
    expect(reopened.read()).toEqual(states[26]);
    expect(reopened.redo()).toBe(false);
    reopened.close();
  });

  it('saves manual map positions with the project as one undoable step, leaving the settings as they were', () => {
    const { store, path } = newStore();
    store.apply(seed);
    const before = store.read();
    expect(before.positions).toEqual({});
    store.apply({ type: 'layout.set', positions: { søren: { x: 10.5, y: -20 }, klub: { x: 300, y: 40 } } });
    expect(store.historyState().undo).toEqual({ key: 'history.layoutSet', params: { count: 2 } });
    store.close();
    const reopened = ProjectStore.open(path, storeOptions());
    expect(reopened.read().positions).toEqual({ søren: { x: 10.5, y: -20 }, klub: { x: 300, y: 40 } });
    expect(reopened.read().settings).toEqual(before.settings);
    expect(() => reopened.apply({ type: 'layout.set', positions: { søren: { x: Number.NaN, y: 0 } } })).toThrow(UserError);
    reopened.undo();
    expect(reopened.read().positions).toEqual({});
    reopened.close();
  });

  it('forgets the steps that could be redone once a new edit is made', () => {
    const { store } = newStore();
    store.apply(seed);
    store.apply({ type: 'project.update', patch: { name: 'Andet navn' } });
    store.undo();
    expect(store.historyState().redoCount).toBe(1);
    store.apply({ type: 'actor.update', id: 'jakob', patch: { notes: 'frivillig siden 2019' } });
    expect(store.historyState()).toMatchObject({ undoCount: 2, redoCount: 0 });
    expect(store.read().meta.name).toBe('Test');
    store.close();
  });

  it('records nothing for an edit that changes nothing', () => {
    const { store } = newStore();
    store.apply(seed);
    store.apply({ type: 'actor.update', id: 'jakob', patch: { label: 'Jakob' } });
    expect(store.historyState().undoCount).toBe(1);
    store.close();
  });

  it('refuses to delete a code still in use, and deletes an unused one', () => {
    const { store } = newStore();
    store.apply(seed);
    expect(worded(refused(() => store.apply({ type: 'code.remove', codebook: 'sectors', key: 'municipality' })).problems)[0]?.message).toBe(
      '"municipality" is used by 2 elements and cannot be deleted',
    );
    store.apply({ type: 'code.remove', codebook: 'sectors', key: 'business' });
    expect(store.read().codebooks.sectors.map((s) => s.key)).not.toContain('business');
    store.close();
  });

  it('drops a deleted wave from every element and brings it back on undo', () => {
    const { store } = newStore();
    store.apply(seed);
    store.apply({ type: 'wave.add', wave: { id: 'w1', label: '2025' } });
    store.apply({ type: 'tie.update', id: 't1', patch: { waves: ['w1'] } });
    store.apply({ type: 'wave.remove', id: 'w1' });
    expect(store.read().ties[0]?.waves).toEqual([]);
    store.undo();
    expect(store.read().ties[0]?.waves).toEqual(['w1']);
    store.close();
  });

  it('imports a whole project as one undoable step and refuses ids that clash', () => {
    const { store } = newStore();
    store.apply(seed);
    const data = store.read();
    const other = newStore();
    other.store.importData(data, 'seed.json');
    expect(other.store.read().actors).toEqual(data.actors);
    expect(other.store.historyState().undo).toEqual({ key: 'history.import', params: { file: 'seed.json' } });
    const e = refused(() => other.store.importData(data, 'seed.json'));
    expect(e.key).toBe('errors.invalidData');
    expect(worded(e.problems)[0]).toEqual({ where: 'actors[0] (id "jobcenter")', message: 'id "jobcenter" already exists in the project' });
    other.store.undo();
    expect(other.store.read().actors).toEqual([]);
    other.store.close();
    store.close();
  });

  it('logs edits ahead while open and leaves a closed project as one plain file', () => {
    const { store, dir } = newStore();
    store.apply(seed);
    store.apply({ type: 'project.update', patch: { description: 'Kortlægning 2025' } });
    expect(existsSync(join(dir, 'test.brobygger-wal'))).toBe(true);
    store.close();
    expect(filesIn(dir)).toEqual(['test.brobygger']);
  });

  it('changes no byte of a file that is opened and closed without an edit, or whose edit is refused', () => {
    const { store, path } = newStore();
    store.apply(seed);
    store.close();
    const before = sha256(path);
    const again = ProjectStore.open(path, storeOptions());
    expect(() => again.apply({ type: 'tie.add', tie: { source: 'søren', target: 'nobody' } })).toThrow(UserError);
    again.close();
    expect(sha256(path)).toBe(before);
  });

  it('changes no byte of a file when there is nothing to undo or redo', () => {
    const { store, path } = newStore();
    store.close();
    const before = sha256(path);
    const again = ProjectStore.open(path, storeOptions());
    expect([again.undo(), again.redo()]).toEqual([false, false]);
    again.close();
    expect(sha256(path)).toBe(before);
  });

  it('reads a file left in write-ahead mode (as after a crash) read-only, and closes it untouched', () => {
    const { store, path } = newStore();
    store.apply(seed);
    store.close();
    const raw = new Database(path);
    raw.pragma('journal_mode = WAL');
    raw.close();
    const before = sha256(path);
    const reader = ProjectStore.open(path, storeOptions({ readonly: true }));
    expect(reader.read().actors).toHaveLength(4);
    expect(() => reader.close()).not.toThrow();
    expect(sha256(path)).toBe(before);
  });

  it('refuses a second open of a project this process already has open, keeping its lock', () => {
    const { store, path } = newStore();
    expect(refused(() => ProjectStore.open(path, storeOptions({ readonly: true }))).code).toBe('locked');
    store.close();
    ProjectStore.open(path, storeOptions()).close();
  });

  it('reports an edit to a closed project clearly', () => {
    const { store } = newStore();
    store.close();
    expect(refused(() => store.read()).code).toBe('no-project');
  });
});
