import type { ActivityId, ActorId, TieId } from '../ids';
import { EVERYONE } from '../model/defaults';
import type { Activity, ActivityKind, ActivityWindow, Timeline } from '../model/schema';
import type { Collaboration } from './dependency';
import type { Network } from './network';

/**
 * The reception timeline read as the reception workshop reads its wall: where several providers
 * offer the same kind of thing to the same target group at the same time (overlaps), where a
 * target group is offered nothing for weeks (gaps), which activities hang on one contact person,
 * and which are run by an organisation whose only link to the municipality is one relationship.
 *
 * Weeks are counted relative to arrival, both ends of a window included. Only the activities,
 * owners and contacts present in the analysed wave count.
 *
 * A gap is a run of weeks from arrival on (or from the timeline's start, if later) in which no
 * offer and no activity is for the group: an authority task is the municipality's duty, not
 * something offered, and before arrival there is nobody yet to offer anything to (the weeks before
 * hold the preparations). An offer or activity for every newly arrived (target group `all`) is
 * offered to every group; a group's gap that is exactly a gap of `all` is reported once, as that.
 */
export type ActivityFlag = 'overlap' | 'person-dependent' | 'single-link';

/** The sector whose departments an owner's links are counted to. */
const MUNICIPALITY = 'municipality';

export interface ActivityResult {
  id: ActivityId;
  title: string;
  kind: ActivityKind;
  targetGroup: string;
  window: ActivityWindow;
  /** its owners and contacts present in the wave */
  owners: ActorId[];
  contacts: ActorId[];
  /**
   * relationships between its only owner (or the owner's members) and the municipality's
   * departments (or their members), with members of both; null when it has several owners or a
   * municipal one
   */
  municipalLinks: number | null;
  flags: ActivityFlag[];
}

export interface ActivityOverlap {
  kind: ActivityKind;
  targetGroup: string;
  /** activities of the same kind for the same target group, by different owners, whose windows overlap */
  activities: ActivityId[];
  /** their owners, each once */
  owners: ActorId[];
  /** from the first to the last week in which two of them run at once */
  window: ActivityWindow;
}

export interface ActivityGap {
  targetGroup: string;
  /** the first and last week in which the group is offered nothing */
  from: number;
  to: number;
  weeks: number;
}

export interface PersonDependentActivity {
  activity: ActivityId;
  contact: ActorId;
}

/** One relationship between an organisation and the municipality. */
export interface MunicipalLink {
  /** the municipal department or organisation at its other end */
  partner: ActorId;
  /** a tie between the two, between their members or between one and a member of the other */
  tie: TieId | null;
  /** or a person who is a member of both */
  sharedMember: ActorId | null;
}

export interface SingleLinkActivity extends MunicipalLink {
  activity: ActivityId;
  owner: ActorId;
}

export interface ActivityAnalysis {
  timeline: Timeline;
  activities: ActivityResult[];
  overlaps: ActivityOverlap[];
  gaps: ActivityGap[];
  personDependent: PersonDependentActivity[];
  singleLink: SingleLinkActivity[];
}

export interface ActivityOptions {
  /** a wave id; every activity when null */
  wave: string | null;
  timeline: Timeline;
  /** uncovered weeks in a row from which a gap is reported */
  gapWeeks: number;
}

const present = (wave: string | null) => (x: { waves: readonly string[] }) => wave === null || x.waves.length === 0 || x.waves.includes(wave);

/**
 * Every non-municipal organisation's relationships with the municipality: the carriers of its
 * collaborations with municipal departments (person ties and shared members, from the dependency
 * analysis) and the ties with an organisation at one end, which carry no collaboration there.
 */
