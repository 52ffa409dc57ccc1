import type { Actor, Forum, Membership, ProjectData, Tie } from '../model/schema';
import { presentIn } from '../model/wave-presence';
import { buildGraph, type Graph } from './graph';

/**
 * The network an analysis reads: the actors, ties, memberships and forums present in one wave,
 * restricted to some tie types, with each actor numbered for the typed-array kernels.
 */
export interface AnalysisOptions {
  /** 'sector' (default), 'organisation', or the name of an actor attribute */
  groupBy: string;
  /** a wave id; all elements when null */
  wave: string | null;
  /** tie type keys to include; all when null */
  tieTypes: readonly string[] | null;
}

export interface Network {
  data: ProjectData;
  actors: Actor[];
  index: Map<string, number>;
  ties: Tie[];
  /** each tie's ends as actor indices, in the order of `ties` (looked up once, read by every analysis) */
  tieSource: Int32Array;
  tieTarget: Int32Array;
  memberships: Membership[];
  forums: Forum[];
  graph: Graph;
  /** group index per actor, and the groups' names (sector keys, organisation ids or values) */
  group: Int32Array;
  groupNames: string[];
  /** organisations each person belongs to (in the wave), by actor index */
  orgsOf: Map<number, number[]>;
  /** members of each organisation, by actor index */
  membersOf: Map<number, number[]>;
}

export const NO_GROUP = '(none)';

const inWave = (wave: string | null) => (x: { waves: readonly string[] }) => wave === null || presentIn(x.waves, wave);

/**
 * What a network of one wave is built from: the actors present in it, and the ties, memberships
 * and forum seats present in it whose actors are too (a tie of a person who left is gone with
 * them, whatever its own waves say). The wave comparison reads the same, so the ties it counts
 * as gained and lost are the ties the two analyses saw.
 */
export function presentElements(
  data: ProjectData,
  options: Pick<AnalysisOptions, 'wave' | 'tieTypes'>,
): { actors: Actor[]; ties: Tie[]; memberships: Membership[]; forums: Forum[] } {
  const present = inWave(options.wave);
  const actors = data.actors.filter(present);
  const here = new Set<string>(actors.map((a) => a.id));
  const types = options.tieTypes ? new Set(options.tieTypes) : null;
  const ties = data.ties.filter((t) => present(t) && (!types || types.has(t.type)) && here.has(t.source) && here.has(t.target));
  const memberships = data.memberships.filter((m) => present(m) && here.has(m.person) && here.has(m.organisation));
  const forums = data.forums.filter(present).map((f) => ({ ...f, seats: f.seats.filter((s) => here.has(s.actor)) }));
  return { actors, ties, memberships, forums };
}

export function buildNetwork(data: ProjectData, options: AnalysisOptions): Network {
  const { actors, ties, memberships, forums } = presentElements(data, options);
  const index = new Map(actors.map((a, i) => [a.id as string, i]));

  const directed = ties.some((t) => t.directed);
  const tieSource = new Int32Array(ties.length);
  const tieTarget = new Int32Array(ties.length);
  const sources: number[] = [];
  const targets: number[] = [];
  ties.forEach((t, e) => {
    const s = index.get(t.source) as number;
    const d = index.get(t.target) as number;
    tieSource[e] = s;
    tieTarget[e] = d;
    sources.push(s);
    targets.push(d);
    if (directed && !t.directed) {
      sources.push(d);
      targets.push(s);
    }
  });
  const graph = buildGraph(actors.length, sources, targets, directed);

  const orgsOf = new Map<number, number[]>();
  const membersOf = new Map<number, number[]>();
  for (const m of memberships) {
    const p = index.get(m.person) as number;
    const o = index.get(m.organisation) as number;
    const orgs = orgsOf.get(p);
    if (!orgs) orgsOf.set(p, [o]);
    else if (!orgs.includes(o)) orgs.push(o);
    const members = membersOf.get(o);
    if (!members) membersOf.set(o, [p]);
    else if (!members.includes(p)) members.push(p);
  }

  const { group, names } = grouping(options.groupBy, actors, orgsOf);
  return { data, actors, index, ties, tieSource, tieTarget, memberships, forums, graph, group, groupNames: names, orgsOf, membersOf };
}

/** Each actor's group index under a grouping, and the groups' names in order of appearance. */
export function grouping(
  groupBy: string,
  actors: readonly Actor[],
  orgsOf: Map<number, number[]>,
): { group: Int32Array; names: string[] } {
  const labelOf = groupLabeller(groupBy, actors, orgsOf);
  const names: string[] = [];
  const byName = new Map<string, number>();
  const group = new Int32Array(actors.length);
  actors.forEach((a, i) => {
    const name = labelOf(a, i);
    let gi = byName.get(name);
    if (gi === undefined) {
      gi = names.length;
      names.push(name);
      byName.set(name, gi);
    }
    group[i] = gi;
  });
  return { group, names };
}

/** What group an actor is in: its sector, its organisation, or the value of an attribute. */
function groupLabeller(groupBy: string, actors: readonly Actor[], orgsOf: Map<number, number[]>) {
  if (groupBy === 'sector') return (a: Actor) => a.sector ?? NO_GROUP;
  if (groupBy === 'organisation')
    return (a: Actor, i: number) => {
      if (a.kind !== 'person') return a.id;
      const first = orgsOf.get(i)?.[0];
      return first === undefined ? NO_GROUP : (actors[first]?.id ?? NO_GROUP);
    };
  return (a: Actor) => {
    const value = a.attributes[groupBy];
    return value === undefined || value === null || value === '' ? NO_GROUP : String(value);
  };
}
