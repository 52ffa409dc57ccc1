import type { FormatId } from '../files';
import type { ImportMapping, TableKind } from './mapping';

/**
 * What the import wizard shows of a file of tables (a CSV set or file, an XLSX workbook) before
 * anything is read into the model: each sheet's first rows, the mapping it suggests (or the one
 * it was given), and the distinct values written in each coded column, so that the user can map
 * "Frivillig" to volunteer before the import is checked.
 */

export interface SheetPreview {
  /** the file's name (CSV) or the sheet's (XLSX) */
  source: string;
  /** the table it is read as, as the mapping says; null: not imported */
  table: TableKind | null;
  /** the row the column names are on, from 1 */
  headerRow: number;
  headers: string[];
  /** the first rows below the header, each cell as text */
  rows: string[][];
  /** how many rows below the header hold anything */
  rowCount: number;
}

/** One value as the file writes it in a coded column, and what it is mapped to. */
export interface ValueChoice {
  written: string;
  /** how many rows write it */
  count: number;
  /** the model's value it becomes (a kind, a code key, a role), or null: a code the codebook lacks, added or refused as the mapping says */
  mapped: string | null;
}

export interface ImportPreview {
  file: string;
  format: FormatId;
  sheets: SheetPreview[];
  /** the mapping the preview was read with: the one given, or the one suggested from the headers */
  mapping: ImportMapping;
  /** per table and coded field (kind, sector, type, role, formality, governance, …), its distinct written values */
  values: Partial<Record<TableKind, Record<string, ValueChoice[]>>>;
  /** per table, the model fields a column can fill, in the order the wizard lists them */
  fields: Partial<Record<TableKind, string[]>>;
}
