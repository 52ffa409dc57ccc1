/**
 * The steering-group report in real Chromium, on a fresh working copy of the sample "Bro
 * Kommune": the dialog from the toolbar with the report previewed (every section, a map per saved
 * view, the bonding chart), in English, pseudonymised without a name, saved as PDF through the
 * path prompt (read back by poppler), and the print command printing the report, not the window
 * (Ctrl+P opens the dialog and prints; printed as PDF by Chromium, only the report is on the
 * pages). Screenshots in test-results/e2e/report-*.png.
 *
 * Needs the built renderer (`npm run build`) and Debian's Chromium.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appForTheseTests, artefacts } from './browser-app';

let page: Page;

appForTheseTests('report', (started) => {
  page = started.page;
});

const dialog = () => page.getByTestId('report-dialog');
const preview = () => page.getByTestId('report-preview');
const sectionTitles = () => preview().locator('.report-section > h2').allTextContents();
const shot = async (name: string) => {
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
  await page.screenshot({ path: join(artefacts, `report-${name}.png`) });
};
/** Waits until every picture of the preview has loaded. */
const picturesLoaded = () => page.evaluate<boolean>("[...document.querySelectorAll('.report-preview img')].every((i) => i.complete && i.naturalWidth > 0)");

describe('the report dialog', () => {
  it('previews the whole report in Danish, with a map per saved view and the bonding chart', async () => {
    await page.getByTestId('open-report').click();
    await preview().waitFor({ timeout: 60_000 });
    expect(await sectionTitles()).toEqual([
      'Sammenfatning',
      'Kortet over netværket',
      'Skrøbelige samarbejder',
      'Nøglepersoner og fratrædelser',
      'Plan for robusthed',
      'Bonding og brobygning',
      'Magt og repræsentation',
      'Modtagelsesforløbet',
      'Udviklingen mellem runderne',
      'Metoder og begreber',
      'Datagrundlag',
    ]);
    expect(await preview().locator('.report-map img').count()).toBe(3);
    expect(await preview().locator('img.report-chart').count()).toBe(1);
    await expect.poll(picturesLoaded).toBe(true);
    expect(await preview().textContent()).toContain('Hvis Søren Ærø stopper');
    await shot('preview-da');
    await preview().locator('[data-section="bonding"]').scrollIntoViewIfNeeded();
    await shot('preview-da-bonding');
  });

  it('words the preview in English, and pseudonymised shows codes instead of names', async () => {
    await dialog().getByRole('radio', { name: 'English' }).check();
    await expect.poll(sectionTitles).toContain('Bonding and bridging');
    expect(await preview().locator('.report-title-page h1').textContent()).toBe('The collaboration network of Bro Kommune');
    await shot('preview-en');
    await dialog().getByRole('radio', { name: 'Dansk' }).check();
    await dialog().getByRole('checkbox', { name: /^Pseudonymisér/ }).check();
    await expect.poll(async () => (await preview().textContent()) ?? '', { timeout: 60_000 }).toContain('Pseudonymiseret');
    const text = (await preview().textContent()) ?? '';
    for (const name of ['Søren Ærø', 'Åse Østergaard', 'Røde Kors Bro', 'Jobcenter Bro']) expect(text).not.toContain(name);
    expect(text).toMatch(/Hvis P0\d\d stopper/);
    await dialog().getByRole('checkbox', { name: /^Pseudonymisér/ }).uncheck();
    await expect.poll(async () => (await preview().textContent()) ?? '', { timeout: 60_000 }).toContain('Søren Ærø');
  });

  it('saves the report as PDF through the path prompt, with only the views chosen', async () => {
    await dialog().getByRole('checkbox', { name: 'Skrøbelige samarbejder' }).uncheck();
    await expect.poll(() => preview().locator('.report-map img').count(), { timeout: 60_000 }).toBe(2);
    await dialog().getByRole('button', { name: 'Gem som PDF …' }).click();
    const form = page.getByRole('form', { name: 'Eksportér: sti til filen eller mappen' });
    const path = await form.locator('input[name="path"]').inputValue();
    expect(path).toMatch(/rapport\.pdf$/);
    await form.getByRole('button', { name: 'OK' }).click();
    await expect.poll(async () => (await dialog().getByRole('status').textContent()) ?? '', { timeout: 60_000 }).toContain(path);
    expect(existsSync(path)).toBe(true);
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Figur 2: Hvis Søren Ærø går');
    expect(text).not.toContain('Figur 3');
    expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/A4/);
  });

  it('prints the report, not the window: Ctrl+P opens the dialog and prints its preview alone', async () => {
    await dialog().getByRole('button', { name: 'Luk' }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    await page.evaluate('window.__printed = 0; window.print = () => { window.__printed += 1; }');
    await page.keyboard.press('Control+p');
    await preview().waitFor({ timeout: 60_000 });
    await expect.poll(() => page.evaluate<number>('window.__printed')).toBe(1);
    await expect.poll(picturesLoaded).toBe(true);
    // what the printer gets: the report's pages, the app's toolbar and map nowhere on them
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.toolbar').isVisible()).toBe(false);
    expect(await page.getByTestId('map').isVisible()).toBe(false);
    expect(await preview().isVisible()).toBe(true);
    await shot('print-media');
    const pdf = await page.pdf({ format: 'A4' });
    const file = join(artefacts, 'report-printed.pdf');
    writeFileSync(file, pdf);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(12);
    const printed = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(printed).toContain('Samarbejdsnetværket i Bro Kommune');
    expect(printed).toContain('Datagrundlag');
    expect(printed).not.toContain('Gem som PDF');
    await page.emulateMedia({ media: 'screen' });
    await dialog().getByRole('button', { name: 'Luk' }).click();
  });
});
