/**
 * A large network in real Chromium (1,200 actors, 3,000 ties and their memberships: past the
 * size where the map switches to its large-network drawing): it opens on the two shores with
 * straight ties and cheap redraws, and finding what is under the pointer goes through the map's
 * own grid instead of cytoscape's test of every element, so a click must still select the actor
 * drawn there, and a tie drawn on the map's own tie layer.
 *
 * Needs the built renderer (`npm run build`) and Debian's Chromium.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ProjectStore } from '../../src/main/engine/project-store';
import { syntheticProject } from '../bench/generate';
import { appForTheseTests, artefacts, findOnMap, type BrowserApp } from './browser-app';

let app: BrowserApp | undefined;
let page: Page;

const map = () => page.getByTestId('map');
const attr = async (name: string) => (await map().getAttribute(name)) ?? '';

const find = (name: string) => findOnMap(page, name);

appForTheseTests(
  'large-map',
  (started) => {
    app = started;
    page = started.page;
  },
  {
    prepare: async (started) => {
      const path = join(started.documentsDir, 'Stor.brobygger');
      ProjectStore.create(path, 'Stor', {}, syntheticProject(1_200, 3_000)).close();
      await started.apiValue('openProject', { path });
    },
    layoutTimeout: 60_000,
  },
);

describe('a large map', () => {
  it('opens on the two shores, drawn on the canvas with its own hit grid', async () => {
    expect(await attr('data-nodes')).toBe('1200');
    expect(await attr('data-layout-name')).toBe('shores');
    expect(await attr('data-renderer')).toBe('canvas');
    expect(await attr('data-hit-index')).toBe('grid');
    await page.screenshot({ path: join(artefacts, 'large-map.png') });
  });

  it('draws its ties on a layer of its own, and leaves off what a filter hides', async () => {
    expect(await attr('data-edge-layer')).toBe('true');
    // inked pixels on the tie layer (the page's code is given as text: no DOM types here)
    const inked = () =>
      page.evaluate<number>(`(() => {
        const c = document.querySelector('.map-edge-layer');
        const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
        return n;
      })()`);
    await expect.poll(inked).toBeGreaterThan(20_000);
    const all = await inked();
    const filters = page.getByTestId('map-filters');
    await filters.locator('summary').click();
    await filters.getByRole('combobox', { name: 'Mindste styrke' }).selectOption({ index: 3 });
    await expect.poll(inked).toBeLessThan(all * 0.8);
    await filters.getByRole('button', { name: 'Nulstil filtre' }).click();
    await expect.poll(inked).toBeGreaterThan(all * 0.95);
    await filters.locator('summary').click();
  });

  it('selects the actor under a click, and then another one', async () => {
    await page.getByRole('button', { name: 'Tilpas' }).click();
    const first = await find('Aktør 150 Ærø');
    const firstId = await attr('data-selected');
    const second = await find('Aktør 700 Ærø');
    const secondId = await attr('data-selected');
    expect(secondId).not.toBe(firstId);
    await page.mouse.click(first.x, first.y);
    await expect.poll(() => attr('data-selected')).toBe(firstId);
    await page.mouse.click(second.x, second.y);
    await expect.poll(() => attr('data-selected')).toBe(secondId);
  });

  it('draws informal ties solid while zoomed out too far for a dash to show, dashed again closer in', async () => {
    await page.getByRole('button', { name: 'Tilpas' }).click();
    await expect.poll(() => attr('data-far')).toBe('true');
    const box = await map().boundingBox();
    if (!box) throw new Error('the map is not on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 30 && (await attr('data-far')) === 'true'; i++) {
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(50);
    }
    await page.screenshot({ path: join(artefacts, 'large-map-zoomed.png') });
    await expect.poll(() => attr('data-far')).toBe('false');
    await page.getByRole('button', { name: 'Tilpas' }).click();
    await expect.poll(() => attr('data-far')).toBe('true');
  });

  it('names only the actors around the view once zoomed in far enough to read them, and names those the view pans to', async () => {
    await page.getByRole('button', { name: 'Tilpas' }).click();
    // fitted, names are too small to draw, and no actor carries one
    await expect.poll(async () => Number(await attr('data-labels-named'))).toBe(0);
    const box = await map().boundingBox();
    if (!box) throw new Error('the map is not on screen');
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2);
    // a wheel step zooms by a few per cent: from the fitted view to where names are drawn takes dozens
    for (let i = 0; i < 80 && Number((await attr('data-labels-named')) || 0) === 0; i++) {
      await page.mouse.wheel(0, -600);
      await page.waitForTimeout(40);
    }
    const named = Number(await attr('data-labels-named'));
    expect(named).toBeGreaterThan(0);
    expect(named).toBeLessThan(1_200);
    await expect.poll(async () => Number(await attr('data-labels-shown'))).toBeGreaterThan(0);
    await page.screenshot({ path: join(artefacts, 'large-map-names.png') });
    const around = await attr('data-labels-named-around');
    // dragged the background two screens' widths: the names go with the view
    for (let k = 0; k < 2; k++) {
      await page.mouse.move(box.x + box.width - 20, box.y + box.height - 20);
      await page.mouse.down();
      await page.mouse.move(box.x + 40, box.y + box.height - 20, { steps: 8 });
      await page.mouse.up();
    }
    await expect.poll(() => attr('data-labels-named-around')).not.toBe(around);
    await page.getByRole('button', { name: 'Tilpas' }).click();
    await expect.poll(async () => Number(await attr('data-labels-named'))).toBe(0);
  });

  it('brings a chosen finding into view when its actors lie outside it', async () => {
    const box = await map().boundingBox();
    if (!box) throw new Error('the map is not on screen');
    // close in on one corner: most actors are now off the screen
    await page.mouse.move(box.x + box.width - 40, box.y + box.height - 40);
    for (let i = 0; i < 14; i++) {
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(40);
    }
    await page.getByRole('tab', { name: /^Fund/ }).click();
    const findings = page.locator('.finding-button');
    await expect.poll(() => findings.count(), { timeout: 60_000 }).toBeGreaterThan(3);
    const plainTies = Number(await attr('data-plain-ties'));
    expect(plainTies).toBeGreaterThan(3_000);
    for (const k of [0, 3]) {
      await findings.nth(k).click();
      await expect.poll(() => attr('data-highlighted-nodes')).not.toBe('0');
      // the finding's ties (those among its actors) are drawn above the actors, by cytoscape; the rest stay on the tie layer
      const marked = Number(await attr('data-highlighted')) - Number(await attr('data-highlighted-nodes'));
      expect(Number(await attr('data-plain-ties'))).toBe(plainTies - marked);
      expect(await attr('data-highlighted-in-view')).toBe(await attr('data-highlighted-nodes'));
      // zoomed out, where labels are too small to draw, the chosen actors' names still show
      const highlighted = Number(await attr('data-highlighted-nodes'));
      await expect.poll(async () => Number(await attr('data-readable-labels'))).toBeGreaterThanOrEqual(highlighted);
      if (k === 3) await page.screenshot({ path: join(artefacts, 'large-map-finding.png') });
      await findings.nth(k).click();
      await expect.poll(() => attr('data-plain-ties')).toBe(String(plainTies));
    }
    await page.getByRole('button', { name: 'Tilpas' }).click();
  });

  it('pans by dragging the background and keeps the selection', async () => {
    const selected = await attr('data-selected');
    const before = await attr('data-selected-position');
    const box = await map().boundingBox();
    if (!box) throw new Error('the map is not on screen');
    await page.mouse.move(box.x + box.width - 30, box.y + box.height - 30);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 130, box.y + box.height - 80, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => attr('data-selected-position')).not.toBe(before);
    expect(await attr('data-selected')).toBe(selected);
  });

  it('selects a tie its own tie layer draws under a click, and opens its details', async () => {
    // a tie of its own, so that the point halfway along it lies on it whatever else is near;
    // the first pair whose midpoint no actor covers is the one clicked
    await page.getByRole('button', { name: 'Tilpas' }).click();
    // from the municipality's shore to civil society's: halfway lies between the shores, where few ties run
    for (const [a, b] of [
      [5, 1101],
      [10, 1106],
      [15, 1111],
    ] as const) {
      const id = `klik-${a}`;
      await app?.apiValue('apply', { command: { type: 'tie.add', tie: { id, source: `a${a}`, target: `a${b}`, strength: 5 } } });
      const from = await find(`Aktør ${a} Ærø`);
      const to = await find(`Aktør ${b} Ærø`);
      await page.mouse.click((from.x + to.x) / 2, (from.y + to.y) / 2);
      await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
      if ((await attr('data-selected')) !== '') {
        await app?.apiValue('undo', {});
        continue;
      }
      await expect.poll(() => attr('data-selected-tie')).toBe(id);
      // the chosen tie is handed to cytoscape, which draws it above the actors with its halo, and back once let go
      const whileChosen = Number(await attr('data-plain-ties'));
      await page.getByTestId('tie-details').waitFor();
      expect(await page.getByTestId('tie-details').getByRole('heading', { level: 2 }).textContent()).toContain(`Aktør ${b} Ærø`);
      await page.getByTestId('tie-details').getByRole('button', { name: 'Luk detaljer' }).click();
      await expect.poll(() => attr('data-plain-ties')).toBe(String(whileChosen + 1));
      await app?.apiValue('undo', {});
      return;
    }
    throw new Error('every midpoint tried was covered by an actor');
  });

  it('draws a tie added or taken away just where it lies, leaving the layer as a whole drawing would', async () => {
    const settled = async () => {
      await page.locator('.findings-status').filter({ hasNotText: 'Analyserer' }).waitFor({ timeout: 60_000 });
      await page.evaluate(`new Promise((done) => requestAnimationFrame(() => setTimeout(done, 300)))`);
    };
    // pixels of the tie layer that differ clearly from the picture kept first (the page's code is given as text)
    const keep = () => page.evaluate(`(() => { const c = document.querySelector('.map-edge-layer'); window.__ties = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; })()`);
    const changedPixels = () =>
      page.evaluate<number>(`(() => {
        const c = document.querySelector('.map-edge-layer');
        const now = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        const then = window.__ties;
        let n = 0;
        // compared as painted (colour times opacity): a nearly clear pixel's colour is noise
        for (let i = 0; i < now.length; i += 4) {
          let d = Math.abs(now[i + 3] - then[i + 3]);
          for (let k = 0; k < 3; k++) d += Math.abs(now[i + k] * now[i + 3] - then[i + k] * then[i + 3]) / 255;
          if (d > 60) n++;
        }
        return n;
      })()`);
    await page.mouse.move(1, 1);
    await page.getByRole('button', { name: 'Tilpas' }).click();
    await settled();
    await keep();
    const edges = Number(await attr('data-edges'));
    await app?.apiValue('apply', { command: { type: 'tie.add', tie: { id: 'ny-tvaers', source: 'a5', target: 'a1150', strength: 5 } } });
    await expect.poll(() => attr('data-edges')).toBe(String(edges + 1));
    await settled();
    expect(await attr('data-tie-redraw')).toBe('part');
    const inked = await changedPixels();
    expect(inked, 'the new tie is drawn').toBeGreaterThan(200);
    await page.screenshot({ path: join(artefacts, 'large-map-tie-added.png') });

    await app?.apiValue('undo', {});
    await expect.poll(() => attr('data-edges')).toBe(String(edges));
    await settled();
    expect(await attr('data-tie-redraw')).toBe('part');
    // the ties under the one taken away are drawn again as they were (measured: no pixel differs)
    expect(await changedPixels()).toBeLessThanOrEqual(Math.ceil(inked / 50));
  });
});
