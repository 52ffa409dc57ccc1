import { describe, expect, it } from 'vitest';
import { ActorIdSchema, TieIdSchema } from '../../src/core/ids';
import { buildGraph } from '../../src/core/analysis/graph';
import { pathStats, type PathStats } from '../../src/core/analysis/paths';
import { analyzeNetwork, analysisOptions, prepareNetwork } from '../../src/core/analysis/analyze';
import { analyzeInStages, analyzeOnThreads, PathMemo, type StageReport } from '../../src/main/engine/analysis-stages';
import { parallelDistances, parallelPathStats, parallelPermutations, parallelValuedPathStats, PassCancelled, pathWork, ranges } from '../../src/main/engine/parallel-paths';
import { arcWeights } from '../../src/core/analysis/arc-weights';
import { arcLengths, valuedPathStats } from '../../src/core/analysis/valued-paths';
import { distanceStats } from '../../src/core/analysis/distance-stats';
import { mergePermutationCounts, permutationCounts } from '../../src/core/analysis/bonding';
import { barabasiAlbert, syntheticProject } from '../bench/generate';
import { NotedMemo, rounded } from './analysis-equality';

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

  it('adds up the slices of the pass on tie strengths to the figures of one such pass', async () => {
    const { sources, targets } = barabasiAlbert(300, 2, 5);
    const g = buildGraph(300, sources, targets, false);
    const lengths = arcLengths(g, arcWeights(g, sources, targets, sources.map((_, k) => 1 + (k % 5))));
    expect(lengths.kind).toBe('whole');
    expect(summary(await parallelValuedPathStats(g, lengths, { threads: 2 }, 0))).toEqual(summary(valuedPathStats(g, lengths)));
  });

  it('keeps two passes asked for at once apart, each with its own figures', async () => {
    const first = graphOf(300, 5);
    const second = graphOf(240, 9);
    const [a, b] = await Promise.all([parallelPathStats(first, 2, 0), parallelPathStats(second, 2, 0)]);
    expect(summary(a)).toEqual(summary(pathStats(first)));
    expect(summary(b)).toEqual(summary(pathStats(second)));
  });

  it('stops a cancelled pass inside its slices, and the next pass on the pool gets its own figures, not the stopped slices', async () => {
    // seconds of work in a few slices: cancelled 50 ms in, the threads are mid-slice
    const large = graphOf(8_000, 5);
    const small = graphOf(300, 7);
    for (const pass of [(c: { cancelled: () => boolean }) => parallelPathStats(large, 2, 0, c), (c: { cancelled: () => boolean }) => parallelDistances(large, { ...c, threads: 2 })]) {
      const begun = Date.now();
      await expect(pass({ cancelled: () => Date.now() - begun > 50 })).rejects.toBeInstanceOf(PassCancelled);
      expect(summary(await parallelPathStats(small, 2, 0))).toEqual(summary(pathStats(small)));
      const distances = await parallelDistances(large, { threads: 2 });
      const alone = distanceStats(large);
      expect(Array.from(distances.reach)).toEqual(Array.from(alone.reach));
      expect(Array.from(distances.distanceSum)).toEqual(Array.from(alone.distanceSum));
    }
  }, 120_000);

  it('reuses the pass for a graph with the same arcs and actors, and not when a tie or the order of actors changes', () => {
    const { sources, targets } = barabasiAlbert(200, 2, 3);
    const ids = Array.from({ length: 200 }, (_, i) => `a${i}`);
    const memo = new PathMemo();
    const g = buildGraph(200, sources, targets, false);
    const stats = pathStats(g);
    memo.remember(g, ids, stats);
    expect(memo.reuse(buildGraph(200, [...sources], [...targets], false), [...ids])).toBe(stats);
    expect(memo.reuse(buildGraph(200, [...sources, 0], [...targets, 199], false), ids)).toBeNull();
    expect(memo.reuse(g, [...ids].reverse())).toBeNull();
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
    // the same ties, one strength changed: the count-based pass is reused, the valued one is not
    const restrengthened = { ...fewerMembers, ties: fewerMembers.ties.map((t, i) => (i === 7 ? { ...t, strength: t.strength === 5 ? 1 : 5 } : t)) };
    const after = await analyzeOnThreads(restrengthened, options, memo);
    expect(after).toEqual(fresh(restrengthened));
    expect(after.actors.map((a) => a.valued?.constraint)).not.toEqual(fresh(fewerMembers).actors.map((a) => a.valued?.constraint));
  });
});

