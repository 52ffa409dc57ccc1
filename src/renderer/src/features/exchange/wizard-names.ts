import type { ImportMapping, NameDecision } from '../../../../core/format/tables/mapping';
import type { NameEntry, NameKind } from '../../../../core/import/name-groups';
import { nameKey } from '../../../../core/matching';

/**
 * The names step's choices, as pure functions over the import mapping, where the decisions live
 * (`names` for persons, `organisations`), so that a saved mapping replays them and the check reads
 * them. A choice in the step's select is a string: `actor:<id>`, `same:<name>`, `new`, `skip`, or
 * '' while a suggestion waits to be confirmed.
 */

export type NameChoice = string;

const listOf = (kind: NameKind): 'names' | 'organisations' => (kind === 'person' ? 'names' : 'organisations');

/** The mapping's decision for a name, under any spelling of it (as the engine reads it: the first given). */
const decisionOf = (mapping: ImportMapping, entry: NameEntry): NameDecision | undefined => {
  const key = nameKey(entry.name);
  return Object.entries(mapping[listOf(entry.kind)] ?? {}).find(([name]) => nameKey(name) === key)?.[1];
};

const asChoice = (d: NameDecision): NameChoice => {
  if (typeof d === 'string') return d === 'new' || d === 'skip' ? d : `actor:${d}`;
  return 'sameAs' in d ? `same:${d.sameAs}` : `actor:${d.actor}`;
};

const asDecision = (choice: NameChoice): NameDecision | null => {
  if (choice === 'new' || choice === 'skip') return choice;
  if (choice.startsWith('same:')) return { sameAs: choice.slice(5) };
  if (choice.startsWith('actor:')) {
    const id = choice.slice(6);
    // an actor whose id is itself a word of the mapping is named as an object
    return id === 'new' || id === 'skip' ? { actor: id } : id;
  }
  return null;
};

/** Whether a name waits for the user: a suggestion (of the project, or of a fuller spelling in the file) not yet confirmed. */
const suggested = (entry: NameEntry) => entry.match === 'suggested' || (entry.match === 'none' && entry.similar.length > 0);

/**
 * What the select shows for a name: the mapping's decision (the user's, or a saved one's); else
 * the exact match; else, for a suggestion, nothing until confirmed; else a new actor or a skip as
 * the "create unmatched names" box says.
 */
export function choiceOf(mapping: ImportMapping, entry: NameEntry, createUnmatched: boolean): NameChoice {
  const decided = decisionOf(mapping, entry);
  if (decided !== undefined) return asChoice(decided);
  if (entry.match === 'exact' && entry.candidates[0]) return `actor:${entry.candidates[0].actorId}`;
  if (suggested(entry)) return '';
  return createUnmatched ? 'new' : 'skip';
}

/** The user's choice for a name, written into the mapping ('' takes it back). */
export function setNameChoice(mapping: ImportMapping, entry: NameEntry, choice: NameChoice): ImportMapping {
  const key = listOf(entry.kind);
  const spelling = nameKey(entry.name);
  const list = Object.fromEntries(Object.entries(mapping[key] ?? {}).filter(([name]) => nameKey(name) !== spelling));
  const decision = asDecision(choice);
  if (decision !== null) list[entry.name] = decision;
  return { ...mapping, [key]: list };
}

/** Every suggestion confirmed: the project's best candidate, else the fuller spelling in the file. */
export function confirmAll(mapping: ImportMapping, entries: readonly NameEntry[], createUnmatched: boolean): ImportMapping {
  let next = mapping;
  for (const entry of entries) {
    if (choiceOf(next, entry, createUnmatched) !== '') continue;
    const best = entry.match === 'suggested' ? entry.candidates[0] : undefined;
    const similar = entry.similar[0];
    if (best) next = setNameChoice(next, entry, `actor:${best.actorId}`);
    else if (similar) next = setNameChoice(next, entry, `same:${similar.name}`);
  }
  return next;
}

/** The names still waiting for a choice. */
export const pendingNames = (mapping: ImportMapping, entries: readonly NameEntry[], createUnmatched: boolean): NameEntry[] =>
  entries.filter((e) => choiceOf(mapping, e, createUnmatched) === '');

/**
 * The mapping the check and the import are given: every name not exactly matched gets the
 * decision the step shows for it, so nothing is left for the engine to guess.
 */
export function withNameChoices(mapping: ImportMapping, entries: readonly NameEntry[], createUnmatched: boolean): ImportMapping {
  let next = mapping;
  for (const entry of entries) {
    if (decisionOf(next, entry) !== undefined || entry.match === 'exact') continue;
    const choice = choiceOf(next, entry, createUnmatched);
    if (choice !== '') next = setNameChoice(next, entry, choice);
  }
  return next;
}
