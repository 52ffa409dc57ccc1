import { UserError } from '../errors';
import type { ActivityId, ActorId } from '../ids';
import { unorderedPairKey, type ActorPair } from '../model/pairs';
import type { ProjectData } from '../model/schema';
import { activityAnalysis, type ActivityResult } from './activities';
import { bondingBridging } from './bonding';
import { combinedGraph, personDependency } from './dependency';
import { fragmentationF } from './fragmentation';
import { buildNetwork, type AnalysisOptions } from './network';
import { seededRandom } from './random';
import { components } from './structure';

/**
 * Departure scenarios: what the network loses if some persons, or a whole organisation, left.
 * The stored data is never changed; the scenario analyses a copy without them.
 */
export interface ScenarioSide {
  actors: number;
  ties: number;
  components: number;
  eiIndex: number | null;
  /** collaborations carried by at least one relationship or shared member */
  carriedCollaborations: number;
  crossSectorReach: number;
  fragmentation: number | null;
}

export interface DepartureScenario {
  /** who leaves: the persons named, or the organisation and the members who belong only to it */
  leaving: ActorId[];
  before: ScenarioSide;
  after: ScenarioSide;
  /** collaborations, as their two organisations, that had carriers and have none left */
  lostCollaborations: ActorPair[];
  /** collaborations that keep carriers but now hang on one relationship or one person */
  weakenedCollaborations: ActorPair[];
  activities: {
    /** activities of the reception timeline left with no contact person (they were its only ones) or no owner */
    lost: ActivityId[];
    /** activities whose only owner had a link to the municipality and has none left */
    unlinked: ActivityId[];
  };
}

export type Departure = { persons: readonly string[] } | { organisation: string };

/**
 * The departure checked against the data: the persons must be actors of the project, the
 * organisation an organisation or department of it. `names` are what the caller calls the two
 * (a CLI flag, an API field), so the message points at what the user gave.
 */
export function checkDeparture(data: ProjectData, departure: Departure, names: { persons: string; organisation: string }): Departure {
  const known = new Map(data.actors.map((a) => [a.id as string, a]));
  if ('organisation' in departure) {
    const org = known.get(departure.organisation);
    if (!org || org.kind === 'person')
      throw new UserError('invalid', 'errors.badArgument', { name: names.organisation, detail: departure.organisation });
    return { organisation: org.id };
  }
  const unknown = departure.persons.filter((id) => !known.has(id));
  if (unknown.length || departure.persons.length === 0)
    throw new UserError('invalid', 'errors.badArgument', { name: names.persons, detail: unknown.join(', ') || '-' });
  return { persons: [...departure.persons] };
}

/** The actors that leave: the persons, or the organisation with the members it alone holds. */
export function leavers(data: ProjectData, departure: Departure): ActorId[] {
  const known = new Map(data.actors.map((a) => [a.id as string, a.id]));
  const ids = (list: readonly string[]) => list.flatMap((id) => known.get(id) ?? []);
  if ('persons' in departure) return ids([...new Set(departure.persons)]);
  const org = departure.organisation;
  const orgsOf = new Map<string, Set<string>>();
  for (const m of data.memberships) orgsOf.set(m.person, new Set([...(orgsOf.get(m.person) ?? []), m.organisation]));
  const members = [...orgsOf].filter(([, orgs]) => orgs.has(org) && orgs.size === 1).map(([p]) => p);
  return ids([org, ...members]);
}

export function without(data: ProjectData, gone: ReadonlySet<string>): ProjectData {
  return {
    ...data,
    actors: data.actors.filter((a) => !gone.has(a.id)),
    ties: data.ties.filter((t) => !gone.has(t.source) && !gone.has(t.target)),
    memberships: data.memberships.filter((m) => !gone.has(m.person) && !gone.has(m.organisation)),
    forums: data.forums.map((f) => ({
      ...f,
      seats: f.seats.filter((s) => !gone.has(s.actor)).map((s) => (s.represents !== null && gone.has(s.represents) ? { ...s, represents: null } : s)),
    })),
    activities: data.activities.map((a) => ({ ...a, owners: a.owners.filter((o) => !gone.has(o)), contacts: a.contacts.filter((c) => !gone.has(c)) })),
  };
}

function side(data: ProjectData, options: AnalysisOptions) {
  const net = buildNetwork(data, options);
  const combined = combinedGraph(net);
  // only who carries what is compared: no flow counts, no survival simulation, no key persons
  const dependency = personDependency(net, {
    combined,
    monteCarloRuns: 0,
    random: seededRandom(1),
    strengthScale: data.settings.strengthScale,
    connectivityBudget: 0,
    keyPersons: false,
  });
  const activities = activityAnalysis(net, dependency.collaborations, {
    wave: options.wave,
    timeline: data.settings.timeline,
    gapWeeks: data.settings.analysis.thresholds.gapWeeks,
  }).activities;
  const summary: ScenarioSide = {
    actors: net.graph.n,
    ties: net.ties.length,
    components: components(combined).sizes.length,
    eiIndex: bondingBridging(net.graph, net.group, net.groupNames, 0, 0).eiIndex,
    carriedCollaborations: dependency.collaborations.filter((c) => c.carriers > 0).length,
    crossSectorReach: dependency.crossSectorReach,
    fragmentation: fragmentationF(combined, null),
  };
  return { summary, collaborations: dependency.collaborations, activities };
}

/** What the departure takes from the reception timeline: activities left without anyone, or without a link. */
function activitiesAfter(before: readonly ActivityResult[], after: readonly ActivityResult[]): DepartureScenario['activities'] {
  const now = new Map(after.map((a) => [a.id as string, a]));
  const lost: ActivityId[] = [];
  const unlinked: ActivityId[] = [];
  for (const a of before) {
    const b = now.get(a.id);
    if (!b) continue;
    if ((a.contacts.length > 0 && b.contacts.length === 0) || (a.owners.length > 0 && b.owners.length === 0)) lost.push(a.id);
    else if ((a.municipalLinks ?? 0) > 0 && b.municipalLinks === 0) unlinked.push(a.id);
  }
  return { lost, unlinked };
}

export function departureScenario(data: ProjectData, options: AnalysisOptions, departure: Departure): DepartureScenario {
  const leaving = leavers(data, departure);
  const before = side(data, options);
  const after = side(without(data, new Set(leaving)), options);
  // the two sides number the actors differently, so a collaboration is looked up by its ids
  const afterByPair = new Map(after.collaborations.map((c) => [unorderedPairKey(c.a, c.b), c]));
  const lost: ActorPair[] = [];
  const weakened: ActorPair[] = [];
  for (const c of before.collaborations) {
    if (c.carriers === 0) continue;
    const now = afterByPair.get(unorderedPairKey(c.a, c.b));
    if (!now || now.carriers === 0) lost.push([c.a, c.b]);
    else if (!c.flags.some((f) => f !== 'informal-only') && now.flags.some((f) => f !== 'informal-only')) weakened.push([c.a, c.b]);
  }
  return {
    leaving,
    before: before.summary,
    after: after.summary,
    lostCollaborations: lost,
    weakenedCollaborations: weakened,
    activities: activitiesAfter(before.activities, after.activities),
  };
}
