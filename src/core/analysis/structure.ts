import { degreeOf, type Csr, type Graph } from './graph';

/**
 * Connectivity and spectral measures on the graph's typed arrays: components, bridges,
 * articulation points, strongly connected components, eigenvector centrality and the largest
 * eigenvalue.
 */

/**
 * Weakly connected components: a component index per node, and the components' sizes. Nodes
 * marked in `removed` are left out (index −1) without building a smaller graph, which is what
 * makes trying many removals cheap.
 */
export function components(g: Graph, removed?: Uint8Array): { of: Int32Array; sizes: number[] } {
  const of = new Int32Array(g.n).fill(-1);
  const sizes: number[] = [];
  const queue = new Int32Array(g.n);
  const { start, adj } = g.both;
  for (let s = 0; s < g.n; s++) {
    if ((of[s] as number) >= 0 || removed?.[s]) continue;
    const c = sizes.length;
    of[s] = c;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++] as number;
      for (let k = start[v] as number; k < (start[v + 1] as number); k++) {
        const w = adj[k] as number;
        if ((of[w] as number) < 0 && !removed?.[w]) {
          of[w] = c;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
  }
  return { of, sizes };
}

/** Discovery times, low points and depth-first parents, filled in as the search goes. */
export interface Lowpoints {
  disc: Int32Array;
  low: Int32Array;
  parent: Int32Array;
}

/** What a depth-first search over the undirected view reports as it goes. */
export interface LowpointHooks {
  /** a new tree (a component) starts at `root` */
  start?(root: number): void;
  /** v is reached from p along a tree edge */
  tree?(p: number, v: number, s: Lowpoints): void;
  /** an edge from v back to an earlier w (not v's parent) */
  back?(v: number, w: number, s: Lowpoints): void;
  /** v's subtree is finished; its low point is final (Hopcroft–Tarjan) */
  done?(p: number, v: number, s: Lowpoints): void;
  /** the tree from `root` is finished */
  end?(root: number): void;
}

/**
 * The depth-first search behind bridges, articulation points, biconnected blocks and the pieces
 * a removal leaves: discovery times and low points over the undirected view, iteratively, so a
 * chain of 20,000 actors cannot overflow the call stack. Nodes marked `removed` are skipped.
 */
export function lowpointSearch(g: Graph, hooks: LowpointHooks, removed?: Uint8Array): Lowpoints {
  const { start, adj } = g.both;
  const n = g.n;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const state: Lowpoints = { disc, low, parent };
  const next = new Int32Array(n); // position in the neighbour list being explored
  const stack = new Int32Array(n);
  let time = 0;
  for (let root = 0; root < n; root++) {
    if ((disc[root] as number) >= 0 || removed?.[root]) continue;
    hooks.start?.(root);
    let top = 0;
    stack[0] = root;
    disc[root] = low[root] = time++;
    next[root] = start[root] as number;
    while (top >= 0) {
      const v = stack[top] as number;
      const k = next[v] as number;
      if (k < (start[v + 1] as number)) {
        next[v] = k + 1;
        const w = adj[k] as number;
        if (removed?.[w]) continue;
        if ((disc[w] as number) < 0) {
          parent[w] = v;
          disc[w] = low[w] = time++;
          next[w] = start[w] as number;
          stack[++top] = w;
          hooks.tree?.(v, w, state);
        } else if (w !== parent[v]) {
          low[v] = Math.min(low[v] as number, disc[w] as number);
          if ((disc[w] as number) < (disc[v] as number)) hooks.back?.(v, w, state);
        }
      } else {
        top--;
        const p = parent[v] as number;
        if (p >= 0) {
          low[p] = Math.min(low[p] as number, low[v] as number);
          hooks.done?.(p, v, state);
        }
      }
    }
    hooks.end?.(root);
  }
  return state;
}

/**
 * Bridges and articulation points of the undirected view (Hopcroft–Tarjan), with the number of
 * nodes on either side of each bridge (`bridgeSides[i]` follows the order of `bridges[i]`).
 */
export function cutStructure(g: Graph): {
  bridges: Array<[number, number]>;
  bridgeSides: Array<[number, number]>;
  articulation: Uint8Array;
} {
  const articulation = new Uint8Array(g.n);
  const bridges: Array<[number, number]> = [];
  const bridgeSides: Array<[number, number]> = [];
  const size = new Int32Array(g.n); // depth-first subtree sizes
  let rootChildren = 0;
  let members = 0;
  let firstOfComponent = 0;
  lowpointSearch(g, {
    start: (root) => {
      rootChildren = 0;
      members = 1;
      size[root] = 1;
      firstOfComponent = bridges.length;
    },
    tree: (p, v, { parent }) => {
      if (parent[p] === -1) rootChildren++;
      members++;
      size[v] = 1;
    },
    done: (p, v, { disc, low, parent }) => {
      size[p] = (size[p] as number) + (size[v] as number);
      if ((low[v] as number) > (disc[p] as number)) {
        // v's side is its subtree; p's side, the rest of the component (known at its end)
        bridges.push(p < v ? [p, v] : [v, p]);
        bridgeSides.push(p < v ? [-1, size[v] as number] : [size[v] as number, -1]);
      }
      if (parent[p] !== -1 && (low[v] as number) >= (disc[p] as number)) articulation[p] = 1;
    },
    end: (root) => {
      if (rootChildren > 1) articulation[root] = 1;
      for (let i = firstOfComponent; i < bridges.length; i++) {
        const sides = bridgeSides[i] as [number, number];
        if (sides[0] < 0) sides[0] = members - sides[1];
        else sides[1] = members - sides[0];
      }
    },
  });
  return { bridges, bridgeSides, articulation };
}

/** Strongly connected components (Tarjan, iterative): a component index per node. */
export function stronglyConnected(g: Graph): { of: Int32Array; sizes: number[] } {
  const { start, adj } = g.out;
  const n = g.n;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const of = new Int32Array(n).fill(-1);
  const sizes: number[] = [];
  const sccStack = new Int32Array(n);
  const callStack = new Int32Array(n);
  const next = new Int32Array(n);
  let sp = 0;
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if ((index[root] as number) >= 0) continue;
    let top = 0;
    callStack[0] = root;
    index[root] = low[root] = counter++;
    next[root] = start[root] as number;
    sccStack[sp++] = root;
    onStack[root] = 1;
    while (top >= 0) {
      const v = callStack[top] as number;
      const k = next[v] as number;
      if (k < (start[v + 1] as number)) {
        next[v] = k + 1;
        const w = adj[k] as number;
        if ((index[w] as number) < 0) {
          index[w] = low[w] = counter++;
          next[w] = start[w] as number;
          sccStack[sp++] = w;
          onStack[w] = 1;
          callStack[++top] = w;
        } else if (onStack[w]) {
          low[v] = Math.min(low[v] as number, index[w] as number);
        }
      } else {
        if (low[v] === index[v]) {
          const c = sizes.length;
          let size = 0;
          let w: number;
          do {
            w = sccStack[--sp] as number;
            onStack[w] = 0;
            of[w] = c;
            size++;
          } while (w !== v);
          sizes.push(size);
        }
        top--;
        if (top >= 0) {
          const p = callStack[top] as number;
          low[p] = Math.min(low[p] as number, low[v] as number);
        }
      }
    }
  }
  return { of, sizes };
}

