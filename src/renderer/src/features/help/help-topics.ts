import { SCREEN_TERMS } from '../../../../core/help/screen-terms';
import type { MessageKey } from '../../../../core/i18n/catalogue';
import { matchesSearch } from '../../../../core/text/collate';
import { HELP_GROUPS, HELP_TOPICS, type HelpGroup, type HelpTopic } from '../../../../core/i18n/help-da';

/**
 * The help's topics, for the panel and for other panels that link a "?" to a metric. The list
 * itself is kept beside the Danish catalogue (src/core/i18n/help-da.ts) so the Node-side unit
 * tests can type-check against it; this module is the renderer's way in. Pure: no DOM, no React.
 */
export { HELP_GROUPS, HELP_TOPICS, RELATED_TOPICS, type HelpGroup, type HelpTopic } from '../../../../core/i18n/help-da';
export { ACTOR_METRIC_TOPICS, type ActorMetric } from '../../../../core/help/actor-metric-topics';

export const isHelpTopic = (key: string | null | undefined): key is HelpTopic =>
  typeof key === 'string' && (HELP_TOPICS as readonly string[]).includes(key);

/** What a search looks at: first what a reader types (names, synonyms, authors), then the text itself. */
export interface SearchableText {
  title: string;
  terms: string;
  cite: string;
  what: string;
  how: string;
  read: string;
}

const groupOf = new Map<HelpTopic, HelpGroup>(HELP_GROUPS.flatMap((g) => g.topics.map((t): [HelpTopic, HelpGroup] => [t, g.key])));

/** Shorter queries than this are not looked for in the topics' text: "af" or "e" would find them all. */
const TEXT_SEARCH_FROM = 3;

/**
 * The topics that match the query the Danish way (as the actor search does: "aa" finds "å",
 * case does not matter): those matching in the title first; then those whose terms, sources or
 * group match; then those that explain a word on screen the query matches (`screenWord` gives
 * the word shown for a catalogue key, see SCREEN_TERMS). Within each, the panel's order. Only
 * where none of those match, the topics whose text mentions it.
 */
export function searchTopics(
  query: string,
  textOf: (topic: HelpTopic) => SearchableText,
  groupTitle: (group: HelpGroup) => string,
  screenWord: (key: MessageKey) => string,
): HelpTopic[] {
  if (query.trim() === '') return [...HELP_TOPICS];
  const onScreen = new Set(SCREEN_TERMS.filter(([key]) => matchesSearch(screenWord(key), query)).flatMap(([, topics]) => topics));
  const inTitle: HelpTopic[] = [];
  const named: HelpTopic[] = [];
  const shown: HelpTopic[] = [];
  const inText: HelpTopic[] = [];
  const searchText = query.trim().length >= TEXT_SEARCH_FROM;
  for (const topic of HELP_TOPICS) {
    const text = textOf(topic);
    if (matchesSearch(text.title, query)) inTitle.push(topic);
    else if (matchesSearch(text.terms, query) || matchesSearch(text.cite, query) || matchesSearch(groupTitle(groupOf.get(topic) as HelpGroup), query)) named.push(topic);
    else if (onScreen.has(topic)) shown.push(topic);
    else if (searchText && (matchesSearch(text.what, query) || matchesSearch(text.how, query) || matchesSearch(text.read, query))) inText.push(topic);
  }
  const found = [...inTitle, ...named, ...shown];
  // the text only when nothing names the query: a word every topic mentions would list them all
  return found.length > 0 ? found : inText;
}
