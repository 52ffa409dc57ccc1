import type { Language } from '../i18n/catalogue';

// Intl's formats are costly to make and cheap to use: one of each per language, kind and digits,
// shared by the panels, the findings' wording and the report.
const formats = new Map<string, Intl.NumberFormat>();

/**
 * A number in the reader's digits with at most `digits` decimals; a small negative that rounds
 * to nothing is written 0, not "−0".
 */
export function numberFormat(lang: Language, style: 'decimal' | 'percent', digits: number): Intl.NumberFormat {
  const key = `${lang} ${style} ${String(digits)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(lang, { style, maximumFractionDigits: digits, minimumFractionDigits: 0, signDisplay: 'negative' })));
  return f;
}

/** Intl writes a hyphen; the typographic minus reads as one with the "−1 … +1" of the scales. */
export const withMinus = (text: string) => text.replace('-', '−');
