import { describe, expect, it } from 'vitest';
import { SCREEN_TERMS, SCREEN_WORDS_WITHOUT_TOPIC } from '../../src/core/help/screen-terms';
import { catalogues, createTranslator, type Language, type MessageKey } from '../../src/core/i18n/catalogue';
import type { HelpTopic } from '../../src/core/i18n/help-da';
import { searchTopics } from '../../src/renderer/src/features/help/help-topics';

const search = (lang: Language, query: string): HelpTopic[] => {
  const t = createTranslator(lang);
  const help = catalogues[lang].help;
  return searchTopics(query, (key) => help.entries[key], (group) => help.groups[group], (key) => t.t(key));
};

/** Every leaf key under a catalogue section, as the interface reads it. */
function keysUnder(section: string): string[] {
  let node: unknown = catalogues.da;
  for (const part of section.split('.')) node = (node as Record<string, unknown>)[part];
  const out: string[] = [];
  const walk = (n: unknown, path: string) => {
    if (typeof n === 'string') out.push(path.replace(/_(one|other)$/, ''));
    else if (n && typeof n === 'object') for (const [k, v] of Object.entries(n)) walk(v, `${path}.${k}`);
  };
  walk(node, section);
  return [...new Set(out)];
}

describe("the help's search", () => {
  it('finds the words a new user tried and found nothing for, in Danish and in English', () => {
    expect(search('da', 'skrøbelig')).toContain('flags');
    expect(search('da', 'skrøbelig')[0]).toBe('flags');
    expect(search('da', 'bærer')).toContain('carriers');
    expect(search('da', 'to bredder')[0]).toBe('mapLayouts');
    expect(search('en', 'fragile')).toContain('flags');
    expect(search('en', 'carrier')).toContain('carriers');
    expect(search('en', 'two shores')[0]).toBe('mapLayouts');
  });

  it('finds, for every word on screen that names a concept, the topics that explain it, in both languages', () => {
    for (const lang of ['da', 'en'] as const) {
      const t = createTranslator(lang);
      for (const [key, topics] of SCREEN_TERMS) {
        const word = t.t(key);
        const found = search(lang, word);
        for (const topic of topics) expect(found, `${lang} "${word}" (${key})`).toContain(topic);
      }
    }
  });

  it('knows every label of the legend, the layouts, the sizes, the panels and their columns: explained by a topic or set aside as no concept', () => {
    const listed = new Set<string>(SCREEN_TERMS.map(([key]) => key));
    const sections = ['map.legend', 'map.layouts', 'map.metrics', 'panels.nav', 'panels.col'];
    const labels = sections.flatMap(keysUnder).filter((key) => !key.endsWith('Title'));
    const unknown = labels.filter((key) => !listed.has(key) && !SCREEN_WORDS_WITHOUT_TOPIC.has(key));
    expect(unknown).toEqual([]);
    // and nothing listed that the interface no longer has
    const t = createTranslator('da');
    for (const key of [...listed, ...SCREEN_WORDS_WITHOUT_TOPIC]) expect(t.t(key as MessageKey), key).not.toBe(key);
  });

  it('ranks a title match before a named one, and looks in the text only where nothing names the query', () => {
    // "betweenness" is the title of one topic, a term of others, and mentioned in the text of more
    const found = search('da', 'betweenness');
    expect(found[0]).toBe('betweenness');
    // a word only the text of a topic has
    expect(search('da', 'ugentligt samarbejde')).toEqual(['tieStrength']);
    // "sårbar" is a term of the warnings and in the text of five other topics: the text is not searched
    expect(search('da', 'sårbar')).toEqual(['flags']);
    expect(search('da', 'zzz-intet')).toEqual([]);
  });

  it('does not look for a query of one or two letters in the text, where it would find every topic', () => {
    const help = catalogues.da.help;
    const only = (topic: HelpTopic) => ({ ...help.entries[topic], how: topic === 'density' ? `${help.entries[topic].how} qx qxw` : help.entries[topic].how });
    const find = (query: string) => searchTopics(query, only, (group) => help.groups[group], (key) => key);
    expect(find('qx')).toEqual([]);
    expect(find('qxw')).toEqual(['density']);
  });
});
