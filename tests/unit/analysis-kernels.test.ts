import { describe, expect, it } from 'vitest';
import { bondingBridging, wholeNetworkEi } from '../../src/core/analysis/bonding';
import { brokerage } from '../../src/core/analysis/brokerage';
import { ConnectivityOracle, connectivityClass, cutIndex, localConnectivity } from '../../src/core/analysis/connectivity';
import { fragmentationDF, fragmentationF, pairsAfterRemoving } from '../../src/core/analysis/fragmentation';
import { closeness, pathStats, mergePathStats } from '../../src/core/analysis/paths';
import { krackhardtHierarchy } from '../../src/core/analysis/power';
import { structuralHoles } from '../../src/core/analysis/structural-holes';
import { bonacichPower, components, cutStructure, principalEigen, stronglyConnected } from '../../src/core/analysis/structure';
import { byId, expectClose, fixtureGraph, reference, type FixtureGraph } from '../helpers/graph-fixtures';

type Values = Record<string, number | null>;

interface Ref {
  directed: boolean;
  n: number;
  m: number;
  components: string[][];
  betweenness: Values;
  closeness: Values;
  closenessOut?: Values;
  eigenvectorIgraph?: Values;
  constraint: Values;
  effectiveSize: Values;
  efficiency: Values;
  burtHierarchy: Values;
  bridges: string[][];
  articulationPoints: string[];
  assortativity: Record<string, number>;
  modularity: Record<string, number>;
  modularityDirected?: Record<string, number>;
  eiIndex: Record<string, { whole: number; E: number; I: number; expected: number; groups: Record<string, { size: number; internal: number; external: number; ei: number | null }>; actors: Values }>;
  fragmentation: { intact: { F: number; DF: number }; without: Record<string, { F: number; DF: number }> };
  nodeConnectivity: Array<{ s: string; t: string; kappa: number; lambda: number; kappaUndirected?: number; lambdaUndirected?: number }>;
  reciprocity?: number;
  bonacich?: Array<{ beta: number; values: Values }>;
}

const GRAPHS = ['karate', 'florentine', 'davis', 'directed', 'lesmis'] as const;
const groupAttribute: Partial<Record<(typeof GRAPHS)[number], string>> = { karate: 'club', directed: 'group', davis: 'kind' };

function groups(f: FixtureGraph, attr: string): { group: Int32Array; names: string[] } {
  const values = f.attribute(attr);
  const names = [...new Set(values)];
  return { group: Int32Array.from(values.map((v) => names.indexOf(v))), names };
}

