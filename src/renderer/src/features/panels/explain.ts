import type { ActorResult, AnalysisResult } from '../../../../core/analysis/analyze';
import { endsWithOneDeparture, soleCarrier, type Collaboration, type KeyPerson } from '../../../../core/analysis/dependency';
import type { DyadAsymmetry, ForumRepresentation, SectorShare } from '../../../../core/analysis/power';
import type { WordValue } from '../../../../core/analysis/wording';
import type { Thresholds } from '../../../../core/model/schema';
import { orDash, type NameOf, type Numbers, type Say } from './panel-model';

/**
 * What a chosen row means, and what to do about it, in the words the findings use. Pure: each
 * function takes the row and the translator, and returns sentences.
 */
export interface Explanation {
  lines: string[];
  advice: string[];
}

type GroupRow = AnalysisResult['bondingBridging']['groups'][number];
type OrganisationRow = AnalysisResult['bondingBridging']['organisations'][number];

/**
 * Burt's constraint runs from about 0.1 (many independent contacts) to 1 (one contact); these
 * bounds only choose which reading to offer, they flag nothing.
 */
const CONSTRAINT_HIGH = 0.5;
const CONSTRAINT_LOW = 0.25;

/** A count with its noun ("1 relation", "2 relationer"), for a sentence that counts more than one thing. */
const ties = (count: number): WordValue => ({ words: { key: 'counted.ties', params: { count } } });

/** `group` names the group in a sentence: a sector as `{ sector }` (its definite form), else its label. */
export function explainGroup(g: GroupRow, group: WordValue, expected: number | null, thresholds: Thresholds, say: Say, nums: Numbers): Explanation {
  if (g.eiIndex === null) return { lines: [say('panels.bonding.explainGroupNoTies', { group, count: g.size })], advice: [] };
  const lines = [
    say('panels.bonding.explainGroup', {
      group,
      count: g.size,
      internal: ties(g.internal),
      external: g.external,
      ei: nums.num(g.eiIndex),
      expected: orDash(expected, (v) => nums.num(v), say),
    }),
  ];
  if (g.eiIndex <= thresholds.bondingEi) {
    lines.push(say('panels.bonding.readBonded'));
    return { lines, advice: [say('panels.bonding.recommendBonded')] };
  }
  if (expected !== null && g.eiIndex < expected) {
    lines.push(say('panels.bonding.readInward'));
    return { lines, advice: [say('panels.bonding.recommendBonded')] };
  }
  lines.push(say('panels.bonding.readOutward'));
  return { lines, advice: [say('panels.bonding.recommendOutward')] };
}

export function explainOrganisation(o: OrganisationRow, name: NameOf, thresholds: Thresholds, say: Say, nums: Numbers): Explanation {
  const organisation = name(o.organisation);
  const lines = [
    say('panels.bonding.explainOrganisation', {
      organisation,
      count: o.members,
      internal: ties(o.internal),
      external: o.external,
      ei: orDash(o.eiIndex, (v) => nums.num(v), say),
    }),
  ];
  if (o.eiIndex !== null && o.eiIndex <= thresholds.bondingEi) {
    lines.push(say('panels.bonding.readOrganisationBonded'));
    return { lines, advice: [say('panels.bonding.recommendOrganisationBonded', { organisation })] };
  }
  lines.push(say('panels.bonding.readOrganisationOpen'));
  return { lines, advice: [] };
}

/** Which figures an actor is read by: the counted ones, or those on tie strength (where the analysis is valued). */
export type ActorFigures = 'counted' | 'valued';

/**
 * `brokerFrom`: the betweenness, in the figures read, from which an actor counts as one of the
 * network's go-betweens. Read on tie strength, each sentence that cites a figure says so.
 */
export function explainActor(
  a: ActorResult,
  groupLabel: string,
  brokerFrom: number,
  thresholds: Thresholds,
  say: Say,
  nums: Numbers,
  figures: ActorFigures = 'counted',
): Explanation {
  const valued = figures === 'valued' ? a.valued : undefined;
  const read = (key: 'readBroker' | 'readConstraintHigh' | 'readConstraintLow' | 'readActorBonded') =>
    valued ? (`panels.bonding.${key}Valued` as const) : (`panels.bonding.${key}` as const);
  const ei = valued ? valued.eiIndex : a.eiIndex;
  const betweenness = valued ? valued.betweenness : a.betweenness;
  const constraint = valued ? valued.constraint : a.constraint;
  const lines = [say('panels.bonding.explainActor', { label: a.label, group: groupLabel, count: a.ties, ei: orDash(a.eiIndex, (v) => nums.num(v), say) })];
  const advice: string[] = [];
  if (valued) lines.push(say('panels.bonding.readStrengthValued', { value: nums.num(valued.strength, 1), ei: orDash(ei, (v) => nums.num(v), say) }));
  if (betweenness !== null && betweenness > 0 && betweenness >= brokerFrom) lines.push(say(read('readBroker'), { value: nums.num(betweenness, 1) }));
  if (constraint !== null && constraint >= CONSTRAINT_HIGH) lines.push(say(read('readConstraintHigh'), { value: nums.num(constraint) }));
  else if (constraint !== null && constraint <= CONSTRAINT_LOW) lines.push(say(read('readConstraintLow'), { value: nums.num(constraint) }));
  if (a.brokerage.total > 0) lines.push(say('panels.bonding.readBrokerage', { count: a.brokerage.total }));
  if (a.articulationPoint) {
    lines.push(say('panels.bonding.readArticulation'));
    advice.push(say('panels.bonding.recommendArticulation', { label: a.label }));
  }
  if (ei !== null && ei <= thresholds.bondingEi) {
    lines.push(say(read('readActorBonded')));
    advice.push(say('panels.bonding.recommendActorBonded', { label: a.label }));
  }
  return { lines, advice };
}

