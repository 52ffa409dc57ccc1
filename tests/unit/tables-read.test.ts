import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CODECS } from '../../src/core/format/registry';
import type { FileBytes } from '../../src/core/format/files';
import { IMPORT_MAPPING_FORMAT, type ImportMapping } from '../../src/core/format/tables/mapping';
import { previewTables } from '../../src/core/format/tables/preview';
import { readTables } from '../../src/core/format/tables/read-tables';
import { xlsxSheets } from '../../src/core/format/tables/xlsx-sheets';
import { rejected, worded } from '../helpers/refused';

const FIXTURE = join(import.meta.dirname, '../fixtures/tables/feltdata.xlsx');
const workbook = (): FileBytes => ({ name: 'feltdata.xlsx', bytes: new Uint8Array(readFileSync(FIXTURE)) });
const csv = (name: string, text: string): FileBytes => ({ name, bytes: new TextEncoder().encode(text) });

async function xlsx(build: (wb: ExcelJS.Workbook) => void, name = 'data.xlsx'): Promise<FileBytes> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return { name, bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
}

const mapping = (tables: ImportMapping['tables'], unknownCodes: ImportMapping['unknownCodes'] = 'add'): ImportMapping => ({
  format: IMPORT_MAPPING_FORMAT,
  version: 1,
  tables,
  unknownCodes,
});

describe('reading a workbook written by another program', () => {
  it('reads every sheet with typed cells as text: numbers, dates, and Danish letters', async () => {
    const sheets = await xlsxSheets(workbook());
    expect(sheets.map((s) => s.sheet)).toEqual(['Aktører', 'Relationer']);
    const [actors] = sheets;
    expect(actors?.rows[0]?.cells).toEqual(['Feltdata fra Bro Kommune, 2024']);
    expect(actors?.rows[2]?.line).toBe(3);
    expect(actors?.rows[2]?.cells.slice(0, 6)).toEqual(['p-1', 'Åse Ørsted', 'person', 'Kommune', '3', '2024-03-05']);
    expect(actors?.rows[3]?.cells[4]).toBe('2.5');
  });

  it('reads the project by suggestion, with the header on row 2 and an unknown sector added to the codebook', async () => {
    const data = await CODECS.xlsx.read?.([workbook()], {});
    expect(data?.actors.map((a) => [a.id, a.label, a.kind, a.sector, a.influence])).toEqual([
      ['p-1', 'Åse Ørsted', 'person', 'municipality', 3],
      ['p-2', 'Bjørn Æbelø', 'person', 'frivillig', 2.5],
      ['org-1', 'Frivilligcenter Bro', 'organisation', 'civil_society', 4],
    ]);
    expect(data?.codebooks.sectors.find((s) => s.key === 'frivillig')?.label).toEqual({ da: 'Frivillig', en: 'Frivillig' });
    expect(data?.actors[0]?.attributes).toMatchObject({ startdato: '2024-03-05', 'alder i alt': 40 });
    // openpyxl stores a formula without its result (no program computed it): read as an empty cell
    expect(data?.actors[2]?.attributes['alder i alt']).toBeNull();
    expect(data?.ties.map((t) => [t.source, t.target, t.type, t.strength])).toEqual([
      ['p-1', 'p-2', 'collaboration', 3],
      ['p-2', 'org-1', 'advice', 2],
    ]);
  });

  it('gives a formula cell its cached result and flattens rich text', async () => {
    const file = await xlsx((wb) => {
      const ws = wb.addWorksheet('actors');
      ws.addRow(['id', 'label', 'score']);
      ws.addRow(['a', { richText: [{ text: 'Rød ' }, { text: 'Kors', font: { bold: true } }] }, { formula: '1+1', result: 2 }]);
    });
    const data = await readTables([file], 'xlsx');
    expect(data.actors[0]).toMatchObject({ label: 'Rød Kors', attributes: { score: 2 } });
  });

  it('maps a sector written as "Frivillig" to a code through the mapping', async () => {
    const m = mapping({
      actors: { source: 'Aktører', headerRow: 2, columns: {}, values: { sector: { Frivillig: 'civil_society' } } },
      ties: { source: 'Relationer', headerRow: 1, columns: {}, values: {} },
    });
    const data = await CODECS.xlsx.read?.([workbook()], { mapping: m });
    expect(data?.actors[1]?.sector).toBe('civil_society');
    expect(data?.codebooks.sectors.some((s) => s.key === 'frivillig')).toBe(false);
  });

  it('reads columns the mapping names, whatever the headers say', async () => {
    const file = csv('people.csv', 'nr;fulde navn;gruppe\n1;Åse;Kommune\n2;Bo;Erhverv\n');
    const m = mapping({ actors: { source: 'people.csv', headerRow: 1, columns: { id: 'nr', label: 'fulde navn', sector: 'gruppe' }, values: {} } });
    const data = await CODECS.csv.read?.([file], { mapping: m });
    expect(data?.actors.map((a) => [a.id, a.label, a.sector])).toEqual([
      ['1', 'Åse', 'municipality'],
      ['2', 'Bo', 'business'],
    ]);
  });
});

