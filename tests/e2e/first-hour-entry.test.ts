/**
 * The first hour of a new user, in real Chromium: a small network mapped by hand from an empty
 * project (issue 17, "Entry"). Where to start, a person's role in the form, table cells that show
 * they can be edited, a sector name taken twice or cleared, a membership's end date before its
 * start, and a person added twice under one name, each checked by what the user sees.
 * Screenshots of each screen in Danish and English go to test-results/e2e. The tests share one
 * page and run in order.
 *
 * Needs the built renderer (`npm run build`) and Debian's Chromium.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appForTheseTests, artefacts, type BrowserApp, openProjectIn } from './browser-app';

let app: BrowserApp | undefined;
let page: Page;

const project = async () => (await openProjectIn(app)).data;
/** What the tests read of a scrolled box (they are type-checked without the DOM's types). */
type Scrolled = { scrollLeft: number; scrollWidth: number; clientWidth: number };
const tab = (name: RegExp) => page.getByRole('tab', { name });
const addForm = () => page.getByRole('form', { name: 'Tilføj aktør' });
/** Adds an organisation with the form of the tab that is open, and waits until the project has it. */
async function addOrganisation(name: string, sector: string): Promise<void> {
  const form = addForm();
  await form.getByRole('textbox', { name: 'Navn' }).fill(name);
  await form.getByRole('combobox', { name: 'Sektor' }).selectOption({ label: sector });
  const before = (await project()).actors.length;
  await form.getByRole('button', { name: 'Tilføj', exact: true }).click();
  await expect.poll(async () => (await project()).actors.length).toBe(before + 1);
}
const metteMembership = async () => {
  const data = await project();
  const mette = data.actors.find((a) => a.label === 'Mette Lund');
  return data.memberships.find((m) => m.person === mette?.id);
};
/**
 * Makes sure the project has an actor (and its membership), through the API: each test sets up
 * what it needs, so that it fails only on what it checks.
 */
