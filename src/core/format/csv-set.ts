import type { ProjectData } from '../model/schema';
import { csvTextSheet } from './tables/csv-sheets';
import { decodeSheetSet } from './tables/decode-tables';

/**
 * A network as a folder of CSV files (`actors.csv`, and optionally `ties.csv` and
 * `memberships.csv`), read through the same decoder as every table (tables/decode-tables.ts).
 */
export interface CsvFile {
  name: string;
  text: string;
}
export interface CsvSet {
  actors: CsvFile;
  ties?: CsvFile;
  memberships?: CsvFile;
}

export function decodeCsvSet(files: CsvSet): ProjectData {
  return decodeSheetSet({
    actors: csvTextSheet(files.actors.name, files.actors.text),
    ...(files.ties ? { ties: csvTextSheet(files.ties.name, files.ties.text) } : {}),
    ...(files.memberships ? { memberships: csvTextSheet(files.memberships.name, files.memberships.text) } : {}),
  });
}
