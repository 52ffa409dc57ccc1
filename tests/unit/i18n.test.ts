import { describe, expect, it } from 'vitest';
import { catalogues, createTranslator, messageRef } from '../../src/core/i18n/catalogue';
import { formatUserError } from '../../src/core/wording/format-error';
import { UserError } from '../../src/core/errors';
import { problem } from '../../src/core/problems';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/**
 * The values a message names, with or without a format (`{{count, number}}`); `{{Name}}` and
 * `{{name_gen}}` are the value `name` capitalised or in the genitive (core/analysis/wording.ts).
 */
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{\{(\w+)(?:,[^}]*)?\}\}/g)].map((m) => (m[1] ?? '').replace(/_gen$/, '').replace(/^./, (c) => c.toLowerCase())))].sort();

describe('the catalogues', () => {
  const da = leaves(catalogues.da);
  const en = leaves(catalogues.en);

  it('have the same keys in Danish and English', () => {
    expect([...en.keys()].sort()).toEqual([...da.keys()].sort());
  });

  it('use the same placeholders in both languages, so no value goes missing in translation', () => {
    // a singular may say its count in words ("once", "ét samarbejde")
    const compared = (key: string, text: string) => placeholders(text).filter((p) => !(key.endsWith('_one') && p === 'count'));
    for (const [key, text] of da) expect({ key, p: compared(key, en.get(key) ?? '') }).toEqual({ key, p: compared(key, text) });
  });

  it('have no empty messages', () => {
    for (const [key, text] of [...da, ...en]) expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
  });
});

describe('a translator', () => {
  it('speaks Danish by default wording and English on request', () => {
    expect(createTranslator('da').t('errors.noProject')).toBe('Der er intet projekt åbent.');
    expect(createTranslator('en').t('errors.noProject')).toBe('No project is open.');
  });

  it('words a parameter that is itself a message in the same language', () => {
    const params = { file: 'x.brobygger', reason: messageRef('errors.reasonEmpty') };
    expect(createTranslator('da').t('errors.notAProject', params)).toBe('x.brobygger er ikke et Brobygger-projekt: filen er tom.');
    expect(createTranslator('en').t('errors.notAProject', params)).toBe('x.brobygger is not a Brobygger project: the file is empty.');
  });

  it('chooses singular and plural forms by count', () => {
    const en = createTranslator('en');
    expect(en.t('errors.invalidData', { file: 'a.json', count: 1 })).toBe('a.json: 1 error in the data.');
    expect(en.t('errors.invalidData', { file: 'a.json', count: 2 })).toBe('a.json: 2 errors in the data.');
  });

  it('writes a large network’s size on the map in the reader’s digits', () => {
    expect(createTranslator('da').t('ui.mapSummary', { actors: 20000, ties: 100000 })).toBe('20.000 aktører og 100.000 relationer på kortet');
    expect(createTranslator('en').t('ui.mapSummary', { actors: 20000, ties: 100000 })).toBe('20,000 actors and 100,000 ties on the map');
    expect(createTranslator('da').t('history.layoutSet', { count: 2000 })).toBe('placér 2.000 aktører på kortet');
  });
});

describe('an error as the user reads it', () => {
  it('lists its problems by place and says how many more there are beyond twenty', () => {
    const problems = Array.from({ length: 23 }, (_, i) => problem(['ties', i, 'strength'], 'rules.atMost', { max: 5 }));
    const text = formatUserError(new UserError('invalid', 'errors.invalidData', { file: 'x.json', count: 23 }, problems), createTranslator('en'));
    const lines = text.split('\n');
    expect(lines[0]).toBe('x.json: 23 errors in the data.');
    expect(lines[1]).toBe('  ties[0].strength: must be at most 5');
    expect(lines).toHaveLength(1 + 20 + 1);
    expect(lines.at(-1)).toBe('  … and 3 more');
  });
});
