import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysisOptions, analyze, prepareNetwork, type ActorResult, type AnalysisResult } from '../../src/core/analysis/analyze';
import { sampleData } from '../../scripts/build-sample';
import { arcWeights, rowSums } from '../../src/core/analysis/arc-weights';
import { valuedEi } from '../../src/core/analysis/bonding';
import { buildGraph } from '../../src/core/analysis/graph';
import { structuralHoles } from '../../src/core/analysis/structural-holes';
import { closeness, mergePathStats, pathStats } from '../../src/core/analysis/paths';
import { seededRandom } from '../../src/core/analysis/random';
import { principalEigen } from '../../src/core/analysis/structure';
import { arcLengths, valuedPathStats } from '../../src/core/analysis/valued-paths';
import { tieValues } from '../../src/core/analysis/tie-values';
import { decodeGraphml } from '../../src/core/format/graphml';
import { analysisTables } from '../../src/core/format/tables/analysis-tables-out';
import type { ProjectData, Tie } from '../../src/core/model/schema';
import { findAppRoot } from '../../src/main/engine/paths';
import { byId, expectClose, fixtureGraph, reference } from '../helpers/graph-fixtures';

type Values = Record<string, number | null>;

interface ValuedRef {
  directed: boolean;
  n: number;
  m: number;
  strength: Values;
  inStrength?: Values;
  outStrength?: Values;
  constraint: Values;
  effectiveSize: Values;
  efficiency: Values;
  hierarchy: Values;
  eigenvector?: Values;
  betweenness: Values;
  closeness: Values;
  eiIndex?: { whole: number; E: number; I: number; actors: Values };
}

describe.each(['lesmis', 'directed-valued'])('the valued %s network, against networkx, python-igraph and R igraph with weights', (name) => {
  const f = fixtureGraph(name);
  const ref = reference<ValuedRef>(`${name}-valued`);
  const g = f.graph;
  const w = arcWeights(g, f.edges.sources, f.edges.targets, f.edges.values('strength'));

  it('reads the network the references read', () => {
    expect([g.n, g.m, g.directed]).toEqual([ref.n, ref.m, ref.directed]);
  });

  it('gives each actor its strength, the sum of its ties’ values (in and out where ties have a direction)', () => {
    const out = rowSums(g.out, w.out, g.n);
    if (g.directed) {
      const inward = rowSums(g.in, w.in, g.n);
      expectClose(byId(f, out), ref.outStrength ?? {}, 1e-12);
      expectClose(byId(f, inward), ref.inStrength ?? {}, 1e-12);
      expectClose(byId(f, out.map((x, i) => x + (inward[i] as number))), ref.strength, 1e-12);
    } else expectClose(byId(f, out), ref.strength, 1e-12);
  });

  it("gives Burt's constraint, effective size, efficiency and hierarchy on proportional tie strength", () => {
    const holes = structuralHoles(g, w);
    expectClose(byId(f, holes.constraint), ref.constraint, 1e-8);
    expectClose(byId(f, holes.effectiveSize), ref.effectiveSize, 1e-8);
    expectClose(byId(f, holes.efficiency), ref.efficiency, 1e-8);
    expectClose(byId(f, holes.hierarchy), ref.hierarchy, 1e-8);
  });

  it('gives valued figures that differ from the count-based ones, so the values were read', () => {
    const counted = structuralHoles(g);
    const valued = structuralHoles(g, w);
    const differing = valued.constraint.filter((c, i) => c !== null && Math.abs(c - (counted.constraint[i] ?? 0)) > 1e-6);
    expect(differing.length).toBeGreaterThan(g.n / 4);
  });

  it('gives eigenvector centrality on the valued adjacency as igraph scales it (largest = 1)', () => {
    if (!ref.eigenvector) return; // the digraph is not strongly connected: no unique vector
    const { vector } = principalEigen(g.directed ? g.in : g.out, g.n, g.directed ? w.in : w.out);
    expectClose(byId(f, vector), ref.eigenvector, 1e-6);
  });

  it('gives betweenness on distances 1 / strength as igraph does, with equally short paths found equal', () => {
    const stats = valuedPathStats(g, arcLengths(g, w));
    expectClose(byId(f, stats.betweenness), ref.betweenness, 1e-9);
  });

  it('gives closeness on distances 1 / strength as networkx does (outward in a directed network)', () => {
    expectClose(byId(f, closeness(valuedPathStats(g, arcLengths(g, w)))), ref.closeness, 1e-9);
  });

  it('gives the same sums from slices of the sources added up, as threads would run them', () => {
    const lengths = arcLengths(g, w);
    const half = Math.floor(g.n / 2);
    const merged = mergePathStats([valuedPathStats(g, lengths, { from: 0, to: half }), valuedPathStats(g, lengths, { from: half })]);
    const whole = valuedPathStats(g, lengths);
    expect(Array.from(merged.reach)).toEqual(Array.from(whole.reach));
    expectClose(byId(f, merged.betweenness), byId(f, whole.betweenness), 1e-12);
    expect(merged.reciprocalDistanceSum).toBeCloseTo(whole.reciprocalDistanceSum, 9);
  });

  it('gives the figures R igraph gives on the same values (strength, constraint, betweenness, closeness, eigenvector)', () => {
    const r = reference<{ strength: Values; constraint: Values; betweenness: Values; closenessInverseSum: Values; eigenvector?: Values }>(`${name}-valued-r`);
    const out = rowSums(g.out, w.out, g.n);
    const total = g.directed ? out.map((x, i) => x + (rowSums(g.in, w.in, g.n)[i] as number)) : out;
    expectClose(byId(f, total), r.strength, 1e-12);
    expectClose(byId(f, structuralHoles(g, w).constraint), r.constraint, 1e-8);
    const stats = valuedPathStats(g, arcLengths(g, w));
    expectClose(byId(f, stats.betweenness), r.betweenness, 1e-9);
    // igraph 1.3's unnormalised closeness is 1 / (sum of the distances to those reached)
    expectClose(byId(f, Array.from(stats.distanceSum, (d) => (d > 0 ? 1 / d : null))), r.closenessInverseSum, 1e-9);
    if (r.eigenvector) expectClose(byId(f, principalEigen(g.out, g.n, w.out).vector), r.eigenvector, 1e-6);
  });

  it('gives the valued E-I index of the network and of each actor', () => {
    if (!ref.eiIndex) return; // Les Misérables has no groups
    const groups = f.attribute('group');
    const names = [...new Set(groups)];
    const result = valuedEi(g, w, Int32Array.from(groups.map((x) => names.indexOf(x))));
    expect([result.external, result.internal]).toEqual([ref.eiIndex.E, ref.eiIndex.I]);
    expect(result.whole).toBeCloseTo(ref.eiIndex.whole, 9);
    expectClose(byId(f, result.actors), ref.eiIndex.actors, 1e-9);
  });
});

