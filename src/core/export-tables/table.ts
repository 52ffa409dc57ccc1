import * as z from 'zod';
import type { CellValue } from '../format/tables/table-columns-out';

/**
 * An analysis table as it leaves the app: a title, typed columns, and rows of typed cells, the
 * same for the clipboard, a CSV file and a workbook. Built by `tableOf` from what a panel shows
 * (its rows in the order it shows them, all of them, not only the first page), with the headers
 * already worded in the reader's language. A number stays a number here; how it is written (a
 * decimal comma, a percentage) is decided by whoever writes it.
 */

/**
 * - text: a name, a label, a sentence
 * - number: a count or a measure; `digits` says how many decimals a reader needs (the clipboard
 *   rounds to them, a workbook shows them and keeps the full value)
 * - share: a proportion 0–1, shown as a percentage
 * - boolean: yes or no
 */
export const EXPORT_COLUMN_TYPES = ['text', 'number', 'share', 'boolean'] as const;
export type ExportColumnType = (typeof EXPORT_COLUMN_TYPES)[number];

/** The files a table is saved as. */
export const TABLE_FILE_FORMATS = ['csv', 'xlsx'] as const;
export type TableFileFormat = (typeof TABLE_FILE_FORMATS)[number];

export interface ExportColumn {
  name: string;
  type: ExportColumnType;
  digits?: number;
}

export interface ExportTable {
  /** what the table is (its heading in the app); names the sheet of a workbook */
  title: string;
  columns: ExportColumn[];
  /** one cell per column; null where there is no value (a dash in the app, an empty cell outside) */
  rows: CellValue[][];
}

/** How one column of a panel's table is read off a row. */
export interface ColumnSpec<R> {
  name: string;
  type: ExportColumnType;
  digits?: number;
  value: (row: R) => CellValue;
}

export interface TableSpec<R> {
  title: string;
  columns: ReadonlyArray<ColumnSpec<R>>;
}

/**
 * A panel's table as typed rows: each row read column by column. A value that does not fit its
 * column (NaN, an infinity, a number in a text column) is left empty rather than written wrong.
 */
export function tableOf<R>(spec: TableSpec<R>, rows: readonly R[]): ExportTable {
  return {
    title: spec.title,
    columns: spec.columns.map(({ name, type, digits }) => (digits === undefined ? { name, type } : { name, type, digits })),
    rows: rows.map((row) => spec.columns.map((c) => fitted(c.value(row), c.type))),
  };
}

function fitted(value: CellValue, type: ExportColumnType): CellValue {
  if (value === null) return null;
  switch (type) {
    case 'text':
      return typeof value === 'string' ? value : null;
    case 'number':
    case 'share':
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    case 'boolean':
      return typeof value === 'boolean' ? value : null;
  }
}

// ---------------------------------------------------------------------------------------------
// The table as it crosses to the engine, to be saved: parsed, never trusted.

/** Generous bounds: the largest analysis table has a row per actor, and projects stay under 20,000. */
export const MAX_EXPORT_ROWS = 100_000;
export const MAX_EXPORT_COLUMNS = 100;
const MAX_TEXT = 32_767; // what a cell of a workbook holds

const CellSchema = z.union([z.string().max(MAX_TEXT), z.number().refine(Number.isFinite), z.boolean(), z.null()]);

const CELL_TYPE = { text: 'string', number: 'number', share: 'number', boolean: 'boolean' } as const;

export const ExportTableSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(200),
    columns: z
      .array(
        z.strictObject({
          name: z.string().max(300),
          type: z.enum(EXPORT_COLUMN_TYPES),
          digits: z.number().int().min(0).max(10).optional(),
        }),
      )
      .min(1)
      .max(MAX_EXPORT_COLUMNS),
    rows: z.array(z.array(CellSchema).max(MAX_EXPORT_COLUMNS)).max(MAX_EXPORT_ROWS),
  })
  .superRefine((table, ctx) => {
    // every row has a cell for each column, of the column's type: a row that does not fit is
    // named by its place, and nothing is written
    const width = table.columns.length;
    table.rows.forEach((row, r) => {
      if (row.length > width) ctx.addIssue({ code: 'too_big', origin: 'array', maximum: width, inclusive: true, input: row, path: ['rows', r] });
      else if (row.length < width) ctx.addIssue({ code: 'too_small', origin: 'array', minimum: width, inclusive: true, input: row, path: ['rows', r] });
      row.forEach((cell, c) => {
        const column = table.columns[c];
        if (cell === null || column === undefined) return;
        const expected = CELL_TYPE[column.type];
        if (typeof cell !== expected) ctx.addIssue({ code: 'invalid_type', expected, input: cell, path: ['rows', r, c] });
      });
    });
  });


/**
 * The name a saved table is suggested under: the project's name and the table's title, without
 * the characters Windows, macOS or Linux refuse in a file's name.
 */
export function tableFileName(project: string, title: string, format: TableFileFormat): string {
  // eslint-disable-next-line no-control-regex -- control characters are what the file systems refuse
  const clean = (s: string) => s.replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim();
  const name = [clean(project), clean(title)].filter((s) => s !== '').join(' – ');
  return `${Array.from(name || 'Brobygger').slice(0, 120).join('').replace(/[. ]+$/, '')}.${format}`;
}
