import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ProjectSnapshot } from '../../src/core/api/contract';
import { appForTheseTests, artefacts, type BrowserApp } from './browser-app';

let app: BrowserApp;
appForTheseTests('survey-wizard', (started) => {
  app = started;
});

/**
 * A name generator as Danish Excel saves it, with the sample's names spelled as people write them:
 * surname first with oe for ø, aa for å, an initial (a suggestion for Mette Lund) and a name the
 * project does not have.
 */
function writeSurvey(dir: string): string {
  const file = join(dir, 'navnegenerator.csv');
  writeFileSync(
    file,
    '\uFEFFRespondent;Navn på kontakt;Kontaktens organisation;Relationstype;Hyppighed;Citat\n' +
      'Soerensen, Maja;M. Lund;Integrationsafdelingen;samarbejde;4;Vi ringer hver uge\n' +
      'Aase Østergaard;Ahmad K.;Røde Kors Bro;samarbejde;3;\n' +
      'Jens Møller;Mette Lund;;rådgivning;2;\n',
  );
  return file;
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(artefacts, `survey-wizard-${name}.png`) });

/** Answers the browser-mode path prompt. */
async function typePath(page: Page, path: string) {
  const prompt = page.locator('form.modal');
  await prompt.getByRole('textbox').first().fill(path);
  await prompt.getByRole('button', { name: 'OK' }).click();
  await prompt.waitFor({ state: 'detached' });
}

/** Opens the wizard on the survey and goes to its names step, in the language shown. */
async function toNames(page: Page, file: string, words: { open: string; title: string; choose: string; next: string; names: string }) {
  await page.getByRole('button', { name: words.open }).click();
  const wizard = page.getByRole('dialog', { name: words.title });
  await wizard.getByRole('button', { name: words.choose }).click();
  await typePath(page, file);
  await wizard.getByRole('button', { name: words.next }).click();
  await wizard.getByRole('heading', { name: /navnegenerator\.csv/ }).waitFor();
  await wizard.getByRole('button', { name: words.next }).click();
  await wizard.getByRole('button', { name: words.next }).click();
  await wizard.getByRole('region', { name: words.names }).waitFor();
  return wizard;
}

const DANISH = { open: 'Importér …', title: 'Importér feltdata', choose: 'Vælg fil …', next: 'Næste', names: 'Personer' };
const ENGLISH = { open: 'Import …', title: 'Import field data', choose: 'Choose a file …', next: 'Next', names: 'Persons' };

describe('a name-generator survey in the import wizard', () => {
  it('confirms a suggestion, creates one new person, imports as one step and undoes it', async () => {
    const { page } = app;
    const file = writeSurvey(app.documentsDir);
    const before = await app.apiValue<ProjectSnapshot>('getProject');
    const wizard = await toNames(page, file, DANISH);
    await expect.poll(() => wizard.getByRole('status').first().textContent()).toBe('1 forslag venter på at blive bekræftet eller afvist.');
    await expect.poll(() => wizard.getByRole('button', { name: 'Næste' }).isDisabled()).toBe(true);
    await shot(page, 'names-da');

    // the suggestion confirmed, the unknown name a new person, the rest as matched exactly
    const lund = wizard.getByRole('combobox', { name: 'Personer: M. Lund' });
    await lund.selectOption({ label: 'Mette Lund – sandsynligvis (0,845)' });
    await wizard.getByRole('combobox', { name: 'Personer: Ahmad K.' }).selectOption('new');
    await expect.poll(() => wizard.getByRole('combobox', { name: 'Personer: Soerensen, Maja' }).inputValue()).toBe('actor:p-maja-soerensen');
    await shot(page, 'names-decided-da');
    await wizard.getByRole('button', { name: 'Næste' }).click();
    await wizard.getByText('Importen vil:').waitFor();
    await shot(page, 'names-check-da');
    await wizard.getByRole('button', { name: 'Importér', exact: true }).click();
    await expect.poll(() => wizard.getByRole('status').textContent()).toContain('Importeret');
    await wizard.getByRole('button', { name: 'Luk' }).click();

    const after = await app.apiValue<ProjectSnapshot>('getProject');
    expect(after.data.actors.length).toBe(before.data.actors.length + 1);
    expect(after.data.actors.find((a) => a.label === 'Ahmad K.')).toMatchObject({ id: 'p-ahmad-k', kind: 'person' });
    const added = after.data.ties.filter((t) => !before.data.ties.some((b) => b.id === t.id));
    expect(added.map((t) => [t.source, t.target, t.type, t.strength])).toEqual([
      ['p-maja-soerensen', 'p-mette-lund', 'collaboration', 4],
      ['p-aase-oestergaard', 'p-ahmad-k', 'collaboration', 3],
      ['p-jens-moeller', 'p-mette-lund', 'advice', 2],
    ]);
    await app.apiValue('undo');
    const undone = await app.apiValue<ProjectSnapshot>('getProject');
    expect(undone.data).toEqual(before.data);
  });

  it('shows the names step in English', async () => {
    const { page } = app;
    const file = writeSurvey(app.documentsDir);
    await page.getByRole('combobox', { name: 'Sprog' }).selectOption('en');
    const wizard = await toNames(page, file, ENGLISH);
    await expect.poll(() => wizard.getByRole('status').first().textContent()).toBe('1 suggestion is waiting to be confirmed or rejected.');
    await wizard.getByText('Mette Lund – likely (0.845)').first().waitFor();
    await shot(page, 'names-en');
    await wizard.getByRole('button', { name: 'Confirm every suggestion' }).click();
    await expect.poll(() => wizard.getByRole('button', { name: 'Next' }).isDisabled()).toBe(false);
    await wizard.getByRole('button', { name: 'Cancel' }).click();
    await wizard.waitFor({ state: 'detached' });
  });
});