describe('the analysis in stages', () => {
  const data = syntheticProject(300, 1_200);
  const options = analysisOptions(data.settings.analysis, { permutations: 300, monteCarloRuns: 0 });
  const exact = analyzeNetwork(prepareNetwork(data, options), options);

  it('answers first without the all-pairs measures, then with betweenness estimated within its bound, then exactly', async () => {
    const stages: StageReport[] = [];
    const final = await analyzeInStages(data, options, { mode: 'approximate', progressive: true, onStage: (r) => stages.push(r) });
    expect(stages.map((s) => s.stage)).toEqual(['structure', 'estimate']);
    const [structure, estimate] = stages as [StageReport, StageReport];
    expect(structure.result.measures).toMatchObject({ betweenness: { method: 'pending' }, closeness: { method: 'pending' } });
    // nor does it wait for the bonding permutation test, which the next answer brings
    expect(structure.result.measures.bondingTest).toEqual({ method: 'pending' });
    expect(structure.result.bondingBridging).toMatchObject({ permutations: 0, pMoreBonding: null, pMoreBridging: null });
    expect(structure.result.actors.every((a) => a.betweenness === null && a.closeness === null)).toBe(true);
    // nor for the counts of κ and λ: the blocks and bridges tell 0, 1 and "at least 2"
    expect(structure.result.measures.connectivity).toEqual({ method: 'pending' });
    const classOf = (k: number | null) => (k === null ? null : Math.min(k, 2));
    expect(structure.result.collaborations).toEqual(
      exact.collaborations.map((c) => ({
        ...c,
        vertexConnectivity: classOf(c.vertexConnectivity),
        edgeConnectivity: classOf(c.edgeConnectivity),
        connectivityExact: c.vertexConnectivity === null || (c.vertexConnectivity < 2 && (c.edgeConnectivity ?? 0) < 2),
      })),
    );
    expect(estimate.result.measures.connectivity).toEqual({ method: 'exact' });
    expect(estimate.result.collaborations).toEqual(exact.collaborations);
    // what needs no all-pairs paths is already there, and the same as in the exact answer
    // (but for those that read betweenness or the permutation test)
    const later = new Set(['central-dominance', 'more-bonding-than-chance']);
    const withoutPaths = (r: typeof exact) => r.findings.filter((f) => !later.has(f.kind));
    expect(withoutPaths(structure.result)).toEqual(withoutPaths(exact));
    expect(structure.result.bridges).toEqual(exact.bridges);
    expect(estimate.result.measures.betweenness).toMatchObject({ method: 'approximate', epsilon: 0.01, delta: 0.1, seed: options.seed });
    expect(estimate.result.measures.closeness).toEqual({ method: 'exact' });
    expect(estimate.result.measures.bondingTest).toEqual({ method: 'exact' });
    expect(estimate.result.bondingBridging).toEqual(exact.bondingBridging);
    const n = exact.actors.length;
    // normalised on ordered pairs; an undirected graph's raw betweenness counts each pair once
    const scale = exact.network.directed ? n * (n - 1) : (n * (n - 1)) / 2;
    estimate.result.actors.forEach((a, i) => {
      expect(Math.abs((a.betweenness ?? NaN) - (exact.actors[i]?.betweenness ?? NaN)) / scale).toBeLessThanOrEqual(0.01);
      expect(a.closeness).toBeCloseTo(exact.actors[i]?.closeness ?? NaN, 12);
    });
    expect(final.stage).toBe('exact');
    expect(final.complete).toBe(true);
    expect(final.result).toEqual(exact);
  });

  it('gives the estimate as the final answer when asked for approximate values only (the CLI)', async () => {
    const final = await analyzeInStages(data, options, { mode: 'approximate', progressive: false });
    expect(final.stage).toBe('estimate');
    expect(final.complete).toBe(true);
    expect(final.result.measures.betweenness.method).toBe('approximate');
  });

  it('answers a small network exactly at once under auto, with no estimate first', async () => {
    const stages: StageReport[] = [];
    const final = await analyzeInStages(data, options, { mode: 'auto', progressive: true, onStage: (r) => stages.push(r) });
    expect(stages).toEqual([]);
    expect(final.result).toEqual(exact);
  });
});

describe('the bonding permutation test in blocks', () => {
  const data = syntheticProject(400, 2_000);
  const options = analysisOptions(data.settings.analysis, {});
  const net = prepareNetwork(data, options);
  // labels unrelated to the ties: the shufflings fall on both sides of the observed E-I
  const group = Int32Array.from({ length: net.graph.n }, (_, i) => (i * 7_919) % 3);

  it('counts the same however its blocks are spread, on this thread or on the pool', async () => {
    const whole = permutationCounts(net.graph, group, 1_000, 7);
    expect(whole.permutations).toBe(1_000);
    expect(whole.atMost).toBeGreaterThan(0);
    expect(whole.atLeast).toBeGreaterThan(0);
    expect(mergePermutationCounts([permutationCounts(net.graph, group, 1_000, 7, 0, 1), permutationCounts(net.graph, group, 1_000, 7, 1, 4)])).toEqual(whole);
    expect(await parallelPermutations(net.graph, group, 1_000, 7, { threads: 2 })).toEqual(whole);
    expect(permutationCounts(net.graph, group, 1_000, 8)).not.toEqual(whole);
  });
});

