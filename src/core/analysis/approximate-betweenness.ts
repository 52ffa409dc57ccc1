import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { Graph } from './graph';
import { vertexDiameterBound } from './vertex-diameter';

/**
 * Betweenness estimated from sampled shortest paths (Riondato & Kornaropoulos 2016), for
 * networks where the exact pass (a search from every node) takes minutes: draw r ordered pairs
 * (s, t), s ≠ t, uniformly; pick one shortest s→t path uniformly among all of them; credit 1/r
 * to each node inside it. The expected credit of v is its normalised betweenness
 * b(v) = BC(v) / (n(n − 1)) over ordered pairs, and with
 *   r = ⌈(c / ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉,  c = 0.5, VD ≥ the vertex diameter,
 * the estimate is within ε of b(v) for every node at once with probability at least 1 − δ
 * (the VC-dimension bound of their Theorem 1, c the universal constant they take from Löffler
 * and Phillips). Each pair's shortest paths come from a balanced bidirectional search, which on
 * small-world networks meets after touching about √m arcs instead of all m.
 */

/** the universal constant of the ε-sample bound, as Riondato & Kornaropoulos take it */
const C = 0.5;

export interface BetweennessOptions {
  /** the largest error allowed on normalised betweenness, in (0, 1) */
  epsilon: number;
  /** the probability allowed of any node exceeding it, in (0, 1) */
  delta: number;
  /** a 32-bit integer: the same seed gives the same estimate, however the samples are sliced */
  seed: number;
}

export interface SampleOptions extends BetweennessOptions {
  /** the samples to draw: indices [from, to) of the whole run's samples (all by default) */
  from?: number;
  to?: number;
  /** the sample size when already computed (saves each slice the search for the diameter) */
  size?: SampleSize;
}

export interface SampleSize {
  samples: number;
  vertexDiameter: number;
}

/** One slice of the samples: how often each node lay inside a sampled path. */
export interface BetweennessSamples {
  /** per node, how many of this slice's sampled paths it lay inside (whole numbers) */
  hits: Float64Array;
  from: number;
  to: number;
  samples: number;
  vertexDiameter: number;
  epsilon: number;
  delta: number;
  seed: number;
  directed: boolean;
}

export interface BetweennessEstimate {
  /** on the raw scale of `pathStats` (an undirected graph's unordered pairs counted once) */
  betweenness: Float64Array;
  epsilon: number;
  delta: number;
  samples: number;
  seed: number;
  vertexDiameter: number;
}

/** The sample size for a vertex-diameter bound: none when no shortest path has an inner node. */
export function samplesFor(vertexDiameter: number, epsilon: number, delta: number): number {
  if (!(epsilon > 0 && epsilon < 1)) throw new Error(`analysis/approximate-betweenness: epsilon must lie in (0, 1), not ${epsilon}`);
  if (!(delta > 0 && delta < 1)) throw new Error(`analysis/approximate-betweenness: delta must lie in (0, 1), not ${delta}`);
  if (vertexDiameter < 3) return 0;
  const floorLog2 = 31 - Math.clz32(vertexDiameter - 2); // exact, unlike Math.floor(Math.log2(·))
  return Math.ceil((C / (epsilon * epsilon)) * (floorLog2 + 1 + Math.log(1 / delta)));
}

export function betweennessSampleSize(g: Graph, epsilon: number, delta: number): SampleSize {
  const vertexDiameter = vertexDiameterBound(g);
  return { samples: samplesFor(vertexDiameter, epsilon, delta), vertexDiameter };
}

/**
 * The bound on the raw scale of `pathStats`: ε times the number of pairs betweenness sums over
 * (ordered pairs when directed, unordered when not).
 */
export function rawBound(n: number, directed: boolean, epsilon: number): number {
  return (epsilon * n * (n - 1)) / (directed ? 1 : 2);
}

/** lowbias32 (Wellons): a bijection on 32-bit integers that mixes every bit into every other */
function mix32(x: number): number {
  let h = x | 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) | 0;
}

/**
 * Sample i's own stream: the 128-bit generator state is a one-to-one function of (seed, i), so
 * no two samples share a stream, and sample i draws the same numbers whichever slice, thread
 * or order it is drawn in.
 */
function streamFor(seed: number, index: number): () => number {
  const a = mix32(seed ^ 0x5bd1e995);
  const b = mix32(index ^ 0x1b873593);
  const c = mix32(a + Math.imul(b, 0x9e3779b9));
  const d = mix32(b ^ Math.imul(a, 0x85ebca6b)) | (a === 0 && b === 0 && c === 0 ? 1 : 0);
  const rng = xoroshiro128plusFromState([a, b, c, d]);
  // 53 random bits per number, so choosing among n nodes is uniform to within n / 2⁵³
  return () => ((rng.next() >>> 5) * 67_108_864 + (rng.next() >>> 6)) / 9_007_199_254_740_992;
}

