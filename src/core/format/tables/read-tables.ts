import { UserError } from '../../errors';
import type { ProjectData } from '../../model/schema';
import type { FileBytes } from '../files';
import { csvSheet } from './csv-sheets';
import { decodeSheetSet, type SheetSet } from './decode-tables';
import type { ImportMapping, TableKind } from './mapping';
import { sourceOf, type Sheet } from './sheet';
import { suggestMapping } from './suggest';
import { xlsxSheets } from './xlsx-sheets';

/** Every sheet of the files: one per CSV file, one per sheet of each workbook. */
export async function sheetsOf(files: readonly FileBytes[], format: 'csv' | 'xlsx'): Promise<Sheet[]> {
  if (format === 'csv') return files.map(csvSheet);
  return (await Promise.all(files.map(xlsxSheets))).flat();
}

/** The sheet a table is read from, as the mapping names it; a name that is not there is refused. */
function sheetFor(sheets: readonly Sheet[], mapping: ImportMapping, kind: TableKind, label: string): Sheet | undefined {
  const source = mapping.tables[kind]?.source;
  if (source === undefined) return undefined;
  const wanted = source.trim().toLocaleLowerCase('da');
  const found = sheets.find((s) => sourceOf(s).toLocaleLowerCase('da') === wanted || s.file.toLocaleLowerCase('da') === wanted);
  if (!found)
    throw new UserError('invalid', 'tables.unknownSheet', { source, found: sheets.map(sourceOf).join(', ') || '–', file: label });
  return found;
}

/**
 * The project in a file of tables, read through the mapping given, else the one suggested from
 * the sheets' names and headers. A single sheet with from/to columns is an edge list; one
 * with only actors is a node list.
 */
export async function readTables(files: readonly FileBytes[], format: 'csv' | 'xlsx', mapping?: ImportMapping): Promise<ProjectData> {
  const sheets = await sheetsOf(files, format);
  const label = files.map((f) => f.name).join(', ');
  const chosen = mapping ?? suggestMapping(sheets);
  const actors = sheetFor(sheets, chosen, 'actors', label);
  const ties = sheetFor(sheets, chosen, 'ties', label);
  if (!actors && !ties) throw new UserError('invalid', 'tables.noTables', { file: label });
  const set: SheetSet = { mapping: chosen };
  for (const kind of ['actors', 'ties', 'memberships', 'forums', 'seats', 'waves', 'codebook', 'activities'] as const) {
    const sheet = kind === 'actors' ? actors : kind === 'ties' ? ties : sheetFor(sheets, chosen, kind, label);
    if (sheet) set[kind] = sheet;
  }
  return decodeSheetSet(set);
}
