import { degreeOf, hasArc, type Csr, type Graph } from './graph';
import { lowpointSearch } from './structure';

/** Arc visits that a count may still spend; shared by the counts of one analysis. */
export interface WorkBudget {
  left: number;
}

/** A connectivity count: exact, or, when the work budget ran out first, the paths found so far. */
export interface ConnectivityCount {
  value: number;
  exact: boolean;
}

/**
 * Local vertex and edge connectivity between two nodes of an undirected graph: how many actors
 * (κ) or ties (λ) must go before s and t are cut apart, as the number of internally disjoint
 * (or edge-disjoint) s–t paths (Menger's theorem), found by unit-capacity maximum flow with
 * each node split in two for κ. A direct s–t edge is left out: it cannot be cut by people
 * leaving, so the caller reports it separately.
 *
 * The count is exact. Work is kept small: the paths through a common neighbour are taken first
 * (some maximum set of disjoint paths contains them all, so this costs nothing in optimality);
 * augmenting paths are searched from both ends at once, always widening the smaller frontier,
 * so that the last, failing search (the proof that no further path exists) stops once the
 * smaller side of the cut is explored; no proof is needed once the paths reach the smaller of
 * the two degrees; and a node no path uses is left through its own split arc alone. The flow
 * networks are built once, in compressed rows, and only the arcs a count changed are reset.
 */
export class ConnectivityOracle {
  private readonly vertexNet: FlowNet;
  private readonly edgeNet: FlowNet;
  /** neighbours of s in this count (by stamp), and the arc from s to each */
  private readonly mark: Int32Array;
  private readonly firstArc: Int32Array;
  /** neighbours of t in this count, and the arc from each into t */
  private readonly tMark: Int32Array;
  private readonly lastArc: Int32Array;
  private stamp = 0;

  constructor(private readonly g: Graph) {
    const mirror = mirrorOf(g.both);
    this.vertexNet = splitNet(g, mirror);
    this.edgeNet = edgeNet(g, mirror);
    this.mark = new Int32Array(g.n);
    this.firstArc = new Int32Array(g.n);
    this.tMark = new Int32Array(g.n);
    this.lastArc = new Int32Array(g.n);
  }

  /**
   * κ(s, t) or λ(s, t). With a budget, each arc visited costs one; when it runs out the count so
   * far (a lower bound, at least `atLeast`, which the caller knows to hold) comes back with
   * `exact: false`.
   */
  count(s: number, t: number, kind: 'vertex' | 'edge', budget: WorkBudget = { left: Infinity }, atLeast = 0): ConnectivityCount {
    // no more paths than the smaller number of other neighbours: when the caller knows that many
    // already, that is the count
    const both = this.g.both;
    const most = Math.min(degreeOf(both, s), degreeOf(both, t)) - (hasArc(both, s, t) ? 1 : 0);
    if (atLeast >= most) return { value: most, exact: true };
    const net = kind === 'vertex' ? this.vertexNet : this.edgeNet;
    const n = this.g.n;
    const split = kind === 'vertex';
    const source = split ? s + n : s;
    const sink = t;
    const { first, to, rev, capacity, template, splitArc, dirty } = net;
    // the last count's changes undone: a whole reset would cost every arc for every pair
    for (const e of dirty) {
      capacity[e] = template[e] as number;
      const r = rev[e] as number;
      capacity[r] = template[r] as number;
    }
    dirty.length = 0;
    const set = (e: number, c: number) => {
      capacity[e] = c;
      dirty.push(e);
    };
    if (split) {
      // s and t themselves are never removed
      set(splitArc[s] as number, BIG);
      set(splitArc[t] as number, BIG);
    }
    // leave out a direct s–t edge
    for (let e = first[source] as number; e < (first[source + 1] as number); e++) if (to[e] === t) set(e, 0);
    const tOut = split ? t + n : t;
    for (let e = first[tOut] as number; e < (first[tOut + 1] as number); e++) if (to[e] === s) set(e, 0);

    // first the paths s – m – t through each common neighbour m: the arc from s to each
    // neighbour, then the arcs into t from the neighbours so marked
    const { mark, firstArc, tMark, lastArc } = this;
    const stamp = ++this.stamp;
    let visits = 0;
    for (let e = first[source] as number; e < (first[source + 1] as number); e++) {
      visits++;
      if ((capacity[e] as number) <= 0) continue;
      const m = to[e] as number;
      mark[m] = stamp;
      firstArc[m] = e;
    }
    let flow = 0;
    // t's neighbours, marked with the next stamp, and the arc from each into t
    const tStamp = ++this.stamp;
    for (let e = first[sink] as number; e < (first[sink + 1] as number); e++) {
      visits++;
      const into = rev[e] as number;
      const w = to[e] as number;
      if ((capacity[into] as number) <= 0 || (split && w < n)) continue;
      const m = split ? w - n : w;
      if (mark[m] === stamp && flow < most) {
        this.push(net, firstArc[m] as number);
        if (split) this.push(net, splitArc[m] as number);
        this.push(net, into);
        flow++;
      } else {
        tMark[m] = tStamp;
        lastArc[m] = into;
      }
    }
    // then, greedily, paths s – a – b – t: in a dense network most disjoint paths are this short,
    // and the searches below only reroute what the greedy choice got wrong
    for (let e = first[source] as number; e < (first[source + 1] as number) && flow < most; e++) {
      const a = to[e] as number;
      if (mark[a] !== stamp || a === t || (split && (capacity[splitArc[a] as number] as number) <= 0) || (capacity[e] as number) <= 0) continue;
      const aOut = split ? a + n : a;
      for (let f = first[aOut] as number; f < (first[aOut + 1] as number); f++) {
        visits++;
        const b = to[f] as number;
        if ((split && b >= n) || tMark[b] !== tStamp || b === s || (capacity[f] as number) <= 0) continue;
        if ((capacity[lastArc[b] as number] as number) <= 0 || (split && (capacity[splitArc[b] as number] as number) <= 0)) continue;
        this.push(net, e);
        if (split) this.push(net, splitArc[a] as number);
        this.push(net, f);
        if (split) this.push(net, splitArc[b] as number);
        this.push(net, lastArc[b] as number);
        flow++;
        break;
      }
    }
    budget.left -= visits;

    while (flow < most) {
      const found = this.augment(net, source, sink, budget);
      if (found === null) return { value: Math.max(flow, atLeast), exact: false };
      if (!found) break;
      flow++;
    }
    return { value: flow, exact: true };
  }

