import { undirectedView, withoutNodes, type Graph } from './graph';
import { pathStats } from './paths';
import { components } from './structure';

/**
 * Key-player fragmentation (Borgatti 2006). F = 1 − Σ s_k(s_k − 1) / (n(n − 1)) over components
 * of sizes s_k: the share of pairs that cannot reach each other. DF = 1 − Σ_{i≠j} (1/d_ij) /
 * (n(n − 1)): the same, weighted by distance. Both after removing a set of actors, n being the
 * actors that remain. Measured on the undirected view: a tie either way keeps two actors in touch.
 */
export interface Fragmentation {
  F: number | null;
  DF: number | null;
  /** DF from a sample of sources, not every pair (large networks) */
  dfEstimated: boolean;
}

export function fragmentationF(graph: Graph, removed: Uint8Array | null): number | null {
  const g = undirectedView(graph);
  const h = removed ? withoutNodes(g, removed) : g;
  const remaining = removed ? g.n - removed.reduce((s, r) => s + r, 0) : g.n;
  if (remaining < 2) return null;
  const { of, sizes } = components(h);
  let sum = 0;
  if (removed) {
    const counts = new Map<number, number>();
    for (let i = 0; i < g.n; i++) if (!removed[i]) counts.set(of[i] as number, (counts.get(of[i] as number) ?? 0) + 1);
    for (const s of counts.values()) sum += s * (s - 1);
  } else for (const s of sizes) sum += s * (s - 1);
  return 1 - sum / (remaining * (remaining - 1));
}

/**
 * DF of the graph without `removed`; from every source when n·m is within `exactWork`, else
 * from an evenly spread sample of sources (documented as an estimate).
 */
export function fragmentationDF(graph: Graph, removed: Uint8Array | null, exactWork = 30_000_000): { value: number | null; estimated: boolean } {
  const g = undirectedView(graph);
  const h = removed ? withoutNodes(g, removed) : g;
  const keep: number[] = [];
  for (let i = 0; i < g.n; i++) if (!removed?.[i]) keep.push(i);
  const n = keep.length;
  if (n < 2) return { value: null, estimated: false };
  const arcs = 2 * h.m;
  if (n * Math.max(arcs, 1) <= exactWork) {
    const sum = pathStats(h, { sources: keep, betweenness: false }).reciprocalDistanceSum;
    return { value: 1 - sum / (n * (n - 1)), estimated: false };
  }
  const samples = Math.max(1, Math.floor(exactWork / Math.max(arcs, 1)));
  const sample = Array.from({ length: Math.min(samples, n) }, (_, x) => keep[Math.floor((x * n) / Math.min(samples, n))] as number);
  const sum = pathStats(h, { sources: sample, betweenness: false }).reciprocalDistanceSum;
  return { value: 1 - (sum * (n / sample.length)) / (n * (n - 1)), estimated: true };
}

export interface KeyPlayerSet {
  /** indices of the actors whose joint removal fragments the network most, in the order chosen */
  members: number[];
  F: number | null;
  DF: number | null;
  dfEstimated: boolean;
}

/**
 * Greedy search for the k candidates whose removal maximises F (ties broken by the candidates'
 * order). Candidates are bounded by the caller (e.g. the most between actors and the cut
 * vertices): no all-candidates × all-pairs search.
 */
export function greedyKeyPlayers(g: Graph, candidates: readonly number[], k: number): KeyPlayerSet {
  const removed = new Uint8Array(g.n);
  const members: number[] = [];
  for (let step = 0; step < k; step++) {
    let best = -1;
    let bestF = -Infinity;
    for (const c of candidates) {
      if (removed[c]) continue;
      removed[c] = 1;
      const f = fragmentationF(g, removed) ?? -Infinity;
      removed[c] = 0;
      if (f > bestF + 1e-12) {
        bestF = f;
        best = c;
      }
    }
    if (best < 0) break;
    removed[best] = 1;
    members.push(best);
  }
  const df = fragmentationDF(g, removed);
  return { members, F: fragmentationF(g, removed), DF: df.value, dfEstimated: df.estimated };
}
