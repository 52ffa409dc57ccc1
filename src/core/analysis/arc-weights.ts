import type { Csr, Graph } from './graph';

/**
 * Tie values laid over a graph's rows: one number per entry of each CSR view, in the same order,
 * so the kernels read a value where they read a neighbour. Ties that the graph merges (two ties
 * between the same pair, of different types) add their values, as igraph's simplify does by
 * default; a tie in both directions of a directed network adds to both arcs.
 */
export interface ArcWeights {
  /** a_ij on each arc i → j (both directions of an undirected edge carry its value) */
  readonly out: Float64Array;
  /** a_ji on each entry of row i of `in` (the arc j → i) */
  readonly in: Float64Array;
  /** the mutual value a_ij + a_ji on each entry of the undirected view (2·a for an undirected edge) */
  readonly both: Float64Array;
}

/** where j sits in row i (rows are sorted), or −1 */
function entry(c: Csr, i: number, j: number): number {
  let lo = c.start[i] as number;
  let hi = (c.start[i + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = c.adj[mid] as number;
    if (x === j) return mid;
    if (x < j) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The values of the arcs the graph was built from (`sources[k] → targets[k]` carries
 * `values[k]`; for an undirected graph each edge given once, in either direction). Self-loops are
 * dropped as the graph drops them.
 */
export function arcWeights(g: Graph, sources: ArrayLike<number>, targets: ArrayLike<number>, values: ArrayLike<number>): ArcWeights {
  const out = new Float64Array(g.out.adj.length);
  const inw = g.directed ? new Float64Array(g.in.adj.length) : out;
  const both = g.directed ? new Float64Array(g.both.adj.length) : new Float64Array(g.out.adj.length);
  const add = (w: Float64Array, c: Csr, i: number, j: number, value: number) => {
    const at = entry(c, i, j);
    if (at >= 0) w[at] = (w[at] as number) + value;
  };
  for (let k = 0; k < sources.length; k++) {
    const s = sources[k] as number;
    const t = targets[k] as number;
    const value = values[k] as number;
    if (s === t) continue;
    add(out, g.out, s, t, value);
    if (g.directed) add(inw, g.in, t, s, value);
    else add(out, g.out, t, s, value);
    add(both, g.both, s, t, value);
    add(both, g.both, t, s, value);
  }
  if (!g.directed) for (let k = 0; k < both.length; k++) both[k] = (both[k] as number) * 2;
  return { out, in: inw, both };
}

/** The sum of the values on each row: strength (weighted degree) out, or in when given `in`. */
export function rowSums(c: Csr, w: Float64Array, n: number): Float64Array {
  const sums = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = c.start[i] as number; k < (c.start[i + 1] as number); k++) s += w[k] as number;
    sums[i] = s;
  }
  return sums;
}