describe('reading a single CSV file', () => {
  it('reads an edge list as ties between actors named by its two columns', async () => {
    const data = await CODECS.csv.read?.([csv('netværk.csv', 'fra;til;styrke\nRøde Kors;Jobcenter;2,5\nJobcenter;Sprogskolen;1\n')], {});
    expect(data?.actors.map((a) => [a.id, a.label, a.kind])).toEqual([
      ['Røde Kors', 'Røde Kors', 'organisation'],
      ['Jobcenter', 'Jobcenter', 'organisation'],
      ['Sprogskolen', 'Sprogskolen', 'organisation'],
    ]);
    expect(data?.ties.map((t) => [t.source, t.target, t.strength])).toEqual([
      ['Røde Kors', 'Jobcenter', 2.5],
      ['Jobcenter', 'Sprogskolen', 1],
    ]);
  });

  it('reads a node list as actors only', async () => {
    const data = await CODECS.csv.read?.([csv('deltagere.csv', 'id\tnavn\tsektor\na\tAnne\tKommune\n')], {});
    expect(data?.actors.map((a) => [a.id, a.label, a.sector])).toEqual([['a', 'Anne', 'municipality']]);
    expect(data?.ties).toEqual([]);
  });

  it('reads a folder whose files are named in Danish', async () => {
    const data = await CODECS.csv.read?.([csv('d/aktører.csv', 'id,navn\na,A\nb,B\n'), csv('d/relationer.csv', 'fra,til\na,b\n')], {});
    expect(data?.ties).toHaveLength(1);
  });

  it('reads UTF-16 text with a byte-order mark', async () => {
    const text = '\uFEFFid,navn\nø,Øster\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[2 * i] = text.charCodeAt(i) & 0xff;
      bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    const data = await CODECS.csv.read?.([{ name: 'actors.csv', bytes: new Uint8Array([0xff, 0xfe, ...bytes.slice(2)]) }], {});
    expect(data?.actors[0]?.label).toBe('Øster');
  });
});

