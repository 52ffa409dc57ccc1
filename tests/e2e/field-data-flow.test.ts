import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ProjectSnapshot } from '../../src/core/api/contract';
import { readInput } from '../../src/main/engine/exchange';
import { appForTheseTests, artefacts, type BrowserApp } from './browser-app';

/**
 * A researcher's first hour with field data, in Danish, as the "done when" tells it: a
 * workbook made in Excel (openpyxl writes it here, with Danish sheets and headers, a sector the
 * codebook lacks and one bad cell) goes through the wizard into a new project; the report names the
 * bad cell, the researcher fixes it in the workbook and checks again; the project is analysed; the
 * workbook is edited and imported again, showing exactly the change; and the result goes to Gephi
 * (GEXF, with the map's positions) and to R (CSV with its script, run by Rscript).
 */

let app: BrowserApp;
appForTheseTests('field-data-flow', (started) => {
  app = started;
});

const shot = (page: Page, name: string) => page.screenshot({ path: join(artefacts, `field-data-flow-${name}.png`) });

async function typePath(page: Page, path: string) {
  const prompt = page.locator('form.modal');
  await prompt.getByRole('textbox').first().fill(path);
  await prompt.getByRole('button', { name: 'OK' }).click();
  await prompt.waitFor({ state: 'detached' });
}

const python = (code: string, ...args: string[]) => execFileSync('/usr/bin/python3', ['-c', code, ...args], { encoding: 'utf8' });

/** The workbook as a coordinator keeps it: Danish sheets and headers; "høj" where a strength belongs. */
function makeWorkbook(file: string): void {
  python(
    `import openpyxl, sys
wb = openpyxl.Workbook()
a = wb.active; a.title = 'Aktører'
a.append(['ID', 'Navn', 'Type', 'Sektor'])
for row in [['k1', 'Jobcenter Ærø', 'forvaltning', 'Kommune'], ['f1', 'Ærø Frivilligforening', 'forening', 'Frivillig forening'],
            ['p1', 'Søren Østergaard', 'person', 'Kommune'], ['p2', 'Åse Bæk', 'person', 'Frivillig forening'], ['p3', 'Ali Haddad', 'person', 'Frivillig forening']]:
    a.append(row)
r = wb.create_sheet('Relationer')
r.append(['Fra', 'Til', 'Relationstype', 'Styrke'])
for row in [['p1', 'p2', 'samarbejde', 4], ['p2', 'p3', 'samarbejde', 'høj'], ['k1', 'f1', 'samarbejde', 2]]:
    r.append(row)
m = wb.create_sheet('Medlemskaber')
m.append(['Person', 'Organisation', 'Rolle'])
for row in [['p1', 'k1', 'Ansat'], ['p2', 'f1', 'Frivillig'], ['p3', 'f1', 'Frivillig']]:
    m.append(row)
wb.save(sys.argv[1])`,
    file,
  );
}

