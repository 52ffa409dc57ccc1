import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { beginAnalysis, prepareNetwork, type AnalysisResult, type AnalyzeOptions } from '../../core/analysis/analyze';
import { sameArcs, type Graph } from '../../core/analysis/graph';
import { mergePathStats, pathStats, type PathStats } from '../../core/analysis/paths';
import type { ProjectData } from '../../core/model/schema';
import { findAppRoot } from './paths';
import type { PathJob } from './path-worker';

/**
 * The shortest-path pass (betweenness, closeness, reach: n breadth-first searches) spread over
 * worker threads, each taking a slice of the sources; the slices add up to the same result.
 * Below a size where starting threads costs more than it saves, it runs here.
 */
const PARALLEL_FROM_WORK = 20_000_000;

/** A worker for the given engine module, from the build when running built, else from source. */
export function engineWorker(name: 'path-worker' | 'analysis-worker'): Worker {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) {
    // built: the workers sit in out/main beside the entry points, this code in out/main or a
    // chunk below it; a packaged app keeps them outside the asar archive (electron-builder.yml)
    const dir = basename(dirname(here)) === 'chunks' ? dirname(dirname(here)) : dirname(here);
    return new Worker(join(dir.replace(/app\.asar(?=[\\/])/, 'app.asar.unpacked'), `${name}.js`));
  }
  // running from TypeScript (tsx, tests): load the source through tsx's loader
  const entry = pathToFileURL(join(findAppRoot(here), 'src', 'main', 'engine', `${name}.ts`)).href;
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
}

export function defaultThreads(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}

/** Source ranges with about equal numbers of arcs to explore from each (hubs make slices uneven). */
function slices(g: Graph, parts: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let p = 0; p < parts; p++) {
    const to = p === parts - 1 ? g.n : Math.round(((p + 1) * g.n) / parts);
    out.push([from, to]);
    from = to;
  }
  return out;
}

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

function run(w: Worker, job: PathJob): Promise<PathStats> {
  return new Promise((resolve, reject) => {
    const onMessage = (stats: PathStats) => {
      w.off('error', onError);
      resolve(stats);
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

export async function parallelPathStats(g: Graph, threads = defaultThreads(), fromWork = PARALLEL_FROM_WORK): Promise<PathStats> {
  const work = g.n * (g.directed ? g.m : 2 * g.m);
  if (threads <= 1 || work < fromWork) return pathStats(g);
  const pass = poolFree.then(() => Promise.all(slices(g, threads).map(([from, to], i) => run(worker(i), { graph: g, from, to }))));
  poolFree = pass.catch(() => undefined);
  return mergePathStats(await pass);
}

/**
 * The last shortest-path pass and the graph it was made for. Most edits while coding field data
 * (a label, an attribute, a membership, a forum seat, a setting) leave the ties as they were, and
 * the pass, the one part of the analysis that costs n · m, can then be reused as it is.
 */
export class PathMemo {
  private last: { graph: Graph; paths: PathStats } | null = null;

  async pathsOf(graph: Graph): Promise<PathStats> {
    if (this.last && sameArcs(this.last.graph, graph)) return this.last.paths;
    const paths = await parallelPathStats(graph);
    this.last = { graph, paths };
    return paths;
  }
}

/**
 * The whole analysis, with the shortest-path pass (the one part that grows as n · m) on the
 * worker threads while this thread computes everything else: the two run at once.
 */
export async function analyzeOnThreads(data: ProjectData, options: AnalyzeOptions, memo = new PathMemo()): Promise<AnalysisResult> {
  const net = prepareNetwork(data, options);
  const pass = memo.pathsOf(net.graph);
  // the pass is handed to its threads in a microtask: let it go before this thread gets busy
  await new Promise((resolve) => setImmediate(resolve));
  const finish = beginAnalysis(net, options);
  return finish(await pass);
}
