import { addAt, placeOf, type Problems } from '../format/field-common';
import type { NameDecision } from '../format/tables/mapping';
import type { SurveyRead, WrittenName } from '../format/tables/read-survey';
import type { ActorId } from '../ids';
import { matchNames, nameKey, nameTokens, scoreTokens, SUGGEST_AT, type MatchCandidate, type MatchDecision } from '../matching';
import type { Actor } from '../model/schema';
import type { SourcePlace } from '../problems';

/**
 * The names a survey writes, grouped and decided. Spellings of one name (case, accents, aa/å,
 * ae/æ, oe/ø, "Efternavn, Fornavn") are one group, which becomes one actor. Each group is matched
 * against the project's actors of its kind (persons against persons, organisations against
 * organisations and departments) and against the file's other names, and decided: by the
 * mapping's decision for it, else by an exact match, else as the policy says.
 *
 * - `strict` (the default): a name that is not an exact match needs a decision; only where the
 *   project has no actor of its kind and the file no name like it does it become a new actor.
 * - `match` (`--match-names`): a suggestion (score ≥ SUGGEST_AT) is taken, else a fuller
 *   spelling of it in the file, else the name becomes a new actor.
 */

export type NameKind = 'person' | 'organisation';
export type NamePolicy = 'strict' | 'match';

/** What happens to a name: matched to an actor (exactly, as suggested, or as the mapping decides), the
 * same actor as another name of the file, a new actor, left out, or still to be decided. */
export type NameOutcome = 'exact' | 'suggested' | 'decided' | 'same' | 'new' | 'skip' | 'undecided';

export interface SimilarName {
  name: string;
  score: number;
}

export interface NameEntry {
  kind: NameKind;
  /** the name as the file mostly writes it */
  name: string;
  /** what a new actor of this name is called: as written, but a person's "Sørensen, Mette" is "Mette Sørensen" */
  label: string;
  /** every spelling of it in the file, in the order first written */
  spellings: string[];
  /** how many times the file writes it */
  count: number;
  /** where it is first written */
  at: SourcePlace;
  /** against the project's actors: the same name, a likely one, or none */
  match: MatchDecision;
  /** the project's actors most like it, best first (at most three) */
  candidates: MatchCandidate[];
  /** fuller spellings in the file that may be the same person or organisation, best first */
  similar: SimilarName[];
  decision: NameOutcome;
  /** whether the mapping made the decision */
  fromMapping: boolean;
  /** the actor the name becomes (one the project has, or the new one's id); null: none */
  actorId: string | null;
  /** the score of the match taken, where one is */
  score: number | null;
  /** for `same`: the other name of the file it is */
  sameAs: string | null;
}

/** What each name of a survey becomes; `effect` says what a row writing it gets. */
export interface NameResolution {
  entries: NameEntry[];
  /** the actor a written name becomes, or why none: its rows are left out, or it is undecided */
  effect(kind: NameKind, text: string): { entry: NameEntry; actor: ActorId } | { entry: NameEntry; actor: null; why: 'skip' | 'undecided' } | null;
}

type Matchable = Pick<Actor, 'id' | 'kind' | 'label'>;

interface Group {
  kind: NameKind;
  key: string;
  tokens: string[];
  written: WrittenName[];
  spellings: string[];
  name: string;
  label: string;
  letters: number;
  first: number;
}

/** Every name the survey writes, by kind: persons in the respondent, contact and roster name columns, organisations in the organisation columns. */
export function writtenNames(survey: SurveyRead): Record<NameKind, WrittenName[]> {
  const persons: WrittenName[] = [];
  const organisations: WrittenName[] = [];
  for (const r of survey.roster) {
    persons.push(r.name);
    organisations.push(r.organisation);
  }
  for (const n of survey.nominations) {
    persons.push(n.respondent, n.contact);
    organisations.push(n.respondentOrganisation, n.contactOrganisation);
  }
  const named = (list: WrittenName[]) => list.filter((w) => nameKey(w.text) !== '');
  return { person: named(persons), organisation: named(organisations) };
}

/** "Sørensen, Mette" as a person's name is "Mette Sørensen"; other names are kept as written. */
export function displayName(kind: NameKind, text: string): string {
  const parts = text.split(',');
  if (kind !== 'person' || parts.length !== 2) return text.trim();
  const [surname = '', given = ''] = parts.map((p) => p.trim());
  return surname === '' || given === '' ? text.trim() : `${given} ${surname}`;
}

