/**
 * Every field of the model in the UI, in real Chromium on a fresh working copy of the sample "Bro
 * Kommune", checked by what the user sees: a tie clicked on the map from the Fund tab opens its
 * details; its power fields edited there change the Magt tab's figures; its direction turned
 * round; an actor's influence set on the tower by dragging and from the keyboard; a tie drawn in
 * connect mode lands in its details with the focus on its type; a category attribute defined in
 * the settings, filled in by a bulk edit of ticked rows, and the map coloured by it with the
 * legend saying so. Screenshots of each new screen in Danish and English go to test-results/e2e.
 * The tests share one page and run in order.
 *
 * Needs the built renderer (`npm run build`) and Debian's Chromium.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ProjectSnapshot } from '../../src/core/api/contract';
import type { Tie } from '../../src/core/model/schema';
import { appForTheseTests, artefacts, type BrowserApp, findOnMap, openProjectIn } from './browser-app';

let app: BrowserApp | undefined;
let page: Page;

const apiValue = <T>(method: string, input: object = {}): Promise<T> => {
  if (!app) throw new Error('the browser-mode app did not start');
  return app.apiValue<T>(method, input);
};
const project = async () => (await openProjectIn(app)).data;
const tieBetween = async (a: string, b: string): Promise<Tie> => {
  const data = await project();
  const id = (label: string) => data.actors.find((x) => x.label === label)?.id;
  const tie = data.ties.find((t) => (t.source === id(a) && t.target === id(b)) || (t.source === id(b) && t.target === id(a)));
  if (!tie) throw new Error(`no tie between ${a} and ${b}`);
  return tie;
};
const nextPaint = () => page.evaluate<number>('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
const setLanguage = (lang: 'da' | 'en') => page.getByRole('combobox', { name: lang === 'en' ? 'Sprog' : 'Language' }).selectOption(lang);
/** A screenshot of the page in Danish and in English, for a person to look at. */
const shots = async (name: string) => {
  await nextPaint();
  await page.screenshot({ path: join(artefacts, `fields-${name}-da.png`) });
  await setLanguage('en');
  await nextPaint();
  await page.screenshot({ path: join(artefacts, `fields-${name}-en.png`) });
  await setLanguage('da');
  await nextPaint();
};
const tab = (name: RegExp) => page.getByRole('tab', { name });
const details = () => page.getByTestId('tie-details');
const map = () => page.getByTestId('map');

/** Clicks a tie on the map halfway between its two actors (found with the map's search). */
async function clickTie(a: string, b: string): Promise<void> {
  const from = await findOnMap(page, a);
  const to = await findOnMap(page, b);
  await page.mouse.click((from.x + to.x) / 2, (from.y + to.y) / 2);
}

appForTheseTests('fields', (started) => {
  app = started;
  page = started.page;
});