/** Draws samples [from, to) of the run `o` describes; slices add up with `mergeBetweennessSamples`. */
export function sampleBetweenness(g: Graph, o: SampleOptions): BetweennessSamples {
  const size = o.size ?? betweennessSampleSize(g, o.epsilon, o.delta);
  const from = Math.max(0, o.from ?? 0);
  const to = Math.min(size.samples, o.to ?? size.samples);
  const hits = new Float64Array(g.n);
  if (g.n >= 2 && to > from) new PairSampler(g, hits).run(o.seed, from, to);
  return { hits, from, to: Math.max(from, to), ...size, epsilon: o.epsilon, delta: o.delta, seed: o.seed, directed: g.directed };
}

/** Adds up slices of one run; they must cover its samples exactly once. */
export function mergeBetweennessSamples(parts: readonly BetweennessSamples[]): BetweennessEstimate {
  const first = parts[0];
  if (!first) throw new Error('analysis/approximate-betweenness: nothing to merge');
  const n = first.hits.length;
  const covered = [...parts].sort((x, y) => x.from - y.from);
  let next = 0;
  for (const p of covered) {
    if (p.samples !== first.samples || p.seed !== first.seed || p.hits.length !== n || p.epsilon !== first.epsilon || p.delta !== first.delta)
      throw new Error('analysis/approximate-betweenness: the slices come from different runs');
    if (p.from !== next) throw new Error(`analysis/approximate-betweenness: samples from ${next} to ${p.from} are missing or drawn twice`);
    next = p.to;
  }
  if (next !== first.samples) throw new Error(`analysis/approximate-betweenness: samples from ${next} on are missing`);
  // whole numbers add exactly in any order, so the estimate does not depend on the slicing
  const hits = new Float64Array(n);
  for (const p of parts) for (let i = 0; i < n; i++) hits[i] = (hits[i] as number) + (p.hits[i] as number);
  const pairs = first.directed ? n * (n - 1) : (n * (n - 1)) / 2;
  const scale = first.samples > 0 ? pairs / first.samples : 0;
  for (let i = 0; i < n; i++) hits[i] = (hits[i] as number) * scale;
  return {
    betweenness: hits,
    epsilon: first.epsilon,
    delta: first.delta,
    samples: first.samples,
    seed: first.seed,
    vertexDiameter: first.vertexDiameter,
  };
}

/** The whole run on this thread. */
export function approximateBetweenness(g: Graph, o: BetweennessOptions): BetweennessEstimate {
  return mergeBetweennessSamples([sampleBetweenness(g, o)]);
}

/**
 * The search state, allocated once per slice and cleaned after each sample by walking the
 * nodes it touched (not by refilling n-long arrays, which would cost more than the search).
 */
class PairSampler {
  private readonly distF: Int32Array;
  private readonly distB: Int32Array;
  private readonly sigmaF: Float64Array;
  private readonly sigmaB: Float64Array;
  private readonly queueF: Int32Array;
  private readonly queueB: Int32Array;
  private readonly meet: Int32Array;
  private tailF = 0;
  private tailB = 0;
  /** what the last level expansion found: meeting nodes (in `meet`), and its new frontier's arcs */
  private meetings = 0;
  private cost = 0;

  constructor(
    private readonly g: Graph,
    private readonly hits: Float64Array,
  ) {
    const n = g.n;
    this.distF = new Int32Array(n).fill(-1);
    this.distB = new Int32Array(n).fill(-1);
    this.sigmaF = new Float64Array(n);
    this.sigmaB = new Float64Array(n);
    this.queueF = new Int32Array(n);
    this.queueB = new Int32Array(n);
    this.meet = new Int32Array(n);
  }

  run(seed: number, from: number, to: number): void {
    const n = this.g.n;
    for (let i = from; i < to; i++) {
      const random = streamFor(seed, i);
      const s = Math.floor(random() * n);
      let t = Math.floor(random() * (n - 1));
      if (t >= s) t++;
      this.sample(s, t, random);
      for (let k = 0; k < this.tailF; k++) this.distF[this.queueF[k] as number] = -1;
      for (let k = 0; k < this.tailB; k++) this.distB[this.queueB[k] as number] = -1;
    }
  }

