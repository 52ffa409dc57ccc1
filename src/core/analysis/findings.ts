import type { ActivityId, ActorId, ForumId, TieId } from '../ids';
import type { MessageKey } from '../i18n/catalogue';
import { compositeKey, unorderedPairKey, type ActorPair } from '../model/pairs';
import type { Actor, Thresholds } from '../model/schema';
import { activityFindings, type ActivityFindingKind } from './activity-findings';
import type { AnalysisResult } from './analyze';
import { soleCarrier, type Collaboration, type Severity } from './dependency';
import { NO_GROUP, type Network } from './network';
import type { WordParams, WordValue, Wording } from './wording';

/**
 * Findings turn figures into plain warnings and recommendations: one list from all analyses,
 * each naming the elements involved so the map can show them, and saying what it found as a
 * catalogue key with typed parameters, worded in Danish or English where it is shown.
 */
export type FindingKind =
  | 'single-relationship'
  | 'single-person'
  | 'informal-only'
  | 'low-survival'
  | 'key-person'
  | 'bridge-tie'
  | 'bonded-group'
  | 'bonded-organisation'
  | 'more-bonding-than-chance'
  | 'municipal-dominance'
  | 'supplier-relations'
  | 'forum-dominance'
  | 'forum-missing-sector'
  | 'forum-no-mandate'
  | 'central-dominance'
  | 'concentrated-contacts'
  | 'key-player-set'
  | ActivityFindingKind;

export interface Finding {
  kind: FindingKind;
  severity: Severity;
  elements: { actors: ActorId[]; ties: TieId[]; forums: ForumId[]; collaborations: ActorPair[]; activities: ActivityId[] };
  /** what was found and why it matters, and what to do: worded where they are shown (wording.ts) */
  message: Wording<FindingTextKey>;
  recommendation: Wording<FindingTextKey>;
}

export type FindingTextKey = Extract<MessageKey, `findings.${string}`>;

/**
 * What a finding is about, so that a choice in the list survives a re-analysis: the same kind
 * about the same elements is the same finding, whatever its place or wording now.
 */
export function findingKey(f: Finding): string {
  const { actors, ties, forums, collaborations, activities } = f.elements;
  const key = [f.kind, compositeKey(actors), compositeKey(ties), compositeKey(forums), compositeKey(collaborations.map(([a, b]) => compositeKey([a, b])))];
  // (a finding without activities keeps the key it had before there were any)
  return compositeKey(activities.length ? [...key, compositeKey(activities)] : key);
}

/** The sector whose dominance the power findings watch, and the partners it should share with. */
export const MUNICIPALITY = 'municipality';
const PARTNER_SECTORS = ['civil_society', 'citizens'];

type TextKey = Extract<MessageKey, `findings.${string}.message`> extends `findings.${infer K}.message` ? K : never;

/** At most this many findings of one kind; the rest are counted in one more finding. */
export const MAX_FINDINGS_PER_KIND = 25;

/** A count with its noun ("2 relationer"), for a sentence that counts more than one thing. */
const counted = (noun: 'ties' | 'actors' | 'pairs', count: number): WordValue => ({ words: { key: `counted.${noun}`, params: { count } } });

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

