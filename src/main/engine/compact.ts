import type Database from 'better-sqlite3';
import type { CompactionPreview } from '../../core/model/erasure';

/**
 * Clearing the undo history: all of it, or the steps older than some days. What is left must
 * still undo step by step from the project as it is, so the undo stack loses its oldest steps
 * up to the newest old one (one step made with the clock set back cannot keep older ones
 * alive); the redo stack goes as a whole once any of it is old, since a redo needs the steps
 * before it. The store then rewrites the file without the dropped steps' bytes (`purge.ts`).
 */

const DAY_MS = 24 * 60 * 60 * 1000;

interface StepTime {
  seq: number;
  undone: number;
  at: string;
}

/** The steps clearing would drop; reads only. */
export function stepsToDrop(db: Database.Database, keepDays: number | null, now: number): number[] {
  const steps = db.prepare('SELECT seq, undone, at FROM history ORDER BY seq').all() as StepTime[];
  if (keepDays === null) return steps.map((s) => s.seq);
  const cutoff = now - keepDays * DAY_MS;
  // a time that does not read as one is old: what cannot be dated is not kept on its account
  const old = (s: StepTime) => !(Date.parse(s.at) >= cutoff);
  const undo = steps.filter((s) => s.undone === 0);
  const redo = steps.filter((s) => s.undone === 1);
  const newestOld = undo.filter(old).at(-1)?.seq;
  return [...(newestOld === undefined ? [] : undo.filter((s) => s.seq <= newestOld)), ...(redo.some(old) ? redo : [])].map((s) => s.seq);
}

export function planCompaction(db: Database.Database, keepDays: number | null, now = Date.now()): CompactionPreview {
  const total = db.prepare('SELECT COUNT(*) FROM history').pluck().get() as number;
  return { keepDays, total, dropped: stepsToDrop(db, keepDays, now).length };
}

/** Drops the steps; call inside a transaction. */
export function compactHistory(db: Database.Database, keepDays: number | null, now = Date.now()): CompactionPreview {
  const preview = planCompaction(db, keepDays, now);
  const drop = db.prepare('DELETE FROM history WHERE seq = ?');
  for (const seq of stepsToDrop(db, keepDays, now)) drop.run(seq);
  return preview;
}
