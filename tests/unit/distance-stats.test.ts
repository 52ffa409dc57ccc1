import { describe, expect, it } from 'vitest';
import { distanceStats, mergeDistanceStats, type DistanceStats } from '../../src/core/analysis/distance-stats';
import { buildGraph, type Graph } from '../../src/core/analysis/graph';
import { pathStats } from '../../src/core/analysis/paths';
import { seededRandom } from '../../src/core/analysis/random';
import { barabasiAlbert } from '../bench/generate';
import { fixtureGraph } from '../helpers/graph-fixtures';

function randomDirected(n: number, m: number, seed: number): Graph {
  const random = seededRandom(seed);
  const sources = Array.from({ length: m }, () => random.int(n));
  const targets = Array.from({ length: m }, () => random.int(n));
  return buildGraph(n, sources, targets, true);
}

/** Two scale-free pieces and a path, undirected or directed, then ten nodes with no ties. */
function disconnected(directed: boolean): Graph {
  const a = barabasiAlbert(120, 2, 3);
  const b = barabasiAlbert(80, 3, 4);
  const sources = [...a.sources, ...b.sources.map((x) => x + 120)];
  const targets = [...a.targets, ...b.targets.map((x) => x + 120)];
  for (let i = 200; i < 214; i++) {
    sources.push(i);
    targets.push(i + 1);
  }
  return buildGraph(225, sources, targets, directed);
}

const large = (directed: boolean) => {
  const { sources, targets } = barabasiAlbert(3100, 3, 5);
  return buildGraph(3100, sources, targets, directed);
};

function expectSame(actual: DistanceStats, g: Graph): void {
  const exact = pathStats(g, { betweenness: false });
  expect(Array.from(actual.reach)).toEqual(Array.from(exact.reach));
  expect(Array.from(actual.distanceSum)).toEqual(Array.from(exact.distanceSum));
  const relative = Math.abs(actual.reciprocalDistanceSum - exact.reciprocalDistanceSum) / Math.max(1, exact.reciprocalDistanceSum);
  expect(relative).toBeLessThan(1e-9);
}

const CASES: Array<[string, Graph]> = [
  ['Zachary karate club', fixtureGraph('karate').graph],
  ['the directed fixture network', fixtureGraph('directed').graph],
  ['a directed random graph, sparse enough to leave many pairs unreachable', randomDirected(400, 600, 9)],
  ['an undirected graph in pieces, with isolated nodes', disconnected(false)],
  ['a directed graph in pieces, with isolated nodes', disconnected(true)],
  ['a 3,100-node scale-free graph (which pathStats relabels first)', large(false)],
  ['the same graph with its ties directed', large(true)],
];

describe.each(CASES)('the bit-parallel distance pass on %s', (_name, g) => {
  it("gives exactly pathStats' reach, distance sums and reciprocal distances", () => {
    expectSame(distanceStats(g), g);
  });

  it('gives the same totals when its targets are split into slices or lists and added up', () => {
    const third = Math.floor(g.n / 3);
    // slices that are not whole batches of 32, and a list of the rest in shuffled order
    const rest = Array.from({ length: g.n - 2 * third - 5 }, (_, x) => 2 * third + 5 + x).reverse();
    const parts = [
      distanceStats(g, { to: third }),
      distanceStats(g, { from: third, to: 2 * third + 5 }),
      distanceStats(g, { sources: rest }),
    ];
    expectSame(mergeDistanceStats(parts), g);
  });
});

describe('the bit-parallel distance pass', () => {
  it('counts a target listed twice twice, as pathStats does a repeated source', () => {
    const g = fixtureGraph('karate').graph;
    const once = distanceStats(g, { sources: [0, 5, 33] });
    const twice = distanceStats(g, { sources: [0, 5, 33, 5] });
    const extra = distanceStats(g, { sources: [5] });
    expect(Array.from(twice.reach)).toEqual(Array.from(mergeDistanceStats([once, extra]).reach));
    expect(twice.reciprocalDistanceSum).toBeCloseTo(once.reciprocalDistanceSum + extra.reciprocalDistanceSum, 10);
  });

  it('gives zeros on a graph without ties', () => {
    const none = distanceStats(buildGraph(5, [], [], false));
    expect(Array.from(none.reach)).toEqual([0, 0, 0, 0, 0]);
    expect(none.reciprocalDistanceSum).toBe(0);
  });
});

describe('a pass told to stop', () => {
  const { sources, targets } = barabasiAlbert(400, 2, 11);
  const g = buildGraph(400, sources, targets, false);
  const after = (calls: number) => {
    let asked = 0;
    return () => ++asked > calls;
  };

  it('ends the distance pass at the next batch of searches, with what the batches before gave', () => {
    expect(distanceStats(g, { stopped: after(2) })).toEqual(distanceStats(g, { from: 0, to: 128 }));
    expect(distanceStats(g, { stopped: after(0) })).toEqual(distanceStats(g, { sources: [] }));
  });

  it("ends Brandes' pass at the next source, with what the sources before gave, relabelled for locality or not", () => {
    for (const locality of [false, true]) {
      const stopped = pathStats(g, { stopped: after(37), locality });
      const first = pathStats(g, { from: 0, to: 37, locality });
      expect(Array.from(stopped.reach)).toEqual(Array.from(first.reach));
      expect(Array.from(stopped.distanceSum)).toEqual(Array.from(first.distanceSum));
      stopped.betweenness.forEach((b, i) => expect(b).toBeCloseTo(first.betweenness[i] as number, 9));
    }
  });
});