describe.each(GRAPHS)('the %s network, against networkx and igraph', (name) => {
  const f = fixtureGraph(name);
  const ref = reference<Ref>(name);
  const g = f.graph;
  const stats = pathStats(g);

  it('has the nodes, ties and components the references have', () => {
    expect([g.n, g.m, g.directed]).toEqual([ref.n, ref.m, ref.directed]);
    const { of } = components(g);
    const found = [...new Set(of)].map((c) => f.ids.filter((_, i) => of[i] === c).sort());
    expect(found.sort((a, b) => b.length - a.length)).toEqual(ref.components);
  });

  it('gives raw betweenness as igraph does', () => {
    expectClose(byId(f, stats.betweenness), ref.betweenness, 1e-8);
  });

  it('gives the same betweenness when the sources are split into slices and added up', () => {
    const half = Math.floor(g.n / 2);
    const merged = mergePathStats([pathStats(g, { from: 0, to: half }), pathStats(g, { from: half })]);
    expectClose(byId(f, merged.betweenness), ref.betweenness, 1e-8);
  });

  it("gives closeness as networkx's Wasserman–Faust form over outgoing distances", () => {
    expectClose(byId(f, closeness(stats)), ref.directed ? (ref.closenessOut ?? {}) : ref.closeness, 1e-8);
  });

  it('gives eigenvector centrality as igraph scales it (largest = 1)', () => {
    if (!ref.eigenvectorIgraph) return; // not unique for graphs that are not strongly connected
    const { vector } = principalEigen(g.directed ? g.in : g.out, g.n);
    expectClose(byId(f, vector), ref.eigenvectorIgraph, 1e-6);
  });

  it("gives Burt's constraint, effective size, efficiency and hierarchy", () => {
    const holes = structuralHoles(g);
    expectClose(byId(f, holes.constraint), ref.constraint, 1e-8);
    expectClose(byId(f, holes.effectiveSize), ref.effectiveSize, 1e-8);
    expectClose(byId(f, holes.efficiency), ref.efficiency, 1e-8);
    expectClose(byId(f, holes.hierarchy), ref.burtHierarchy, 1e-8);
  });

  it('finds the bridges and articulation points', () => {
    const { bridges, bridgeSides, articulation } = cutStructure(g);
    const named = bridges.map(([a, b]) => [f.ids[a] as string, f.ids[b] as string].sort()).sort();
    expect(named).toEqual(ref.bridges);
    // the two sides of each bridge are what removing it leaves: count them the slow way
    const { of, sizes } = components(g);
    bridges.forEach(([a, b], i) => {
      const seen = new Set([a]);
      const queue = [a];
      for (const v of queue)
        for (let k = g.both.start[v] as number; k < (g.both.start[v + 1] as number); k++) {
          const w = g.both.adj[k] as number;
          if (!(v === a && w === b) && !seen.has(w)) {
            seen.add(w);
            queue.push(w);
          }
        }
      expect(bridgeSides[i]).toEqual([seen.size, (sizes[of[a] as number] as number) - seen.size]);
    });
    expect(f.ids.filter((_, i) => articulation[i]).sort()).toEqual(ref.articulationPoints);
  });

  it("gives Borgatti's fragmentation, intact and with the most central actors removed", () => {
    expect(fragmentationF(g, null)).toBeCloseTo(ref.fragmentation.intact.F, 8);
    expect(fragmentationDF(g, null).value).toBeCloseTo(ref.fragmentation.intact.DF, 8);
    for (const [ids, expected] of Object.entries(ref.fragmentation.without)) {
      const removed = new Uint8Array(g.n);
      for (const id of ids.split(',')) removed[f.index.get(id) as number] = 1;
      expect({ ids, F: fragmentationF(g, removed) }).toEqual({ ids, F: expect.closeTo(expected.F, 8) as number });
      expect({ ids, DF: fragmentationDF(g, removed).value }).toEqual({ ids, DF: expect.closeTo(expected.DF, 8) as number });
    }
  });

  it('scores every removal at once exactly as removing each node and counting components does', () => {
    const pairs = pairsAfterRemoving(g, new Uint8Array(g.n));
    for (let v = 0; v < g.n; v++) {
      const removed = new Uint8Array(g.n);
      removed[v] = 1;
      const F = fragmentationF(g, removed);
      expect({ v, F: 1 - (pairs[v] as number) / ((g.n - 1) * (g.n - 2)) }).toEqual({ v, F: expect.closeTo(F ?? NaN, 10) as number });
    }
  });

  it('counts the actors and ties that must go to cut two actors apart (κ, λ), as networkx', () => {
    for (const pair of ref.nodeConnectivity) {
      const s = f.index.get(pair.s) as number;
      const t = f.index.get(pair.t) as number;
      const kappa = pair.kappaUndirected ?? pair.kappa;
      const lambda = pair.lambdaUndirected ?? pair.lambda;
      expect({ pair, kappa: localConnectivity(g, s, t, 'vertex'), lambda: localConnectivity(g, s, t, 'edge') }).toEqual({
        pair,
        kappa,
        lambda,
      });
    }
  });

  it('tells from blocks and bridges alone whether one actor or one tie separates two actors, as the flow count does', () => {
    const index = cutIndex(g);
    const oracle = new ConnectivityOracle(g);
    const { start, adj } = g.both;
    const adjacent = (s: number, t: number) => adj.subarray(start[s], start[s + 1]).includes(t);
    const wrong: string[] = [];
    const seen = { edge: new Int32Array(3), vertex: new Int32Array(3) };
    for (let s = 0; s < g.n; s++)
      for (let t = s + 1; t < g.n; t++)
        for (const kind of ['edge', 'vertex'] as const) {
          // κ is undefined for neighbours: no set of other actors separates them; the oracle
          // leaves a direct tie out of λ, so it is added back here
          const direct = adjacent(s, t);
          if (kind === 'vertex' && direct) continue;
          const flow = Math.min(oracle.count(s, t, kind).value + (direct ? 1 : 0), 2);
          const fromBlocks = connectivityClass(index, s, t, kind);
          seen[kind][fromBlocks] = (seen[kind][fromBlocks] ?? 0) + 1;
          if (fromBlocks !== flow) wrong.push(`${kind} ${s}–${t}: ${fromBlocks} ≠ ${flow}`);
        }
    expect(wrong).toEqual([]);
    // the graph has pairs of every class the blocks can tell apart, or the comparison proves little
    if (name === 'lesmis' || name === 'florentine') expect([seen.edge[1], seen.vertex[1]].every((c) => c !== undefined && c > 0)).toBe(true);
  });

  it('gives Bonacich power as sna::bonpow and igraph, for a negative and a positive β', () => {
    for (const { beta, values } of ref.bonacich ?? []) {
      const power = bonacichPower(g, beta);
      expect(power).not.toBeNull();
      expectClose(byId(f, power ?? []), values, 1e-6);
    }
  });

  const attr = groupAttribute[name];
  if (attr) {
    it(`gives E-I, assortativity and modularity by ${attr}`, () => {
      const { group, names } = groups(f, attr);
      const result = bondingBridging(g, group, names, 0, 1);
      const e = ref.eiIndex[attr];
      expect(e).toBeDefined();
      if (!e) return;
      expect(result.eiIndex).toBeCloseTo(e.whole, 8);
      // the figure alone, as the other grouping levels are given
      expect(wholeNetworkEi(g, group)).toBeCloseTo(e.whole, 8);
      expect([result.external, result.internal]).toEqual([e.E, e.I]);
      expect(result.expectedEiIndex).toBeCloseTo(e.expected, 8);
      for (const gm of result.groups) {
        const expected = e.groups[gm.group];
        expect({ group: gm.group, size: gm.size, internal: gm.internal, external: gm.external }).toEqual({
          group: gm.group,
          size: expected?.size,
          internal: expected?.internal,
          external: expected?.external,
        });
      }
      expectClose(byId(f, result.actorEi), e.actors, 1e-8);
      expect(result.assortativity).toBeCloseTo(ref.assortativity[attr] ?? NaN, 8);
      expect(result.modularity).toBeCloseTo((ref.directed ? ref.modularityDirected?.[attr] : ref.modularity[attr]) ?? NaN, 8);
    });
  }
});

