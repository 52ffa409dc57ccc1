import type { Graph } from './graph';
import { lowpointSearch } from './structure';

/**
 * Local vertex and edge connectivity between two nodes of an undirected graph: how many
 * actors (κ) or ties (λ) must go before s and t are cut apart, by unit-capacity maximum flow
 * (Menger's theorem). A direct s–t edge is left out: it cannot be cut by people leaving, so the
 * caller reports it separately. Counting stops at `cap`, since beyond a few paths the answer no
 * longer changes what the analyst should do. The flow networks are built once and reused for
 * every pair.
 */
export class ConnectivityOracle {
  private readonly vertexNet: FlowNet;
  private readonly edgeNet: FlowNet;

  constructor(private readonly g: Graph) {
    this.vertexNet = flowNet(g, true);
    this.edgeNet = flowNet(g, false);
  }

  count(s: number, t: number, kind: 'vertex' | 'edge', cap: number): number {
    const net = kind === 'vertex' ? this.vertexNet : this.edgeNet;
    const n = this.g.n;
    const source = kind === 'vertex' ? s + n : s;
    const sink = t;
    const capacity = net.capacity;
    capacity.set(net.template);
    if (kind === 'vertex') {
      // s and t themselves are never removed
      capacity[net.splitArc[s] as number] = cap + 1;
      capacity[net.splitArc[t] as number] = cap + 1;
    }
    // leave out a direct s–t edge
    const [sOut, tOut, sIn, tIn] = kind === 'vertex' ? [s + n, t + n, s, t] : [s, t, s, t];
    for (let e = net.head[sOut] as number; e !== -1; e = net.next[e] as number) if (net.to[e] === tIn) capacity[e] = 0;
    for (let e = net.head[tOut] as number; e !== -1; e = net.next[e] as number) if (net.to[e] === sIn) capacity[e] = 0;

    const parentArc = net.parentArc;
    const queue = net.queue;
    let flow = 0;
    while (flow < cap) {
      parentArc.fill(-1);
      parentArc[source] = -2;
      queue[0] = source;
      let head = 0;
      let tail = 1;
      while (head < tail && parentArc[sink] === -1) {
        const u = queue[head++] as number;
        for (let e = net.head[u] as number; e !== -1; e = net.next[e] as number) {
          const v = net.to[e] as number;
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
        v = net.to[e ^ 1] as number;
      }
      flow++;
    }
    return flow;
  }

  /** edge visits one query can cost at most, for work budgets */
  costOf(cap: number): number {
    return (cap + 1) * Math.max(this.vertexNet.to.length, this.edgeNet.to.length);
  }
}

interface FlowNet {
  head: Int32Array;
  next: Int32Array;
  to: Int32Array;
  template: Int32Array;
  capacity: Int32Array;
  /** the arc v_in → v_out of each split node (vertex connectivity only) */
  splitArc: Int32Array;
  parentArc: Int32Array;
  queue: Int32Array;
}

/** The flow network: for vertex connectivity each node v is split into v (in) and v + n (out). */
function flowNet(g: Graph, split: boolean): FlowNet {
  const n = g.n;
  const { start, adj } = g.both;
  const nodes = split ? 2 * n : n;
  const arcs = 2 * ((split ? n : 0) + adj.length);
  const head = new Int32Array(nodes).fill(-1);
  const next = new Int32Array(arcs);
  const to = new Int32Array(arcs);
  const template = new Int32Array(arcs);
  const splitArc = new Int32Array(split ? n : 0);
  let count = 0;
  const addArc = (u: number, v: number, c: number) => {
    to[count] = v;
    template[count] = c;
    next[count] = head[u] as number;
    head[u] = count++;
    to[count] = u;
    template[count] = 0;
    next[count] = head[v] as number;
    head[v] = count++;
  };
  // a large capacity for arcs that must never be the bottleneck
  const big = 1 << 20;
  if (split)
    for (let v = 0; v < n; v++) {
      splitArc[v] = count;
      addArc(v, v + n, 1);
    }
  for (let u = 0; u < n; u++)
    for (let k = start[u] as number; k < (start[u + 1] as number); k++) {
      const v = adj[k] as number;
      if (u >= v) continue;
      if (split) {
        addArc(u + n, v, big);
        addArc(v + n, u, big);
      } else {
        addArc(u, v, 1);
        addArc(v, u, 1);
      }
    }
  return {
    head,
    next: next.subarray(0, count),
    to: to.subarray(0, count),
    template: template.subarray(0, count),
    capacity: new Int32Array(count),
    splitArc,
    parentArc: new Int32Array(nodes),
    queue: new Int32Array(nodes),
  };
}

/** One pair's connectivity (builds the flow networks; use ConnectivityOracle for many pairs). */
export function localConnectivity(g: Graph, s: number, t: number, kind: 'vertex' | 'edge', cap: number): number {
  return new ConnectivityOracle(g).count(s, t, kind, cap);
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
  const component = new Int32Array(n).fill(-1);
  const blocksOf: number[][] = Array.from({ length: n }, () => []);
  const edgeStackU: number[] = [];
  const edgeStackV: number[] = [];
  // nodes not yet given a 2-edge-connected class, in discovery order
  const nodeStack: number[] = [];
  const edgeClass = new Int32Array(n).fill(-1);
  let classes = 0;
  const closeClass = (last: number) => {
    for (;;) {
      const x = nodeStack.pop() as number;
      edgeClass[x] = classes;
      if (x === last) break;
    }
    classes++;
  };
  let blocks = 0;
  let comp = -1;
  lowpointSearch(g, {
    start: (root) => {
      comp++;
      component[root] = comp;
      nodeStack.push(root);
    },
    tree: (p, v) => {
      component[v] = comp;
      nodeStack.push(v);
      edgeStackU.push(p);
      edgeStackV.push(v);
    },
    back: (v, w) => {
      edgeStackU.push(v);
      edgeStackV.push(w);
    },
    done: (p, v, { disc, low }) => {
      // a bridge above v: v and what is left above it on the stack are one class
      if ((low[v] as number) > (disc[p] as number)) closeClass(v);
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
    },
    end: (root) => closeClass(root),
  });
  return { component, blocksOf, edgeClass };
}

/** 0 when apart, 1 when one node (or one tie) separates them, 2 for "two or more". */
export function connectivityClass(index: CutIndex, s: number, t: number, kind: 'vertex' | 'edge'): 0 | 1 | 2 {
  if (index.component[s] !== index.component[t]) return 0;
  if (kind === 'edge') return index.edgeClass[s] === index.edgeClass[t] ? 2 : 1;
  const blocks = new Set(index.blocksOf[s]);
  return (index.blocksOf[t] ?? []).some((b) => blocks.has(b)) ? 2 : 1;
}
