import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/core/analysis/graph';
import { pathStats, type PathStats } from '../../src/core/analysis/paths';
import { engineWorker, workerSource } from '../../src/main/engine/parallel-paths';
import { findAppRoot } from '../../src/main/engine/paths';
import { barabasiAlbert } from '../bench/generate';

const built = join(findAppRoot(), 'out', 'main', 'path-worker.js');
const started: Worker[] = [];
afterAll(async () => {
  await Promise.all(started.map((w) => w.terminate()));
});

describe('the engine threads from the build, as `npm start` and the bench run them from source', () => {
  it.skipIf(!existsSync(built))('answers a slice of the shortest-path pass as the transpiled one does', async () => {
    process.env['BROBYGGER_BUILT_WORKERS'] = '1';
    try {
      const { sources, targets } = barabasiAlbert(200, 2, 4);
      const g = buildGraph(200, sources, targets, false);
      expect(workerSource('path-worker')).toEqual({ built });
      const w = engineWorker('path-worker');
      started.push(w);
      const answer = await new Promise<PathStats>((resolve, reject) => {
        w.once('message', resolve);
        w.once('error', reject);
        w.postMessage({ kind: 'brandes', graph: g, sources: Int32Array.from({ length: 200 }, (_, i) => i) });
      });
      const expected = pathStats(g);
      expect(Array.from(answer.reach)).toEqual(Array.from(expected.reach));
      expect(Array.from(answer.betweenness, (x) => Math.round(x * 1e6))).toEqual(Array.from(expected.betweenness, (x) => Math.round(x * 1e6)));
    } finally {
      delete process.env['BROBYGGER_BUILT_WORKERS'];
    }
    expect(workerSource('path-worker')).toHaveProperty('source');
  });
});