async function ensureActor(label: string, kind: 'person' | 'organisation', sector: string, member?: { of: string; role: string }): Promise<void> {
  if (!app) throw new Error('the browser-mode app did not start');
  const data = await project();
  if (data.actors.some((a) => a.label === label)) return;
  const id = `e2e-${label.replace(/\W+/g, '-')}`;
  const organisation = member ? data.actors.find((a) => a.label === member.of)?.id : undefined;
  if (member && !organisation) throw new Error(`${member.of} is not in the project`);
  await app.apiValue('apply', {
    command: {
      type: 'batch',
      commands: [
        { type: 'actor.add', actor: { id, kind, label, sector } },
        ...(member && organisation ? [{ type: 'membership.add', membership: { person: id, organisation, role: member.role } }] : []),
      ],
    },
  });
  await expect.poll(() => page.locator('.statusbar').textContent()).toContain(`${String(data.actors.length + 1)} aktører`);
}
const ensureOrganisations = async () => {
  await ensureActor('Jobcenter Bro', 'organisation', 'municipality');
  await ensureActor('Bro Frivilligcenter', 'organisation', 'civil_society');
};
const nextPaint = () => page.evaluate<number>('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
const setLanguage = (lang: 'da' | 'en') => page.getByRole('combobox', { name: lang === 'en' ? 'Sprog' : 'Language' }).selectOption(lang);
/** A screenshot of the page in Danish and in English, for a person to look at. */
const shot = async (name: string) => {
  await nextPaint();
  await page.screenshot({ path: join(artefacts, `first-hour-entry-${name}-da.png`) });
  await setLanguage('en');
  await nextPaint();
  await page.screenshot({ path: join(artefacts, `first-hour-entry-${name}-en.png`) });
  await setLanguage('da');
  await nextPaint();
};

appForTheseTests(
  'first-hour-entry',
  (started) => {
    app = started;
    page = started.page;
  },
  {
    prepare: async (started) => {
      await started.apiValue('newProject', { path: join(started.documentsDir, 'Nyt netværk.brobygger'), name: 'Nyt netværk' });
    },
  },
);

describe('a network mapped by hand from an empty project', () => {
  it('opens an empty project on the organisations, with the first steps over the map and no empty legend', async () => {
    expect(await tab(/^Organisationer/).getAttribute('aria-selected'), 'the organisations come first').toBe('true');
    const steps = page.getByTestId('first-steps');
    await steps.waitFor();
    expect(await steps.getByRole('heading').textContent()).toBe('Sådan kommer du i gang');
    const items = steps.getByRole('listitem');
    expect(await items.allTextContents()).toEqual([
      expect.stringMatching(/^1Tilføj organisationerne: forvaltninger, foreninger/),
      expect.stringMatching(/^2Tilføj personerne i dem, hver med sin organisation og rolle/),
      expect.stringMatching(/^3Tilføj relationerne mellem dem/),
    ]);
    expect(await items.first().getAttribute('aria-current')).toBe('step');
    expect(await page.getByTestId('legend').count(), 'a legend with a heading and nothing under it is left out').toBe(0);
    expect(await page.locator('.table-wrap').textContent()).toContain('Ingen organisationer endnu. Begynd her');
    await shot('empty-project');

    // the persons' list sends the user to the organisations while there are none
    await tab(/^Personer/).click();
    expect(await page.locator('.table-wrap').textContent()).toContain('Tilføj først de organisationer, personerne hører til.');
    await page.locator('.table-wrap').getByRole('button', { name: 'Tilføj organisationer' }).click();
    expect(await tab(/^Organisationer/).getAttribute('aria-selected')).toBe('true');
    expect(await addForm().getByRole('textbox', { name: 'Navn' }).evaluate((el) => el === (el as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement), 'ready to type').toBe(true);
    await addOrganisation('Jobcenter Bro', 'Kommune');
    await addOrganisation('Bro Frivilligcenter', 'Civilsamfund');
    // the map has something to show and explain now: the steps give way to it and the legend
    await expect.poll(() => steps.count()).toBe(0);
    await page.getByTestId('legend').waitFor();
    expect(await page.getByTestId('legend').textContent()).toContain('Kommune');
    // and the step after the organisations is named under their form, with the way to it
    const next = page.getByTestId('next-step');
    expect(await next.textContent()).toContain('Næste skridt: Tilføj personerne i dem');
    await shot('next-step');
    await next.getByRole('button', { name: 'Tilføj personer' }).click();
    expect(await tab(/^Personer/).getAttribute('aria-selected')).toBe('true');
    expect(await next.count(), 'where the persons are entered, their form is the step').toBe(0);
  });

  it("shows a new person's role in the form from the start, so a volunteer is saved as one", async () => {
    await ensureOrganisations();
    await tab(/^Personer/).click();
    const form = addForm();
    const role = form.getByRole('combobox', { name: 'Rolle' });
    expect(await role.isVisible(), 'the role is in sight before an organisation is chosen').toBe(true);
    expect(await form.getByText('Rolle', { exact: true }).isVisible(), 'and labelled').toBe(true);
    expect(await role.isDisabled(), 'it waits for the organisation it is a role in').toBe(true);
    await form.getByRole('textbox', { name: 'Navn' }).fill('Mette Lund');
    await form.getByRole('combobox', { name: 'Organisation', exact: true }).selectOption({ label: 'Bro Frivilligcenter' });
    await role.selectOption({ label: 'Frivillig' });
    await shot('person-form');
    await form.getByRole('button', { name: 'Tilføj', exact: true }).click();
    await expect.poll(async () => (await project()).memberships.map((m) => m.role)).toEqual(['volunteer']);
    const mette = (await project()).actors.find((a) => a.label === 'Mette Lund');
    expect(mette?.sector, "the person takes the organisation's sector").toBe('civil_society');
    expect(await page.getByTestId('persons-table').textContent()).toContain('Bro Frivilligcenter (Frivillig)');
  });

  it('warns of a person added again under the same name, and opens the one there is', async () => {
    await ensureOrganisations();
    await ensureActor('Mette Lund', 'person', 'civil_society', { of: 'Bro Frivilligcenter', role: 'volunteer' });
    await tab(/^Personer/).click();
    const form = addForm();
    await form.getByRole('textbox', { name: 'Navn' }).fill('mette  lund');
    const note = form.getByRole('status');
    await expect.poll(() => note.count()).toBe(1);
    expect(await note.textContent()).toContain('Der er allerede en person, der hedder Mette Lund.');
    expect(await form.getByRole('button', { name: 'Tilføj alligevel' }).isVisible(), 'adding is still possible: two people may share a name').toBe(true);
    await shot('namesake');
    await note.getByRole('button', { name: 'Åbn Mette Lund (Bro Frivilligcenter)' }).click();
    const details = page.getByTestId('actor-details');
    await details.waitFor();
    expect(await details.getAttribute('aria-label')).toBe('Detaljer for Mette Lund');
    expect((await project()).actors.filter((a) => a.kind === 'person')).toHaveLength(1);
    await details.getByRole('button', { name: 'Luk detaljer' }).click();
    await form.getByRole('textbox', { name: 'Navn' }).fill('');
    expect(await form.getByRole('status').count()).toBe(0);
  });

  it('shows which table cells can be edited before their row is chosen', async () => {
    await ensureOrganisations();
    await ensureActor('Ali Haddad', 'person', 'municipality', { of: 'Jobcenter Bro', role: 'employee' });
    await tab(/^Personer/).click();
    const table = page.getByTestId('persons-table');
    const row = table.locator('tbody tr', { hasText: 'Ali Haddad' });
    const sector = row.locator('td').nth(2);
    const organisations = row.locator('td.related');
    expect(await sector.textContent()).toBe('Kommune');
    // (these tests are type-checked without the DOM's types: the page's objects are described here)
    type Style = { textDecorationLine: string; textDecorationStyle: string; cursor: string; content: string };
    const look = (cell: typeof sector, pseudo: string | null = null) =>
      cell.evaluate((el, p) => {
        const s = (globalThis as unknown as { getComputedStyle(e: unknown, p: string | null): Style }).getComputedStyle(el, p);
        return { line: s.textDecorationLine, dots: s.textDecorationStyle, cursor: s.cursor, after: s.content };
      }, pseudo);
    expect(await look(sector)).toMatchObject({ line: 'underline', dots: 'dotted', cursor: 'pointer' });
    expect(await sector.getAttribute('title')).toBe('Vælg rækken for at redigere');
    expect(await row.locator('td.name').getAttribute('title')).toBe('Dobbeltklik for at omdøbe');
    expect(await look(organisations), 'a cell that is not edited here looks like text').toMatchObject({ line: 'none', cursor: 'default' });
    await row.hover();
    expect((await look(sector, '::after')).after, 'a pencil on the row under the pointer').toBe('"✎"');
    await shot('editable-cells');
    // chosen, the row shows its editors
    await row.click();
    expect(await row.getByRole('combobox', { name: 'Sektor' }).isVisible()).toBe(true);
    await page.getByTestId('actor-details').getByRole('button', { name: 'Luk detaljer' }).click();
  });

  it("keeps an end date before the start as typed, with the reason, and the table where it was", async () => {
    await ensureOrganisations();
    await ensureActor('Mette Lund', 'person', 'civil_society', { of: 'Bro Frivilligcenter', role: 'volunteer' });
    await tab(/^Tilknytninger/).click();
    const table = page.getByTestId('memberships-table');
    const row = table.locator('tbody tr', { hasText: 'Mette Lund' });
    await row.locator('td.name').click();
    // (a date field's segments follow the machine's locale: the dates are filled in whole)
    const start = row.locator('input[aria-label="Start"]');
    await start.fill('2024-02-01');
    await start.press('Enter');
    await expect.poll(async () => (await metteMembership())?.start).toBe('2024-02-01');
    const end = row.locator('input[aria-label="Slut"]');
    await end.fill('2023-01-01');
    await end.press('Enter');
    await expect.poll(() => row.getByRole('alert').count()).toBe(1);
    expect(await row.getByRole('alert').textContent()).toBe('Slutdatoen ligger før startdatoen.');
    expect(await end.inputValue(), 'the date typed stays to be put right').toBe('2023-01-01');
    expect(await end.getAttribute('aria-invalid')).toBe('true');
    expect((await metteMembership())?.end).toBeNull();
    const wrap = page.locator('.sidebar .table-wrap');
    expect(await wrap.evaluate((el) => (el as unknown as Scrolled).scrollLeft), 'the table has not scrolled sideways').toBe(0);
    const person = table.getByRole('columnheader', { name: /^Person/ });
    const [sidebarBox, personBox] = [await wrap.boundingBox(), await person.boundingBox()];
    expect(personBox && sidebarBox && personBox.x >= sidebarBox.x, 'the Person column is in sight').toBe(true);
    const alertBox = await row.getByRole('alert').boundingBox();
    expect(alertBox && sidebarBox && alertBox.x + alertBox.width <= sidebarBox.x + sidebarBox.width, 'and so is the reason').toBe(true);
    expect(await wrap.evaluate((el) => (el as unknown as Scrolled).scrollWidth - (el as unknown as Scrolled).clientWidth), 'nothing is wider than the panel').toBeLessThanOrEqual(1);
    expect(await page.locator('.error-banner').count()).toBe(0);
    await shot('end-date-refused');
    // put right, it is saved and the reason goes
    await end.fill('2025-01-01');
    await end.press('Enter');
    await expect.poll(async () => (await metteMembership())?.end).toBe('2025-01-01');
    await expect.poll(() => row.getByRole('alert').count()).toBe(0);
  });

  it('refuses a sector name another sector has, and an emptied one, with the reason beside the name typed', async () => {
    await page.getByRole('button', { name: 'Indstillinger' }).click();
    const settings = page.getByRole('dialog', { name: 'Indstillinger' });
    const sectors = settings.locator('fieldset', { has: page.getByText('Sektorer', { exact: true }) });
    const before = (await project()).codebooks.sectors.length;
    const add = sectors.locator('.add-sector');
    await add.getByRole('textbox', { name: 'Dansk navn' }).fill('Kommune');
    await add.getByRole('button', { name: 'Tilføj sektor' }).click();
    await expect.poll(() => add.getByRole('alert').textContent()).toBe('Navnet "Kommune" er allerede brugt i kodebogen.');
    expect(await add.getByRole('textbox', { name: 'Dansk navn' }).inputValue(), 'what was typed stays').toBe('Kommune');
    expect(await add.getByRole('textbox', { name: 'Dansk navn' }).getAttribute('aria-invalid')).toBe('true');
    expect((await project()).codebooks.sectors).toHaveLength(before);
    expect(await page.locator('.error-banner').count(), 'the reason is beside the field, not in a banner').toBe(0);

    // an existing sector renamed as another, then emptied
    const civil = sectors.locator('tbody tr').filter({ has: page.locator('td.muted', { hasText: 'civil_society' }) });
    const name = civil.getByRole('textbox', { name: 'Dansk navn' });
    await name.fill('kommune');
    await name.blur();
    await expect.poll(() => civil.getByRole('alert').textContent()).toBe('Navnet "kommune" er allerede brugt i kodebogen.');
    await name.fill('');
    await name.blur();
    await expect.poll(() => civil.getByRole('alert').textContent()).toBe('Må ikke være tom.');
    expect(await name.inputValue(), 'the emptied name is not put back behind the user\'s back').toBe('');
    expect((await project()).codebooks.sectors.find((s) => s.key === 'civil_society')?.label.da).toBe('Civilsamfund');
    await add.getByRole('alert').scrollIntoViewIfNeeded();
    await shot('sector-refused');
    await name.fill('Civilsamfund');
    await name.blur();
    await expect.poll(() => civil.getByRole('alert').count()).toBe(0);

    // the timeline's target groups keep the same rule, told the same way
    const groups = settings.locator('fieldset', { has: page.getByText('Målgrupper', { exact: true }) });
    const women = groups.getByRole('textbox', { name: 'Dansk navn Kvinder' });
    await women.fill('Mænd');
    await women.blur();
    await expect.poll(() => groups.getByRole('alert').textContent()).toBe('Navnet "Mænd" er allerede brugt i kodebogen.');
    expect(await women.inputValue()).toBe('Mænd');
    await women.fill('Kvinder');
    await women.blur();
    await expect.poll(() => groups.getByRole('alert').count()).toBe(0);
    await settings.getByRole('button', { name: 'Luk', exact: true }).click();
  });
});
