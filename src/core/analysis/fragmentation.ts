import { undirectedView, type Graph } from './graph';
import { reciprocalDistanceSum } from './batched-bfs';
import { components, lowpointSearch } from './structure';

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
 * DF of the graph without `removed`; from every source when n · arcs is within `exactWork`, else
 * from an evenly spread sample of sources (documented as an estimate). The searches run 32
 * sources at a time, so the budget buys about ten times the sources one search each would.
 */
export function fragmentationDF(graph: Graph, removed: Uint8Array | null, exactWork = 16_000_000): { value: number | null; estimated: boolean } {
  const h = undirectedView(graph);
  const keep: number[] = [];
  for (let i = 0; i < h.n; i++) if (!removed?.[i]) keep.push(i);
  const n = keep.length;
  if (n < 2) return { value: null, estimated: false };
  const arcs = Math.max(2 * h.m, 1);
  const sumFrom = (sources: number[]) => reciprocalDistanceSum(h.out, h.n, sources, removed ?? undefined);
  if (n * arcs <= exactWork) return { value: 1 - sumFrom(keep) / (n * (n - 1)), estimated: false };
  // whole batches of 32: a part-filled batch costs as much as a full one
  const samples = Math.min(n, Math.max(32, Math.floor(exactWork / arcs / 32) * 32));
  const sample = Array.from({ length: samples }, (_, x) => keep[Math.floor((x * n) / samples)] as number);
  return { value: 1 - (sumFrom(sample) * (n / samples)) / (n * (n - 1)), estimated: true };
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
  const size = new Int32Array(n); // DFS subtree sizes
  const separated = new Float64Array(n); // Σ p(p − 1) over subtrees cut off below the node
  const cutOff = new Int32Array(n); // nodes in those subtrees
  const componentOf = new Int32Array(n);
  const componentSize: number[] = [];
  let basePairs = 0;
  let members = 0;
  lowpointSearch(
    g,
    {
      start: (root) => {
        members = 1;
        size[root] = 1;
        componentOf[root] = componentSize.length;
      },
      tree: (_p, v) => {
        members++;
        size[v] = 1;
        componentOf[v] = componentSize.length;
      },
      done: (p, v, { disc, low }) => {
        size[p] = (size[p] as number) + (size[v] as number);
        // the root's children are all cut off from each other; anyone else keeps the rest with its parent
        if ((low[v] as number) >= (disc[p] as number)) {
          const piece = size[v] as number;
          separated[p] = (separated[p] as number) + piece * (piece - 1);
          cutOff[p] = (cutOff[p] as number) + piece;
        }
      },
      end: () => {
        componentSize.push(members);
        basePairs += members * (members - 1);
      },
    },
    removed,
  );
  const out = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    if (removed[v]) continue;
    const s = componentSize[componentOf[v] as number] as number;
    const rest = s - 1 - (cutOff[v] as number);
    out[v] = basePairs - s * (s - 1) + (separated[v] as number) + rest * (rest - 1);
  }
  return out;
}

/**
 * Greedy search for at most k candidates whose removal maximises F. Each step scores every
 * candidate in one linear pass (pairsAfterRemoving), so all persons can be candidates. The
 * search stops at a step where no candidate cuts anyone else apart: leaving then takes only the
 * leaver's own pairs, and a set padded with such persons (in a small network, everyone) would
 * name people whose loss splits nothing.
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
    const { of, sizes } = components(g, removed);
    let connected = 0;
    for (const size of sizes) connected += size * (size - 1);
    const size = sizes[of[best] as number] as number;
    // (ordered pairs: a leaver in a component of `size` takes 2 (size − 1) of them alone)
    if (bestPairs >= connected - 2 * (size - 1) - 1e-9) break;
    removed[best] = 1;
    members.push(best);
  }
  const df = fragmentationDF(g, removed);
  return { members, F: fragmentationF(g, removed), DF: df.value, dfEstimated: df.estimated };
}