describe('the valued pass on a network large enough to be relabelled for locality', () => {
  const random = seededRandom(7);
  const n = 3_200;
  const sources: number[] = [];
  const targets: number[] = [];
  // each pair once (two ties between a pair would add their values)
  const seen = new Set<string>();
  const tie = (a: number, b: number) => {
    const key = a < b ? `${String(a)}-${String(b)}` : `${String(b)}-${String(a)}`;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    sources.push(a);
    targets.push(b);
  };
  for (let i = 1; i < n; i++) {
    tie(random.int(i), i);
    tie(random.int(i), random.int(n));
  }
  const g = buildGraph(n, sources, targets, false);

  it('gives the count-based figures when every tie weighs 1', () => {
    const valued = valuedPathStats(g, arcLengths(g, arcWeights(g, sources, targets, sources.map(() => 1))));
    const counted = pathStats(g);
    expect(Array.from(valued.reach)).toEqual(Array.from(counted.reach));
    expect(Array.from(valued.distanceSum)).toEqual(Array.from(counted.distanceSum));
    const off = Array.from(valued.betweenness).filter((b, i) => Math.abs(b - (counted.betweenness[i] as number)) > 1e-9 * Math.max(1, b));
    expect(off).toEqual([]);
  });

  it('gives the same figures from whole lengths in buckets as from reciprocals in a heap', () => {
    const values = sources.map(() => 1 + random.int(5));
    const w = arcWeights(g, sources, targets, values);
    const whole = arcLengths(g, w);
    expect(whole.kind).toBe('whole');
    const real = { kind: 'real' as const, length: Float64Array.from(w.out, (x) => 1 / x) };
    const a = valuedPathStats(g, whole);
    const b = valuedPathStats(g, real);
    expect(Array.from(a.reach)).toEqual(Array.from(b.reach));
    const off = Array.from(a.betweenness).filter((x, i) => Math.abs(x - (b.betweenness[i] as number)) > 1e-8 * Math.max(1, x));
    expect(off).toEqual([]);
    const far = Array.from(a.distanceSum).filter((x, i) => Math.abs(x - (b.distanceSum[i] as number)) > 1e-9 * Math.max(1, x));
    expect(far).toEqual([]);
  });
});

