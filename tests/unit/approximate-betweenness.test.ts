import { describe, expect, it } from 'vitest';
import {
  approximateBetweenness,
  betweennessSampleSize,
  mergeBetweennessSamples,
  rawBound,
  sampleBetweenness,
  samplesFor,
  type BetweennessOptions,
} from '../../src/core/analysis/approximate-betweenness';
import { buildGraph, type Graph } from '../../src/core/analysis/graph';
import { pathStats } from '../../src/core/analysis/paths';
import { seededRandom } from '../../src/core/analysis/random';
import { vertexDiameterBound } from '../../src/core/analysis/vertex-diameter';
import { barabasiAlbert } from '../bench/generate';
import { fixtureGraph } from '../helpers/graph-fixtures';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0xdeadbeef];

/** A directed G(n, m): m arcs between random ordered pairs (repeats and loops merged away). */
function randomDirected(n: number, m: number, seed: number): Graph {
  const random = seededRandom(seed);
  const sources = Array.from({ length: m }, () => random.int(n));
  const targets = Array.from({ length: m }, () => random.int(n));
  return buildGraph(n, sources, targets, true);
}

/** Two scale-free pieces, a path and three isolated nodes: unreachable pairs of every kind. */
function disconnected(): Graph {
  const a = barabasiAlbert(300, 2, 3);
  const b = barabasiAlbert(200, 3, 4);
  const sources = [...a.sources, ...b.sources.map((x) => x + 300)];
  const targets = [...a.targets, ...b.targets.map((x) => x + 300)];
  for (let i = 500; i < 519; i++) {
    sources.push(i);
    targets.push(i + 1);
  }
  return buildGraph(523, sources, targets, false);
}

function path(n: number, directed: boolean): Graph {
  const from = Array.from({ length: n - 1 }, (_, i) => i);
  return buildGraph(n, from, from.map((i) => i + 1), directed);
}

const karate = fixtureGraph('karate').graph;
const ba = (() => {
  const { sources, targets } = barabasiAlbert(3000, 3, 7);
  return buildGraph(3000, sources, targets, false);
})();

const CASES: Array<[string, Graph, number]> = [
  ['Zachary karate club', karate, 0.01],
  ['a 3,000-node Barabási–Albert graph', ba, 0.02],
  ['a directed random graph', randomDirected(600, 2400, 12), 0.02],
  ['a disconnected graph with isolated nodes', disconnected(), 0.02],
];

describe.each(CASES)('sampled betweenness on %s', (_name, g, epsilon) => {
  const exact = pathStats(g).betweenness;
  const bound = rawBound(g.n, g.directed, epsilon);

  it('keeps every node within the stated bound of the exact betweenness, for every seed', () => {
    for (const seed of SEEDS) {
      const estimate = approximateBetweenness(g, { epsilon, delta: 0.1, seed });
      const worst = Math.max(...Array.from(estimate.betweenness, (b, i) => Math.abs(b - (exact[i] as number))));
      expect({ seed, within: worst <= bound }).toEqual({ seed, within: true });
      expect(estimate.samples).toBe(betweennessSampleSize(g, epsilon, 0.1).samples);
    }
  });

  it('gives the identical estimate whether its samples are drawn in one, two or three slices', () => {
    const o: BetweennessOptions = { epsilon, delta: 0.1, seed: 77 };
    const size = betweennessSampleSize(g, epsilon, 0.1);
    const r = size.samples;
    const whole = approximateBetweenness(g, o).betweenness;
    const two = mergeBetweennessSamples([sampleBetweenness(g, { ...o, to: 1234 }), sampleBetweenness(g, { ...o, from: 1234 })]);
    const cuts = [0, Math.floor(r / 3), Math.floor((2 * r) / 3), r];
    // merged out of order, with the sample size handed in as the engine does
    const three = mergeBetweennessSamples(
      [2, 0, 1].map((k) => sampleBetweenness(g, { ...o, size, from: cuts[k], to: cuts[k + 1] })),
    );
    expect(Array.from(two.betweenness)).toEqual(Array.from(whole));
    expect(Array.from(three.betweenness)).toEqual(Array.from(whole));
  });
});