/** `label` heads the explanation; the sentences after it name the sector by its definite form. */
export function explainSector(s: SectorShare, label: string, thresholds: Thresholds, say: Say, nums: Numbers): Explanation {
  const sector: WordValue = { sector: s.sector };
  const share = (v: number | null) => (v === null ? say('panels.common.notRecorded') : nums.pct(v));
  const lines = [
    say('panels.power.explainSector', {
      sector: label,
      initiative: share(s.initiative),
      mandate: share(s.mandate),
      resources: share(s.resourcesGiven),
      central: share(s.betweennessShare),
      population: nums.pct(s.populationShare),
    }),
  ];
  const advice: string[] = [];
  if ((s.initiative ?? 0) >= thresholds.dominanceShare || (s.mandate ?? 0) >= thresholds.dominanceShare) {
    lines.push(say('panels.power.readDominant', { sector }));
    advice.push(say('panels.power.recommendDominant'));
  }
  if (s.betweennessShare !== null && s.populationShare > 0 && s.betweennessShare >= thresholds.centralShareRatio * s.populationShare) {
    lines.push(say('panels.power.readCentral', { sector }));
    advice.push(say('panels.power.recommendCentral', { sector }));
  }
  if (advice.length === 0) lines.push(say('panels.power.readBalanced', { sector }));
  return { lines, advice };
}

/** The side a dyad's score favours; null when balanced or unscored. */
export function strongerSide(d: DyadAsymmetry): { stronger: string; weaker: string } | null {
  if (d.score === null || d.score === 0) return null;
  return d.score > 0 ? { stronger: d.source, weaker: d.target } : { stronger: d.target, weaker: d.source };
}

/** The recorded parts of a tie's asymmetry as short badges (+1 favours the source, −1 the target). */
export function dyadParts(d: DyadAsymmetry, name: NameOf, say: Say): string[] {
  const favoured = (v: number) => name(v > 0 ? d.source : d.target);
  const { initiative, mandate, resources, dependence, governance } = d.parts;
  const out: string[] = [];
  if (initiative !== null) out.push(initiative === 0 ? say('panels.power.partInitiativeBoth') : say('panels.power.partInitiative', { who: favoured(initiative) }));
  if (mandate !== null) out.push(mandate === 0 ? say('panels.power.partMandateBoth') : say('panels.power.partMandate', { who: favoured(mandate) }));
  if (resources !== null) out.push(resources === 0 ? say('panels.power.partResourcesBoth') : say('panels.power.partResources', { who: favoured(resources) }));
  // the dependent end is the one the part does not favour
  if (dependence !== null)
    out.push(dependence === 0 ? say('panels.power.partDependentBoth') : say('panels.power.partDependent', { who: name(dependence > 0 ? d.target : d.source) }));
  if (governance !== null) out.push(governance === 1 ? say('panels.power.partSupplier', { who: name(d.target) }) : say('panels.power.partPartner'));
  return out;
}

/** How many of a tie's power parts the analyst recorded: the evidence behind its score. */
export const recordedParts = (d: DyadAsymmetry): number => Object.values(d.parts).filter((p) => p !== null).length;

export function explainDyad(d: DyadAsymmetry, name: NameOf, say: Say, nums: Numbers): Explanation {
  const side = strongerSide(d);
  const lines = side
    ? [say('panels.power.explainDyad', { stronger: name(side.stronger), weaker: name(side.weaker), score: nums.num(Math.abs(d.score ?? 0)) })]
    : [say('panels.power.explainDyadBalanced', { a: name(d.source), b: name(d.target) })];
  const parts = dyadParts(d, name, say);
  if (parts.length > 0) lines.push(say('panels.power.explainDyadParts', { count: parts.length, parts: nums.list(parts) }));
  if (d.linking) lines.push(say('panels.power.explainLinking'));
  const advice: string[] = [];
  if (d.parts.governance === 1) advice.push(say('panels.power.recommendSupplier'));
  else if (side) advice.push(say('panels.power.recommendAsymmetric', { weaker: name(side.weaker) }));
  return { lines, advice };
}

