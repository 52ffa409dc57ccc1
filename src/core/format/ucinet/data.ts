import { messageRef } from '../../i18n/catalogue';
import { readNumber } from '../field-common';
import type { DlShape, Report } from './header';
import type { DlLine, DlToken } from './tokens';

/**
 * The data of a DL file, whatever its format, as UCINET reads them: matrices of cells.
 *
 * - `fullmatrix`, `lowerhalf`, `upperhalf`: one line per row, the rows of each matrix after one
 *   another (blank lines and a `!` between matrices are skipped). With `diagonal absent` a row
 *   leaves out its diagonal cell; a half matrix gives the cells on and below (above) the
 *   diagonal. With labels embedded the first line names the columns and each row begins with
 *   its label.
 * - `edgelist1`/`edgelist2`: a line per cell, `row column [value]` (the value is 1 when left out).
 * - `nodelist1`/`nodelist2`: a line per row, `row column column …`, each named cell 1.
 *   In both, a line `!` ends one matrix and begins the next.
 *
 * Rows and columns are numbered from 1, or named by their labels when labels are embedded
 * (a name not yet known becomes the next actor). A cell is given once; every problem is reported
 * with its line.
 */

export interface Cell {
  value: number;
  line: number;
}

export interface DlData {
  /** each matrix's cells by `row * columns + column`, in the order the file gives them */
  matrices: Array<Map<number, Cell>>;
  /** the label of each row and column, given in the header or embedded; one array in one-mode data */
  rowNames: Array<DlToken | undefined>;
  columnNames: Array<DlToken | undefined>;
}

const MATRIX_FORMATS = new Set(['fullmatrix', 'lowerhalf', 'upperhalf']);
const isSeparator = (line: DlLine) => line.tokens.length === 1 && line.tokens[0]?.quoted === false && line.tokens[0].text === '!';

export function readData(shape: DlShape, lines: readonly DlLine[], dataLine: number, report: Report): DlData {
  const rowNames: Array<DlToken | undefined> = Array.from({ length: shape.rows }, (_, k) => shape.rowLabels?.[k]);
  const columnNames = shape.mode === 'one' ? rowNames : Array.from({ length: shape.columns }, (_, k) => shape.columnLabels?.[k]);
  const data: DlData = { matrices: Array.from({ length: shape.matrices }, () => new Map<number, Cell>()), rowNames, columnNames };
  if (MATRIX_FORMATS.has(shape.format)) readMatrices(shape, lines, dataLine, data, report);
  else readLists(shape, lines, data, report);
  return data;
}

/** A cell's value; a word that is no number, or a negative strength, is reported. */
function valueOf(token: DlToken, shape: DlShape, report: Report): number | undefined {
  const value = token.quoted ? undefined : readNumber(token.text, false);
  if (value === undefined) report(token.line, 'fieldData.notANumber', { value: token.text });
  else if (value < 0 && shape.mode === 'one') report(token.line, 'ucinet.negativeValue', { value: token.text });
  else return value;
  return undefined;
}

function readMatrices(shape: DlShape, lines: readonly DlLine[], dataLine: number, data: DlData, report: Report): void {
  const { rows, columns, matrices, format, diagonalAbsent, embeddedRows, embeddedColumns } = shape;
  const skip = diagonalAbsent ? 1 : 0;
  const rowLength = (r: number) =>
    format === 'lowerhalf' ? r + 1 - skip : format === 'upperhalf' ? columns - r - skip : columns - skip;
  const columnAt = (r: number, k: number) =>
    format === 'lowerhalf' ? k : format === 'upperhalf' ? r + k + skip : diagonalAbsent && k >= r ? k + 1 : k;
  const firstRow = (from: number) => {
    let r = from;
    while (r < rows && rowLength(r) <= 0) r++;
    return r;
  };
  const rowsPerMatrix = Array.from({ length: rows }, (_, r) => r).filter((r) => rowLength(r) > 0).length;
  const totalRows = rowsPerMatrix * matrices;

  let m = 0;
  let r = firstRow(0);
  if (r >= rows) m = matrices;
  let read = 0;
  let header: DlToken[] | undefined;
  let lastLine = dataLine;
  for (const line of lines) {
    if (isSeparator(line)) continue;
    lastLine = line.line;
    if (m >= matrices) {
      // one report for the data that run on, at the first line too many
      report(line.line, 'ucinet.extraRow', { rows: totalRows });
      break;
    }
    const tokens = line.tokens;
    if (embeddedColumns && r === firstRow(0) && isColumnHeader(tokens, m, columns, embeddedRows, header)) {
      if (header === undefined) {
        header = tokens;
        if (tokens.length !== columns) report(line.line, 'ucinet.headerLength', { count: tokens.length, expected: columns });
        tokens.slice(0, columns).forEach((t, k) => {
          const given = data.columnNames[k];
          if (given === undefined) data.columnNames[k] = t;
          else if (given.text !== t.text) report(t.line, 'ucinet.headerDiffers', { n: k + 1, found: t.text, expected: given.text });
        });
      } else {
        const k = tokens.findIndex((t, i) => header?.[i]?.text !== t.text);
        if (k >= 0) report(line.line, 'ucinet.labelsDiffer', { n: k + 1, found: tokens[k]?.text ?? '', expected: header[k]?.text ?? '' });
      }
      continue;
    }
    const label = embeddedRows ? tokens[0] : undefined;
    const values = embeddedRows ? tokens.slice(1) : tokens;
    const expected = rowLength(r);
    if (values.length !== expected) {
      const counts = { row: r + 1, count: values.length, expected };
      if (matrices > 1) report(line.line, 'ucinet.rowLengthIn', { ...counts, matrix: m + 1 });
      else report(line.line, 'ucinet.rowLength', counts);
    } else {
      const cells = data.matrices[m];
      values.forEach((t, k) => {
        const value = valueOf(t, shape, report);
        if (value !== undefined && value !== 0) cells?.set(r * columns + columnAt(r, k), { value, line: line.line });
      });
    }
    if (label !== undefined) {
      const given = data.rowNames[r];
      if (given === undefined) data.rowNames[r] = label;
      else if (given.text !== label.text) report(label.line, 'ucinet.rowLabelDiffers', { found: label.text, row: r + 1, expected: given.text });
    }
    read++;
    r = firstRow(r + 1);
    if (r >= rows) {
      m++;
      r = firstRow(0);
    }
  }
  if (read < totalRows && m < matrices) report(lastLine, 'ucinet.missingRows', { found: read, expected: totalRows });
}

