/**
 * Every analysis table of the app as typed rows (src/core/export-tables): the one function that
 * reads a panel's rows into columns, each panel's table on the sample "Bro Kommune" in Danish and
 * English, the clipboard's tab-separated text (read back by Python's csv module with Excel's
 * tab dialect, the reference for how Excel quotes), and the schema the engine parses a table by.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { analysisOptions, analyze, type AnalysisResult } from '../../src/core/analysis/analyze';
import { departureScenario } from '../../src/core/analysis/departure';
import { analyzeWaves } from '../../src/core/analysis/wave-compare';
import { WAVE_MEASURES } from '../../src/core/analysis/wave-compare-report';
import { namesIn, word } from '../../src/core/analysis/wording';
import { cellText, numberText, tableTsv } from '../../src/core/export-tables/clipboard-text';
import { panelTable, panelTableTitle, type PanelTableInput } from '../../src/core/export-tables/panel-tables';
import { ExportTableSchema, tableFileName, tableOf, type ExportTable } from '../../src/core/export-tables/table';
import { sheetName } from '../../src/core/export-tables/table-files';
import { tableWords } from '../../src/core/export-tables/words';
import { createTranslator, type Language } from '../../src/core/i18n/catalogue';
import type { ProjectData } from '../../src/core/model/schema';
import { parseIn } from '../../src/core/validation';
import { marksOf } from '../../src/renderer/src/features/timeline/timeline-marks';
import { sampleData } from '../../scripts/build-sample';
import { worded } from '../helpers/refused';

const data: ProjectData = sampleData();
const options = analysisOptions(data.settings.analysis, { permutations: 99 });
const result: AnalysisResult = analyze(data, options);
const words = (lang: Language) => tableWords(data, createTranslator(lang));
const label = (id: string) => data.actors.find((a) => a.id === id)?.label ?? id;

/** The sample's every table as a panel hands it over, rows in the panel's order. */
function inputs(lang: Language): PanelTableInput[] {
  const bb = result.bondingBridging;
  const leaving = result.keyPersons[0]?.person ?? '';
  const scenario = departureScenario(data, options, { persons: [leaving] });
  const [w1, w2] = data.waves;
  const comparison = analyzeWaves(data, options, w1?.id ?? '', w2?.id ?? '');
  const tr = createTranslator(lang);
  const names = namesIn(data, lang);
  const marks = marksOf(result, (w) => word(w, names, tr), (key) => data.codebooks.targetGroups.find((g) => g.key === key)?.label[lang] ?? key);
  return [
    { table: 'bondingGroups', rows: bb.groups, extra: { groupBy: lang === 'da' ? 'sektor' : 'sector' } },
    { table: 'bondingOrganisations', rows: bb.organisations },
    { table: 'bondingActors', rows: result.actors, extra: { groups: bb.groups } },
    { table: 'powerSectors', rows: result.power.sectors },
    { table: 'powerDyads', rows: result.power.dyads.filter((d) => d.score !== null) },
    { table: 'powerLinking', rows: result.power.dyads.filter((d) => d.linking) },
    { table: 'powerForums', rows: result.power.forums },
    { table: 'collaborations', rows: result.collaborations },
    { table: 'keyPersons', rows: result.keyPersons },
    { table: 'findings', rows: result.findings },
    { table: 'scenario', rows: ['actors', 'ties', 'components', 'carriedCollaborations', 'crossSectorReach', 'eiIndex', 'fragmentation'], extra: { scenario, leaving: [leaving] } },
    { table: 'waveFigures', rows: WAVE_MEASURES, extra: { comparison } },
    { table: 'timelineMarks', rows: marks },
  ];
}

/** A table's rows as objects keyed by its headers, for reading a test. */
const records = (t: ExportTable) => t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c.name, r[i]])));

const python = (code: string, input: string) => execFileSync('/usr/bin/python3', ['-c', code], { input, encoding: 'utf8' });

