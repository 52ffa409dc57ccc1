import { TABLE_KINDS, type ImportMapping, type TableKind, type TableMapping } from '../../../../core/format/tables/mapping';
import type { SheetPreview } from '../../../../core/format/tables/preview';

/**
 * The wizard's edits of an import mapping, as pure functions: which sheet is which table, the
 * header row, which column fills which field, and which written value means which of the model's.
 * Each returns a new mapping; the wizard sends it with the next preview or check.
 */

const tableOf = (mapping: ImportMapping, table: TableKind): TableMapping | undefined => mapping.tables[table];

const withTable = (mapping: ImportMapping, table: TableKind, next: TableMapping | undefined): ImportMapping => {
  const tables: ImportMapping['tables'] = Object.fromEntries(Object.entries(mapping.tables).filter(([k]) => k !== table));
  if (next) tables[table] = next;
  return { ...mapping, tables };
};

/** The table a sheet is read as under this mapping; null when it is not imported. */
export function tableOfSheet(mapping: ImportMapping, source: string): TableKind | null {
  return TABLE_KINDS.find((t) => tableOf(mapping, t)?.source === source) ?? null;
}

/**
 * Reads a sheet as a table (or as none). A table has one sheet, so a sheet that was that
 * table before is no longer imported; the sheet's header row and column choices go with it.
 */
export function assignSheet(mapping: ImportMapping, sheet: SheetPreview, table: TableKind | null): ImportMapping {
  const before = tableOfSheet(mapping, sheet.source);
  let next = mapping;
  const kept = before ? tableOf(mapping, before) : undefined;
  if (before) next = withTable(next, before, undefined);
  if (!table) return next;
  const base: TableMapping = kept
    ? { ...kept, columns: before === table ? kept.columns : {}, values: before === table ? kept.values : {} }
    : { source: sheet.source, headerRow: sheet.headerRow, columns: {}, values: {} };
  return withTable(next, table, { ...base, source: sheet.source });
}

export function setHeaderRow(mapping: ImportMapping, table: TableKind, headerRow: number): ImportMapping {
  const current = tableOf(mapping, table);
  if (!current || !Number.isInteger(headerRow) || headerRow < 1) return mapping;
  // other column names are on another row: the choices made by name no longer hold
  return withTable(mapping, table, { ...current, headerRow, columns: {} });
}

/** The field a column fills under this mapping; null: it becomes a custom attribute. */
export function fieldOfColumn(mapping: ImportMapping, table: TableKind, column: string): string | null {
  const columns = tableOf(mapping, table)?.columns ?? {};
  return Object.entries(columns).find(([, c]) => c === column)?.[0] ?? null;
}

/** A column fills a field (null: none, so it becomes a custom attribute); a field is filled by one column. */
export function setColumn(mapping: ImportMapping, table: TableKind, column: string, field: string | null): ImportMapping {
  const current = tableOf(mapping, table);
  if (!current) return mapping;
  const columns = Object.fromEntries(Object.entries(current.columns).filter(([f, c]) => c !== column && f !== field));
  if (field) columns[field] = column;
  return withTable(mapping, table, { ...current, columns });
}

/** A value written in a coded field means this model value; null takes the choice back (the reader's own match). */
export function setValue(mapping: ImportMapping, table: TableKind, field: string, written: string, value: string | null): ImportMapping {
  const current = tableOf(mapping, table);
  if (!current) return mapping;
  const forField = Object.fromEntries(Object.entries(current.values[field] ?? {}).filter(([w]) => w !== written));
  if (value !== null) forField[written] = value;
  const values = Object.fromEntries(Object.entries(current.values).filter(([f]) => f !== field));
  if (Object.keys(forField).length) values[field] = forField;
  return withTable(mapping, table, { ...current, values });
}

/** The tables the mapping imports, in the order the model builds them. */
export const importedTables = (mapping: ImportMapping): TableKind[] => TABLE_KINDS.filter((t) => tableOf(mapping, t) !== undefined);
