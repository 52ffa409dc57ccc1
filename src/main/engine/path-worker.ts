import { parentPort } from 'node:worker_threads';
import { PASS_NICE, runInBackground } from './background-priority';
import { sampleBetweenness, type SampleSize } from '../../core/analysis/approximate-betweenness';
import { permutationCounts } from '../../core/analysis/bonding';
import { distanceStats } from '../../core/analysis/distance-stats';
import type { Graph } from '../../core/analysis/graph';
import { pathStats } from '../../core/analysis/paths';
import { valuedPathStats, type PathLengths } from '../../core/analysis/valued-paths';

/**
 * One slice of a shortest-path pass, on its own thread (see parallel-paths.ts): Brandes' exact
 * pass over some sources (on tie counts, or on distances 1 / strength), the bit-parallel distance pass over some targets, or some of the
 * samples that estimate betweenness; or some blocks of the bonding permutation test. Each
 * slice's answer adds up with the others'.
 */
export type PathJob =
  | { kind: 'brandes'; graph: Graph; sources: Int32Array }
  | { kind: 'valued'; graph: Graph; lengths: PathLengths; sources: Int32Array }
  | { kind: 'distances'; graph: Graph; from: number; to: number }
  | { kind: 'samples'; graph: Graph; epsilon: number; delta: number; seed: number; from: number; to: number; size: SampleSize }
  | { kind: 'permutations'; graph: Graph; group: Int32Array; permutations: number; seed: number; fromBlock: number; toBlock: number };

const port = parentPort;
if (!port) throw new Error('path-worker must run as a worker thread');
runInBackground(PASS_NICE);
port.on('message', (job: PathJob & { stop?: Int32Array }) => {
  // the pool sets the shared flag when a newer request made the pass useless: the long passes
  // stop mid-slice instead of finishing a slice of seconds first
  const flag = job.stop;
  const stopped = flag ? () => Atomics.load(flag, 0) === 1 : undefined;
  // the arrays are made here, so their buffers are plain ArrayBuffers and can move, not copy
  if (job.kind === 'brandes') {
    const stats = pathStats(job.graph, { sources: job.sources, ...(stopped ? { stopped } : {}) });
    port.postMessage(stats, [stats.betweenness.buffer, stats.reach.buffer, stats.distanceSum.buffer] as ArrayBuffer[]);
  } else if (job.kind === 'valued') {
    const stats = valuedPathStats(job.graph, job.lengths, { sources: job.sources, ...(stopped ? { stopped } : {}) });
    port.postMessage(stats, [stats.betweenness.buffer, stats.reach.buffer, stats.distanceSum.buffer] as ArrayBuffer[]);
  } else if (job.kind === 'distances') {
    const stats = distanceStats(job.graph, { from: job.from, to: job.to, ...(stopped ? { stopped } : {}) });
    port.postMessage(stats, [stats.reach.buffer, stats.distanceSum.buffer] as ArrayBuffer[]);
  } else if (job.kind === 'permutations') {
    port.postMessage(permutationCounts(job.graph, job.group, job.permutations, job.seed, job.fromBlock, job.toBlock));
  } else {
    const samples = sampleBetweenness(job.graph, { epsilon: job.epsilon, delta: job.delta, seed: job.seed, from: job.from, to: job.to, size: job.size });
    port.postMessage(samples, [samples.hits.buffer] as ArrayBuffer[]);
  }
});
