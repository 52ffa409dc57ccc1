/**
 * An analysis table saved through the engine (the API's `saveTable`): a workbook that openpyxl
 * reads back with numbers as numbers, yes/no as booleans and æøå intact, a CSV file that Python's
 * csv module reads as Danish or English Excel writes it, and every refusal named, with nothing
 * written.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysisOptions, analyze } from '../../src/core/analysis/analyze';
import { panelTable } from '../../src/core/export-tables/panel-tables';
import type { ExportTable } from '../../src/core/export-tables/table';
import { tableWords } from '../../src/core/export-tables/words';
import { createTranslator, type Language } from '../../src/core/i18n/catalogue';
import { call, failure, setup } from '../helpers/service';
import { tempDir } from '../helpers/temp';

const python = (code: string, ...args: string[]) => execFileSync('/usr/bin/python3', ['-c', code, ...args], { encoding: 'utf8' });

/** The sample's key persons as the dependency panel hands them over, worded in one language. */
async function keyPersons(lang: Language) {
  const s = setup();
  const service = s.start();
  const project = await call(service, 'openSample', {});
  await call(service, 'setLanguage', { lang });
  const data = project.data;
  const result = analyze(data, analysisOptions(data.settings.analysis, { permutations: 0 }));
  const table = panelTable({ table: 'keyPersons', rows: result.keyPersons }, tableWords(data, createTranslator(lang)));
  return { service, table, result, data };
}

const OPENPYXL = `import json,sys
from openpyxl import load_workbook
book = load_workbook(sys.argv[1])
sheet = book.worksheets[0]
rows = [[c.value for c in r] for r in sheet.iter_rows()]
types = [[type(c.value).__name__ for c in r] for r in sheet.iter_rows(min_row=2)]
formats = [sheet.cell(row=2, column=i + 1).number_format for i in range(sheet.max_column)]
print(json.dumps({'sheets': book.sheetnames, 'rows': rows, 'types': types, 'formats': formats, 'frozen': sheet.freeze_panes, 'bold': sheet.cell(row=1, column=1).font.b}, ensure_ascii=False))`;

interface ReadBook {
  sheets: string[];
  rows: unknown[][];
  types: string[][];
  formats: string[];
  frozen: string | null;
  bold: boolean;
}

describe('a table saved as XLSX', () => {
  it('reads back in openpyxl with its header row, numbers as numbers, booleans as booleans and æøå', async () => {
    const { service, table, result, data } = await keyPersons('da');
    const dir = tempDir();
    const saved = await call(service, 'saveTable', { path: join(dir, 'nøglepersoner'), format: 'xlsx', table });
    expect(saved.path).toBe(join(dir, 'nøglepersoner.xlsx'));
    const book = JSON.parse(python(OPENPYXL, saved.path)) as ReadBook;
    expect(book.sheets).toEqual(['Nøglepersoner']);
    expect(book.rows[0]).toEqual(['Person', 'Samarbejder, der mistes', 'Par på tværs, der ikke længere kan nå hinanden', 'Sandsynlighed for at stoppe inden for et år', 'Skilleled']);
    const label = new Map(data.actors.map((a) => [a.id as string, a.label]));
    expect(book.rows.slice(1)).toEqual(result.keyPersons.map((k) => [label.get(k.person), k.collaborationsLost.length, k.crossSectorReachLost, k.turnover, k.articulationPoint]));
    expect(book.rows.slice(1).some((r) => /[æøåÆØÅ]/.test(String(r[0])))).toBe(true);
    for (const types of book.types) {
      expect(types[0]).toBe('str');
      expect(['int', 'float']).toContain(types[1]);
      expect(['int', 'float']).toContain(types[3]);
      expect(types[4]).toBe('bool');
    }
    expect(book.formats[3], 'a share shows as a percentage').toBe('0.0%');
    expect(book.frozen).toBe('A2');
    expect(book.bold).toBe(true);
  });

  it('shows a measure to the decimals the panel shows it with, and keeps its whole value', async () => {
    const { service, data } = await keyPersons('en');
    const result = analyze(data, analysisOptions(data.settings.analysis, { permutations: 0 }));
    const table = panelTable({ table: 'bondingActors', rows: result.actors, extra: { groups: result.bondingBridging.groups } }, tableWords(data, createTranslator('en')));
    const saved = await call(service, 'saveTable', { path: join(tempDir(), 'actors.xlsx'), format: 'xlsx', table });
    const book = JSON.parse(python(OPENPYXL, saved.path)) as ReadBook;
    expect(book.sheets).toEqual(['The actors']);
    const betweenness = book.rows[0]!.indexOf('Betweenness');
    expect(book.formats[betweenness]).toBe('0.00');
    expect(book.rows.slice(1).map((r) => r[betweenness])).toEqual(result.actors.map((a) => a.betweenness));
  });
});

