/**
 * Analysis tables out of the app, in real Chromium on a fresh working copy of the sample "Bro
 * Kommune": "Kopiér" under a table puts it on the clipboard as tab-separated text (read back here
 * with the clipboard permissions granted), "Gem som CSV …" and "Gem som XLSX …" write files through
 * the path prompt that Python's csv module and openpyxl read back, in the findings, the Analyse tab's
 * three panels, a departure scenario, the waves and the timeline; in Danish and in English. The
 * tests share one page and run in order.
 *
 * Needs the built renderer (`npm run build`) and Debian's Chromium.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../src/core/analysis/analyze';
import { valueOfJsonText } from '../../src/core/api/json-text';
import type { ApiOutputs, ProjectSnapshot } from '../../src/core/api/contract';
import { appForTheseTests, artefacts, type BrowserApp } from './browser-app';

let app: BrowserApp | undefined;
let page: Page;

const python = (code: string, ...args: string[]) => execFileSync('/usr/bin/python3', ['-c', code, ...args], { encoding: 'utf8' });
const tab = (name: RegExp) => page.getByRole('tab', { name });
const shot = async (name: string) => {
  await app?.nextPaint();
  await page.screenshot({ path: join(artefacts, `table-export-${name}.png`) });
};
/** The sidebar at a section, so a screenshot shows its buttons and table. */
const shotOf = async (section: Locator, name: string) => {
  await section.scrollIntoViewIfNeeded();
  await section.evaluate('(e) => e.scrollIntoView({ block: "start" })');
  await shot(name);
};

const clipboard = () => page.evaluate<string>('navigator.clipboard.readText()');
/** Empties the clipboard, so a copy that does nothing is seen. */
const clearClipboard = () => page.evaluate('navigator.clipboard.writeText("")');
const lines = (text: string) => text.split('\r\n').filter((l) => l !== '');
const cells = (text: string) => lines(text).map((l) => l.split('\t'));

async function analysis(): Promise<{ data: ProjectSnapshot['data']; result: AnalysisResult }> {
  if (!app) throw new Error('the browser-mode app did not start');
  const project = await app.apiValue<ProjectSnapshot>('getProject');
  const { result } = await app.apiValue<ApiOutputs['analyze']>('analyze', {});
  return { data: project.data, result: valueOfJsonText(result) };
}

/** Saves a table through the path prompt at the path it suggests; the path it was saved at. */
async function saveVia(exporter: Locator, button: string, prompt: string): Promise<string> {
  await exporter.getByRole('button', { name: button }).click();
  const form = page.getByRole('form', { name: prompt });
  const path = await form.locator('input[name="path"]').inputValue();
  await form.getByRole('button', { name: 'OK' }).click();
  await expect.poll(() => exporter.getByRole('status').textContent()).toContain(path);
  return path;
}

appForTheseTests(
  'table-export',
  (started) => {
    app = started;
    page = started.page;
  },
  {
    prepare: async (started) => {
      await started.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: started.server.url.replace(/\/$/, '') });
    },
  },
);

