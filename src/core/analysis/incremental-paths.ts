import { degreeOf, hasArc, type Graph } from './graph';
import { pathStats, type PathStats } from './paths';

/**
 * The shortest-path pass after an edit, from the pass before it: only the sources whose
 * contribution can have changed are searched again (twice: their old contribution out, their new
 * one in), instead of all n. Betweenness, reach, distance sums and the reciprocal distances are
 * all sums of per-source contributions, which is what makes this exact.
 *
 * Which sources: a source s's contribution (its distances, path counts and predecessor DAG) does
 * not change when the arcs removed are on none of its shortest paths in the graph before, and
 * the arcs added are on none of its shortest paths in the graph after. (Take the arcs both graphs
 * share: if s's DAG before lies within them, dropping the removed arcs keeps its distances and
 * so its DAG; the same from the graph after; so both DAGs equal the shared graph's.) Arc u → v is
 * on a shortest path from s iff d(s, u) + 1 = d(s, v) in the graph that has it, and d(·, u) for
 * every s is one search from u along in-arcs. Checking each side against its own whole graph
 * needs no intermediate graphs (the edits need no order). A node removed with its ties changes
 * exactly the sources that reach it (their reach drops); a node added, the sources that reach it
 * after: one multi-source search each way.
 *
 * One edit is cheaper still: a tie that is the only link between two parts (a new actor's
 * first tie, a tie between two components; or, removed, the last) changes every source on both
 * sides, but only through the pairs across it, which two passes from its ends give whole
 * (applyBridge).
 */

export interface UpdatePathStatsOptions {
  /** above this share of the nodes to search again, null (a full pass is cheaper); 0.5 unless given */
  maxShare?: number;
}

export interface UpdatedPathStats {
  stats: PathStats;
  /** the sources searched again (each once before, once after the edit); 2 for a tie that is
   * the only link between two parts (passes from its two ends) */
  recomputed: number;
}

export interface PathUpdatePlan {
  /** the sources to search again in the graph before (their old contributions, to take out) */
  before: number[];
  /** and in the graph after (their new contributions, to put in) */
  after: number[];
  recomputed: number;
  /** the updated pass from pathStats over those sources (null where a list is empty) */
  finish(old: PathStats | null, now: PathStats | null): UpdatedPathStats;
}

/** Distances from every node to the targets along arcs (−1 where none reaches): a search along in-arcs. */
function distancesTo(g: Graph, targets: ArrayLike<number>, dist: Int32Array, queue: Int32Array): void {
  dist.fill(-1);
  let tail = 0;
  for (let k = 0; k < targets.length; k++) {
    const t = targets[k] as number;
    if ((dist[t] as number) < 0) {
      dist[t] = 0;
      queue[tail++] = t;
    }
  }
  const { start, adj } = g.in;
  let head = 0;
  while (head < tail) {
    const v = queue[head++] as number;
    const next = (dist[v] as number) + 1;
    const end = start[v + 1] as number;
    for (let k = start[v] as number; k < end; k++) {
      const w = adj[k] as number;
      if ((dist[w] as number) < 0) {
        dist[w] = next;
        queue[tail++] = w;
      }
    }
  }
}

/**
 * The arcs between nodes both graphs have that one has and the other lacks, as flat pairs
 * (before's indices for the removed, after's for the added). Undirected edges once each.
 */
function changedArcs(
  before: Graph,
  after: Graph,
  oldIndexOf: Int32Array,
  newIndexOf: Int32Array,
): { removed: number[]; added: number[] } {
  const removed: number[] = [];
  const added: number[] = [];
  const was: number[] = [];
  const is: number[] = [];
  const bs = before.out.start;
  const ba = before.out.adj;
  const as = after.out.start;
  const aa = after.out.adj;
  // an undirected edge is compared once, from its lower end in after's numbering
  const keep = (i: number, x: number) => after.directed || x > i;
  for (let i = 0; i < after.n; i++) {
    const j = oldIndexOf[i] as number;
    if (j < 0) continue;
    // before's row in after's numbering (indices may shift, so sorted again), kept nodes only;
    // arcs to added nodes are left out on both sides (their node's search covers them)
    was.length = 0;
    for (let k = bs[j] as number; k < (bs[j + 1] as number); k++) {
      const x = newIndexOf[ba[k] as number] as number;
      if (x >= 0 && keep(i, x)) was.push(x);
    }
    was.sort((p, q) => p - q);
    is.length = 0;
    for (let k = as[i] as number; k < (as[i + 1] as number); k++) {
      const y = aa[k] as number;
      if ((oldIndexOf[y] as number) >= 0 && keep(i, y)) is.push(y);
    }
    let p = 0;
    let q = 0;
    while (p < was.length || q < is.length) {
      const x = p < was.length ? (was[p] as number) : Infinity;
      const y = q < is.length ? (is[q] as number) : Infinity;
      if (x === y) {
        p++;
        q++;
      } else if (x < y) {
        removed.push(j, oldIndexOf[x] as number);
        p++;
      } else {
        added.push(i, y);
        q++;
      }
    }
  }
  return { removed, added };
}

