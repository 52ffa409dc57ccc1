import { messageRef, type MessageKey } from '../i18n/catalogue';
import type { Activity, Actor, CodebookName, Forum, Membership, ProjectSettings, Tie } from '../model/schema';
import { problem, type Problem, type ProblemPath } from '../problems';
import type { ProjectLookup } from './lookup';

/**
 * The rules of a valid project that reach beyond one element's own fields (those are the
 * schemas'): references to actors of the right kind, codes the codebooks have, waves that exist,
 * strength within the project's scale. Every writer calls these: the editor's commands, every
 * importer, settings changes and migrations. Each returns its problems at `at`, the element's
 * path, and nothing for an element that keeps the rules.
 */

export const CODE_KIND: Record<CodebookName, MessageKey> = {
  sectors: 'kinds.sector',
  tieTypes: 'kinds.tieType',
  roles: 'kinds.role',
  forumKinds: 'kinds.forumKind',
  targetGroups: 'activities.targetGroup',
};

export type ActorExpectation = 'any' | 'person' | 'organisation';

/** A reference to a thing that does not exist: `Sektor "x" findes ikke`. */
export const unknown = (at: ProblemPath, what: MessageKey, id: string): Problem =>
  problem(at, 'errors.unknownReference', { what: messageRef(what), id });

export function checkActorRef(id: string, expect: ActorExpectation, at: ProblemPath, look: ProjectLookup): Problem[] {
  const kind = look.actorKind(id);
  if (kind === undefined) return [unknown(at, 'kinds.personOrOrganisation', id)];
  const isPerson = kind === 'person';
  if ((expect === 'person' && !isPerson) || (expect === 'organisation' && isPerson))
    return [
      problem(at, 'errors.wrongKind', {
        id,
        expected: messageRef(expect === 'person' ? 'kinds.aPerson' : 'kinds.anOrganisation'),
        actual: messageRef(`kinds.${kind}`),
      }),
    ];
  return [];
}

export const checkCode = (codebook: CodebookName, key: string, at: ProblemPath, look: ProjectLookup): Problem[] =>
  look.hasCode(codebook, key) ? [] : [unknown(at, CODE_KIND[codebook], key)];

export const checkWaves = (waves: readonly string[], at: ProblemPath, look: ProjectLookup): Problem[] =>
  waves.filter((w) => !look.hasWave(w)).map((w) => unknown(at, 'kinds.wave', w));

/** A strength on the project's scale; the scale is the one in force where the tie is written. */
export function checkStrength(strength: number | null, scale: { min: number; max: number }, at: ProblemPath): Problem[] {
  if (strength === null || (strength >= scale.min && strength <= scale.max)) return [];
  return [problem(at, 'rules.strengthOutOfScale', { value: strength, min: scale.min, max: scale.max })];
}

export function checkActor(a: Actor, at: ProblemPath, look: ProjectLookup): Problem[] {
  return [
    ...(a.sector === null ? [] : checkCode('sectors', a.sector, [...at, 'sector'], look)),
    ...checkWaves(a.waves, [...at, 'waves'], look),
  ];
}

/**
 * A person who is a member somewhere or an activity's contact must stay a person; an
 * organisation with members, a represented seat or an activity it runs must stay an organisation.
 */
export function checkKindChange(a: Actor, at: ProblemPath, look: ProjectLookup): Problem[] {
  const uses = look.actorUses(a.id);
  const actual = messageRef(`kinds.${a.kind}`);
  if (a.kind !== 'person' && uses.asPerson > 0)
    return [problem([...at, 'kind'], 'errors.wrongKind', { id: a.id, expected: messageRef('kinds.aPerson'), actual })];
  if (a.kind === 'person' && uses.asOrganisation > 0)
    return [problem([...at, 'kind'], 'errors.wrongKind', { id: a.id, expected: messageRef('kinds.anOrganisation'), actual })];
  return [];
}

export function checkMembership(m: Membership, at: ProblemPath, look: ProjectLookup): Problem[] {
  return [
    ...checkActorRef(m.person, 'person', [...at, 'person'], look),
    ...checkActorRef(m.organisation, 'organisation', [...at, 'organisation'], look),
    ...checkCode('roles', m.role, [...at, 'role'], look),
    ...checkWaves(m.waves, [...at, 'waves'], look),
  ];
}

