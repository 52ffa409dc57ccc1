import { UserError } from '../errors';
import type { ActorId } from '../ids';
import type { ActorPair } from '../model/pairs';
import type { Actor, AnalysisSettings, ProjectData, Thresholds } from '../model/schema';
import type { ArcWeights } from './arc-weights';
import { activityAnalysis, type ActivityAnalysis } from './activities';
import { bondingBridging, enteredTies, permutationCounts, wholeNetworkEi, withPermutationTest, type BondingResult, type PermutationCounts } from './bonding';
import { brokerage, type Brokerage } from './brokerage';
import { combinedGraph, connectivityCounts, personDependency, type Collaboration, type KeyPerson } from './dependency';
import { findingsOf, type Finding } from './findings';
import { fragmentationDF, fragmentationF, greedyKeyPlayers } from './fragmentation';
import { undirectedView } from './graph';
import { buildNetwork, grouping, NO_GROUP, type AnalysisOptions, type Network } from './network';
import { closeness, pathStats, type PathStats } from './paths';
import { dyadAsymmetry, forumRepresentation, krackhardtHierarchy, reciprocity, sectorShares, type DyadAsymmetry, type ForumRepresentation, type SectorShare } from './power';
import { seededRandom } from './random';
import { resiliencePlan, type ResilienceAction } from './resilience';
import { structuralHoles } from './structural-holes';
import { tieValues } from './tie-values';
import { valuedMeasures } from './valued-measures';
import { arcLengths, valuedPathStats } from './valued-paths';
import { bonacichPower, components, cutStructure, degrees, principalEigen, stronglyConnected } from './structure';

/**
 * The whole analysis of a network: bonding and bridging, power asymmetry, person-dependency and
 * the findings drawn from them. Pure TypeScript over typed arrays, so it runs alike in the app's
 * worker, in the CLI and in tests.
 */
export interface AnalyzeOptions extends AnalysisOptions {
  permutations: number;
  seed: number;
  monteCarloRuns: number;
  /** null: −0.5 / λ₁ */
  bonacichBeta: number | null;
  thresholds: Thresholds;
  /** how many actors the key-player search removes together */
  keyPlayers: number;
  /** 'strength': the measures defined on tie values are given on the ties' strengths too */
  weights: 'strength' | 'none';
  /**
   * The paths pass (betweenness, closeness, reach) from elsewhere, e.g. computed on several
   * threads over slices of the sources; computed here when absent.
   */
  paths?: PathStats;
}

/**
 * How a measure that needs shortest paths between all pairs was found: exactly, estimated by
 * seeded sampling within an additive error ε (on the normalised scale, betweenness / (n(n − 1)))
 * with probability 1 − δ, or not yet (a large network's first results come before its paths).
 */
export type MeasureMethod =
  | { method: 'exact' }
  | { method: 'approximate'; epsilon: number; delta: number; samples: number; seed: number }
  | { method: 'pending' };

/**
 * How far an analysis has come: everything but the all-pairs measures ('structure'), with
 * betweenness estimated and the distances exact ('estimate'), or all of it exact ('exact').
 */
export type AnalysisStage = 'structure' | 'estimate' | 'exact';

/** What the shortest-path passes have delivered so far; null parts are still being computed. */
export interface PathResults {
  /** raw betweenness, on pathStats' scale */
  betweenness: { values: Float64Array; method: Exclude<MeasureMethod, { method: 'pending' }> } | null;
  /** per node: reach and distance sums (exact); closeness, hierarchy and DF read them */
  distances: Pick<PathStats, 'reach' | 'distanceSum' | 'reciprocalDistanceSum'> | null;
  /** the pass on distances 1 / strength (valued-paths.ts), where the analysis is valued; null while under way */
  valued?: PathStats | null;
}

export const pathResultsOf = (p: PathStats): PathResults => ({ betweenness: { values: p.betweenness, method: { method: 'exact' } }, distances: p });
const NO_PATHS: PathResults = { betweenness: null, distances: null };