/**
 * Marks the sources (of graph g) whose shortest paths use one of the arcs (flat pairs u, v):
 * d(s, u) + 1 = d(s, v), or either way round for an undirected edge. The distances to an arc's
 * first end are kept while the arcs from that end follow (a new actor's ties share an end).
 * Returns false when the searches needed pass the budget.
 */
function markArcUsers(
  g: Graph,
  arcs: number[],
  mark: (s: number) => void,
  budget: { searches: number },
): boolean {
  const n = g.n;
  const du = new Int32Array(n);
  const dv = new Int32Array(n);
  const queue = new Int32Array(n);
  const order = Array.from({ length: arcs.length / 2 }, (_, e) => e).sort(
    (a, b) => (arcs[2 * a] as number) - (arcs[2 * b] as number),
  );
  let lastU = -1;
  for (const e of order) {
    const u = arcs[2 * e] as number;
    const v = arcs[2 * e + 1] as number;
    if (u !== lastU) {
      if (--budget.searches < 0) return false;
      distancesTo(g, [u], du, queue);
      lastU = u;
    }
    if (--budget.searches < 0) return false;
    distancesTo(g, [v], dv, queue);
    if (g.directed) {
      for (let s = 0; s < n; s++) {
        const a = du[s] as number;
        if (a >= 0 && a + 1 === dv[s]) mark(s);
      }
    } else {
      for (let s = 0; s < n; s++) {
        const a = du[s] as number;
        const b = dv[s] as number;
        if (a >= 0 && (a + 1 === b || b + 1 === a)) mark(s);
      }
    }
  }
  return true;
}

/**
 * The tie a change consists of when it joins two parts of the network that nothing else joins
 * (an actor's first tie, or a tie between two components), or, read the other way, cuts them
 * apart. In `rich` (the graph with the tie) u and v are adjacent and every path between their
 * sides crosses the tie; in `poor` they are not adjacent, and nothing else differs. `fresh`:
 * rich's nodes absent from poor; `arcs`: the arcs changed between nodes both have, flat, in
 * rich's numbering; `toPoor`: rich's index to poor's, −1 when absent. Returns the ends and v's
 * side (u's side is the rest), or null when the change is not that.
 */
function bridgeOf(
  rich: Graph,
  poor: Graph,
  toPoor: Int32Array,
  fresh: readonly number[],
  arcs: readonly number[],
): { u: number; v: number; sideOfV: Uint8Array } | null {
  const both = rich.both;
  let u: number;
  let v: number;
  if (fresh.length === 1 && arcs.length === 0) {
    // a new actor with one neighbour
    v = fresh[0] as number;
    if (degreeOf(both, v) !== 1) return null;
    u = both.adj[both.start[v] as number] as number;
  } else if (fresh.length === 0 && arcs.length > 0) {
    u = arcs[0] as number;
    v = arcs[1] as number;
    for (let k = 0; k < arcs.length; k += 2) {
      const x = arcs[k] as number;
      const y = arcs[k + 1] as number;
      if (!((x === u && y === v) || (x === v && y === u))) return null;
    }
    // u and v must not stay adjacent by an arc the other way
    if (hasArc(poor.both, toPoor[u] as number, toPoor[v] as number)) return null;
  } else return null;
  // v's side: what v reaches in the undirected view without the tie; reaching u means a cycle
  const sideOfV = new Uint8Array(rich.n);
  const queue = new Int32Array(rich.n);
  sideOfV[v] = 1;
  queue[0] = v;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const x = queue[head++] as number;
    for (let k = both.start[x] as number; k < (both.start[x + 1] as number); k++) {
      const y = both.adj[k] as number;
      if (y === u) {
        if (x === v) continue;
        return null;
      }
      if (!sideOfV[y]) {
        sideOfV[y] = 1;
        queue[tail++] = y;
      }
    }
  }
  return { u, v, sideOfV };
}

