/**
 * The analysis panels in real Chromium, on a fresh working copy of the sample "Bro Kommune":
 * the three panels of the "Analyse" tab, a chosen row shown on the map, a choice that outlives
 * a re-analysis and lapses with its collaboration, and English. Its own browser-mode server,
 * like browser-mode.test.ts; the tests share one page and run in order.
 *
 * Needs the built renderer (`npm run build`) and Debian's Chromium.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ProjectSnapshot } from '../../src/core/api/contract';
import { appForTheseTests, artefacts, type BrowserApp } from './browser-app';

const RISKY = 'Jobcenter Bro – Bro Boldklub';

let app: BrowserApp | undefined;
let page: Page;

const apiValue = <T>(method: string, input: object = {}): Promise<T> => {
  if (!app) throw new Error('the browser-mode app did not start');
  return app.apiValue<T>(method, input);
};

const panels = () => page.getByTestId('analysis-panels');
const highlighted = async () => Number(await page.getByTestId('map').getAttribute('data-highlighted'));
const nextPaint = () => page.evaluate<number>('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
const shot = async (name: string) => {
  await nextPaint();
  await page.screenshot({ path: join(artefacts, `panels-${name}.png`) });
};
// (the page's code is given as text: these tests are type-checked without the DOM's types)
const SIDEBAR = "document.querySelector('.sidebar .table-wrap')";
/** The panel from its top, as it first opens. */
const shotOfTop = async (name: string) => {
  await page.evaluate(`${SIDEBAR}.scrollTo(0, 0)`);
  await shot(`${name}-top`);
};
/** Nothing in a panel is wider than the sidebar: no sideways scrolling for a table or a chart. */
const expectNoSidewaysScroll = async () => {
  const [scroll, client, wide] = await page.evaluate<[number, number, string[]]>(`(() => {
    const box = ${SIDEBAR};
    const right = box.getBoundingClientRect().right;
    const wide = [...box.querySelectorAll('th, td, svg, p, h3, figure, .figures, .badge')]
      .filter((e) => e.getBoundingClientRect().right > right + 1)
      .slice(0, 6)
      .map((e) => e.tagName + '.' + e.className + ' ' + (e.textContent || '').slice(0, 30));
    return [box.scrollWidth, box.clientWidth, wide];
  })()`);
  expect(scroll, `the panel scrolls sideways; too wide: ${wide.join(' | ')}`).toBeLessThanOrEqual(client + 1);
};
const choosePanel = (name: string) => panels().getByRole('group').getByRole('button', { name, exact: true }).click();
const collaborationRow = (text: string) => page.getByTestId('collaborations').locator('tr.choosable', { hasText: text });

async function idOf(label: string): Promise<string> {
  const project = await apiValue<ProjectSnapshot | null>('getProject');
  const id = project?.data.actors.find((a) => a.label === label)?.id;
  if (!id) throw new Error(`${label} is not in the project`);
  return id;
}

appForTheseTests('panels', (started) => {
  app = started;
  page = started.page;
});

