/**
 * The map's own tools in real Chromium, on a fresh working copy of the sample "Bro Kommune":
 * layouts, sizing, the compound view, filters, search, ego focus and drawing a tie. Its own
 * browser-mode server, like browser-mode.test.ts; the tests share one page and run in order.
 *
 * A test finds an actor on the canvas through the map's `data-selected-position` ("x,y" in CSS
 * pixels from the map's top left): it selects the actor with the map's search box, reads where
 * it is drawn, and presses there.
 *
 * Needs the built renderer (`npm run build`) and Debian's Chromium.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ProjectSnapshot } from '../../src/core/api/contract';
import { appForTheseTests, artefacts, findOnMap, type BrowserApp } from './browser-app';

const SAMPLE = { actors: 70, ties: 133, memberships: 60, persons: 56 };

let app: BrowserApp | undefined;
let page: Page;

const project = async () => {
  if (!app) throw new Error('the browser-mode app did not start');
  return app.apiValue<ProjectSnapshot | null>('getProject');
};

const map = () => page.getByTestId('map');
const attr = async (name: string) => (await map().getAttribute(name)) ?? '';
const num = async (name: string) => Number(await attr(name));
const nextPaint = () => page.evaluate<number>('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
const layoutDone = () => page.locator('[data-testid="map"][data-layout="done"]').waitFor();
const shot = async (name: string) => {
  await nextPaint();
  await page.screenshot({ path: join(artefacts, `map-${name}.png`) });
};

const find = (name: string) => findOnMap(page, name);

async function chooseLayout(label: string) {
  await page.getByRole('combobox', { name: 'Layout' }).selectOption({ label });
  await layoutDone();
}

appForTheseTests('map', (started) => {
  app = started;
  page = started.page;
});

describe('the map', () => {
  it('opens force-directed and plain, with its toolbar and tie types in the legend', async () => {
    expect(await attr('data-layout-name')).toBe('force');
    expect(await num('data-edges')).toBe(SAMPLE.ties + SAMPLE.memberships);
    expect(await page.getByTestId('map-toolbar').isVisible()).toBe(true);
    const types = await page.getByTestId('legend-tie-types').getByRole('listitem').allTextContents();
    expect(types).toContain('Samarbejde');
    expect(types).toContain('Information');
    // the dense middle has more labels than room: those that would cover others are left off
    await expect.poll(() => num('data-labels-shown')).toBeGreaterThan(0);
    expect((await num('data-labels-shown')) + (await num('data-labels-hidden'))).toBe(SAMPLE.actors);
    expect(await num('data-labels-hidden')).toBeGreaterThan(0);
    await shot('force');
  });

  it('puts the municipality on the left shore and civil society on the right', async () => {
    await chooseLayout('To bredder');
    expect(await attr('data-layout-name')).toBe('shores');
    await page.getByRole('button', { name: 'Tilpas' }).click();
    const jobcentre = await find('Jobcenter Bro');
    const club = await find('Bro Boldklub');
    const church = await find('Bro Sogns Kirke');
    expect(jobcentre.x).toBeLessThan(club.x);
    expect(jobcentre.x).toBeLessThan(church.x);
    await page.getByRole('button', { name: 'Tilpas' }).click();
    await shot('shores');
  });

  it('draws persons inside their organisations in the compound view', async () => {
    await page.getByRole('checkbox', { name: 'Personer i organisationer' }).check();
    await layoutDone();
    // each person's first membership becomes containment; second memberships stay lines
    await expect.poll(() => num('data-edges')).toBe(SAMPLE.ties + SAMPLE.memberships - SAMPLE.persons);
    expect(await page.getByTestId('legend').textContent()).toContain('Person i sin organisation');
    await page.getByRole('button', { name: 'Tilpas' }).click();
    await shot('shores-compound');
    await chooseLayout('Kraftbaseret');
    await shot('force-compound');
    await page.getByRole('checkbox', { name: 'Personer i organisationer' }).uncheck();
    await expect.poll(() => num('data-edges')).toBe(SAMPLE.ties + SAMPLE.memberships);
    await layoutDone();
  });

  it('sizes actors by betweenness and lays them out concentrically', async () => {
    await page.getByRole('combobox', { name: 'Størrelse' }).selectOption({ label: 'Mellemled (betweenness)' });
    await expect.poll(async () => page.getByTestId('legend-size').textContent(), { timeout: 30_000 }).toContain('Mellemled');
    await chooseLayout('Koncentrisk');
    expect(await page.getByRole('checkbox', { name: 'Personer i organisationer' }).isDisabled()).toBe(true);
    await shot('concentric-betweenness');
    // the sample's ties have strengths: the measures on tie strength are offered too, and the legend names them
    await page.getByRole('combobox', { name: 'Størrelse' }).selectOption({ label: 'Styrke (sum af relationernes styrke)' });
    await expect.poll(async () => page.getByTestId('legend-size').textContent()).toContain('Størrelse: Styrke (sum af relationernes styrke)');
    await page.getByRole('combobox', { name: 'Størrelse' }).selectOption({ label: 'Mellemled på relationsstyrke' });
    await expect.poll(async () => page.getByTestId('legend-size').textContent()).toContain('Størrelse: Mellemled på relationsstyrke');
    await shot('concentric-betweenness-strength');
    await page.getByRole('combobox', { name: 'Størrelse' }).selectOption({ label: 'Efter type' });
    await chooseLayout('Kraftbaseret');
  });

  it('keeps a view the user panned when the legend changes size, and refits one the map chose', async () => {
    const legendWidth = async () => (await page.getByTestId('legend').boundingBox())?.width ?? 0;
    const size = page.getByRole('combobox', { name: 'Størrelse' });
    const position = async () => (await attr('data-selected-position')).split(',').map(Number);
    await page.getByRole('button', { name: 'Tilpas' }).click();
    await find('Sprogcenter Bro');
    const box = await map().boundingBox();
    if (!box) throw new Error('the map is not on screen');
    // the user drags the background: the view is now theirs
    const [x0 = 0] = await position();
    await page.mouse.move(box.x + box.width - 30, box.y + box.height - 30);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 110, box.y + box.height - 70, { steps: 6 });
    await page.mouse.up();
    // the reported position is whole pixels, so the two readings may round a pixel apart
    await expect.poll(async () => Math.abs(((await position())[0] ?? 0) - (x0 - 80))).toBeLessThanOrEqual(1);
    const panned = await position();
    const narrow = await legendWidth();
    await size.selectOption({ label: 'Mellemled (betweenness)' });
    await expect.poll(legendWidth).not.toBe(narrow);
    await nextPaint();
    expect(await position(), 'the legend grew and the view stayed where the user put it').toEqual(panned);

    // after Tilpas the view is the map's own again: a legend changing size refits it
    await page.getByRole('button', { name: 'Tilpas' }).click();
    await nextPaint();
    const fitted = await position();
    await size.selectOption({ label: 'Efter type' });
    await expect.poll(legendWidth).toBe(narrow);
    await expect.poll(position).not.toEqual(fitted);
  });

  it('filters by sector and by tie strength, and the legend follows', async () => {
    const filters = page.getByTestId('map-filters');
    await filters.locator('summary').click();
    await filters.getByRole('checkbox', { name: 'Kommune' }).uncheck();
    await expect.poll(() => num('data-visible-nodes')).toBeLessThan(SAMPLE.actors);
    const sectors = page.getByTestId('legend').getByRole('list').first().getByRole('listitem');
    expect(await sectors.allTextContents()).not.toContain('Kommune');
    expect(await num('data-nodes'), 'filtered actors stay in the graph, hidden').toBe(SAMPLE.actors);
    await shot('filtered');
    await filters.getByRole('button', { name: 'Nulstil filtre' }).click();
    await expect.poll(() => num('data-visible-nodes')).toBe(SAMPLE.actors);
    const allEdges = await num('data-visible-edges');
    await filters.getByRole('combobox', { name: 'Mindste styrke' }).selectOption({ index: 3 });
    await expect.poll(() => num('data-visible-edges')).toBeLessThan(allEdges);
    await filters.getByRole('button', { name: 'Nulstil filtre' }).click();
    await filters.locator('summary').click();
  });

  it('finds an actor with Danish spelling and focuses on its network step by step', async () => {
    await page.getByRole('button', { name: 'Tilpas' }).click();
    await find('Jakob Ebbesen');
    expect(await attr('data-selected')).not.toBe('');
    await page.getByRole('button', { name: 'Fokus' }).click();
    await page.getByRole('checkbox', { name: 'Skjul resten' }).check();
    await expect.poll(() => num('data-visible-nodes')).toBeLessThan(SAMPLE.actors);
    const one = await num('data-visible-nodes');
    await page.getByRole('button', { name: 'Flere trin' }).click();
    await expect.poll(() => num('data-visible-nodes')).toBeGreaterThan(one);
    await shot('ego');
    await page.getByRole('button', { name: 'Fokus' }).click();
    await expect.poll(() => num('data-visible-nodes')).toBe(SAMPLE.actors);
  });

  it('draws a tie by dragging from one actor to another in connect mode, and undoes it', async () => {
    await page.getByRole('button', { name: 'Tilpas' }).click();
    const before = await num('data-edges');
    const from = await find('Bro Tømrer & Byg');
    const to = await find('Modtagerkorpset');
    await page.getByRole('button', { name: 'Forbind', exact: true }).click();
    expect(await attr('data-connect-mode')).toBe('true');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
    await page.mouse.move(to.x, to.y, { steps: 5 });
    await shot('connecting');
    await page.mouse.up();
    await expect.poll(() => num('data-edges')).toBe(before + 1);
    await page.getByRole('button', { name: 'Forbind', exact: true }).click();
    expect(await attr('data-connect-mode')).toBe('false');
    await page.getByRole('contentinfo').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => num('data-edges')).toBe(before);
  });

  it('keeps an arrangement the user makes by dragging, as the manual layout', async () => {
    const at = await find('Bro Boldklub');
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x + 80, at.y + 60, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => attr('data-layout-name')).toBe('manual');
    expect(await page.getByRole('combobox', { name: 'Layout' }).inputValue()).toBe('manual');
  });

  it('saves the arrangement with the project: it opens on it again, and one undo takes the move back', async () => {
    const boldklub = (await project())?.data.actors.find((a) => a.label === 'Bro Boldklub')?.id ?? '';
    await expect.poll(async () => Object.keys((await project())?.data.positions ?? {}).length).toBe(SAMPLE.actors);
    const saved = (await project())?.data.positions[boldklub];
    if (!app) throw new Error('the browser-mode app did not start');
    await page.goto(app.server.openUrl);
    await layoutDone();
    // the analysis arriving can widen the legend, which refits the map: press where the actors are after that
    await page.locator('[data-testid="map"][data-measured="true"]').waitFor();
    await nextPaint();
    expect(await attr('data-layout-name')).toBe('manual');
    expect(await page.getByRole('combobox', { name: 'Layout' }).inputValue()).toBe('manual');

    // moved again and undone: the actor returns to where it was saved
    await find('Jobcenter Bro');
    const at = await find('Bro Boldklub');
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x - 50, at.y + 40, { steps: 6 });
    await page.mouse.up();
    await expect.poll(async () => (await project())?.data.positions[boldklub]).not.toEqual(saved);
    await page.getByRole('contentinfo').click();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await project())?.data.positions[boldklub]).toEqual(saved);
    await find('Jobcenter Bro');
    const back = await find('Bro Boldklub');
    expect(Math.hypot(back.x - at.x, back.y - at.y), 'pixels from where it was before the move').toBeLessThan(3);
  });

  it('speaks English', async () => {
    await page.getByRole('combobox', { name: 'Sprog' }).selectOption('en');
    await page.getByRole('combobox', { name: 'Layout' }).selectOption({ label: 'Two shores' });
    await layoutDone();
    expect(await page.getByTestId('map-toolbar').textContent()).toContain('Persons in organisations');
    await shot('english');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('da');
  });
});
