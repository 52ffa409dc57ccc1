/**
 * The image of the map in real Chromium, on a fresh working copy of the sample "Bro Kommune":
 * the dialog opened from the map's toolbar, the map as shown (a sector filtered off) saved as PNG
 * at 2× and as SVG, a saved view saved as PDF, and the dialog in English. The images are read
 * back (PNG header decoded, SVG parsed by python3, PDF by pdftotext). Screenshots and the images
 * in test-results/e2e/image-*.
 *
 * Needs the built renderer (`npm run build`) and Debian's Chromium.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appForTheseTests, artefacts, type BrowserApp } from './browser-app';
import { decodePng } from './png';

let app: BrowserApp | undefined;
let page: Page;

appForTheseTests('image', (started) => {
  app = started;
  page = started.page;
});

const documents = () => app?.documentsDir ?? '';
const dialog = () => page.getByTestId('image-dialog');

/** Saves from the open dialog to `name` in the documents folder, through the path prompt. */
async function saveAs(name: string, prompt = 'Eksportér: sti til filen eller mappen', saved = 'Billedet er gemt'): Promise<string> {
  const file = join(documents(), name);
  await dialog().getByRole('button', { name: /^(Gem…|Save…)$/ }).click();
  const form = page.getByRole('form', { name: prompt });
  await form.locator('input[name="path"]').fill(file);
  await form.getByRole('button', { name: 'OK' }).click();
  await expect.poll(async () => (await dialog().getByRole('status').count()) > 0 && (await dialog().getByRole('status').textContent()), { timeout: 30_000 }).toContain(saved);
  copyFileSync(file, join(artefacts, `image-${name}`));
  return file;
}

/** The text of an SVG's <text> elements, as python3's XML parser reads them. */
function svgTexts(file: string): string[] {
  const script = [
    'import sys, json, xml.etree.ElementTree as ET',
    "ns = '{http://www.w3.org/2000/svg}'",
    "print(json.dumps([t.text or '' for t in ET.parse(sys.argv[1]).getroot().iter(ns + 'text')]))",
  ].join('\n');
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' })) as string[];
}

describe('the image of the map', () => {
  it('saves the map as shown, a sector filtered off, as a PNG at twice the size and as an SVG', async () => {
    const filters = page.getByTestId('map-filters');
    await filters.locator('summary').click();
    await filters.getByRole('checkbox', { name: 'Kommune' }).uncheck();
    await filters.locator('summary').click();
    await page.getByTestId('map-image').click();
    await dialog().waitFor();
    await page.screenshot({ path: join(artefacts, 'image-dialog-da.png') });
    expect(await dialog().getByRole('heading').textContent()).toBe('Billede af kortet');
    await dialog().getByTestId('image-scale').selectOption('2');
    const png = decodePng(readFileSync(await saveAs('kort.png')));
    expect(png.width).toBe(2480);
    expect(png.height).toBe(Math.round(1240 / Math.SQRT2) * 2);

    await dialog().getByRole('radio', { name: 'SVG' }).check();
    const texts = svgTexts(await saveAs('kort.svg'));
    expect(texts).toContain('Signaturforklaring');
    expect(texts).toContain('Civilsamfund');
    // the municipality is filtered off the map, so it is off the image and its legend too
    expect(texts).not.toContain('Kommune');
    expect(texts.some((s) => s.startsWith('Bro Kommune · '))).toBe(true);
  });

  it('saves a saved view as a PDF with its title, legend and source line as text', async () => {
    await dialog().getByTestId('image-view').selectOption({ label: 'Hvis Søren Ærø går' });
    await dialog().getByRole('radio', { name: 'PDF' }).check();
    const file = await saveAs('scenarie.pdf');
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Hvis Søren Ærø går: de samarbejder, der mistes');
    expect(text).toContain('Signaturforklaring');
    expect(text).toContain('Forlader');
    await dialog().getByRole('button', { name: 'Annullér' }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    const filters = page.getByTestId('map-filters');
    await filters.locator('summary').click();
    await filters.getByRole('button', { name: 'Nulstil filtre' }).click();
  });

  it("draws the legend from the map's own styles: the proposed tie dashed, and contract, resource and fragile ties apart in greyscale", async () => {
    await page.getByRole('tab', { name: /^Visninger/ }).click();
    const card = page.getByTestId('views-list').locator('li', { has: page.locator('.view-name', { hasText: 'Hvis Søren Ærø går' }) });
    await card.getByRole('button', { name: 'Vis', exact: true }).click();
    const legend = page.getByTestId('legend');
    await legend.getByTestId('legend-proposal').waitFor();
    // pattern and width of each line swatch, as the style table gives them
    const look = (mark: string) => legend.locator(`li[data-mark="${mark}"] svg`).getAttribute('data-look');
    expect(await look('proposal')).toBe('10 5 3.5');
    expect(await look('fragile')).toBe('solid 5');
    const marks = await legend.locator('li[data-mark="contract"] svg path, li[data-mark="resources"] svg path').count();
    expect(marks, 'contract and resource ties carry a mark at their middle').toBe(2);
    // as a greyscale printout shows it (looked at: test-results/e2e/image-legend-grey.png)
    // through the CSSOM: the app's Content-Security-Policy refuses a style element
    await page.evaluate("document.documentElement.style.filter = 'grayscale(1)'");
    await legend.screenshot({ path: join(artefacts, 'image-legend-grey.png') });
    await page.evaluate("document.documentElement.style.filter = ''");
  });

  it('speaks English when the app does', async () => {
    await page.getByRole('combobox', { name: 'Sprog' }).selectOption('en');
    await page.getByTestId('map-image').click();
    await dialog().waitFor();
    expect(await dialog().getByRole('heading').textContent()).toBe('Image of the map');
    expect(await page.getByTestId('map-image').textContent()).toBe('Image of the map…');
    await page.screenshot({ path: join(artefacts, 'image-dialog-en.png') });
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('da');
  });
});