describe('every field in the UI', () => {
  it('opens a tie clicked on the map in its details, from the Fund tab', async () => {
    await expect.poll(async () => await tab(/^Fund/).getAttribute('aria-selected')).toBe('true');
    // halfway between two actors with a tie: the layout is not the same from run to run, so a
    // pair whose midpoint another actor covers is passed over for the next
    const data = await project();
    const label = (id: string) => data.actors.find((a) => a.id === id)?.label ?? id;
    let clicked: Tie | undefined;
    for (const pair of [
      ['Tobias Friis', 'Bent Poulsen'],
      ['Sofie Bech', 'Kim Larsen'],
      ['Hamid Noori', 'Tesfay Gebremedhin'],
      ['Kim Larsen', 'Bent Poulsen'],
    ] as const) {
      await clickTie(pair[0], pair[1]);
      await nextPaint();
      const id = await map().getAttribute('data-selected-tie');
      clicked = data.ties.find((t) => t.id === id);
      if (clicked) break;
    }
    if (!clicked) throw new Error('no tie was hit by a click halfway between its actors');
    await details().waitFor();
    expect(await details().getByRole('heading', { level: 2 }).textContent()).toContain(label(clicked.source));
    expect(await details().getByRole('heading', { level: 2 }).textContent()).toContain(label(clicked.target));
    expect(await tab(/^Fund/).getAttribute('aria-selected'), 'the tab stays as it was').toBe('true');
    expect(await details().locator('select[name="type"]').inputValue()).toBe(clicked.type);
    await shots('tie-details');
  });

  it("changes the Magt tab's figures when the tie's power fields are edited in its details", async () => {
    await tab(/^Analyse/).click();
    await page.getByTestId('analysis-panels').getByRole('group').getByRole('button', { name: 'Magt', exact: true }).click();
    const civil = page.getByTestId('sector-shares').locator('tr.choosable', { hasText: 'Civilsamfund' });
    await civil.waitFor({ timeout: 30_000 });
    const sharesBefore = await civil.textContent();
    const linking = page.getByTestId('linking').getByRole('heading');
    const linkingBefore = await linking.textContent();
    const count = (text: string | null) => Number(/\((\d+)\)/.exec(text ?? '')?.[1]);

    // the tie, from Tobias Friis's list of relationships
    const tie0 = await tieBetween('Tobias Friis', 'Bent Poulsen');
    await findOnMap(page, 'Tobias Friis');
    await page.getByTestId('actor-details').getByRole('button', { name: 'Bent Poulsen', exact: true }).click();
    await expect.poll(() => map().getAttribute('data-selected-tie')).toBe(tie0.id);
    const power = details().getByTestId('tie-power');
    await power.getByRole('combobox', { name: 'Initiativ' }).selectOption({ label: 'Bent Poulsen' });
    await power.getByRole('combobox', { name: 'Mandat' }).selectOption({ label: 'Bent Poulsen' });
    await power.getByRole('combobox', { name: 'Ressourcer' }).selectOption({ label: 'Tobias Friis → Bent Poulsen' });
    await power.getByRole('combobox', { name: 'Afhængighed' }).selectOption({ label: 'Tobias Friis afhænger af Bent Poulsen' });
    await power.getByRole('combobox', { name: 'Partner eller leverandør' }).selectOption({ label: 'Partnere' });
    await expect.poll(async () => (await tieBetween('Tobias Friis', 'Bent Poulsen')).governance).toBe('partner');
    const tie = await tieBetween('Tobias Friis', 'Bent Poulsen');
    expect({ initiative: tie.initiative, mandate: tie.mandate, resourceFlow: tie.resourceFlow, dependent: tie.dependent }).toEqual({
      initiative: 'target',
      mandate: 'target',
      resourceFlow: 'toTarget',
      dependent: 'source',
    });

    // the analysis runs again, and what it shows moves
    await expect.poll(() => civil.textContent(), { timeout: 30_000 }).not.toBe(sharesBefore);
    await expect.poll(async () => count(await linking.textContent()), { timeout: 30_000 }).toBe(count(linkingBefore) + 1);
    await page.evaluate("document.querySelector('.sidebar .table-wrap').scrollTo(0, 0)");
    await shots('power-after-edit');

    // each edit was one step: five undos take them all back
    for (let i = 0; i < 5; i++) await page.getByRole('button', { name: /Fortryd/ }).click();
    await expect.poll(async () => (await tieBetween('Tobias Friis', 'Bent Poulsen')).initiative).toBe(null);
    await expect.poll(async () => count(await linking.textContent()), { timeout: 30_000 }).toBe(count(linkingBefore));
  });

  it("moves an actor's figures on tie strength, and not its counted ones, when a tie's strength is edited", async () => {
    await tab(/^Analyse/).click();
    await page.getByTestId('analysis-panels').getByRole('group').getByRole('button', { name: 'Bonding og brobygning', exact: true }).click();
    const actors = page.getByTestId('actors');
    const show = (name: 'Optalt' | 'På relationsstyrke') => actors.getByTestId('actor-figures').getByRole('button', { name }).click();
    const more = actors.getByRole('button', { name: 'Vis flere' });
    const cells = async () => {
      if (await more.count()) await more.click();
      return (await actors.locator('tr.choosable', { hasText: 'Tobias Friis' }).first().locator('td.num').allTextContents()).join(' | ');
    };
    await show('Optalt');
    const countedBefore = await cells();
    await show('På relationsstyrke');
    const valuedBefore = await cells();

    const tie0 = await tieBetween('Tobias Friis', 'Bent Poulsen');
    const to = tie0.strength === 5 ? '1' : '5';
    await findOnMap(page, 'Tobias Friis');
    await page.getByTestId('actor-details').getByRole('button', { name: 'Bent Poulsen', exact: true }).click();
    await expect.poll(() => map().getAttribute('data-selected-tie')).toBe(tie0.id);
    await details().locator('select[name="strength"]').selectOption(to);
    await expect.poll(async () => (await tieBetween('Tobias Friis', 'Bent Poulsen')).strength).toBe(Number(to));

    // 3 → 5: his strength and his betweenness on strength move (14 → 18, 4 → 26; his constraint
    // 0.510 → 0.506, the same to the panel's two decimals); his counted figures stay
    await expect.poll(cells, { timeout: 30_000 }).not.toBe(valuedBefore);
    const [strength, betweenness] = (await cells()).split(' | ');
    const [strengthBefore, betweennessBefore] = valuedBefore.split(' | ');
    expect(strength).not.toBe(strengthBefore);
    expect(betweenness).not.toBe(betweennessBefore);
    await show('Optalt');
    expect(await cells()).toBe(countedBefore);

    // one undo takes it back
    await page.getByRole('button', { name: /Fortryd/ }).click();
    await expect.poll(async () => (await tieBetween('Tobias Friis', 'Bent Poulsen')).strength).toBe(tie0.strength);
    await show('På relationsstyrke');
    await expect.poll(cells, { timeout: 30_000 }).toBe(valuedBefore);
    await show('Optalt');
  });

  it("turns a tie's direction round, and its power fields stay with their actors", async () => {
    const before = await tieBetween('Kasper Ravn', 'Åse Østergaard');
    expect(before.directed).toBe(true);
    // from the actor's list of relationships this time
    await findOnMap(page, 'Kasper Ravn');
    await page.getByTestId('actor-details').getByRole('button', { name: 'Åse Østergaard', exact: true }).click();
    await expect.poll(() => map().getAttribute('data-selected-tie')).toBe(before.id);
    await details().getByRole('combobox', { name: 'Initiativ' }).selectOption({ label: 'Kasper Ravn' });
    await expect.poll(async () => (await tieBetween('Kasper Ravn', 'Åse Østergaard')).initiative).toBe(before.source === (await project()).actors.find((a) => a.label === 'Kasper Ravn')?.id ? 'source' : 'target');
    const from = (await project()).actors.find((a) => a.id === before.source)?.label;
    const to = (await project()).actors.find((a) => a.id === before.target)?.label;
    expect(await details().getByRole('heading', { level: 2 }).textContent()).toMatch(new RegExp(`${from}\\s*→\\s*${to}`));

    await details().getByRole('button', { name: /Vend retningen/ }).click();
    await expect.poll(async () => (await tieBetween('Kasper Ravn', 'Åse Østergaard')).source).toBe(before.target);
    const after = await tieBetween('Kasper Ravn', 'Åse Østergaard');
    expect(after.target).toBe(before.source);
    expect(after.directed).toBe(true);
    await expect.poll(() => details().getByRole('heading', { level: 2 }).textContent()).toMatch(new RegExp(`${to}\\s*→\\s*${from}`));
    // Kasper took the initiative before the turn and still did after it
    expect(await details().getByRole('combobox', { name: 'Initiativ' }).locator('option:checked').textContent()).toBe('Kasper Ravn');

    await details().getByRole('combobox', { name: 'Retning' }).selectOption({ label: 'Uden retning (gensidig)' });
    await expect.poll(async () => (await tieBetween('Kasper Ravn', 'Åse Østergaard')).directed).toBe(false);
    await expect.poll(() => details().getByRole('button', { name: /Vend retningen/ }).count()).toBe(0);
  });

  it("sets an actor's influence on the tower by dragging and from the keyboard", async () => {
    await tab(/^Personer/).click();
    await page.getByTestId('persons-table').getByRole('row').filter({ hasText: 'Mette Lund' }).click();
    const tower = page.getByRole('slider', { name: 'Indflydelsestårn for Mette Lund' });
    await tower.scrollIntoViewIfNeeded();
    expect(await tower.getAttribute('aria-valuetext')).toBe('Ikke vurderet');
    const box = await tower.boundingBox();
    if (!box) throw new Error('the tower is not drawn');
    // from the base plate up to the fourth of five steps
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 4);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    const step = (box.height - 10) / 5;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 10 - 3.5 * step, { steps: 4 });
    expect(await tower.getAttribute('aria-valuenow'), 'the tower follows the pointer before anything is saved').toBe('4');
    await page.mouse.up();
    const influence = async () => (await project()).actors.find((a) => a.label === 'Mette Lund')?.influence;
    await expect.poll(influence).toBe(4);
    const steps = (await apiValue<ProjectSnapshot>('getProject')).history.undoCount;

    await tower.focus();
    // each key moves on from the last, even before the store's answer has come back
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(influence).toBe(2);
    await page.keyboard.press('End');
    await expect.poll(influence).toBe(5);
    await page.keyboard.press('ArrowUp');
    expect(await tower.getAttribute('aria-valuenow'), 'the top of the scale is the top').toBe('5');
    await page.keyboard.press('Home');
    await expect.poll(influence).toBe(0);
    await page.keyboard.press('ArrowUp');
    await expect.poll(influence).toBe(1);
    expect((await apiValue<ProjectSnapshot>('getProject')).history.undoCount, 'one step per key that changed it').toBe(steps + 5);
    await expect.poll(() => page.getByTestId('influence-value').textContent()).toBe('Indflydelse 1 af 5');
    await shots('influence-tower');
    await page.keyboard.press('Delete');
    await expect.poll(influence).toBe(null);
  });

  it('opens a tie drawn in connect mode in its details, with the focus on its type', async () => {
    await tab(/^Fund/).click();
    const from = await findOnMap(page, 'Henrik Dahl');
    const to = await findOnMap(page, 'Abdi Warsame');
    const ties = (await project()).ties.length;
    await page.getByRole('button', { name: 'Forbind', exact: true }).click();
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
    await page.mouse.move(to.x, to.y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await project()).ties.length).toBe(ties + 1);
    await details().waitFor();
    const drawn = await map().getAttribute('data-selected-tie');
    const stored = async () => (await project()).ties.find((t) => t.id === drawn);
    expect((await stored())?.type, 'a new tie, chosen on the map').toBe('collaboration');
    expect(await details().getByRole('heading', { level: 2 }).textContent()).toMatch(/Henrik Dahl\s*–\s*Abdi Warsame/);
    await expect.poll(() => page.evaluate<string>('document.activeElement && document.activeElement.getAttribute("name")')).toBe('type');
    // the type is chosen where the focus is, then the strength and the source
    await page.locator(':focus').selectOption('information');
    await expect.poll(async () => (await stored())?.type).toBe('information');
    await details().locator('select[name="strength"]').selectOption('4');
    await details().locator('input[name="evidenceSource"]').fill('Interview 7');
    await details().locator('input[name="evidenceSource"]').press('Enter');
    await expect.poll(async () => (await stored())?.evidence.source).toBe('Interview 7');
    expect((await stored())?.strength).toBe(4);
    await page.getByRole('button', { name: 'Forbind', exact: true }).click();
    await shots('drawn-tie');
  });

  it('defines a category attribute in the settings, fills it by a bulk edit, colours the map by it and shows it in the legend', async () => {
    await page.getByRole('button', { name: 'Indstillinger' }).click();
    const definitions = page.getByTestId('attribute-definitions');
    await definitions.scrollIntoViewIfNeeded();
    await definitions.locator('select[name="definition-owner"]').selectOption('actors');
    await definitions.locator('input[name="definition-da"]').fill('Aldersgruppe');
    await definitions.locator('input[name="definition-en"]').fill('Age group');
    await definitions.locator('select[name="definition-type"]').selectOption('category');
    await definitions.locator('button[name="definition-add"]').click();
    const row = definitions.getByTestId('definition-aldersgruppe');
    await row.waitFor();
    for (const [da, en] of [
      ['Under 30', 'Under 30'],
      ['30–59', '30–59'],
      ['60 og derover', '60 and over'],
    ] as const) {
      await definitions.locator('input[name="category-da-aldersgruppe"]').fill(da);
      await definitions.locator('input[name="category-en-aldersgruppe"]').fill(en);
      await definitions.locator('button[name="category-add-aldersgruppe"]').click();
      await expect.poll(async () => (await project()).codebooks.attributes[0]?.values.map((v) => v.label.da)).toContain(da);
    }
    expect((await project()).codebooks.attributes).toEqual([
      {
        key: 'aldersgruppe',
        appliesTo: 'actors',
        label: { da: 'Aldersgruppe', en: 'Age group' },
        type: 'category',
        values: [
          { key: 'under_30', label: { da: 'Under 30', en: 'Under 30' } },
          { key: '30_59', label: { da: '30–59', en: '30–59' } },
          { key: '60_og_derover', label: { da: '60 og derover', en: '60 and over' } },
        ],
      },
    ]);
    await nextPaint();
    await page.locator('.modal.settings').screenshot({ path: join(artefacts, 'fields-settings-attributes-da.png') });
    await setLanguage('en');
    await nextPaint();
    await page.locator('.modal.settings').screenshot({ path: join(artefacts, 'fields-settings-attributes-en.png') });
    await setLanguage('da');
    await page.locator('.modal.settings').getByRole('button', { name: 'Luk', exact: true }).click();

    // the persons table has a column for it; three persons ticked get "30–59" in one step
    await details().getByRole('button', { name: 'Luk detaljer' }).click();
    await tab(/^Personer/).click();
    const table = page.getByTestId('persons-table');
    expect(await table.getByRole('columnheader', { name: /Aldersgruppe/ }).count()).toBe(1);
    const people = ['Mette Lund', 'Henrik Dahl', 'Amina Hassan'];
    for (const name of people) await table.getByRole('row').filter({ hasText: name }).getByRole('checkbox').check();
    const bulk = page.getByTestId('bulk-edit');
    await bulk.locator('select[name="bulk-field"]').selectOption({ label: 'Aldersgruppe' });
    await bulk.locator('select[name="bulk-value"]').selectOption({ label: '30–59' });
    await shots('bulk-edit');
    const undos = (await apiValue<ProjectSnapshot>('getProject')).history.undoCount;
    await bulk.locator('button[name="bulk-apply"]').click();
    const groups = async () => {
      const data = await project();
      return people.map((name) => data.actors.find((a) => a.label === name)?.attributes['aldersgruppe']);
    };
    await expect.poll(groups).toEqual(['30_59', '30_59', '30_59']);
    expect((await apiValue<ProjectSnapshot>('getProject')).history.undoCount, 'one undoable step for all three').toBe(undos + 1);
    await expect.poll(() => table.getByRole('row').filter({ hasText: 'Henrik Dahl' }).textContent()).toContain('30–59');
    // and one more by the same bulk edit, for the legend to have two groups
    await table.getByRole('row').filter({ hasText: 'Sofie Bech' }).getByRole('checkbox').check();
    await bulk.locator('select[name="bulk-field"]').selectOption({ label: 'Aldersgruppe' });
    await bulk.locator('select[name="bulk-value"]').selectOption({ label: 'Under 30' });
    await bulk.locator('button[name="bulk-apply"]').click();
    await expect.poll(async () => (await project()).actors.find((a) => a.label === 'Sofie Bech')?.attributes['aldersgruppe']).toBe('under_30');

    // the map coloured by it, and the legend says so
    const colour = page.getByTestId('map-toolbar').getByRole('combobox', { name: 'Farve' });
    await colour.selectOption({ label: 'Aldersgruppe' });
    const legend = page.getByTestId('legend-colour');
    await legend.waitFor();
    expect(await page.getByTestId('legend').getByRole('heading', { name: 'Farve: Aldersgruppe' }).count()).toBe(1);
    expect(await legend.getByRole('listitem').allTextContents()).toEqual(['Under 30', '30–59', 'Ikke angivet']);
    expect(await page.getByTestId('legend').getByRole('heading', { name: 'Sektor' }).count(), 'the sectors no longer colour the map').toBe(0);
    await shots('map-coloured');

    // the map's filters offer it too: leaving off those without a value leaves the four persons
    await page.getByTestId('map-filters').locator('summary').click();
    const filter = page.getByTestId('filter-actors/aldersgruppe');
    await filter.getByRole('checkbox', { name: 'Ikke angivet' }).uncheck();
    await expect.poll(async () => Number(await map().getAttribute('data-visible-nodes'))).toBe(4);
    await shots('map-filter');
    await filter.getByRole('checkbox', { name: 'Ikke angivet' }).check();
    await page.getByTestId('map-filters').locator('summary').click();
    await colour.selectOption({ label: 'Sektor' });
    await expect.poll(() => page.getByTestId('legend-colour').count()).toBe(0);

    // and it can group the bonding and bridging analysis, its groups called by their labels
    await page.getByRole('button', { name: 'Indstillinger' }).click();
    await page.locator('.modal.settings select[name="groupBy"]').selectOption({ label: 'Aldersgruppe (egenskab)' });
    await page.locator('.modal.settings').getByRole('button', { name: 'Gem indstillingerne' }).click();
    await expect.poll(async () => (await project()).settings.analysis.groupBy).toBe('aldersgruppe');
    await page.locator('.modal.settings').getByRole('button', { name: 'Luk', exact: true }).click();
    await tab(/^Analyse/).click();
    await page.getByTestId('analysis-panels').getByRole('group').getByRole('button', { name: 'Bonding og brobygning', exact: true }).click();
    const groupRows = page.getByTestId('groups');
    await expect.poll(async () => (await groupRows.locator('tbody tr.choosable').allTextContents()).join(' | '), { timeout: 30_000 }).toMatch(/30–59.*\|.*Under 30|Under 30.*\|.*30–59/);
    await page.evaluate("document.querySelector('.sidebar .table-wrap').scrollTo(0, 0)");
    await shots('bonding-by-attribute');
  });

  it('shows every field as a column when chosen, and keeps the choice for the project', async () => {
    await tab(/^Relationer/).click();
    const table = page.getByTestId('ties-table');
    const chooser = page.getByTestId('column-chooser');
    await chooser.locator('summary').click();
    for (const name of ['Initiativ', 'Mandat', 'Ressourcer', 'Afhængighed', 'Partner eller leverandør', 'Retning']) await chooser.getByRole('checkbox', { name }).check();
    await chooser.locator('summary').click();
    for (const name of ['Initiativ', 'Mandat', 'Ressourcer', 'Afhængighed', 'Partner eller leverandør', 'Retning'])
      expect(await table.getByRole('columnheader', { name: new RegExp(name) }).count(), name).toBe(1);
    await shots('tie-columns');
    // another tab and back: the choice stays
    await tab(/^Personer/).click();
    await tab(/^Relationer/).click();
    expect(await page.getByTestId('ties-table').getByRole('columnheader', { name: /Initiativ/ }).count()).toBe(1);
  });

  it('asks what becomes of its values before removing a definition that holds some, and keeps them when told', async () => {
    await page.getByRole('button', { name: 'Indstillinger' }).click();
    const definitions = page.getByTestId('attribute-definitions');
    await definitions.scrollIntoViewIfNeeded();
    await definitions.getByRole('button', { name: 'Fjern aldersgruppe' }).click();
    await page.getByRole('alertdialog', { name: 'Fjern egenskaben aldersgruppe?' }).waitFor();
    expect(await page.getByText('aldersgruppe har 4 værdier.').count()).toBe(1);
    await shots('remove-definition');
    await page.getByRole('button', { name: 'Behold værdierne' }).click();
    await expect.poll(async () => (await project()).codebooks.attributes).toEqual([]);
    expect((await project()).actors.filter((a) => a.attributes['aldersgruppe'] !== undefined)).toHaveLength(4);
    // undone, the definition is back
    await page.locator('.modal.settings').getByRole('button', { name: 'Luk', exact: true }).click();
    await page.getByRole('button', { name: /Fortryd/ }).click();
    await expect.poll(async () => (await project()).codebooks.attributes.map((d) => d.key)).toEqual(['aldersgruppe']);
  });
});
