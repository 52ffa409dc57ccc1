import { describe, expect, it } from 'vitest';
import { IMPORT_MAPPING_FORMAT, type ImportMapping } from '../../src/core/format/tables/mapping';
import type { SheetPreview } from '../../src/core/format/tables/preview';
import {
  assignSheet,
  fieldOfColumn,
  importedTables,
  setColumn,
  setHeaderRow,
  setValue,
  tableOfSheet,
} from '../../src/renderer/src/features/exchange/wizard-mapping';

const empty: ImportMapping = { format: IMPORT_MAPPING_FORMAT, version: 1, tables: {}, unknownCodes: 'add' };
const sheet = (source: string, headerRow = 1): SheetPreview => ({ source, table: null, headerRow, headers: ['Navn', 'Sektor'], rows: [], rowCount: 0 });

describe("the import wizard's mapping edits", () => {
  it('reads a sheet as a table with the header row the preview found', () => {
    const m = assignSheet(empty, sheet('Aktører', 2), 'actors');
    expect(m.tables.actors).toEqual({ source: 'Aktører', headerRow: 2, columns: {}, values: {} });
    expect(tableOfSheet(m, 'Aktører')).toBe('actors');
    expect(importedTables(m)).toEqual(['actors']);
  });

  it('gives a table to one sheet only: the sheet that had it is no longer imported', () => {
    const m = assignSheet(assignSheet(empty, sheet('Ark1'), 'actors'), sheet('Ark2'), 'actors');
    expect(m.tables.actors?.source).toBe('Ark2');
    expect(tableOfSheet(m, 'Ark1')).toBeNull();
  });

  it('moves a sheet to another table without its old column choices, and takes it out when asked', () => {
    let m = setColumn(assignSheet(empty, sheet('Ark1'), 'actors'), 'actors', 'Navn', 'label');
    m = assignSheet(m, sheet('Ark1'), 'ties');
    expect(m.tables.actors).toBeUndefined();
    expect(m.tables.ties?.columns).toEqual({});
    expect(assignSheet(m, sheet('Ark1'), null).tables).toEqual({});
  });

  it('lets a column fill one field and a field be filled by one column', () => {
    let m = assignSheet(empty, sheet('Ark1'), 'actors');
    m = setColumn(m, 'actors', 'Navn', 'label');
    expect(fieldOfColumn(m, 'actors', 'Navn')).toBe('label');
    m = setColumn(m, 'actors', 'Sektor', 'label');
    expect(fieldOfColumn(m, 'actors', 'Navn')).toBeNull();
    expect(m.tables.actors?.columns).toEqual({ label: 'Sektor' });
    m = setColumn(m, 'actors', 'Sektor', null);
    expect(m.tables.actors?.columns).toEqual({});
  });

  it('forgets the column choices when the column names are on another row', () => {
    const m = setColumn(assignSheet(empty, sheet('Ark1'), 'actors'), 'actors', 'Navn', 'label');
    expect(setHeaderRow(m, 'actors', 3).tables.actors).toMatchObject({ headerRow: 3, columns: {} });
    expect(setHeaderRow(m, 'actors', 0)).toBe(m);
  });

  it('maps a written value to a model value and takes the choice back', () => {
    let m = assignSheet(empty, sheet('Ark1'), 'actors');
    m = setValue(m, 'actors', 'sector', 'Frivillig', 'civil');
    expect(m.tables.actors?.values).toEqual({ sector: { Frivillig: 'civil' } });
    m = setValue(m, 'actors', 'sector', 'Frivillig', null);
    expect(m.tables.actors?.values).toEqual({});
  });
});