export function municipalLinks(net: Network, collaborations: readonly Collaboration[]): Map<ActorId, MunicipalLink[]> {
  const isOrg = (i: number) => net.actors[i]?.kind !== 'person';
  const isMunicipal = (i: number) => isOrg(i) && net.actors[i]?.sector === MUNICIPALITY;
  const idOf = (i: number) => net.actors[i]?.id as ActorId;
  const out = new Map<ActorId, MunicipalLink[]>();
  const seen = new Set<string>();
  const add = (org: number, link: MunicipalLink) => {
    const id = idOf(org);
    // a relationship counts once, whichever way it was found
    const key = `${id}\u0000${link.tie ?? `member:${link.sharedMember ?? ''}`}`;
    if (seen.has(key)) return;
    seen.add(key);
    const list = out.get(id);
    if (list) list.push(link);
    else out.set(id, [link]);
  };

  for (const c of collaborations) {
    const a = net.index.get(c.a);
    const b = net.index.get(c.b);
    if (a === undefined || b === undefined) continue;
    for (const [own, other] of [
      [a, b],
      [b, a],
    ] as const) {
      if (isMunicipal(own) || !isMunicipal(other)) continue;
      for (const tie of c.carrierTies) add(own, { partner: idOf(other), tie, sharedMember: null });
      for (const person of c.sharedMembers) add(own, { partner: idOf(other), tie: null, sharedMember: person });
    }
  }

  const municipalOrgsOf = (person: number) => (net.orgsOf.get(person) ?? []).filter(isMunicipal);
  net.ties.forEach((t, e) => {
    const u = net.tieSource[e] as number;
    const v = net.tieTarget[e] as number;
    if (!isOrg(u) && !isOrg(v)) return;
    for (const [x, y] of [
      [u, v],
      [v, u],
    ] as const) {
      if (isOrg(x) && !isMunicipal(x)) {
        // the organisation itself with a department, or with a department's member
        const partners = isMunicipal(y) ? [y] : isOrg(y) ? [] : municipalOrgsOf(y);
        for (const m of partners) add(x, { partner: idOf(m), tie: t.id, sharedMember: null });
      } else if (!isOrg(x) && isMunicipal(y) && !(net.orgsOf.get(x) ?? []).includes(y)) {
        // a member of the organisation with a department itself
        for (const o of net.orgsOf.get(x) ?? []) if (!isMunicipal(o)) add(o, { partner: idOf(y), tie: t.id, sharedMember: null });
      }
    }
  });
  return out;
}

/** The windows' common weeks, or null when they share none. */
const common = (a: ActivityWindow, b: ActivityWindow): ActivityWindow | null => {
  const from = Math.max(a.from, b.from);
  const to = Math.min(a.to, b.to);
  return from <= to ? { from, to } : null;
};

function overlapsOf(activities: readonly ActivityResult[]): ActivityOverlap[] {
  const groups = new Map<string, ActivityResult[]>();
  for (const a of activities) {
    const key = `${a.kind}\u0000${a.targetGroup}`;
    const list = groups.get(key);
    if (list) list.push(a);
    else groups.set(key, [a]);
  }
  const out: ActivityOverlap[] = [];
  for (const list of groups.values()) {
    // activities joined by an overlap with another provider, gathered as connected sets
    const parent = list.map((_, i) => i);
    const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i] as number)));
    const spans = new Map<number, ActivityWindow>();
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const x = list[i] as ActivityResult;
        const y = list[j] as ActivityResult;
        if (x.owners.length === 0 || y.owners.length === 0 || x.owners.some((o) => y.owners.includes(o))) continue;
        const shared = common(x.window, y.window);
        if (!shared) continue;
        const [ri, rj] = [root(i), root(j)];
        const merged = [spans.get(ri), spans.get(rj), shared].filter((w): w is ActivityWindow => w !== undefined);
        parent[rj] = ri;
        spans.delete(rj);
        spans.set(ri, { from: Math.min(...merged.map((w) => w.from)), to: Math.max(...merged.map((w) => w.to)) });
      }
    const members = new Map<number, ActivityResult[]>();
    list.forEach((a, i) => {
      const r = root(i);
      if (!spans.has(r)) return;
      const m = members.get(r);
      if (m) m.push(a);
      else members.set(r, [a]);
    });
    for (const [r, set] of members) {
      const first = set[0] as ActivityResult;
      out.push({
        kind: first.kind,
        targetGroup: first.targetGroup,
        activities: set.map((a) => a.id),
        owners: [...new Set(set.flatMap((a) => a.owners))],
        window: spans.get(r) as ActivityWindow,
      });
    }
  }
  return out;
}

