import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** How much a background thread yields: a nice value, 0 (normal) to 19 (only when idle). */
export const BACKGROUND_NICE = 10;

/**
 * The path threads yield further, to the analysis thread too: while a project opens, its first
 * findings come from the analysis thread, and on two cores, with the window drawing the map on
 * one, the two path threads running the permutation test and the paths took two thirds of the
 * other (the first findings at 2,000 actors came 2.4 s after opening instead of 0.6 s).
 */
export const PASS_NICE = 19;

/**
 * Lets this thread's work yield to the window and to edits. On a machine with few cores the
 * analysis threads took every core for minutes on a 20,000-actor project, and an edit took
 * seconds to reach the map. On Linux each thread has its own nice value, set through its
 * thread id; elsewhere the call would lower the whole process, so it is left alone there.
 * Returns whether the priority was lowered.
 */
export function runInBackground(nice = BACKGROUND_NICE): boolean {
  if (process.platform !== 'linux') return false;
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0) return false;
    setPriority(tid, nice);
    return true;
  } catch {
    // no /proc, or not permitted: the thread runs at the priority it has
    return false;
  }
}