describe('the one function that turns a panel table into typed rows', () => {
  it('reads each row column by column, in the order the rows are given, with each column typed', () => {
    const t = tableOf(
      {
        title: 'Tabel',
        columns: [
          { name: 'Navn', type: 'text', value: (r: { n: string; x: number; ok: boolean }) => r.n },
          { name: 'Værdi', type: 'number', digits: 2, value: (r) => r.x },
          { name: 'Andel', type: 'share', value: (r) => r.x / 10 },
          { name: 'Ok', type: 'boolean', value: (r) => r.ok },
        ],
      },
      [
        { n: 'Åse', x: 1.5, ok: true },
        { n: 'Bo', x: -2, ok: false },
      ],
    );
    expect(t).toEqual({
      title: 'Tabel',
      columns: [
        { name: 'Navn', type: 'text' },
        { name: 'Værdi', type: 'number', digits: 2 },
        { name: 'Andel', type: 'share' },
        { name: 'Ok', type: 'boolean' },
      ],
      rows: [
        ['Åse', 1.5, 0.15, true],
        ['Bo', -2, -0.2, false],
      ],
    });
  });

  it('leaves a cell empty rather than writing a value that does not fit its column', () => {
    const t = tableOf({ title: 'T', columns: [{ name: 'a', type: 'number', value: (r: number) => r }, { name: 'b', type: 'text', value: (r) => r }] }, [NaN, Infinity, 3]);
    expect(t.rows).toEqual([
      [null, null],
      [null, null],
      [3, null],
    ]);
  });
});

