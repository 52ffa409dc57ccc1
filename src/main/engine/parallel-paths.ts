import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  betweennessSampleSize,
  mergeBetweennessSamples,
  sampleBetweenness,
  type BetweennessEstimate,
  type BetweennessSamples,
} from '../../core/analysis/approximate-betweenness';
import { mergePermutationCounts, permutationBlocks, permutationCounts, type PermutationCounts } from '../../core/analysis/bonding';
import { distanceStats, mergeDistanceStats, type DistanceStats } from '../../core/analysis/distance-stats';
import type { Graph } from '../../core/analysis/graph';
import { mergePathStats, pathStats, type PathStats } from '../../core/analysis/paths';
import { valuedPathStats, type PathLengths } from '../../core/analysis/valued-paths';
import { findAppRoot } from './paths';
import type { PathJob } from './path-worker';

/**
 * The shortest-path passes (exact betweenness, the distances behind closeness, the sampled
 * estimate of betweenness) spread over worker threads, each taking slices; the slices add up to
 * the same result. Below a size where starting threads costs more than it saves, they run here.
 */
const PARALLEL_FROM_WORK = 20_000_000;

/**
 * Where a worker for the given engine module comes from: the build when running built; from
 * TypeScript, the build just made beside it when BROBYGGER_BUILT_WORKERS=1 (`npm start` in
 * browser mode, the bench: a built worker starts in a tenth of the time one takes to transpile
 * the engine), else the source through tsx's loader (tests).
 */
export function workerSource(name: 'path-worker' | 'analysis-worker'): { built: string } | { source: string } {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) {
    // built: the workers sit in out/main beside the entry points, this code in out/main or a
    // chunk below it; a packaged app keeps them outside the asar archive (electron-builder.yml)
    const dir = basename(dirname(here)) === 'chunks' ? dirname(dirname(here)) : dirname(here);
    return { built: join(dir.replace(/app\.asar(?=[\\/])/, 'app.asar.unpacked'), `${name}.js`) };
  }
  const root = findAppRoot(here);
  const built = join(root, 'out', 'main', `${name}.js`);
  if (process.env['BROBYGGER_BUILT_WORKERS'] === '1' && existsSync(built)) return { built };
  return { source: pathToFileURL(join(root, 'src', 'main', 'engine', `${name}.ts`)).href };
}

