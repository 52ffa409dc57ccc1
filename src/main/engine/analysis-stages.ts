import { setImmediate as nextTurn } from 'node:timers/promises';
import { beginAnalysis, pathResultsOf, prepareNetwork, type AnalysisResult, type AnalysisStage, type AnalyzeOptions, type PathResults } from '../../core/analysis/analyze';
import type { DistanceStats } from '../../core/analysis/distance-stats';
import { sameArcs, type Graph } from '../../core/analysis/graph';
import type { PathStats } from '../../core/analysis/paths';
import type { ProjectData } from '../../core/model/schema';
import { oldIndexMap, planPathUpdate, type PathUpdatePlan } from '../../core/analysis/incremental-paths';
import { defaultThreads, parallelBetweennessEstimate, ranges, parallelDistances, parallelPathStats, parallelPermutations, parallelValuedPathStats, passOfSources, PassCancelled, pathWork, type PassControl } from './parallel-paths';
import { arcLengths, type PathLengths } from '../../core/analysis/valued-paths';

/** How betweenness is found: exactly, estimated with a stated bound, or exact only where quick. */
export type BetweennessMode = 'exact' | 'approximate' | 'auto';

/** The bound an estimate is made to: additive error ε on normalised betweenness, probability 1 − δ. */
export const DEFAULT_BOUND = { epsilon: 0.01, delta: 0.1 } as const;

/**
 * Work (n · arcs) up to which the exact pass comes within about a second on two threads of
 * this kind of machine (measured: 14 ns per arc crossed on one thread): there 'auto' is exact
 * at once, and the app shows no estimate first.
 */
export const EXACT_QUICK_WORK = 150_000_000;

/**
 * Work (n · arcs) up to which the pass on tie strengths (about 1.35 times the counted one) comes
 * in the same answer as the exact figures: a tenth of a second or two on two threads.
 */
const VALUED_INLINE_WORK = 10_000_000;

/**
 * Work up to which the app's estimate stage also brings the exact distances (closeness, DF):
 * the bit-parallel pass costs about a tenth of the exact one, and at 20,000 actors a few
 * seconds; at 100,000 it would hold the estimate back for minutes, so they wait for the exact pass.
 */
const DISTANCES_WITH_ESTIMATE_UP_TO = 20_000_000_000;

export interface StageReport {
  stage: AnalysisStage;
  result: AnalysisResult;
  complete: boolean;
}

export interface StagedRun {
  mode: BetweennessMode;
  bound?: { epsilon: number; delta: number };
  /** the app: report each stage as it comes (onStage), and end with exact values */
  progressive: boolean;
  onStage?: (report: StageReport) => void;
  onProgress?: (stage: Exclude<AnalysisStage, 'structure'>, done: number) => void;
  cancelled?: () => boolean;
  memo?: PathMemo;
  /** EXACT_QUICK_WORK unless given (tests make a small network take the large one's way) */
  exactQuickWork?: number;
}

/**
 * The last exact shortest-path pass and the graph it was made for. Most edits while coding field
 * data (a label, an attribute, a membership, a forum seat, a setting) leave the ties as they
 * were, and the pass, the one part of the analysis that costs n · m, is then reused as it is.
 * A tie or actor added or removed searches again only from the sources whose shortest paths the
 * change can touch (incremental-paths.ts), on the pool.
 */
/**
 * The share of sources above which an update gives up for a full pass. The searches it saves
 * run on the same threads as a full pass would, but its checks run first on this thread: giving
 * up early keeps a hopeless plan (a tie inside a small-world middle touches about half the
 * sources) from holding up the first answer.
 */
const UPDATE_MAX_SHARE = 0.4;

export class PathMemo {
  private last: { graph: Graph; ids: readonly string[]; paths: PathStats } | null = null;

  /** how to bring the last pass up to `graph`: done already, the searches to make, or null (a full pass is cheaper) */
  plan(graph: Graph, ids: readonly string[]): { stats: PathStats } | { plan: PathUpdatePlan; from: Graph } | null {
    const last = this.last;
    if (!last || last.graph.directed !== graph.directed) return null;
    const plan = planPathUpdate(last.graph, last.paths, graph, oldIndexMap(last.ids, ids), { maxShare: UPDATE_MAX_SHARE });
    if (!plan) return null;
    return 'stats' in plan ? { stats: plan.stats } : { plan, from: last.graph };
  }

  /** whether there is a last pass that an update to `graph` could start from */
  hasBase(graph: Graph): boolean {
    return this.last !== null && this.last.graph.directed === graph.directed;
  }

  reuse(graph: Graph, ids: readonly string[]): PathStats | null {
    const last = this.last;
    if (!last || !sameArcs(last.graph, graph) || last.ids.length !== ids.length) return null;
    for (let i = 0; i < ids.length; i++) if (last.ids[i] !== ids[i]) return null;
    return last.paths;
  }

