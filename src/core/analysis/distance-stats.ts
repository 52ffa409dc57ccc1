import type { Graph } from './graph';

/**
 * Reach, distance sums and the sum of reciprocal distances (what closeness, reach and
 * distance-weighted fragmentation need) without path counts, 64 breadth-first searches at a
 * time with one bit per source (multi-source BFS, Then et al. 2014): an arc is crossed once
 * per level for all the sources whose frontier holds it, and "seen before?" is a bit mask.
 * Two 32-bit words per node rather than batched-bfs.ts's one: a fifth to a third faster on the
 * 20,000-actor project, as each arc read from memory serves twice the searches. The widest
 * levels run bottom-up (each node gathers bits from its neighbours until it has all it lacks).
 *
 * The searches run backwards, along the arcs INTO each node, from targets: a node w that the
 * search from target t finds at level d lies at d(w, t) = d, so w's own sums (over the nodes it
 * reaches) gain 1 and d. Each node's values are therefore partial sums over the targets of the
 * slice; added up over slices that cover every node they are exactly `pathStats`' values. (A
 * slice here is a set of targets, not of sources as in `pathStats`: only the totals agree.)
 */
export interface DistanceStats {
  /** nodes reachable from each node along arcs, itself not counted */
  reach: Int32Array;
  /** sum of the distances to the nodes each node reaches */
  distanceSum: Float64Array;
  /** Σ over ordered pairs (i ≠ j) of 1 / d(i, j), unreachable pairs adding 0 */
  reciprocalDistanceSum: number;
}

export interface DistanceStatsOptions {
  /** the searches' starting nodes (targets, the searches running backwards): every node by
   * default, a slice [from, to), or a list; a node listed twice counts twice */
  from?: number;
  to?: number;
  sources?: ArrayLike<number>;
  /** asked before each batch of searches: true ends the pass there (see PathStatsOptions) */
  stopped?: () => boolean;
}

const WIDTH = 64;
/**
 * A level runs bottom-up once its frontier's arcs exceed an eighth of the arcs of the nodes
 * still missing some search: measured between 4 and 16 on the 20,000-actor project and a
 * 10,000-node scale-free graph, 8 the best (1.4 to 2 times faster than top-down alone).
 */
const PULL_RATIO = 8;

