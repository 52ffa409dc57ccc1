import { parentPort } from 'node:worker_threads';
import { runInBackground } from './background-priority';
import type { Graph } from '../../core/analysis/graph';
import { pathStats } from '../../core/analysis/paths';

/** One slice of the shortest-path pass, on its own thread (see parallel-paths.ts). */
export interface PathJob {
  graph: Graph;
  from: number;
  to: number;
}

const port = parentPort;
if (!port) throw new Error('path-worker must run as a worker thread');
runInBackground();
port.on('message', (job: PathJob) => {
  const stats = pathStats(job.graph, { from: job.from, to: job.to });
  // the arrays were made here, so their buffers are plain ArrayBuffers and can move, not copy
  port.postMessage(stats, [stats.betweenness.buffer, stats.reach.buffer, stats.distanceSum.buffer] as ArrayBuffer[]);
});