interface SnaRef {
  brokerage: Record<string, { z: Record<string, number | null>; expected: unknown; sd: unknown; [role: string]: unknown }>;
  hierarchyKrackhardt: number;
  grecipDyadicNonnull: number;
  grecipEdgewise: number;
}

describe.each([
  ['karate', 'club'],
  ['directed', 'group'],
] as const)('the %s network, against R sna', (name, attr) => {
  const f = fixtureGraph(name);
  const ref = reference<SnaRef>(`${name}-sna`);
  const { group, names } = groups(f, attr);

  it('gives Gould–Fernandez brokerage counts and z-scores', () => {
    const result = brokerage(f.graph, group, names.length);
    for (const [id, expected] of Object.entries(ref.brokerage)) {
      const got = result[f.index.get(id) as number];
      const { z, expected: _expectation, sd: _sd, ...counts } = expected;
      expect({ id, counts: got && { ...got, z: undefined } }).toEqual({ id, counts: { ...counts, z: undefined } });
      for (const [role, value] of Object.entries(z)) {
        const mine = got?.z[role as keyof typeof got.z] ?? null;
        if (value === null) expect({ id, role, mine }).toEqual({ id, role, mine: null });
        else expect({ id, role, mine }).toEqual({ id, role, mine: expect.closeTo(value, 6) as number });
      }
    }
  });

  it("gives Krackhardt's hierarchy", () => {
    const stats = pathStats(f.graph, { betweenness: false });
    expect(krackhardtHierarchy(stats.reach, stronglyConnected(f.graph).sizes)).toBeCloseTo(ref.hierarchyKrackhardt, 10);
  });
});