export function distanceStats(g: Graph, o: DistanceStatsOptions = {}): DistanceStats {
  const n = g.n;
  const from = Math.max(0, o.from ?? 0);
  const to = Math.min(n, o.to ?? n);
  const list = o.sources;
  const count = list ? list.length : Math.max(0, to - from);
  const { start, adj } = g.in;
  const { start: outStart, adj: outAdj } = g.out;
  const reach = new Int32Array(n);
  const distanceSum = new Float64Array(n);
  let reciprocal = 0;

  // words 2v and 2v + 1 hold node v's bits for the batch's first and last 32 searches
  const seen = new Int32Array(2 * n);
  const frontier = new Int32Array(2 * n);
  const next = new Int32Array(2 * n);
  // the nodes holding frontier bits, those reached this level, and all seen in this batch: the
  // work then follows the searches, not n per level (a field network has many small components)
  let active = new Int32Array(n);
  let touched = new Int32Array(n);
  const visited = new Int32Array(n);
  // whether a node is on the visited list already, whose seen words are cleared after the batch
  const mark = new Uint8Array(n);
  const pendingList = new Int32Array(n);

  for (let first = 0; first < count; first += WIDTH) {
    if (o.stopped?.()) break;
    const last = Math.min(first + WIDTH, count);
    let activeCount = 0;
    let visitedCount = 0;
    for (let x = first; x < last; x++) {
      const s = list ? (list[x] as number) : from + x;
      const word = 2 * s + ((x - first) >>> 5);
      const bit = 1 << (x - first); // shifts count mod 32: bit x − first − 32 of the second word
      if (mark[s] === 0) {
        mark[s] = 1;
        visited[visitedCount++] = s;
        active[activeCount++] = s;
      }
      seen[word] = (seen[word] as number) | bit;
      frontier[word] = (frontier[word] as number) | bit;
    }
    const size = last - first;
    const full0 = size >= 32 ? -1 : (1 << size) - 1;
    const full1 = size >= 64 ? -1 : size > 32 ? (1 << (size - 32)) - 1 : 0;
    let pending = -1; // how many nodes the pending list holds, −1 until it is first needed
    let pendingArcs = outAdj.length;
    for (let level = 1; activeCount > 0; level++) {
      let touchedCount = 0;
      let frontierArcs = 0;
      for (let i = 0; i < activeCount; i++) {
        const v = active[i] as number;
        frontierArcs += (start[v + 1] as number) - (start[v] as number);
      }
      if (frontierArcs * PULL_RATIO > pendingArcs) {
        // Bottom-up (Beamer et al. 2012): each node still missing some searches gathers the
        // frontier bits of the nodes it points to, and stops as soon as it has all it misses;
        // cheaper than pushing once the frontier holds most arcs
        if (pending < 0) {
          pending = 0;
          for (let w = 0; w < n; w++) pendingList[pending++] = w;
        }
        let kept = 0;
        pendingArcs = 0;
        for (let i = 0; i < pending; i++) {
          const w = pendingList[i] as number;
          const w2 = 2 * w;
          const need0 = full0 & ~(seen[w2] as number);
          const need1 = full1 & ~(seen[w2 + 1] as number);
          if ((need0 | need1) === 0) continue;
          pendingList[kept++] = w;
          const end = outStart[w + 1] as number;
          pendingArcs += end - (outStart[w] as number);
          let a0 = 0;
          let a1 = 0;
          for (let k = outStart[w] as number; k < end; k++) {
            const v2 = 2 * (outAdj[k] as number);
            a0 |= frontier[v2] as number;
            a1 |= frontier[v2 + 1] as number;
            if ((a0 & need0) === need0 && (a1 & need1) === need1) break;
          }
          if (((a0 & need0) | (a1 & need1)) === 0) continue;
          next[w2] = a0;
          next[w2 + 1] = a1;
          touched[touchedCount++] = w;
        }
        pending = kept;
        for (let i = 0; i < activeCount; i++) {
          const v2 = 2 * (active[i] as number);
          frontier[v2] = 0;
          frontier[v2 + 1] = 0;
        }
      } else {
        for (let i = 0; i < activeCount; i++) {
          const v = active[i] as number;
          const f0 = frontier[2 * v] as number;
          const f1 = frontier[2 * v + 1] as number;
          frontier[2 * v] = 0;
          frontier[2 * v + 1] = 0;
          const end = start[v + 1] as number;
          for (let k = start[v] as number; k < end; k++) {
            const w2 = 2 * (adj[k] as number);
            const b0 = next[w2] as number;
            const b1 = next[w2 + 1] as number;
            if ((b0 | b1) === 0) touched[touchedCount++] = w2 >>> 1;
            next[w2] = b0 | f0;
            next[w2 + 1] = b1 | f1;
          }
        }
      }
      let found = 0;
      let fresh = 0;
      for (let i = 0; i < touchedCount; i++) {
        const w = touched[i] as number;
        const w2 = 2 * w;
        const was0 = seen[w2] as number;
        const was1 = seen[w2 + 1] as number;
        const bits0 = (next[w2] as number) & ~was0;
        const bits1 = (next[w2 + 1] as number) & ~was1;
        next[w2] = 0;
        next[w2 + 1] = 0;
        if ((bits0 | bits1) === 0) continue;
        if (mark[w] === 0) {
          mark[w] = 1;
          visited[visitedCount++] = w;
        }
        seen[w2] = was0 | bits0;
        seen[w2 + 1] = was1 | bits1;
        frontier[w2] = bits0;
        frontier[w2 + 1] = bits1;
        touched[fresh++] = w;
        const c = popcount(bits0) + popcount(bits1);
        reach[w] = (reach[w] as number) + c;
        distanceSum[w] = (distanceSum[w] as number) + c * level;
        found += c;
      }
      reciprocal += found / level;
      [active, touched] = [touched, active];
      activeCount = fresh;
    }
    for (let i = 0; i < visitedCount; i++) {
      const v = visited[i] as number;
      mark[v] = 0;
      seen[2 * v] = 0;
      seen[2 * v + 1] = 0;
    }
  }
  return { reach, distanceSum, reciprocalDistanceSum: reciprocal };
}

export function mergeDistanceStats(parts: readonly DistanceStats[]): DistanceStats {
  const first = parts[0];
  if (!first) throw new Error('analysis/distance-stats: nothing to merge');
  const n = first.reach.length;
  const out: DistanceStats = { reach: new Int32Array(n), distanceSum: new Float64Array(n), reciprocalDistanceSum: 0 };
  for (const p of parts) {
    for (let i = 0; i < n; i++) {
      out.reach[i] = (out.reach[i] as number) + (p.reach[i] as number);
      out.distanceSum[i] = (out.distanceSum[i] as number) + (p.distanceSum[i] as number);
    }
    out.reciprocalDistanceSum += p.reciprocalDistanceSum;
  }
  return out;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
