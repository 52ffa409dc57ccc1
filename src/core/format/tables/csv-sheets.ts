import Papa from 'papaparse';
import type { MessageKey } from '../../i18n/catalogue';
import { decodeText } from '../../text/decode';
import type { FileBytes } from '../files';
import { isBlankRow, type Sheet, type SheetRow } from './sheet';

/** The separator: `;` or `,` as the header line shows, else Papa Parse's guess among both (and tab). */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r|\n|$/));
  const semicolon = header.includes(';');
  const comma = header.includes(',');
  if (semicolon && !comma) return ';';
  if (comma && !semicolon) return ',';
  if (!comma && !semicolon && header.includes('\t')) return '\t';
  return '';
}

/** Offsets at which lines start, for turning a position into a line number. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length);
  return starts;
}
function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
const isBlank = (line: string, delimiter: string) => line.split(delimiter || ',').every((c) => c.trim() === '');

/**
 * One CSV text as a sheet: separated by `,`, `;` or tab, quoted values with line breaks, each row
 * with the line it starts on (so a problem can name the line a text editor shows).
 */
export function csvTextSheet(file: string, text: string): Sheet {
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = delimiterOf(body);
  const starts = lineStarts(body);
  const rows: SheetRow[] = [];
  let used = delimiter;
  let cursor = 0;
  Papa.parse<string[]>(body, {
    header: false,
    skipEmptyLines: 'greedy',
    delimiter,
    delimitersToGuess: [',', ';', '\t'],
    step: (result) => {
      used = result.meta.delimiter;
      // The row starts after the previous one, past the empty lines Papa Parse skipped (lines of
      // nothing but separators and spaces: a row that goes on to a next line has a quote on its first).
      let line = lineAt(starts, cursor);
      while (line < starts.length && isBlank(body.slice(starts[line - 1], (starts[line] ?? body.length) - 1), used)) line++;
      cursor = result.meta.cursor;
      const problems: MessageKey[] = [];
      for (const e of result.errors) {
        if (e.code === 'MissingQuotes') problems.push('fieldData.unclosedQuote');
        if (e.code === 'InvalidQuotes') problems.push('fieldData.badQuotes');
      }
      if (!isBlankRow(result.data) || problems.length > 0) rows.push({ line, cells: result.data, problems });
    },
  });
  return { file, rows, decimalComma: used === ';' };
}

/** A CSV file's bytes as a sheet, in whichever encoding it was saved (BOM, UTF-16, Windows-1252). */
export const csvSheet = (file: FileBytes): Sheet => csvTextSheet(file.name, decodeText(file.bytes, file.name).text);