/** `sectorLabel` names the sectors in the distribution of seats; sentences use their definite forms. */
export function explainForum(f: ForumRepresentation, sectorLabel: NameOf, say: Say, nums: Numbers): Explanation {
  const distribution = nums.list(f.bySector.map((s) => `${sectorLabel(s.sector)} ${nums.int(s.seats)}`));
  const lines = [say('panels.power.explainForum', { forum: f.label, count: f.seats, distribution: distribution || say('panels.common.none') })];
  const advice: string[] = [];
  if (f.dominant !== null) {
    const top = f.bySector.find((s) => s.sector === f.dominant);
    lines.push(
      say('panels.power.explainForumDominant', {
        sector: { sector: f.dominant },
        share: nums.pct(top?.share ?? 0),
        chair: f.chairSectors.includes(f.dominant) ? say('panels.power.explainForumChairSuffix') : '',
      }),
    );
    advice.push(say('panels.power.recommendForumDominant'));
  }
  if (f.missing.length > 0) {
    const sectors: WordValue = { list: f.missing.map((key) => ({ sector: key })) };
    lines.push(say('panels.power.explainForumMissing', { sectors }));
    advice.push(say('panels.power.recommendForumMissing', { sectors }));
  }
  if (!f.hasMandate) {
    lines.push(say('panels.power.explainForumNoMandate'));
    advice.push(say('panels.power.recommendForumMandate'));
  }
  if (f.dominant === null && f.hasMandate) lines.push(say('panels.power.explainForumBalanced'));
  return { lines, advice };
}

export function explainCollaboration(c: Collaboration, name: NameOf, say: Say, nums: Numbers): Explanation {
  const a = name(c.a);
  const b = name(c.b);
  const lines = [
    c.carrierPersons.length > 0
      ? say('panels.dependency.explainCarriers', { a, b, persons: nums.list(c.carrierPersons.map(name)) })
      : say('panels.dependency.explainNoCarriers', { a, b }),
  ];
  if (c.survival !== null) lines.push(say('panels.dependency.explainSurvival', { pct: nums.pct(c.survival) }));
  if (c.vertexConnectivity === null || c.edgeConnectivity === null) lines.push(say('panels.dependency.explainDirect'));
  else {
    lines.push(say('panels.dependency.explainVertex', { count: c.vertexConnectivity, a, b }));
    lines.push(say('panels.dependency.explainEdge', { count: c.edgeConnectivity }));
    if (!c.connectivityExact) lines.push(say('panels.dependency.explainAtLeast'));
  }
  const advice: string[] = [];
  const sole = soleCarrier(c);
  if (c.flags.includes('single-relationship') && sole) {
    lines.push(
      sole.kind === 'member'
        ? say('panels.dependency.explainSharedMember', { person: name(sole.person) })
        : say('panels.dependency.explainSingleRelationship', { p: name(sole.persons[0]), q: name(sole.persons[1]) }),
    );
    advice.push(say(sole.kind === 'member' ? 'panels.dependency.recommendSharedMember' : 'panels.dependency.recommendSingleRelationship'));
  }
  if (c.flags.includes('single-person')) {
    lines.push(say('panels.dependency.explainSinglePerson'));
    advice.push(say('panels.dependency.recommendSinglePerson'));
  }
  // κ reaches past the collaboration, through everyone else: said so where the two part ways
  if (endsWithOneDeparture(c) && c.vertexConnectivity !== null && c.vertexConnectivity >= 2) lines.push(say('panels.dependency.explainStillReachable'));
  if (c.flags.includes('informal-only')) {
    lines.push(say('panels.dependency.explainInformalOnly'));
    advice.push(say('panels.dependency.recommendInformalOnly'));
  }
  if (advice.length === 0) advice.push(say('panels.dependency.recommendRobust'));
  return { lines, advice };
}

export function explainKeyPerson(k: KeyPerson, name: NameOf, say: Say, nums: Numbers): Explanation {
  const person = name(k.person);
  const list = nums.list(k.collaborationsLost.map(([a, b]) => `${name(a)} – ${name(b)}`));
  const count = k.collaborationsLost.length;
  const lines = [count > 0 ? say('panels.dependency.explainKeyPerson', { person, count, list }) : say('panels.dependency.explainKeyPersonNone', { person })];
  if (k.crossSectorReachLost > 0) lines.push(say('panels.dependency.explainReach', { person, count: k.crossSectorReachLost }));
  if (k.articulationPoint) lines.push(say('panels.dependency.explainArticulation', { person }));
  lines.push(say('panels.dependency.explainTurnover', { pct: nums.pct(k.turnover) }));
  return { lines, advice: [say('panels.dependency.recommendKeyPerson', { person })] };
}
