import type { ActorId } from '../ids';
import type { MessageKey } from '../i18n/catalogue';
import { actorUses, type ActorUses } from '../model/merge';
import type { Actor, ActorKind, ProjectData } from '../model/schema';
import { likelyDuplicates } from './match';
import { nameKey } from './normalise';

/**
 * The likely duplicates of a project as the app and the CLI list them: each pair with what helps
 * a person tell whether the two are one (kind, organisations, how much each is used) and which
 * of the two to keep by default. Pure, so the app works it out on the project it holds.
 */

/** One of a pair, as the list shows it. */
export interface DuplicateSide {
  id: ActorId;
  label: string;
  kind: ActorKind;
  /** the organisations a person is a member of, by name, in the project's order */
  organisations: string[];
  uses: ActorUses;
}

export interface DuplicateRow {
  ids: [ActorId, ActorId];
  score: number;
  /** the score in words */
  likeness: MessageKey;
  sides: [DuplicateSide, DuplicateSide];
  /** kept unless the user chooses otherwise: the one with more ties (then more of anything, then the first) */
  keep: ActorId;
}

/** Persons, or organisations and departments (which one table lists together), or all. */
export type DuplicateScope = 'all' | 'persons' | 'organisations';

const inScope = (kind: ActorKind, scope: DuplicateScope) => scope === 'all' || (scope === 'persons') === (kind === 'person');

/** How alike two names are, in words: the same name, the same written otherwise, very or fairly alike. */
export function likenessOf(score: number, a: string, b: string): MessageKey {
  if (a.trim() === b.trim()) return 'merge.score.identical';
  if (score >= 1 || nameKey(a) === nameKey(b)) return 'merge.score.sameName';
  return score >= 0.9 ? 'merge.score.veryClose' : 'merge.score.close';
}

const NO_USES: ActorUses = { ties: 0, memberships: 0, seats: 0 };

/** The one to keep by default: more ties, then more memberships and seats, then the first. */
export function defaultKeep(a: DuplicateSide, b: DuplicateSide): ActorId {
  if (a.uses.ties !== b.uses.ties) return a.uses.ties > b.uses.ties ? a.id : b.id;
  const rest = (s: DuplicateSide) => s.uses.memberships + s.uses.seats;
  return rest(b) > rest(a) ? b.id : a.id;
}

/** One actor of the project as a side of a pair (for a pair the user makes, "Flet med …"). */
export function duplicateSide(data: ProjectData, id: string): DuplicateSide | null {
  const actor = data.actors.find((a) => a.id === id);
  if (!actor) return null;
  const labels = new Map<string, string>(data.actors.map((a) => [a.id, a.label]));
  const organisations = [...new Set(data.memberships.filter((m) => m.person === id).map((m) => labels.get(m.organisation) ?? m.organisation))];
  return { id: actor.id, label: actor.label, kind: actor.kind, organisations, uses: actorUses(data).get(id) ?? NO_USES };
}

/** The project's likely duplicates (src/core/matching), best first, each ready to show. */
export function duplicateRows(data: ProjectData, scope: DuplicateScope = 'all'): DuplicateRow[] {
  const actors = new Map<string, Actor>(data.actors.map((a) => [a.id, a]));
  const uses = actorUses(data);
  const organisationsOf = new Map<string, string[]>();
  for (const m of data.memberships) {
    const name = actors.get(m.organisation)?.label ?? m.organisation;
    const list = organisationsOf.get(m.person);
    if (!list) organisationsOf.set(m.person, [name]);
    else if (!list.includes(name)) list.push(name);
  }
  const side = (a: Actor): DuplicateSide => ({
    id: a.id,
    label: a.label,
    kind: a.kind,
    organisations: organisationsOf.get(a.id) ?? [],
    uses: uses.get(a.id) ?? NO_USES,
  });
  const rows: DuplicateRow[] = [];
  for (const pair of likelyDuplicates({ actors: data.actors.filter((a) => inScope(a.kind, scope)) })) {
    const a = actors.get(pair.ids[0]);
    const b = actors.get(pair.ids[1]);
    if (!a || !b) continue;
    const sides: [DuplicateSide, DuplicateSide] = [side(a), side(b)];
    rows.push({ ids: pair.ids, score: pair.score, likeness: likenessOf(pair.score, a.label, b.label), sides, keep: defaultKeep(...sides) });
  }
  return rows;
}