export function findingsOf(result: AnalysisResult, net: Network, thresholds: Thresholds): Finding[] {
  const actor = (id: string): WordValue => ({ actor: id });
  // sentences are not worded here: each finding keeps its key and parameters (see wording.ts)
  interface Draft {
    kind: FindingKind;
    severity: Severity;
    elements: Finding['elements'];
    key: TextKey;
    /** made only for the findings kept (see MAX_FINDINGS_PER_KIND): a large network has thousands */
    params: () => WordParams;
    order: number;
  }
  const out: Draft[] = [];
  const add = (kind: FindingKind, severity: Severity, elements: Partial<Finding['elements']>, key: TextKey, params: () => WordParams, order = 0) => {
    out.push({ kind, severity, elements: { actors: [], ties: [], forums: [], collaborations: [], activities: [], ...elements }, key, params, order });
  };
  const survival = (c: Collaboration): WordValue =>
    c.survival === null ? { words: { key: 'findings.survivalUnknown', params: {} } } : { words: { key: 'findings.survivalKnown', params: { pct: { percent: c.survival } } } };

  // person-dependency: collaborations
  let tieById: Map<string, Network['ties'][number]> | undefined;
  for (const c of result.collaborations) {
    const flagged = c.flags.length > 0 || (c.survival !== null && c.survival < thresholds.survival);
    if (!flagged) continue;
    const pair: ActorPair = [c.a, c.b];
    const names = { a: actor(c.a), b: actor(c.b) };
    const elements = { actors: [c.a, c.b, ...c.carrierPersons], ties: c.carrierTies, collaborations: [pair] };
    const sole = soleCarrier(c);
    if (c.flags.includes('single-relationship') && sole) {
      tieById ??= new Map(net.ties.map((t) => [t.id as string, t]));
      const tie = sole.kind === 'tie' ? tieById.get(sole.tie) : undefined;
      if (sole.kind === 'member')
        add('single-relationship', c.severity ?? 'medium', elements, 'singleRelationshipShared', () => ({ ...names, carrier: actor(sole.person), survival: survival(c) }), -c.risk);
      else if (tie)
        add('single-relationship', c.severity ?? 'medium', elements, 'singleRelationship', () => ({ ...names, p: actor(tie.source), q: actor(tie.target), survival: survival(c) }), -c.risk);
    } else if (c.flags.includes('single-person')) {
      const aSide = c.carriersA === 1;
      const sideOrg = aSide ? c.a : c.b;
      const members = new Set((net.membersOf.get(net.index.get(sideOrg) ?? -1) ?? []).map((i): string => net.actors[i]?.id ?? ''));
      const person = c.carrierPersons.find((p) => members.has(p)) ?? '';
      // "both" rather than "all 2", in either language
      add('single-person', c.severity ?? 'medium', elements, c.carriers === 2 ? 'singlePersonBoth' : 'singlePerson', () => ({ ...names, side: actor(sideOrg), person: actor(person), count: c.carriers, survival: survival(c) }), -c.risk);
    } else if (c.flags.includes('informal-only') && c.carriers > 0) {
      add('informal-only', 'low', elements, 'informalOnly', () => names, -c.risk);
    } else if (c.survival !== null && c.survival < thresholds.survival) {
      const pct = c.survival;
      add('low-survival', 'medium', elements, 'lowSurvival', () => ({ ...names, pct: { percent: pct } }), -(1 - pct));
    }
  }

  // key persons
  for (const k of result.keyPersons) {
    const count = k.collaborationsLost.length;
    const pairs = k.collaborationsLost;
    if (count >= Math.max(2, thresholds.keyPersonCollaborations))
      add('key-person', count >= 3 ? 'high' : 'medium', { actors: [k.person], collaborations: pairs }, 'keyPerson', () => ({
        person: actor(k.person),
        count,
        list: { list: pairs.map((p) => ({ pair: p })) },
      }), -count);
    if (k.crossSectorReachLost > 0)
      add('key-person', k.crossSectorReachLost >= 5 ? 'high' : 'medium', { actors: [k.person] }, 'keyPersonReach', () => ({
        person: actor(k.person),
        count: k.crossSectorReachLost,
      }), -k.crossSectorReachLost);
  }

  // ties that alone hold two parts (of at least two actors) of the person + organisation network together
  const pairKey = unorderedPairKey;
  const bridged = result.bridgeTies.filter(([, , left, right]) => left >= 2 && right >= 2);
  const tiesOfPair = new Map(bridged.map(([a, b]) => [pairKey(a, b), [] as TieId[]]));
  if (tiesOfPair.size) for (const t of net.ties) tiesOfPair.get(pairKey(t.source, t.target))?.push(t.id);
  for (const [a, b, left, right] of bridged)
    add('bridge-tie', 'medium', { actors: [a, b], ties: tiesOfPair.get(pairKey(a, b)) ?? [] }, 'bridgeTie', () => ({ a: actor(a), b: actor(b), left, right }), -Math.min(left, right));

  // bonding and bridging
  const bb = result.bondingBridging;
  const groupBy = bb.groupBy;
  for (const gm of bb.groups) {
    if (gm.group === NO_GROUP || gm.size < thresholds.minGroupSize || gm.eiIndex === null || gm.eiIndex > thresholds.bondingEi) continue;
    const members = net.actors.filter((_, i) => net.groupNames[net.group[i] as number] === gm.group).map((x) => x.id);
    const figures = { internal: counted('ties', gm.internal), external: gm.external, ei: { decimal: gm.eiIndex } };
    if (groupBy === 'sector' || groupBy === 'organisation')
      add('bonded-group', 'medium', { actors: members }, 'bondedGroup', () => ({ group: groupBy === 'sector' ? { sector: gm.group } : actor(gm.group), ...figures }), gm.eiIndex);
    else add('bonded-group', 'medium', { actors: members }, 'bondedValueGroup', () => ({ attribute: { attribute: groupBy }, value: { attribute: groupBy, value: gm.group }, ...figures }), gm.eiIndex);
  }
  for (const o of bb.organisations) {
    const ei = o.eiIndex;
    if (o.members < thresholds.minGroupSize || ei === null || ei > thresholds.bondingEi) continue;
    const members = (net.membersOf.get(net.index.get(o.organisation) ?? -1) ?? []).map((i) => (net.actors[i] as Actor).id);
    add('bonded-organisation', 'medium', { actors: [o.organisation as ActorId, ...members] }, 'bondedOrganisation', () => ({
      organisation: actor(o.organisation),
      count: o.members,
      internal: counted('ties', o.internal),
      external: o.external,
      ei: { decimal: ei },
    }), ei);
  }
  const { pMoreBonding: p, eiIndex: ei, expectedEiIndex: expected } = bb;
  if (p !== null && p < 0.05 && ei !== null && expected !== null)
    add('more-bonding-than-chance', 'low', {}, 'moreBondingThanChance', () => ({
      groupBy: groupBy === 'sector' || groupBy === 'organisation' ? { words: { key: `panels.groupBy.${groupBy}`, params: {} } } : { attribute: groupBy },
      ei: { decimal: ei },
      expected: { decimal: expected },
      p: { decimal: p, digits: 4 },
    }));

  // power
  const municipal = result.power.sectors.find((s) => s.sector === MUNICIPALITY);
  if (municipal && (municipal.initiative ?? 0) >= thresholds.dominanceShare && (municipal.mandate ?? 0) >= thresholds.dominanceShare) {
    const leaning = result.power.dyads.filter((d) => d.crossSector && d.score !== null && Math.abs(d.score) >= thresholds.asymmetry);
    add('municipal-dominance', 'medium', { ties: leaning.map((d) => d.tie as TieId) }, 'municipalDominance', () => ({
      sector: { sector: MUNICIPALITY },
      initiative: { percent: municipal.initiative ?? 0 },
      mandate: { percent: municipal.mandate ?? 0 },
    }));
  }
  const suppliers = net.ties.filter((t) => t.governance === 'supplier');
  if (suppliers.length)
    add('supplier-relations', 'low', { ties: suppliers.map((t) => t.id) }, 'supplierRelations', () => ({
      count: suppliers.length,
      list: { list: suppliers.map((t) => ({ arc: [t.source, t.target] as const })) },
    }));
  const watched = PARTNER_SECTORS.filter((s) => net.data.codebooks.sectors.some((c) => c.key === s));
  for (const f of result.power.forums) {
    const forum = { forum: f.forum };
    // the field's concern is municipal over-representation ("overstyring"), not any majority
    const top = f.bySector[0];
    if (top && top.sector === MUNICIPALITY && top.share > thresholds.forumSeatShare && f.seats >= 3) {
      const chairs = f.chairSectors.includes(top.sector);
      add('forum-dominance', chairs ? 'high' : 'medium', { forums: [f.forum as ForumId] }, top.seats === f.seats ? 'forumDominanceAll' : 'forumDominance', () => ({
        forum,
        sector: { sector: top.sector },
        seats: top.seats,
        count: f.seats,
        chair: chairs ? { words: { key: 'findings.forumChairSuffix', params: {} } } : '',
      }));
    }
    const missing = f.missing.filter((s) => watched.includes(s) || s === MUNICIPALITY);
    if (missing.length && f.seats > 0)
      add('forum-missing-sector', 'medium', { forums: [f.forum as ForumId] }, 'forumMissingSector', () => ({ forum, sectors: { list: missing.map((s) => ({ sector: s })) } }));
    if (!f.hasMandate) add('forum-no-mandate', 'medium', { forums: [f.forum as ForumId] }, 'forumNoMandate', () => ({ forum }));
  }
  // shares of brokerage say nothing in a handful of actors, where one go-between holds them all
  for (const s of net.actors.length < thresholds.minNetworkSize ? [] : result.power.sectors) {
    const share = s.betweennessShare;
    if (share === null || share < 0.3 || share < thresholds.centralShareRatio * s.populationShare) continue;
    add('central-dominance', 'low', { actors: net.actors.filter((a) => a.sector === s.sector).map((a) => a.id) }, 'centralDominance', () => ({
      sector: { sector: s.sector },
      share: { percent: share },
      population: { percent: s.populationShare },
    }));
  }

  // structure
  const concentrated = result.actors
    .filter((a) => a.hierarchy !== null && a.hierarchy >= thresholds.hierarchy && a.degree >= 3)
    .sort((x, y) => (y.hierarchy ?? 0) - (x.hierarchy ?? 0))
    .slice(0, 5);
  for (const a of concentrated)
    add('concentrated-contacts', 'low', { actors: [a.id] }, 'concentratedContacts', () => ({ actor: actor(a.id), hierarchy: { decimal: a.hierarchy ?? 0 } }), -(a.hierarchy ?? 0));
  const kp = result.fragmentation.keyPlayers;
  const rise = keyPlayerRise(result, net, thresholds);
  if (rise !== null)
    add('key-player-set', rise >= 3 * thresholds.fragmentationRise ? 'high' : 'medium', { actors: kp.members }, 'keyPlayerSet', () => ({
      names: { list: kp.members.map(actor) },
      pct: { percent: kp.F ?? 0 },
      before: { percent: result.fragmentation.intact.F ?? 0 },
    }));

  // the reception timeline
  for (const d of activityFindings(result.activities, net)) add(d.kind, d.severity, d.elements, d.key, d.params, d.order);

  // the most serious of each kind, and a count of the rest
  const byKind = new Map<FindingKind, Draft[]>();
  for (const f of out) {
    const list = byKind.get(f.kind);
    if (list) list.push(f);
    else byKind.set(f.kind, [f]);
  }
  const kept: Draft[] = [];
  for (const list of byKind.values()) {
    list.sort((x, y) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity] || x.order - y.order);
    kept.push(...list.slice(0, MAX_FINDINGS_PER_KIND));
    const rest = list.slice(MAX_FINDINGS_PER_KIND);
    const last = rest.at(-1);
    if (last) kept.push({ ...last, elements: { actors: [], ties: [], forums: [], collaborations: [], activities: [] }, key: 'more', params: () => ({ count: rest.length }), order: Infinity });
  }
  return kept
    .sort((x, y) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity] || x.order - y.order)
    .map((d) => {
      const params = d.params();
      return {
        kind: d.kind,
        severity: d.severity,
        elements: d.elements,
        message: { key: `findings.${d.key}.message`, params },
        recommendation: { key: `findings.${d.key}.recommendation`, params },
      };
    });
}

/**
 * How much the key players' joint loss raises the share of pairs that cannot reach each other
 * (F after against F today), when that is worth a finding; null when it is not. Not on a network
 * too small for the measure, not when the set is more than a small share of the persons (in a
 * handful of persons, "if they all leave" is no news), and not below the rise the settings ask.
 */
export function keyPlayerRise(result: Pick<AnalysisResult, 'fragmentation'>, net: Pick<Network, 'actors'>, thresholds: Thresholds): number | null {
  const { keyPlayers, intact } = result.fragmentation;
  if (keyPlayers.F === null || intact.F === null || keyPlayers.members.length === 0) return null;
  if (net.actors.length < thresholds.minNetworkSize) return null;
  const persons = net.actors.filter((a) => a.kind === 'person').length;
  if (keyPlayers.members.length > thresholds.keyPlayerShare * persons) return null;
  const rise = keyPlayers.F - intact.F;
  return rise >= thresholds.fragmentationRise - 1e-12 ? rise : null;
}
