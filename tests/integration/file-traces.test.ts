import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectStore } from '../../src/main/engine/project-store';
import { newStore, storeOptions } from '../helpers/store';
import { network, SECRET, SECRETS, secretPerson, tracesIn } from '../helpers/traces';

/**
 * What is left of a person in the raw bytes of a project file (and of its write-ahead log, a
 * "Save as" copy) after they are deleted. The texts are grepped as UTF-8, the way anyone with the file could.
 */

const connectionOf = (store: ProjectStore) => (store as unknown as { db: Database.Database }).db;

/** A project with the secret person, and a few edits of others after them. */
function projectWithSecret(): { store: ProjectStore; path: string; dir: string } {
  const made = newStore();
  made.store.apply(network);
  for (const c of secretPerson()) made.store.apply(c);
  made.store.apply({ type: 'actor.update', id: 'jakob', patch: { notes: 'træner U12' } });
  return made;
}

describe('a deleted person in the bytes of the file', () => {
  it('stays readable after an ordinary deletion: in the file, and in a copy saved afterwards', () => {
    const { store, path, dir } = projectWithSecret();
    store.apply({ type: 'actor.remove', id: 'secret' });
    expect(store.read().actors.map((a) => a.label)).not.toContain(SECRET.name);
    const copy = store.saveCopy(join(dir, 'copy.brobygger'), false);
    store.close();
    // the undo history keeps every row the deletion took, so that it can be undone
    expect(tracesIn(path)).toEqual(SECRETS);
    expect(tracesIn(copy)).toEqual(SECRETS);
  });

  it('is overwritten in the file when a step holding them leaves the redo stack', () => {
    const { store, path } = projectWithSecret();
    store.apply({ type: 'actor.remove', id: 'secret' });
    // undo every step of theirs, then make a new one: the steps leave the history for good
    for (let i = 0; i < 7; i++) store.undo();
    expect(store.read().actors.map((a) => a.id)).not.toContain('secret');
    store.apply({ type: 'actor.update', id: 'jakob', patch: { notes: 'ny' } });
    expect(store.historyState()).toMatchObject({ undoCount: 2, redoCount: 0 });
    store.close();
    expect(tracesIn(path)).toEqual([]);
  });

});

describe('a project file', () => {
  it('overwrites what it deletes, on every connection that writes to it', () => {
    const { store, path } = newStore();
    expect(connectionOf(store).pragma('secure_delete', { simple: true })).toBe(1);
    store.close();
    const again = ProjectStore.open(path, storeOptions());
    expect(connectionOf(again).pragma('secure_delete', { simple: true })).toBe(1);
    again.close();
  });
});
