import type { Language } from '../i18n/catalogue';
import type { ExportColumn, ExportTable } from './table';
import type { CellValue } from '../format/tables/table-columns-out';

/**
 * A table as text for the clipboard: tab-separated, a header row first, lines ended by CRLF,
 * written so that Excel in the reader's language reads every cell as what it is when it is
 * pasted. Numbers carry that language's decimal mark (Danish "0,25", English "0.25"), a
 * hyphen-minus, and no thousands separator (Danish Excel would read "1.234" as 1234, English
 * Excel "1,234"); a share is a percentage ("45,5%"), which Excel reads as the number 0.455;
 * yes and no are the words Excel in that language reads as booleans (SAND/FALSK, TRUE/FALSE).
 * A text with a tab, a line break or a quote is quoted the way Excel quotes it, quotes doubled.
 */

const BOOLEAN_WORDS: Record<Language, readonly [string, string]> = { da: ['SAND', 'FALSK'], en: ['TRUE', 'FALSE'] };

// An Intl format is costly to make and cheap to use: one per kind of number.
const formats = new Map<string, Intl.NumberFormat>();
function plainFormat(digits: number | undefined): Intl.NumberFormat {
  const key = String(digits ?? 'all');
  let f = formats.get(key);
  if (!f) {
    // 15 significant digits is what a double carries, and what Excel keeps; no exponent, no grouping
    const options: Intl.NumberFormatOptions =
      digits === undefined ? { useGrouping: false, maximumSignificantDigits: 15 } : { useGrouping: false, maximumFractionDigits: digits };
    formats.set(key, (f = new Intl.NumberFormat('en-US', options)));
  }
  return f;
}

/** A number in the reader's decimal mark; a rounded-away negative ("-0") is a plain 0. */
export function numberText(value: number, lang: Language, digits?: number): string {
  const text = plainFormat(digits).format(value);
  const unsigned = /^-0(\.0*)?$/.test(text) ? '0' : text;
  return lang === 'da' ? unsigned.replace('.', ',') : unsigned;
}

export function cellText(value: CellValue, column: ExportColumn, lang: Language): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return BOOLEAN_WORDS[lang][value ? 0 : 1];
  if (typeof value === 'number') return column.type === 'share' ? `${numberText(value * 100, lang, 1)}%` : numberText(value, lang, column.digits);
  return /[\t\r\n"]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function tableTsv(table: ExportTable, lang: Language): string {
  const header = table.columns.map((c) => cellText(c.name, { name: '', type: 'text' }, lang));
  const lines = [header, ...table.rows.map((row) => table.columns.map((c, i) => cellText(row[i] ?? null, c, lang)))];
  return lines.map((cells) => `${cells.join('\t')}\r\n`).join('');
}