/**
 * Power iteration x ← (A + I)x on the arcs into each node (a node is central when central
 * nodes point to it). The shift by I makes it converge on bipartite graphs too; it does not
 * change the eigenvector. Returns the vector scaled so its largest entry is 1, and λ₁. With
 * `weights` (a value per entry of `c`, arc-weights.ts) the iteration runs on the valued
 * adjacency, as igraph's and networkx's eigenvector centrality with weights.
 */
export function principalEigen(c: Csr, n: number, weights?: Float64Array, maxIterations = 2_000, tolerance = 1e-12): { vector: Float64Array; lambda: number } {
  let x = new Float64Array(n).fill(n > 0 ? 1 / n : 0);
  let y = new Float64Array(n);
  let lambda = 0;
  for (let it = 0; it < maxIterations; it++) {
    for (let v = 0; v < n; v++) {
      let s = x[v] as number;
      if (weights) for (let k = c.start[v] as number; k < (c.start[v + 1] as number); k++) s += (weights[k] as number) * (x[c.adj[k] as number] as number);
      else for (let k = c.start[v] as number; k < (c.start[v + 1] as number); k++) s += x[c.adj[k] as number] as number;
      y[v] = s;
    }
    let norm = 0;
    for (let v = 0; v < n; v++) norm += (y[v] as number) * (y[v] as number);
    norm = Math.sqrt(norm);
    if (norm === 0) break;
    let change = 0;
    for (let v = 0; v < n; v++) {
      const yv = (y[v] as number) / norm;
      change += Math.abs(yv - (x[v] as number));
      y[v] = yv;
    }
    [x, y] = [y, x];
    lambda = norm - 1;
    if (change < n * tolerance) break;
  }
  // λ of A itself: the Rayleigh quotient xᵀAx / xᵀx of the converged vector
  let num = 0;
  let den = 0;
  for (let v = 0; v < n; v++) {
    let s = 0;
    for (let k = c.start[v] as number; k < (c.start[v + 1] as number); k++) s += (weights ? (weights[k] as number) : 1) * (x[c.adj[k] as number] as number);
    num += (x[v] as number) * s;
    den += (x[v] as number) * (x[v] as number);
  }
  if (den > 0) lambda = num / den;
  let max = 0;
  for (let v = 0; v < n; v++) max = Math.max(max, Math.abs(x[v] as number));
  const vector = new Float64Array(n);
  if (max > 0) for (let v = 0; v < n; v++) vector[v] = Math.abs(x[v] as number) / max;
  return { vector, lambda };
}

