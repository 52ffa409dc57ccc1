/**
 * The workspace by keyboard, in real Chromium on a fresh working copy of the sample "Bro
 * Kommune": the arrows along the tabs, Delete on what is chosen (undoable), F1 on the focused
 * panel's help topic, and the map's actors reached by search and Enter, then the arrows to
 * their neighbours, Escape letting go. The tests share one page and run in order.
 *
 * Needs the built renderer (`npm run build`) and Debian's Chromium.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appForTheseTests, artefacts, type BrowserApp, openProjectIn } from './browser-app';

let app: BrowserApp | undefined;
let page: Page;

const project = () => openProjectIn(app);
const nextPaint = () => page.evaluate<number>('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
const shot = async (name: string) => {
  await nextPaint();
  await page.screenshot({ path: join(artefacts, `keyboard-${name}.png`) });
};
/** The focused element: its role or tag, its name or text, and whether it is the map. */
const focused = () =>
  page.evaluate<{ text: string; map: boolean; role: string | null }>(
    `(() => { const e = document.activeElement; return { text: (e?.textContent ?? '').trim(), map: e?.getAttribute('data-testid') === 'map', role: e?.getAttribute('role') ?? null }; })()`,
  );
const map = () => page.getByTestId('map');
const selectedOnMap = () => map().getAttribute('data-selected');
const helpHeading = () => page.getByRole('dialog').getByRole('article').getByRole('heading', { level: 3 }).textContent();

appForTheseTests('keyboard', (started) => {
  app = started;
  page = started.page;
});

describe('the workspace by keyboard', () => {
  it('moves along the tabs with the arrow keys, Home and End, and along the analysis panels', async () => {
    const findings = page.getByRole('tab', { name: /^Fund/ });
    await findings.click();
    // the tab row is one stop in the Tab order: only the chosen tab takes the focus
    expect(await page.getByRole('tablist').locator('[role="tab"][tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('ArrowRight');
    await expect.poll(focused).toMatchObject({ role: 'tab', text: 'Analyse' });
    expect(await page.getByRole('tab', { name: 'Analyse' }).getAttribute('aria-selected')).toBe('true');
    await page.getByTestId('analysis-panels').waitFor();
    await page.keyboard.press('End');
    await expect.poll(focused).toMatchObject({ role: 'tab', text: expect.stringMatching(/^Visninger/) as unknown as string });
    await page.keyboard.press('ArrowRight');
    await expect.poll(focused).toMatchObject({ role: 'tab', text: expect.stringMatching(/^Fund/) as unknown as string });
    await page.keyboard.press('ArrowLeft');
    expect(await page.getByRole('tab', { name: /^Visninger/ }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Home');
    expect(await findings.getAttribute('aria-selected')).toBe('true');

    // the analysis panels' own row
    await page.getByRole('tab', { name: 'Analyse' }).click();
    const row = page.getByTestId('analysis-panels').getByRole('group');
    await row.getByRole('button', { name: 'Bonding og brobygning' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await row.getByRole('button', { name: 'Magt' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(focused).toMatchObject({ text: 'Magt' });
    await shot('tabs-power');
  });

  it('opens the help with F1 on the topic of the panel the focus is in, and on the map\'s topic from the map', async () => {
    // the power panel's section of sector shares
    await page.getByTestId('sector-shares').locator('tr.choosable').first().focus();
    await page.keyboard.press('F1');
    await expect.poll(helpHeading).toBe('Sektorernes andel af initiativ, mandat og ressourcer');
    await shot('f1-power-da');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await map().focus();
    await page.keyboard.press('F1');
    await expect.poll(helpHeading).toBe('Kortet: layout og tegn');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });

  it('reaches an actor on the map by search and Enter, goes to its neighbours with the arrows, and lets go with Escape', async () => {
    const before = await project();
    const soren = before.data.actors.find((a) => a.label === 'Søren Ærø');
    if (!soren) throw new Error('Søren Ærø is not in the sample');
    const neighbours = new Set<string>([
      ...before.data.ties.flatMap((t) => (t.source === soren.id ? [t.target] : t.target === soren.id ? [t.source] : [])),
      ...before.data.memberships.flatMap((m) => (m.person === soren.id ? [m.organisation] : [])),
    ]);
    const search = page.getByRole('searchbox', { name: 'Find aktør' });
    await search.fill('søren ærø');
    await search.press('Enter');
    await expect.poll(selectedOnMap).toBe(soren.id);
    // the map has the keys now, and says so to a screen reader
    await expect.poll(focused).toMatchObject({ map: true });
    expect(await map().getAttribute('aria-label')).toMatch(/^Kort: Søren Ærø er valgt og har \d+ naboer\./);
    // some arrow goes to a neighbour; each arrow that moves lands on one
    let moved: string | null = null;
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown']) {
      await page.keyboard.press(key);
      await nextPaint();
      const now = await selectedOnMap();
      if (now && now !== soren.id) {
        moved = now;
        break;
      }
    }
    expect(moved, 'an arrow went from Søren Ærø to a neighbour').not.toBeNull();
    expect(neighbours.has(moved as string), `${String(moved)} is a neighbour of Søren Ærø`).toBe(true);
    await shot('map-neighbour-da');
    await page.keyboard.press('Escape');
    await expect.poll(selectedOnMap).toBeFalsy();
  });

  it('removes the chosen tie and the chosen actor with Delete, each one undoable step', async () => {
    const start = await project();
    await page.getByRole('tab', { name: /^Relationer/ }).click();
    const firstTie = page.locator('.table-wrap tbody tr').first();
    await firstTie.click();
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await project()).data.ties.length).toBe(start.data.ties.length - 1);
    await page.getByRole('button', { name: /Fortryd/ }).click();
    await expect.poll(async () => (await project()).data.ties.length).toBe(start.data.ties.length);

    // an actor chosen on the map
    const search = page.getByRole('searchbox', { name: 'Find aktør' });
    await search.fill('Lars Kjær');
    await search.press('Enter');
    await expect.poll(focused).toMatchObject({ map: true });
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await project()).data.actors.some((a) => a.label === 'Lars Kjær')).toBe(false);
    await expect.poll(selectedOnMap).toBeFalsy();
    await page.getByRole('button', { name: /Fortryd/ }).click();
    await expect.poll(async () => (await project()).data.actors.length).toBe(start.data.actors.length);
    // Delete while typing deletes a letter, not the actor
    await search.fill('Lars Kjær');
    await search.press('Enter');
    const name = page.getByTestId('actor-details').locator('input[name="name"]');
    await name.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Delete');
    expect(await name.inputValue()).toBe('ars Kjær');
    expect((await project()).data.actors.length).toBe(start.data.actors.length);
    await page.keyboard.press('Escape');
    expect(await name.inputValue()).toBe('Lars Kjær');
  });

  it('speaks English: the map\'s keys and F1', async () => {
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Sprog' }).selectOption('en');
    const search = page.getByRole('searchbox', { name: 'Find actor' });
    await search.fill('Søren Ærø');
    await search.press('Enter');
    await expect.poll(focused).toMatchObject({ map: true });
    expect(await map().getAttribute('aria-label')).toMatch(/^Map: Søren Ærø is chosen and has \d+ neighbours\./);
    await page.keyboard.press('F1');
    await expect.poll(helpHeading).toBe('The map: layouts and marks');
    await shot('f1-map-en');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('da');
  });
});
