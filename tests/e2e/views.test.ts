/**
 * Saved views and the presentation in real Chromium, on a fresh working copy of the sample "Bro
 * Kommune": the sample's three views listed, one shown (a departure scenario on the map), the map
 * saved as a new view, everything changed, the view shown again and compared with what was saved
 * (toolbar, layout and a screenshot of the map), the slides presented with the keyboard, and
 * English. Screenshots in test-results/e2e/views-*.png.
 *
 * Needs the built renderer (`npm run build`) and Debian's Chromium.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appForTheseTests, artefacts, type BrowserApp, openProjectIn } from './browser-app';
import { decodePng } from './png';

let app: BrowserApp | undefined;
let page: Page;

appForTheseTests('views', (started) => {
  app = started;
  page = started.page;
});

const nextPaint = () => page.evaluate<number>('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
const settle = async () => {
  await expect.poll(() => map().getAttribute('data-layout')).toBe('done');
  for (let i = 0; i < 4; i++) await nextPaint();
  await page.waitForTimeout(400);
};
const shot = async (name: string) => {
  await nextPaint();
  await page.screenshot({ path: join(artefacts, `views-${name}.png`) });
};
const map = () => page.getByTestId('map');
const card = (name: string) => page.getByTestId('views-list').locator('li', { has: page.locator('.view-name', { hasText: name }) });
const project = () => openProjectIn(app);
const viewShownCount = async () => Number((await map().getAttribute('data-view-shown')) ?? '0');

describe('saved views', () => {
  it("lists the sample's three views as slides, and shows the departure scenario one on the map", async () => {
    await page.getByRole('tab', { name: /^Visninger/ }).click();
    await page.getByTestId('views-panel').waitFor();
    expect(await page.getByTestId('views-list').locator('.view-name').allTextContents()).toEqual(['Overblik efter sektor', 'Skrøbelige samarbejder', 'Hvis Søren Ærø går']);
    const before = await viewShownCount();
    await card('Hvis Søren Ærø går').getByRole('button', { name: 'Vis', exact: true }).click();
    await expect.poll(viewShownCount).toBeGreaterThan(before);
    await expect.poll(async () => Number(await map().getAttribute('data-scenario-leaving'))).toBe(1);
    await expect.poll(async () => Number(await map().getAttribute('data-scenario-lost'))).toBeGreaterThan(0);
    await settle();
    await shot('scenario-da');
  });

  it('saves the map as a view and, after everything was changed, shows it again exactly as saved', async () => {
    await card('Overblik efter sektor').getByRole('button', { name: 'Vis', exact: true }).click();
    await expect.poll(() => map().getAttribute('data-layout-name')).toBe('shores');
    await settle();
    // the analyst's own choices: colour, persons in organisations off, a wheel zoom
    const box = await map().boundingBox();
    if (!box) throw new Error('no map');
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
    await page.mouse.wheel(0, -300);
    await settle();
    await page.getByRole('button', { name: 'Gem kortet som visning …' }).click();
    const form = page.getByTestId('view-new');
    await form.getByLabel('Navn').fill('Mit kort');
    await form.getByLabel('Diasets titel').fill('Kortet, som jeg så det');
    await form.getByLabel('Talenoter').fill('Husk at nævne floden.');
    await form.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(async () => (await project()).data.views.map((v) => v.name)).toContain('Mit kort');
    const saved = (await project()).data.views.find((v) => v.name === 'Mit kort');
    expect(saved?.state.layout).toBe('shores');
    expect(saved?.positions && Object.keys(saved.positions).length).toBe((await project()).data.actors.length);
    expect(saved?.viewport?.zoom).toBeGreaterThan(0);
    expect(saved?.speakerNotes).toBe('Husk at nævne floden.');
    await settle();
    const before = decodePng(await map().screenshot());

    // change everything: layout, compound, size, zoom
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('concentric');
    await expect.poll(() => map().getAttribute('data-layout-name')).toBe('concentric');
    await page.mouse.wheel(0, 500);
    await settle();
    const changed = decodePng(await map().screenshot());

    const shown = await viewShownCount();
    await card('Mit kort').getByRole('button', { name: 'Vis', exact: true }).click();
    await expect.poll(viewShownCount).toBeGreaterThan(shown);
    await expect.poll(() => map().getAttribute('data-layout-name')).toBe('shores');
    expect(await page.getByRole('combobox', { name: 'Layout' }).inputValue()).toBe('shores');
    await settle();
    const after = decodePng(await map().screenshot());
    const differing = (a: typeof before, b: typeof before) => {
      let n = 0;
      for (let i = 0; i < a.data.length; i += 4) if (Math.abs((a.data[i] ?? 0) - (b.data[i] ?? 0)) > 24) n++;
      return n / (a.width * a.height);
    };
    expect(after.width).toBe(before.width);
    // the same actors at the same places under the same pan and zoom; a few labels may be drawn or
    // left off differently by the label declutter pass, which runs after drawing
    const restored = differing(before, after);
    expect(restored).toBeLessThan(0.015);
    expect(differing(before, changed)).toBeGreaterThan(10 * restored);
    await shot('restored-da');
  });

  it('presents the views as slides: title, legend and source line; arrow keys move, N shows the notes, Escape leaves', async () => {
    await page.getByRole('button', { name: /Præsentér/ }).click();
    const deck = page.getByTestId('presentation');
    await deck.waitFor();
    expect(await page.getByTestId('slide-title').textContent()).toBe('Samarbejdet i Bro Kommune: kommune og civilsamfund');
    expect(await page.getByTestId('slide-source').textContent()).toMatch(/^Bro Kommune · alle runder · \d{1,2}\. \p{L}+ \d{4}$/u);
    expect(await page.getByTestId('slide-counter').textContent()).toBe('1 af 4');
    await expect.poll(() => page.locator('.map-area.presenting .legend').isVisible()).toBe(true);
    await settle();
    await shot('present-1-da');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('slide-title').textContent()).toBe('Skrøbelige samarbejder: hvor broen hænger på én relation');
    await expect.poll(async () => Number(await map().getAttribute('data-highlighted'))).toBeGreaterThan(0);
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.getByTestId('slide-title').textContent()).toBe('Hvis Søren Ærø går: de samarbejder, der mistes');
    await page.keyboard.press('n');
    expect(await page.getByTestId('slide-notes').textContent()).toContain('Søren er jobcentrets eneste vej ind');
    await settle();
    await shot('present-3-notes-da');
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('slide-title').textContent()).toBe('Kortet, som jeg så det');
    await page.keyboard.press('PageUp');
    await expect.poll(() => page.getByTestId('slide-counter').textContent()).toBe('3 af 4');
    await page.keyboard.press('Escape');
    await expect.poll(() => deck.count()).toBe(0);
    expect(await page.locator('.map-area.presenting').count()).toBe(0);
  });

  it('reorders and deletes views as undoable steps', async () => {
    await card('Mit kort').getByRole('button', { name: 'Flyt op' }).click();
    await expect.poll(async () => (await project()).data.views.map((v) => v.name)).toEqual(['Overblik efter sektor', 'Skrøbelige samarbejder', 'Mit kort', 'Hvis Søren Ærø går']);
    await card('Mit kort').getByRole('button', { name: 'Slet' }).click();
    await expect.poll(async () => (await project()).data.views.length).toBe(3);
    await page.getByRole('button', { name: /Fortryd/ }).click();
    await expect.poll(async () => (await project()).data.views.length).toBe(4);
  });

  it('speaks English when the interface does', async () => {
    await page.getByRole('combobox', { name: 'Sprog' }).selectOption('en');
    await page.getByTestId('views-panel').getByText('A view remembers the map').waitFor();
    await card('Skrøbelige samarbejder').getByRole('button', { name: 'Show', exact: true }).click();
    await expect.poll(async () => Number(await map().getAttribute('data-highlighted'))).toBeGreaterThan(0);
    await settle();
    await shot('panel-en');
    await page.getByRole('button', { name: /Present/ }).click();
    await page.getByTestId('presentation').waitFor();
    expect(await page.getByTestId('slide-counter').textContent()).toBe('1 of 4');
    expect(await page.getByTestId('slide-source').textContent()).toMatch(/^Bro Kommune · all waves · \d{1,2} \p{L}+ \d{4}$/u);
    await page.keyboard.press('n');
    await settle();
    await shot('present-en');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('presentation').count()).toBe(0);
  });
});