describe('every analysis table of the sample', () => {
  it('has a cell of its column’s type in every column of every row, as the engine’s schema accepts', () => {
    for (const lang of ['da', 'en'] as const)
      for (const input of inputs(lang)) {
        const table = panelTable(input, words(lang));
        expect(table.rows.length, `${input.table} has rows`).toBeGreaterThan(0);
        expect(table.rows.length, `${input.table} has a row for each given`).toBe(input.rows.length);
        for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
        const parsed = parseIn(ExportTableSchema, JSON.parse(JSON.stringify(table)));
        expect(parsed.ok, `${input.table} in ${lang} passes the schema`).toBe(true);
        expect(panelTableTitle(input, words(lang))).toBe(table.title);
      }
  });

  it('is headed in the reader’s language, with the headings the same in number and type in both', () => {
    const da = inputs('da').map((i) => panelTable(i, words('da')));
    const en = inputs('en').map((i) => panelTable(i, words('en')));
    da.forEach((t, i) => {
      const other = en[i]!;
      expect(other.columns.map((c) => c.type)).toEqual(t.columns.map((c) => c.type));
      expect(other.title).not.toBe(t.title);
    });
    const collaborations = (ts: ExportTable[]) => ts.find((t) => t.columns.length === 13)!;
    expect(collaborations(da).columns.map((c) => c.name).slice(0, 5)).toEqual(['Organisation A', 'Organisation B', 'Bærere', 'Antal bærere', 'Overlever året']);
    expect(collaborations(en).columns.map((c) => c.name).slice(0, 5)).toEqual(['Organisation A', 'Organisation B', 'Carriers', 'Number of carriers', 'Survives the year']);
  });

  it('keeps the analysis’s numbers whole: measures, counts and shares as numbers, flags as booleans', () => {
    const input = inputs('da').find((i) => i.table === 'collaborations')!;
    const first = result.collaborations[0]!;
    const row = records(panelTable(input, words('da')))[0]!;
    expect(row).toMatchObject({
      'Organisation A': label(first.a),
      'Organisation B': label(first.b),
      'Antal bærere': first.carriers,
      'Overlever året': first.survival,
      'Risiko (0–1)': first.risk,
      'Én relation': first.flags.includes('single-relationship'),
    });
    const actors = records(panelTable(inputs('da').find((i) => i.table === 'bondingActors')!, words('da')));
    expect(actors.map((a) => a['Betweenness'])).toEqual(result.actors.map((a) => a.betweenness));
    expect(actors.map((a) => a['Aktør'])).toEqual(result.actors.map((a) => label(a.id)));
  });

  it('gives the actors on tie strength beside the counted figures where the analysis is valued, each column named by its version', () => {
    const input = { table: 'bondingActors' as const, rows: result.actors, extra: { groups: result.bondingBridging.groups, valued: true } };
    const da = panelTable(input, words('da'));
    expect(da.columns.map((c) => c.name)).toEqual(expect.arrayContaining(['Relationer', 'Betweenness', 'Styrke', 'Betweenness (styrke)', 'Constraint (styrke)', 'E-I (styrke)']));
    const rows = records(da);
    expect(rows.map((a) => a['Betweenness (styrke)'])).toEqual(result.actors.map((a) => a.valued?.betweenness ?? null));
    expect(rows.map((a) => a['Styrke'])).toEqual(result.actors.map((a) => a.valued?.strength ?? null));
    expect(panelTable(input, words('en')).columns.map((c) => c.name)).toEqual(expect.arrayContaining(['Strength', 'Constraint (strength)']));
    // not valued: the counted columns only
    expect(panelTable({ ...input, extra: { groups: input.extra.groups } }, words('da')).columns.map((c) => c.name)).not.toContain('Styrke');
  });

  it('names people and sectors as the project does now, æøå and all', () => {
    const keyPersons = records(panelTable(inputs('da').find((i) => i.table === 'keyPersons')!, words('da')));
    expect(keyPersons.map((k) => k['Person'])).toEqual(result.keyPersons.map((k) => label(k.person)));
    expect(keyPersons.some((k) => /[æøåÆØÅ]/.test(String(k['Person'])))).toBe(true);
    const sectors = records(panelTable(inputs('en').find((i) => i.table === 'powerSectors')!, words('en')));
    const english = new Map(data.codebooks.sectors.map((s) => [s.key, s.label.en]));
    expect(sectors.map((s) => s['Sector'])).toEqual(result.power.sectors.map((s) => english.get(s.sector)));
  });

  it('splits what a panel puts in one cell into a column each: a tie’s two ends, who each power part favours', () => {
    const dyads = result.power.dyads.filter((d) => d.score !== null);
    const rows = records(panelTable({ table: 'powerDyads', rows: dyads }, words('en')));
    const favoured = dyads.findIndex((d) => d.parts.initiative !== null && d.parts.initiative !== 0);
    const d = dyads[favoured]!;
    expect(rows[favoured]).toMatchObject({
      From: label(d.source),
      To: label(d.target),
      Initiative: label(d.parts.initiative! > 0 ? d.source : d.target),
      'Asymmetry (0–1)': Math.abs(d.score!),
    });
    const balanced = dyads.findIndex((x) => x.score === 0);
    if (balanced >= 0) expect(rows[balanced]?.['Stronger']).toBe('balanced');
  });

  it('words the findings as the findings list does, with their recommendations', () => {
    const tr = createTranslator('da');
    const names = namesIn(data, 'da');
    const rows = records(panelTable({ table: 'findings', rows: result.findings }, words('da')));
    expect(rows.map((r) => r['Fund'])).toEqual(result.findings.map((f) => word(f.message, names, tr)));
    expect(rows.map((r) => r['Anbefaling'])).toEqual(result.findings.map((f) => word(f.recommendation, names, tr)));
    expect(new Set(rows.map((r) => r['Alvor']))).toEqual(new Set(['Høj', 'Middel', 'Lav'].filter((s) => rows.some((r) => r['Alvor'] === s))));
  });

  it('gives a scenario’s before, after and change to the decimals the panel shows, and names who leaves in its title', () => {
    const input = inputs('da').find((i) => i.table === 'scenario')!;
    const table = panelTable(input, words('da'));
    expect(table.title).toBe(`Hvis ${label(result.keyPersons[0]!.person)} stopper`);
    const rows = records(table);
    const actors = rows.find((r) => r['Mål'] === 'Aktører')!;
    expect(actors['Ændring']).toBe((actors['Efter'] as number) - (actors['Før'] as number));
    const ei = rows.find((r) => String(r['Mål']).startsWith('E-I'))!;
    expect(String(ei['Før'])).toMatch(/^-?\d+(\.\d{1,2})?$/);
  });

  it('heads the waves’ figures by the waves’ own labels', () => {
    const table = panelTable(inputs('en').find((i) => i.table === 'waveFigures')!, words('en'));
    expect(table.title).toBe(`Comparison: ${data.waves[0]!.label} and ${data.waves[1]!.label}`);
    expect(table.columns.map((c) => c.name)).toEqual(['Measure', data.waves[0]!.label, data.waves[1]!.label, 'Change']);
    expect(table.rows).toHaveLength(WAVE_MEASURES.length);
  });

  it('lists the timeline’s overlaps, gaps and vulnerable activities with their weeks and activities', () => {
    const input = inputs('da').find((i) => i.table === 'timelineMarks')!;
    const rows = records(panelTable(input, words('da')));
    expect(rows.length).toBeGreaterThan(0);
    const gap = rows.find((r) => r['Slags'] === 'Hul');
    expect(gap?.['Fra uge']).toEqual(expect.any(Number));
    const overlap = rows.find((r) => r['Slags'] === 'Overlap');
    const titles = new Set(data.activities.map((a) => a.title));
    expect(String(overlap?.['Aktiviteter']).split(', ').every((t) => titles.has(t))).toBe(true);
  });
});