function groupsOf(kind: NameKind, names: readonly WrittenName[]): Group[] {
  const byKey = new Map<string, Group>();
  names.forEach((w, i) => {
    const tokens = nameTokens(w.text);
    const key = [...tokens].sort().join(' ');
    const group = byKey.get(key);
    if (group) {
      group.written.push(w);
      if (!group.spellings.includes(w.text)) group.spellings.push(w.text);
    } else byKey.set(key, { kind, key, tokens, written: [w], spellings: [w.text], name: w.text, label: w.text, letters: tokens.join('').length, first: i });
  });
  for (const g of byKey.values()) {
    // the spelling most written, else one not written surname first, else the first
    const uses = (s: string) => g.written.filter((w) => w.text === s).length;
    const best = [...g.spellings].sort((a, b) => uses(b) - uses(a) || Number(a.includes(',')) - Number(b.includes(',')))[0] ?? g.name;
    g.name = best;
    g.label = displayName(kind, best);
  }
  return [...byKey.values()];
}

/** A group ranks above another when its name is fuller, then more written, then written first. */
const ranksAbove = (a: Group, b: Group) => a.letters !== b.letters ? a.letters > b.letters : a.written.length !== b.written.length ? a.written.length > b.written.length : a.first < b.first;

/** A token shared by more names than this does not make them candidates (as in likelyDuplicates). */
const BLOCK_LIMIT = 200;

/** For each group, the fuller names of the file like it (score ≥ SUGGEST_AT), compared within blocks of a shared token prefix. */
function similarInFile(groups: readonly Group[]): Map<Group, SimilarName[]> {
  const blocks = new Map<string, Group[]>();
  for (const g of groups)
    for (const prefix of new Set(g.tokens.filter((t) => t.length >= 2).map((t) => t.slice(0, 3)))) blocks.set(prefix, [...(blocks.get(prefix) ?? []), g]);
  const out = new Map<Group, SimilarName[]>(groups.map((g) => [g, []]));
  const seen = new Set<string>();
  for (const block of blocks.values()) {
    if (block.length < 2 || block.length > BLOCK_LIMIT) continue;
    block.forEach((a, i) => {
      for (const b of block.slice(i + 1)) {
        const pair = `${a.key}\u0000${b.key}`;
        if (seen.has(pair)) continue;
        seen.add(pair);
        const score = scoreTokens(a.tokens, b.tokens);
        if (score < SUGGEST_AT) continue;
        const [lower, upper] = ranksAbove(a, b) ? [b, a] : [a, b];
        out.get(lower)?.push({ name: upper.name, score });
      }
    });
  }
  for (const list of out.values()) list.sort((x, y) => y.score - x.score || x.name.localeCompare(y.name, 'da'));
  return out;
}

const fits = (kind: NameKind, actor: Matchable) => (kind === 'person' ? actor.kind === 'person' : actor.kind !== 'person');