describe('the analysis tables', () => {
  it('copies the findings as tab-separated text with a header row', async () => {
    await tab(/^Fund/).click();
    const exporter = page.getByTestId('table-export-findings');
    await exporter.waitFor({ timeout: 60_000 });
    await clearClipboard();
    await exporter.getByRole('button', { name: 'Kopiér', exact: true }).click();
    const { result } = await analysis();
    await expect.poll(() => exporter.getByRole('status').textContent()).toBe(`Kopieret: ${String(result.findings.length)} rækker`);
    const rows = cells(await clipboard());
    expect(rows[0]).toEqual(['Alvor', 'Fund', 'Anbefaling']);
    expect(rows).toHaveLength(result.findings.length + 1);
    expect(rows.slice(1).map((r) => r[1])).toEqual(await page.locator('.finding-message').allTextContents());
    await shot('findings-da');
  });

  it('copies the person-dependency table with numbers as Danish Excel reads them', async () => {
    await tab(/^Analyse/).click();
    await page.getByTestId('analysis-panels').getByRole('group').getByRole('button', { name: 'Personafhængighed', exact: true }).click();
    const section = page.getByTestId('collaborations');
    const exporter = section.getByTestId('table-export-collaborations');
    await exporter.waitFor({ timeout: 60_000 });
    await clearClipboard();
    await exporter.getByRole('button', { name: 'Kopiér', exact: true }).click();
    await expect.poll(() => exporter.getByRole('status').textContent()).toMatch(/^Kopieret: \d+ rækker$/);
    const text = await clipboard();
    // kept for a person (or tests/reference/paste_in_calc.py) to paste into a spreadsheet
    writeFileSync(join(artefacts, 'table-export-collaborations-da.tsv'), text);
    const rows = cells(text);
    const { result, data } = await analysis();
    const header = rows[0] ?? [];
    expect(header.slice(0, 5)).toEqual(['Organisation A', 'Organisation B', 'Bærere', 'Antal bærere', 'Overlever året']);
    // every collaboration, not only the first page the panel shows
    expect(rows).toHaveLength(result.collaborations.length + 1);
    // in the panel's order: the riskiest first
    const shown = await section.locator('tr.choosable td.name').first().textContent();
    expect(`${rows[1]?.[0] ?? ''} – ${rows[1]?.[1] ?? ''}`).toBe(shown);
    const survival = header.indexOf('Overlever året');
    const risk = header.indexOf('Risiko (0–1)');
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(header.length);
      expect(row[survival] ?? '').toMatch(/^(\d+(,\d)?%)?$/);
      expect(row[risk]).toMatch(/^\d+(,\d+)?$/);
      expect(row[header.indexOf('Én person')]).toMatch(/^(SAND|FALSK)$/);
    }
    const labels = new Set(data.actors.map((a) => a.label));
    expect(rows.slice(1).every((r) => labels.has(r[0] ?? '') && labels.has(r[1] ?? ''))).toBe(true);
    await shotOf(section, 'dependency-da');
  });

  it('saves the key persons as XLSX through the path prompt, which openpyxl reads with numbers as numbers and æøå', async () => {
    const section = page.getByTestId('key-persons');
    const exporter = section.getByTestId('table-export-keyPersons');
    const path = await saveVia(exporter, 'Gem som XLSX …', 'Gem tabellen som XLSX');
    expect(path).toBe(join(app?.documentsDir ?? '', 'Bro Kommune – Nøglepersoner.xlsx'));
    const book = JSON.parse(
      python(
        `import json,sys
from openpyxl import load_workbook
s = load_workbook(sys.argv[1]).worksheets[0]
print(json.dumps({'title': s.title, 'rows': [[c.value for c in r] for r in s.iter_rows()], 'types': [[type(c.value).__name__ for c in r] for r in s.iter_rows(min_row=2)]}, ensure_ascii=False))`,
        path,
      ),
    ) as { title: string; rows: unknown[][]; types: string[][] };
    const { result, data } = await analysis();
    expect(book.title).toBe('Nøglepersoner');
    expect(book.rows[0]).toEqual(['Person', 'Samarbejder, der mistes', 'Par på tværs, der ikke længere kan nå hinanden', 'Sandsynlighed for at stoppe inden for et år', 'Skilleled']);
    expect(book.rows).toHaveLength(result.keyPersons.length + 1);
    const names = new Set(data.actors.map((a) => a.label));
    expect(book.rows.slice(1).every((r) => names.has(String(r[0])))).toBe(true);
    expect(book.rows.slice(1).some((r) => /[æøåÆØÅ]/.test(String(r[0])))).toBe(true);
    expect(book.types.every((t) => ['int', 'float'].includes(t[1] ?? '') && ['int', 'float'].includes(t[3] ?? '') && t[4] === 'bool')).toBe(true);
  });

  it('saves the actors as CSV, separated by ; with a decimal comma, and refuses to replace a file the prompt did not ask about', async () => {
    await page.getByTestId('analysis-panels').getByRole('group').getByRole('button', { name: 'Bonding og brobygning', exact: true }).click();
    const section = page.getByTestId('actors');
    const exporter = section.getByTestId('table-export-bondingActors');
    await exporter.waitFor({ timeout: 60_000 });
    const path = await saveVia(exporter, 'Gem som CSV …', 'Gem tabellen som CSV');
    expect(path).toBe(join(app?.documentsDir ?? '', 'Bro Kommune – Aktørerne.csv'));
    const rows = JSON.parse(
      python(`import csv,sys,json\nprint(json.dumps(list(csv.reader(open(sys.argv[1],encoding='utf-8-sig',newline=''),delimiter=';')),ensure_ascii=False))`, path),
    ) as string[][];
    const { result } = await analysis();
    expect(rows[0]?.slice(0, 4)).toEqual(['Aktør', 'Gruppe', 'Relationer', 'Betweenness']);
    expect(rows).toHaveLength(result.actors.length + 1);
    expect(rows.slice(1).some((r) => /^\d+,\d+$/.test(r[3] ?? ''))).toBe(true);

    // the same name again: the prompt never replaces a file; the reason shows by the buttons
    writeFileSync(path, 'mine');
    await exporter.getByRole('button', { name: 'Gem som CSV …' }).click();
    await page.getByRole('form', { name: 'Gem tabellen som CSV' }).getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => exporter.getByRole('alert').textContent()).toMatch(/^Tabellen blev ikke gemt: .*findes allerede/);
    expect(readFileSync(path, 'utf8')).toBe('mine');
    await shotOf(section, 'bonding-actors-da');
    await page.evaluate("document.querySelector('.sidebar .table-wrap').scrollTo(0, 0)");
    await shot('bonding-top-da');
  });

  it('copies the power panel’s tables too', async () => {
    await page.getByTestId('analysis-panels').getByRole('group').getByRole('button', { name: 'Magt', exact: true }).click();
    for (const id of ['powerSectors', 'powerDyads', 'powerLinking', 'powerForums']) {
      const exporter = page.getByTestId(`table-export-${id}`);
      await exporter.waitFor({ timeout: 30_000 });
      await clearClipboard();
      await exporter.getByRole('button', { name: 'Kopiér', exact: true }).click();
      await expect.poll(() => exporter.getByRole('status').textContent()).toMatch(/^Kopieret: /);
      expect(lines(await clipboard()).length, id).toBeGreaterThan(1);
    }
    const sectors = cells(await (async () => {
      await page.getByTestId('table-export-powerSectors').getByRole('button', { name: 'Kopiér', exact: true }).click();
      return clipboard();
    })());
    expect(sectors[0]?.[1]).toBe('Andel af initiativet');
    expect(sectors.slice(1).every((r) => r.slice(1).every((c) => /^(\d+(,\d)?%)?$/.test(c)))).toBe(true);
    await shotOf(page.getByTestId('sector-shares'), 'power-da');
  });

  it('copies a departure scenario’s before and after', async () => {
    await tab(/^Scenarie/).click();
    const scenario = page.getByTestId('scenario');
    await scenario.getByRole('combobox', { name: 'Vælg, hvem der stopper…' }).selectOption({ label: 'Søren Ærø' });
    const exporter = scenario.getByTestId('table-export-scenario');
    await exporter.waitFor({ timeout: 60_000 });
    await scenario.getByTestId('scenario-table').waitFor();
    await clearClipboard();
    await exporter.getByRole('button', { name: 'Kopiér', exact: true }).click();
    await expect.poll(() => exporter.getByRole('status').textContent()).toBe('Kopieret: 7 rækker');
    const rows = cells(await clipboard());
    expect(rows[0]).toEqual(['Mål', 'Før', 'Efter', 'Ændring']);
    const body = scenario.getByTestId('scenario-table').locator('tbody tr');
    const shown: string[][] = [];
    for (let i = 0; i < (await body.count()); i++) shown.push(await body.nth(i).locator('td').allTextContents());
    // the same figures as the panel shows (which writes − and 1.234 and 0,30), as Danish Excel reads them
    const danish = (s: string) => Number(s.replace('−', '-').replace(/\./g, '').replace(',', '.'));
    expect(rows.slice(1).map((r) => [r[0], danish(r[1] ?? ''), danish(r[2] ?? '')])).toEqual(shown.map((r) => [r[0], danish(r[1] ?? ''), danish(r[2] ?? '')]));
    expect(rows.slice(1).every((r) => r.slice(1).every((c) => /^(-?\d+(,\d+)?)?$/.test(c)))).toBe(true);
    await shot('scenario-da');
    await scenario.getByRole('button', { name: 'Afslut scenarie' }).click();
  });

  it('copies the two waves’ figures, headed by the waves', async () => {
    await tab(/^Runder/).click();
    const exporter = page.getByTestId('table-export-waveFigures');
    await exporter.waitFor({ timeout: 60_000 });
    await clearClipboard();
    await exporter.getByRole('button', { name: 'Kopiér', exact: true }).click();
    await expect.poll(() => exporter.getByRole('status').textContent()).toMatch(/^Kopieret: 10 rækker$/);
    const rows = cells(await clipboard());
    const { data } = await analysis();
    expect(rows[0]).toEqual(['Mål', ...data.waves.slice(0, 2).map((w) => w.label), 'Ændring']);
    await shotOf(page.getByTestId('wave-compare'), 'waves-da');
  });

  it('copies the timeline’s overlaps, gaps and vulnerable activities', async () => {
    await tab(/^Tidslinje/).click();
    const marks = page.getByTestId('timeline-marks');
    const exporter = marks.getByTestId('table-export-timelineMarks');
    await exporter.waitFor({ timeout: 60_000 });
    await clearClipboard();
    await exporter.getByRole('button', { name: 'Kopiér', exact: true }).click();
    await expect.poll(() => exporter.getByRole('status').textContent()).toMatch(/^Kopieret: \d+ rækker$/);
    const rows = cells(await clipboard());
    expect(rows[0]).toEqual(['Slags', 'Fund', 'Målgruppe', 'Fra uge', 'Til uge', 'Aktiviteter', 'Anbefaling']);
    expect(rows.length - 1).toBe(await marks.locator('li').count());
    await shot('timeline-da');
  });

  it('speaks English when the interface does: buttons, headings and numbers with a decimal point', async () => {
    await page.getByRole('combobox', { name: 'Sprog' }).selectOption('en');
    await tab(/^Analysis/).click();
    await page.getByTestId('analysis-panels').getByRole('group').getByRole('button', { name: 'Person-dependency', exact: true }).click();
    const exporter = page.getByTestId('table-export-collaborations');
    await exporter.waitFor({ timeout: 60_000 });
    expect(await exporter.getByRole('button').allTextContents()).toEqual(['Copy', 'Save as CSV …', 'Save as XLSX …']);
    await clearClipboard();
    await exporter.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect.poll(() => exporter.getByRole('status').textContent()).toMatch(/^Copied: \d+ rows$/);
    const text = await clipboard();
    writeFileSync(join(artefacts, 'table-export-collaborations-en.tsv'), text);
    const rows = cells(text);
    expect(rows[0]?.slice(0, 5)).toEqual(['Organisation A', 'Organisation B', 'Carriers', 'Number of carriers', 'Survives the year']);
    const header = rows[0] ?? [];
    expect(rows.slice(1).every((r) => /^\d+(\.\d+)?$/.test(r[header.indexOf('Risk (0–1)')] ?? ''))).toBe(true);
    expect(rows.slice(1).every((r) => /^(TRUE|FALSE)$/.test(r[header.indexOf('One person')] ?? ''))).toBe(true);
    await shotOf(page.getByTestId('collaborations'), 'dependency-en');

    const path = await saveVia(page.getByTestId('table-export-keyPersons'), 'Save as CSV …', 'Save the table as CSV');
    expect(path.endsWith('Bro Kommune – Key persons.csv')).toBe(true);
    expect(readFileSync(path, 'utf8').split('\r\n')[0]).toBe('\uFEFFPerson,Collaborations lost,Cross-sector pairs that could no longer reach each other,Chance of leaving within a year,Cut point');
    expect(existsSync(path)).toBe(true);
    await tab(/^Findings/).click();
    await page.getByTestId('table-export-findings').waitFor();
    await shot('findings-en');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('da');
  });
});