/**
 * A tie's references and strength. `strength: false` leaves a strength the tie already had
 * unchecked, so a tie from a file made before this rule can still have its notes edited.
 */
export function checkTie(t: Tie, at: ProblemPath, look: ProjectLookup, opts: { strength: boolean } = { strength: true }): Problem[] {
  return [
    ...checkActorRef(t.source, 'any', [...at, 'source'], look),
    ...checkActorRef(t.target, 'any', [...at, 'target'], look),
    ...checkCode('tieTypes', t.type, [...at, 'type'], look),
    ...(opts.strength ? checkStrength(t.strength, look.strengthScale(), [...at, 'strength']) : []),
    ...checkWaves(t.waves, [...at, 'waves'], look),
  ];
}

export function checkForum(f: Forum, at: ProblemPath, look: ProjectLookup): Problem[] {
  return [
    ...checkCode('forumKinds', f.kind, [...at, 'kind'], look),
    ...checkWaves(f.waves, [...at, 'waves'], look),
    ...f.seats.flatMap((s, i) => [
      ...checkActorRef(s.actor, 'any', [...at, 'seats', i, 'actor'], look),
      ...(s.represents === null ? [] : checkActorRef(s.represents, 'organisation', [...at, 'seats', i, 'represents'], look)),
    ]),
  ];
}

/**
 * An activity's references: owners that are organisations or departments, contacts that are
 * persons (each listed once), a target group the codebook has, waves that exist, and a window
 * whose first week is not after its last.
 */
export function checkActivity(a: Activity, at: ProblemPath, look: ProjectLookup): Problem[] {
  const refs = (ids: readonly string[], expect: ActorExpectation, field: 'owners' | 'contacts'): Problem[] => {
    const seen = new Set<string>();
    return ids.flatMap((id, i) => {
      if (seen.has(id)) return [problem([...at, field, i], 'activities.rules.repeated', { id })];
      seen.add(id);
      return checkActorRef(id, expect, [...at, field, i], look);
    });
  };
  return [
    ...refs(a.owners, 'organisation', 'owners'),
    ...refs(a.contacts, 'person', 'contacts'),
    ...checkCode('targetGroups', a.targetGroup, [...at, 'targetGroup'], look),
    ...(a.window.from <= a.window.to ? [] : [problem([...at, 'window', 'to'], 'activities.rules.windowOrder', { from: a.window.from, to: a.window.to })]),
    ...checkWaves(a.waves, [...at, 'waves'], look),
  ];
}

/**
 * New settings against the project: a strength scale that would leave ties outside it is refused
 * with their count, unless the ties are to be rescaled onto it.
 */
export function checkSettings(settings: ProjectSettings, at: ProblemPath, look: ProjectLookup, opts: { rescale: boolean }): Problem[] {
  if (opts.rescale) return [];
  const { min, max } = settings.strengthScale;
  const outside = look.tiesOutside(min, max);
  return outside === 0 ? [] : [problem([...at, 'strengthScale'], 'rules.scaleExcludesTies', { count: outside, min, max })];
}

/** A strength moved from one scale onto another, keeping its place between the ends. */
export function rescaleStrength(strength: number, from: { min: number; max: number }, to: { min: number; max: number }): number {
  const share = (strength - from.min) / (from.max - from.min);
  const moved = to.min + share * (to.max - to.min);
  // a value at an end stays exactly at the end; in between, twelve significant digits are plenty
  return Math.min(to.max, Math.max(to.min, Number(moved.toPrecision(12))));
}

export function checkCodeRemoval(codebook: CodebookName, key: string, at: ProblemPath, look: ProjectLookup): Problem[] {
  if (!look.hasCode(codebook, key)) return [unknown(at, CODE_KIND[codebook], key)];
  const uses = look.codeUses(codebook, key);
  return uses > 0 ? [problem(at, 'errors.codeInUse', { key, count: uses })] : [];
}