describe('the shortest-path pass on a larger network', () => {
  it('gives the same figures whether or not nodes are first relabelled for memory locality', async () => {
    const { barabasiAlbert } = await import('../bench/generate');
    const { buildGraph } = await import('../../src/core/analysis/graph');
    const { sources, targets } = barabasiAlbert(1500, 3, 7);
    const g = buildGraph(1500, sources, targets, false);
    const plain = pathStats(g, { locality: false });
    const relabelled = pathStats(g, { locality: true });
    for (let i = 0; i < g.n; i += 37) expect(relabelled.betweenness[i]).toBeCloseTo(plain.betweenness[i] ?? NaN, 6);
    expect(Array.from(relabelled.reach)).toEqual(Array.from(plain.reach));
    expect(relabelled.reciprocalDistanceSum).toBeCloseTo(plain.reciprocalDistanceSum, 6);
    const removed = new Uint8Array(g.n);
    removed[0] = removed[5] = 1;
    expect(pathStats(g, { locality: true, removed, betweenness: false }).reciprocalDistanceSum).toBeCloseTo(
      pathStats(g, { locality: false, removed, betweenness: false }).reciprocalDistanceSum,
      6,
    );
  });
});

describe('the batched breadth-first search', () => {
  it('sums reciprocal distances exactly as one search per source does, with nodes removed and sources in part-filled batches', async () => {
    const { barabasiAlbert } = await import('../bench/generate');
    const { buildGraph } = await import('../../src/core/analysis/graph');
    const { reciprocalDistanceSum } = await import('../../src/core/analysis/batched-bfs');
    const { sources, targets } = barabasiAlbert(700, 2, 11);
    for (const directed of [false, true]) {
      const g = buildGraph(700, sources, targets, directed);
      const removed = new Uint8Array(g.n);
      removed[0] = removed[3] = removed[650] = 1;
      const some = Array.from({ length: 77 }, (_, x) => x * 9);
      for (const [list, gone] of [[some, undefined], [some, removed]] as const) {
        const one = pathStats(g, { sources: list, betweenness: false, ...(gone ? { removed: gone } : {}) }).reciprocalDistanceSum;
        expect(reciprocalDistanceSum(g.out, g.n, list, gone)).toBeCloseTo(one, 8);
      }
    }
  });

  it('estimates distance-weighted fragmentation from a sample of sources on a large network, close to the exact value', async () => {
    const { barabasiAlbert } = await import('../bench/generate');
    const { buildGraph } = await import('../../src/core/analysis/graph');
    const { sources, targets } = barabasiAlbert(3000, 3, 5);
    const g = buildGraph(3000, sources, targets, false);
    const exact = fragmentationDF(g, null, Infinity);
    const estimate = fragmentationDF(g, null);
    expect(exact.estimated).toBe(false);
    expect(estimate.estimated).toBe(true);
    expect(Math.abs((estimate.value ?? NaN) - (exact.value ?? NaN))).toBeLessThan(0.01);
  });
});
