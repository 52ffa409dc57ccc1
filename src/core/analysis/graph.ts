/**
 * A graph in compressed sparse row form: node i's neighbours are adj[start[i] .. start[i+1]).
 * Typed arrays keep the kernels (betweenness on 10,000 nodes) fast and free of per-node objects.
 * Parallel arcs are merged and self-loops dropped: the measures here are for simple graphs.
 */
export interface Csr {
  readonly start: Int32Array;
  readonly adj: Int32Array;
}

export interface Graph {
  readonly n: number;
  readonly directed: boolean;
  /** arcs i → j (for an undirected graph, both directions of every edge) */
  readonly out: Csr;
  /** arcs j → i, indexed by i (the same object as `out` when undirected) */
  readonly in: Csr;
  /** the undirected view: i and j adjacent when an arc joins them either way */
  readonly both: Csr;
  /** number of arcs (directed) or edges (undirected) */
  readonly m: number;
}

/** Whether two graphs have the same nodes and arcs (labels, attributes and weights aside). */
export function sameArcs(a: Graph, b: Graph): boolean {
  if (a.n !== b.n || a.directed !== b.directed || a.m !== b.m) return false;
  const equal = (x: Int32Array, y: Int32Array) => {
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    return true;
  };
  return equal(a.out.start, b.out.start) && equal(a.out.adj, b.out.adj);
}

function csr(n: number, from: Int32Array, to: Int32Array, count: number): Csr {
  const start = new Int32Array(n + 1);
  for (let k = 0; k < count; k++) {
    const f = (from[k] as number) + 1;
    start[f] = (start[f] as number) + 1;
  }
  for (let i = 0; i < n; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const fill = start.slice(0, n);
  const adj = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    const f = from[k] as number;
    const at = fill[f] as number;
    adj[at] = to[k] as number;
    fill[f] = at + 1;
  }
  // sorted neighbour lists make merging duplicates and membership tests cheap; rows are sorted,
  // then compacted in place (the write position never passes the read position)
  const dedupStart = new Int32Array(n + 1);
  let write = 0;
  for (let i = 0; i < n; i++) {
    const rowFrom = start[i] as number;
    const end = start[i + 1] as number;
    if (end - rowFrom > 16) adj.subarray(rowFrom, end).sort();
    else
      for (let k = rowFrom + 1; k < end; k++) {
        const x = adj[k] as number;
        let j = k - 1;
        while (j >= rowFrom && (adj[j] as number) > x) {
          adj[j + 1] = adj[j] as number;
          j--;
        }
        adj[j + 1] = x;
      }
    let last = -1;
    for (let k = rowFrom; k < end; k++) {
      const j = adj[k] as number;
      if (j !== last && j !== i) adj[write++] = j;
      last = j;
    }
    dedupStart[i + 1] = write;
  }
  return { start: dedupStart, adj: adj.slice(0, write) };
}

/** Builds a simple graph from arcs (source, target index pairs). */
export function buildGraph(n: number, sources: ArrayLike<number>, targets: ArrayLike<number>, directed: boolean): Graph {
  const k = sources.length;
  const from = new Int32Array(2 * k);
  const to = new Int32Array(2 * k);
  for (let e = 0; e < k; e++) {
    from[e] = sources[e] as number;
    to[e] = targets[e] as number;
    from[k + e] = targets[e] as number;
    to[k + e] = sources[e] as number;
  }
  const both = csr(n, from, to, 2 * k);
  if (!directed) return { n, directed, out: both, in: both, both, m: both.adj.length / 2 };
  const out = csr(n, from.subarray(0, k), to.subarray(0, k), k);
  const inc = csr(n, to.subarray(0, k), from.subarray(0, k), k);
  return { n, directed, out, in: inc, both, m: out.adj.length };
}

export const degreeOf = (c: Csr, i: number): number => (c.start[i + 1] as number) - (c.start[i] as number);

/** Whether j is among i's neighbours (binary search in the sorted row). */
export function hasArc(c: Csr, i: number, j: number): boolean {
  let lo = c.start[i] as number;
  let hi = (c.start[i + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = c.adj[mid] as number;
    if (v === j) return true;
    if (v < j) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The undirected view as a graph of its own (a tie either way joins two actors). */
export const undirectedView = (g: Graph): Graph =>
  g.directed ? { n: g.n, directed: false, out: g.both, in: g.both, both: g.both, m: g.both.adj.length / 2 } : g;