/** Distances from root along the rows of c, never entering nodes marked in `blocked`. */
function searchWithin(c: Graph['out'], root: number, blocked: Uint8Array, flag: number): Int32Array {
  const n = blocked.length;
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  dist[root] = 0;
  queue[0] = root;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const x = queue[head++] as number;
    for (let k = c.start[x] as number; k < (c.start[x + 1] as number); k++) {
      const y = c.adj[k] as number;
      if (blocked[y] !== flag && (dist[y] as number) < 0) {
        dist[y] = (dist[x] as number) + 1;
        queue[tail++] = y;
      }
    }
  }
  return dist;
}

const reversed = (g: Graph): Graph => (g.directed ? { ...g, out: g.in, in: g.out } : g);

/**
 * Adds (sign 1) or takes out (sign −1), in place, the part of graph g's pass that the tie
 * between u and v makes, when it is a bridge (bridgeOf). Paths inside either side never cross
 * it (they would cross twice), so only the pairs across change. For the arc x → y: the sources
 * A on x's side that reach x, at a(s), and the targets B on y's side that y reaches, at b(t);
 * every pair s, t is joined through the arc with σ_st = σ_sx σ_yt, so for w on x's side the
 * share of its paths through w is s's dependency on w towards x alone (x counting whole), and
 * on y's side y's towards t. Summed: |B| times a pass into x (along reversed arcs) plus |A|
 * times a pass from y; reach and distance sums by |B| and the distances; the reciprocal
 * distances from the two distance histograms. Two single-source passes per direction instead
 * of a pass from every source on both sides.
 */
function applyBridge(g: Graph, u: number, v: number, sideOfV: Uint8Array, into: PathStats, sign: 1 | -1): PathStats {
  const n = g.n;
  // a pathStats pass halves betweenness in an undirected graph; the pairs here are ordered
  const unhalve = g.directed ? 1 : 2;
  const change = new Float64Array(n);
  const { reach, distanceSum } = into;
  for (const [x, y] of [
    [u, v],
    [v, u],
  ] as const) {
    if (!hasArc(g.out, x, y)) continue;
    const ySide = sideOfV[y] as number;
    const xSide = 1 - ySide;
    // nodes on the other side are never entered; sideOfV holds 1 for v's side, 0 for the rest
    const a = searchWithin(g.in, x, sideOfV, ySide);
    const b = searchWithin(g.out, y, sideOfV, xSide);
    let sizeA = 0;
    let sizeB = 0;
    let sumB = 0;
    const histA: number[] = [];
    const histB: number[] = [];
    for (let i = 0; i < n; i++) {
      const da = a[i] as number;
      if (da >= 0) {
        sizeA++;
        histA[da] = (histA[da] ?? 0) + 1;
      }
      const db = b[i] as number;
      if (db >= 0) {
        sizeB++;
        sumB += db;
        histB[db] = (histB[db] ?? 0) + 1;
      }
    }
    const removeY = new Uint8Array(n);
    const removeX = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      if (sideOfV[i] === ySide) removeY[i] = 1;
      else removeX[i] = 1;
    }
    const into_x = pathStats(reversed(g), { sources: [x], removed: removeY, locality: false });
    const from_y = pathStats(g, { sources: [y], removed: removeX, locality: false });
    for (let i = 0; i < n; i++) {
      change[i] =
        (change[i] as number) +
        unhalve * (sizeB * (into_x.betweenness[i] as number) + sizeA * (from_y.betweenness[i] as number));
      const da = a[i] as number;
      if (da >= 0) {
        reach[i] = (reach[i] as number) + sign * sizeB;
        distanceSum[i] = (distanceSum[i] as number) + sign * (sizeB * (da + 1) + sumB);
      }
    }
    change[x] = (change[x] as number) + (sizeA - 1) * sizeB;
    change[y] = (change[y] as number) + sizeA * (sizeB - 1);
    let recip = 0;
    histA.forEach((ca, da) => histB.forEach((cb, db) => (recip += (ca * cb) / (da + db + 1))));
    into.reciprocalDistanceSum += sign * recip;
  }
  const { betweenness } = into;
  for (let i = 0; i < n; i++) {
    const was = betweenness[i] as number;
    const c = (change[i] as number) / unhalve;
    const now = was + sign * c;
    // what is left of a betweenness that is now zero is rounding: keep the zero exact
    betweenness[i] = now <= 1e-11 * (Math.abs(was) + c) ? 0 : now;
  }
  return into;
}

