import type { ActorId, MembershipId, TieId, WaveId } from '../ids';
import { messageRef, type MessageKey } from '../i18n/catalogue';
import { problem, type Problem, type ProblemPath } from '../problems';
import type { Activity, Actor, Forum, Membership, Point, ProjectData, Seat, Tie } from './schema';

type Attributes = Actor['attributes'];

/**
 * Merging two actors that are one and the same (the person imported twice, as "Mette Sørensen"
 * and "Sørensen, Mette"): `drop` goes, and everything it had moves to `keep`. The rules, worked
 * out here once for the engine (which writes them as one undoable step) and the app (which
 * shows beforehand what a merge will do):
 *
 * - Both must be of the same kind (person, organisation or department) and be two actors.
 * - The actor: keep's name, kind and sector stay; what keep lacks, drop fills: a sector, an
 *   influence rating, a turnover, attributes keep has no value for. Notes are joined, keep's
 *   first. Waves: the union, and an actor present in every wave (no waves listed) stays so.
 * - Ties: a tie between the two disappears (it would be a loop). Drop's other ties move to keep;
 *   one of the same type and direction as a tie keep already has with the same third actor is
 *   joined to keep's: the stronger strength, formal over informal, for each power field (who took
 *   the initiative, holds the mandate, depends, where resources flow, governance) keep's where it
 *   is known, else drop's, the evidence's sources and quotes both kept, joined (keep's first),
 *   confidence and attributes as the power fields, notes joined, waves as the actor's.
 * - Memberships: drop's move to keep; one in the same organisation with the same role as one of
 *   keep's is joined to it, with the wider dates (an open start or end, null, is the widest).
 * - Forum seats: drop's seat moves to keep, role and all; in a forum where keep already sits,
 *   drop's seat goes and keep's role stays (keep takes drop's "represents" only when its own
 *   is empty). A seat that represented drop now represents keep (or no one, should that be the
 *   seat holder itself).
 * - Activities of the reception timeline: keep takes drop's place among an activity's owners or
 *   contacts; where keep is listed already, drop is only taken out.
 * - The map: keep's place stays; a keep never placed by hand takes drop's place.
 * - Pseudonyms: keep's code stays; drop's code is kept for no one (as a deletion leaves it).
 */

/** What a merge needs from the project: the two actors and whatever touches either. */
export interface MergeInput {
  keep: Actor;
  drop: Actor;
  /** the ties with either at one end, in the project's order */
  ties: readonly Tie[];
  /** the memberships with either as person or organisation, in the project's order */
  memberships: readonly Membership[];
  /** the forums where either sits or is represented */
  forums: readonly Forum[];
  /** the activities either runs or is a contact person of */
  activities: readonly Activity[];
  positions: { keep: Point | null; drop: Point | null };
}

/** What a merge writes, and how much of each. */
export interface MergePlan {
  /** keep as it will be */
  actor: Actor;
  ties: {
    /** drop's ties, now with keep at their end */
    moved: Tie[];
    /** keep's ties that took in one or more of drop's, as they will be */
    joined: Tie[];
    /** drop's ties that go: joined into one of keep's, or between the two */
    removed: TieId[];
    /** how many of the removed ran between keep and drop */
    between: number;
  };
  memberships: { moved: Membership[]; joined: Membership[]; removed: MembershipId[] };
  /** the forums whose seats change, with their seats as they will be */
  forums: Forum[];
  seats: { moved: number; removed: number; represents: number };
  /** the activities drop runs or is the contact of, with their owners and contacts as they will be */
  activities: Activity[];
  /** the place on the map keep takes from drop; null when keep's own stays (or neither has one) */
  position: Point | null;
}

/** The refusals: the same actor twice, or two of different kinds. Unknown ids are the caller's to name. */
export function mergeProblems(keep: Actor, drop: Actor, at: ProblemPath = []): Problem[] {
  if (keep.id === drop.id) return [problem(at, 'merge.errors.same', { name: keep.label })];
  if (keep.kind !== drop.kind)
    return [
      problem(at, 'merge.errors.kinds', {
        keep: keep.label,
        drop: drop.label,
        keepKind: messageRef(KIND_WORD[keep.kind]),
        dropKind: messageRef(KIND_WORD[drop.kind]),
      }),
    ];
  return [];
}