describe('the analysis after an edit that changes ties', () => {
  const data = syntheticProject(300, 1_200);
  const options = analysisOptions(data.settings.analysis, { permutations: 0, monteCarloRuns: 0 });
  const fresh = (d: typeof data) => analyzeNetwork(prepareNetwork(d, options), options);

  it('brings the last exact pass up to date, in one exact answer equal to a fresh analysis, through a run of edits', async () => {
    const memo = new PathMemo();
    let current = data;
    await analyzeOnThreads(current, options, memo);
    const actors = data.actors.map((a) => a.id);
    const tie = (d: typeof data, id: string, source: string, target: string) => ({
      ...(d.ties[0] as (typeof d.ties)[number]),
      id: TieIdSchema.parse(id),
      source: ActorIdSchema.parse(source),
      target: ActorIdSchema.parse(target),
    });
    // [edit, whether a few searches bring the pass up to date]
    const edits: Array<[(d: typeof data) => typeof data, boolean]> = [
      [(d) => ({ ...d, ties: [...d.ties, tie(d, 't-new-1', actors[5] as string, actors[250] as string)] }), true],
      [(d) => ({ ...d, ties: d.ties.filter((t) => t.id !== 't-new-1') }), true],
      [(d) => ({ ...d, actors: [...d.actors, { ...(d.actors[0] as (typeof d.actors)[number]), id: ActorIdSchema.parse('a-new'), label: 'Ny' }], ties: [...d.ties, tie(d, 't-new-2', 'a-new', actors[10] as string)] }), true],
      // a tie inside the dense middle changes most sources' paths: a whole pass, estimate first
      [(d) => ({ ...d, ties: [...d.ties, tie(d, 't-new-3', actors[17] as string, actors[18] as string)] }), false],
    ];
    for (const [edit, few] of edits) {
      current = edit(current);
      const stages: StageReport[] = [];
      // a whole pass would not be quick here, the searches one tie needs are
      const exactQuickWork = pathWork(prepareNetwork(current, options).graph) / 2;
      const final = await analyzeInStages(current, options, { mode: 'auto', progressive: true, memo, onStage: (r) => stages.push(r), exactQuickWork });
      expect(stages.map((s) => s.stage).includes('estimate')).toBe(!few);
      expect(final.stage).toBe('exact');
      const expected = fresh(current);
      // the update adds and takes out sums in another order than a fresh pass: equal to 10 digits
      expect(rounded(final.result)).toEqual(rounded(expected));
    }
  });
});

describe('the first answer after an edit to a large network', () => {
  const data = syntheticProject(300, 1_200);
  const options = analysisOptions(data.settings.analysis, { permutations: 100, monteCarloRuns: 0 });
  /** a memo that notes when an update is planned */
  it('goes out before the update of the last pass is planned, and a small network’s one exact answer does not wait for it', async () => {
    const events: string[] = [];
    const memo = new NotedMemo(events);
    await analyzeOnThreads(data, options, memo);
    const expectFresh = (report: StageReport, d: typeof data) => expect(rounded(report.result)).toEqual(rounded(analyzeNetwork(prepareNetwork(d, options), options)));
    // large: a whole pass is not quick here
    const edited = { ...data, ties: data.ties.slice(1) };
    const exactQuickWork = pathWork(prepareNetwork(edited, options).graph) / 2;
    events.length = 0;
    const large = await analyzeInStages(edited, options, { mode: 'auto', progressive: true, memo, onStage: (r) => events.push(r.stage), exactQuickWork });
    expect(events.slice(0, 2)).toEqual(['structure', 'plan']);
    expect(large.stage).toBe('exact');
    expectFresh(large, edited);
    // small: planned first, and the one answer is exact
    events.length = 0;
    const small = await analyzeInStages(data, options, { mode: 'auto', progressive: true, memo, onStage: (r) => events.push(r.stage) });
    expect(events).toEqual(['plan']);
    expect(small.stage).toBe('exact');
    expectFresh(small, data);
  });
});

describe('the ranges a pass is sliced into', () => {
  it('cover [0, total) in order without gaps or empty ranges, cut on the unit where one is given', () => {
    expect(ranges(10, 3)).toEqual([[0, 3], [3, 7], [7, 10]]);
    expect(ranges(2, 5)).toEqual([[0, 1], [1, 2]]);
    expect(ranges(130, 2, 64)).toEqual([[0, 64], [64, 130]]);
    expect(ranges(0, 4)).toEqual([]);
  });
});
