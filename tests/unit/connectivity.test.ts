import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysisOptions, analyze } from '../../src/core/analysis/analyze';
import { ConnectivityOracle, localConnectivity } from '../../src/core/analysis/connectivity';
import { combinedGraph, personDependency } from '../../src/core/analysis/dependency';
import { buildNetwork } from '../../src/core/analysis/network';
import { seededRandom } from '../../src/core/analysis/random';
import { decodeCsvSet } from '../../src/core/format/csv-set';
import { findAppRoot } from '../../src/main/engine/paths';
import { fixtureGraph, reference } from '../helpers/graph-fixtures';

/** networkx node_connectivity / edge_connectivity, checked against igraph (tests/reference/connectivity.py). */
interface Pair {
  s: string;
  t: string;
  kappa: number;
  lambda: number;
  shared?: number;
}
const ref = reference<{ davisEvents: Pair[]; karate: Pair[]; lesmis: Pair[] }>('connectivity');
const root = findAppRoot();

describe.each(['karate', 'lesmis'] as const)('κ and λ of non-adjacent pairs in %s', (name) => {
  const f = fixtureGraph(name);

  it('are those networkx and igraph give, for every pair', () => {
    const oracle = new ConnectivityOracle(f.graph);
    const wrong: string[] = [];
    for (const p of ref[name]) {
      const s = f.index.get(p.s) as number;
      const t = f.index.get(p.t) as number;
      const kappa = oracle.count(s, t, 'vertex');
      const lambda = oracle.count(s, t, 'edge');
      if (kappa.value !== p.kappa || lambda.value !== p.lambda || !kappa.exact || !lambda.exact)
        wrong.push(`${p.s}–${p.t}: κ ${kappa.value} (${p.kappa}), λ ${lambda.value} (${p.lambda})`);
    }
    expect(wrong).toEqual([]);
    // the pairs reach well beyond the old cap of 3
    expect(Math.max(...ref[name].map((p) => p.lambda))).toBeGreaterThan(3);
  });

  it('do not depend on which end the count starts from, nor on the counts before it', () => {
    const p = ref[name].reduce((best, x) => (x.kappa > best.kappa ? x : best));
    const s = f.index.get(p.s) as number;
    const t = f.index.get(p.t) as number;
    expect([localConnectivity(f.graph, t, s, 'vertex'), localConnectivity(f.graph, t, s, 'edge')]).toEqual([p.kappa, p.lambda]);
  });

  it('come back as lower bounds, never as exact, when the work budget runs out', () => {
    const oracle = new ConnectivityOracle(f.graph);
    let inexact = 0;
    for (const p of ref[name].slice(0, 200)) {
      const s = f.index.get(p.s) as number;
      const t = f.index.get(p.t) as number;
      for (const [kind, truth] of [['vertex', p.kappa], ['edge', p.lambda]] as const) {
        const count = oracle.count(s, t, kind, { left: 40 }, Math.min(truth, 1));
        expect(count.value).toBeLessThanOrEqual(truth);
        expect(count.value).toBeGreaterThanOrEqual(Math.min(truth, 1));
        if (!count.exact) inexact++;
        else expect(count.value).toBe(truth);
      }
    }
    expect(inexact).toBeGreaterThan(0);
  });
});

describe("Davis's southern women as persons, events and memberships", () => {
  const dir = join(root, 'tests/fixtures/csv/davis');
  const file = (name: string) => ({ name, text: readFileSync(join(dir, name), 'utf8') });
  const data = decodeCsvSet({ actors: file('actors.csv'), memberships: file('memberships.csv') });
  const options = analysisOptions(data.settings.analysis, { permutations: 0, monteCarloRuns: 0 });
  const result = analyze(data, options);
  const byPair = new Map(result.collaborations.map((c) => [[c.a, c.b].sort().join(' '), c]));

  it('count κ and λ between every two events exactly, as networkx, beyond the three the analysis used to stop at', () => {
    expect(result.collaborations).toHaveLength(ref.davisEvents.length);
    const wrong: string[] = [];
    for (const p of ref.davisEvents) {
      const c = byPair.get([p.s, p.t].sort().join(' '));
      if (!c || c.vertexConnectivity !== p.kappa || c.edgeConnectivity !== p.lambda || !c.connectivityExact)
        wrong.push(`${p.s}–${p.t}: κ ${String(c?.vertexConnectivity)} (${p.kappa}), λ ${String(c?.edgeConnectivity)} (${p.lambda}), exact ${String(c?.connectivityExact)}`);
    }
    expect(wrong).toEqual([]);
    // E8 and E9 share nine women, and two more paths run through other events
    expect(byPair.get('E8 E9')).toMatchObject({ vertexConnectivity: 11, edgeConnectivity: 12, sharedMembers: expect.any(Array) as unknown, connectivityExact: true });
    expect(byPair.get('E8 E9')?.sharedMembers).toHaveLength(9);
  });

  it('report what they found so far as a lower bound, marked not exact, when the budget is spent', () => {
    const net = buildNetwork(data, options);
    const combined = combinedGraph(net);
    const dependency = personDependency(net, { combined, monteCarloRuns: 0, random: seededRandom(1), strengthScale: data.settings.strengthScale, connectivityBudget: 300 });
    const truth = new Map(ref.davisEvents.map((p) => [[p.s, p.t].sort().join(' '), p]));
    const inexact = dependency.collaborations.filter((c) => !c.connectivityExact);
    expect(inexact.length).toBeGreaterThan(0);
    for (const c of dependency.collaborations) {
      const p = truth.get([c.a, c.b].sort().join(' ')) as Pair;
      expect(c.vertexConnectivity).toBeLessThanOrEqual(p.kappa);
      expect(c.edgeConnectivity).toBeLessThanOrEqual(p.lambda);
      if (c.connectivityExact) expect([c.vertexConnectivity, c.edgeConnectivity]).toEqual([p.kappa, p.lambda]);
      // the blocks alone already tell that these pairs need two cuts at least
      else expect(Math.min(c.vertexConnectivity ?? 0, c.edgeConnectivity ?? 0)).toBeGreaterThanOrEqual(2);
    }
  });
});