const KIND_WORD: Record<Actor['kind'], MessageKey> = {
  person: 'merge.kinds.person',
  organisation: 'merge.kinds.organisation',
  department: 'merge.kinds.department',
};

/** The input for a merge of two actors of a project held whole (the app has it so). */
export function mergeInputOf(data: ProjectData, keepId: string, dropId: string): MergeInput | null {
  const keep = data.actors.find((a) => a.id === keepId);
  const drop = data.actors.find((a) => a.id === dropId);
  if (!keep || !drop) return null;
  const either = (id: string | null) => id === keepId || id === dropId;
  return {
    keep,
    drop,
    ties: data.ties.filter((t) => either(t.source) || either(t.target)),
    memberships: data.memberships.filter((m) => either(m.person) || either(m.organisation)),
    forums: data.forums.filter((f) => f.seats.some((s) => either(s.actor) || either(s.represents))),
    activities: data.activities.filter((a) => a.owners.some(either) || a.contacts.some(either)),
    positions: { keep: data.positions[keepId] ?? null, drop: data.positions[dropId] ?? null },
  };
}

/** Works out the merge; call it only for a pair `mergeProblems` has nothing against. */
export function planMerge(input: MergeInput): MergePlan {
  const { keep, drop } = input;
  const ties = planTies(input);
  const memberships = planMemberships(input);
  const { forums, seats } = planSeats(input);
  return {
    actor: mergeActor(keep, drop),
    ties,
    memberships,
    forums,
    seats,
    activities: planActivities(input),
    position: input.positions.keep === null ? input.positions.drop : null,
  };
}

// --- the actor ----------------------------------------------------------------------------------

function mergeActor(keep: Actor, drop: Actor): Actor {
  return {
    ...keep,
    sector: keep.sector ?? drop.sector,
    attributes: fillAttributes(keep.attributes, drop.attributes),
    influence: keep.influence ?? drop.influence,
    turnover: keep.turnover ?? drop.turnover,
    notes: joinText(keep.notes, drop.notes, PARAGRAPH),
    waves: unionWaves(keep.waves, drop.waves),
  };
}

const PARAGRAPH = '\n\n';

/**
 * Two texts as one, the first first; a text empty, or already within the other, adds nothing.
 * Nothing is dropped: the analyst tidies a joined note by hand.
 */
export function joinText(first: string, second: string, separator: string): string {
  if (second.trim() === '' || first.includes(second)) return first;
  if (first.trim() === '' || second.includes(first)) return second;
  return `${first}${separator}${second}`;
}

/** Keep's attributes, with drop's for those keep has no value for (missing, null or empty). */
function fillAttributes(keep: Attributes, drop: Attributes): Attributes {
  const out: Attributes = { ...keep };
  for (const [name, value] of Object.entries(drop)) {
    const own = out[name];
    if (own === undefined || own === null || own === '') out[name] = value;
  }
  return out;
}

/** Presence in the waves either was present in; no waves listed means every wave, and stays so. */
export function unionWaves(a: readonly WaveId[], b: readonly WaveId[]): WaveId[] {
  if (a.length === 0 || b.length === 0) return [];
  return [...new Set([...a, ...b])];
}

// --- ties ---------------------------------------------------------------------------------------

const isUndirectedSame = (t: Tie, u: Tie) => (t.source === u.source && t.target === u.target) || (t.source === u.target && t.target === u.source);

/** The same relationship: same type, same direction (or both undirected), same two ends. */
function sameRelationship(t: Tie, u: Tie): boolean {
  if (t.type !== u.type || t.directed !== u.directed) return false;
  return t.directed ? t.source === u.source && t.target === u.target : isUndirectedSame(t, u);
}