export function degrees(c: Csr, n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = degreeOf(c, i);
  return out;
}

/**
 * Bonacich power c(β) = (I − βA)⁻¹ A 1 (Bonacich 1987), scaled as sna::bonpow and igraph's
 * power_centrality do (Σ c² = n). Solved by the iteration c ← A1 + βAc, which converges for
 * |β| < 1/λ₁ and needs no dense matrix; with β negative an actor gains power from ties to
 * actors who have few other options.
 */
export function bonacichPower(g: Graph, beta: number, maxIterations = 10_000, tolerance = 1e-12): Float64Array | null {
  const n = g.n;
  const { start, adj } = g.out;
  const a1 = new Float64Array(n);
  for (let i = 0; i < n; i++) a1[i] = (start[i + 1] as number) - (start[i] as number);
  let c = Float64Array.from(a1);
  let next = new Float64Array(n);
  let converged = false;
  for (let it = 0; it < maxIterations; it++) {
    let change = 0;
    let size = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let k = start[i] as number; k < (start[i + 1] as number); k++) s += c[adj[k] as number] as number;
      const v = (a1[i] as number) + beta * s;
      next[i] = v;
      change += Math.abs(v - (c[i] as number));
      size += Math.abs(v);
    }
    [c, next] = [next, c];
    if (!Number.isFinite(size)) return null;
    if (change <= tolerance * Math.max(1, size)) {
      converged = true;
      break;
    }
  }
  if (!converged) return null;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (c[i] as number) * (c[i] as number);
  if (squares === 0) return c;
  const scale = Math.sqrt(n / squares);
  for (let i = 0; i < n; i++) c[i] = (c[i] as number) * scale;
  return c;
}