export function analysisOptions(
  settings: AnalysisSettings,
  overrides: Partial<Omit<AnalyzeOptions, 'thresholds'>> = {},
): AnalyzeOptions {
  return {
    groupBy: settings.groupBy,
    wave: null,
    tieTypes: null,
    permutations: settings.permutations,
    seed: settings.seed,
    monteCarloRuns: settings.monteCarloRuns,
    bonacichBeta: settings.bonacichBeta,
    thresholds: settings.thresholds,
    keyPlayers: 3,
    weights: settings.weights,
    ...overrides,
  };
}

export interface ActorResult {
  id: ActorId;
  label: string;
  kind: string;
  sector: string | null;
  group: string;
  /** Freeman degree: in + out arcs when any tie is directed (an undirected tie then counts both
   * ways), parallel ties once, as R sna::degree */
  degree: number;
  /** the ties as entered with this actor at one end, each once: what the panels call its ties */
  ties: number;
  inDegree: number | null;
  outDegree: number | null;
  /** null while the shortest-path pass is still running (see `measures`) */
  betweenness: number | null;
  closeness: number | null;
  eigenvector: number;
  constraint: number | null;
  effectiveSize: number | null;
  efficiency: number | null;
  hierarchy: number | null;
  eiIndex: number | null;
  brokerage: Brokerage & { zTotal: number | null };
  bonacichPower: number | null;
  articulationPoint: boolean;
  /** the same measures on the ties' strengths (see `options.weights`); null where the analysis is not valued */
  valued: ValuedActorMeasures | null;
}

/**
 * An actor's measures on tie values: strength (the sum of its ties' strengths; in and out in a
 * directed network), Burt's measures on proportional tie strength, eigenvector on the valued
 * adjacency, E-I on sums of strengths, and betweenness and closeness on distances 1 / strength
 * (null while their pass runs, see `measures.valuedPaths`).
 */
export interface ValuedActorMeasures extends Pick<ActorResult, 'betweenness' | 'closeness' | 'eigenvector' | 'constraint' | 'effectiveSize' | 'efficiency' | 'hierarchy' | 'eiIndex'> {
  strength: number;
  inStrength: number | null;
  outStrength: number | null;
}

/**
 * Whether and how tie values entered the analysis: asked for ('strength' or 'none'), used (every
 * tie has a strength), how many ties lack one, and the distance a tie's strength gives shortest
 * paths.
 */
export interface WeightsUsed {
  asked: 'strength' | 'none';
  used: boolean;
  tiesWithoutStrength: number;
  distance: '1/strength';
}

export interface AnalysisResult {
  options: { groupBy: string; wave: string | null; tieTypes: string[] | null; permutations: number; seed: number; monteCarloRuns: number; bonacichBeta: number | null; weights: WeightsUsed };
  network: {
    actors: number;
    ties: number;
    directed: boolean;
    density: number | null;
    components: number;
    largestComponent: number;
  };
  /**
   * how the measures that take longest were found: those that need all-pairs shortest paths, the
   * bonding permutation test (pending while its shufflings run) and each collaboration's counts of
   * κ and λ (pending in the first answer, where they are 0, 1 or "at least 2" from the blocks)
   */
  measures: { betweenness: MeasureMethod; closeness: MeasureMethod; fragmentation: MeasureMethod; bondingTest: MeasureMethod; connectivity: MeasureMethod; valuedPaths: MeasureMethod | null };
  bondingBridging: Omit<BondingResult, 'actorEi' | 'groups'> & {
    groupBy: string;
    groups: Array<BondingResult['groups'][number] & { label: { da: string; en: string } }>;
    /** whole-network E-I at the two levels the field distinguishes (a tie between two
     * associations bridges organisations but bonds within civil society) */
    levels: { sector: number | null; organisation: number | null };
    /** each organisation's members: how much of their tie-work stays inside */
    organisations: Array<{ organisation: string; members: number; internal: number; external: number; eiIndex: number | null }>;
    /** E-I on the ties' strengths (the sums across and within), where the analysis is valued */
    valued: { eiIndex: number | null; external: number; internal: number } | null;
    /** the ties as entered, each once: `external` and `internal` above are what E-I counts (the
     * arcs when any tie is directed, so an undirected tie twice; parallel ties once) */
    entered: { external: number; internal: number };
  };
  actors: ActorResult[];
  bridges: ActorPair[];
  articulationPoints: ActorId[];
  /** ties that are bridges of the person + organisation network, the only link between two
   * parts: the ends, and the number of actors on either side */
  bridgeTies: Array<readonly [ActorId, ActorId, number, number]>;
  collaborations: Collaboration[];
  keyPersons: KeyPerson[];
  expectedCollaborationsLost: number | null;
  resiliencePlan: ResilienceAction[];
  fragmentation: {
    intact: { F: number | null; DF: number | null };
    keyPlayers: { members: ActorId[]; F: number | null; DF: number | null; dfEstimated: boolean };
  };
  power: {
    bonacichBeta: number | null;
    lambda1: number;
    dyads: DyadAsymmetry[];
    sectors: SectorShare[];
    reciprocity: { arcs: number | null; dyads: number | null };
    krackhardtHierarchy: number | null;
    forums: ForumRepresentation[];
    linkingTies: string[];
  };
  /** the reception timeline: overlaps, gaps, and activities hanging on one person or one link */
  activities: ActivityAnalysis;
  findings: Finding[];
}