describe('refusing bad tables, naming file, sheet, row and column', () => {
  it('refuses a file that is not a workbook with a message naming it', async () => {
    const e = await rejected(() => readTables([csv('ikke.xlsx', 'id,label\n')], 'xlsx'));
    expect(e.key).toBe('tables.notAWorkbook');
    expect(e.message).toContain('ikke.xlsx');
    expect(e.message).not.toMatch(/zip|stack|at \w+ \(/i);
  });

  it('refuses a damaged workbook without the zip library\'s words', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    const e = await rejected(() => readTables([{ name: 'skadet.xlsx', bytes }], 'xlsx'));
    expect(e.key).toBe('tables.unreadableWorkbook');
    expect(e.message).toContain('skadet.xlsx');
  });

  it('names the sheet and column of a missing column', async () => {
    const file = await xlsx((wb) => {
      wb.addWorksheet('Aktører').addRow(['id', 'sektor']).commit();
      wb.getWorksheet('Aktører')?.addRow(['a', 'Kommune']);
    });
    const e = await rejected(() => readTables([file], 'xlsx'));
    expect(e.problems[0]?.at).toEqual({ file: 'data.xlsx', sheet: 'Aktører' });
    expect(worded(e.problems)[0]?.message).toMatch(/column "label"\/"navn"\/"name" is missing/);
  });

  it('names a mapped column the sheet does not have', async () => {
    const m = mapping({ actors: { source: 'actors.csv', headerRow: 1, columns: { label: 'Fulde navn' }, values: {} } });
    const e = await rejected(() => readTables([csv('actors.csv', 'id,navn\na,A\n')], 'csv', m));
    expect(e.problems.map((p) => p.key)).toEqual(['tables.mappedColumnMissing']);
  });

  it('names the sheet, row and column of a duplicate id', async () => {
    const file = await xlsx((wb) => {
      const ws = wb.addWorksheet('Aktører');
      ws.addRow(['Titel']);
      ws.addRow(['id', 'navn']);
      ws.addRow(['a', 'A']);
      ws.addRow(['a', 'B']);
    });
    const m = mapping({ actors: { source: 'Aktører', headerRow: 2, columns: {}, values: {} } });
    const e = await rejected(() => readTables([file], 'xlsx', m));
    expect(e.problems.map((p) => [p.key, p.at])).toEqual([
      ['errors.duplicateId', { file: 'data.xlsx', sheet: 'Aktører', row: 4, names: [{ as: 'id', id: 'a' }], column: 'id' }],
    ]);
  });

  it('names the row and column of a tie to an unknown actor', async () => {
    const file = await xlsx((wb) => {
      wb.addWorksheet('Aktører').addRows([['id', 'navn'], ['a', 'A']]);
      wb.addWorksheet('Relationer').addRows([['fra', 'til'], ['a', 'zz']]);
    });
    const e = await rejected(() => readTables([file], 'xlsx'));
    expect(e.problems).toHaveLength(1);
    expect(e.problems[0]?.at).toMatchObject({ file: 'data.xlsx', sheet: 'Relationer', row: 2, column: 'til' });
  });

  it('refuses a code the codebook lacks when the mapping says so', async () => {
    const m = mapping({ actors: { source: 'Aktører', headerRow: 2, columns: {}, values: {} } }, 'refuse');
    const e = await rejected(() => readTables([workbook()], 'xlsx', m));
    expect(e.problems.map((p) => [p.key, p.at])).toEqual([
      ['tables.unknownCode', { file: 'feltdata.xlsx', sheet: 'Aktører', row: 4, names: [{ as: 'id', id: 'p-2' }], column: 'sektor' }],
    ]);
    expect(worded(e.problems)[0]?.message).toContain('"Frivillig" is not in the codebook');
  });

  it('names an empty sheet', async () => {
    const file = await xlsx((wb) => {
      wb.addWorksheet('Aktører');
    });
    const m = mapping({ actors: { source: 'Aktører', headerRow: 1, columns: {}, values: {} } });
    const e = await rejected(() => readTables([file], 'xlsx', m));
    expect(e.problems.map((p) => [p.key, p.at])).toEqual([['tables.emptySheet', { file: 'data.xlsx', sheet: 'Aktører' }]]);
  });

  it('refuses a mapping that names a sheet the workbook does not have', async () => {
    const m = mapping({ actors: { source: 'Personer', headerRow: 1, columns: {}, values: {} } });
    const e = await rejected(() => readTables([workbook()], 'xlsx', m));
    expect(e.key).toBe('tables.unknownSheet');
    expect(e.message).toContain('Aktører, Relationer');
  });
});

describe('previewing tables for the import wizard', () => {
  it('shows each sheet\'s rows, its suggested table and the distinct values of coded columns', async () => {
    const preview = await previewTables([workbook()], 'xlsx');
    expect(preview.sheets.map((s) => [s.source, s.table, s.headerRow, s.rowCount])).toEqual([
      ['Aktører', 'actors', 2, 3],
      ['Relationer', 'ties', 1, 2],
    ]);
    expect(preview.sheets[0]?.headers.slice(0, 4)).toEqual(['id', 'navn', 'type', 'sektor']);
    expect(preview.values.actors?.['sector']).toEqual([
      { written: 'Kommune', count: 1, mapped: 'municipality' },
      { written: 'Frivillig', count: 1, mapped: null },
      { written: 'Civilsamfund', count: 1, mapped: 'civil_society' },
    ]);
    expect(preview.fields.ties).toContain('evidence.quote');
  });

  it('shows what a mapped value becomes', async () => {
    const m = mapping({ actors: { source: 'Aktører', headerRow: 2, columns: { sector: 'sektor' }, values: { sector: { frivillig: 'civil_society' } } } });
    const preview = await previewTables([workbook()], 'xlsx', m);
    expect(preview.values.actors?.['sector']?.[1]).toEqual({ written: 'Frivillig', count: 1, mapped: 'civil_society' });
  });
});