describe('the analysis panels', () => {
  it('shows bonding and bridging against chance, per group in a chart and a table, and per actor', async () => {
    await page.getByRole('tab', { name: 'Analyse' }).click();
    const verdict = page.getByTestId('bonding-verdict');
    await verdict.waitFor({ timeout: 30_000 });
    expect(await verdict.textContent()).toMatch(/^Netværket er mere sammenbindende end tilfældigt \(p < 0,001; 5\.000 ombytninger\)/);
    expect(await panels().getByRole('group').getByRole('button', { name: 'Bonding og brobygning' }).getAttribute('aria-pressed')).toBe('true');
    await shotOfTop('bonding');
    await expectNoSidewaysScroll();

    const groups = page.getByTestId('groups');
    const chart = page.getByTestId('ei-chart');
    expect(await chart.locator('rect').count(), 'a bar for the network and each sector').toBe(6);
    expect(await chart.locator('text').allTextContents()).toEqual(expect.arrayContaining(['Hele netværket', 'Kommune', 'Civilsamfund', '−1', '+1']));
    expect(await groups.locator('tbody tr.choosable').count()).toBe(5);
    expect(await page.getByTestId('organisation-ei').textContent()).toContain('Bro Boldklub');

    // sorting by name puts Æ, Ø and Å after Z
    const actors = page.getByTestId('actors');
    const nameHeader = actors.getByRole('columnheader', { name: /Aktør/ });
    const byName = nameHeader.getByRole('button', { name: /^Aktør/ });
    await byName.click();
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    await byName.click();
    expect(await nameHeader.getAttribute('aria-sort')).toBe('descending');
    const first = await actors.locator('tbody tr.choosable td.name').first().textContent();
    expect(first, 'descending, a name in Æ, Ø or Å (or Aa) comes first').toMatch(/^([ÆØÅ]|Aa)/);
    expect(await actors.locator('tbody tr.choosable').count(), 'the first page of actors').toBe(50);
    await actors.getByRole('button', { name: 'Vis flere' }).click();
    expect(await actors.locator('tbody tr.choosable').count()).toBe(70);
    await actors.getByRole('heading').scrollIntoViewIfNeeded();
    await page.evaluate(`${SIDEBAR}.scrollBy(0, -40)`);
    await shot('bonding-actors');

    // a group on the map, explained
    const civil = groups.locator('tr.choosable', { hasText: 'Civilsamfund' });
    await civil.click();
    await expect.poll(highlighted).toBeGreaterThan(0);
    // a sector in a sentence goes by its definite form
    expect(await groups.locator('.explanation').textContent()).toContain('Civilsamfundet har 29 aktører');
    await shot('bonding');
    await civil.getByRole('button').click();
    await expect.poll(highlighted).toBe(0);
  });

  it('shows the actors on tie strength beside the counted figures, saying which they are', async () => {
    const actors = page.getByTestId('actors');
    const toggle = actors.getByTestId('actor-figures');
    expect(await toggle.getByRole('button', { name: 'Optalt' }).getAttribute('aria-pressed')).toBe('true');
    const headers = () => actors.locator('thead th').allTextContents();
    expect((await headers()).join(' | ')).toMatch(/Relationer.*Betweenness.*Constraint.*E-I/);
    const counted = await actors.locator('tbody tr.choosable').first().locator('td.num').allTextContents();
    await toggle.getByRole('button', { name: 'På relationsstyrke' }).click();
    expect(await toggle.getByRole('button', { name: 'På relationsstyrke' }).getAttribute('aria-pressed')).toBe('true');
    expect((await headers()).join(' | ')).toMatch(/Styrke.*Betweenness\s*\(styrke\).*Constraint\s*\(styrke\).*E-I\s*\(styrke\)/);
    expect(await actors.textContent()).toContain('Hver relation vejer efter sin styrke; afstand = 1 / styrke.');
    const valued = await actors.locator('tbody tr.choosable').first().locator('td.num').allTextContents();
    expect(valued).not.toEqual(counted);
    // the network's E-I on strength beside the counted one
    expect(await page.getByTestId('bonding-panel').textContent()).toMatch(/E-I på relationsstyrke\s*−?\d,\d+/);
    await actors.getByRole('heading').scrollIntoViewIfNeeded();
    await page.evaluate(`${SIDEBAR}.scrollBy(0, -80)`);
    await shot('bonding-actors-strength');
    await expectNoSidewaysScroll();
    // a chosen actor is read by the figures shown, and the reading says they are on strength
    const first = actors.locator('tbody tr.choosable').first();
    await first.click();
    const reading = await actors.locator('.explanation').textContent();
    expect(reading).toMatch(/På relationsstyrke: relationerne vejer samlet \d+/);
    expect(reading).toMatch(/betweenness på relationsstyrke \d/);
    await shot('bonding-actor-strength-explained');
    await first.click();
    await toggle.getByRole('button', { name: 'Optalt' }).click();
    expect((await headers()).join(' | ')).toMatch(/Relationer/);
  });

  it('leaves the figures on tie strength out when the project is set to counted measures only, and back', async () => {
    const settings = page.locator('.modal.settings');
    const setWeights = async (label: string) => {
      await page.getByRole('button', { name: 'Indstillinger' }).click();
      await settings.locator('select[name="weights"]').selectOption({ label });
      if (label === 'kun optalte mål') await shot('settings-weights');
      await settings.getByRole('button', { name: 'Gem indstillingerne' }).click();
      await settings.getByRole('button', { name: 'Luk', exact: true }).click();
    };
    await setWeights('kun optalte mål');
    await expect.poll(async () => (await apiValue<ProjectSnapshot | null>('getProject'))?.data.settings.analysis.weights).toBe('none');
    await expect.poll(() => page.getByTestId('actor-figures').count(), { timeout: 30_000 }).toBe(0);
    expect(await page.getByTestId('bonding-panel').textContent()).not.toContain('E-I på relationsstyrke');
    await setWeights('også mål på relationsstyrke (afstand = 1 / styrke)');
    await expect.poll(() => page.getByTestId('actor-figures').count(), { timeout: 30_000 }).toBe(1);
  });

  it('shows power: sector shares, reciprocity, uneven ties, linking ties and forums', async () => {
    await choosePanel('Magt');
    const sectors = page.getByTestId('sector-shares');
    await sectors.waitFor();
    await shotOfTop('power');
    await expectNoSidewaysScroll();
    expect(await sectors.locator('tr.choosable', { hasText: 'Kommune' }).textContent()).toMatch(/100\s%/);
    // the share of central positions is a counted figure, and says so
    expect(await sectors.textContent()).toContain('de centrale positioner (betweenness, hver relation talt én gang)');
    expect(await sectors.locator('th', { hasText: 'Centrale positioner' }).getAttribute('title')).toBe('Sektorens andel af al betweenness i netværket, hver relation talt én gang');
    expect(await page.getByTestId('dyads').locator('tr.choosable').count()).toBeGreaterThan(5);
    expect(await page.getByTestId('linking').getByRole('heading').textContent()).toMatch(/Forbindende relationer \(\d+\)/);
    const forum = page.getByTestId('forums').locator('tr.choosable', { hasText: 'Koordineringsforum for integration' });
    expect(await forum.textContent()).toContain('Kommunen har flertal');

    await forum.click();
    await expect.poll(highlighted).toBeGreaterThanOrEqual(8);
    expect(await page.getByTestId('forums').locator('.explanation').textContent()).toContain('ligelig repræsentation');
    await page.getByTestId('forums').scrollIntoViewIfNeeded();
    await shot('power-forums');
    await forum.click();

    const dyad = page.getByTestId('dyads').locator('tr.choosable').first();
    await dyad.click();
    await expect.poll(highlighted).toBeGreaterThanOrEqual(3);
    expect(await page.getByTestId('dyads').locator('.explanation').textContent()).toContain('har mest magt i relationen til');
    await shot('power');
    await dyad.click();
    await expect.poll(highlighted).toBe(0);
  });

  it('ranks the collaborations by risk with their carriers, and shows a chosen one on the map', async () => {
    await choosePanel('Personafhængighed');
    const rows = page.getByTestId('collaborations').locator('tr.choosable');
    await rows.first().waitFor();
    await shotOfTop('dependency');
    await expectNoSidewaysScroll();
    // the collaborations rated high head the list, the risky one among them
    const texts = await rows.allTextContents();
    const high = texts.slice(0, texts.findIndex((t) => !t.includes('Høj')));
    expect(high.length).toBeGreaterThan(0);
    expect(high.some((t) => t.includes(RISKY))).toBe(true);
    const risky = collaborationRow(RISKY);
    expect(await risky.textContent()).toContain('Søren Ærø, Jakob Ebbesen');
    expect(await risky.textContent()).toContain('Én relation');
    expect(await page.getByTestId('expected-lost').textContent()).toMatch(/inden for et år: \d+,\d/);
    expect(await page.getByTestId('key-persons').textContent()).toContain('Søren Ærø');
    expect(await page.getByTestId('fragmentation').textContent()).toContain('Stopper');

    await risky.getByRole('button').click();
    expect(await risky.getByRole('button').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(highlighted).toBeGreaterThanOrEqual(5);
    const explanation = page.getByTestId('collaborations').locator('.explanation');
    expect(await explanation.textContent()).toMatch(/overlever året med \d+\s% sandsynlighed/);
    expect(await explanation.textContent()).toContain('skal falde fra, før Jobcenter Bro og Bro Boldklub ikke længere kan nå hinanden gennem netværket');
    await shot('dependency');
  });

  it('keeps the chosen collaboration through a re-analysis and drops it when it is gone', async () => {
    const before = await highlighted();
    await apiValue('apply', { command: { type: 'actor.add', actor: { kind: 'person', label: 'Åse Ny' } } });
    await expect.poll(() => page.getByTestId('map').getAttribute('data-nodes')).toBe('71');
    await expect.poll(() => panels().locator('.panels-status').textContent(), { timeout: 30_000 }).toMatch(/^Opdateret/);
    expect(await collaborationRow(RISKY).getByRole('button').getAttribute('aria-pressed')).toBe('true');
    expect(await highlighted()).toBe(before);

    // without Jakob Ebbesen nothing carries it: the row goes, and so does the highlight
    await apiValue('apply', { command: { type: 'actor.remove', id: await idOf('Jakob Ebbesen') } });
    await expect.poll(() => collaborationRow(RISKY).count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(highlighted).toBe(0);
    expect(await page.getByTestId('collaborations').locator('[aria-pressed="true"]').count()).toBe(0);

    await apiValue('undo');
    await apiValue('undo');
    await expect.poll(() => collaborationRow(RISKY).count(), { timeout: 30_000 }).toBe(1);
    // as with a chosen finding, the undo that brings the collaboration back brings the choice back
    expect(await collaborationRow(RISKY).getByRole('button').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(highlighted).toBe(before);
    await collaborationRow(RISKY).getByRole('button').click();
    await expect.poll(highlighted).toBe(0);
  });

  it('speaks English when the interface does', async () => {
    await page.getByRole('combobox', { name: 'Sprog' }).selectOption('en');
    await choosePanel('Bonding and bridging');
    const verdict = page.getByTestId('bonding-verdict');
    await expect.poll(() => verdict.textContent()).toMatch(/^The network is more bonding than chance \(p < 0\.001; 5,000 permutations\)/);
    expect(await page.getByTestId('groups').getByRole('heading').textContent()).toBe('The groups (by sector)');
    const figures = page.getByTestId('actor-figures');
    await figures.getByRole('button', { name: 'On tie strength' }).click();
    expect((await page.getByTestId('actors').locator('thead th').allTextContents()).join(' | ')).toMatch(/Strength.*Betweenness\s*\(strength\).*Constraint\s*\(strength\)/);
    await page.getByTestId('actors').getByRole('heading').scrollIntoViewIfNeeded();
    const first = page.getByTestId('actors').locator('tbody tr.choosable').first();
    await first.click();
    expect(await page.getByTestId('actors').locator('.explanation').textContent()).toMatch(/On tie strength: the ties weigh \d+ in all.*betweenness on tie strength \d/);
    await shot('english-strength');
    await first.click();
    await expectNoSidewaysScroll();
    await figures.getByRole('button', { name: 'Counted' }).click();
    await choosePanel('Person-dependency');
    const risky = collaborationRow(RISKY);
    expect(await risky.textContent()).toContain('One tie');
    await risky.click();
    expect(await page.getByTestId('collaborations').locator('.explanation').textContent()).toMatch(/survives the year with \d+\s?% probability/);
    await expectNoSidewaysScroll();
    await shot('english');
    await risky.click();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('da');
    await expect.poll(() => page.getByRole('tab', { name: 'Analyse' }).count()).toBe(1);
  });

  it('fits a narrower window: no panel scrolls sideways at 1200 px', async () => {
    await page.setViewportSize({ width: 1200, height: 800 });
    for (const name of ['Bonding og brobygning', 'Magt', 'Personafhængighed']) {
      await choosePanel(name);
      await nextPaint();
      await expectNoSidewaysScroll();
    }
    await shotOfTop('narrow');
    await page.setViewportSize({ width: 1440, height: 900 });
  });
});
