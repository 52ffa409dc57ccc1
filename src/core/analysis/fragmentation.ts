import { undirectedView, type Graph } from './graph';
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

export function fragmentationF(g: Graph, removed: Uint8Array | null): number | null {
  const remaining = removed ? g.n - removed.reduce((s, r) => s + r, 0) : g.n;
  if (remaining < 2) return null;
  let sum = 0;
  for (const s of components(g, removed ?? undefined).sizes) sum += s * (s - 1);
  return 1 - sum / (remaining * (remaining - 1));
}

/**
 * DF of the graph without `removed`; from every source when n·m is within `exactWork`, else
 * from an evenly spread sample of sources (documented as an estimate).
 */
export function fragmentationDF(graph: Graph, removed: Uint8Array | null, exactWork = 4_000_000): { value: number | null; estimated: boolean } {
  const h = undirectedView(graph);
  const keep: number[] = [];
  for (let i = 0; i < h.n; i++) if (!removed?.[i]) keep.push(i);
  const n = keep.length;
  if (n < 2) return { value: null, estimated: false };
  const arcs = 2 * h.m;
  if (n * Math.max(arcs, 1) <= exactWork) {
    const sum = pathStats(h, { sources: keep, betweenness: false, removed: removed ?? undefined }).reciprocalDistanceSum;
    return { value: 1 - sum / (n * (n - 1)), estimated: false };
  }
  const samples = Math.max(1, Math.floor(exactWork / Math.max(arcs, 1)));
  const sample = Array.from({ length: Math.min(samples, n) }, (_, x) => keep[Math.floor((x * n) / Math.min(samples, n))] as number);
  const sum = pathStats(h, { sources: sample, betweenness: false, removed: removed ?? undefined }).reciprocalDistanceSum;
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
 * For every node at once, the sum Σ s(s − 1) over the components the graph would have without
 * it (Tarjan's depth-first search: the subtrees a cut vertex separates are its children whose
 * low point does not reach above it). One pass instead of one component count per candidate.
 */
export function pairsAfterRemoving(g: Graph, removed: Uint8Array): Float64Array {
  const n = g.n;
  const { start, adj } = g.both;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const size = new Int32Array(n); // DFS subtree sizes
  const parent = new Int32Array(n).fill(-1);
  const next = new Int32Array(n);
  const separated = new Float64Array(n); // Σ p(p − 1) over subtrees cut off below the node
  const cutOff = new Int32Array(n); // nodes in those subtrees
  const rootOf = new Int32Array(n);
  const componentSize: number[] = [];
  const stack = new Int32Array(n);
  let time = 0;
  let basePairs = 0;
  for (let root = 0; root < n; root++) {
    if (removed[root] || (disc[root] as number) >= 0) continue;
    const c = componentSize.length;
    let top = 0;
    stack[0] = root;
    disc[root] = low[root] = time++;
    next[root] = start[root] as number;
    size[root] = 1;
    rootOf[root] = c;
    let members = 1;
    while (top >= 0) {
      const v = stack[top] as number;
      const k = next[v] as number;
      if (k < (start[v + 1] as number)) {
        next[v] = k + 1;
        const w = adj[k] as number;
        if (removed[w]) continue;
        if ((disc[w] as number) < 0) {
          parent[w] = v;
          disc[w] = low[w] = time++;
          next[w] = start[w] as number;
          size[w] = 1;
          rootOf[w] = c;
          members++;
          stack[++top] = w;
        } else if (w !== parent[v]) low[v] = Math.min(low[v] as number, disc[w] as number);
      } else {
        top--;
        const p = parent[v] as number;
        if (p >= 0) {
          low[p] = Math.min(low[p] as number, low[v] as number);
          size[p] = (size[p] as number) + (size[v] as number);
          if ((low[v] as number) >= (disc[p] as number)) {
            const piece = size[v] as number;
            separated[p] = (separated[p] as number) + piece * (piece - 1);
            cutOff[p] = (cutOff[p] as number) + piece;
          }
        }
      }
    }
    componentSize.push(members);
    basePairs += members * (members - 1);
  }
  const out = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    if (removed[v]) continue;
    const s = componentSize[rootOf[v] as number] as number;
    // the root's children are all cut off from each other; anyone else keeps the rest with its parent
    const rest = s - 1 - (cutOff[v] as number);
    out[v] = basePairs - s * (s - 1) + (separated[v] as number) + rest * (rest - 1);
  }
  return out;
}

/**
 * Greedy search for the k candidates whose removal maximises F. Each step scores every
 * candidate in one linear pass (pairsAfterRemoving), so all persons can be candidates.
 */
export function greedyKeyPlayers(g: Graph, candidates: readonly number[], k: number): KeyPlayerSet {
  const removed = new Uint8Array(g.n);
  const members: number[] = [];
  for (let step = 0; step < k; step++) {
    const pairs = pairsAfterRemoving(g, removed);
    let best = -1;
    let bestPairs = Infinity;
    for (const c of candidates) {
      if (removed[c]) continue;
      if ((pairs[c] as number) < bestPairs - 1e-9) {
        bestPairs = pairs[c] as number;
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
