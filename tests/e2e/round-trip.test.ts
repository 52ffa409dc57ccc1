import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ProjectSnapshot } from '../../src/core/api/contract';
import type { ProjectData } from '../../src/core/model/schema';
import { appForTheseTests, artefacts, type BrowserApp } from './browser-app';

/**
 * The spreadsheet round trip as a researcher makes it: the project exported from the app as a
 * workbook, edited by another program (openpyxl stands in for Excel: it rewrites the zip and its
 * XML its own way), and imported back through the wizard by id. The check shows exactly the edits,
 * field by field; the import changes nothing else and is one undo step. Then the wizard in English.
 */

let app: BrowserApp;
appForTheseTests('round-trip', (started) => {
  app = started;
});

const shot = (page: Page, name: string) => page.screenshot({ path: join(artefacts, `round-trip-${name}.png`) });

async function typePath(page: Page, path: string) {
  const prompt = page.locator('form.modal');
  await prompt.getByRole('textbox').first().fill(path);
  await prompt.getByRole('button', { name: 'OK' }).click();
  await prompt.waitFor({ state: 'detached' });
}

interface Edits {
  renamed: { id: string; from: string; to: string };
  strengthened: { id: string; from: number | null; to: number };
  removedTie: string;
  added: { id: string; label: string };
}

/** The edits a user makes in Excel: a name corrected, a strength changed, a tie row deleted, a person added. */
function editInOpenpyxl(file: string, data: ProjectData): Edits {
  const person = data.actors.find((a) => a.kind === 'person' && /[æøå]/i.test(a.label)) ?? data.actors[0];
  const tie = data.ties.find((t) => t.strength !== null && t.strength < 5) ?? data.ties[0];
  const gone = data.ties.find((t) => t !== tie) ?? data.ties[1];
  if (!person || !tie || !gone) throw new Error('the sample has persons and ties');
  const edits: Edits = {
    renamed: { id: person.id, from: person.label, to: `${person.label} Ågård` },
    strengthened: { id: tie.id, from: tie.strength, to: 5 },
    removedTie: gone.id,
    added: { id: 'ny-1', label: 'Åse Æbelø' },
  };
  execFileSync(
    '/usr/bin/python3',
    [
      '-c',
      `import openpyxl, sys, json
e = json.loads(sys.argv[2])
wb = openpyxl.load_workbook(sys.argv[1])
actors, ties = wb.worksheets[0], wb.worksheets[1]
def col(ws, name): return [c.value for c in ws[1]].index(name) + 1
def row(ws, id):
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == id: return r
    raise SystemExit('no row ' + id)
actors.cell(row(actors, e['renamed']['id']), col(actors, 'label')).value = e['renamed']['to']
ties.cell(row(ties, e['strengthened']['id']), col(ties, 'strength')).value = e['strengthened']['to']
ties.delete_rows(row(ties, e['removedTie']))
new = actors.max_row + 1
actors.cell(new, 1).value = e['added']['id']
actors.cell(new, col(actors, 'label')).value = e['added']['label']
actors.cell(new, col(actors, 'kind')).value = 'person'
wb.save(sys.argv[1])`,
      file,
      JSON.stringify(edits),
    ],
    { encoding: 'utf8' },
  );
  return edits;
}

/** Everything but the records the edits touched, to check that nothing else changed. */
const untouched = (data: ProjectData, e: Edits) => ({
  actors: data.actors.filter((a) => a.id !== e.renamed.id && a.id !== e.added.id),
  ties: data.ties.filter((t) => t.id !== e.strengthened.id && t.id !== e.removedTie),
  memberships: data.memberships,
  forums: data.forums,
  waves: data.waves,
  codebooks: data.codebooks,
  settings: data.settings,
});

