import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/core/analysis/graph';
import { pathStats, type PathStats } from '../../src/core/analysis/paths';
import { parallelPathStats } from '../../src/main/engine/parallel-paths';
import { barabasiAlbert } from '../bench/generate';

const graphOf = (n: number, seed: number) => {
  const { sources, targets } = barabasiAlbert(n, 2, seed);
  return buildGraph(n, sources, targets, false);
};

const summary = (s: PathStats) => ({
  betweenness: Array.from(s.betweenness, (x) => Math.round(x * 1e6) / 1e6),
  reach: Array.from(s.reach),
  distanceSum: Array.from(s.distanceSum),
});

describe('the shortest-path pass spread over worker threads', () => {
  it('adds up the slices to the figures of one pass', async () => {
    const g = graphOf(300, 5);
    expect(summary(await parallelPathStats(g, 2, 0))).toEqual(summary(pathStats(g)));
  });

  it('keeps two passes asked for at once apart, each with its own figures', async () => {
    const first = graphOf(300, 5);
    const second = graphOf(240, 9);
    const [a, b] = await Promise.all([parallelPathStats(first, 2, 0), parallelPathStats(second, 2, 0)]);
    expect(summary(a)).toEqual(summary(pathStats(first)));
    expect(summary(b)).toEqual(summary(pathStats(second)));
  });
});