function planTies(input: MergeInput): MergePlan['ties'] {
  const { keep, drop } = input;
  const keepTies = input.ties.filter((t) => (t.source === keep.id || t.target === keep.id) && t.source !== drop.id && t.target !== drop.id);
  /** keep's ties by id, as joining changes them */
  const joined = new Map<string, Tie>();
  const moved: Tie[] = [];
  const removed: TieId[] = [];
  let between = 0;
  const swap = (id: ActorId): ActorId => (id === drop.id ? keep.id : id);
  for (const tie of input.ties) {
    const touchesDrop = tie.source === drop.id || tie.target === drop.id;
    if (!touchesDrop) continue;
    const repointed: Tie = { ...tie, source: swap(tie.source), target: swap(tie.target) };
    if (repointed.source === repointed.target) {
      between++;
      removed.push(tie.id);
      continue;
    }
    const match = keepTies.find((k) => sameRelationship(k, repointed));
    if (match) {
      joined.set(match.id, joinTies(joined.get(match.id) ?? match, repointed));
      removed.push(tie.id);
    } else moved.push(repointed);
  }
  return { moved, joined: [...joined.values()], removed, between };
}

const FLIP_END: Record<'source' | 'target' | 'both', 'source' | 'target' | 'both'> = { source: 'target', target: 'source', both: 'both' };
const FLIP_FLOW: Record<NonNullable<Tie['resourceFlow']>, NonNullable<Tie['resourceFlow']>> = {
  toTarget: 'toSource',
  toSource: 'toTarget',
  both: 'both',
  none: 'none',
};

/**
 * An undirected tie written the other way round: its source is the other's target, so what it
 * says of "source" and "target" (who took the initiative, holds the mandate, depends, where
 * resources go) is turned round too.
 */
function turned(t: Tie): Tie {
  const end = (v: Tie['initiative']) => (v === null ? null : FLIP_END[v]);
  return {
    ...t,
    source: t.target,
    target: t.source,
    initiative: end(t.initiative),
    mandate: end(t.mandate),
    dependent: end(t.dependent),
    resourceFlow: t.resourceFlow === null ? null : FLIP_FLOW[t.resourceFlow],
  };
}

const FORMALITY_RANK = { formal: 2, informal: 1 } as const;

/** Keep's tie with drop's joined in (drop's already pointing at keep, the same relationship). */
function joinTies(k: Tie, dropTie: Tie): Tie {
  const d = dropTie.source === k.source ? dropTie : turned(dropTie);
  const strength = k.strength === null ? d.strength : d.strength === null ? k.strength : Math.max(k.strength, d.strength);
  const formality =
    k.formality === null ? d.formality : d.formality === null ? k.formality : FORMALITY_RANK[k.formality] >= FORMALITY_RANK[d.formality] ? k.formality : d.formality;
  return {
    ...k,
    strength,
    formality,
    initiative: k.initiative ?? d.initiative,
    mandate: k.mandate ?? d.mandate,
    resourceFlow: k.resourceFlow ?? d.resourceFlow,
    dependent: k.dependent ?? d.dependent,
    governance: k.governance ?? d.governance,
    evidence: {
      source: joinText(k.evidence.source, d.evidence.source, '; '),
      quote: joinText(k.evidence.quote, d.evidence.quote, PARAGRAPH),
      confidence: k.evidence.confidence ?? d.evidence.confidence,
    },
    attributes: fillAttributes(k.attributes, d.attributes),
    notes: joinText(k.notes, d.notes, PARAGRAPH),
    waves: unionWaves(k.waves, d.waves),
  };
}

// --- memberships --------------------------------------------------------------------------------

function planMemberships(input: MergeInput): MergePlan['memberships'] {
  const { keep, drop } = input;
  const keepOwn = input.memberships.filter((m) => m.person === keep.id || m.organisation === keep.id);
  const joined = new Map<string, Membership>();
  const moved: Membership[] = [];
  const removed: MembershipId[] = [];
  const swap = (id: ActorId): ActorId => (id === drop.id ? keep.id : id);
  for (const m of input.memberships) {
    if (m.person !== drop.id && m.organisation !== drop.id) continue;
    const repointed: Membership = { ...m, person: swap(m.person), organisation: swap(m.organisation) };
    const match = keepOwn.find((k) => k.person === repointed.person && k.organisation === repointed.organisation && k.role === repointed.role);
    if (match) {
      const current = joined.get(match.id) ?? match;
      joined.set(match.id, {
        ...current,
        start: current.start === null || repointed.start === null ? null : current.start <= repointed.start ? current.start : repointed.start,
        end: current.end === null || repointed.end === null ? null : current.end >= repointed.end ? current.end : repointed.end,
        waves: unionWaves(current.waves, repointed.waves),
      });
      removed.push(m.id);
    } else moved.push(repointed);
  }
  return { moved, joined: [...joined.values()], removed };
}