/** A worker for the given engine module (see workerSource). */
export function engineWorker(name: 'path-worker' | 'analysis-worker'): Worker {
  const from = workerSource(name);
  if ('built' in from) return new Worker(from.built);
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(from.source)}); });`, { eval: true });
}

export function defaultThreads(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}

/** n · arcs: what one exact pass costs, in arcs crossed */
export const pathWork = (g: Graph): number => g.n * (g.directed ? g.m : 2 * g.m);

/**
 * Worker threads kept for the life of the process (an app re-analyses after every edit; a
 * thread takes longer to start than a small network takes to analyse). They do not keep the
 * process alive.
 */
const pool: Array<Worker | undefined> = [];
/** A worker answers its jobs in turn, unlabelled, so passes take the pool one at a time. */
let poolFree: Promise<unknown> = Promise.resolve();

function worker(i: number): Worker {
  let w = pool[i];
  if (!w) {
    const started = engineWorker('path-worker');
    started.unref();
    started.on('error', () => {
      if (pool[i] === started) pool[i] = undefined;
    });
    pool[i] = w = started;
  }
  return w;
}

/** Starts the threads before the first pass needs them (a project has just been opened). */
export function warmPathThreads(threads = defaultThreads()): void {
  if (threads > 1) for (let i = 0; i < threads; i++) worker(i);
}

function run<R>(w: Worker, job: PathJob & { stop?: Int32Array }): Promise<R> {
  return new Promise((resolve, reject) => {
    const onMessage = (answer: R) => {
      w.off('error', onError);
      resolve(answer);
    };
    const onError = (e: unknown) => {
      w.off('message', onMessage);
      reject(e instanceof Error ? e : new Error(String(e)));
    };
    w.once('message', onMessage);
    w.once('error', onError);
    w.postMessage(job);
  });
}

/** How often a running pass asks whether it is still wanted (a newer edit cancels it). */
const CANCEL_CHECK_MS = 25;

/** Why a pass stopped before its end: a newer request made its answer useless. */
export class PassCancelled extends Error {
  constructor() {
    super('the shortest-path pass was cancelled');
  }
}

export interface PassControl {
  /** the share of the pass done, after each slice */
  onProgress?: (done: number) => void;
  /** asked between slices: true stops the pass (it rejects with PassCancelled) */
  cancelled?: () => boolean;
  threads?: number;
}

/**
 * Runs the slices on the pool, each thread taking the next slice as it finishes one, so that
 * progress can be told and a newer request can stop the pass between slices.
 */
async function onPool<R>(jobs: readonly PathJob[], control: PassControl): Promise<R[]> {
  const threads = Math.min(control.threads ?? defaultThreads(), jobs.length);
  const pass = poolFree.then(async () => {
    const answers: R[] = new Array<R>(jobs.length);
    let next = 0;
    let done = 0;
    // a slice of the exact pass at 20,000 actors takes seconds: a cancelled pass tells the
    // threads through shared memory, and they stop at their next source
    const stop = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
    const cancelled = () => {
      if (!control.cancelled?.()) return false;
      Atomics.store(stop, 0, 1);
      return true;
    };
    const watch = control.cancelled ? setInterval(cancelled, CANCEL_CHECK_MS) : undefined;
    let failed = false;
    const lane = async (i: number) => {
      try {
        for (;;) {
          if (cancelled()) throw new PassCancelled();
          const at = next++;
          const job = jobs[at];
          if (failed || !job) return;
          const answer = await run<R>(worker(i), { ...job, stop });
          if (cancelled()) throw new PassCancelled();
          answers[at] = answer;
          control.onProgress?.(++done / jobs.length);
        }
      } catch (e) {
        failed = true;
        throw e;
      }
    };
    // every lane's slice is back before the pool is free: a thread still at an abandoned slice
    // would otherwise answer the next pass' first job with it
    const lanes = await Promise.allSettled(Array.from({ length: threads }, (_, i) => lane(i)));
    clearInterval(watch);
    const failure = lanes.find((l) => l.status === 'rejected');
    if (failure) throw failure.reason;
    return answers;
  });
  poolFree = pass.catch(() => undefined);
  return pass;
}

/**
 * [0, total) cut into `parts` nearly equal, non-empty ranges; with `unit`, every cut falls on a
 * multiple of it (the distance pass searches 64 targets at a time).
 */
export function ranges(total: number, parts: number, unit = 1): Array<[from: number, to: number]> {
  const out: Array<[number, number]> = [];
  const cut = (p: number) => (p >= parts ? total : Math.min(total, Math.round((p * total) / parts / unit) * unit));
  for (let p = 0; p < parts; p++) if (cut(p + 1) > cut(p)) out.push([cut(p), cut(p + 1)]);
  return out;
}

/** Source slices: enough for progress to move in small steps and every thread to stay busy. */
const sourceSlices = (n: number, parts: number): Int32Array[] => ranges(n, parts).map(([from, to]) => Int32Array.from({ length: to - from }, (_, x) => from + x));

const slicesFor = (g: Graph, threads: number) => Math.max(threads, Math.min(64, Math.ceil(pathWork(g) / 100_000_000) * threads));

/** Exact betweenness, closeness and reach: Brandes' pass from every source. */
export async function parallelPathStats(g: Graph, threads = defaultThreads(), fromWork = PARALLEL_FROM_WORK, control: PassControl = {}): Promise<PathStats> {
  if (threads <= 1 || pathWork(g) < fromWork) return pathStats(g);
  return passOfSources(g, sourceSlices(g.n, slicesFor(g, threads)), { ...control, threads });
}

/** Brandes' pass from the given sources only (an edit's affected sources), sliced over the pool. */
export async function passOfSources(g: Graph, slices: readonly Int32Array[], control: PassControl = {}): Promise<PathStats> {
  const count = slices.reduce((sum, s) => sum + s.length, 0);
  if ((control.threads ?? defaultThreads()) <= 1 || count * (g.directed ? g.m : 2 * g.m) < PARALLEL_FROM_WORK) {
    const sources = new Int32Array(count);
    let at = 0;
    for (const s of slices) {
      sources.set(s, at);
      at += s.length;
    }
    // relabelling for locality costs about as much as a few searches: not for a handful
    return pathStats(g, count < 32 ? { sources, locality: false } : { sources });
  }
  const parts = await onPool<PathStats>(
    slices.map((sources) => ({ kind: 'brandes', graph: g, sources })),
    control,
  );
  return parts.length ? mergePathStats(parts) : pathStats(g, { sources: [] });
}

/** The exact pass on distances 1 / strength (valued-paths.ts), from every source, on the pool. */
export async function parallelValuedPathStats(g: Graph, lengths: PathLengths, control: PassControl = {}, fromWork = PARALLEL_FROM_WORK): Promise<PathStats> {
  const threads = control.threads ?? defaultThreads();
  if (threads <= 1 || pathWork(g) < fromWork) return valuedPathStats(g, lengths);
  const parts = await onPool<PathStats>(
    sourceSlices(g.n, slicesFor(g, threads)).map((sources): PathJob => ({ kind: 'valued', graph: g, lengths, sources })),
    control,
  );
  return mergePathStats(parts);
}

/** Exact reach and distance sums by the bit-parallel pass: closeness and DF, no path counts. */
export async function parallelDistances(g: Graph, control: PassControl = {}): Promise<DistanceStats> {
  const threads = control.threads ?? defaultThreads();
  // the bit-parallel pass costs about a tenth of Brandes' per source
  if (threads <= 1 || pathWork(g) / 10 < PARALLEL_FROM_WORK) return distanceStats(g);
  const jobs = ranges(g.n, slicesFor(g, threads), 64).map(([from, to]): PathJob => ({ kind: 'distances', graph: g, from, to }));
  return mergeDistanceStats(await onPool<DistanceStats>(jobs, control));
}

/** Betweenness estimated within ε (normalised) with probability 1 − δ, the samples on the pool. */
export async function parallelBetweennessEstimate(
  g: Graph,
  bound: { epsilon: number; delta: number; seed: number },
  control: PassControl = {},
): Promise<BetweennessEstimate> {
  const threads = control.threads ?? defaultThreads();
  const size = betweennessSampleSize(g, bound.epsilon, bound.delta);
  if (threads <= 1 || size.samples < 2_000) return mergeBetweennessSamples([sampleBetweenness(g, { ...bound, size })]);
  const jobs = ranges(size.samples, 4 * threads).map(([from, to]): PathJob => ({ kind: 'samples', graph: g, ...bound, from, to, size }));
  return mergeBetweennessSamples(await onPool<BetweennessSamples>(jobs, control));
}

/**
 * The bonding permutation test (permutations × ties label comparisons: 2.9 s on one thread at
 * 20,000 actors and 5,000 permutations), in blocks on the pool while the analysis thread does the
 * rest. Small tests run here: starting a pass costs more than they do.
 */
export async function parallelPermutations(g: Graph, group: Int32Array, permutations: number, seed: number, control: PassControl = {}): Promise<PermutationCounts> {
  const threads = control.threads ?? defaultThreads();
  const blocks = permutationBlocks(permutations);
  if (threads <= 1 || blocks < 2 || permutations * g.m < PARALLEL_FROM_WORK) return permutationCounts(g, group, permutations, seed);
  const jobs = ranges(blocks, 2 * threads).map(([fromBlock, toBlock]): PathJob => ({ kind: 'permutations', graph: g, group, permutations, seed, fromBlock, toBlock }));
  return mergePermutationCounts(await onPool<PermutationCounts>(jobs, control));
}
