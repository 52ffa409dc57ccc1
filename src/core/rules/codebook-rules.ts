import type { CodebookName, Codebooks, Label } from '../model/schema';
import { problem, type Problem, type ProblemPath } from '../problems';
import { searchKey } from '../text/collate';

/**
 * A codebook entry is known to users by its name, not its key: two sectors both called "Kommune"
 * would be listed twice in every choice, legend and table with nothing to tell them apart. So a
 * name (Danish or English) is taken once per codebook, compared as a search compares names
 * (case, spacing and "aa"/"å" do not make a new one). An empty name is refused by the schema.
 */

export interface NamedCode {
  key: string;
  label: Label;
}

const LANGUAGES = ['da', 'en'] as const;

/** The problems of `entry`'s names beside the other entries of its codebook (itself, by key, left out). */
export function checkCodeLabels(entry: NamedCode, others: readonly NamedCode[], at: ProblemPath): Problem[] {
  const problems: Problem[] = [];
  for (const lang of LANGUAGES) {
    const name = searchKey(entry.label[lang]);
    if (name === '') continue;
    if (others.some((o) => o.key !== entry.key && searchKey(o.label[lang]) === name))
      problems.push(problem([...at, 'label', lang], 'rules.codeLabelInUse', { label: entry.label[lang].trim() }));
  }
  return problems;
}

/** The codebooks whose entries are a key and a name in each language. */
export const NAMED_CODEBOOKS = ['sectors', 'tieTypes', 'roles', 'forumKinds', 'targetGroups'] as const satisfies readonly CodebookName[];

/** A whole project's codebooks: the second entry (and any after it) to take a name is named. */
export function checkCodebookLabels(codebooks: Codebooks): Problem[] {
  const problems: Problem[] = [];
  for (const book of NAMED_CODEBOOKS) {
    const entries: readonly NamedCode[] = codebooks[book];
    entries.forEach((entry, i) => problems.push(...checkCodeLabels(entry, entries.slice(0, i), ['codebooks', book, i])));
  }
  return problems;
}