/** A pass in before's numbering put in after's: a node new to after starts at zero. */
function reindexed(stats: PathStats, oldIndexOf: Int32Array): PathStats {
  const n = oldIndexOf.length;
  const out: PathStats = {
    betweenness: new Float64Array(n),
    reach: new Int32Array(n),
    distanceSum: new Float64Array(n),
    reciprocalDistanceSum: stats.reciprocalDistanceSum,
  };
  for (let i = 0; i < n; i++) {
    const j = oldIndexOf[i] as number;
    if (j < 0) continue;
    out.betweenness[i] = stats.betweenness[j] as number;
    out.reach[i] = stats.reach[j] as number;
    out.distanceSum[i] = stats.distanceSum[j] as number;
  }
  return out;
}

/**
 * What updating the pass takes: either the answer already (nothing to search again, or a tie
 * taken from its two ends), or the sources to search in each graph and how to finish from the
 * two passes. Apart so the engine can spread those passes over its threads (a pass over a list
 * of sources adds up over slices of it, as mergePathStats does). Null as for updatePathStats.
 */
export function planPathUpdate(
  before: Graph,
  stats: PathStats,
  after: Graph,
  oldIndexOf: Int32Array,
  o: UpdatePathStatsOptions = {},
): UpdatedPathStats | PathUpdatePlan | null {
  const nb = before.n;
  const na = after.n;
  if (before.directed !== after.directed) return null;
  if (oldIndexOf.length !== na || stats.reach.length !== nb)
    throw new Error('analysis/incremental-paths: the index map or the pass does not fit the graphs');
  const newIndexOf = new Int32Array(nb).fill(-1);
  for (let i = 0; i < na; i++) {
    const j = oldIndexOf[i] as number;
    if (j < 0) continue;
    if (j >= nb || (newIndexOf[j] as number) >= 0)
      throw new Error(`analysis/incremental-paths: node ${i} maps to ${j}, out of range or taken`);
    newIndexOf[j] = i;
  }
  const limit = (o.maxShare ?? 0.5) * na;
  const budget = { searches: Math.floor(limit) };

  // the sources to search again, marked on both sides at once (a kept node is one source)
  const markB = new Uint8Array(nb);
  const markA = new Uint8Array(na);
  let count = 0;
  const markBefore = (j: number) => {
    if (markB[j]) return;
    markB[j] = 1;
    count++;
    const i = newIndexOf[j] as number;
    if (i >= 0) markA[i] = 1;
  };
  const markAfter = (i: number) => {
    if (markA[i]) return;
    markA[i] = 1;
    count++;
    const j = oldIndexOf[i] as number;
    if (j >= 0) markB[j] = 1;
  };

  const gone: number[] = [];
  for (let j = 0; j < nb; j++) if ((newIndexOf[j] as number) < 0) gone.push(j);
  const come: number[] = [];
  for (let i = 0; i < na; i++) if ((oldIndexOf[i] as number) < 0) come.push(i);
  const { removed, added } = changedArcs(before, after, oldIndexOf, newIndexOf);

  // a tie that joins two parts nothing else joins (an actor's first tie, a tie between two
  // components), or that cuts them apart, touches every source on both sides, but only through
  // the pairs across it: passes from its two ends do
  if (gone.length === 0 && removed.length === 0) {
    const tie = bridgeOf(after, before, oldIndexOf, come, added);
    if (tie) return { stats: applyBridge(after, tie.u, tie.v, tie.sideOfV, reindexed(stats, oldIndexOf), 1), recomputed: 2 };
  }
  if (come.length === 0 && added.length === 0) {
    const tie = bridgeOf(before, after, newIndexOf, gone, removed);
    if (tie) {
      const copy: PathStats = {
        betweenness: stats.betweenness.slice(),
        reach: stats.reach.slice(),
        distanceSum: stats.distanceSum.slice(),
        reciprocalDistanceSum: stats.reciprocalDistanceSum,
      };
      const cut = applyBridge(before, tie.u, tie.v, tie.sideOfV, copy, -1);
      return { stats: reindexed(cut, oldIndexOf), recomputed: 2 };
    }
  }

  if (gone.length > 0) {
    const dist = new Int32Array(nb);
    distancesTo(before, gone, dist, new Int32Array(nb));
    for (let s = 0; s < nb; s++) if ((dist[s] as number) >= 0) markBefore(s);
  }
  if (come.length > 0) {
    const dist = new Int32Array(na);
    distancesTo(after, come, dist, new Int32Array(na));
    for (let s = 0; s < na; s++) if ((dist[s] as number) >= 0) markAfter(s);
  }
  if (count > limit) return null;

  if (!markArcUsers(before, removed, markBefore, budget)) return null;
  if (count > limit) return null;
  if (!markArcUsers(after, added, markAfter, budget)) return null;
  if (count > limit) return null;

  const sourcesB: number[] = [];
  for (let j = 0; j < nb; j++) if (markB[j]) sourcesB.push(j);
  const sourcesA: number[] = [];
  for (let i = 0; i < na; i++) if (markA[i]) sourcesA.push(i);
  if (sourcesB.length === 0 && sourcesA.length === 0) return { stats: reindexed(stats, oldIndexOf), recomputed: 0 };

  const finish = (old: PathStats | null, now: PathStats | null): UpdatedPathStats => {
    const betweenness = new Float64Array(na);
    const reach = new Int32Array(na);
    const distanceSum = new Float64Array(na);
    for (let i = 0; i < na; i++) {
      const j = oldIndexOf[i] as number;
      let b = now ? (now.betweenness[i] as number) : 0;
      if (j >= 0) {
        const kept = stats.betweenness[j] as number;
        const out = old ? (old.betweenness[j] as number) : 0;
        b += kept - out;
        // what is left of a betweenness that is now zero is rounding: keep the zero exact
        if (b <= 1e-11 * (Math.abs(kept) + Math.abs(out))) b = 0;
      }
      betweenness[i] = b;
      // reach and distance sums are per source: a source searched again has its new values whole
      if (markA[i]) {
        reach[i] = (now as PathStats).reach[i] as number;
        distanceSum[i] = (now as PathStats).distanceSum[i] as number;
      } else {
        reach[i] = stats.reach[j] as number;
        distanceSum[i] = stats.distanceSum[j] as number;
      }
    }
    const reciprocalDistanceSum =
      stats.reciprocalDistanceSum - (old?.reciprocalDistanceSum ?? 0) + (now?.reciprocalDistanceSum ?? 0);
    return { stats: { betweenness, reach, distanceSum, reciprocalDistanceSum }, recomputed: count };
  };
  return { before: sourcesB, after: sourcesA, recomputed: count, finish };
}

