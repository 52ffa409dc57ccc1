import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_NICE, PASS_NICE } from '../../src/main/engine/background-priority';
import { engineWorker } from '../../src/main/engine/parallel-paths';

const onLinux = process.platform === 'linux';

describe('a background thread', () => {
  it.runIf(onLinux)('runs at a lower priority than the rest of the process', async () => {
    // a thread of its own: the priority is the thread's, so the test's thread is left as it is
    const worker = new Worker(
      `const { parentPort } = require('node:worker_threads');
       const { readlinkSync } = require('node:fs');
       const { setPriority, getPriority } = require('node:os');
       const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
       setPriority(tid, ${String(BACKGROUND_NICE)});
       parentPort.postMessage({ tid, nice: getPriority(tid) });`,
      { eval: true },
    );
    const { tid, nice } = await new Promise<{ tid: number; nice: number }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(nice).toBe(BACKGROUND_NICE);
    expect(tid).not.toBe(process.pid);
    // the process, and this thread, kept their priority
    expect(getPriority(process.pid)).toBeLessThan(BACKGROUND_NICE);
    expect(getPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()))).toBeLessThan(BACKGROUND_NICE);
  });

  it.runIf(onLinux)('is what the analysis and path threads run as, while the thread that serves edits does not', async () => {
    const niceOf = (tid: string) => {
      // /proc/<pid>/task/<tid>/stat: the nice value is field 19, counted after the command's closing parenthesis
      try {
        const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
      } catch {
        return NaN; // the thread ended meanwhile
      }
    };
    const before = new Set(readdirSync('/proc/self/task'));
    const analysis = engineWorker('analysis-worker');
    const paths = engineWorker('path-worker');
    try {
      // a worker is running once it answers; the analysis thread answers a job it cannot parse with an error
      await new Promise((resolve) => {
        analysis.once('message', resolve);
        analysis.postMessage({ id: 1, data: null, options: null });
      });
      // the path thread has no such answer: wait until it has lowered itself too, below the
      // analysis thread (whose first findings come before the paths)
      const lowered = (nice: number) => readdirSync('/proc/self/task').filter((tid) => !before.has(tid) && niceOf(tid) === nice).length;
      await expect.poll(() => lowered(BACKGROUND_NICE), { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
      await expect.poll(() => lowered(PASS_NICE), { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
      expect(PASS_NICE).toBeGreaterThan(BACKGROUND_NICE);
      expect(niceOf(readlinkSync('/proc/thread-self').split('/').pop() ?? '')).toBeLessThan(BACKGROUND_NICE);
    } finally {
      await Promise.all([analysis.terminate(), paths.terminate()]);
    }
  });
});