  remember(graph: Graph, ids: readonly string[], paths: PathStats): void {
    this.last = { graph, ids, paths };
  }

  private lastValued: { graph: Graph; ids: readonly string[]; lengths: PathLengths; paths: PathStats } | null = null;

  /** the last pass on tie strengths, where the ties and their strengths are as they were (an edit of a label, a membership, a setting) */
  reuseValued(graph: Graph, ids: readonly string[], lengths: PathLengths): PathStats | null {
    const last = this.lastValued;
    if (!last || !sameArcs(last.graph, graph) || !sameLengths(last.lengths, lengths) || last.ids.length !== ids.length) return null;
    for (let i = 0; i < ids.length; i++) if (last.ids[i] !== ids[i]) return null;
    return last.paths;
  }

  rememberValued(graph: Graph, ids: readonly string[], lengths: PathLengths, paths: PathStats): void {
    this.lastValued = { graph, ids, lengths, paths };
  }
}

function sameLengths(a: PathLengths, b: PathLengths): boolean {
  if (a.kind !== b.kind || a.length.length !== b.length.length) return false;
  for (let k = 0; k < a.length.length; k++) if (a.length[k] !== b.length[k]) return false;
  return true;
}

/**
 * The analysis in stages. Everything that needs no all-pairs shortest paths is computed on this
 * thread while the pool runs the passes; where the exact pass is quick (or known from the last
 * run) the one answer is exact. Otherwise the first answer has the structure, the findings that
 * rest on it, and the all-pairs measures pending; then betweenness estimated by sampling with
 * its bound, the distances exact; then (progressive) the exact pass, with progress, replaces the
 * estimate. The CLI asks for the final answer only.
 */
