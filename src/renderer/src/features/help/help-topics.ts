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

/** What a search looks at: what a reader types (names, synonyms, authors), not every word of the text. */
export interface SearchableText {
  title: string;
  terms: string;
  cite: string;
}

const groupOf = new Map<HelpTopic, HelpGroup>(HELP_GROUPS.flatMap((g) => g.topics.map((t): [HelpTopic, HelpGroup] => [t, g.key])));

/**
 * The topics that match the query the Danish way (as the actor search does: "aa" finds "å",
 * case does not matter), those matching in the title first, then the panel's order. A group's
 * name finds all its topics.
 */
export function searchTopics(
  query: string,
  textOf: (topic: HelpTopic) => SearchableText,
  groupTitle: (group: HelpGroup) => string,
): HelpTopic[] {
  if (query.trim() === '') return [...HELP_TOPICS];
  const inTitle: HelpTopic[] = [];
  const elsewhere: HelpTopic[] = [];
  for (const topic of HELP_TOPICS) {
    const text = textOf(topic);
    if (matchesSearch(text.title, query)) inTitle.push(topic);
    else if (
      matchesSearch(text.terms, query) ||
      matchesSearch(text.cite, query) ||
      matchesSearch(groupTitle(groupOf.get(topic) as HelpGroup), query)
    )
      elsewhere.push(topic);
  }
  return [...inTitle, ...elsewhere];
}
