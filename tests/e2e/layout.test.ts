/**
 * A stable map in real Chromium: the sample shows the same map in two fresh openings (each its
 * own browser-mode server), a project without positions is laid out exactly as core lays it out
 * under Node and keeps that layout, "Læg ud igen" is one undoable step, widening the side panel
 * never pushes an actor off the map, and the shores and the persons in organisations are looked
 * at in screenshots, in Danish and English, at 1280×800.
 *
 * Needs the built renderer (`npm run build`) and Debian's Chromium.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ProjectSnapshot } from '../../src/core/api/contract';
import { computeLayout } from '../../src/core/layout';
import type { Positions } from '../../src/core/model/schema';
import { ProjectStore } from '../../src/main/engine/project-store';
import { sampleData } from '../../scripts/build-sample';
import { appForTheseTests, artefacts, findOnMap, startBrowserApp, type BrowserApp } from './browser-app';

let app: BrowserApp | undefined;
let page: Page;

const project = async () => {
  if (!app) throw new Error('the browser-mode app did not start');
  return app.apiValue<ProjectSnapshot>('getProject');
};
const map = (p = page) => p.getByTestId('map');
const attr = async (name: string, p = page) => (await map(p).getAttribute(name)) ?? '';
const layoutDone = (p = page) => p.locator('[data-testid="map"][data-layout="done"]').waitFor();
const nextPaint = (p = page) => p.evaluate<number>('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');

/** The map's digest of positions, as map-controller.ts computes it (FNV-1a over "id:x,y;" in id order). */
function digestOf(positions: Positions): string {
  let h = 0x811c9dc5;
  for (const id of Object.keys(positions).sort()) {
    const p = positions[id] as { x: number; y: number };
    const text = `${id}:${p.x.toFixed(1)},${p.y.toFixed(1)};`;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  return h.toString(16).padStart(8, '0');
}

/** Opens a fresh browser-mode server (its own data folder, so the sample is copied afresh), runs `look`, closes it. */
async function freshOpening<T>(look: (other: BrowserApp) => Promise<T>, prepare?: (other: BrowserApp) => Promise<void>): Promise<T> {
  const other = await startBrowserApp('layout-again');
  try {
    await prepare?.(other);
    await other.page.goto(other.server.openUrl);
    await layoutDone(other.page);
    return await look(other);
  } finally {
    await other.close();
  }
}

/** Every shown actor (dot and name) lies inside the map's own box. */
async function actorsInsideMap(): Promise<{ box: number[]; width: number; height: number }> {
  await nextPaint();
  const size = await map().boundingBox();
  const box = (await attr('data-actors-box')).split(',').map(Number);
  return { box, width: size?.width ?? 0, height: size?.height ?? 0 };
}

appForTheseTests('layout', async (started) => {
  app = started;
  page = started.page;
  await page.setViewportSize({ width: 1280, height: 800 });
  await layoutDone();
});

describe('a stable map', () => {
  it('shows the sample on the same map in two fresh openings, the one core computes and the project keeps', async () => {
    const first = await attr('data-layout-digest');
    expect(first).toMatch(/^[0-9a-f]{8}$/);
    expect(await attr('data-layout-name')).toBe('force');
    const second = await freshOpening((other) => attr('data-layout-digest', other.page));
    expect(second).toBe(first);
    const data = (await project()).data;
    expect(digestOf(data.positions)).toBe(first);
    expect(digestOf(computeLayout(data, 'force'))).toBe(first);
    // nothing was added to the sample's history by opening it
    expect((await project()).history.undoCount).toBe(0);
  });

  it('lays out a project without positions as core does under Node, and keeps that layout as one named step', async () => {
    const data = { ...sampleData(), positions: {} };
    const expected = computeLayout(data, 'force');
    const kept = await freshOpening(
      async (other) => {
        await expect.poll(async () => Object.keys((await other.apiValue<ProjectSnapshot>('getProject')).data.positions).length).toBe(data.actors.length);
        const snapshot = await other.apiValue<ProjectSnapshot>('getProject');
        return { positions: snapshot.data.positions, digest: await attr('data-layout-digest', other.page), name: await attr('data-layout-name', other.page), history: snapshot.history };
      },
      async (other) => {
        const path = join(other.documentsDir, 'Uden placeringer.brobygger');
        ProjectStore.create(path, data.meta.name, {}, data).close();
        await other.apiValue('openProject', { path });
      },
    );
    expect(kept.positions).toEqual(expected);
    expect(kept.digest).toBe(digestOf(expected));
    expect(kept.name).toBe('force');
    expect(kept.history.undoCount).toBe(1);
    expect(kept.history.undo?.key).toBe('history.layoutFirst');
  });

  it('lays out again as one undoable step, and undo brings back the arrangement before it', async () => {
    const original = await attr('data-layout-digest');
    // an actor moved by hand first
    const at = await findOnMap(page, 'Bro Boldklub');
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x + 90, at.y + 70, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => attr('data-layout-name')).toBe('manual');
    await expect.poll(async () => digestOf((await project()).data.positions)).not.toBe(original);
    const moved = (await project()).data.positions;

    await page.getByRole('button', { name: 'Læg ud igen' }).click();
    await expect.poll(async () => (await project()).history.undo?.key).toBe('history.layoutAgain');
    await layoutDone();
    expect(await attr('data-layout-name')).toBe('force');
    expect(await attr('data-layout-digest')).toBe(original);
    expect(digestOf((await project()).data.positions)).toBe(original);
    expect(await page.getByRole('button', { name: /Fortryd/ }).getAttribute('title')).toContain('læg kortet ud igen');

    await page.getByRole('contentinfo').click();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await project()).data.positions).toEqual(moved);
    await expect.poll(() => attr('data-layout-digest')).toBe(digestOf(moved));
    expect(await attr('data-layout-name')).toBe('manual');
  });

  it('keeps every actor inside the map when the side panel widens', async () => {
    await page.getByRole('button', { name: 'Tilpas' }).click();
    const before = await actorsInsideMap();
    for (const tab of ['Analyse', 'Relationer', 'Fund']) {
      await page.getByRole('tab', { name: tab }).click();
      await nextPaint();
      await nextPaint();
      const { box, width, height } = await actorsInsideMap();
      const [x1, y1, x2, y2] = box as [number, number, number, number];
      expect(x1, `${tab}: left edge`).toBeGreaterThanOrEqual(0);
      expect(y1, `${tab}: top edge`).toBeGreaterThanOrEqual(0);
      expect(x2, `${tab}: right edge`).toBeLessThanOrEqual(width);
      expect(y2, `${tab}: bottom edge`).toBeLessThanOrEqual(height);
    }
    expect(before.width).toBeGreaterThan(0);
  });

  it('names the shores and keeps persons in organisations apart, in Danish and English (screenshots)', async () => {
    for (const lang of ['da', 'en'] as const) {
      const layout = 'Layout';
      // the language menu is named in the language shown: Danish first, so "Sprog" both times
      if (lang === 'en') await page.getByRole('combobox', { name: 'Sprog' }).selectOption('en');
      await page.getByRole('combobox', { name: layout }).selectOption('shores');
      await layoutDone();
      await nextPaint();
      const headings = await page.getByTestId('shore-headings').locator('.shore-heading').allTextContents();
      expect(headings).toEqual(lang === 'da' ? ['Kommunen', 'Imellem', 'Civilsamfundet'] : ['The municipality', 'Between', 'Civil society']);
      // the names stand side by side, none over another
      const names = page.getByTestId('shore-headings').locator('.shore-heading');
      const boxes: Array<{ left: number; right: number }> = [];
      for (let i = 0; i < (await names.count()); i++) {
        const b = await names.nth(i).boundingBox();
        if (b) boxes.push({ left: b.x, right: b.x + b.width });
      }
      expect(boxes).toHaveLength(3);
      for (let i = 1; i < boxes.length; i++) expect((boxes[i] as { left: number }).left).toBeGreaterThanOrEqual((boxes[i - 1] as { right: number }).right);
      // the organisations' names are drawn at their usual size on screen, however far the fit zooms out
      await expect.poll(() => attr('data-readable-labels')).toBe('14');
      await page.screenshot({ path: join(artefacts, `layout-shores-${lang}.png`) });
      await page.getByRole('combobox', { name: layout }).selectOption('force');
      await layoutDone();
      await page.getByRole('checkbox', { name: lang === 'da' ? 'Personer i organisationer' : 'Persons in organisations' }).check();
      await layoutDone();
      await nextPaint();
      expect(await page.getByTestId('shore-headings').locator('.shore-heading').count()).toBe(0);
      // the organisations' boxes as cytoscape draws them, names included: none over another
      expect(await attr('data-group-overlaps')).toBe('0');
      // each box names its organisation at the usual size on screen, as the shores do
      await expect.poll(() => attr('data-readable-labels')).toBe('14'); // the sample's 14 organisations and departments, all with members
      await page.screenshot({ path: join(artefacts, `layout-compound-${lang}.png`) });
      await page.getByRole('checkbox', { name: lang === 'da' ? 'Personer i organisationer' : 'Persons in organisations' }).uncheck();
      await layoutDone();
    }
    await page.getByRole('combobox', { name: 'Language' }).selectOption('da');
  });
});
