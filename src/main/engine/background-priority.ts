import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** How much a background thread yields: a nice value, 0 (normal) to 19 (only when idle). */
export const BACKGROUND_NICE = 10;

/**
 * Lets this thread's work yield to the window and to edits. On a machine with few cores the
 * analysis threads took every core for minutes on a 20,000-actor project, and an edit took
 * seconds to reach the map. On Linux each thread has its own nice value, set through its
 * thread id; elsewhere the call would lower the whole process, so it is left alone there.
 * Returns whether the priority was lowered.
 */
export function runInBackground(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0) return false;
    setPriority(tid, BACKGROUND_NICE);
    return true;
  } catch {
    // no /proc, or not permitted: the thread runs at the priority it has
    return false;
  }
}
