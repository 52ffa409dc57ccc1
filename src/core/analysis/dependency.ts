import type { ActorId, TieId, ForumId } from '../ids';
import type { ActorPair } from '../model/pairs';
import type { Actor } from '../model/schema';
import type { Network } from './network';
import { buildGraph, type Graph } from './graph';
import { components, cutStructure } from './structure';
import { ConnectivityOracle, connectivityBudget, connectivityClass, cutIndex, type ConnectivityCount, type WorkBudget } from './connectivity';
import type { Random } from './random';
import { strengthShare, type StrengthScale } from '../model/strength';

/**
 * Person-dependency: which collaborations between organisations rest on single relationships or
 * single persons. A collaboration between organisations A and B exists when they have an
 * organisation-level tie, a tie between a member of A and a member of B, a member in common,
 * or seats in the same forum. Its carriers are the person ties with one end only in A and the
 * other only in B (ties among colleagues do not carry it), and every person in both A and B.
 */
export type CollaborationFlag = 'single-relationship' | 'single-person' | 'informal-only';
export type Severity = 'high' | 'medium' | 'low';

export interface Collaboration {
  a: ActorId;
  b: ActorId;
  /** k_AB: carrier ties plus members in common */
  carriers: number;
  /** distinct persons carrying it on A's side and on B's side */
  carriersA: number;
  carriersB: number;
  carrierPersons: ActorId[];
  carrierTies: TieId[];
  sharedMembers: ActorId[];
  /** share of the carriers that involve the most involved person; null without carriers */
  topShare: number | null;
  /** an organisation-level tie joins A and B directly */
  organisationTie: boolean;
  /** a formal tie (organisation-level or between carriers) backs it */
  formal: boolean;
  /** forums where both have a seat */
  forums: ForumId[];
  /** strongest carrier or organisation-level tie, on the project's scale */
  strength: number | null;
  /** probability that at least one carrier is still there in a year; null without carriers */
  survival: number | null;
  survivalMethod: 'exact' | 'monte-carlo' | null;
  /** actors whose departure cuts A from B in the person + organisation network (κ); null when tied directly */
  vertexConnectivity: number | null;
  /** ties whose loss cuts A from B (λ); null when tied directly */
  edgeConnectivity: number | null;
  /** false when the count is a lower bound (the exact count was beyond the work budget) */
  connectivityExact: boolean;
  flags: CollaborationFlag[];
  severity: Severity | null;
  /** 0–1, for ordering by risk */
  risk: number;
}

export interface KeyPerson {
  person: ActorId;
  /** collaborations, as their two organisations, that lose every carrier if this person leaves */
  collaborationsLost: ActorPair[];
  /** organisation pairs across sectors that could no longer reach each other */
  crossSectorReachLost: number;
  /** a cut vertex of the person + organisation network */
  articulationPoint: boolean;
  turnover: number;
}

/**
 * What a collaboration with one carrier rests on: a tie, which either of its two persons ends by
 * leaving, or a person in both organisations, who ends it alone. Null for any other number of
 * carriers. The findings and the panels word it from this, so that neither calls a person a tie.
 */
export type SoleCarrier = { kind: 'tie'; tie: TieId; persons: readonly [ActorId, ActorId] } | { kind: 'member'; person: ActorId };

export function soleCarrier(c: Collaboration): SoleCarrier | null {
  if (c.carriers !== 1) return null;
  const member = c.sharedMembers[0];
  if (member !== undefined) return { kind: 'member', person: member };
  const [tie] = c.carrierTies;
  const [p, q] = c.carrierPersons;
  return tie !== undefined && p !== undefined && q !== undefined ? { kind: 'tie', tie, persons: [p, q] } : null;
}

/**
 * Whether one person leaving ends every carrier: the flags "one tie" and "one person". κ counts
 * the paths through everyone else as well, so it can be 2 or more for such a collaboration: the
 * organisations then still reach each other through others after the collaboration has ended.
 */
export const endsWithOneDeparture = (c: Collaboration): boolean => c.flags.includes('single-relationship') || c.flags.includes('single-person');

