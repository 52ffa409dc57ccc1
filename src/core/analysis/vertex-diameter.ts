import type { Graph } from './graph';
import { stronglyConnected } from './structure';

/**
 * An upper bound on the vertex diameter: the most nodes any shortest path holds (its arcs plus
 * one). Sampled betweenness needs one for its sample size (Riondato & Kornaropoulos 2016), and
 * only its logarithm enters, so a bound within a factor of two costs a sample or so in ten; an
 * exact diameter would cost a search from every node, which is what sampling avoids.
 */
export function vertexDiameterBound(g: Graph): number {
  if (g.n === 0) return 0;
  return g.directed ? directedBound(g) : undirectedBound(g);
}

/**
 * Breadth-first search from `root` along the rows of (start, adj), entering only nodes `inside`
 * admits and not yet given a distance; returns how many it reached (they are queue[0 .. that)),
 * the last of them at the eccentricity.
 */
function searchFrom(root: number, start: Int32Array, adj: Int32Array, dist: Int32Array, queue: Int32Array, inside: (w: number) => boolean): number {
  dist[root] = 0;
  queue[0] = root;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = queue[head++] as number;
    const next = (dist[v] as number) + 1;
    for (let k = start[v] as number; k < (start[v + 1] as number); k++) {
      const w = adj[k] as number;
      if ((dist[w] as number) < 0 && inside(w)) {
        dist[w] = next;
        queue[tail++] = w;
      }
    }
  }
  return tail;
}

/**
 * Per connected component, one search from a root r: any two nodes u, v lie within
 * d(u, r) + d(r, v) ≤ 2·ecc(r) of each other, so no shortest path holds more than 2·ecc(r) + 1
 * nodes; nor more than the component has.
 */
function undirectedBound(g: Graph): number {
  const n = g.n;
  const { start, adj } = g.out;
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let best = 1;
  for (let root = 0; root < n; root++) {
    if ((dist[root] as number) >= 0) continue;
    const tail = searchFrom(root, start, adj, dist, queue, () => true);
    const eccentricity = dist[queue[tail - 1] as number] as number;
    best = Math.max(best, Math.min(2 * eccentricity + 1, tail));
  }
  return best;
}

/**
 * Directed: a shortest path crosses the strongly connected components along a chain of the
 * condensation (it can never come back into a component it left), and inside a component C it
 * is a shortest path of C itself (any path between two nodes of C stays in C). Within C, from a
 * root r, d(u, v) ≤ d(u, r) + d(r, v) ≤ eccIn(r) + eccOut(r), so that piece holds at most
 * w(C) = min(|C|, eccIn(r) + eccOut(r) + 1) nodes. The bound is the heaviest chain of the
 * condensation weighted by w: far below the largest weak component's size on the field's
 * networks, where most components are single actors.
 */
function directedBound(g: Graph): number {
  const n = g.n;
  const { of, sizes } = stronglyConnected(g);
  const count = sizes.length;
  // nodes grouped by component (counting sort), so each component's nodes and arcs are at hand
  const first = new Int32Array(count + 1);
  for (let v = 0; v < n; v++) first[(of[v] as number) + 1] = (first[(of[v] as number) + 1] as number) + 1;
  for (let c = 0; c < count; c++) first[c + 1] = (first[c + 1] as number) + (first[c] as number);
  const members = new Int32Array(n);
  const fill = first.slice(0, count);
  for (let v = 0; v < n; v++) {
    const c = of[v] as number;
    members[fill[c] as number] = v;
    fill[c] = (fill[c] as number) + 1;
  }

  const weight = new Int32Array(count);
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const eccentricityWithin = (root: number, c: number, start: Int32Array, adj: Int32Array): number => {
    const tail = searchFrom(root, start, adj, dist, queue, (w) => of[w] === c);
    const eccentricity = dist[queue[tail - 1] as number] as number;
    for (let i = 0; i < tail; i++) dist[queue[i] as number] = -1;
    return eccentricity;
  };
  for (let c = 0; c < count; c++) {
    const size = sizes[c] as number;
    if (size <= 2) {
      weight[c] = size;
      continue;
    }
    const root = members[first[c] as number] as number;
    const around = eccentricityWithin(root, c, g.out.start, g.out.adj) + eccentricityWithin(root, c, g.in.start, g.in.adj) + 1;
    weight[c] = Math.min(size, around);
  }

  // heaviest chain ending at each component, components taken in topological order (Kahn)
  const inDegree = new Int32Array(count);
  for (let v = 0; v < n; v++)
    for (let k = g.out.start[v] as number; k < (g.out.start[v + 1] as number); k++) {
      const w = g.out.adj[k] as number;
      if (of[w] !== of[v]) inDegree[of[w] as number] = (inDegree[of[w] as number] as number) + 1;
    }
  const chain = Int32Array.from(weight);
  const ready = new Int32Array(count);
  let tail = 0;
  for (let c = 0; c < count; c++) if (inDegree[c] === 0) ready[tail++] = c;
  let best = 0;
  for (let head = 0; head < tail; head++) {
    const c = ready[head] as number;
    const here = chain[c] as number;
    best = Math.max(best, here);
    for (let i = first[c] as number; i < (first[c + 1] as number); i++) {
      const v = members[i] as number;
      for (let k = g.out.start[v] as number; k < (g.out.start[v + 1] as number); k++) {
        const d = of[g.out.adj[k] as number] as number;
        if (d === c) continue;
        chain[d] = Math.max(chain[d] as number, here + (weight[d] as number));
        inDegree[d] = (inDegree[d] as number) - 1;
        if (inDegree[d] === 0) ready[tail++] = d;
      }
    }
  }
  return best;
}
