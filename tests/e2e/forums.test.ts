/**
 * A forum's every field edited in its details, in real Chromium on a fresh copy of the sample
 * "Bro Kommune": the kommissorium as text and as a link, the mandate, meetings a year, chair
 * and coordinator, a seat's organisation (the person's own listed first), each one step that
 * the toolbar's Undo takes back; the finding "has no kommissorium" goes when one is written.
 * Screenshots in Danish and English are kept in test-results/e2e.
 *
 * Needs the built renderer (`npm run build`) and Debian's Chromium.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ProjectSnapshot } from '../../src/core/api/contract';
import type { Forum } from '../../src/core/model/schema';
import { appForTheseTests, artefacts, type BrowserApp, openProjectIn } from './browser-app';

const FORUM = 'Arbejdsgruppe: Fritid og fællesskab';
const KOMMISSORIUM = 'Formål: flere nyankomne i foreningslivet.\nArbejdsgruppen rådgiver Kultur og Fritid.';
const LINK = 'https://bro.dk/fritid/kommissorium.pdf';

let app: BrowserApp | undefined;
let page: Page;

const project = async () => (await openProjectIn(app)).data;
const forum = async (): Promise<Forum> => {
  const f = (await project()).forums.find((x) => x.label === FORUM);
  if (!f) throw new Error(`${FORUM} is missing`);
  return f;
};
const labelOf = async (id: string | null) => (await project()).actors.find((a) => a.id === id)?.label ?? null;
const roleOf = async (name: string) => {
  const data = await project();
  const id = data.actors.find((a) => a.label === name)?.id;
  return (await forum()).seats.find((s) => s.actor === id)?.role;
};
const details = () => page.getByTestId('forum-details');
const undo = () => page.getByRole('button', { name: /Fortryd/ }).first().click();
const shot = async (name: string) => {
  await app?.nextPaint();
  await page.screenshot({ path: join(artefacts, `forums-${name}.png`) });
};
const noMandateFinding = () => page.getByTestId('findings').locator('.finding', { hasText: `${FORUM} har intet kommissorium` });

appForTheseTests('forums', (started) => {
  app = started;
  page = started.page;
});

describe("a forum's details", () => {
  it('start from a finding that the working group has no kommissorium', async () => {
    await page.getByRole('tab', { name: /^Fund/ }).click();
    await expect.poll(() => noMandateFinding().count(), { timeout: 30_000 }).toBe(1);
  });

  it('open from the forums table by keyboard', async () => {
    await page.getByRole('tab', { name: /^Fora/ }).click();
    const choose = page.getByRole('button', { name: `Vis detaljer for ${FORUM}` });
    await choose.focus();
    await page.keyboard.press('Enter');
    await details().waitFor();
    expect(await details().getByRole('textbox', { name: 'Forummets navn' }).inputValue()).toBe(FORUM);
  });

  it('save the kommissorium as text and as a link, the mandate and the meetings, each as one step', async () => {
    const undoable = async () => (await app?.apiValue<ProjectSnapshot>('getProject'))?.history.undoCount ?? 0;
    const before = await undoable();
    const text = details().getByRole('textbox', { name: 'Kommissorium', exact: true });
    await text.fill(KOMMISSORIUM);
    await text.press('Tab');
    await expect.poll(async () => (await forum()).mandate).toBe(KOMMISSORIUM);
    const link = details().getByRole('textbox', { name: 'Link til kommissorium' });
    await link.fill(LINK);
    await link.press('Enter');
    await expect.poll(async () => (await forum()).mandateLink).toBe(LINK);
    expect(await details().getByRole('link', { name: 'Åbn' }).getAttribute('href')).toBe(LINK);
    await details().getByRole('combobox', { name: 'Mandat', exact: true }).selectOption({ label: 'Rådgivende' });
    await expect.poll(async () => (await forum()).authority).toBe('advises');
    const meetings = details().getByRole('textbox', { name: 'Møder om året' });
    await meetings.fill('tolv');
    expect(await details().locator('.field-error').textContent()).toContain('Skriv et tal fra 0 til 366');
    await meetings.fill('12');
    await meetings.press('Enter');
    await expect.poll(async () => (await forum()).meetingsPerYear).toBe(12);
    expect(await undoable()).toBe(before + 4);

    const row = page.getByTestId('forums-table').getByRole('row').filter({ hasText: FORUM });
    await expect.poll(async () => (await row.getByRole('cell').allTextContents()).slice(4)).toEqual(['Rådgivende', 'Ja']);
  });

  it('give the chair and the coordinator to members of the forum, the coordinator before going back to a seat', async () => {
    expect(await roleOf('Camilla Juhl')).toBe('coordinator');
    await details().getByRole('combobox', { name: 'Formand' }).selectOption({ label: 'Rasmus Holt' });
    await expect.poll(() => roleOf('Rasmus Holt')).toBe('chair');
    await details().getByRole('combobox', { name: 'Tovholder' }).selectOption({ label: 'Maja Sørensen' });
    await expect.poll(() => roleOf('Maja Sørensen')).toBe('coordinator');
    expect(await roleOf('Camilla Juhl')).toBe('member');
    await expect.poll(() => details().getByRole('combobox', { name: 'Rolle for Camilla Juhl' }).inputValue()).toBe('member');
  });

  it("choose a seat's organisation with the person's own listed first, and undo it", async () => {
    const seat = details().getByRole('combobox', { name: 'Organisation, Åse Østergaard repræsenterer' });
    const own = await seat.locator('optgroup[label="Personens organisationer"] option').allTextContents();
    const data = await project();
    const aase = data.actors.find((a) => a.label === 'Åse Østergaard');
    const hers = await Promise.all(data.memberships.filter((m) => m.person === aase?.id).map((m) => labelOf(m.organisation)));
    expect(own).toEqual(hers);
    const before = (await forum()).seats.find((s) => s.actor === aase?.id)?.represents ?? null;
    await seat.selectOption({ label: 'Kultur og Fritid' });
    await expect.poll(async () => labelOf((await forum()).seats.find((s) => s.actor === aase?.id)?.represents ?? null)).toBe('Kultur og Fritid');
    await details().scrollIntoViewIfNeeded();
    await shot('details');

    await undo();
    await expect.poll(async () => (await forum()).seats.find((s) => s.actor === aase?.id)?.represents ?? null).toBe(before);
    await expect.poll(async () => (await seat.locator('option:checked').textContent()) ?? '').toBe((await labelOf(before)) ?? 'Ingen organisation');
    await undo();
    await expect.poll(() => roleOf('Camilla Juhl')).toBe('coordinator');
    const camilla = (await project()).actors.find((a) => a.label === 'Camilla Juhl')?.id;
    await expect.poll(() => details().getByRole('combobox', { name: 'Tovholder' }).inputValue()).toBe(camilla);
  });

  it('follow an undo of the kommissorium in the text field, and lose the finding while one is written', async () => {
    // back to before the meetings, the mandate and the link: the text is still written
    await undo();
    await undo();
    await undo();
    await undo();
    await expect.poll(async () => (await forum()).mandateLink).toBe('');
    // the page follows the project a moment after the engine
    await expect.poll(() => details().getByRole('textbox', { name: 'Link til kommissorium' }).inputValue()).toBe('');
    expect(await details().getByRole('link', { name: 'Åbn' }).count()).toBe(0);
    expect(await details().getByRole('textbox', { name: 'Kommissorium', exact: true }).inputValue()).toBe(KOMMISSORIUM);
    await page.getByRole('tab', { name: /^Fund/ }).click();
    await expect.poll(() => noMandateFinding().count(), { timeout: 30_000 }).toBe(0);
    await page.getByRole('button', { name: /Gentag/ }).first().click();
    await expect.poll(async () => (await forum()).mandateLink).toBe(LINK);
  });

  it('speak English when the interface does', async () => {
    await page.getByRole('combobox', { name: 'Sprog' }).selectOption('en');
    await page.getByRole('tab', { name: /^Forums/ }).click();
    await page.getByRole('button', { name: `Show the details of ${FORUM}` }).click();
    await details().waitFor();
    expect(await details().getByRole('combobox', { name: 'Mandate', exact: true }).locator('option:checked').textContent()).toBe('Not stated');
    await details().getByRole('combobox', { name: 'Mandate', exact: true }).selectOption({ label: 'Takes decisions' });
    await expect.poll(() => details().getByRole('textbox', { name: 'Link to the terms of reference' }).inputValue()).toBe(LINK);
    await shot('details-en');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('da');
  });
});
