import type { ArcWeights } from './arc-weights';
import type { Graph } from './graph';
import type { PathStats } from './paths';

/**
 * Shortest paths on tie values: each arc's length is 1 / its value (a strong tie is a short
 * step), as igraph's and networkx's users give a weighted betweenness or closeness, and Brandes'
 * accumulation over Dijkstra's searches (Brandes 2001, section 4) gives the same sums as
 * paths.ts does over breadth-first ones: betweenness, reach, distance sums and reciprocal
 * distances.
 *
 * Two path lengths count as equal within a relative 1e-10, as igraph compares them: sums of
 * reciprocals (1/3 + 1/6 against 1/2) are not exact in floating point, and without the
 * tolerance a pair of equally short paths would count as one, by rounding.
 */
export interface ValuedPathOptions {
  /** the sources: every node by default, or a slice [from, to), or a list */
  from?: number;
  to?: number;
  sources?: ArrayLike<number>;
  /** asked before each source: true ends the pass with what the sources so far gave */
  stopped?: () => boolean;
}

const EPSILON = 1e-10;

/** the arcs' lengths, 1 / value, in the order of `g.out` */
export function arcLengths(weights: ArcWeights): Float64Array {
  const length = new Float64Array(weights.out.length);
  for (let k = 0; k < length.length; k++) length[k] = 1 / (weights.out[k] as number);
  return length;
}

export function valuedPathStats(g: Graph, length: Float64Array, options: ValuedPathOptions = {}): PathStats {
  const n = g.n;
  const { start: outStart, adj: outAdj } = g.out;
  const inStart = g.in.start;
  const bc = new Float64Array(n);
  const reach = new Int32Array(n);
  const distanceSum = new Float64Array(n);
  let reciprocal = 0;

  const dist = new Float64Array(n).fill(Infinity);
  const settled = new Uint8Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const pred = new Int32Array(g.in.adj.length);
  const predCount = new Int32Array(n);
  // a binary heap of (distance, node), an entry pushed per improvement and stale ones skipped
  const room = outAdj.length + 1;
  const heapKey = new Float64Array(room);
  const heapNode = new Int32Array(room);
  let size = 0;
  const push = (key: number, node: number) => {
    let i = size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((heapKey[parent] as number) <= key) break;
      heapKey[i] = heapKey[parent] as number;
      heapNode[i] = heapNode[parent] as number;
      i = parent;
    }
    heapKey[i] = key;
    heapNode[i] = node;
  };
  const pop = (): number => {
    const top = heapNode[0] as number;
    size--;
    const key = heapKey[size] as number;
    const node = heapNode[size] as number;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && (heapKey[child + 1] as number) < (heapKey[child] as number)) child++;
      if ((heapKey[child] as number) >= key) break;
      heapKey[i] = heapKey[child] as number;
      heapNode[i] = heapNode[child] as number;
      i = child;
    }
    heapKey[i] = key;
    heapNode[i] = node;
    return top;
  };

  const list = options.sources;
  const from = options.from ?? 0;
  const count = list ? list.length : (options.to ?? n) - from;
  for (let x = 0; x < count; x++) {
    if (options.stopped?.()) break;
    const s = list ? (list[x] as number) : from + x;
    dist[s] = 0;
    sigma[s] = 1;
    predCount[s] = 0;
    size = 0;
    push(0, s);
    let tail = 0;
    let sum = 0;
    let recip = 0;
    while (size > 0) {
      const v = pop();
      if (settled[v]) continue;
      settled[v] = 1;
      order[tail++] = v;
      const dv = dist[v] as number;
      if (v !== s) {
        sum += dv;
        recip += 1 / dv;
      }
      const sv = sigma[v] as number;
      for (let k = outStart[v] as number; k < (outStart[v + 1] as number); k++) {
        const w = outAdj[k] as number;
        if (settled[w]) continue;
        const d = dv + (length[k] as number);
        const dw = dist[w] as number;
        if (dw === Infinity || d < dw - EPSILON * dw) {
          dist[w] = d;
          sigma[w] = sv;
          pred[inStart[w] as number] = v;
          predCount[w] = 1;
          push(d, w);
        } else if (d <= dw + EPSILON * dw) {
          sigma[w] = (sigma[w] as number) + sv;
          const c = predCount[w] as number;
          pred[(inStart[w] as number) + c] = v;
          predCount[w] = c + 1;
        }
      }
    }
    reach[s] = tail - 1;
    distanceSum[s] = sum;
    reciprocal += recip;

    for (let i = 0; i < tail; i++) delta[order[i] as number] = 0;
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i] as number;
      const coeff = (1 + (delta[w] as number)) / (sigma[w] as number);
      const b = inStart[w] as number;
      const e = b + (predCount[w] as number);
      for (let k = b; k < e; k++) {
        const v = pred[k] as number;
        delta[v] = (delta[v] as number) + (sigma[v] as number) * coeff;
      }
      bc[w] = (bc[w] as number) + (delta[w] as number);
    }
    for (let i = 0; i < tail; i++) {
      const v = order[i] as number;
      dist[v] = Infinity;
      settled[v] = 0;
    }
  }
  if (!g.directed) for (let i = 0; i < n; i++) bc[i] = (bc[i] as number) / 2;
  return { betweenness: bc, reach, distanceSum, reciprocalDistanceSum: reciprocal };
}
