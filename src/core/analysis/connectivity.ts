import type { Graph } from './graph';

/**
 * Local vertex and edge connectivity between two nodes of an undirected graph: how many
 * actors (κ) or ties (λ) must go before s and t are cut apart, by unit-capacity maximum flow
 * (Menger's theorem). A direct s–t edge is left out: it cannot be cut by people leaving, so the
 * caller reports it separately. Counting stops at `cap`, since beyond a few paths the answer no
 * longer changes what the analyst should do.
 */
export function localConnectivity(g: Graph, s: number, t: number, kind: 'vertex' | 'edge', cap: number): number {
  const n = g.n;
  const { start, adj } = g.both;
  // nodes of the flow network: for vertex connectivity each v splits into v_in (v) and v_out (v + n)
  const split = kind === 'vertex';
  const nodes = split ? 2 * n : n;
  const head: number[] = new Array<number>(nodes).fill(-1);
  const to: number[] = [];
  const cap0: number[] = [];
  const nxt: number[] = [];
  const addArc = (u: number, v: number, c: number) => {
    to.push(v);
    cap0.push(c);
    nxt.push(head[u] as number);
    head[u] = to.length - 1;
    to.push(u);
    cap0.push(0);
    nxt.push(head[v] as number);
    head[v] = to.length - 1;
  };
  const big = cap + 1;
  if (split) for (let v = 0; v < n; v++) addArc(v, v + n, v === s || v === t ? big : 1);
  for (let u = 0; u < n; u++)
    for (let k = start[u] as number; k < (start[u + 1] as number); k++) {
      const v = adj[k] as number;
      if (u >= v || (u === s && v === t) || (u === t && v === s)) continue;
      if (split) {
        addArc(u + n, v, big);
        addArc(v + n, u, big);
      } else {
        addArc(u, v, 1);
        addArc(v, u, 1);
      }
    }
  const source = split ? s + n : s;
  const sink = t;
  const capacity = Int32Array.from(cap0);
  const parentArc = new Int32Array(nodes);
  const queue = new Int32Array(nodes);
  let flow = 0;
  while (flow < cap) {
    parentArc.fill(-1);
    parentArc[source] = -2;
    queue[0] = source;
    let headQ = 0;
    let tail = 1;
    while (headQ < tail && parentArc[sink] === -1) {
      const u = queue[headQ++] as number;
      for (let e = head[u] as number; e !== -1; e = nxt[e] as number) {
        const v = to[e] as number;
        if ((capacity[e] as number) > 0 && parentArc[v] === -1) {
          parentArc[v] = e;
          queue[tail++] = v;
        }
      }
    }
    if (parentArc[sink] === -1) break;
    for (let v = sink; v !== source; ) {
      const e = parentArc[v] as number;
      capacity[e] = (capacity[e] as number) - 1;
      capacity[e ^ 1] = (capacity[e ^ 1] as number) + 1;
      v = to[e ^ 1] as number;
    }
    flow++;
  }
  return flow;
}

/**
 * Biconnected blocks and 2-edge-connected classes of the undirected view, to tell in constant
 * time per pair whether a single actor (κ = 1) or a single tie (λ = 1) separates two nodes.
 */
export interface CutIndex {
  component: Int32Array;
  /** the blocks each node belongs to */
  blocksOf: number[][];
  /** 2-edge-connected class of each node */
  edgeClass: Int32Array;
}

export function cutIndex(g: Graph): CutIndex {
  const n = g.n;
  const { start, adj } = g.both;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const next = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const blocksOf: number[][] = Array.from({ length: n }, () => []);
  const edgeStackU: number[] = [];
  const edgeStackV: number[] = [];
  const bridgeSet = new Set<number>();
  let blocks = 0;
  let time = 0;
  let comp = 0;
  const stack = new Int32Array(n);
  for (let root = 0; root < n; root++) {
    if ((disc[root] as number) >= 0) continue;
    let top = 0;
    stack[0] = root;
    disc[root] = low[root] = time++;
    component[root] = comp;
    next[root] = start[root] as number;
    while (top >= 0) {
      const v = stack[top] as number;
      const k = next[v] as number;
      if (k < (start[v + 1] as number)) {
        next[v] = k + 1;
        const w = adj[k] as number;
        if ((disc[w] as number) < 0) {
          parent[w] = v;
          disc[w] = low[w] = time++;
          component[w] = comp;
          next[w] = start[w] as number;
          edgeStackU.push(v);
          edgeStackV.push(w);
          stack[++top] = w;
        } else if (w !== parent[v] && (disc[w] as number) < (disc[v] as number)) {
          low[v] = Math.min(low[v] as number, disc[w] as number);
          edgeStackU.push(v);
          edgeStackV.push(w);
        }
      } else {
        top--;
        const p = parent[v] as number;
        if (p >= 0) {
          low[p] = Math.min(low[p] as number, low[v] as number);
          if ((low[v] as number) > (disc[p] as number)) bridgeSet.add(p * n + v);
          if ((low[v] as number) >= (disc[p] as number)) {
            // the edges above (p, v) on the stack form one block
            const members = new Set<number>();
            for (;;) {
              const a = edgeStackU.pop() as number;
              const b = edgeStackV.pop() as number;
              members.add(a);
              members.add(b);
              if (a === p && b === v) break;
            }
            for (const x of members) (blocksOf[x] as number[]).push(blocks);
            blocks++;
          }
        }
      }
    }
    comp++;
  }
  // 2-edge-connected classes: components once the bridges are removed
  const edgeClass = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let cls = 0;
  const isBridge = (a: number, b: number) => bridgeSet.has(a * n + b) || bridgeSet.has(b * n + a);
  for (let s = 0; s < n; s++) {
    if ((edgeClass[s] as number) >= 0) continue;
    edgeClass[s] = cls;
    queue[0] = s;
    let h = 0;
    let tl = 1;
    while (h < tl) {
      const v = queue[h++] as number;
      for (let k = start[v] as number; k < (start[v + 1] as number); k++) {
        const w = adj[k] as number;
        if ((edgeClass[w] as number) < 0 && !isBridge(v, w)) {
          edgeClass[w] = cls;
          queue[tl++] = w;
        }
      }
    }
    cls++;
  }
  return { component, blocksOf, edgeClass };
}

/** 0 when apart, 1 when one node (or one tie) separates them, 2 for "two or more". */
export function connectivityClass(index: CutIndex, s: number, t: number, kind: 'vertex' | 'edge'): 0 | 1 | 2 {
  if (index.component[s] !== index.component[t]) return 0;
  if (kind === 'edge') return index.edgeClass[s] === index.edgeClass[t] ? 2 : 1;
  const blocks = new Set(index.blocksOf[s]);
  return (index.blocksOf[t] ?? []).some((b) => blocks.has(b)) ? 2 : 1;
}
