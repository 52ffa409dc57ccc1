/**
 * Finding duplicates and merging them in real Chromium, on a working copy of the sample in
 * browser mode, into which "Lund, Mette" is entered a second time (as from a second survey):
 * the dialog from the Personer table finds the pair, the merge puts the counts back where the
 * sample had them, Ctrl+Z undoes it, and the same in English, choosing the other to keep; then
 * "Flet med …" in her details. The tests share one page and run in order.
 *
 * Needs the built renderer (`npm run build`) and Debian's Chromium.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ProjectData } from '../../src/core/model/schema';
import { appForTheseTests, artefacts, type BrowserApp, openProjectIn } from './browser-app';

const KEEP = { id: 'p-mette-lund', label: 'Mette Lund' };
const DROP = { id: 'dublet-mette', label: 'Lund, Mette' };

let app: BrowserApp;
let page: Page;
/** the sample as opened, before the duplicate was entered */
let sample: ProjectData;
/** the project with the duplicate in it */
let withDuplicate: ProjectData;

const project = () => openProjectIn(app);
const shot = async (name: string) => {
  await app.nextPaint();
  await page.screenshot({ path: join(artefacts, `merge-${name}.png`) });
};
const neighbours = (data: ProjectData, id: string) =>
  [...new Set(data.ties.flatMap((t) => (t.source === id ? [t.target] : t.target === id ? [t.source] : [])))].sort();
const hasActor = async (id: string) => (await project()).data.actors.some((a) => a.id === id);

appForTheseTests('merge', async (started) => {
  app = started;
  page = started.page;
  sample = (await project()).data;
  // a neighbour she has, and one she has not: the merge joins one tie and moves the other
  const own = neighbours(sample, KEEP.id);
  const stranger = sample.actors.find((a) => a.kind === 'person' && a.id !== KEEP.id && !own.includes(a.id));
  const shared = own.find((id) => sample.actors.find((a) => a.id === id)?.kind === 'person');
  if (!stranger || !shared) throw new Error('the sample has changed: Mette Lund needs a person neighbour');
  await app.apiValue('apply', {
    command: {
      type: 'batch',
      commands: [
        { type: 'actor.add', actor: { id: DROP.id, kind: 'person', label: DROP.label, notes: 'Fra spørgeskema 2' } },
        { type: 'membership.add', membership: { person: DROP.id, organisation: 'org-integration', role: 'leader' } },
        { type: 'membership.add', membership: { person: DROP.id, organisation: 'org-roede-kors', role: 'volunteer' } },
        { type: 'tie.add', tie: { source: DROP.id, target: shared } },
        { type: 'tie.add', tie: { source: DROP.id, target: stranger.id } },
      ],
    },
  });
  withDuplicate = (await project()).data;
});