function checkGroupBy(data: ProjectData, groupBy: string): void {
  if (groupBy === 'sector' || groupBy === 'organisation') return;
  const names = new Set(data.actors.flatMap((a) => Object.keys(a.attributes)));
  if (!names.has(groupBy))
    throw new UserError('invalid', 'errors.badArgument', {
      name: '--group-by',
      detail: `"${groupBy}" (sector, organisation${names.size ? `, ${[...names].sort().join(', ')}` : ''})`,
    });
}

export function analyze(data: ProjectData, options: AnalyzeOptions): AnalysisResult {
  return analyzeNetwork(prepareNetwork(data, options), options);
}

/** Checks the options against the data and builds the network the analysis reads. */
export function prepareNetwork(data: ProjectData, options: AnalyzeOptions): Network {
  checkGroupBy(data, options.groupBy);
  if (options.wave !== null && !data.waves.some((w) => w.id === options.wave))
    throw new UserError('invalid', 'errors.badArgument', {
      name: '--wave',
      detail: `"${options.wave}" (${data.waves.map((w) => w.id).join(', ') || '-'})`,
    });
  return buildNetwork(data, options);
}

/**
 * The analysis of a prepared network. `options.paths` may carry the shortest-path pass computed
 * elsewhere (the engine spreads it over threads); it is the one part whose cost is n · m.
 */
export function analyzeNetwork(net: Network, options: AnalyzeOptions): AnalysisResult {
  const paths = pathResultsOf(options.paths ?? pathStats(net.graph));
  const analysis = beginAnalysis(net, options);
  const { weights } = analysis;
  return analysis.finish({ ...paths, valued: weights ? valuedPathStats(net.graph, arcLengths(net.graph, weights)) : null });
}

/** An analysis begun (beginAnalysis): its first answer, and the whole once the passes are in. */
export interface AnalysisUnderWay {
  /**
   * The first answer: everything that needs neither the shortest-path pass, nor the bonding
   * permutation test, nor the counts of each collaboration's κ and λ (the blocks and bridges
   * give 0, 1 or "at least 2"); all the findings are there.
   */
  first(): AnalysisResult;
  /**
   * The analysis with what the passes delivered. `permutations`: the test's counts made
   * elsewhere, or left out to make them here.
   */
  finish(paths: PathResults, permutations?: PermutationCounts): AnalysisResult;
  /** The tie strengths over the graph the valued measures read, or null where the analysis is not valued: the valued path pass runs on them. */
  readonly weights: ArcWeights | null;
}

/**
 * Everything that does not need the shortest-path pass, computed now; what is returned
 * completes the analysis once the pass is there. The engine runs this while its threads run the
 * pass, so the two overlap instead of one waiting for the other.
 */
