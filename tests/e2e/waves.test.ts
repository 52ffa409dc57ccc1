/**
 * Waves in real Chromium, on a fresh working copy of the sample "Bro Kommune": a wave defined in
 * the Runder tab and the sample's first wave copied into it, the sample's two waves compared side
 * by side (figures, sentences, lists), the map and legend drawing what came, went and stayed, a
 * list item shown on the map, a wave removed after saying what is only in it, and English.
 * Screenshots in test-results/e2e/waves-*.png.
 *
 * Needs the built renderer (`npm run build`) and Debian's Chromium.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appForTheseTests, artefacts, type BrowserApp, findOnMap, openProjectIn } from './browser-app';

let app: BrowserApp | undefined;
let page: Page;

appForTheseTests('waves', (started) => {
  app = started;
  page = started.page;
});

const nextPaint = () => page.evaluate<number>('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
const shot = async (name: string) => {
  await nextPaint();
  await page.screenshot({ path: join(artefacts, `waves-${name}.png`) });
};
const SIDEBAR = "document.querySelector('.sidebar .table-wrap')";
const scrollPanelTo = (selector: string) => page.evaluate(`document.querySelector(${JSON.stringify(selector)})?.scrollIntoView({ block: 'start' })`);
const project = () => openProjectIn(app);
const wavesTable = () => page.getByTestId('waves-table');
const waveRow = (label: string) => wavesTable().locator('tbody tr', { has: page.locator(`input[value="${label}"]`) });
const figures = () => page.getByTestId('wave-figures');
const figureRow = async (measure: string) => (await figures().locator(`tr[data-measure="${measure}"] td`).allTextContents()).map((x) => x.trim());
const map = () => page.getByTestId('map');
const marks = async () => (await map().getAttribute('data-wave-marks')) ?? '';
const compareSide = (name: string) => page.getByTestId('wave-compare').getByRole('combobox', { name });

describe('the waves tab', () => {
  it('defines a wave, and copies the first wave into it as one step', async () => {
    await page.getByRole('tab', { name: /^Runder/ }).click();
    await wavesTable().waitFor();
    expect(await wavesTable().locator('tbody tr').count()).toBe(2);
    expect(await waveRow('2025').locator('td').nth(2).textContent()).toBe('69 aktører, 130 relationer');

    await page.getByRole('textbox', { name: 'Navn på den nye runde' }).fill('2027');
    await page.getByLabel('Dato for den nye runde').fill('2027-03-01');
    await page.getByRole('button', { name: 'Tilføj runde' }).click();
    await expect.poll(() => wavesTable().locator('tbody tr').count()).toBe(3);
    // a new wave holds what lists no wave: everything but what is in 2025 or 2026 alone
    expect(await waveRow('2027').locator('td').nth(2).textContent()).toBe('68 aktører, 128 relationer');
    expect((await project()).data.waves.map((w) => [w.label, w.date])).toEqual([
      ['2025', '2025-03-01'],
      ['2026', '2026-03-01'],
      ['2027', '2027-03-01'],
    ]);

    await page.getByText('Kopiér en runde, eller sæt en hel organisation med i en runde').click();
    const copy = page.getByRole('form', { name: 'Kopiér en runde ind i en anden' });
    await copy.getByRole('combobox', { name: 'Fra' }).selectOption({ label: '2025' });
    await copy.getByRole('combobox', { name: 'til' }).selectOption({ label: '2027' });
    await copy.getByRole('button', { name: 'Kopiér' }).click();
    await expect.poll(() => waveRow('2027').locator('td').nth(2).textContent()).toBe('69 aktører, 130 relationer');
    const history = await project();
    expect(history.history.undo).toMatchObject({ key: 'waves.history.copy', params: { from: '2025', label: '2027', count: 4 } });

    // a whole organisation out of the new wave: the club, its members and their memberships
    const presence = page.getByRole('form', { name: 'En hel organisation med i en runde' });
    await presence.getByRole('combobox', { name: 'Vælg organisation' }).selectOption({ label: 'Bro Boldklub' });
    await presence.getByRole('combobox', { name: 'Med eller ikke med' }).selectOption({ label: 'er ikke med i' });
    await presence.getByRole('combobox', { name: 'Runde' }).selectOption({ label: '2027' });
    expect(await presence.getByTestId('presence-preview').textContent()).toBe('Bro Boldklub, dens 8 medlemmer og deres medlemskaber. 17 af dem ændres.');
    await shot('da-list');
    await presence.getByRole('button', { name: 'Anvend' }).click();
    await expect.poll(() => waveRow('2027').locator('td').nth(2).textContent()).toBe('60 aktører, 115 relationer');
    expect((await project()).history.undo).toMatchObject({ key: 'waves.history.presenceOff', params: { label: '2027', count: 17 } });
  });

  it("compares the sample's two waves: the figures side by side, and what changed", async () => {
    await compareSide('Før').selectOption({ label: '2025' });
    await compareSide('Efter').selectOption({ label: '2026' });
    await figures().waitFor({ timeout: 30_000 });
    await expect.poll(() => figures().locator('th').allTextContents()).toEqual(['Mål', '2025', '2026', 'Ændring']);
    await expect.poll(() => figureRow('ties')).toEqual(['Relationer', '130', '131', '+1']);
    expect(await figureRow('actors')).toEqual(['Aktører', '69', '69', '']);
    expect(await figureRow('collaborations')).toEqual(['Samarbejder', '44', '50', '+6']);
    expect(await figureRow('flaggedCollaborations')).toEqual(['Samarbejder, der hænger på én', '15', '13', '−2']);
    expect(await figureRow('keyPersons')).toEqual(['Nøglepersoner', '10', '8', '−2']);

    const changes = page.getByTestId('wave-changes');
    expect(await changes.locator('li').first().textContent()).toBe(
      'VærreSamarbejdet mellem Sprogcenter Bro og Røde Kors Bro blev i 2025 båret af én relation, men har ingen bærere i 2026: Ida Lauritsen er ikke med længere.',
    );
    expect(await page.getByTestId('ties-gained').locator('li').allTextContents()).toEqual([
      'Lone Jeppesen – Signe Dalsgaard (Samarbejde)',
      'Amina Hassan – Rania Haddad (Samarbejde)',
      'Åse Østergaard – Signe Dalsgaard (Samarbejde)',
    ]);
    expect(await page.getByTestId('ties-lost').locator('li').allTextContents()).toEqual(['Bent Poulsen – Ida Lauritsen (Samarbejde)', 'Hanne Krogh – Ida Lauritsen (Samarbejde)']);
    expect(await page.getByTestId('persons-joined').locator('li').allTextContents()).toEqual(['Signe Dalsgaard']);
    expect(await page.getByTestId('persons-left').locator('li').allTextContents()).toEqual(['Ida Lauritsen']);
    expect(await page.getByTestId('collaborations-ended').locator('li').allTextContents()).toEqual(['Sprogcenter Bro – Røde Kors Bro']);
    expect(await page.getByTestId('collaborations-strengthened').locator('li').first().textContent()).toBe('Integrationsafdelingen – Modtagerkorpset');
    expect(await page.getByTestId('key-persons-then').locator('li').allTextContents()).toContain('Ida Lauritsen (alene om 1 samarbejde)');
    expect(await page.getByTestId('key-persons-now').locator('li').allTextContents()).not.toContain('Ida Lauritsen (alene om 1 samarbejde)');
    await page.evaluate(`${SIDEBAR}.scrollTo(0, 0)`);
    await shot('da-compare');
  });

  it('draws on the map what came, went and stayed, and the legend says which is which', async () => {
    await expect.poll(marks).toBe('ties gained:3 lost:2 kept:128 absent:0; actors gained:1 lost:1 kept:68 absent:0');
    const legend = page.getByTestId('legend');
    expect(await legend.getByRole('heading', { name: 'Runde 2025 → 2026' }).count()).toBe(1);
    const items = await page.evaluate<string[][]>(`[...document.querySelectorAll('[data-testid="legend-waves"] li')].map((li) => [li.dataset.mark, li.textContent])`);
    expect(items).toEqual([
      ['tie-gained', 'Relation kommet til i 2026'],
      ['tie-lost', 'Relation faldet bort (kun i 2025)'],
      ['tie-kept', 'Relation i begge runder'],
      ['actor-joined', 'Aktør kommet til i 2026'],
      ['actor-left', 'Aktør ikke med i 2026'],
    ]);
    // the samples differ by pattern and width, not by colour alone
    const lines = await page.evaluate<string[]>(
      `[...document.querySelectorAll('[data-testid="legend-waves"] svg[data-swatch="line"]')].map((s) => s.dataset.look)`,
    );
    expect(lines).toEqual(['12 4 5', '1.5 3 4', 'solid 1.5']);
    // ties are drawn by where they are present, so the legend no longer lists types or formality
    expect(await legend.getByTestId('legend-tie-types').count()).toBe(0);

    // close up and in greyscale, as a printout shows it: the three kinds of tie stay apart
    const signe = await findOnMap(page, 'Signe Dalsgaard');
    await page.mouse.move(signe.x, signe.y);
    for (let i = 0; i < 4; i++) {
      await page.mouse.wheel(0, -300);
      await nextPaint();
    }
    await page.evaluate("document.documentElement.style.filter = 'grayscale(1)'");
    await shot('da-map-greyscale');
    await page.evaluate("document.documentElement.style.filter = ''");
    await shot('da-map-close');
    await page.getByRole('button', { name: 'Tilpas' }).click();
  });

  it('shows a chosen item on the map', async () => {
    const amina = page.getByTestId('ties-gained').getByRole('button', { name: 'Amina Hassan – Rania Haddad (Samarbejde)' });
    await amina.click();
    await expect.poll(() => map().getAttribute('data-highlighted')).toBe('3');
    expect(await amina.getAttribute('aria-pressed')).toBe('true');
    await shot('da-chosen');
    await amina.click();
    await expect.poll(() => map().getAttribute('data-highlighted')).toBe('0');
  });

  it('says what is only in a wave before removing it, and removes it as one step', async () => {
    await page.evaluate(`${SIDEBAR}.scrollTo(0, 0)`);
    const dialog = page.getByRole('alertdialog');
    // a copy of 2025: nothing is in 2027 alone, and nothing in 2025 alone while 2027 is there
    await waveRow('2027').getByRole('button', { name: 'Slet runde 2027 …' }).click();
    expect(await dialog.getByTestId('remove-wave-only').textContent()).toBe('Intet element er kun med i runde 2027; alt andet beholder sine runder.');
    await dialog.getByRole('button', { name: 'Slet runde' }).click();
    await expect.poll(() => wavesTable().locator('tbody tr').count()).toBe(2);
    expect((await project()).history.undo).toMatchObject({ key: 'history.waveRemove', params: { label: '2027' } });

    await waveRow('2025').getByRole('button', { name: 'Slet runde 2025 …' }).click();
    expect(await dialog.getByTestId('remove-wave-only').textContent()).toBe(
      '4 elementer er kun med i runde 2025 (1 aktør, 2 relationer, 1 tilknytning). Uden runden er de ikke knyttet til nogen runde og tæller derfor som med i alle runder.',
    );
    await shot('da-remove');
    await dialog.getByRole('button', { name: 'Annullér' }).click();
    expect(await wavesTable().locator('tbody tr').count()).toBe(2);
  });

  it('speaks English when the interface does', async () => {
    await page.getByRole('combobox', { name: 'Sprog' }).selectOption('en');
    await expect.poll(() => figureRow('ties')).toEqual(['Ties', '130', '131', '+1']);
    expect(await page.getByTestId('wave-changes').locator('li').first().textContent()).toBe(
      'WorseThe collaboration between Sprogcenter Bro and Røde Kors Bro was carried by one tie in 2025, but has no carriers in 2026: Ida Lauritsen is no longer there.',
    );
    expect(await page.getByTestId('legend-waves').locator('li').first().textContent()).toBe('Tie new in 2026');
    await page.evaluate(`${SIDEBAR}.scrollTo(0, 0)`);
    await shot('en-compare');
    await scrollPanelTo('.wave-list');
    await shot('en-list');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('da');
    await expect.poll(() => page.getByRole('tab', { name: /^Runder/ }).count()).toBe(1);
  });
});