/** A new actor's id from its name, as the sample's ids are made ("p-mette-soerensen", "org-roede-kors"), clashing with none taken. */
function newActorId(kind: NameKind, tokens: readonly string[], taken: Set<string>): string {
  const base = `${kind === 'person' ? 'p' : 'org'}-${tokens.join('-')}`.slice(0, 60).replace(/-+$/, '');
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * Groups, matches and decides every name of a survey against the project's actors. Problems with
 * the mapping's decisions (an actor the project lacks, a name the file lacks) are added to
 * `problems` when given, at the first row writing the name.
 */
export function decideNames(
  survey: SurveyRead,
  actors: readonly Matchable[],
  policy: NamePolicy,
  problems?: Problems,
): NameResolution {
  const written = writtenNames(survey);
  const byId = new Map(actors.map((a) => [a.id as string, a]));
  const taken = new Set<string>(byId.keys());
  const entries: NameEntry[] = [];
  const groupOf = new Map<string, { group: Group; entry: NameEntry }>();
  const decisions: Record<NameKind, Record<string, NameDecision> | undefined> = { person: survey.mapping.names, organisation: survey.mapping.organisations };

  for (const kind of ['person', 'organisation'] as const) {
    const groups = groupsOf(kind, written[kind]);
    const pool = actors.filter((a) => fits(kind, a));
    const matches = matchNames(groups.map((g) => g.name), pool);
    const similar = similarInFile(groups);
    const decided = new Map<string, NameDecision>();
    for (const [text, d] of Object.entries(decisions[kind] ?? {})) {
      const key = nameKey(text);
      if (key !== '' && !decided.has(key)) decided.set(key, d);
    }
    groups.forEach((group, i) => {
      const match = matches[i];
      const first = group.written[0];
      if (!match || !first) return;
      const entry: NameEntry = {
        kind,
        name: group.name,
        label: group.label,
        spellings: group.spellings,
        count: group.written.length,
        at: placeOf(first.source, first.source.fields[first.field] ?? first.field),
        match: match.decision,
        candidates: match.candidates,
        similar: similar.get(group) ?? [],
        decision: 'undecided',
        fromMapping: false,
        actorId: null,
        score: null,
        sameAs: null,
      };
      const refuse = (key: 'names.unknownActor' | 'names.wrongKindActor', id: string) => {
        if (problems) addAt(problems, first.source, first.source.fields[first.field] ?? first.field, key, { name: group.name, id });
      };
      const decision = decided.get(group.key);
      if (decision !== undefined) {
        entry.fromMapping = true;
        if (decision === 'new') entry.decision = 'new';
        else if (decision === 'skip') entry.decision = 'skip';
        else if (typeof decision === 'object' && 'sameAs' in decision) Object.assign(entry, { decision: 'same', sameAs: decision.sameAs });
        else {
          const id = typeof decision === 'string' ? decision : decision.actor;
          const actor = byId.get(id);
          if (!actor) refuse('names.unknownActor', id);
          else if (!fits(kind, actor)) refuse('names.wrongKindActor', id);
          else Object.assign(entry, { decision: 'decided', actorId: actor.id, score: match.candidates.find((c) => c.actorId === actor.id)?.score ?? null });
        }
      } else if (match.decision === 'exact' && match.best) Object.assign(entry, { decision: 'exact', actorId: match.best.actorId, score: 1 });
      else if (policy === 'match' && match.decision === 'suggested' && match.best) Object.assign(entry, { decision: 'suggested', actorId: match.best.actorId, score: match.best.score });
      else if (policy === 'match' && entry.similar[0]) Object.assign(entry, { decision: 'same', sameAs: entry.similar[0].name, score: entry.similar[0].score });
      else if (policy === 'match' || (pool.length === 0 && entry.similar.length === 0)) entry.decision = 'new';
      entries.push(entry);
      groupOf.set(`${kind}|${group.key}`, { group, entry });
    });
  }

  // new actors' ids, in the order their names are first written
  for (const entry of entries) {
    if (entry.decision !== 'new') continue;
    const found = groupOf.get(`${entry.kind}|${nameKey(entry.name)}`);
    if (found) entry.actorId = newActorId(entry.kind, found.group.tokens, taken);
  }

  // a name that is the same as another takes what that one becomes
  const finals = new Map<NameEntry, { actor: ActorId } | { actor: null; why: 'skip' | 'undecided' }>();
  const finalOf = (entry: NameEntry, path: Set<NameEntry>): { actor: ActorId } | { actor: null; why: 'skip' | 'undecided' } => {
    const known = finals.get(entry);
    if (known) return known;
    let result: { actor: ActorId } | { actor: null; why: 'skip' | 'undecided' };
    if (entry.decision === 'skip') result = { actor: null, why: 'skip' };
    else if (entry.decision !== 'same') result = entry.actorId === null ? { actor: null, why: 'undecided' } : { actor: entry.actorId as ActorId };
    else {
      const target = groupOf.get(`${entry.kind}|${nameKey(entry.sameAs ?? '')}`)?.entry;
      const first = groupOf.get(`${entry.kind}|${nameKey(entry.name)}`)?.group.written[0];
      const complain = (key: 'names.unknownSame' | 'names.sameCycle') => {
        if (problems && first) addAt(problems, first.source, first.source.fields[first.field] ?? first.field, key, { name: entry.name, other: entry.sameAs ?? '' });
      };
      if (!target || target === entry) {
        complain('names.unknownSame');
        result = { actor: null, why: 'undecided' };
      } else if (path.has(target)) {
        complain('names.sameCycle');
        result = { actor: null, why: 'undecided' };
      } else result = finalOf(target, new Set([...path, target]));
    }
    finals.set(entry, result);
    if (result.actor !== null) entry.actorId = result.actor;
    return result;
  };
  for (const entry of entries) finalOf(entry, new Set([entry]));

  return {
    entries,
    effect(kind, text) {
      const found = groupOf.get(`${kind}|${nameKey(text)}`);
      if (!found) return null;
      const result = finals.get(found.entry) ?? { actor: null, why: 'undecided' as const };
      return { entry: found.entry, ...result };
    },
  };
}

/** A score in words, for people who do not read similarity scores: the same name, almost certainly, likely, possibly. */
export function scoreWord(score: number): 'names.score.same' | 'names.score.almost' | 'names.score.likely' | 'names.score.possibly' {
  if (score >= 1) return 'names.score.same';
  if (score >= 0.9) return 'names.score.almost';
  if (score >= SUGGEST_AT) return 'names.score.likely';
  return 'names.score.possibly';
}