export function beginAnalysis(net: Network, options: AnalyzeOptions): AnalysisUnderWay {
  const data = net.data;
  const g = net.graph;
  const n = g.n;
  const random = seededRandom(options.seed);

  const eigen = principalEigen(g.directed ? g.in : g.out, n);
  const holes = structuralHoles(g);
  const cuts = cutStructure(undirectedView(g));
  // the permutation test comes with the paths (the engine runs it on its threads meanwhile)
  const untested = bondingBridging(g, net.group, net.groupNames, 0, options.seed);
  const broker = brokerage(g, net.group, net.groupNames.length);
  const beta = options.bonacichBeta ?? (eigen.lambda > 0 ? -0.5 / eigen.lambda : null);
  const power = beta === null ? null : bonacichPower(g, beta);
  const outDeg = degrees(g.out, n);
  const inDeg = degrees(g.in, n);
  const bothDeg = degrees(g.both, n);
  const tieValuesOf = options.weights === 'strength' ? tieValues(net) : null;
  const valued = tieValuesOf?.weights ? valuedMeasures(g, tieValuesOf.weights, net.group) : null;
  const weightsUsed: WeightsUsed = { asked: options.weights, used: valued !== null, tiesWithoutStrength: tieValuesOf?.missing ?? 0, distance: '1/strength' };

  const { sizes } = components(g);
  const possible = g.directed ? n * (n - 1) : (n * (n - 1)) / 2;
  const sectorLabels = new Map(data.codebooks.sectors.map((s) => [s.key, s.label]));
  const groupLabel = (name: string) => {
    if (options.groupBy === 'sector') return sectorLabels.get(name) ?? { da: name, en: name };
    if (options.groupBy === 'organisation') {
      const label = net.actors[net.index.get(name) ?? -1]?.label ?? name;
      return { da: label, en: label };
    }
    // a category the codebook defines is called by its labels
    const category = data.codebooks.attributes.find((d) => d.appliesTo === 'actors' && d.key === options.groupBy)?.values.find((v) => v.key === name);
    return category ? category.label : { da: name, en: name };
  };

  // Person-dependency and fragmentation read the person + organisation network, where members
  // are joined to their organisations: who leaving cuts whom off is a question about both.
  const combined = combinedGraph(net);
  const sameAsTies = net.memberships.length === 0 && !g.directed;
  // κ and λ are counted when the analysis is finished: the first answer has their classes
  const dependency = personDependency(net, {
    combined,
    monteCarloRuns: options.monteCarloRuns,
    random,
    strengthScale: data.settings.strengthScale,
    connectivityBudget: 0,
  });
  let counted: Collaboration[] | null = null;
  const countedCollaborations = () => (counted ??= connectivityCounts(net, combined, dependency.collaborations));

  // key players: every person is a candidate (each greedy step scores all in one linear pass)
  const combinedCuts = sameAsTies ? cuts : cutStructure(combined);
  const candidates = [...net.actors.keys()].filter((i) => net.actors[i]?.kind === 'person');
  const keySet = greedyKeyPlayers(combined, candidates, Math.min(options.keyPlayers, candidates.length));
  const combinedDF = sameAsTies ? null : fragmentationDF(combined, null).value;

  const dyads = net.ties.map((t, e) => dyadAsymmetry(t, net.actors[net.tieSource[e] as number], net.actors[net.tieTarget[e] as number]));
  const sectorsInScope = data.codebooks.sectors.map((s) => s.key).filter((k) => net.actors.some((a) => a.sector === k));

  const levels = { sector: levelBonding(net, 'sector'), organisation: levelBonding(net, 'organisation') };
  const organisations = organisationBonding(net);

  // the parts of the result before the actors and between them and fragmentation, in the
  // documented key order of `analyze --json`
  const head = {
    options: {
      groupBy: options.groupBy,
      wave: options.wave,
      tieTypes: options.tieTypes ? [...options.tieTypes] : null,
      permutations: options.permutations,
      seed: options.seed,
      monteCarloRuns: options.monteCarloRuns,
      bonacichBeta: beta,
      weights: weightsUsed,
    },
    network: {
      actors: n,
      ties: g.m,
      directed: g.directed,
      density: possible > 0 ? g.m / possible : null,
      components: sizes.length,
      largestComponent: sizes.reduce((a, b) => Math.max(a, b), 0),
    },
  };
  const bondingPartOf = (bond: BondingResult): AnalysisResult['bondingBridging'] => ({
    groupBy: options.groupBy,
    eiIndex: bond.eiIndex,
    external: bond.external,
    internal: bond.internal,
    expectedEiIndex: bond.expectedEiIndex,
    pMoreBonding: bond.pMoreBonding,
    pMoreBridging: bond.pMoreBridging,
    permutations: bond.permutations,
    assortativity: bond.assortativity,
    modularity: bond.modularity,
    groups: bond.groups.map((x) => ({ ...x, label: groupLabel(x.group) })),
    mixing: bond.mixing,
    levels,
    organisations,
    valued: valued ? { eiIndex: valued.ei.whole, external: valued.ei.external, internal: valued.ei.internal } : null,
    entered: enteredTies(net.tieSource, net.tieTarget, net.group),
  });
  const id = (i: number): ActorId => (net.actors[i] as Actor).id;
  // the parts between the actors and fragmentation; the collaborations get their κ and λ last
  const bridges = cuts.bridges.map(([a, b]): ActorPair => [id(a), id(b)]);
  const articulationPoints = net.actors.filter((_, i) => cuts.articulation[i]).map((a) => a.id);
  const bridgeTies = combinedCuts.bridges.flatMap(([a, b], i) => {
    const [left, right] = combinedCuts.bridgeSides[i] as [number, number];
    return isMembership(net, a, b) ? [] : [[id(a), id(b), left, right] as const];
  });
  const plan = resiliencePlan(net, dependency.collaborations);
  const middle = (collaborations: Collaboration[]) => ({
    bridges,
    articulationPoints,
    bridgeTies,
    collaborations,
    keyPersons: dependency.keyPersons,
    expectedCollaborationsLost: dependency.expectedCollaborationsLost,
    resiliencePlan: plan,
  });
  const keyPlayers = {
    members: keySet.members.map(id),
    F: keySet.F,
    DF: keySet.DF,
    dfEstimated: keySet.dfEstimated,
  };
  const mutual = reciprocity(net);
  const forums = forumRepresentation(net, sectorsInScope);
  const linkingTies = dyads.filter((d) => d.linking).map((d) => d.tie);
  const intactF = fragmentationF(combined, null);
  const activities = activityAnalysis(net, dependency.collaborations, {
    wave: options.wave,
    timeline: data.settings.timeline,
    gapWeeks: options.thresholds.gapWeeks,
  });
  const sccSizes = g.directed ? stronglyConnected(g).sizes : null;

  let shuffled: PermutationCounts | null = null;
  // `permutations` null: the first answer, without the test and the connectivity counts
  const complete = (paths: PathResults, permutations: PermutationCounts | null | undefined): AnalysisResult => {
    const first = permutations === null;
    const counts = first ? null : (shuffled ??= permutations ?? permutationCounts(g, net.group, options.permutations, options.seed));
    const bond = counts ? withPermutationTest(untested, counts) : untested;
    const between = paths.betweenness?.values ?? null;
    const distances = paths.distances;
    const close = distances ? closeness(distances) : null;
    const sameAsTiesDF = distances && n > 1 ? 1 - distances.reciprocalDistanceSum / (n * (n - 1)) : null;
    const valuedPaths = valued ? (paths.valued ?? null) : null;
    const valuedClose = valuedPaths ? closeness(valuedPaths) : null;
    const tiesOf = new Int32Array(n);
    for (let e = 0; e < net.ties.length; e++) {
      const s = net.tieSource[e] as number;
      const d = net.tieTarget[e] as number;
      tiesOf[s] = (tiesOf[s] as number) + 1;
      tiesOf[d] = (tiesOf[d] as number) + 1;
    }
    const actors = net.actors.map((a, i): ActorResult => {
      const b = broker[i] as Brokerage;
      return {
        id: a.id,
        label: a.label,
        kind: a.kind,
        sector: a.sector,
        group: net.groupNames[net.group[i] as number] ?? NO_GROUP,
        degree: g.directed ? (outDeg[i] as number) + (inDeg[i] as number) : (bothDeg[i] as number),
        ties: tiesOf[i] as number,
        inDegree: g.directed ? (inDeg[i] as number) : null,
        outDegree: g.directed ? (outDeg[i] as number) : null,
        betweenness: between ? (between[i] as number) : null,
        closeness: close ? (close[i] as number) : null,
        eigenvector: eigen.vector[i] as number,
        constraint: holes.constraint[i] ?? null,
        effectiveSize: holes.effectiveSize[i] ?? null,
        efficiency: holes.efficiency[i] ?? null,
        hierarchy: holes.hierarchy[i] ?? null,
        eiIndex: bond.actorEi[i] ?? null,
        brokerage: { ...b, zTotal: b.z.total },
        bonacichPower: power ? (power[i] as number) : null,
        articulationPoint: cuts.articulation[i] === 1,
        valued: valued ? valued.actor(i, valuedPaths, valuedClose) : null,
      };
    });
    const { options: optionsPart, network } = head;
    const pending: MeasureMethod = { method: 'pending' };
    const result: AnalysisResult = {
      options: optionsPart,
      network,
      measures: {
        betweenness: paths.betweenness?.method ?? pending,
        closeness: distances ? { method: 'exact' } : pending,
        fragmentation: sameAsTies ? (distances ? { method: 'exact' } : pending) : { method: 'exact' },
        bondingTest: counts ? { method: 'exact' } : pending,
        connectivity: first ? pending : { method: 'exact' },
        valuedPaths: valued ? (valuedPaths ? { method: 'exact' } : pending) : null,
      },
      bondingBridging: bondingPartOf(bond),
      actors,
      ...middle(first ? dependency.collaborations : countedCollaborations()),
      fragmentation: {
        intact: { F: intactF, DF: sameAsTies ? sameAsTiesDF : combinedDF },
        keyPlayers,
      },
      power: {
        bonacichBeta: beta,
        lambda1: eigen.lambda,
        dyads,
        sectors: sectorShares(net, between),
        reciprocity: mutual,
        krackhardtHierarchy: sccSizes ? (distances ? krackhardtHierarchy(distances.reach, sccSizes) : null) : 0,
        forums,
        linkingTies,
      },
      activities,
      findings: [],
    };
    result.findings = findingsOf(result, net, options.thresholds);
    return result;
  };
  return { first: () => complete(NO_PATHS, null), finish: (paths, permutations) => complete(paths, permutations), weights: tieValuesOf?.weights ?? null };
}