describe('tie values on a small network worked by hand', () => {
  // a–b strength 3 and a–c strength 1 (undirected), two ties between a and b (3 and 2) merged
  const g = buildGraph(3, [0, 0, 1], [1, 2, 0], false);
  const w = arcWeights(g, [0, 0, 1], [1, 2, 0], [3, 1, 2]);

  it('adds the values of ties the graph merges, on both directions of an undirected edge', () => {
    expect(Array.from(rowSums(g.out, w.out, 3))).toEqual([6, 5, 1]);
  });

  it("puts a's constraint on its strong contact: p = 5/6 and 1/6 with no indirect paths", () => {
    const holes = structuralHoles(g, w);
    expect(holes.constraint[0]).toBeCloseTo((5 / 6) ** 2 + (1 / 6) ** 2, 12);
    // b and c are not tied: no redundancy, effective size = 2 contacts
    expect(holes.effectiveSize[0]).toBeCloseTo(2, 12);
  });

  it('gives an actor whose ties all weigh nothing no constraint, and its contacts no redundancy through it', () => {
    const zero = arcWeights(g, [0, 0, 1], [1, 2, 0], [3, 0, 2]);
    const holes = structuralHoles(g, zero);
    expect(holes.constraint[2]).toBeNull();
    expect(holes.constraint[0]).toBeCloseTo(1, 12);
    expect(holes.effectiveSize.every((x) => x === null || Number.isFinite(x))).toBe(true);
  });

  it('gives the count-based pass when every tie has the same value', () => {
    const same = arcWeights(g, [0, 0], [1, 2], [1, 1]);
    const valued = valuedPathStats(g, arcLengths(g, same));
    const counted = pathStats(g);
    expect([Array.from(valued.betweenness), Array.from(valued.distanceSum)]).toEqual([Array.from(counted.betweenness), Array.from(counted.distanceSum)]);
  });

  it('routes through two strong ties rather than one weak one: 1/4 + 1/4 is shorter than 1/1', () => {
    // a–b 4, b–c 4, a–c 1: the path a–b–c (0.5) beats the direct tie (1), so b lies between a and c
    const tri = buildGraph(3, [0, 1, 0], [1, 2, 2], false);
    const stats = valuedPathStats(tri, arcLengths(tri, arcWeights(tri, [0, 1, 0], [1, 2, 2], [4, 4, 1])));
    expect(Array.from(stats.betweenness)).toEqual([0, 1, 0]);
    expect(stats.distanceSum[0]).toBeCloseTo(0.25 + 0.5, 12);
  });

  it('gives the E-I index by values: a tie of 3 across against 1 within is (3 − 1) / 4', () => {
    const groups = Int32Array.from([0, 1, 0]);
    const one = arcWeights(g, [0, 0], [1, 2], [3, 1]);
    expect(valuedEi(g, one, groups).whole).toBeCloseTo(0.5, 12);
  });
});

describe("the network's tie values, as the analysis reads them", () => {
  const imported = (name: string) => decodeGraphml(readFileSync(join(findAppRoot(), 'tests/fixtures/graphs', `${name}.graphml`), 'utf8'), `${name}.graphml`);
  const netOf = (data: ProjectData) => prepareNetwork(data, analysisOptions(data.settings.analysis));
  const ids = (net: ReturnType<typeof netOf>) => net.actors.map((a) => a.id as string);
  const keyed = (net: ReturnType<typeof netOf>, values: ArrayLike<number | null>) => Object.fromEntries(ids(net).map((id, i) => [id, values[i] ?? null]));

  it.each(['lesmis', 'directed-valued'])('are the strengths of the ties imported from %s, giving networkx’s valued constraint', (name) => {
    const net = netOf(imported(name));
    const values = tieValues(net);
    expect(values.missing).toBe(0);
    const ref = reference<ValuedRef>(`${name}-valued`);
    const holes = structuralHoles(net.graph, values.weights ?? undefined);
    expectClose(keyed(net, holes.constraint), ref.constraint, 1e-8);
    expectClose(keyed(net, holes.effectiveSize), ref.effectiveSize, 1e-8);
  });

  it('are not given when a tie lacks its strength, with the number of such ties', () => {
    const data = imported('lesmis');
    const ties = data.ties.map((t, i) => (i % 50 === 0 ? { ...t, strength: null } : t));
    expect(tieValues(netOf({ ...data, ties }))).toEqual({ weights: null, missing: 6 });
  });

  it('carry an undirected tie in a directed network both ways, as the graph has it', () => {
    const data = imported('directed-valued');
    const [first, ...rest] = data.ties;
    const both = { ...(first as Tie), directed: false, strength: 2 };
    const net = netOf({ ...data, ties: [both, ...rest] });
    const weights = tieValues(net).weights;
    if (!weights) throw new Error('expected weights');
    const s = net.index.get(both.source) as number;
    const t = net.index.get(both.target) as number;
    const inRow = (i: number, j: number) => {
      for (let k = net.graph.out.start[i] as number; k < (net.graph.out.start[i + 1] as number); k++) if (net.graph.out.adj[k] === j) return weights.out[k];
      return undefined;
    };
    expect([inRow(s, t), inRow(t, s)]).toEqual([2, 2]);
  });
});

