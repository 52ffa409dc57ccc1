import ExcelJS from 'exceljs';
import type { Language } from '../i18n/catalogue';
import { encodeText } from '../text/decode';
import type { OutColumn } from '../format/tables/table-columns-out';
import { csvText } from '../format/tables/write-csv';
import { addSheet } from '../format/tables/write-xlsx';
import type { ExportColumn, ExportTable, TableFileFormat } from './table';

/**
 * An analysis table saved as a file, by the project's own CSV and XLSX writers
 * (src/core/format/tables). CSV follows the reader's language as Excel there opens it: Danish
 * separates by `;` with a decimal comma, English by `,` with a point; UTF-8 with a byte-order
 * mark, so æøå open right. Every number is written whole, a share as its fraction (0.455), so
 * R or Python reads the same values. A workbook keeps the cells typed (numbers as numbers, yes/no
 * as booleans) and shows them as the app does: a measure to its decimals, a share as a percentage.
 */

export function tableCsv(table: ExportTable, lang: Language): Uint8Array {
  return encodeText(csvText({ columns: table.columns.map(outColumn), rows: table.rows }, { danishExcel: lang === 'da' }));
}

export async function tableXlsx(table: ExportTable): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Brobygger';
  addSheet(book, sheetName(table.title), table.columns.map(outColumn), table.rows);
  const buffer: ArrayBuffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

export function tableFile(table: ExportTable, format: TableFileFormat, lang: Language): Promise<Uint8Array> {
  return format === 'csv' ? Promise.resolve(tableCsv(table, lang)) : tableXlsx(table);
}

function outColumn(c: ExportColumn): OutColumn {
  if (c.type === 'text' || c.type === 'boolean') return { name: c.name, type: c.type };
  if (c.type === 'share') return { name: c.name, type: 'number', numFmt: '0.0%' };
  return c.digits === undefined ? { name: c.name, type: 'number' } : { name: c.name, type: 'number', numFmt: c.digits > 0 ? `0.${'0'.repeat(c.digits)}` : '0' };
}

/** Excel's rules for a sheet's name: at most 31 characters, none of : \ / ? * [ ], not blank. */
export function sheetName(title: string): string {
  const name = title.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '');
  return Array.from(name).slice(0, 31).join('').trim() || 'Brobygger';
}