/** The person + organisation network: ties (either way) and memberships as edges. */
export function combinedGraph(net: Network): Graph {
  const sources: number[] = [];
  const targets: number[] = [];
  for (let e = 0; e < net.ties.length; e++) {
    sources.push(net.tieSource[e] as number);
    targets.push(net.tieTarget[e] as number);
  }
  for (const m of net.memberships) {
    sources.push(net.index.get(m.person) as number);
    targets.push(net.index.get(m.organisation) as number);
  }
  return buildGraph(net.actors.length, sources, targets, false);
}

/** A person's yearly probability of leaving: their own, else the highest default of their roles. */
export function turnoverOf(net: Network): (person: number) => number {
  const roleTurnover = new Map(net.data.codebooks.roles.map((r) => [r.key, r.turnover]));
  const fallback = Math.max(0, ...net.data.codebooks.roles.map((r) => r.turnover));
  const byRole = new Float64Array(net.actors.length).fill(-1);
  for (const m of net.memberships) {
    const p = net.index.get(m.person) as number;
    byRole[p] = Math.max(byRole[p] as number, roleTurnover.get(m.role) ?? 0);
  }
  return (p) => net.actors[p]?.turnover ?? ((byRole[p] ?? -1) >= 0 ? (byRole[p] as number) : fallback);
}

interface Draft {
  a: number;
  b: number;
  ties: Array<{ id: TieId; u: number; v: number; formal: boolean; strength: number | null }>;
  shared: number[];
  orgTie: boolean;
  orgFormal: boolean;
  orgStrength: number | null;
  forums: ForumId[];
}

function collectDrafts(net: Network): Map<number, Draft> {
  const isOrg = (i: number) => net.actors[i]?.kind !== 'person';
  const drafts = new Map<number, Draft>();
  const n = net.actors.length;
  const draft = (x: number, y: number): Draft => {
    const key = x < y ? x * n + y : y * n + x;
    let d = drafts.get(key);
    if (!d) {
      d = { a: Math.min(x, y), b: Math.max(x, y), ties: [], shared: [], orgTie: false, orgFormal: false, orgStrength: null, forums: [] };
      drafts.set(key, d);
    }
    return d;
  };
  const orgs = (p: number) => net.orgsOf.get(p) ?? [];

  net.ties.forEach((t, e) => {
    const u = net.tieSource[e] as number;
    const v = net.tieTarget[e] as number;
    if (isOrg(u) && isOrg(v)) {
      const d = draft(u, v);
      d.orgTie = true;
      d.orgFormal ||= t.formality === 'formal';
      if (t.strength !== null) d.orgStrength = Math.max(d.orgStrength ?? -Infinity, t.strength);
      return;
    }
    if (isOrg(u) || isOrg(v)) return;
    const ou = orgs(u);
    const ov = orgs(v);
    for (const a of ou)
      for (const b of ov) {
        // one end only in A, the other only in B: ties among colleagues carry nothing between them
        if (a === b || ov.includes(a) || ou.includes(b)) continue;
        // u on the side of the draft's a, v on b's
        const [onA, onB] = a < b ? [u, v] : [v, u];
        draft(a, b).ties.push({ id: t.id, u: onA, v: onB, formal: t.formality === 'formal', strength: t.strength });
      }
  });
  for (const [p, list] of net.orgsOf)
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) draft(list[i] as number, list[j] as number).shared.push(p);

  for (const f of net.forums) {
    const present = new Set<number>();
    for (const s of f.seats) {
      const actor = net.index.get(s.actor) as number;
      if (s.represents !== null && net.index.has(s.represents)) present.add(net.index.get(s.represents) as number);
      else if (isOrg(actor)) present.add(actor);
      else for (const o of orgs(actor)) present.add(o);
    }
    const list = [...present].sort((x, y) => x - y);
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) draft(list[i] as number, list[j] as number).forums.push(f.id);
  }
  return drafts;
}

/** Subsets of one side's tie ends enumerated at most, times the ties checked for each. */
const EXACT_SURVIVAL_WORK = 1 << 20;

/**
 * P(at least one carrier survives), exactly when it is cheap enough. A shared member carries it
 * alone; a tie needs both its ends. Shared members are never tie ends (ties among colleagues
 * carry nothing), so P(failure) = Π q(shared) · P(no tie keeps both ends), and the second factor
 * needs only the subsets of the smaller side of the ties: given who of that side stays, every
 * tie partner of theirs on the other side must leave.
 */