// --- forum seats --------------------------------------------------------------------------------

function planSeats(input: MergeInput): Pick<MergePlan, 'forums' | 'seats'> {
  const { keep, drop } = input;
  const counts = { moved: 0, removed: 0, represents: 0 };
  const forums: Forum[] = [];
  for (const forum of input.forums) {
    const keepSeat = forum.seats.find((s) => s.actor === keep.id);
    const dropSeat = forum.seats.find((s) => s.actor === drop.id);
    let changed = false;
    const seats: Seat[] = [];
    for (const seat of forum.seats) {
      let next: Seat = seat;
      if (seat.actor === drop.id) {
        if (keepSeat) {
          counts.removed++;
          changed = true;
          continue;
        }
        next = { ...next, actor: keep.id };
        counts.moved++;
      }
      if (seat.represents === drop.id) counts.represents++;
      if (seat.actor === keep.id && seat.represents === null && dropSeat && dropSeat.represents !== null) next = { ...next, represents: dropSeat.represents };
      if (next.represents === drop.id) next = { ...next, represents: keep.id };
      // an organisation does not speak for itself in a forum
      if (next.represents === next.actor) next = { ...next, represents: null };
      if (next !== seat) changed = true;
      seats.push(next);
    }
    if (changed) forums.push({ ...forum, seats });
  }
  return { forums, seats: counts };
}

// --- activities ---------------------------------------------------------------------------------

function planActivities(input: MergeInput): Activity[] {
  const { keep, drop } = input;
  const swap = (ids: readonly Activity['owners'][number][]) => [...new Set(ids.map((id) => (id === drop.id ? keep.id : id)))];
  return input.activities
    .filter((a) => a.owners.includes(drop.id) || a.contacts.includes(drop.id))
    .map((a) => ({ ...a, owners: swap(a.owners), contacts: swap(a.contacts) }));
}

// --- what the app shows -------------------------------------------------------------------------

/** How many ties, memberships and forum seats an actor has: what the duplicates list shows for each. */
export interface ActorUses {
  ties: number;
  memberships: number;
  seats: number;
}

/** Each actor's uses, counted once over the project. */
export function actorUses(data: ProjectData): Map<string, ActorUses> {
  const uses = new Map<string, ActorUses>();
  const of = (id: string) => {
    let u = uses.get(id);
    if (!u) uses.set(id, (u = { ties: 0, memberships: 0, seats: 0 }));
    return u;
  };
  for (const t of data.ties) {
    of(t.source).ties++;
    of(t.target).ties++;
  }
  for (const m of data.memberships) {
    of(m.person).memberships++;
    of(m.organisation).memberships++;
  }
  for (const f of data.forums) for (const s of f.seats) of(s.actor).seats++;
  return uses;
}

/** What a merge will do, as messages to list (empty parts left out). */
export function mergeParts(plan: MergePlan): Array<{ key: MessageKey; params: Record<string, number> }> {
  const parts: Array<{ key: MessageKey; params: Record<string, number> }> = [];
  const add = (key: MessageKey, count: number) => {
    if (count > 0) parts.push({ key, params: { count } });
  };
  add('merge.parts.tiesMoved', plan.ties.moved.length);
  add('merge.parts.tiesJoined', plan.ties.removed.length - plan.ties.between);
  add('merge.parts.tiesBetween', plan.ties.between);
  add('merge.parts.membershipsMoved', plan.memberships.moved.length);
  add('merge.parts.membershipsJoined', plan.memberships.removed.length);
  add('merge.parts.seatsMoved', plan.seats.moved);
  add('merge.parts.seatsRemoved', plan.seats.removed);
  add('merge.parts.represents', plan.seats.represents);
  add('activities.merge.moved', plan.activities.length);
  return parts;
}