  /** One unit of flow along arc e. */
  private push(net: FlowNet, e: number): void {
    const r = net.rev[e] as number;
    net.capacity[e] = (net.capacity[e] as number) - 1;
    net.capacity[r] = (net.capacity[r] as number) + 1;
    net.dirty.push(e);
  }

  /**
   * One augmenting path by a search from both ends, always widening the smaller frontier by a
   * whole level: true when one was found and applied, false when there is none (the flow is
   * maximum), null when the budget ran out first.
   */
  private augment(net: FlowNet, source: number, sink: number, budget: WorkBudget): boolean | null {
    const { first, to, rev, capacity, seenF, seenB, parentF, parentB, queueF, queueB } = net;
    // in the split network a node no path uses is left only by its split arc (forward, from its
    // in-node) and entered only by it (backward, into its out-node): the rest of its row is skipped
    const inNodes = net.split ? this.g.n : 0;
    const round = ++net.round;
    seenF[source] = round;
    seenB[sink] = round;
    queueF[0] = source;
    queueB[0] = sink;
    let fHead = 0;
    let fTail = 1;
    let bHead = 0;
    let bTail = 1;
    // the arc that joins the two searches
    let meet = -1;
    while (meet === -1 && fHead < fTail && bHead < bTail) {
      if (budget.left <= 0) return null;
      let visits = 0;
      if (fTail - fHead <= bTail - bHead) {
        const levelEnd = fTail;
        for (; fHead < levelEnd && meet === -1; fHead++) {
          const u = queueF[fHead] as number;
          const from = first[u] as number;
          const end = u < inNodes && (capacity[from] as number) > 0 ? from + 1 : (first[u + 1] as number);
          for (let e = from; e < end; e++) {
            visits++;
            if ((capacity[e] as number) <= 0) continue;
            const v = to[e] as number;
            if (seenB[v] === round) {
              meet = e;
              break;
            }
            if (seenF[v] === round) continue;
            seenF[v] = round;
            parentF[v] = e;
            queueF[fTail++] = v;
          }
        }
      } else {
        const levelEnd = bTail;
        for (; bHead < levelEnd && meet === -1; bHead++) {
          const v = queueB[bHead] as number;
          const from = first[v] as number;
          const end = inNodes > 0 && v >= inNodes && (capacity[rev[from] as number] as number) > 0 ? from + 1 : (first[v + 1] as number);
          // the arcs into v are the partners of v's own
          for (let e = from; e < end; e++) {
            visits++;
            const into = rev[e] as number;
            if ((capacity[into] as number) <= 0) continue;
            const w = to[e] as number;
            if (seenF[w] === round) {
              meet = into;
              break;
            }
            if (seenB[w] === round) continue;
            seenB[w] = round;
            parentB[w] = into;
            queueB[bTail++] = w;
          }
        }
      }
      budget.left -= visits;
    }
    if (meet === -1) return false;
    this.push(net, meet);
    // back to the source along the forward search, on to the sink along the backward one
    for (let v = to[rev[meet] as number] as number; v !== source; ) {
      const e = parentF[v] as number;
      this.push(net, e);
      v = to[rev[e] as number] as number;
    }
    for (let v = to[meet] as number; v !== sink; ) {
      const e = parentB[v] as number;
      this.push(net, e);
      v = to[e] as number;
    }
    return true;
  }
}

/**
 * The work all counts of one analysis may spend: as much as 50 passes over every arc of the
 * split network, and never less than 2,000,000 arc visits (some 10–20 ms), so that every
 * collaboration of a project of a few hundred actors is counted exactly. A count costs about as
 * many visits as the searches it needs (one per path) reach; on the bench's 2,000 actors and
 * 2,820 collaborations, carried by 20 or more persons each, all of them exactly would take some
 * 10^8 visits (about 1 s), so there the riskiest are counted exactly (2.6e6 visits, some 10–20
 * ms, the same order as the capped counts took before) and the rest are lower bounds.
 */