function exactSurvival(d: Draft, leave: (p: number) => number): number | null {
  let failure = 1;
  for (const p of d.shared) failure *= leave(p);
  const only = d.ties.length === 1 ? d.ties[0] : undefined;
  // most collaborations rest on one tie: it fails unless both its ends stay
  if (only) failure *= 1 - (1 - leave(only.u)) * (1 - leave(only.v));
  else if (d.ties.length > 1) {
    const aSide = [...new Set(d.ties.map((t) => t.u))];
    const bSide = [...new Set(d.ties.map((t) => t.v))];
    const [small, large, smallEnd] = aSide.length <= bSide.length ? [aSide, bSide, 'u' as const] : [bSide, aSide, 'v' as const];
    if ((1 << Math.min(small.length, 30)) * d.ties.length > EXACT_SURVIVAL_WORK) return null;
    const smallIndex = new Map(small.map((p, i) => [p, i]));
    const largeIndex = new Map(large.map((p, i) => [p, i]));
    // the large-side partners of each small-side person
    const partners = small.map(() => [] as number[]);
    for (const t of d.ties) {
      const [x, y] = smallEnd === 'u' ? [t.u, t.v] : [t.v, t.u];
      partners[smallIndex.get(x) as number]?.push(largeIndex.get(y) as number);
    }
    const qSmall = small.map(leave);
    const qLarge = large.map(leave);
    const mustLeave = new Int32Array(large.length).fill(-1);
    let noTie = 0;
    for (let stay = 0; stay < 1 << small.length; stay++) {
      let p = 1;
      for (let i = 0; i < small.length; i++) {
        const q = qSmall[i] as number;
        if (!(stay & (1 << i))) {
          p *= q;
          continue;
        }
        p *= 1 - q;
        for (const j of partners[i] as number[])
          if (mustLeave[j] !== stay) {
            mustLeave[j] = stay;
            p *= qLarge[j] as number;
          }
      }
      noTie += p;
    }
    failure *= noTie;
  }
  return 1 - failure;
}

export interface DependencyOptions {
  /** the person + organisation network (combinedGraph), shared with the caller */
  combined: Graph;
  monteCarloRuns: number;
  random: Random;
  /** the project's strength scale: a collaboration weighs by its strongest tie's share of it */
  strengthScale: StrengthScale;
  /** arc visits the exact connectivity counts may spend before falling back to lower bounds
   * (default: connectivityBudget of the person + organisation network; 0: the blocks and
   * bridges' 0, 1 and "at least 2" only, which the app's first answer gives) */
  connectivityBudget?: number;
  /** false when only the collaborations are wanted (a departure scenario's before and after) */
  keyPersons?: boolean;
}

export interface DependencyResult {
  collaborations: Collaboration[];
  keyPersons: KeyPerson[];
  expectedCollaborationsLost: number | null;
  /** cross-sector organisation pairs that can reach each other through people and ties */
  crossSectorReach: number;
}