  /**
   * Balanced bidirectional search: whole levels are added on the side whose frontier has fewer
   * arcs to cross. While no node carries both labels, d(s, t) > kF + kB (the depths reached);
   * the first level that meets therefore lies at d = kF + kB + 1, and its meeting nodes w (in
   * both searches) split every shortest path: σ(s, t) = Σ σF(w) · σB(w).
   */
  private sample(s: number, t: number, random: () => number): void {
    const { out, in: inArcs } = this.g;
    const { distF, distB, sigmaF, sigmaB, queueF, queueB, meet } = this;
    this.meetings = 0;
    distF[s] = 0;
    sigmaF[s] = 1;
    queueF[0] = s;
    distB[t] = 0;
    sigmaB[t] = 1;
    queueB[0] = t;
    let levelF = 0; // queueF[levelF, tailF) is the forward frontier
    let levelB = 0;
    let tailF = 1;
    let tailB = 1;
    let kF = 0;
    let kB = 0;
    let costF = (out.start[s + 1] as number) - (out.start[s] as number);
    let costB = (inArcs.start[t + 1] as number) - (inArcs.start[t] as number);
    while (this.meetings === 0 && levelF < tailF && levelB < tailB) {
      if (costF <= costB) {
        const tail = this.expand(out.start, out.adj, distF, sigmaF, queueF, distB, levelF, tailF, ++kF);
        levelF = tailF;
        tailF = tail;
        costF = this.cost;
      } else {
        const tail = this.expand(inArcs.start, inArcs.adj, distB, sigmaB, queueB, distF, levelB, tailB, ++kB);
        levelB = tailB;
        tailB = tail;
        costB = this.cost;
      }
    }
    this.tailF = tailF;
    this.tailB = tailB;
    const meetings = this.meetings;
    if (meetings === 0) return; // t is not reachable from s: the sample credits nobody

    let total = 0;
    for (let x = 0; x < meetings; x++) {
      const w = meet[x] as number;
      total += (sigmaF[w] as number) * (sigmaB[w] as number);
    }
    let pick = random() * total;
    let w = meet[meetings - 1] as number;
    for (let x = 0; x < meetings; x++) {
      const candidate = meet[x] as number;
      pick -= (sigmaF[candidate] as number) * (sigmaB[candidate] as number);
      if (pick < 0) {
        w = candidate;
        break;
      }
    }
    const hits = this.hits;
    if (w !== s && w !== t) hits[w] = (hits[w] as number) + 1;
    // back to s: each step picks a predecessor u with probability σF(u) / σF(v), which makes
    // the whole path uniform among the σF(w) shortest s→w paths; likewise on to t
    this.walk(w, distF, sigmaF, inArcs.start, inArcs.adj, random, s);
    this.walk(w, distB, sigmaB, out.start, out.adj, random, t);
  }

  /**
   * Adds level `next` to one search: its nodes are appended to `queue` after `end`, their path
   * counts summed over the previous level, and those the other search has seen recorded.
   */
  private expand(
    start: Int32Array,
    adj: Int32Array,
    dist: Int32Array,
    sigma: Float64Array,
    queue: Int32Array,
    other: Int32Array,
    begin: number,
    end: number,
    next: number,
  ): number {
    const meet = this.meet;
    let meetings = 0;
    let tail = end;
    let cost = 0;
    for (let x = begin; x < end; x++) {
      const v = queue[x] as number;
      const sv = sigma[v] as number;
      const last = start[v + 1] as number;
      for (let k = start[v] as number; k < last; k++) {
        const w = adj[k] as number;
        const dw = dist[w] as number;
        if (dw < 0) {
          dist[w] = next;
          sigma[w] = sv;
          queue[tail++] = w;
          // what expanding w would cost: its arcs in this search's direction
          cost += (start[w + 1] as number) - (start[w] as number);
          if ((other[w] as number) >= 0) meet[meetings++] = w;
        } else if (dw === next) {
          sigma[w] = (sigma[w] as number) + sv;
        }
      }
    }
    this.meetings = meetings;
    this.cost = cost;
    return tail;
  }

  private walk(from: number, dist: Int32Array, sigma: Float64Array, start: Int32Array, adj: Int32Array, random: () => number, end: number): void {
    const hits = this.hits;
    let v = from;
    while (v !== end) {
      const d = (dist[v] as number) - 1;
      let pick = random() * (sigma[v] as number);
      let chosen = -1;
      for (let k = start[v] as number; k < (start[v + 1] as number); k++) {
        const u = adj[k] as number;
        if (dist[u] !== d) continue;
        chosen = u;
        pick -= sigma[u] as number;
        if (pick < 0) break;
      }
      v = chosen;
      if (v !== end) hits[v] = (hits[v] as number) + 1;
    }
  }
}