/**
 * Whether a line at the top of a matrix names its columns: the first matrix's line always does;
 * a later matrix may repeat it, which shows by its length and by its words not being numbers.
 */
function isColumnHeader(tokens: readonly DlToken[], m: number, columns: number, embeddedRows: boolean, header: readonly DlToken[] | undefined): boolean {
  if (m === 0 && header === undefined) return true;
  if (tokens.length !== columns) return false;
  return embeddedRows || tokens.some((t) => t.quoted || readNumber(t.text, false) === undefined);
}

function readLists(shape: DlShape, lines: readonly DlLine[], data: DlData, report: Report): void {
  const edges = shape.format === 'edgelist1' || shape.format === 'edgelist2';
  const embedded = shape.embeddedRows || shape.embeddedColumns;
  const twoMode = shape.mode === 'two';
  const given = new Map<string, number>();
  /** names to their index, for one side (both sides are one in one-mode data) */
  const index = (names: Array<DlToken | undefined>) => {
    const map = new Map<string, number>();
    names.forEach((t, k) => {
      if (t !== undefined && !map.has(t.text)) map.set(t.text, k);
    });
    return map;
  };
  const rowIndex = index(data.rowNames);
  const columnIndex = twoMode ? index(data.columnNames) : rowIndex;
  // the next unnamed place on each side: names given under labels: come first, embedded ones after
  const free = { row: 0, column: 0 };
  const nextFree = (names: Array<DlToken | undefined>, side: 'row' | 'column') => {
    const key = twoMode ? side : 'row';
    while (free[key] < names.length && names[free[key]] !== undefined) free[key]++;
    return free[key] < names.length ? free[key] : -1;
  };

  const node = (token: DlToken, side: 'row' | 'column'): number | undefined => {
    const names = side === 'row' ? data.rowNames : data.columnNames;
    const size = side === 'row' ? shape.rows : shape.columns;
    if (embedded) {
      const map = side === 'row' ? rowIndex : columnIndex;
      const known = map.get(token.text);
      if (known !== undefined) return known;
      const place = nextFree(names, side);
      if (place < 0) {
        const keyword = twoMode ? (side === 'row' ? 'nr' : 'nc') : 'n';
        report(token.line, 'ucinet.tooManyNames', { label: token.text, count: size + 1, keyword, max: size });
        return undefined;
      }
      names[place] = token;
      map.set(token.text, place);
      return place;
    }
    const n = token.quoted || !/^\d+$/.test(token.text) ? NaN : Number(token.text);
    if (n >= 1 && n <= size) return n - 1;
    const which = twoMode ? (side === 'row' ? 'ucinet.whichRow' : 'ucinet.whichColumn') : 'ucinet.whichActor';
    report(token.line, 'ucinet.nodeNumber', { value: token.text, which: messageRef(which), max: size });
    return undefined;
  };

  let m = 0;
  let extraReported = false;
  for (const line of lines) {
    if (isSeparator(line)) {
      m++;
      if (m >= shape.matrices && !extraReported) {
        report(line.line, 'ucinet.extraMatrix', { nm: shape.matrices });
        extraReported = true;
      }
      continue;
    }
    const cells = data.matrices[m];
    if (cells === undefined) continue;
    const [first, ...rest] = line.tokens;
    if (first === undefined) continue;
    const set = (row: number | undefined, columnToken: DlToken, value: number | undefined) => {
      const column = node(columnToken, 'column');
      if (row === undefined || column === undefined || value === undefined) return;
      const key = row * shape.columns + column;
      const at = `${m}:${key}`;
      const before = given.get(at);
      if (before !== undefined) report(line.line, 'ucinet.repeatedCell', { row: first.text, column: columnToken.text, first: before });
      else {
        given.set(at, line.line);
        cells.set(key, { value, line: line.line });
      }
    };
    if (edges) {
      const [target, weight] = rest;
      if (target === undefined || rest.length > 2) {
        report(line.line, 'ucinet.edgeEntries', { count: line.tokens.length });
        continue;
      }
      set(node(first, 'row'), target, weight === undefined ? 1 : valueOf(weight, shape, report));
    } else {
      const row = node(first, 'row');
      for (const t of rest) set(row, t, 1);
    }
  }
}