describe("a researcher's field data, in and out, in Danish", () => {
  it('takes an Excel workbook into a new project, with the bad cell named and fixed on the way', async () => {
    const { page } = app;
    const workbook = join(app.documentsDir, 'Feltdata Ærø.xlsx');
    const project = join(app.documentsDir, 'Ærø.brobygger');
    makeWorkbook(workbook);

    await page.getByRole('button', { name: 'Importér …' }).click();
    const wizard = page.getByRole('dialog', { name: 'Importér feltdata' });
    await wizard.getByRole('button', { name: 'Vælg fil …' }).click();
    await typePath(page, workbook);
    await wizard.getByLabel('et nyt projekt').check();
    await wizard.getByLabel('Det nye projekts navn').fill('Ærø kortlægning');
    await wizard.getByLabel('Det nye projekts fil').fill(project);
    await shot(page, '1-source');
    await wizard.getByRole('button', { name: 'Næste' }).click();
    await wizard.getByRole('heading', { name: /Relationer/ }).waitFor();
    await shot(page, '2-tables');
    await wizard.getByRole('button', { name: 'Næste' }).click();
    await wizard.getByText('Frivillig forening').first().waitFor();
    await shot(page, '3-values');
    await wizard.getByRole('button', { name: 'Næste' }).click();

    // the report names the workbook, the sheet, the row and the column
    const report = wizard.getByRole('region', { name: 'Importen kan ikke gennemføres:' });
    await report.waitFor();
    const row = report.getByRole('row').nth(1);
    expect(await row.getByRole('cell').allTextContents()).toEqual(['Feltdata Ærø.xlsx', 'Relationer', '3 (p2 – p3)', 'Styrke', expect.stringContaining('høj')]);
    await shot(page, '4-problem');
    expect(existsSync(project), 'nothing is written before the import').toBe(false);

    // fixed in the workbook, and checked again
    python(`import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1]); wb['Relationer']['D3'] = 3; wb.save(sys.argv[1])`, workbook);
    await wizard.getByRole('button', { name: 'Tilbage' }).click();
    await wizard.getByRole('button', { name: 'Næste' }).click();
    await wizard.getByText('Importen vil:').waitFor();
    await shot(page, '4-check');
    await wizard.getByRole('button', { name: 'Importér', exact: true }).click();
    await expect.poll(() => wizard.getByRole('status').textContent()).toContain('Ærø kortlægning');
    await shot(page, '5-done');
    await wizard.getByRole('button', { name: 'Luk' }).click();

    await expect.poll(async () => (await app.apiValue<ProjectSnapshot>('getProject')).data.meta.name).toBe('Ærø kortlægning');
    const opened = (await app.apiValue<ProjectSnapshot>('getProject')).data;
    expect(opened.actors).toHaveLength(5);
    expect(opened.ties.map((t) => t.strength)).toEqual([4, 3, 2]);
    expect(opened.memberships.map((m) => m.role)).toEqual(['employee', 'volunteer', 'volunteer']);
    expect(opened.codebooks.sectors.some((s) => s.label.da === 'Frivillig forening')).toBe(true);
    // the project is analysed: its own findings, never the sample's while its own are computed
    await page.locator('[data-testid="map"][data-layout="done"]').waitFor();
    const findings = page.getByTestId('findings');
    await expect.poll(() => findings.textContent(), { timeout: 30_000 }).toContain('Samarbejdet mellem Jobcenter Ærø og Ærø Frivilligforening');
    expect(await findings.textContent()).not.toContain('p-');
    await shot(page, '6-analysed');
  });

  it('imports the edited workbook again, showing exactly the change', async () => {
    const { page } = app;
    const workbook = join(app.documentsDir, 'Feltdata Ærø.xlsx');
    // the researcher's workbook had no ids for ties; an export gives every row its id to edit by
    await page.getByRole('button', { name: 'Eksportér …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Eksportér' });
    await dialog.getByLabel('Excel-projektmappe (XLSX)').check();
    const exported = join(app.documentsDir, 'Ærø eksport.xlsx');
    await dialog.getByRole('button', { name: 'Eksportér …' }).click();
    await typePath(page, exported);
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Ærø eksport.xlsx');
    await dialog.getByRole('button', { name: 'Luk' }).click();
    expect(existsSync(workbook)).toBe(true);

    python(
      `import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1]); a = wb['aktører']
for r in range(2, a.max_row + 1):
    if a.cell(r, 1).value == 'p3': a.cell(r, 2).value = 'Ali Haddad Ærø'
wb.save(sys.argv[1])`,
      exported,
    );
    await page.getByRole('button', { name: 'Importér …' }).click();
    const wizard = page.getByRole('dialog', { name: 'Importér feltdata' });
    await wizard.getByRole('button', { name: 'Vælg fil …' }).click();
    await typePath(page, exported);
    await wizard.getByRole('button', { name: 'Næste' }).click();
    await wizard.getByRole('button', { name: 'Næste' }).click();
    await wizard.getByRole('button', { name: 'Næste' }).click();
    await wizard.getByRole('button', { name: 'Opdatér efter id' }).click();
    await wizard.getByText('Importen vil:').waitFor();
    const check = wizard.locator('.wizard-check');
    await expect.poll(() => check.textContent()).toContain('Navn “Ali Haddad” → “Ali Haddad Ærø”');
    expect(await check.locator('.plan-counts li').allTextContents()).toEqual(['ændre 1 aktør']);
    await shot(page, '7-again');
    await wizard.getByRole('button', { name: 'Importér', exact: true }).click();
    await expect.poll(() => wizard.getByRole('status').textContent()).toContain('Importeret');
    await wizard.getByRole('button', { name: 'Luk' }).click();
    const after = (await app.apiValue<ProjectSnapshot>('getProject')).data;
    expect(after.actors.find((a) => a.id === 'p3')?.label).toBe('Ali Haddad Ærø');
  });

  it('hands the result to Gephi with the map as drawn, and to R with a script that loads it', async () => {
    const { page } = app;
    const project = (await app.apiValue<ProjectSnapshot>('getProject')).data;
    await page.getByRole('button', { name: 'Eksportér …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Eksportér' });
    await dialog.getByLabel(/^GEXF/).check();
    await shot(page, '8-export-gexf');
    const gexf = join(app.documentsDir, 'Ærø.gexf');
    await dialog.getByRole('button', { name: 'Eksportér …' }).click();
    await typePath(page, gexf);
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Ærø.gexf');
    // every actor where the map draws it (the project had no saved arrangement), in its sector's colour
    const back = (await readInput(gexf)).data;
    expect(Object.keys(back.positions).sort()).toEqual(project.actors.map((a) => a.id).sort());
    expect(readFileSync(gexf, 'utf8')).toContain('<viz:color');
    const nx = JSON.parse(
      python(
        `import networkx as nx, sys, json
g = nx.read_gexf(sys.argv[1])
print(json.dumps({'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(), 'labels': sorted(d['label'] for _, d in g.nodes(data=True)), 'placed': sum(1 for _, d in g.nodes(data=True) if 'position' in d.get('viz', {}))}))`,
        gexf,
      ),
    ) as { nodes: number; edges: number; labels: string[]; placed: number };
    expect(nx).toEqual({ nodes: 5, edges: 3, labels: project.actors.map((a) => a.label).sort(), placed: 5 });

    await dialog.getByLabel(/^Til R og Python/).check();
    const folder = join(app.documentsDir, 'Ærø til R');
    await dialog.getByRole('button', { name: 'Eksportér …' }).click();
    await typePath(page, folder);
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('load_network.R');
    await shot(page, '9-export-r');
    await dialog.getByRole('button', { name: 'Luk' }).click();
    const r = execFileSync('Rscript', ['-e', 'source("load_network.R"); cat(vcount(g), ecount(g), sort(V(g)$label), sep = "\\n")'], {
      cwd: folder,
      encoding: 'utf8',
    }).split('\n');
    expect(r.slice(0, 2)).toEqual(['5', '3']);
    expect(r).toContain('Ali Haddad Ærø');
  });
});
