import { performance } from 'node:perf_hooks';

/** The fastest of `runs` runs (a shared machine only ever slows a run down) and the last value. */
export function best<T>(runs: number, run: () => T): { ms: number; value: T } {
  let bestMs = Infinity;
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    value = run();
    bestMs = Math.min(bestMs, performance.now() - t);
  }
  return { ms: bestMs, value };
}
