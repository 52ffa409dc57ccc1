import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/core/analysis/graph';
import { pathStats, type PathStats } from '../../src/core/analysis/paths';
import { analyzeNetwork, analysisOptions, prepareNetwork } from '../../src/core/analysis/analyze';
import { analyzeOnThreads, parallelPathStats, PathMemo } from '../../src/main/engine/parallel-paths';
import { barabasiAlbert, syntheticProject } from '../bench/generate';

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

  it('reuses the pass for a graph with the same arcs, and makes a new one when a tie changes', async () => {
    const { sources, targets } = barabasiAlbert(200, 2, 3);
    const memo = new PathMemo();
    const first = await memo.pathsOf(buildGraph(200, sources, targets, false));
    expect(await memo.pathsOf(buildGraph(200, [...sources], [...targets], false))).toBe(first);
    const moreTies = buildGraph(200, [...sources, 0], [...targets, 199], false);
    const changed = await memo.pathsOf(moreTies);
    expect(changed).not.toBe(first);
    expect(summary(changed)).toEqual(summary(pathStats(moreTies)));
  });
});

describe('the analysis on threads, remembering its last path pass', () => {
  const data = syntheticProject(150, 500);
  const options = analysisOptions(data.settings.analysis, { permutations: 0, monteCarloRuns: 0 });
  const fresh = (d: typeof data) => analyzeNetwork(prepareNetwork(d, options), options);

  it('gives after each kind of edit what a fresh analysis gives', async () => {
    const memo = new PathMemo();
    expect(await analyzeOnThreads(data, options, memo)).toEqual(fresh(data));
    const renamed = { ...data, actors: data.actors.map((a, i) => (i === 20 ? { ...a, label: 'Omdøbt Aktør' } : a)) };
    expect(await analyzeOnThreads(renamed, options, memo)).toEqual(fresh(renamed));
    const fewerTies = { ...renamed, ties: renamed.ties.slice(1) };
    expect(await analyzeOnThreads(fewerTies, options, memo)).toEqual(fresh(fewerTies));
    const fewerMembers = { ...fewerTies, memberships: fewerTies.memberships.slice(3) };
    expect(await analyzeOnThreads(fewerMembers, options, memo)).toEqual(fresh(fewerMembers));
  });
});