/**
 * The pass for `after` from `stats`, the pass for `before`. `oldIndexOf[i]` is the index in
 * `before` of after's node i, or −1 for a node added; before's nodes no after-node maps to were
 * removed (with their arcs). Null when more than `maxShare` of the nodes would be searched again
 * (or the checks themselves would take that many searches): the caller runs the full pass.
 */
export function updatePathStats(
  before: Graph,
  stats: PathStats,
  after: Graph,
  oldIndexOf: Int32Array,
  o: UpdatePathStatsOptions = {},
): UpdatedPathStats | null {
  const plan = planPathUpdate(before, stats, after, oldIndexOf, o);
  if (!plan || 'stats' in plan) return plan;
  // relabelling for locality takes about as long as a few searches: not for a handful of sources
  const pass = (g: Graph, sources: number[]) =>
    sources.length === 0 ? null : pathStats(g, sources.length < 32 ? { sources, locality: false } : { sources });
  return plan.finish(pass(before, plan.before), pass(after, plan.after));
}

/**
 * The index map `updatePathStats` reads, from the node ids in each graph's order: after's node
 * i ↦ its index before, −1 for a node that is new.
 */
export function oldIndexMap(beforeIds: readonly string[], afterIds: readonly string[]): Int32Array {
  const at = new Map<string, number>();
  beforeIds.forEach((id, j) => at.set(id, j));
  return Int32Array.from(afterIds, (id) => at.get(id) ?? -1);
}