/** Whether an edge of the combined network is a membership rather than a tie. */
function isMembership(net: Network, a: number, b: number): boolean {
  return (net.orgsOf.get(a) ?? []).includes(b) || (net.orgsOf.get(b) ?? []).includes(a);
}

/**
 * Whole-network E-I at another grouping level, on the same network; null when the data has no
 * such level (no sectors, or no memberships), rather than a meaningless −1.
 */
function levelBonding(net: Network, groupBy: 'sector' | 'organisation'): number | null {
  const { group, names } = grouping(groupBy, net.actors, net.orgsOf);
  if (names.filter((g) => g !== NO_GROUP).length < 2) return null;
  return wholeNetworkEi(net.graph, group);
}

/** For each organisation with members: ties among its members against ties out of it. */
function organisationBonding(net: Network): AnalysisResult['bondingBridging']['organisations'] {
  const g = net.graph;
  const out: AnalysisResult['bondingBridging']['organisations'] = [];
  for (const [org, members] of net.membersOf) {
    const inside = new Set(members);
    let internal = 0;
    let external = 0;
    for (const p of members)
      for (let k = g.both.start[p] as number; k < (g.both.start[p + 1] as number); k++) {
        const q = g.both.adj[k] as number;
        if (q === org) continue;
        if (inside.has(q)) internal++;
        else external++;
      }
    internal /= 2; // each internal tie was seen from both ends
    out.push({
      organisation: net.actors[org]?.id ?? '',
      members: members.length,
      internal,
      external,
      eiIndex: internal + external > 0 ? (external - internal) / (external + internal) : null,
    });
  }
  return out;
}
