import type { MessageKey, MessageParams } from '../../i18n/catalogue';
import type { DlToken } from './tokens';

/**
 * The header of a DL file, as UCINET's DL language has it: `dl`, the size (`n =` for one-mode
 * data, `nr =` and `nc =` for two-mode), `nm =` matrices, `format =`, `diagonal absent|present`,
 * the label lists (`labels:`, `row labels:`, `column labels:`, `matrix labels:`, and `level
 * labels:` as some writers call the last) and `labels embedded`. Keywords are read in any case;
 * the labels of a list run until the next keyword, over as many lines as they take.
 */

export const DL_FORMATS = ['fullmatrix', 'lowerhalf', 'upperhalf', 'edgelist1', 'edgelist2', 'nodelist1', 'nodelist2'] as const;
export type DlFormat = (typeof DL_FORMATS)[number];
const ONE_MODE_FORMATS = new Set<DlFormat>(['lowerhalf', 'upperhalf', 'edgelist1', 'nodelist1']);
const TWO_MODE_FORMATS = new Set<DlFormat>(['edgelist2', 'nodelist2']);
const HALF_FORMATS = new Set<DlFormat>(['lowerhalf', 'upperhalf']);

/** More actors than a project holds usefully; a file asking for more is refused before it is read. */
export const MAX_ACTORS = 100_000;
export const MAX_MATRICES = 1_000;

/** Records a problem at a line of the file. */
export type Report = (line: number, key: MessageKey, params?: MessageParams) => void;

interface Given<T> {
  value: T;
  line: number;
}

type SizeWord = 'n' | 'nr' | 'nc' | 'nm';
type ListName = 'labels' | 'row' | 'column' | 'matrix';

export interface LabelList {
  /** the line of the list's keyword */
  line: number;
  labels: DlToken[];
}

export interface DlHeader {
  dlLine: number;
  sizes: Partial<Record<SizeWord, Given<number>>>;
  /** sizes written, read or not: one that could not be read is reported already */
  written: Set<SizeWord>;
  format: Given<DlFormat> | undefined;
  diagonal: Given<'present' | 'absent'> | undefined;
  lists: Partial<Record<ListName, LabelList>>;
  embedded: { rows: boolean; columns: boolean };
}

const SIZE_WORDS = new Set<string>(['n', 'nr', 'nc', 'nm']);
const LIST_WORDS = new Map<string, ListName>([
  ['row', 'row'],
  ['column', 'column'],
  ['col', 'column'],
  ['matrix', 'matrix'],
  ['level', 'matrix'],
]);
const DIAGONALS = new Set(['absent', 'present']);

/** What a keyword phrase at a place in the header does, and how many words it takes. */
type Phrase =
  | { kind: 'size'; word: SizeWord; length: number }
  | { kind: 'format'; length: number }
  | { kind: 'diagonal'; length: number }
  | { kind: 'list'; list: ListName; length: number }
  | { kind: 'embedded'; rows: boolean; columns: boolean; length: number };