export function personDependency(net: Network, options: DependencyOptions): DependencyResult {
  const drafts = [...collectDrafts(net).values()].sort((x, y) => x.a - y.a || x.b - y.b);
  const leave = turnoverOf(net);
  const id = (i: number): ActorId => (net.actors[i] as Actor).id;
  const combined = options.combined;

  // Monte Carlo for the collaborations carried by too many persons to enumerate exactly
  const survival = new Map<Draft, { value: number; method: 'exact' | 'monte-carlo' }>();
  const sampled: Draft[] = [];
  for (const d of drafts) {
    if (d.ties.length + d.shared.length === 0) continue;
    const exact = exactSurvival(d, leave);
    if (exact === null) sampled.push(d);
    else survival.set(d, { value: exact, method: 'exact' });
  }
  if (sampled.length && options.monteCarloRuns > 0) {
    const gone = new Uint8Array(net.actors.length);
    const persons = [...new Set(sampled.flatMap((d) => [...d.ties.flatMap((t) => [t.u, t.v]), ...d.shared]))];
    const q = persons.map(leave);
    const alive = new Float64Array(sampled.length);
    for (let run = 0; run < options.monteCarloRuns; run++) {
      persons.forEach((p, i) => (gone[p] = options.random.float() < (q[i] as number) ? 1 : 0));
      sampled.forEach((d, i) => {
        if (d.ties.some((t) => !gone[t.u] && !gone[t.v]) || d.shared.some((p) => !gone[p])) alive[i] = (alive[i] as number) + 1;
      });
    }
    sampled.forEach((d, i) => survival.set(d, { value: (alive[i] as number) / options.monteCarloRuns, method: 'monte-carlo' }));
  }

  // one collaboration per draft; at 20,000 actors there are tens of thousands, so who is on
  // which side, and how often, is marked in arrays stamped with the draft rather than in fresh
  // sets and maps for each
  const stampA = new Int32Array(net.actors.length).fill(-1);
  const stampB = new Int32Array(net.actors.length).fill(-1);
  const stampInvolved = new Int32Array(net.actors.length).fill(-1);
  const involved = new Int32Array(net.actors.length);
  const made = drafts.map((d, di): Collaboration => {
    // the carrier persons: side A's in the order met, then side B's not on side A
    const persons: number[] = [];
    let sideA = 0;
    let sideB = 0;
    let top = 0;
    const involve = (p: number) => {
      const times = stampInvolved[p] === di ? (involved[p] as number) + 1 : 1;
      stampInvolved[p] = di;
      involved[p] = times;
      if (times > top) top = times;
    };
    const onA = (p: number) => {
      if (stampA[p] === di) return;
      stampA[p] = di;
      sideA++;
      persons.push(p);
    };
    const onB = (p: number) => {
      if (stampB[p] === di) return;
      stampB[p] = di;
      sideB++;
      if (stampA[p] !== di) persons.push(p);
    };
    let formal = d.orgFormal;
    let strength = d.orgStrength;
    for (const t of d.ties) {
      involve(t.u);
      involve(t.v);
      onA(t.u);
      formal ||= t.formal;
      if (t.strength !== null && (strength === null || t.strength > strength)) strength = t.strength;
    }
    for (const p of d.shared) {
      involve(p);
      onA(p);
    }
    for (const t of d.ties) onB(t.v);
    for (const p of d.shared) onB(p);
    const k = d.ties.length + d.shared.length;
    const flags: CollaborationFlag[] = [];
    if (k === 1) flags.push('single-relationship');
    else if (k > 1 && (sideA === 1 || sideB === 1)) flags.push('single-person');
    if (!formal && d.forums.length === 0) flags.push('informal-only');
    // Risk grows with how much rests on one link and how strong (important) the link is, and
    // falls with formal backing and a shared forum.
    const base = k === 1 ? 1 : flags.includes('single-person') ? 0.75 : k > 0 && !formal && d.forums.length === 0 ? 0.25 : 0;
    const share = strengthShare(strength, options.strengthScale);
    const weight = share === null ? 0.6 : 0.4 + 0.6 * share;
    const risk = base * weight * (formal ? 0.5 : 1) * (d.forums.length ? 0.7 : 1);
    const severity: Severity | null = base === 0 ? null : risk >= 0.55 ? 'high' : risk >= 0.3 ? 'medium' : 'low';
    const s = survival.get(d);
    return {
      a: id(d.a),
      b: id(d.b),
      carriers: k,
      carriersA: sideA,
      carriersB: sideB,
      carrierPersons: persons.map(id),
      carrierTies: d.ties.map((t) => t.id),
      sharedMembers: d.shared.map(id),
      topShare: k > 0 ? top / k : null,
      organisationTie: d.orgTie,
      formal,
      forums: d.forums,
      strength,
      survival: s?.value ?? null,
      survivalMethod: s?.method ?? null,
      // counted below (connectivityCounts)
      vertexConnectivity: null,
      edgeConnectivity: null,
      connectivityExact: true,
      flags,
      severity,
      risk,
    };
  });

  const collaborations = connectivityCounts(net, combined, made, options.connectivityBudget);

  if (options.keyPersons === false) return { collaborations, keyPersons: [], expectedCollaborationsLost: null, crossSectorReach: crossSectorReach(net, combined, -1) };

  // key persons: who ends collaborations, and who cuts organisations of different sectors apart
  const { articulation } = cutStructure(combined);
  const reach = (removed: number) => crossSectorReach(net, combined, removed);
  const reachBefore = reach(-1);
  const lostBy = new Map<number, ActorPair[]>();
  drafts.forEach((d, i) => {
    const c = collaborations[i] as Collaboration;
    if (c.carriers === 0) return;
    // whoever is in every carrier: one shared member alone, or an end of the first tie in all ties
    const first = d.ties[0];
    const candidates = first ? (d.shared.length ? [] : [first.u, first.v]) : d.shared.length === 1 ? d.shared : [];
    for (const p of candidates)
      if (d.ties.every((t) => t.u === p || t.v === p)) {
        const list = lostBy.get(p);
        if (list) list.push([c.a, c.b]);
        else lostBy.set(p, [[c.a, c.b]]);
      }
  });
  const keyPersons: KeyPerson[] = [];
  net.actors.forEach((a, i) => {
    if (a.kind !== 'person') return;
    const lost = lostBy.get(i) ?? [];
    const cut = articulation[i] === 1;
    const reachLost = cut ? reachBefore - reach(i) : 0;
    if (lost.length === 0 && reachLost === 0) return;
    keyPersons.push({ person: a.id, collaborationsLost: lost, crossSectorReachLost: reachLost, articulationPoint: cut, turnover: leave(i) });
  });
  keyPersons.sort((x, y) => y.collaborationsLost.length - x.collaborationsLost.length || y.crossSectorReachLost - x.crossSectorReachLost);

  const withSurvival = collaborations.filter((c) => c.survival !== null);
  return {
    collaborations,
    keyPersons,
    expectedCollaborationsLost: withSurvival.length ? withSurvival.reduce((s, c) => s + (1 - (c.survival as number)), 0) : null,
    crossSectorReach: reachBefore,
  };
}