export async function analyzeInStages(data: ProjectData, options: AnalyzeOptions, run: StagedRun): Promise<StageReport> {
  const net = prepareNetwork(data, options);
  const g = net.graph;
  const ids = net.actors.map((a) => a.id);
  const memo = run.memo ?? new PathMemo();
  const control = (stage: Exclude<AnalysisStage, 'structure'>): PassControl => ({
    ...(run.cancelled ? { cancelled: run.cancelled } : {}),
    onProgress: (done) => run.onProgress?.(stage, done),
  });
  const quick = run.exactQuickWork ?? EXACT_QUICK_WORK;
  const reused = memo.reuse(g, ids);
  const arcs = g.directed ? g.m : 2 * g.m;
  const bound = { ...DEFAULT_BOUND, ...run.bound, seed: options.seed };
  // the passes: the exact one brought up to date from the last where an edit allows, else made
  // afresh; and the first of them, exact where that is quick (or known), else the estimate
  const startPaths = () => {
    const update = reused ? null : memo.plan(g, ids);
    const known = reused ?? (update && 'stats' in update ? update.stats : null);
    const searches = update && 'plan' in update ? update.plan : null;
    const exactPass = (): Promise<PathStats> =>
      searches && update && 'plan' in update ? updateOnPool(update.from, g, searches, control('exact')) : parallelPathStats(g, undefined, undefined, control('exact'));
    const exactWork = searches ? (searches.before.length + searches.after.length) * arcs : pathWork(g);
    const exactFirst = known !== null || run.mode === 'exact' || (run.mode === 'auto' && exactWork <= quick);
    const firstPass: Promise<{ paths: PathResults; stage: AnalysisStage }> = exactFirst
      ? (known ? Promise.resolve(known) : exactPass()).then((stats) => {
          memo.remember(g, ids, stats);
          return { paths: pathResultsOf(stats), stage: 'exact' as const };
        })
      : estimatePaths(g, bound, !run.progressive || pathWork(g) <= DISTANCES_WITH_ESTIMATE_UP_TO, control('estimate')).then((paths) => ({ paths, stage: 'estimate' as const }));
    return { firstPass, exactPass };
  };
  // Planning an update from the last pass reads every source's distances around the edit, on
  // this thread: at 20,000 actors that held an edit's first findings up by 0.4 s. Where the
  // exact pass is not quick, it waits in the app until they are out; a small network's plan is
  // quick and its one answer exact.
  const planLater = run.progressive && !reused && memo.hasBase(g) && pathWork(g) > quick;

  // The permutation test takes the pool first: the second answer needs it, beside the paths.
  // After an edit to a large network it waits, with the paths, until the first findings are out
  // and the update of the paths is planned: at 20,000 actors it is about 3 s of processor time,
  // and on two cores it ran beside the structure stage and the window (a tie's findings came
  // sooner with it waiting in each of seven paired runs, median 4.5 s instead of 5.4 s).
  const testNow = () => parallelPermutations(g, net.group, options.permutations, options.seed, run.cancelled ? { cancelled: run.cancelled } : {});
  let permutations = planLater ? null : testNow();
  const first = { settled: false };
  // a pass that fails (stopped by a newer edit) is answered where it is awaited, below
  const track = (started: ReturnType<typeof startPaths>) => {
    void started.firstPass.then(
      () => (first.settled = true),
      () => undefined,
    );
    return started;
  };
  let passes = planLater ? null : track(startPaths());
  // the passes are handed to their threads in a microtask: let them go before this thread gets busy
  await nextTurn();
  const analysis = beginAnalysis(net, options);
  if (run.cancelled?.()) throw new PassCancelled();
  // the findings need neither the paths, nor the permutation test, nor the κ and λ counts: they
  // go out now, unless the paths are already there
  if (run.progressive && !first.settled) run.onStage?.({ stage: 'structure', result: analysis.first(), complete: false });
  passes ??= track(startPaths());
  permutations ??= testNow();
  const { firstPass, exactPass } = passes;
  const counts = await permutations;
  if (run.cancelled?.()) throw new PassCancelled();

  const answered = await firstPass;
  // the pass on tie strengths, where the analysis is valued: after the count-based passes, as the
  // findings read none of it; reused while the ties and their strengths are as they were
  const lengths = analysis.weights ? arcLengths(g, analysis.weights) : null;
  const known = lengths ? memo.reuseValued(g, ids, lengths) : null;
  const valuedPass = async (): Promise<PathStats | null> => {
    if (!lengths) return null;
    if (known) return known;
    const stats = await parallelValuedPathStats(g, lengths, control('exact'));
    memo.rememberValued(g, ids, lengths, stats);
    return stats;
  };
  const valuedWaits = lengths !== null && known === null;
  // the CLI's final answer: an estimate stays one (--betweenness approximate), its valued paths
  // left pending, as their pass is as long as the exact one
  if (!run.progressive)
    return { stage: answered.stage, result: analysis.finish({ ...answered.paths, valued: answered.stage === 'exact' ? await valuedPass() : null }, counts), complete: true };
  let paths = answered.paths;
  if (answered.stage !== 'exact') {
    run.onStage?.({ stage: answered.stage, result: analysis.finish(paths, counts), complete: false });
    const exact = await exactPass();
    memo.remember(g, ids, exact);
    paths = pathResultsOf(exact);
  }
  // a small network's pass on strengths comes with its one answer; beyond, the counted figures
  // and the findings go out first and the valued figures follow (at 2,000 actors it held the
  // exact answer back by a second at opening, and every tie's findings by its length)
  if (!valuedWaits || pathWork(g) <= Math.min(VALUED_INLINE_WORK, quick)) return { stage: 'exact', result: analysis.finish({ ...paths, valued: await valuedPass() }, counts), complete: true };
  run.onStage?.({ stage: 'exact', result: analysis.finish(paths, counts), complete: false });
  return { stage: 'exact', result: analysis.finish({ ...paths, valued: await valuedPass() }, counts), complete: true };
}

/** The searches an edit needs, before and after it, sliced over the pool, and the pass they update. */
async function updateOnPool(before: Graph, after: Graph, plan: PathUpdatePlan, control: PassControl): Promise<PathStats> {
  const slices = (sources: number[]) => ranges(sources.length, 4 * defaultThreads()).map(([from, to]) => Int32Array.from(sources.slice(from, to)));
  const old = plan.before.length ? await passOfSources(before, slices(plan.before), control) : null;
  const now = plan.after.length ? await passOfSources(after, slices(plan.after), control) : null;
  return plan.finish(old, now).stats;
}

async function estimatePaths(g: Graph, bound: { epsilon: number; delta: number; seed: number }, withDistances: boolean, control: PassControl): Promise<PathResults> {
  const estimate = await parallelBetweennessEstimate(g, bound, control);
  const distances: DistanceStats | null = withDistances ? await parallelDistances(g, control) : null;
  return {
    betweenness: {
      values: estimate.betweenness,
      method: { method: 'approximate', epsilon: estimate.epsilon, delta: estimate.delta, samples: estimate.samples, seed: estimate.seed },
    },
    distances,
  };
}

/**
 * The final analysis only (the CLI, exports, reports). Exact unless asked otherwise: a report or
 * an export is read as the record, and waits for exact figures.
 */
export async function analyzeOnThreads(
  data: ProjectData,
  options: AnalyzeOptions,
  memo = new PathMemo(),
  how: { mode: BetweennessMode; bound?: { epsilon: number; delta: number } } = { mode: 'exact' },
): Promise<AnalysisResult> {
  return (await analyzeInStages(data, options, { ...how, progressive: false, memo })).result;
}
