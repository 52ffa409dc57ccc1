import Database from 'better-sqlite3';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeProjectJson } from '../../src/core/format/project-json';
import { ProjectStore } from '../../src/main/engine/project-store';
import { newStore, storeOptions } from '../helpers/store';
import { network, SECRET, SECRETS, secretPerson, tracesIn } from '../helpers/traces';

/**
 * What is left of a person in the raw bytes of a project file (and of its write-ahead log, a
 * "Save as" copy and a JSON export) after they are deleted, deleted completely, or the history
 * is cleared. The texts are grepped as UTF-8, the way anyone with the file could.
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

  it('is gone after "delete completely": from the file and its log while open, after closing, from a copy and an export', () => {
    const { store, path, dir } = projectWithSecret();
    // a step with their change beside another's: it stays, without theirs
    store.apply({
      type: 'batch',
      commands: [
        { type: 'actor.update', id: 'secret', patch: { notes: 'rettet' } },
        { type: 'actor.update', id: 'søren', patch: { notes: 'kender Jakob' } },
      ],
    });
    expect(tracesIn(path)).not.toEqual([]);
    store.erasePerson('secret');
    // while the project is still open: the log was emptied into the file, which was rewritten
    expect(tracesIn(path)).toEqual([]);
    expect(existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0).toBe(0);
    const copy = store.saveCopy(join(dir, 'copy.brobygger'), false);
    const json = join(dir, 'export.json');
    writeFileSync(json, encodeProjectJson(store.read()));
    // and the project goes on: an edit after the erasure is saved and can be undone
    store.apply({ type: 'actor.update', id: 'søren', patch: { notes: 'ny note' } });
    expect(store.undo()).toBe(true);
    store.close();
    for (const file of [path, copy, json]) expect({ file, traces: tracesIn(file) }).toEqual({ file, traces: [] });
    expect(readFileSync(json, 'utf8')).toContain('Jakob');
  });

  it('is gone after the whole undo history is cleared', () => {
    const { store, path, dir } = projectWithSecret();
    store.apply({ type: 'actor.remove', id: 'secret' });
    expect(store.compactHistory(null)).toEqual({ keepDays: null, total: 8, dropped: 8 });
    expect(store.historyState()).toEqual({ undoCount: 0, redoCount: 0, undo: null, redo: null });
    expect(tracesIn(path)).toEqual([]);
    const copy = store.saveCopy(join(dir, 'copy.brobygger'), false);
    store.close();
    expect(tracesIn(path)).toEqual([]);
    expect(tracesIn(copy)).toEqual([]);
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

  it('is gone after "delete completely" from free pages an older version left unwritten', () => {
    const { store, path } = projectWithSecret();
    store.close();
    // as a version without secure_delete did: a step of theirs dropped, its bytes left in free pages
    const old = new Database(path);
    old.pragma('secure_delete = OFF');
    old.prepare("INSERT INTO history (label_key, label_params, changes, at) VALUES ('history.tieUpdate', '{}', ?, '2020-01-01T00:00:00Z')").run(
      JSON.stringify([{ t: 'meta', b: { key: 'x', value: SECRETS.join(' ').repeat(50) }, a: null }]),
    );
    old.prepare('DELETE FROM history WHERE seq = (SELECT MAX(seq) FROM history)').run();
    old.close();
    const reopened = ProjectStore.open(path, storeOptions());
    reopened.erasePerson('secret');
    reopened.close();
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
