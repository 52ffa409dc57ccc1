import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ProjectSnapshot } from '../../src/core/api/contract';
import { appForTheseTests, artefacts, type BrowserApp } from './browser-app';

let app: BrowserApp;
appForTheseTests('import-wizard', (started) => {
  app = started;
});

/** A survey export as a researcher keeps it: Danish headers, `;` and a sector the codebook lacks. */
function writeSurvey(dir: string): string {
  const folder = join(dir, 'feltdata');
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'actors.csv'),
    '\uFEFFid;navn;type;sektor\nf1;Fritidsklubben Ærø;organisation;Frivillig\nf2;Søren Østergaard;person;Frivillig\nf3;Jobcenter Syd;organisation;Kommune\n',
  );
  writeFileSync(join(folder, 'ties.csv'), '\uFEFFfra;til;type;styrke\nf2;f1;samarbejde;3\nf1;f3;samarbejde;2,5\n');
  return folder;
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(artefacts, `import-wizard-${name}.png`) });

/** Answers the browser-mode path prompt. */
async function typePath(page: Page, path: string) {
  const prompt = page.locator('form.modal');
  await prompt.getByRole('textbox').first().fill(path);
  await prompt.getByRole('button', { name: 'OK' }).click();
  await prompt.waitFor({ state: 'detached' });
}

describe('the import wizard', () => {
  it('takes a folder of CSV files into the open project as one undoable step', async () => {
    const { page } = app;
    const folder = writeSurvey(app.documentsDir);
    const before = await app.apiValue<ProjectSnapshot>('getProject');
    await page.getByRole('button', { name: 'Importér …' }).click();
    const wizard = page.getByRole('dialog', { name: 'Importér feltdata' });
    await shot(page, '1-source-da');
    await wizard.getByRole('button', { name: 'Vælg mappe med CSV-filer …' }).click();
    await typePath(page, folder);
    await wizard.getByText('Valgt: feltdata').waitFor();
    await wizard.getByRole('button', { name: 'Næste' }).click();
    await wizard.getByRole('heading', { name: /actors\.csv/ }).waitFor();
    await shot(page, '2-tables-da');
    await wizard.getByRole('button', { name: 'Næste' }).click();
    await wizard.getByText('Bliver til').first().waitFor();
    await shot(page, '3-values-da');
    await wizard.getByRole('button', { name: 'Næste' }).click();
    await wizard.getByText('Importen vil:').waitFor();
    await shot(page, '4-check-da');
    await wizard.getByRole('button', { name: 'Importér', exact: true }).click();
    await expect.poll(() => wizard.getByRole('status').textContent()).toContain('Importeret');
    await shot(page, '5-done-da');
    await wizard.getByRole('button', { name: 'Luk' }).click();
    const after = await app.apiValue<ProjectSnapshot>('getProject');
    expect(after.data.actors.length).toBe(before.data.actors.length + 3);
    expect(after.data.ties.length).toBe(before.data.ties.length + 2);
    await app.apiValue('undo');
    const undone = await app.apiValue<ProjectSnapshot>('getProject');
    expect(undone.data.actors.length).toBe(before.data.actors.length);
  });
});

describe('the export dialog', () => {
  it('writes the open project as GraphML where the user says, pseudonymised on request', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Eksportér …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Eksportér' });
    await dialog.getByLabel('GraphML (R, Python, Gephi, yEd)').check();
    await dialog.getByLabel(/^Pseudonymisér/).check();
    await shot(page, 'export-da');
    const target = join(app.documentsDir, 'bro.graphml');
    await dialog.getByRole('button', { name: 'Eksportér …' }).click();
    await typePath(page, target);
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('bro.graphml');
    expect(existsSync(target)).toBe(true);
    const project = await app.apiValue<ProjectSnapshot>('getProject');
    const text = readFileSync(target, 'utf8');
    const person = project.data.actors.find((a) => a.kind === 'person');
    expect(person && text.includes(person.label)).toBe(false);
    expect(text).toContain('P001');
    await dialog.getByRole('button', { name: 'Luk' }).click();
    await dialog.waitFor({ state: 'detached' });
  });
});

