/**
 * The first hour of a new user, in real Chromium: a small network mapped by hand from an empty
 * project (issue 17, "Entry"). Where to start, a person's role in the form, table cells that show
 * they can be edited, a sector name taken twice or cleared, a membership's end date before its
 * start, and a person added twice under one name, each checked by what the user sees.
 * Screenshots of each screen in Danish and English go to test-results/e2e. The tests share one
 * page and run in order.
 *
 * Needs the built renderer (`npm run build`) and Debian's Chromium.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ProjectSnapshot } from '../../src/core/api/contract';
import { appForTheseTests, artefacts, type BrowserApp } from './browser-app';

let app: BrowserApp | undefined;
let page: Page;

const project = async () => {
  if (!app) throw new Error('the browser-mode app did not start');
  const p = await app.apiValue<ProjectSnapshot | null>('getProject');
  if (!p) throw new Error('no project is open');
  return p.data;
};
const nextPaint = () => page.evaluate<number>('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
const setLanguage = (lang: 'da' | 'en') => page.getByRole('combobox', { name: lang === 'en' ? 'Sprog' : 'Language' }).selectOption(lang);
/** A screenshot of the page in Danish and in English, for a person to look at. */
const shot = async (name: string) => {
  await nextPaint();
  await page.screenshot({ path: join(artefacts, `first-hour-entry-${name}-da.png`) });
  await setLanguage('en');
  await nextPaint();
  await page.screenshot({ path: join(artefacts, `first-hour-entry-${name}-en.png`) });
  await setLanguage('da');
  await nextPaint();
};

appForTheseTests(
  'first-hour-entry',
  (started) => {
    app = started;
    page = started.page;
  },
  {
    prepare: async (started) => {
      await started.apiValue('newProject', { path: join(started.documentsDir, 'Nyt netværk.brobygger'), name: 'Nyt netværk' });
    },
  },
);

describe('a network mapped by hand from an empty project', () => {
  it('refuses a sector name another sector has, and an emptied one, with the reason beside the name typed', async () => {
    await page.getByRole('button', { name: 'Indstillinger' }).click();
    const settings = page.getByRole('dialog', { name: 'Indstillinger' });
    const sectors = settings.locator('fieldset', { has: page.getByText('Sektorer', { exact: true }) });
    const before = (await project()).codebooks.sectors.length;
    const add = sectors.locator('.add-sector');
    await add.getByRole('textbox', { name: 'Dansk navn' }).fill('Kommune');
    await add.getByRole('button', { name: 'Tilføj sektor' }).click();
    await expect.poll(() => add.getByRole('alert').textContent()).toBe('navnet "Kommune" er allerede brugt i kodebogen');
    expect(await add.getByRole('textbox', { name: 'Dansk navn' }).inputValue(), 'what was typed stays').toBe('Kommune');
    expect(await add.getByRole('textbox', { name: 'Dansk navn' }).getAttribute('aria-invalid')).toBe('true');
    expect((await project()).codebooks.sectors).toHaveLength(before);
    expect(await page.locator('.error-banner').count(), 'the reason is beside the field, not in a banner').toBe(0);

    // an existing sector renamed as another, then emptied
    const civil = sectors.locator('tbody tr').filter({ has: page.locator('td.muted', { hasText: 'civil_society' }) });
    const name = civil.getByRole('textbox', { name: 'Dansk navn' });
    await name.fill('kommune');
    await name.blur();
    await expect.poll(() => civil.getByRole('alert').textContent()).toBe('navnet "kommune" er allerede brugt i kodebogen');
    await name.fill('');
    await name.blur();
    await expect.poll(() => civil.getByRole('alert').textContent()).toBe('må ikke være tom');
    expect(await name.inputValue(), 'the emptied name is not put back behind the user\'s back').toBe('');
    expect((await project()).codebooks.sectors.find((s) => s.key === 'civil_society')?.label.da).toBe('Civilsamfund');
    await add.scrollIntoViewIfNeeded();
    await shot('sector-refused');
    await name.fill('Civilsamfund');
    await name.blur();
    await expect.poll(() => civil.getByRole('alert').count()).toBe(0);
    await settings.getByRole('button', { name: 'Luk', exact: true }).click();
  });
});