/**
 * κ and λ of each collaboration not tied directly: exact local connectivity while the work
 * budget lasts, riskiest collaborations (fewest carriers) first; past it, the blocks and bridges
 * still tell 0, 1 and "at least 2" apart. The counts are a third of person-dependency's work on
 * large networks and no finding reads them, so the app's first answer has the classes only
 * (budget 0) and the next one counts (analyze.ts).
 */
export function connectivityCounts(net: Network, combined: Graph, collaborations: readonly Collaboration[], budgetOf?: number): Collaboration[] {
  const cuts = cutIndex(combined);
  const budget: WorkBudget = { left: budgetOf ?? connectivityBudget(combined) };
  const oracle = budget.left > 0 ? new ConnectivityOracle(combined) : null;
  const count = (a: number, b: number, kind: 'vertex' | 'edge'): ConnectivityCount => {
    const known = connectivityClass(cuts, a, b, kind);
    if (known < 2) return { value: known, exact: true };
    return oracle && budget.left > 0 ? oracle.count(a, b, kind, budget, 2) : { value: 2, exact: false };
  };
  // a stable sort: collaborations of as many carriers stay in their order
  const order = collaborations.map((_, i) => i).sort((x, y) => (collaborations[x] as Collaboration).carriers - (collaborations[y] as Collaboration).carriers);
  const out = [...collaborations];
  for (const i of order) {
    const c = collaborations[i] as Collaboration;
    if (c.organisationTie) {
      out[i] = { ...c, vertexConnectivity: null, edgeConnectivity: null, connectivityExact: true };
      continue;
    }
    const a = net.index.get(c.a) as number;
    const b = net.index.get(c.b) as number;
    const vertex = count(a, b, 'vertex');
    const edge = count(a, b, 'edge');
    out[i] = { ...c, vertexConnectivity: vertex.value, edgeConnectivity: edge.value, connectivityExact: vertex.exact && edge.exact };
  }
  return out;
}

/** Organisation pairs of different sectors in the same component, optionally without one node. */
export function crossSectorReach(net: Network, combined: Graph, removed: number): number {
  let mask: Uint8Array | undefined;
  if (removed >= 0) {
    mask = new Uint8Array(combined.n);
    mask[removed] = 1;
  }
  const { of } = components(combined, mask);
  const perComponent = new Map<number, Map<string, number>>();
  net.actors.forEach((a, i) => {
    if (a.kind === 'person' || i === removed || a.sector === null) return;
    const c = of[i] as number;
    const bySector = perComponent.get(c) ?? new Map<string, number>();
    bySector.set(a.sector, (bySector.get(a.sector) ?? 0) + 1);
    perComponent.set(c, bySector);
  });
  let pairs = 0;
  for (const bySector of perComponent.values()) {
    let total = 0;
    let same = 0;
    for (const count of bySector.values()) {
      total += count;
      same += count * count;
    }
    pairs += (total * total - same) / 2;
  }
  return pairs;
}