describe('the sample project with its tie strengths', () => {
  const data = sampleData();
  const options = analysisOptions(data.settings.analysis, { permutations: 0, monteCarloRuns: 0 });
  const run = (d: ProjectData) => analyze(d, options);
  const before = run(data);
  const actor = (r: AnalysisResult, id: string) => {
    const a = r.actors.find((x) => x.id === id);
    if (!a?.valued) throw new Error(`no valued measures for ${id}`);
    return { counted: a, valued: a.valued };
  };

  it('gives every actor its valued measures, and says strength was used', () => {
    expect(before.options.weights).toEqual({ asked: 'strength', used: true, tiesWithoutStrength: 0, distance: '1/strength' });
    expect(before.measures.valuedPaths).toEqual({ method: 'exact' });
    expect(before.actors.every((a) => a.valued !== null)).toBe(true);
  });

  it('spreads or concentrates constraint as an actor’s ties are evened out or left to one, and leaves the counted figures as they were', () => {
    const ego = before.actors.filter((a) => a.degree >= 3 && a.valued && a.valued.hierarchy !== null).sort((a, b) => b.degree - a.degree)[0];
    if (!ego) throw new Error('no actor with three contacts');
    const own = data.ties.filter((t) => t.source === ego.id || t.target === ego.id).sort((a, b) => (a.strength ?? 0) - (b.strength ?? 0));
    const [weakest] = own;
    const strongest = own[own.length - 1];
    if (!weakest || !strongest || weakest.strength === strongest.strength) throw new Error('the actor’s ties are all alike');
    const { min, max } = data.settings.strengthScale;
    const was = actor(before, ego.id);
    // its weakest tie made as strong as the scale allows: its contacts weigh more evenly
    const evened = actor(run({ ...data, ties: data.ties.map((t) => (t.id === weakest.id ? { ...t, strength: max } : t)) }), ego.id);
    expect(evened.valued.strength).toBeGreaterThan(was.valued.strength);
    expect(evened.valued.hierarchy as number).toBeLessThan(was.valued.hierarchy as number);
    // every tie but its strongest made as weak as the scale allows: its constraint sits on that one contact
    const leaning = actor(run({ ...data, ties: data.ties.map((t) => (own.includes(t) && t.id !== strongest.id ? { ...t, strength: Math.max(min, 1) } : t)) }), ego.id);
    expect(leaning.valued.hierarchy as number).toBeGreaterThan(was.valued.hierarchy as number);
    for (const other of [evened, leaning]) {
      expect(other.counted.constraint).toBe(was.counted.constraint);
      expect(other.counted.betweenness).toBe(was.counted.betweenness);
    }
  });

  it('turns a strong tie into a short path: an actor on the stronger route gains valued betweenness', () => {
    // with every tie of one strength, the valued figures are the counted ones
    const flat = { ...data, ties: data.ties.map((t) => ({ ...t, strength: 1 })) };
    const even = run(flat);
    const off = even.actors.filter((a) => a.valued && Math.abs((a.valued.betweenness ?? 0) - (a.betweenness ?? 0)) > 1e-9);
    expect(off).toEqual([]);
    // and with the strengths as coded, some brokers change: the valued order is not the counted one
    const order = (r: AnalysisResult, pick: (a: ActorResult) => number) => [...r.actors].sort((a, b) => pick(b) - pick(a)).slice(0, 5).map((a) => a.id);
    expect(order(before, (a) => a.valued?.betweenness ?? 0)).not.toEqual(order(before, (a) => a.betweenness ?? 0));
  });
});

describe('the measures table written with the project (CSV set, XLSX)', () => {
  it('has the measures on tie strength after the counted ones, named by their version, empty where not valued', () => {
    const data = sampleData();
    const options = analysisOptions(data.settings.analysis, { permutations: 0, monteCarloRuns: 0 });
    const valued = analysisTables(data, analyze(data, options), 'da').measures;
    const names = valued.columns.map((c) => c.name);
    expect(names.slice(-11)).toEqual(['styrke', 'styrke ind', 'styrke ud', 'betweenness (styrke)', 'closeness (styrke)', 'eigenvector (styrke)', 'constraint (Burt, styrke)', 'effektiv størrelse (styrke)', 'effektivitet (styrke)', 'hierarki (Burt, styrke)', 'E-I-indeks (styrke)']);
    const result = analyze(data, options);
    const at = names.indexOf('betweenness (styrke)');
    expect(valued.rows.map((r) => r[at])).toEqual(result.actors.map((a) => a.valued?.betweenness));
    const counted = analysisTables(data, analyze(data, { ...options, weights: 'none' }), 'en').measures;
    expect(counted.columns.map((c) => c.name)).toContain('betweenness (strength)');
    expect(counted.rows.every((r) => r.slice(-11).every((x) => x === null))).toBe(true);
  });
});
