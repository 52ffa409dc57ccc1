import { namesIn, sayWith, word, type Names, type WordParams, type Wording } from '../analysis/wording';
import type { Language, MessageKey, Translator } from '../i18n/catalogue';
import type { Actor, ProjectData, Tie } from '../model/schema';

/**
 * What a table's headers and cells are worded with, in the reader's language and with the
 * project's current names: the same wording the panels use (core/analysis/wording.ts), so a
 * copied table says what the panel says.
 */
export interface TableWords {
  readonly lang: Language;
  /** a catalogue key worded with typed parameters (counts choose plurals) */
  say: (key: MessageKey, params?: WordParams) => string;
  /** a finding's or a change's sentence */
  word: (w: Wording) => string;
  /** an actor's label by id */
  actor: (id: string) => string;
  /** an activity's title by id */
  activity: (id: string) => string;
  /** a sector's label in the codebook (as a column shows it, not as a sentence names it) */
  sector: (key: string) => string;
  /** items joined as the language joins a list */
  list: (items: readonly string[]) => string;
  /** the project's own records, for what a row names by id */
  actorRecord: (id: string) => Actor | undefined;
  tieRecord: (id: string) => Tie | undefined;
}

export function tableWords(data: ProjectData, tr: Translator): TableWords {
  const lang = tr.lang;
  const names: Names = namesIn(data, lang);
  const say = sayWith(tr, names);
  const sectors = new Map(data.codebooks.sectors.map((s) => [s.key, s.label[lang]]));
  const listFormat = new Intl.ListFormat(lang, { type: 'conjunction' });
  let actors: Map<string, Actor> | undefined;
  let ties: Map<string, Tie> | undefined;
  return {
    lang,
    say,
    word: (w) => word(w, names, tr),
    actor: (id) => names.actor(id),
    activity: (id) => names.activity(id),
    sector: (key) => sectors.get(key) ?? key,
    list: (items) => listFormat.format(items),
    // built on first use: most tables name no tie
    actorRecord: (id) => (actors ??= new Map(data.actors.map((a) => [a.id as string, a]))).get(id),
    tieRecord: (id) => (ties ??= new Map(data.ties.map((t) => [t.id as string, t]))).get(id),
  };
}
