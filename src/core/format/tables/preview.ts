import type { FileBytes, FormatId } from '../files';
import { defaultCodebooks } from '../../model/defaults';
import { readActivityKind, readFrequency, readKind } from '../field-common';
import { mappedValue } from './decode-tables';
import type { ImportMapping, TableKind } from './mapping';
import { sheetsOf } from './read-tables';
import { sourceOf, type Sheet } from './sheet';
import { COLUMNS_OF, suggestMapping } from './suggest';

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

const PREVIEW_ROWS = 20;

/** The coded fields of each table: their values are shown for mapping, with what each becomes. */
const CODED: Partial<Record<TableKind, readonly string[]>> = {
  actors: ['kind', 'sector'],
  ties: ['type', 'formality', 'governance'],
  memberships: ['role'],
  forums: ['kind'],
  seats: ['role'],
  activities: ['kind', 'targetGroup', 'frequency'],
  roster: ['role', 'sector'],
  nominations: ['type'],
};

const SEAT_ROLE_WORDS: Readonly<Record<string, string>> = { formand: 'chair', tovholder: 'coordinator', koordinator: 'coordinator', medlem: 'member', sekretær: 'secretary', referent: 'secretary' };

/** What a written value becomes without a mapping of it: a code key, a kind, or null if unknown. */
function modelValue(table: TableKind, field: string, written: string): string | null {
  const books = defaultCodebooks();
  const wanted = written.trim().toLocaleLowerCase('da');
  const find = (list: ReadonlyArray<{ key: string; label: { da: string; en: string } }>) =>
    list.find((e) => [e.key, e.label.da, e.label.en].some((t) => t.toLocaleLowerCase('da') === wanted))?.key ?? null;
  if (table === 'forums' && field === 'kind') return find(books.forumKinds);
  if (table === 'activities') {
    if (field === 'targetGroup') return find(books.targetGroups);
    const word = field === 'kind' ? readActivityKind(written) : readFrequency(written);
    const known: readonly string[] = field === 'kind' ? ['authority', 'offer', 'activity'] : ['once', 'weekly', 'monthly', 'ongoing'];
    return known.includes(word) ? word : null;
  }
  if (table === 'seats' && field === 'role')
    return ['chair', 'coordinator', 'member', 'secretary'].includes(wanted) ? wanted : (Object.hasOwn(SEAT_ROLE_WORDS, wanted) ? SEAT_ROLE_WORDS[wanted] : undefined) ?? null;
  switch (field) {
    case 'sector':
      return find(books.sectors);
    case 'type':
      return find(books.tieTypes);
    case 'role':
      return find(books.roles);
    case 'kind': {
      const kind = readKind(written);
      return ['person', 'organisation', 'department'].includes(kind) ? kind : null;
    }
    default:
      return null;
  }
}

const sheetRows = (sheet: Sheet, headerRow: number) => {
  const at = sheet.rows.findIndex((r) => r.line >= headerRow);
  return at < 0 ? { headers: [], rows: [] } : { headers: sheet.rows[at]?.cells ?? [], rows: sheet.rows.slice(at + 1).map((r) => r.cells) };
};

/**
 * What the import wizard shows of a file of tables before it is read: each sheet's first rows,
 * the mapping (given, or suggested), the distinct values of each coded column, and the fields
 * each table's columns can fill.
 */
export async function previewTables(files: readonly FileBytes[], format: 'csv' | 'xlsx', mapping?: ImportMapping): Promise<ImportPreview> {
  const sheets = await sheetsOf(files, format);
  const chosen = mapping ?? suggestMapping(sheets);
  const kindOf = (sheet: Sheet): TableKind | null =>
    (Object.entries(chosen.tables).find(([, t]) => t.source.toLocaleLowerCase('da') === sourceOf(sheet).toLocaleLowerCase('da'))?.[0] as TableKind | undefined) ?? null;
  const values: ImportPreview['values'] = {};
  const previews = sheets.map((sheet): SheetPreview => {
    const table = kindOf(sheet);
    const headerRow = table ? (chosen.tables[table]?.headerRow ?? 1) : 1;
    const { headers, rows } = sheetRows(sheet, headerRow);
    if (table) {
      const t = chosen.tables[table];
      const perField: Record<string, ValueChoice[]> = {};
      for (const field of CODED[table] ?? []) {
        const column = t?.columns[field];
        const index = column === undefined ? -1 : headers.findIndex((h) => h.trim().toLocaleLowerCase('da') === column.trim().toLocaleLowerCase('da'));
        if (index < 0) continue;
        const counts = new Map<string, number>();
        for (const r of rows) {
          const written = (r[index] ?? '').trim();
          if (written !== '') counts.set(written, (counts.get(written) ?? 0) + 1);
        }
        perField[field] = [...counts].map(([written, count]) => {
          const mapped = mappedValue(t?.values[field], written);
          return { written, count, mapped: mapped !== written ? mapped : modelValue(table, field, written) };
        });
      }
      values[table] = perField;
    }
    return { source: sourceOf(sheet), table, headerRow, headers, rows: rows.slice(0, PREVIEW_ROWS), rowCount: rows.length };
  });
  const fields: ImportPreview['fields'] = {};
  for (const [kind, columns] of Object.entries(COLUMNS_OF)) fields[kind as TableKind] = columns.map((c) => c.field);
  return { file: files.map((f) => f.name).join(', '), format, sheets: previews, mapping: chosen, values, fields };
}
