import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ProjectStore } from '../../src/main/engine/project-store';
import { newStore, storeOptions } from '../helpers/store';

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();

/**
 * A project with five steps made the given numbers of days ago (oldest first), the last
 * `undone` of them undone; returned closed, ready to be opened again.
 */
function historyAged(ages: readonly number[], undone = 0): string {
  const { store, path } = newStore();
  ages.forEach((_, i) => store.apply({ type: 'actor.add', actor: { id: `p${String(i + 1)}`, kind: 'person', label: `Person ${String(i + 1)}` } }));
  for (let i = 0; i < undone; i++) store.undo();
  store.close();
  const db = new Database(path);
  const set = db.prepare('UPDATE history SET at = ? WHERE seq = ?');
  const seqs = db.prepare('SELECT seq FROM history ORDER BY seq').pluck().all() as number[];
  seqs.forEach((seq, i) => set.run(daysAgo(ages[i] ?? 0), seq));
  db.close();
  return path;
}

const ids = (store: ProjectStore) => store.read().actors.map((a) => a.id);

describe('clearing the undo history', () => {
  it('drops all of it and leaves the project as it is', () => {
    const path = historyAged([40, 30, 20, 10, 1]);
    const store = ProjectStore.open(path, storeOptions());
    const before = store.read();
    expect(store.previewCompaction(null)).toEqual({ keepDays: null, total: 5, dropped: 5 });
    expect(store.compactHistory(null)).toEqual({ keepDays: null, total: 5, dropped: 5 });
    expect(store.read()).toEqual(before);
    expect(store.undo()).toBe(false);
    store.close();
  });

  it('keeps the steps newer than the days given, which still undo down to the oldest kept', () => {
    const path = historyAged([40, 30, 20, 10, 1]);
    const store = ProjectStore.open(path, storeOptions());
    expect(store.compactHistory(15)).toEqual({ keepDays: 15, total: 5, dropped: 3 });
    expect(store.historyState()).toMatchObject({ undoCount: 2, undo: { key: 'history.actorAdd', params: { label: 'Person 5' } } });
    expect(store.undo() && store.undo()).toBe(true);
    expect(ids(store)).toEqual(['p1', 'p2', 'p3']);
    expect(store.undo()).toBe(false);
    store.close();
  });

  it('keeps undo in one piece: an old step above newer ones takes them with it', () => {
    // the clock was set back for the fourth step
    const path = historyAged([3, 2, 1, 40, 0]);
    const store = ProjectStore.open(path, storeOptions());
    expect(store.previewCompaction(15)).toMatchObject({ dropped: 4 });
    store.compactHistory(15);
    expect(store.historyState().undoCount).toBe(1);
    store.close();
  });

  it('drops the redo stack whole when any of it is old, and keeps it when none is', () => {
    const keptPath = historyAged([40, 30, 2, 1, 0], 2);
    const kept = ProjectStore.open(keptPath, storeOptions());
    kept.compactHistory(15);
    expect(kept.historyState()).toMatchObject({ undoCount: 1, redoCount: 2 });
    expect(kept.redo() && kept.redo()).toBe(true);
    expect(ids(kept)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    kept.close();

    const oldPath = historyAged([1, 1, 1, 40, 1], 2);
    const old = ProjectStore.open(oldPath, storeOptions());
    expect(old.compactHistory(15)).toMatchObject({ dropped: 2 });
    expect(old.historyState()).toMatchObject({ undoCount: 3, redoCount: 0 });
    old.close();
  });

  it('is refused on a project opened read-only, and previewed there', () => {
    const path = historyAged([1, 1, 1, 1, 1]);
    const reader = ProjectStore.open(path, storeOptions({ readonly: true }));
    expect(reader.previewCompaction(null).dropped).toBe(5);
    expect(() => reader.compactHistory(null)).toThrow(/read-only/);
    reader.close();
  });
});