describe('the spreadsheet round trip by id', () => {
  let file = '';
  let edits: Edits;
  let before: ProjectData;

  it('exports the open project as a workbook from the app, and the edited workbook imports back with exactly its edits', async () => {
    const { page } = app;
    before = (await app.apiValue<ProjectSnapshot>('getProject')).data;
    await page.getByRole('button', { name: 'Eksportér …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Eksportér' });
    await dialog.getByLabel('Excel-projektmappe (XLSX)').check();
    file = join(app.documentsDir, 'bro.xlsx');
    await dialog.getByRole('button', { name: 'Eksportér …' }).click();
    await typePath(page, file);
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('bro.xlsx');
    await dialog.getByRole('button', { name: 'Luk' }).click();

    edits = editInOpenpyxl(file, before);

    await page.getByRole('button', { name: 'Importér …' }).click();
    const wizard = page.getByRole('dialog', { name: 'Importér feltdata' });
    await wizard.getByRole('button', { name: 'Vælg fil …' }).click();
    await typePath(page, file);
    await wizard.getByText('Valgt: bro.xlsx').waitFor();
    await wizard.getByRole('button', { name: 'Næste' }).click();
    await wizard.getByRole('heading', { name: /aktører/ }).waitFor();
    await shot(page, '2-tables-da');
    await wizard.getByRole('button', { name: 'Næste' }).click();
    await wizard.getByRole('button', { name: 'Næste' }).click();
    // without updating by id, the ids the project has are refused as taken, before anything is written
    await wizard.getByRole('table').first().waitFor();
    await wizard.getByRole('note').getByText(/Projektet har allerede \d+ af filens id’er/).waitFor();
    await shot(page, '4-check-taken-da');
    // the hint's button ticks updating by id, as the box above it would
    await wizard.getByRole('button', { name: 'Opdatér efter id' }).click();
    await expect.poll(() => wizard.getByLabel(/^Rækker med et id/).isChecked()).toBe(true);
    await wizard.getByLabel(/^Fjern det, som filens tabeller/).check();
    await wizard.getByText('Importen vil:').waitFor();
    const check = wizard.locator('.wizard-check');
    await expect.poll(() => check.textContent()).toContain(edits.renamed.to);
    const text = (await check.textContent()) ?? '';
    expect(text).toContain(edits.renamed.from);
    // a changed field is named as the forms name it, not by the model's word
    expect(text).toContain(`Navn “${edits.renamed.from}” → “${edits.renamed.to}”`);
    expect(text).toContain(`Styrke ${edits.strengthened.from} → 5`);
    expect(text).toContain(edits.added.label);
    await shot(page, '4-check-da');

    await wizard.getByRole('button', { name: 'Importér', exact: true }).click();
    await expect.poll(() => wizard.getByRole('status').textContent()).toContain('Importeret');
    await shot(page, '5-done-da');
    await wizard.getByRole('button', { name: 'Luk' }).click();

    const after = (await app.apiValue<ProjectSnapshot>('getProject')).data;
    expect(after.actors.find((a) => a.id === edits.renamed.id)?.label).toBe(edits.renamed.to);
    expect(after.ties.find((t) => t.id === edits.strengthened.id)?.strength).toBe(edits.strengthened.to);
    expect(after.ties.some((t) => t.id === edits.removedTie)).toBe(false);
    expect(after.actors.find((a) => a.id === edits.added.id)).toMatchObject({ label: edits.added.label, kind: 'person' });
    expect(untouched(after, edits)).toEqual(untouched(before, edits));

    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await app.apiValue<ProjectSnapshot>('getProject')).data.actors.length).toBe(before.actors.length);
    const undone = (await app.apiValue<ProjectSnapshot>('getProject')).data;
    expect({ ...undone, positions: {} }).toEqual({ ...before, positions: {} });
  });

  it('takes the same workbook through the wizard in English', async () => {
    const { page } = app;
    await page.getByRole('combobox', { name: 'Sprog' }).selectOption('en');
    try {
      await page.getByRole('button', { name: 'Import …' }).click();
      const wizard = page.getByRole('dialog', { name: 'Import field data' });
      await shot(page, '1-source-en');
      await wizard.getByRole('button', { name: 'Choose a file …' }).click();
      await typePath(page, file);
      await wizard.getByText('Chosen: bro.xlsx').waitFor();
      await wizard.getByRole('button', { name: 'Next' }).click();
      await wizard.getByRole('heading', { name: /aktører/ }).waitFor();
      await shot(page, '2-tables-en');
      await wizard.getByRole('button', { name: 'Next' }).click();
      await wizard.getByText('Becomes').first().waitFor();
      await shot(page, '3-values-en');
      await wizard.getByRole('button', { name: 'Next' }).click();
      await wizard.getByLabel(/^Rows with an id/).check();
      await wizard.getByText('The import will:').waitFor();
      await expect.poll(() => wizard.locator('.wizard-check').textContent()).toContain(edits.renamed.to);
      await shot(page, '4-check-en');
      await wizard.getByRole('button', { name: 'Import', exact: true }).click();
      await expect.poll(() => wizard.getByRole('status').textContent()).toContain('Imported');
      await shot(page, '5-done-en');
      await wizard.getByRole('button', { name: 'Close' }).click();
      const after = (await app.apiValue<ProjectSnapshot>('getProject')).data;
      expect(after.actors.find((a) => a.id === edits.renamed.id)?.label).toBe(edits.renamed.to);
      // without removing what the file lacks, the deleted tie stays
      expect(after.ties.some((t) => t.id === edits.removedTie)).toBe(true);
      await page.keyboard.press('Control+z');
      await expect.poll(async () => (await app.apiValue<ProjectSnapshot>('getProject')).data.actors.length).toBe(before.actors.length);
    } finally {
      await page.getByRole('combobox', { name: 'Language' }).selectOption('da');
    }
  });
});
