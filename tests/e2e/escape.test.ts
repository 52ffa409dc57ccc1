/**
 * Escape closes whatever is open, in real Chromium on the sample "Bro Kommune": the path prompt,
 * a dialog, the map's popovers (filters, search hits) and its connect mode, the one opened last
 * first. One browser-mode app; the tests share its page and run in order.
 *
 * Needs the built renderer (`npm run build`) and Debian's Chromium.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appForTheseTests, type BrowserApp } from './browser-app';

let app: BrowserApp | undefined;
let page: Page;

const map = () => page.getByTestId('map');
const filters = () => page.getByTestId('map-filters');
const filtersOpen = () => filters().evaluate((el) => (el as unknown as { open: boolean }).open);
const focused = () => page.evaluate('document.activeElement?.textContent ?? ""');

appForTheseTests('escape', (started) => {
  app = started;
  page = started.page;
});

describe('Escape', () => {
  it('closes the path prompt, saving nothing', async () => {
    await page.getByRole('button', { name: 'Gem som…' }).click();
    const prompt = page.getByRole('form', { name: 'Gem en kopi som (.brobygger)' });
    await prompt.locator('input[name="path"]').fill('/tmp/brobygger-escape-never-saved.brobygger');
    await page.keyboard.press('Escape');
    expect(await prompt.count()).toBe(0);
    expect((await app?.apiValue<{ fileName: string }>('getProject'))?.fileName).toBe('Bro Kommune.brobygger');
  });

  it('closes a dialog, from wherever the focus is in it', async () => {
    await page.getByRole('button', { name: 'Indstillinger' }).click();
    const dialog = page.getByRole('dialog', { name: 'Indstillinger' });
    await dialog.getByRole('button', { name: 'Gem indstillingerne' }).focus();
    await page.keyboard.press('Escape');
    expect(await dialog.count()).toBe(0);
  });

  it("closes the map's filter panel and gives the focus back to its button", async () => {
    await filters().locator('summary').click();
    expect(await filtersOpen()).toBe(true);
    await filters().getByRole('checkbox').first().focus();
    await page.keyboard.press('Escape');
    expect(await filtersOpen()).toBe(false);
    expect(await focused()).toBe('Filtre');
  });

  it("closes the map search's hits, also from a hit", async () => {
    const search = page.getByRole('searchbox', { name: 'Find aktør' });
    const hits = page.getByRole('listbox', { name: 'Find aktør' });
    await search.fill('bro');
    await hits.getByRole('button').first().focus();
    await page.keyboard.press('Escape');
    expect(await hits.count()).toBe(0);
    expect(await search.inputValue()).toBe('');
  });

  it('leaves the connect mode', async () => {
    const connect = page.getByRole('button', { name: 'Forbind', exact: true });
    await connect.click();
    expect(await map().getAttribute('data-connect-mode')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => map().getAttribute('data-connect-mode')).toBe('false');
    expect(await connect.getAttribute('aria-pressed')).toBe('false');
  });

  it('closes what was opened last first: a dialog over an open filter panel, then the panel', async () => {
    await filters().locator('summary').click();
    await page.getByRole('button', { name: 'Forbind', exact: true }).click();
    await page.getByRole('button', { name: 'Indstillinger' }).click();
    const dialog = page.getByRole('dialog', { name: 'Indstillinger' });
    await page.keyboard.press('Escape');
    expect(await dialog.count()).toBe(0);
    expect(await filtersOpen()).toBe(true);
    expect(await map().getAttribute('data-connect-mode')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => map().getAttribute('data-connect-mode')).toBe('false');
    expect(await filtersOpen()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await filtersOpen()).toBe(false);
  });
});