describe('sampled betweenness', () => {
  it('picks among shortest paths in proportion to their number, so a sharp ε lands sharply on the exact values', () => {
    // a grid joins most pairs by many shortest paths, in very unequal numbers through each
    // neighbour: choosing a predecessor without weighting by its path count misses by 0.007 or
    // more here, where the weighted choice stays under 0.002 (at ε = 0.005)
    const k = 12;
    const from: number[] = [];
    const to: number[] = [];
    for (let i = 0; i < k; i++)
      for (let j = 0; j < k; j++) {
        if (j + 1 < k) {
          from.push(i * k + j);
          to.push(i * k + j + 1);
        }
        if (i + 1 < k) {
          from.push(i * k + j);
          to.push((i + 1) * k + j);
        }
      }
    const grid = buildGraph(k * k, from, to, false);
    const exact = pathStats(grid).betweenness;
    const pairs = (grid.n * (grid.n - 1)) / 2;
    for (const seed of [1, 2]) {
      const estimate = approximateBetweenness(grid, { epsilon: 0.005, delta: 0.1, seed });
      const worst = Math.max(...Array.from(estimate.betweenness, (b, i) => Math.abs(b - (exact[i] as number)) / pairs));
      expect(worst).toBeLessThan(0.004);
    }
  });

  it('draws other samples for another seed', () => {
    const a = approximateBetweenness(karate, { epsilon: 0.05, delta: 0.1, seed: 1 }).betweenness;
    const b = approximateBetweenness(karate, { epsilon: 0.05, delta: 0.1, seed: 2 }).betweenness;
    expect(Array.from(a)).not.toEqual(Array.from(b));
  });

  it('sizes its sample by the formula, checked by hand on small graphs', () => {
    // a star of five: one search from its centre has eccentricity 1, so VD ≤ 2·1 + 1 = 3;
    // r = ⌈(0.5 / 0.1²)(⌊log₂ 1⌋ + 1 + ln 10)⌉ = ⌈50 · 3.302585⌉ = 166
    const star = buildGraph(5, [0, 0, 0, 0], [1, 2, 3, 4], false);
    expect(betweennessSampleSize(star, 0.1, 0.1)).toEqual({ samples: 166, vertexDiameter: 3 });
    // a path of ten searched from its end: 2·9 + 1 = 19, but it has only 10 nodes;
    // r = ⌈50 (⌊log₂ 8⌋ + 1 + ln 10)⌉ = ⌈50 · 6.302585⌉ = 316
    expect(betweennessSampleSize(path(10, false), 0.1, 0.1)).toEqual({ samples: 316, vertexDiameter: 10 });
    // ε = 0.01, δ = 0.05: r = ⌈5000 (⌊log₂ 8⌋ + 1 + ln 20)⌉ = ⌈5000 · 6.995732⌉ = 34,979
    expect(samplesFor(10, 0.01, 0.05)).toBe(34_979);
    // no shortest path with an inner node: every betweenness is 0 and nothing is sampled
    expect(samplesFor(2, 0.01, 0.1)).toBe(0);
    const pair = buildGraph(4, [0, 2], [1, 3], false);
    expect(Array.from(approximateBetweenness(pair, { epsilon: 0.01, delta: 0.1, seed: 1 }).betweenness)).toEqual([0, 0, 0, 0]);
  });

  it('bounds the vertex diameter of a directed graph by the heaviest chain of strong components', () => {
    // a chain of four single-node components
    expect(vertexDiameterBound(path(4, true))).toBe(4);
    // a directed 5-cycle: eccentricities 4 out and 4 in from any root, capped by its 5 nodes
    const cycle = buildGraph(5, [0, 1, 2, 3, 4], [1, 2, 3, 4, 0], true);
    expect(vertexDiameterBound(cycle)).toBe(5);
    // a 2-cycle feeding a 3-cycle feeding a single node: 2 + 3 + 1
    const chain = buildGraph(6, [0, 1, 1, 2, 3, 4, 4], [1, 0, 2, 3, 4, 2, 5], true);
    expect(vertexDiameterBound(chain)).toBe(6);
  });

  it('never bounds the vertex diameter below the true one', () => {
    const trueVertexDiameter = (g: Graph): number => {
      // one search from every node: the most nodes on any shortest path
      let best = 1;
      const dist = new Int32Array(g.n);
      for (let s = 0; s < g.n; s++) {
        dist.fill(-1);
        dist[s] = 0;
        const queue = [s];
        for (let h = 0; h < queue.length; h++) {
          const v = queue[h] as number;
          for (let k = g.out.start[v] as number; k < (g.out.start[v + 1] as number); k++) {
            const w = g.out.adj[k] as number;
            if ((dist[w] as number) < 0) {
              dist[w] = (dist[v] as number) + 1;
              queue.push(w);
              best = Math.max(best, (dist[w]) + 1);
            }
          }
        }
      }
      return best;
    };
    for (const g of [karate, randomDirected(300, 600, 3), randomDirected(300, 330, 4), disconnected()])
      expect(vertexDiameterBound(g)).toBeGreaterThanOrEqual(trueVertexDiameter(g));
  });

  it('refuses slices from different runs and slices that leave samples out', () => {
    const o: BetweennessOptions = { epsilon: 0.1, delta: 0.1, seed: 1 };
    expect(() => mergeBetweennessSamples([sampleBetweenness(karate, { ...o, to: 10 })])).toThrow(/missing/);
    expect(() =>
      mergeBetweennessSamples([sampleBetweenness(karate, { ...o, to: 10 }), sampleBetweenness(karate, { ...o, seed: 2, from: 10 })]),
    ).toThrow(/different runs/);
    expect(() => approximateBetweenness(karate, { ...o, epsilon: 0 })).toThrow(/epsilon/);
  });
});