/** Kinds of activity that offer something: an authority task is a duty, not an offer. */
const OFFERED: ReadonlySet<ActivityKind> = new Set(['offer', 'activity']);

function gapsOf(activities: readonly ActivityResult[], order: readonly string[], options: ActivityOptions): ActivityGap[] {
  const from = Math.max(options.timeline.from, 0);
  const to = options.timeline.to;
  const groups = [...new Set(activities.map((a) => a.targetGroup))].sort((x, y) => rank(order, x) - rank(order, y));
  const offered = activities.filter((a) => OFFERED.has(a.kind));
  const runs = (group: string): ActivityGap[] => {
    const covering = offered.filter((a) => a.targetGroup === group || a.targetGroup === EVERYONE);
    const out: ActivityGap[] = [];
    let start: number | null = null;
    for (let week = from; week <= to + 1; week++) {
      const covered = week > to || covering.some((a) => a.window.from <= week && week <= a.window.to);
      if (!covered && start === null) start = week;
      if (covered && start !== null) {
        const weeks = week - start;
        if (weeks >= options.gapWeeks) out.push({ targetGroup: group, from: start, to: week - 1, weeks });
        start = null;
      }
    }
    return out;
  };
  const everyone = groups.includes(EVERYONE) ? runs(EVERYONE) : [];
  const ofEveryone = new Set(everyone.map((g) => `${g.from}..${g.to}`));
  return groups.flatMap((group) => (group === EVERYONE ? everyone : runs(group).filter((g) => !ofEveryone.has(`${g.from}..${g.to}`))));
}

/** A target group's place in the codebook; one it lacks comes last. */
const rank = (order: readonly string[], key: string) => {
  const i = order.indexOf(key);
  return i < 0 ? order.length : i;
};

export function activityAnalysis(net: Network, collaborations: readonly Collaboration[], options: ActivityOptions): ActivityAnalysis {
  const inWave = present(options.wave);
  const here = (ids: readonly ActorId[]) => ids.filter((id) => net.index.has(id));
  const municipal = (id: ActorId) => {
    const a = net.actors[net.index.get(id) ?? -1];
    return a !== undefined && a.kind !== 'person' && a.sector === MUNICIPALITY;
  };
  const inScope = net.data.activities.filter(inWave);
  // the links are read only for activities: a network without any (most, and every large
  // one so far) spares the pass over every collaboration's carriers
  const links = inScope.length ? municipalLinks(net, collaborations) : new Map<ActorId, MunicipalLink[]>();

  const activities: ActivityResult[] = inScope.map((a: Activity) => {
    const owners = here(a.owners);
    const only = owners.length === 1 ? owners[0] : undefined;
    return {
      id: a.id,
      title: a.title,
      kind: a.kind,
      targetGroup: a.targetGroup,
      window: a.window,
      owners,
      contacts: here(a.contacts),
      municipalLinks: only === undefined || municipal(only) ? null : (links.get(only)?.length ?? 0),
      flags: [],
    };
  });

  const overlaps = overlapsOf(activities);
  const inOverlap = new Set(overlaps.flatMap((o) => o.activities));
  const personDependent: PersonDependentActivity[] = [];
  const singleLink: SingleLinkActivity[] = [];
  for (const a of activities) {
    if (inOverlap.has(a.id)) a.flags.push('overlap');
    const contact = a.contacts.length === 1 ? a.contacts[0] : undefined;
    if (contact !== undefined) {
      a.flags.push('person-dependent');
      personDependent.push({ activity: a.id, contact });
    }
    const owner = a.owners[0];
    const link = a.municipalLinks === 1 && owner !== undefined ? links.get(owner)?.[0] : undefined;
    if (link && owner !== undefined) {
      a.flags.push('single-link');
      singleLink.push({ activity: a.id, owner, ...link });
    }
  }
  const order = net.data.codebooks.targetGroups.map((g) => g.key);
  return { timeline: options.timeline, activities, overlaps, gaps: gapsOf(activities, order, options), personDependent, singleLink };
}