export function connectivityBudget(g: Graph): number {
  return Math.max(2_000_000, 50 * (2 * g.n + 2 * g.both.adj.length));
}

/** A capacity for arcs that must never be the bottleneck. */
const BIG = 1 << 20;

/** A flow network in compressed rows: node x's arcs are first[x] .. first[x + 1]. */
interface FlowNet {
  split: boolean;
  first: Int32Array;
  to: Int32Array;
  /** each arc's partner, whose residual capacity grows as this one's shrinks */
  rev: Int32Array;
  template: Int32Array;
  /** residual capacities; equal to the template but for the arcs listed in `dirty` (and their partners) */
  capacity: Int32Array;
  dirty: number[];
  /** the arc v_in → v_out of each node (split network only): the first arc of v_in's row */
  splitArc: Int32Array;
  /** the two searches: the round a node was last reached in, the arc it was reached by, the queues */
  seenF: Int32Array;
  seenB: Int32Array;
  parentF: Int32Array;
  parentB: Int32Array;
  queueF: Int32Array;
  queueB: Int32Array;
  round: number;
}

function searchState(nodes: number): Pick<FlowNet, 'seenF' | 'seenB' | 'parentF' | 'parentB' | 'queueF' | 'queueB' | 'round' | 'dirty'> {
  return {
    seenF: new Int32Array(nodes),
    seenB: new Int32Array(nodes),
    parentF: new Int32Array(nodes),
    parentB: new Int32Array(nodes),
    queueF: new Int32Array(nodes),
    queueB: new Int32Array(nodes),
    round: 0,
    dirty: [],
  };
}

/** For each entry k of the rows (u's neighbour v), the entry of u in v's row. Rows are sorted. */
function mirrorOf(c: Csr): Int32Array {
  const n = c.start.length - 1;
  const mirror = new Int32Array(c.adj.length);
  const next = c.start.slice(0, n);
  // visiting u in increasing order meets each row's entries in their sorted order
  for (let u = 0; u < n; u++)
    for (let k = c.start[u] as number; k < (c.start[u + 1] as number); k++) {
      const v = c.adj[k] as number;
      mirror[k] = next[v] as number;
      next[v] = (next[v] as number) + 1;
    }
  return mirror;
}

/** Edge connectivity: every edge is one pair of arcs of capacity 1, each the other's partner. */
function edgeNet(g: Graph, mirror: Int32Array): FlowNet {
  const { start, adj } = g.both;
  const template = new Int32Array(adj.length).fill(1);
  return { split: false, first: start, to: adj, rev: mirror, template, capacity: template.slice(), splitArc: new Int32Array(0), ...searchState(g.n) };
}

/**
 * Vertex connectivity: node v becomes v_in = v and v_out = v + n, joined by an arc of capacity 1;
 * an edge u–v becomes u_out → v_in and v_out → u_in, never the bottleneck. v_in's row holds its
 * split arc first, then the partners of the arcs into it; v_out's row the split arc's partner
 * first, then its arcs out, in the order of v's neighbours.
 */
function splitNet(g: Graph, mirror: Int32Array): FlowNet {
  const n = g.n;
  const { start, adj } = g.both;
  const first = new Int32Array(2 * n + 1);
  for (let v = 0; v < n; v++) first[v + 1] = (first[v] as number) + 1 + degreeOf(g.both, v);
  for (let v = 0; v < n; v++) first[n + v + 1] = (first[n + v] as number) + 1 + degreeOf(g.both, v);
  const arcs = first[2 * n] as number;
  const to = new Int32Array(arcs);
  const rev = new Int32Array(arcs);
  const template = new Int32Array(arcs);
  const splitArc = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const inRow = first[v] as number;
    const outRow = first[n + v] as number;
    splitArc[v] = inRow;
    to[inRow] = n + v;
    template[inRow] = 1;
    rev[inRow] = outRow;
    to[outRow] = v;
    rev[outRow] = inRow;
    for (let k = start[v] as number; k < (start[v + 1] as number); k++) {
      const w = adj[k] as number;
      const j = k - (start[v] as number) + 1;
      // v_out → w_in, whose partner w_in → v_out sits in w_in's row at v's place among w's neighbours
      const out = outRow + j;
      const back = (first[w] as number) + (mirror[k] as number) - (start[w] as number) + 1;
      to[out] = w;
      template[out] = BIG;
      rev[out] = back;
      to[back] = n + v;
      rev[back] = out;
    }
  }
  return { split: true, first, to, rev, template, capacity: template.slice(), splitArc, ...searchState(2 * n) };
}

/** One pair's exact connectivity (builds the flow networks; use ConnectivityOracle for many pairs). */
export function localConnectivity(g: Graph, s: number, t: number, kind: 'vertex' | 'edge'): number {
  return new ConnectivityOracle(g).count(s, t, kind).value;
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