export function readHeader(tokens: readonly DlToken[], report: Report): DlHeader {
  const dlLine = tokens[0]?.line ?? 1;
  const header: DlHeader = { dlLine, sizes: {}, written: new Set(), format: undefined, diagonal: undefined, lists: {}, embedded: { rows: false, columns: false } };
  const word = (i: number): string | undefined => {
    const t = tokens[i];
    return t && !t.quoted ? t.text.toLowerCase() : undefined;
  };
  const together = (i: number, j: number) => {
    const [a, b] = [tokens[i], tokens[j]];
    return a !== undefined && b !== undefined && a.line === b.line;
  };
  const isLabels = (w: string | undefined) => w === 'labels' || w === 'labels:';
  const isEmbedded = (w: string | undefined) => w === 'embedded' || w === 'embedded:';
  /** the length of a phrase with a `:` that may stand apart (`labels :`) */
  const withColon = (i: number, length: number) => {
    const last = word(i + length - 1);
    return last?.endsWith(':') !== true && word(i + length) === ':' && together(i + length - 1, i + length) ? length + 1 : length;
  };

  /**
   * The keyword phrase at i, if any. Inside a label list (`inList`) a phrase must be written in
   * full (`labels:` with its colon, `format =` with its sign) to end the list, so that a person
   * called "Row" or "Labels" stays a label.
   */
  const phraseAt = (i: number, inList: boolean): Phrase | undefined => {
    const w = word(i);
    if (w === undefined) return undefined;
    const next = word(i + 1);
    const nextTogether = together(i, i + 1);
    if (SIZE_WORDS.has(w) && next === '=' && nextTogether) return { kind: 'size', word: w as SizeWord, length: 2 };
    if (w === 'format' && next === '=' && nextTogether) return { kind: 'format', length: 2 };
    if (w === 'diagonal' && nextTogether && (next === '=' || (next !== undefined && DIAGONALS.has(next))))
      return { kind: 'diagonal', length: next === '=' ? 2 : 1 };
    if (isLabels(w) && isEmbedded(next) && nextTogether) return { kind: 'embedded', rows: true, columns: true, length: withColon(i, 2) };
    if (w === 'labels:' || (w === 'labels' && (next === ':' || !inList))) return { kind: 'list', list: 'labels', length: withColon(i, 1) };
    const list = LIST_WORDS.get(w);
    if (list !== undefined && isLabels(next) && nextTogether) {
      if (list !== 'matrix' && isEmbedded(word(i + 2)) && together(i + 1, i + 2))
        return { kind: 'embedded', rows: list === 'row', columns: list === 'column', length: withColon(i, 3) };
      if (!inList || next === 'labels:' || (word(i + 2) === ':' && together(i + 1, i + 2))) return { kind: 'list', list, length: withColon(i, 2) };
    }
    return undefined;
  };

  const listWords: Record<ListName, string> = { labels: 'labels:', row: 'row labels:', column: 'column labels:', matrix: 'matrix labels:' };
  let i = 1;
  while (i < tokens.length) {
    const token = tokens[i];
    if (token === undefined) break;
    const phrase = phraseAt(i, false);
    if (phrase === undefined) {
      if (token.text !== '=' || token.quoted) report(token.line, 'ucinet.unknownKeyword', { word: token.text });
      i++;
      continue;
    }
    i += phrase.length;
    switch (phrase.kind) {
      case 'size': {
        const value = tokens[i];
        header.written.add(phrase.word);
        if (value === undefined || value.line !== token.line || phraseAt(i, false) !== undefined) {
          report(token.line, 'ucinet.missingValue', { keyword: phrase.word });
          break;
        }
        i++;
        if (header.sizes[phrase.word] !== undefined) report(token.line, 'ucinet.repeatedKeyword', { keyword: `${phrase.word} =` });
        const min = phrase.word === 'nm' ? 1 : 0;
        const max = phrase.word === 'nm' ? MAX_MATRICES : MAX_ACTORS;
        const n = /^\d+$/.test(value.text) ? Number(value.text) : NaN;
        if (!Number.isSafeInteger(n) || n < min) report(value.line, 'ucinet.notACount', { keyword: phrase.word, value: value.text, min });
        else if (n > max) report(value.line, 'ucinet.tooLarge', { keyword: phrase.word, value: value.text, max });
        else header.sizes[phrase.word] = { value: n, line: value.line };
        break;
      }
      case 'format': {
        const value = tokens[i];
        if (value === undefined || value.line !== token.line) {
          report(token.line, 'ucinet.missingValue', { keyword: 'format' });
          break;
        }
        i++;
        if (header.format !== undefined) report(token.line, 'ucinet.repeatedKeyword', { keyword: 'format =' });
        const format = DL_FORMATS.find((f) => f === value.text.toLowerCase());
        if (format === undefined) report(value.line, 'ucinet.unknownFormat', { format: value.text, accepted: DL_FORMATS.join(', ') });
        else header.format = { value: format, line: value.line };
        break;
      }
      case 'diagonal': {
        const value = tokens[i];
        const v = value?.text.toLowerCase() ?? '';
        if (value === undefined || value.line !== token.line) {
          report(token.line, 'ucinet.missingValue', { keyword: 'diagonal' });
          break;
        }
        i++;
        if (v === 'absent' || v === 'present') header.diagonal = { value: v, line: value.line };
        else report(value.line, 'ucinet.unknownDiagonal', { value: value.text });
        break;
      }
      case 'embedded':
        header.embedded = { rows: header.embedded.rows || phrase.rows, columns: header.embedded.columns || phrase.columns };
        break;
      case 'list': {
        if (header.lists[phrase.list] !== undefined) report(token.line, 'ucinet.repeatedKeyword', { keyword: listWords[phrase.list] });
        const labels: DlToken[] = [];
        while (i < tokens.length && phraseAt(i, true) === undefined) {
          const label = tokens[i];
          // `=` separates labels as a comma does
          if (label && (label.quoted || label.text !== '=')) labels.push(label);
          i++;
        }
        header.lists[phrase.list] = { line: token.line, labels };
        break;
      }
    }
  }
  return header;
}

