import { encodeText } from '../../text/decode';
import type { FileBytes } from '../files';
import { projectTables, type CellValue, type OutTable } from './table-columns-out';
import type { ProjectData } from '../../model/schema';

/**
 * A project as a set of CSV files (actors.csv, ties.csv, memberships.csv, forums.csv, seats.csv,
 * waves.csv, codebook.csv): UTF-8 with a byte-order mark, so that Excel opens æøå right, quoted
 * as RFC 4180 says (a value with the separator, a quote or a line break is quoted, quotes
 * doubled), lines ended by CRLF. Danish Excel's variant separates by `;` and writes a decimal
 * comma, as the reader (csv-set.ts) reads a `;` file.
 */

export interface CsvStyle {
  danishExcel: boolean;
}

const BOM = '\uFEFF';

export function csvCell(value: CellValue, style: CsvStyle): string {
  const separator = style.danishExcel ? ';' : ',';
  let text: string;
  if (value === null) text = '';
  else if (typeof value === 'number') text = style.danishExcel ? String(value).replace('.', ',') : String(value);
  else if (typeof value === 'boolean') text = value ? 'true' : 'false';
  else text = value;
  return text.includes(separator) || /["\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A table's columns and rows as one CSV text (a project's table, or an analysis table saved from the app). */
export function csvText(table: Pick<OutTable, 'columns' | 'rows'>, style: CsvStyle): string {
  const separator = style.danishExcel ? ';' : ',';
  const lines = [table.columns.map((c) => csvCell(c.name, style)), ...table.rows.map((r) => r.map((v) => csvCell(v, style)))];
  return `${BOM}${lines.map((l) => l.join(separator)).join('\r\n')}\r\n`;
}

/** Every table of the project as a CSV file, named `<table>.csv`. */
export function writeCsvSet(data: ProjectData, style: CsvStyle): FileBytes[] {
  return projectTables(data).map((t) => ({ name: `${t.name}.csv`, bytes: encodeText(csvText(t, style)) }));
}
