/**
 * Danish name normalisation for matching. Two spellings of one name become the same tokens:
 * case, spacing and punctuation are ignored; é, ü and other accents lose their marks; the old
 * spellings aa, ae, oe and the letters å, æ, ø are folded to one form (å and aa both read "aa",
 * æ and ae "ae", ø, ö and oe "oe"); "Hansen, Jens" reads as "Jens Hansen".
 */

const FOLD: Readonly<Record<string, string>> = { å: 'aa', æ: 'ae', ø: 'oe', ö: 'oe', ä: 'ae', ß: 'ss' };

/** One name as lower-case ASCII-folded tokens, in the order a person reads them. */
export function nameTokens(name: string): string[] {
  let text = name.normalize('NFC').toLocaleLowerCase('da');
  // "Hansen, Jens" (surname first, one comma) is "Jens Hansen"
  const [surname, given, ...rest] = text.split(',');
  if (rest.length === 0 && surname !== undefined && given !== undefined && surname.trim() !== '' && given.trim() !== '') text = `${given} ${surname}`;
  text = text.replace(/[åæøöäß]/gu, (c) => FOLD[c] ?? c);
  text = text.normalize('NFD').replace(/\p{M}/gu, '');
  return text.split(/[^\p{L}\p{N}]+/u).filter((t) => t !== '');
}

/** The key two names share when they are the same name up to spelling and word order. */
export function nameKey(name: string): string {
  return [...nameTokens(name)].sort().join(' ');
}