/** What the header says the data are, once its parts are checked against each other. */
export interface DlShape {
  mode: 'one' | 'two';
  rows: number;
  columns: number;
  matrices: number;
  format: DlFormat;
  /** the diagonal's cells are left out of the data (one-mode matrices only) */
  diagonalAbsent: boolean;
  embeddedRows: boolean;
  embeddedColumns: boolean;
  rowLabels: DlToken[] | undefined;
  columnLabels: DlToken[] | undefined;
  matrixLabels: DlToken[] | undefined;
}

/**
 * The shape of the data, or undefined when the header leaves it unknown (no size); every
 * contradiction is reported: a size given both ways, a format for the other mode, label lists
 * of the wrong length.
 */
export function shapeOf(header: DlHeader, report: Report): DlShape | undefined {
  const { n, nr, nc, nm } = header.sizes;
  const format = header.format?.value ?? 'fullmatrix';
  const formatLine = header.format?.line ?? header.dlLine;
  let mode: DlShape['mode'];
  let rows: number;
  let columns: number;
  const written = header.written;
  // a size written but unreadable has been reported as such; the shape is then unknown
  if (written.has('n')) {
    if (n === undefined) return undefined;
    if (written.has('nr') || written.has('nc')) report((nr ?? nc ?? n).line, 'ucinet.sizeBoth');
    mode = 'one';
    rows = columns = n.value;
  } else if (written.has('nr') && written.has('nc')) {
    if (nr === undefined || nc === undefined) return undefined;
    mode = 'two';
    rows = nr.value;
    columns = nc.value;
    if (rows + columns > MAX_ACTORS) report(nc.line, 'ucinet.tooLarge', { keyword: 'nr + nc', value: rows + columns, max: MAX_ACTORS });
  } else {
    if (written.has('nr')) report(nr?.line ?? header.dlLine, 'ucinet.sizeHalf', { given: 'nr', missing: 'nc' });
    else if (written.has('nc')) report(nc?.line ?? header.dlLine, 'ucinet.sizeHalf', { given: 'nc', missing: 'nr' });
    else report(header.dlLine, 'ucinet.noSize');
    return undefined;
  }
  if (mode === 'two' && ONE_MODE_FORMATS.has(format)) report(formatLine, 'ucinet.formatOneMode', { format });
  if (mode === 'one' && TWO_MODE_FORMATS.has(format)) report(formatLine, 'ucinet.formatTwoMode', { format });
  const embedded = header.embedded.rows || header.embedded.columns;
  if (embedded && HALF_FORMATS.has(format)) report(formatLine, 'ucinet.embeddedHalf', { format });

  const { labels, row, column, matrix } = header.lists;
  const counted = (list: LabelList | undefined, name: string, expected: number): DlToken[] | undefined => {
    if (list === undefined) return undefined;
    if (list.labels.length !== expected) report(list.line, 'ucinet.labelCount', { list: name, count: list.labels.length, expected });
    return list.labels;
  };
  let rowLabels: DlToken[] | undefined;
  let columnLabels: DlToken[] | undefined;
  if (mode === 'two') {
    if (labels !== undefined) report(labels.line, 'ucinet.labelsTwoMode');
    rowLabels = counted(row, 'row labels:', rows);
    columnLabels = counted(column, 'column labels:', columns);
  } else {
    // one set of actors: `labels:`, or row or column labels, which must then agree
    rowLabels = counted(labels, 'labels:', rows) ?? counted(row, 'row labels:', rows) ?? counted(column, 'column labels:', columns);
    if (labels === undefined && row !== undefined && column !== undefined) {
      counted(column, 'column labels:', columns);
      const k = row.labels.findIndex((r, i) => {
        const c = column.labels[i];
        return c !== undefined && c.text !== r.text;
      });
      if (k >= 0)
        report(column.line, 'ucinet.rowColumnLabelsDiffer', { n: k + 1, row: row.labels[k]?.text ?? '', column: column.labels[k]?.text ?? '' });
    }
    columnLabels = rowLabels;
  }
  const matrices = nm?.value ?? 1;
  return {
    mode,
    rows,
    columns,
    matrices,
    format,
    diagonalAbsent: mode === 'one' && header.diagonal?.value === 'absent',
    embeddedRows: header.embedded.rows,
    embeddedColumns: header.embedded.columns,
    rowLabels,
    columnLabels,
    matrixLabels: counted(matrix, 'matrix labels:', matrices),
  };
}
