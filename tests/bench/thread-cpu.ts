/**
 * Where the processor time of a step goes, by thread, on Linux: the bench's own process (the
 * browser-mode server with the engine's threads in it) and every process it started (Chromium).
 * The engine's threads are told apart by the nice values they set themselves; the server's
 * thread is the process' first, and the rest run V8's and libuv's work for all of them (garbage
 * collection, compilation, file and socket work). Read from /proc; elsewhere nothing is measured.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { BACKGROUND_NICE, PASS_NICE } from '../../src/main/engine/background-priority';

/** clock ticks per second in /proc's stat files (USER_HZ, 100 on Linux's usual builds) */
const TICKS_PER_SECOND = 100;

export type CpuRole = 'analysis' | 'paths' | 'server' | 'helpers' | 'chromium';

/** processor milliseconds by thread, keyed by "pid/tid", with each thread's role */
export type CpuSnapshot = Map<string, { role: CpuRole; ms: number }>;

const read = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    // the thread or process ended between listing and reading
    return null;
  }
};

/** the fields after the command name (which may hold spaces and brackets) */
const statFields = (stat: string): string[] => stat.slice(stat.lastIndexOf(')') + 2).split(' ');

/** this process and every process below it */
function family(): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = read(`/proc/${entry}/stat`);
    if (stat) parentOf.set(Number(entry), Number(statFields(stat)[1]));
  }
  const inFamily = (pid: number): boolean => {
    for (let p: number | undefined = pid, hops = 0; p !== undefined && p > 1 && hops < 64; p = parentOf.get(p), hops++) if (p === process.pid) return true;
    return false;
  };
  return [...parentOf.keys()].filter(inFamily);
}

export function cpuSnapshot(): CpuSnapshot | null {
  if (!existsSync('/proc/self/task')) return null;
  const snapshot: CpuSnapshot = new Map();
  for (const pid of family()) {
    let tids: string[];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      const stat = read(`/proc/${pid}/task/${tid}/stat`);
      if (!stat) continue;
      const f = statFields(stat);
      // utime, stime and nice are fields 14, 15 and 19 of stat(5), here counted from field 3
      const ms = ((Number(f[11]) + Number(f[12])) * 1000) / TICKS_PER_SECOND;
      const nice = Number(f[16]);
      const role: CpuRole =
        pid !== process.pid ? 'chromium' : nice === BACKGROUND_NICE ? 'analysis' : nice === PASS_NICE ? 'paths' : tid === String(pid) ? 'server' : 'helpers';
      snapshot.set(`${String(pid)}/${tid}`, { role, ms });
    }
  }
  return snapshot;
}

/** no processor time yet, by role */
export const noCpu = (): Record<CpuRole, number> => ({ analysis: 0, paths: 0, server: 0, helpers: 0, chromium: 0 });

/** processor milliseconds spent between two snapshots, by role */
export function cpuSpent(before: CpuSnapshot, after: CpuSnapshot): Record<CpuRole, number> {
  const spent = noCpu();
  for (const [key, { role, ms }] of after) spent[role] += ms - (before.get(key)?.ms ?? 0);
  return spent;
}

export const CPU_ROLE_LABELS: Record<CpuRole, string> = {
  analysis: "the engine's analysis thread",
  paths: "the engine's path threads",
  server: "the server's thread (and the bench's)",
  helpers: "V8's and libuv's helper threads",
  chromium: 'Chromium (every process)',
};