describe('finding duplicates in the app', () => {
  it('says plainly when a table has none', async () => {
    await page.getByRole('tab', { name: /^Organisationer/ }).click();
    await page.getByRole('button', { name: 'Find dubletter …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Find dubletter' });
    await expect
      .poll(() => dialog.textContent())
      .toContain('Ingen mulige dubletter blandt organisationerne og forvaltningerne: ingen navne ligner hinanden nok til at være den samme.');
    await dialog.getByRole('button', { name: 'Luk' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('lists the person entered twice, merges her into the one with more ties, and Ctrl+Z undoes it', async () => {
    await page.getByRole('tab', { name: /^Personer/ }).click();
    await page.getByRole('button', { name: 'Find dubletter …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Find dubletter' });
    const pair = dialog.getByRole('listitem', { name: `${KEEP.label} og ${DROP.label}` });
    await pair.waitFor();
    const text = (await pair.textContent()) ?? '';
    expect(text).toContain('Samme navn, skrevet anderledes');
    expect(text).toContain('Person · Integrationsafdelingen');
    expect(text).toContain('1 medlemskab');
    // the one with more ties is kept unless the user says otherwise
    expect(await pair.getByRole('radio', { name: `Behold ${KEEP.label}` }).isChecked()).toBe(true);
    expect(text).toContain('Ved fletningen: 1 relation flyttes, 1 relation lægges sammen med en, der findes i forvejen, 1 medlemskab flyttes og 1 medlemskab lægges sammen med et, der findes i forvejen.');
    await shot('dialog-da');

    await pair.getByRole('button', { name: `Flet ind i ${KEEP.label}` }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe(`"${DROP.label}" er flettet ind i "${KEEP.label}". Fortryd med Ctrl+Z.`);
    await expect.poll(() => dialog.textContent()).toContain('Ingen mulige dubletter blandt personerne');
    await shot('merged-da');
    const merged = (await project()).data;
    // the sample's counts again, with one membership more (the Red Cross) and one tie more (the stranger)
    expect(merged.actors.length).toBe(sample.actors.length);
    expect(merged.memberships.length).toBe(sample.memberships.length + 1);
    expect(merged.ties.length).toBe(sample.ties.length + 1);
    expect(neighbours(merged, KEEP.id)).toEqual([...new Set([...neighbours(withDuplicate, KEEP.id), ...neighbours(withDuplicate, DROP.id)])].sort());
    expect(merged.actors.find((a) => a.id === KEEP.id)?.notes).toContain('Fra spørgeskema 2');

    await page.keyboard.press('Control+z');
    await expect.poll(() => hasActor(DROP.id)).toBe(true);
    expect((await project()).data).toEqual(withDuplicate);
    await pair.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('in English too, keeping the other one when the user chooses it', async () => {
    await page.getByRole('combobox', { name: 'Sprog' }).selectOption('en');
    await page.getByRole('tab', { name: /^Persons/ }).click();
    await page.getByRole('button', { name: 'Find duplicates …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Find duplicates' });
    const pair = dialog.getByRole('listitem', { name: `${KEEP.label} and ${DROP.label}` });
    await pair.getByRole('radio', { name: `Keep ${DROP.label}` }).check();
    const text = (await pair.textContent()) ?? '';
    expect(text).toContain('The same name, written differently');
    expect(text).toContain('When merged: 6 ties move, 1 tie is joined to one that already exists');
    await shot('dialog-en');
    await pair.getByRole('button', { name: `Merge into ${DROP.label}` }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe(`"${KEEP.label}" was merged into "${DROP.label}". Undo with Ctrl+Z.`);
    expect(await hasActor(KEEP.id)).toBe(false);
    const merged = (await project()).data;
    expect(merged.actors.find((a) => a.id === DROP.id)?.label).toBe(DROP.label);
    expect(merged.ties.length).toBe(sample.ties.length + 1);
    // with the focus on a control of the dialog, Ctrl+Z still undoes the merge
    await dialog.getByRole('combobox', { name: 'Show' }).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => hasActor(KEEP.id)).toBe(true);
    expect((await project()).data).toEqual(withDuplicate);
    await dialog.getByRole('button', { name: 'Close' }).click();
  });
});

describe('"Merge with …" in an actor\'s details', () => {
  it('offers the actor with a name alike first, shows what the merge does, and merges', async () => {
    await page.getByRole('searchbox', { name: 'Search' }).fill('Lund');
    await page.locator('.sidebar tr', { hasText: DROP.label }).first().click();
    await page.getByTestId('actor-details').waitFor();
    await page.getByRole('button', { name: 'Merge with …' }).click();
    const dialog = page.getByRole('dialog', { name: `Merge "${DROP.label}" with …` });
    const picker = dialog.getByRole('combobox', { name: 'The same as' });
    expect(await picker.locator('optgroup').first().getAttribute('label')).toBe('Similar names');
    expect(await picker.locator('optgroup').first().locator('option').first().textContent()).toBe(KEEP.label);
    await picker.selectOption(KEEP.id);
    // she has more ties: kept by default, the one whose details are open goes
    expect(await dialog.getByRole('radio', { name: `Keep ${KEEP.label}` }).isChecked()).toBe(true);
    await expect.poll(() => dialog.textContent()).toContain('When merged: 1 tie moves');
    await shot('with-en');
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(() => hasActor(DROP.id)).toBe(false);
    await expect.poll(() => dialog.count()).toBe(0);
    expect((await project()).data.actors.length).toBe(sample.actors.length);

    // the toolbar names the step it undoes
    const undo = page.getByRole('button', { name: /Undo/ }).first();
    // (the page learns of the step when it fetches the change, a moment after the engine made it)
    await expect.poll(() => undo.getAttribute('title')).toContain(`merge "${DROP.label}" into "${KEEP.label}"`);
    await undo.click();
    await expect.poll(() => hasActor(DROP.id)).toBe(true);
    expect((await project()).data).toEqual(withDuplicate);
  });

  it('in Danish', async () => {
    await page.getByRole('combobox', { name: 'Language' }).selectOption('da');
    await page.getByRole('tab', { name: /^Personer/ }).click();
    await page.getByRole('searchbox', { name: 'Søg' }).fill('Lund');
    await page.locator('.sidebar tr', { hasText: KEEP.label }).first().click();
    await page.getByRole('button', { name: 'Flet med …' }).click();
    const dialog = page.getByRole('dialog', { name: `Flet "${KEEP.label}" med …` });
    await dialog.getByRole('combobox', { name: 'Den samme som' }).selectOption(DROP.id);
    await expect.poll(() => dialog.textContent()).toContain('Ved fletningen:');
    await shot('with-da');
    await dialog.getByRole('button', { name: 'Annullér' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect((await project()).data).toEqual(withDuplicate);
  });
});

describe('the help', () => {
  it('has a topic on duplicates and merging, found by searching for "dublet"', async () => {
    await page.getByRole('button', { name: 'Hjælp', exact: true }).click();
    const help = page.getByRole('dialog', { name: 'Hjælp' });
    await help.getByRole('searchbox', { name: 'Søg i hjælpen' }).fill('dublet');
    const topic = help.getByRole('navigation', { name: 'Emner' }).getByRole('button', { name: 'Dubletter og fletning' });
    await topic.click();
    const text = (await help.getByRole('article').textContent()) ?? '';
    expect(text).toContain('"Sørensen, Mette"');
    expect(text).toContain('Ctrl+Z');
    expect(text).toContain('Christen, P. (2012)');
    await shot('help-da');
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);
  });
});
