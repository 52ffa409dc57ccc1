import type { MessageKey } from '../../i18n/catalogue';

/**
 * A table as a file of field data holds it, before any column means anything: a CSV file, or one
 * sheet of a workbook. Cells are text, as the readers of the model's fields take them; XLSX's
 * typed cells are written out the way a CSV export of them would be (numbers with a dot, dates
 * as ISO 8601, booleans as TRUE/FALSE), so one decoder reads both.
 */
export interface SheetRow {
  /** the line (CSV) or row (XLSX) of the file the row starts on, from 1 */
  line: number;
  cells: string[];
  /** what went wrong in reading the row itself (an unclosed quote) */
  problems: MessageKey[];
}

export interface Sheet {
  /** the file the sheet was read from */
  file: string;
  /** the sheet's name in a workbook; absent for a CSV file */
  sheet?: string;
  /** the rows that hold anything, in the file's order */
  rows: SheetRow[];
  /** numbers may be written with a decimal comma (CSV separated by `;`, as Danish Excel writes it) */
  decimalComma: boolean;
}

/** How a sheet is named to the user and in a mapping: the sheet's name in a workbook, else the file's. */
export const sourceOf = (sheet: Sheet): string => sheet.sheet ?? sheet.file.replace(/^.*[\\/]/, '');

export const isBlankRow = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');
