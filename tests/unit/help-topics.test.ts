import { describe, expect, it } from 'vitest';
import { catalogues, type Language } from '../../src/core/i18n/catalogue';
// The topic list is kept beside the Danish catalogue so that this Node-side test can type-check
// against it; the renderer's help-topics.ts re-exports the same constants.
import { ACTOR_METRIC_TOPICS } from '../../src/core/help/actor-metric-topics';
import { HELP_GROUPS, HELP_TOPICS, REFERENCES, RELATED_TOPICS } from '../../src/core/i18n/help-da';

const LANGUAGES: Language[] = ['da', 'en'];
const FIELDS = ['title', 'terms', 'what', 'how', 'formula', 'read', 'cite'] as const;

/** Every string in a catalogue subtree, with its path. */
function strings(node: unknown, path = ''): Array<[string, string]> {
  if (typeof node === 'string') return [[path, node]];
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
}

describe('the help topics', () => {
  it('are listed once each, in groups that every group title names', () => {
    expect(new Set(HELP_TOPICS).size).toBe(HELP_TOPICS.length);
    expect(HELP_TOPICS.length).toBeGreaterThanOrEqual(30);
    for (const lang of LANGUAGES)
      for (const group of HELP_GROUPS) expect(catalogues[lang].help.groups[group.key].trim(), `${lang} group ${group.key}`).not.toBe('');
  });

  it('have a Danish and an English title, body and citation', () => {
    for (const lang of LANGUAGES) {
      const entries = catalogues[lang].help.entries;
      // no topic without text and no text without a topic
      expect(Object.keys(entries).sort()).toEqual([...HELP_TOPICS].sort());
      for (const topic of HELP_TOPICS)
        for (const field of FIELDS) expect(entries[topic][field].trim(), `${lang} ${topic}.${field}`).not.toBe('');
    }
  });

  it('has a topic for every measure an actor gets', () => {
    const required = ['degree', 'betweenness', 'closeness', 'eigenvector', 'constraint', 'effectiveSize', 'hierarchy', 'eiIndex', 'brokerage', 'bonacichPower'] as const;
    for (const metric of required) expect(HELP_TOPICS, metric).toContain(ACTOR_METRIC_TOPICS[metric]);
    for (const topic of Object.values(ACTOR_METRIC_TOPICS)) expect(HELP_TOPICS).toContain(topic);
  });

  it('has no empty or untranslated strings anywhere in the help catalogue', () => {
    const da = strings(catalogues.da.help);
    const en = new Map(strings(catalogues.en.help));
    expect(da.length).toBeGreaterThan(0);
    for (const [path, text] of da) {
      expect(text.trim(), `da help.${path}`).not.toBe('');
      expect(en.get(path)?.trim(), `en help.${path}`).toBeTruthy();
      // prose must be translated; citations, formulas and search terms may coincide
      if (/\.(what|how|read)$/.test(path)) expect(en.get(path), `en help.${path} is still Danish`).not.toBe(text);
    }
    for (const [path] of en) expect(da.some(([p]) => p === path), `en help.${path} has no Danish`).toBe(true);
  });

  it('cites the literature the design names, exactly', () => {
    const cite = (topic: (typeof HELP_TOPICS)[number]) => catalogues.da.help.entries[topic].cite;
    expect(cite('eiIndex')).toContain('Krackhardt, D. & Stern, R. N. (1988)');
    expect(cite('assortativity')).toContain('Newman, M. E. J. (2003)');
    expect(cite('modularity')).toContain('Newman, M. E. J. & Girvan, M. (2004)');
    expect(cite('brokerage')).toContain('Gould, R. V. & Fernandez, R. M. (1989)');
    for (const t of ['constraint', 'effectiveSize', 'efficiency', 'hierarchy'] as const) expect(cite(t)).toContain('Burt, R. S. (1992)');
    expect(cite('betweenness')).toContain('Freeman, L. C. (1977)');
    expect(cite('betweenness')).toContain('Brandes, U. (2001)');
    expect(cite('eigenvector')).toContain('Bonacich, P. (1972)');
    expect(cite('bonacichPower')).toContain('Bonacich, P. (1987)');
    expect(cite('dyadAsymmetry')).toContain('Emerson, R. M. (1962)');
    expect(cite('dyadAsymmetry')).toContain('Pfeffer, J. & Salancik, G. R. (1978)');
    expect(cite('influence')).toContain('Schiffer, E. & Hauck, J. (2010)');
    expect(cite('krackhardtHierarchy')).toContain('Krackhardt, D. (1994)');
    expect(cite('linkingTies')).toContain('Szreter, S. & Woolcock, M. (2004)');
    expect(cite('linkingCapital')).toContain('Szreter, S. & Woolcock, M. (2004)');
    expect(cite('bondingCapital')).toContain('Putnam, R. D. (2000)');
    expect(cite('bridgingCapital')).toContain('Granovetter, M. S. (1973)');
    expect(cite('fragmentation')).toContain('Borgatti, S. P. (2006)');
    expect(cite('connectivity')).toContain('Menger, K. (1927)');
    expect(cite('carriers')).toContain('Breiger, R. L. (1974)');
    // a reference reads the same in both languages
    for (const topic of HELP_TOPICS)
      for (const ref of Object.values(REFERENCES))
        if (catalogues.da.help.entries[topic].cite.includes(ref)) expect(catalogues.en.help.entries[topic].cite, topic).toContain(ref);
  });

  it('links only to topics that exist, and never to the topic itself', () => {
    for (const [topic, related] of Object.entries(RELATED_TOPICS)) {
      for (const other of related) {
        expect(HELP_TOPICS, `${topic} → ${other}`).toContain(other);
        expect(other).not.toBe(topic);
      }
    }
  });

  it('names the implementation each standard measure matches', () => {
    const how = (topic: (typeof HELP_TOPICS)[number], lang: Language) => catalogues[lang].help.entries[topic].how;
    for (const lang of LANGUAGES) {
      expect(how('betweenness', lang)).toMatch(/igraph/);
      expect(how('closeness', lang)).toMatch(/wf_improved/);
      expect(how('brokerage', lang)).toMatch(/sna::brokerage/);
      expect(how('bonacichPower', lang)).toMatch(/sna::bonpow/);
      expect(how('constraint', lang)).toMatch(/networkx constraint/);
      expect(how('krackhardtHierarchy', lang)).toMatch(/krackhardt/);
      expect(catalogues[lang].help.entries.eiIndex.formula).toBe('E-I = (E − I) / (E + I)');
    }
  });
});
