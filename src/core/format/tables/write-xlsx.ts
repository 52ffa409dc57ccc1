import ExcelJS from 'exceljs';
import type { AnalysisResult } from '../../analysis/analyze';
import { catalogues, type Language } from '../../i18n/catalogue';
import type { ProjectData } from '../../model/schema';
import { analysisTables } from './analysis-tables-out';
import { projectTables, type CellValue, type OutColumn } from './table-columns-out';

/**
 * A project as one workbook: a sheet per table, with the CSV set's columns (table-columns-out.ts)
 * and typed cells (numbers as numbers, booleans as booleans, dates as dates), the header row bold
 * and frozen, columns as wide as their values. Sheet names are in the chosen language; the reader
 * knows both languages' names. With an analysis, a sheet of every actor's measures and one of the
 * collaborations between organisations, with their carriers and flags.
 */

export interface XlsxOptions {
  lang: Language;
  analysis?: AnalysisResult | null;
}

const MAX_WIDTH = 60;

const dateOf = (iso: string): Date => {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};

function cellOf(value: CellValue, column: OutColumn): ExcelJS.CellValue {
  if (value === null) return null;
  if (column.type === 'date' && typeof value === 'string') return dateOf(value);
  if (typeof value === 'string' && value === '') return null;
  return value;
}

/** One sheet of typed cells under a bold, frozen header row (a project's table, or an analysis table saved from the app). */
export function addSheet(book: ExcelJS.Workbook, name: string, columns: readonly OutColumn[], rows: readonly CellValue[][]): void {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(columns.map((c) => c.name));
  for (const r of rows) sheet.addRow(r.map((v, i) => cellOf(v, columns[i] ?? { name: '', type: 'text' })));
  sheet.getRow(1).font = { bold: true };
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    const widest = Math.max(c.name.length, ...rows.map((r) => (c.type === 'date' ? 10 : String(r[i] ?? '').split('\n')[0]?.length ?? 0)));
    column.width = Math.min(MAX_WIDTH, Math.max(6, widest + 2));
    if (c.type === 'date') column.numFmt = 'yyyy-mm-dd';
    else if (c.numFmt !== undefined) column.numFmt = c.numFmt;
  });
}

export async function writeXlsx(data: ProjectData, opts: XlsxOptions): Promise<Uint8Array> {
  const words = catalogues[opts.lang].tablesWrite;
  const book = new ExcelJS.Workbook();
  book.creator = 'Brobygger';
  for (const t of projectTables(data)) addSheet(book, words.sheets[t.name], t.columns, t.rows);
  if (opts.analysis) {
    const { measures, collaborations } = analysisTables(data, opts.analysis, opts.lang);
    addSheet(book, words.sheets.measures, measures.columns, measures.rows);
    addSheet(book, words.sheets.collaborations, collaborations.columns, collaborations.rows);
  }
  const buffer: ArrayBuffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
