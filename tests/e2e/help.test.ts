/**
 * The help panel in real Chromium, against a browser-mode server of its own on a fresh data
 * folder (so the shipped sample "Bro Kommune" is open): the toolbar's Help button, the search,
 * a topic with its definition and sources, the language switch, and the keyboard.
 *
 * Needs the built renderer (`npx electron-vite build`, or `npm run e2e`) and Debian's Chromium.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appForTheseTests, artefacts, type BrowserApp } from './browser-app';

let app: BrowserApp | undefined;
let page: Page;

/** Lets the browser paint (the page's code is text: these tests have no DOM types). */
const nextPaint = () => page.evaluate<number>('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');

/** Where the keyboard focus is: inside the help dialog, and the focused element's text. */
const focus = () =>
  page.evaluate<{ inDialog: boolean; text: string; tag: string }>(
    `(() => { const e = document.activeElement; return { inDialog: !!e?.closest('[role="dialog"]'), text: (e?.textContent ?? '').trim(), tag: e?.tagName ?? '' }; })()`,
  );

appForTheseTests(
  'help',
  (started) => {
    app = started;
    page = started.page;
  },
  { open: false },
);

describe('the help panel', () => {
  it('finds betweenness, defines it with its sources, follows the language, and closes on Escape', async () => {
    if (!app) throw new Error('the browser-mode app did not start');
    await page.goto(app.server.openUrl);
    await page.locator('[data-testid="map"][data-layout="done"]').waitFor();

    const helpButton = page.getByRole('button', { name: 'Hjælp', exact: true });
    await helpButton.click();
    const dialog = page.getByRole('dialog', { name: 'Hjælp' });
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    // focus moved into the dialog, onto the search field
    expect(await focus()).toMatchObject({ inDialog: true, tag: 'INPUT' });
    const nav = dialog.getByRole('navigation', { name: 'Emner' });
    const topicButtons = nav.locator('button[data-topic]');
    expect(await topicButtons.count()).toBeGreaterThanOrEqual(30);
    for (const group of ['Bonding og brobygning', 'Mæglerroller og strukturelle huller', 'Centralitet', 'Magtasymmetri', 'Personafhængighed'])
      expect(await nav.getByRole('heading', { name: group }).count(), group).toBe(1);
    await nextPaint();
    await page.screenshot({ path: join(artefacts, 'help-open.png') });

    // the search narrows the list; the topic opens on a click
    await dialog.getByRole('searchbox', { name: 'Søg i hjælpen' }).fill('betweenness');
    await expect.poll(() => topicButtons.count()).toBeLessThan(5);
    const topic = nav.getByRole('button', { name: 'Betweenness (mellemcentralitet)' });
    await topic.click();
    expect(await topic.getAttribute('aria-current')).toBe('true');
    const article = dialog.getByRole('article');
    expect(await article.getByRole('heading', { level: 3 }).textContent()).toBe('Betweenness (mellemcentralitet)');
    const text = (await article.textContent()) ?? '';
    expect(text).toContain('korteste veje');
    expect(text).toContain('B(i) = Σ_{s ≠ i ≠ t} σ_st(i) / σ_st');
    expect(text).toContain('Brandes, U. (2001)');
    expect(text).toContain('Freeman, L. C. (1977)');
    expect(text).toContain('igraph');
    await nextPaint();
    await page.screenshot({ path: join(artefacts, 'help-betweenness-da.png') });

    // Danish search: a group's name, with æ/ø/å, finds the group's topics
    await dialog.getByRole('searchbox').fill('PERSONAFHÆNGIGHED');
    await expect.poll(() => topicButtons.count()).toBe(9);
    await dialog.getByRole('searchbox').fill('mellemcentralitet');
    await expect.poll(() => topicButtons.allTextContents()).toContain('Betweenness (mellemcentralitet)');
    await dialog.getByRole('searchbox').fill('zzz-intet');
    await expect.poll(() => topicButtons.count()).toBe(0);
    expect(await dialog.textContent()).toContain('Intet emne matcher "zzz-intet".');
    // a search lists its matches best first: the topic with "Burt" in its title before the four citing him
    await dialog.getByRole('searchbox').fill('Burt');
    expect((await topicButtons.allTextContents()).slice(0, 2)).toEqual(['Hierarki (Burt)', 'Begrænsning (constraint)']);
    // from the search field, ArrowDown goes to the first match and opens it
    await dialog.getByRole('searchbox').press('ArrowDown');
    expect(await focus()).toMatchObject({ inDialog: true, text: 'Hierarki (Burt)' });
    expect(await article.getByRole('heading', { level: 3 }).textContent()).toBe('Hierarki (Burt)');
    await dialog.getByRole('searchbox').fill('');

    // the topic list by keyboard: arrows move through the topics and open them
    await topic.focus();
    await page.keyboard.press('ArrowDown');
    expect(await focus()).toMatchObject({ inDialog: true, text: 'Nærhedscentralitet (closeness)' });
    expect(await article.getByRole('heading', { level: 3 }).textContent()).toBe('Nærhedscentralitet (closeness)');
    await page.keyboard.press('ArrowUp');
    expect(await article.getByRole('heading', { level: 3 }).textContent()).toBe('Betweenness (mellemcentralitet)');
    // Tab and Shift+Tab stay inside the modal dialog
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Shift+Tab');
      expect((await focus()).inDialog, `Shift+Tab ${String(i + 1)}`).toBe(true);
    }

    // English: the open topic follows the interface language
    await page.getByRole('combobox', { name: 'Sprog' }).selectOption('en');
    const english = page.getByRole('dialog', { name: 'Help' });
    await english.waitFor();
    await expect.poll(() => english.getByRole('article').getByRole('heading', { level: 3 }).textContent()).toBe('Betweenness centrality');
    const englishText = (await english.getByRole('article').textContent()) ?? '';
    expect(englishText).toContain('How it is computed');
    expect(englishText).toContain('shortest paths');
    expect(englishText).toContain('Brandes, U. (2001)');
    expect(await english.getByRole('navigation', { name: 'Topics' }).getByRole('heading', { name: 'Person-dependency' }).count()).toBe(1);
    await nextPaint();
    await page.screenshot({ path: join(artefacts, 'help-betweenness-en.png') });

    // a "see also" link opens that topic
    await english.getByRole('article').getByRole('button', { name: 'Share of central positions' }).click();
    expect(await english.getByRole('article').getByRole('heading', { level: 3 }).textContent()).toBe('Share of central positions');

    // Escape closes, and the focus goes back to the toolbar's Help button
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(focus).toMatchObject({ inDialog: false, text: 'Help' });

    // a click beside the dialog closes it too
    await page.getByRole('button', { name: 'Help', exact: true }).click();
    await english.waitFor();
    await page.mouse.click(8, 890);
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    await page.getByRole('combobox', { name: 'Language' }).selectOption('da');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('da');
  });

  it('shows a long topic in full, its formula and sources readable', async () => {
    if (!app) throw new Error('the browser-mode app did not start');
    await page.goto(app.server.openUrl);
    await page.locator('[data-testid="map"][data-layout="done"]').waitFor();
    // in Danish, whatever the test before left behind
    await page.getByRole('combobox', { name: /^(Sprog|Language)$/ }).selectOption('da');
    await page.getByRole('button', { name: 'Hjælp', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Hjælp' });
    await dialog.waitFor();
    await dialog.getByRole('navigation').getByRole('button', { name: 'Overlevelse og udskiftning' }).click();
    const article = dialog.getByRole('article');
    expect(await article.textContent()).toContain('Monte Carlo');
    await nextPaint();
    await page.screenshot({ path: join(artefacts, 'help-survival-da.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });

  it('finds the words the screen uses, in Danish and in English: a legend\'s "Skrøbelig relation", a column\'s "bærer", a layout\'s "To bredder"', async () => {
    if (!app) throw new Error('the browser-mode app did not start');
    await page.goto(app.server.openUrl);
    await page.locator('[data-testid="map"][data-layout="done"]').waitFor();
    await page.getByRole('combobox', { name: /^(Sprog|Language)$/ }).selectOption('da');
    // the words as the map shows them
    expect(await page.getByRole('combobox', { name: 'Layout' }).locator('option', { hasText: 'To bredder' }).count()).toBe(1);
    expect(await page.getByTestId('legend').textContent()).toContain('Skrøbelig relation');
    await page.getByRole('button', { name: 'Hjælp', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Hjælp' });
    await dialog.waitFor();
    // the dialog by its role alone: its name follows the language
    const open = page.getByRole('dialog');
    const search = open.getByRole('searchbox');
    const topics = open.getByRole('navigation').locator('button[data-topic]');
    const heading = open.getByRole('article').getByRole('heading', { level: 3 });
    const firstFor = async (query: string) => {
      await search.fill(query);
      await expect.poll(() => topics.count(), { message: query }).toBeGreaterThan(0);
      return (await topics.first().textContent()) ?? '';
    };
    expect(await firstFor('skrøbelig')).toBe('De tre advarsler og deres alvor');
    expect(await firstFor('bærer')).toBe('Bærere (k_AB)');
    expect(await firstFor('to bredder')).toBe('Kortet: layout og tegn');
    await search.press('ArrowDown');
    expect(await heading.textContent()).toBe('Kortet: layout og tegn');
    expect(await dialog.getByRole('article').textContent()).toContain('skrøbelig relation');
    await nextPaint();
    await page.screenshot({ path: join(artefacts, 'help-search-screen-words-da.png') });

    await page.getByRole('combobox', { name: 'Sprog' }).selectOption('en');
    const english = page.getByRole('dialog', { name: 'Help' });
    await english.waitFor();
    expect(await firstFor('fragile')).toBe('The three flags and their severity');
    expect(await firstFor('carrier')).toBe('Carriers (k_AB)');
    expect(await firstFor('two shores')).toBe('The map: layouts and marks');
    await search.press('ArrowDown');
    await nextPaint();
    await page.screenshot({ path: join(artefacts, 'help-search-screen-words-en.png') });
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('da');
  });
});