describe('a table saved as CSV', () => {
  const read = (path: string, delimiter: string) =>
    JSON.parse(python(`import csv,sys,json\nprint(json.dumps(list(csv.reader(open(sys.argv[1],encoding='utf-8-sig',newline=''),delimiter=sys.argv[2])),ensure_ascii=False))`, path, delimiter)) as string[][];

  it('in Danish is separated by ; with a decimal comma and a byte-order mark, as Danish Excel opens it', async () => {
    const { service, table, result } = await keyPersons('da');
    const saved = await call(service, 'saveTable', { path: join(tempDir(), 'nøglepersoner.csv'), format: 'csv', table });
    const bytes = readFileSync(saved.path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = read(saved.path, ';');
    expect(rows[0]).toEqual(table.columns.map((c) => c.name));
    expect(rows.slice(1).map((r) => r[3])).toEqual(result.keyPersons.map((k) => String(k.turnover).replace('.', ',')));
    expect(rows.slice(1).map((r) => r[4])).toEqual(result.keyPersons.map((k) => String(k.articulationPoint)));
  });

  it('in English is separated by commas with a decimal point', async () => {
    const { service, table, result } = await keyPersons('en');
    const saved = await call(service, 'saveTable', { path: join(tempDir(), 'key.csv'), format: 'csv', table });
    const rows = read(saved.path, ',');
    expect(rows[0]?.[0]).toBe('Person');
    expect(rows.slice(1).map((r) => Number(r[3]))).toEqual(result.keyPersons.map((k) => k.turnover));
  });
});

describe('saving a table is refused, with nothing written,', () => {
  const table: ExportTable = { title: 'Fund', columns: [{ name: 'Fund', type: 'text' }], rows: [['Søren Ærø er en bro']] };

  it('where a file of that name is already there (the path prompt never replaces a file)', async () => {
    const service = setup().start();
    const path = join(tempDir(), 'fund.csv');
    writeFileSync(path, 'mine');
    const error = await failure(service, 'saveTable', { path, format: 'csv', table });
    expect(error.key).toBe('errors.exists');
    expect(readFileSync(path, 'utf8')).toBe('mine');
    // a native dialog has asked already
    await call(service, 'saveTable', { path, format: 'csv', table, overwrite: true });
    expect(readFileSync(path, 'utf8')).toContain('Søren Ærø');
  });

  it('where the folder is missing, naming it', async () => {
    const service = setup().start();
    const folder = join(tempDir(), 'findes-ikke');
    const error = await failure(service, 'saveTable', { path: join(folder, 'fund.xlsx'), format: 'xlsx', table });
    expect(error.key).toBe('errors.folderMissing');
    expect(error.message).toContain(folder);
    expect(existsSync(folder)).toBe(false);
  });

  it('where a row does not fit the columns, naming the row', async () => {
    const service = setup().start();
    const path = join(tempDir(), 'fund.csv');
    const error = await failure(service, 'saveTable', { path, format: 'csv', table: { ...table, rows: [['ok'], [12]] } });
    expect(error.code).toBe('invalid');
    expect(error.problems.map((p) => p.path)).toEqual([['saveTable', 'table', 'rows', 1, 0]]);
    expect(existsSync(path)).toBe(false);
  });
});
