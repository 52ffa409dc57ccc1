import type { Language } from '../i18n/catalogue';

/**
 * Danish sorting and searching. SQLite's LOWER/UPPER and byte order do not know that Æ, Ø, Å
 * follow Z (and that "Aa" sorts as "Å"), so names are ordered with Intl.Collator instead.
 */
const collators = new Map<Language, Intl.Collator>();

export function collatorFor(lang: Language): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    collators.set(lang, c);
  }
  return c;
}

export function sortByLabel<T>(items: readonly T[], label: (item: T) => string, lang: Language = 'da'): T[] {
  const c = collatorFor(lang);
  return [...items].sort((a, b) => c.compare(label(a), label(b)));
}

/**
 * The form of a text that a search compares: Unicode-normalised, lower-cased the Danish way,
 * and with the old spelling "aa" read as "å", so "Aabenraa" is found by "åbenrå" and vice versa.
 */
export function searchKey(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('da').replace(/aa/g, 'å').replace(/\s+/g, ' ').trim();
}

export function matchesSearch(text: string, query: string): boolean {
  const q = searchKey(query);
  return q === '' || searchKey(text).includes(q);
}
