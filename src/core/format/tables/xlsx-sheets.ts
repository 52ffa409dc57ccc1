import ExcelJS from 'exceljs';
import { UserError } from '../../errors';
import type { FileBytes } from '../files';
import { isBlankRow, type Sheet, type SheetRow } from './sheet';

type CellValue = ExcelJS.CellValue;

const isoDate = (d: Date): string => {
  // Excel stores a date without a zone; exceljs gives it as UTC midnight, so UTC is the written day
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
};

/** A cell as text, as a CSV export of the workbook would write it; a formula gives its last result. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: CellValue }).result ?? null);
  if ('hyperlink' in value) return cellText(value.text);
  if ('error' in value) return '';
  return '';
}

const PK = [0x50, 0x4b, 0x03, 0x04];

/**
 * Every sheet of a workbook, each row with its row number in the workbook. A file that is not a
 * workbook is refused naming the file, without the zip library's own words.
 */
export async function xlsxSheets(file: FileBytes): Promise<Sheet[]> {
  if (!PK.every((b, i) => file.bytes[i] === b)) throw new UserError('invalid', 'tables.notAWorkbook', { file: file.name });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file.bytes.buffer.slice(file.bytes.byteOffset, file.bytes.byteOffset + file.bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new UserError('invalid', 'tables.unreadableWorkbook', { file: file.name });
  }
  return workbook.worksheets.map((ws) => {
    const rows: SheetRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      const cells: string[] = [];
      // row.values is 1-based with a hole at 0; a merged cell's others repeat nothing, as Excel's own CSV export
      const values = row.values as CellValue[];
      for (let c = 1; c < values.length; c++) cells.push(cellText(values[c] ?? null));
      if (!isBlankRow(cells)) rows.push({ line: n, cells, problems: [] });
    });
    return { file: file.name, sheet: ws.name, rows, decimalComma: false };
  });
}
