/**
 * "Delete completely" and clearing the history in real Chromium, on a working copy of the
 * sample in browser mode: the warning (Danish and English, Escape leaves everything as it was),
 * the erasure through the UI, and then a grep of the project file's raw bytes, of its log and
 * of a copy saved afterwards. The tests share one page and run in order.
 *
 * Needs the built renderer (`npm run build`) and Debian's Chromium.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../../src/core/commands';
import { SECRET, SECRETS, tracesIn } from '../helpers/traces';
import { appForTheseTests, artefacts, type BrowserApp, openProjectIn } from './browser-app';

let app: BrowserApp | undefined;
let page: Page;
let projectPath = '';

const apiValue = <T>(method: string, input: object = {}): Promise<T> => {
  if (!app) throw new Error('the browser-mode app did not start');
  return app.apiValue<T>(method, input);
};
const project = () => openProjectIn(app);
const shot = async (name: string) => {
  await app?.nextPaint();
  await page.screenshot({ path: join(artefacts, `erase-${name}.png`) });
};
const dialog = () => page.getByRole('alertdialog');

/** Chooses a person in the Personer table, so that their details show. */
async function choosePerson(name: string): Promise<void> {
  await page.getByRole('tab', { name: /^(Personer|Persons)/ }).click();
  await page.getByRole('searchbox', { name: /^(Søg|Search)$/ }).fill(name);
  await page.locator('.sidebar tr', { hasText: name }).first().click();
  await page.getByTestId('actor-details').waitFor();
}

appForTheseTests('erase', async (started) => {
  app = started;
  page = started.page;
  const p = await project();
  projectPath = p.path;
  const organisation = p.data.actors.find((a) => a.kind === 'organisation')?.id ?? '';
  const person = p.data.actors.find((a) => a.kind === 'person')?.id ?? '';
  const secret: CommandInput = {
    type: 'batch',
    commands: [
      { type: 'actor.add', actor: { id: 'secret', kind: 'person', label: SECRET.name, notes: SECRET.notes, attributes: { status: SECRET.attribute } } },
      { type: 'membership.add', membership: { person: 'secret', organisation, role: 'volunteer' } },
      { type: 'tie.add', tie: { source: 'secret', target: person, evidence: { source: 'interview', quote: SECRET.quote, confidence: 'high' }, notes: SECRET.tieNotes } },
    ],
  };
  await apiValue('apply', { command: secret });
  await apiValue('apply', { command: { type: 'actor.update', id: 'secret', patch: { notes: `${SECRET.notes} (rettet)` } } });
});

describe('deleting a person completely in the app', () => {
  it('warns in Danish, naming the person and what goes, and Escape leaves everything as it was', async () => {
    expect(tracesIn(projectPath)).toEqual(SECRETS);
    const before = await project();
    await choosePerson(SECRET.name);
    await page.getByRole('button', { name: 'Slet helt …' }).click();
    await expect.poll(() => dialog().textContent()).toContain('Det kan ikke fortrydes.');
    const text = (await dialog().textContent()) ?? '';
    expect(text).toContain(`Slet ${SECRET.name} helt?`);
    expect(text).toContain(`Det sletter ${SECRET.name}, 1 tilknytning til en organisation og 1 relation med dens citat og noter.`);
    expect(text).toContain('fortrydelseshistorikken (2 trin ændres eller fjernes)');
    expect(text).toContain('Kopier af filen og eksporter, der er gemt før, indeholder stadig personen.');
    // the safe answer has the focus
    expect(await page.evaluate<string>('document.activeElement?.textContent ?? ""')).toBe('Annullér');
    await shot('warning-da');

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
    const after = await project();
    expect(after.revision).toBe(before.revision);
    expect(after.data).toEqual(before.data);
    expect(tracesIn(projectPath)).toEqual(SECRETS);
  });

  it('deletes the person through the warning, leaving no byte of them in the file, its log or a copy', async () => {
    await page.getByRole('button', { name: 'Slet helt …' }).click();
    await dialog().getByRole('button', { name: 'Slet helt', exact: true }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(async () => (await project()).data.actors.some((a) => a.id === 'secret')).toBe(false);
    await expect.poll(() => page.locator('.sidebar tr', { hasText: SECRET.name }).count()).toBe(0);
    expect(await page.getByTestId('actor-details').count()).toBe(0);
    await shot('after-da');

    expect(tracesIn(projectPath)).toEqual([]);
    const copy = join(app?.documentsDir ?? '', 'Kopi.brobygger');
    await apiValue('saveProjectAs', { path: copy });
    expect(tracesIn(copy)).toEqual([]);
    expect(tracesIn(projectPath)).toEqual([]);
  });

  it('warns in English too, and Cancel leaves everything as it was', async () => {
    await page.getByRole('combobox', { name: 'Sprog' }).selectOption('en');
    await page.getByRole('tab', { name: /^Persons/ }).waitFor();
    const before = await project();
    const person = before.data.actors.find((a) => a.kind === 'person');
    if (!person) throw new Error('no person in the sample');
    await choosePerson(person.label);
    await page.getByRole('button', { name: 'Delete completely …' }).click();
    await expect.poll(() => dialog().textContent()).toContain('This cannot be undone.');
    expect((await dialog().textContent()) ?? '').toContain(`Delete ${person.label} completely?`);
    await shot('warning-en');
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    expect((await project()).data).toEqual(before.data);
  });
});

describe('clearing the undo history in the settings', () => {
  it('asks first with the number of steps, and clears them', async () => {
    await page.getByRole('combobox', { name: 'Language' }).selectOption('da');
    await apiValue('apply', { command: { type: 'project.update', patch: { description: 'Kortlægning 2026' } } });
    expect((await project()).history.undoCount).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Indstillinger' }).click();
    const settings = page.getByRole('dialog');
    const clear = settings.getByRole('button', { name: 'Ryd historikken …' });
    await clear.scrollIntoViewIfNeeded();
    await clear.click();
    await expect.poll(() => dialog().textContent()).toContain('fra fortrydelseshistorikken og skriver filen om');
    expect((await dialog().textContent()) ?? '').toContain('Det fjerner 1 trin (af 1)');
    await shot('clear-history-da');
    // Escape closes the question, not the settings under it
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
    expect(await settings.count()).toBe(1);
    expect((await project()).history.undoCount).toBe(1);

    await clear.click();
    await dialog().getByRole('button', { name: 'Ryd historikken', exact: true }).click();
    await expect.poll(async () => (await project()).history.undoCount).toBe(0);
    await expect.poll(() => settings.getByRole('status').textContent()).toBe('1 trin er fjernet fra historikken.');
    await shot('cleared-da');
  });
});