describe('the clipboard’s text', () => {
  const table: ExportTable = {
    title: 'T',
    columns: [
      { name: 'Navn', type: 'text' },
      { name: 'Mål', type: 'number', digits: 2 },
      { name: 'Antal', type: 'number' },
      { name: 'Andel', type: 'share' },
      { name: 'Skilleled', type: 'boolean' },
    ],
    rows: [
      ['Søren Ærø', -0.254, 1234567, 0.4554, true],
      ['Tab\there', 0.1 + 0.2, 0, 0, false],
      ['Linje 1\nLinje 2', null, 12.5, null, null],
      ['"Citat" og mere', 1e-7, -0.001, 1, true],
    ],
  };

  it('writes Danish numbers with a decimal comma, no grouping and a hyphen-minus, as Danish Excel reads them', () => {
    expect(numberText(1234567.5, 'da')).toBe('1234567,5');
    expect(numberText(-0.254, 'da', 2)).toBe('-0,25');
    expect(numberText(-0.001, 'da', 2)).toBe('0');
    expect(numberText(1e-7, 'da')).toBe('0,0000001');
    expect(numberText(0.1 + 0.2, 'en')).toBe('0.3');
    expect(cellText(0.4554, { name: '', type: 'share' }, 'da')).toBe('45,5%');
    expect(cellText(0.4554, { name: '', type: 'share' }, 'en')).toBe('45.5%');
    expect(cellText(true, { name: '', type: 'boolean' }, 'da')).toBe('SAND');
    expect(cellText(false, { name: '', type: 'boolean' }, 'en')).toBe('FALSE');
  });

  it('is tab-separated with a header row and CRLF, and reads back cell for cell with Excel’s tab dialect', () => {
    const text = tableTsv(table, 'da');
    expect(text.split('\r\n')[0]).toBe('Navn\tMål\tAntal\tAndel\tSkilleled');
    expect(text.split('\r\n')[1]).toBe('Søren Ærø\t-0,25\t1234567\t45,5%\tSAND');
    const read = JSON.parse(
      python('import csv,sys,json\nprint(json.dumps(list(csv.reader(sys.stdin, dialect="excel-tab")), ensure_ascii=False))', text.replace(/\r\n/g, '\n')),
    ) as string[][];
    expect(read).toEqual([
      ['Navn', 'Mål', 'Antal', 'Andel', 'Skilleled'],
      ['Søren Ærø', '-0,25', '1234567', '45,5%', 'SAND'],
      ['Tab\there', '0,3', '0', '0%', 'FALSK'],
      ['Linje 1\nLinje 2', '', '12,5', '', ''],
      ['"Citat" og mere', '0', '-0,001', '100%', 'SAND'],
    ]);
  });

  it('in English uses a decimal point, TRUE and FALSE', () => {
    expect(tableTsv(table, 'en').split('\r\n')[1]).toBe('Søren Ærø\t-0.25\t1234567\t45.5%\tTRUE');
  });
});

describe('the table the engine is sent', () => {
  const good: ExportTable = { title: 'Fund', columns: [{ name: 'a', type: 'text' }, { name: 'b', type: 'number' }], rows: [['x', 1], [null, null]] };
  const where = (value: unknown) => {
    const parsed = parseIn(ExportTableSchema, value, ['saveTable', 'table']);
    return parsed.ok ? [] : worded(parsed.problems, 'da').map((p) => `${p.where}: ${p.message}`);
  };

  it('is accepted when every row has a cell of its column’s type', () => {
    expect(where(good)).toEqual([]);
  });

  it('is refused with every row that does not fit named by its place, and nothing else said', () => {
    expect(where({ ...good, rows: [['x', 1], ['y'], ['z', 'mange'], [1, 2, 3]] })).toEqual([
      'saveTable.table.rows[1]: mindst 2 elementer',
      'saveTable.table.rows[2][1]: skal være et tal',
      'saveTable.table.rows[3]: højst 2 elementer',
      'saveTable.table.rows[3][0]: skal være tekst',
    ]);
  });

  it('is refused when a number is not finite or a column has an unknown type', () => {
    expect(where({ ...good, rows: [['x', Number.NaN]] })).toHaveLength(1);
    expect(where({ ...good, columns: [{ name: 'a', type: 'date' }, { name: 'b', type: 'number' }] })).toHaveLength(1);
  });
});

describe('names for a saved table', () => {
  it('suggest the project and the table without characters a file system refuses', () => {
    expect(tableFileName('Bro Kommune', 'Arbejdsgruppe: Sprog/job?', 'csv')).toBe('Bro Kommune – Arbejdsgruppe Sprog job.csv');
    expect(tableFileName('', '', 'xlsx')).toBe('Brobygger.xlsx');
  });

  it('give a workbook’s sheet at most 31 characters, none of those Excel refuses', () => {
    expect(sheetName('Samarbejder efter risiko')).toBe('Samarbejder efter risiko');
    expect(sheetName('Grupperne (efter sektor): [a/b]')).toBe('Grupperne (efter sektor) a b');
    expect(sheetName('Hvis Åse Østergaard og Søren Ærø stopper').length).toBeLessThanOrEqual(31);
    expect(sheetName('???')).toBe('Brobygger');
  });
});
