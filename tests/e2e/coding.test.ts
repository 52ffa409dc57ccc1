/**
 * Coding an interview from the keyboard, in real Chromium on a fresh copy of the sample "Bro
 * Kommune" (the "done when"): after Ctrl+K only `page.keyboard` is used. Three ties from
 * one interview, with power fields and a quote, one of them to a person named for the first time
 * (created by keyboard); Enter keeps the "from" and the source; the ties carry the source; the
 * Magt panel's sector shares change; one tie is undone from the session's list. Screenshots of
 * the form in Danish and English are kept in test-results/e2e for people to look at.
 *
 * Needs the built renderer (`npm run build`) and Debian's Chromium.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appForTheseTests, artefacts, type BrowserApp, openProjectIn } from './browser-app';

const SOURCE = 'Interview 3, Mette Lund';

let app: BrowserApp | undefined;
let page: Page;

const project = async () => (await openProjectIn(app)).data;
const shot = async (name: string) => {
  await app?.nextPaint();
  await page.screenshot({ path: join(artefacts, `coding-${name}.png`) });
};
const dialog = () => page.getByTestId('coding-dialog');
/** The coding field holding the focus: its data-testid, or the focused element's name. */
const focused = () =>
  page.evaluate<string>(`(() => {
    const el = document.activeElement;
    const field = el && el.closest('[data-testid^="coding-"]:not([data-testid="coding-dialog"])');
    return field ? field.getAttribute('data-testid') : (el && (el.getAttribute('name') || el.textContent || el.tagName)) || '';
  })()`);
/** Tab (and only Tab) until the focus is in the given field; fails after a form's length of stops. */
async function tabTo(field: string, back = false): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if ((await focused()) === field) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${field}; the focus is on ${await focused()}`);
}
/** Types a name into the focused actor field, waits for the suggestion wanted to be first, and takes it with Enter. */
async function chooseFirst(typed: string, first: string | RegExp): Promise<void> {
  await page.keyboard.type(typed);
  const option = dialog().getByRole('option').first();
  await expect.poll(() => option.textContent()).toMatch(first);
  await page.keyboard.press('Enter');
}
const sectorRow = (name: string) => page.getByTestId('sector-shares').locator('tr.choosable', { hasText: name });
/** A sector's share of the cross-sector ties' initiative, as the Magt panel shows it. */
const initiativeShare = async (name: string) => ((await sectorRow(name).locator('td').nth(1).textContent()) ?? '').trim();

/** "67 %" as 67; a share not computed ("–") as 0. */
const percent = (text: string) => Number(/^(\d+)/.exec(text)?.[1] ?? 0);

async function openPower(): Promise<void> {
  await page.getByRole('tab', { name: 'Analyse' }).click();
  await page.getByTestId('analysis-panels').getByRole('group').getByRole('button', { name: 'Magt', exact: true }).click();
  await page.getByTestId('sector-shares').waitFor({ timeout: 30_000 });
}

appForTheseTests('coding', (started) => {
  app = started;
  page = started.page;
});

describe('coding an interview from the keyboard', () => {
  let civilBefore = '';
  let municipalBefore = '';
  let tiesBefore = 0;

  it('starts from a Magt panel where the municipality takes most initiatives across sectors', async () => {
    await openPower();
    municipalBefore = await initiativeShare('Kommune');
    civilBefore = await initiativeShare('Civilsamfund');
    expect(percent(municipalBefore)).toBeGreaterThan(50);
    tiesBefore = (await project()).ties.length;
  });

  it('codes three ties, one to a new person, with power fields and a quote, from the keyboard alone', async () => {
    await page.keyboard.press('Control+k');
    await dialog().waitFor();
    expect(await dialog().getAttribute('aria-modal')).toBe('true');
    // the form starts at the interview's source, given once for the session
    await expect.poll(focused).toBe('coding-evidence-source');
    await page.keyboard.type(SOURCE);

    // 1: Mette Lund – Røde Kors Bro: the association took the initiative, they decide together
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('coding-source');
    await chooseFirst('mette l', /^Mette Lund/);
    expect(await focused(), 'a suggestion taken moves on to "to"').toBe('coding-target');
    await chooseFirst('rode kors', /^Røde Kors Bro/);
    await tabTo('coding-strength');
    await page.keyboard.press('4');
    await tabTo('coding-formality');
    await page.keyboard.press('1');
    await tabTo('coding-initiative');
    await page.keyboard.press('2');
    await tabTo('coding-mandate');
    await page.keyboard.press('3');
    await tabTo('coding-resources');
    await page.keyboard.press('2');
    await tabTo('coding-governance');
    await page.keyboard.press('p');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Det var Røde Kors, der ringede til os.');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('Vi sidder med ved bordet sammen.');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('coding-confidence');
    await page.keyboard.press('h');
    expect(await dialog().getByTestId('coding-initiative').getByRole('radio', { checked: true }).textContent()).toContain('Røde Kors Bro');
    await shot('filled');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog().locator('p.coding-status').textContent()).toBe('Gemt: Mette Lund – Røde Kors Bro.');

    // Enter kept the "from" and the source, and put the focus in "to"
    expect(await focused()).toBe('coding-target');
    expect(await dialog().getByTestId('coding-source').getByRole('combobox').inputValue()).toBe('Mette Lund');
    expect(await dialog().getByRole('textbox', { name: 'Kilde for hele sessionen' }).inputValue()).toBe(SOURCE);
    expect(await dialog().getByTestId('coding-strength').getByRole('radio', { checked: true }).getAttribute('aria-label')).toBe('Ikke angivet');

    // 2: a person the project does not know yet, made by keyboard with her organisation
    await page.keyboard.type('Yasmin Farah');
    const create = dialog().getByRole('option', { name: 'Opret »Yasmin Farah« som ny aktør' });
    await create.waitFor();
    await shot('new-person-offered');
    // the creation is the last choice: up from the first goes round to it
    await page.keyboard.press('ArrowUp');
    expect(await create.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    const fields = dialog().getByTestId('coding-new-target');
    await fields.waitFor();
    expect(await focused()).toBe('coding-target');
    await page.keyboard.press('Tab');
    // the kind is a person already; on to the organisation
    expect(await fields.getByRole('radio', { checked: true }).first().textContent()).toContain('Person');
    await page.keyboard.press('Tab');
    await page.keyboard.type('røde');
    await expect.poll(() => fields.getByRole('option').first().textContent()).toMatch(/^Røde Kors Bro/);
    await page.keyboard.press('Enter');
    // her sector follows her organisation's
    await expect.poll(() => fields.getByRole('radiogroup', { name: 'Sektor' }).getByRole('radio', { checked: true }).textContent()).toContain('Civilsamfund');
    await shot('new-person');
    await tabTo('coding-initiative');
    await page.keyboard.press('2');
    await tabTo('coding-dependent');
    await page.keyboard.press('3');
    await tabTo('coding-quote');
    await page.keyboard.type('Yasmin er vores tovholder på lektiecaféen.');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog().locator('p.coding-status').textContent()).toBe('Gemt: Mette Lund – Yasmin Farah.');

    // 3: the football club, directed, the initiative taken by both
    expect(await focused()).toBe('coding-target');
    await chooseFirst('boldklub', /^Bro Boldklub/);
    await tabTo('coding-direction');
    await page.keyboard.press('2');
    await tabTo('coding-initiative');
    // a letter goes to the next option beginning with it: "Bro Boldklub", then "Begge"
    await page.keyboard.press('b');
    expect(await dialog().getByTestId('coding-initiative').getByRole('radio', { checked: true }).textContent()).toContain('Bro Boldklub');
    await page.keyboard.press('b');
    expect(await dialog().getByTestId('coding-initiative').getByRole('radio', { checked: true }).textContent()).toContain('Begge');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog().locator('p.coding-status').textContent()).toBe('Gemt: Mette Lund → Bro Boldklub.');
    await expect.poll(() => dialog().getByTestId('coding-session').getByRole('heading').textContent()).toBe('3 relationer kodet i denne session');
    await shot('session');
  });

  it('stored the ties with the session source, the power fields and the quote, and the new person with her membership', async () => {
    const data = await project();
    expect(data.ties).toHaveLength(tiesBefore + 3);
    const byLabel = new Map(data.actors.map((a) => [a.id as string, a.label]));
    const coded = data.ties.slice(-3);
    expect(coded.map((t) => `${byLabel.get(t.source)} ${t.directed ? '→' : '–'} ${byLabel.get(t.target)}`)).toEqual([
      'Mette Lund – Røde Kors Bro',
      'Mette Lund – Yasmin Farah',
      'Mette Lund → Bro Boldklub',
    ]);
    expect(coded.every((t) => t.evidence.source === SOURCE)).toBe(true);
    expect(coded[0]).toMatchObject({
      strength: 4,
      formality: 'formal',
      initiative: 'target',
      mandate: 'both',
      resourceFlow: 'toSource',
      governance: 'partner',
      evidence: { quote: 'Det var Røde Kors, der ringede til os.\nVi sidder med ved bordet sammen.', confidence: 'high' },
    });
    expect(coded[1]).toMatchObject({ initiative: 'target', dependent: 'both', evidence: { quote: 'Yasmin er vores tovholder på lektiecaféen.', confidence: null } });
    expect(coded[2]).toMatchObject({ directed: true, initiative: 'both' });
    const yasmin = data.actors.find((a) => a.label === 'Yasmin Farah');
    expect(yasmin).toMatchObject({ kind: 'person', sector: 'civil_society' });
    const kors = data.actors.find((a) => a.label === 'Røde Kors Bro');
    expect(data.memberships.filter((m) => m.person === yasmin?.id).map((m) => [m.organisation, m.role])).toEqual([[kors?.id, 'employee']]);
  });

  it('undoes one tie of the session from its list, with the person made for it', async () => {
    // a fourth tie, to be taken back: to a new organisation
    await page.keyboard.type('Bydelsmødrene');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('2');
    expect(await dialog().getByTestId('coding-new-target').getByRole('radio', { checked: true }).first().textContent()).toContain('Organisation');
    await tabTo('coding-type');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog().locator('p.coding-status').textContent()).toBe('Gemt: Mette Lund – Bydelsmødrene.');
    await expect.poll(async () => (await project()).actors.some((a) => a.label === 'Bydelsmødrene')).toBe(true);

    // the newest tie's undo is the first stop after the save button
    await tabTo('Gem relationen Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string | null>('document.activeElement.getAttribute("aria-label")')).toBe('Fortryd relationen Mette Lund – Bydelsmødrene');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog().locator('p.coding-status').textContent()).toBe('Fortrudt: Mette Lund – Bydelsmødrene.');
    const data = await project();
    expect(data.actors.some((a) => a.label === 'Bydelsmødrene')).toBe(false);
    expect(data.ties).toHaveLength(tiesBefore + 3);
    expect(await dialog().getByTestId('coding-session').getByRole('heading').textContent()).toBe('3 relationer kodet i denne session');
  });

  it('closes on Escape and shows the change in the Magt panel: civil society now takes initiatives too', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(() => initiativeShare('Kommune'), { timeout: 30_000 }).not.toBe(municipalBefore);
    expect(percent(await initiativeShare('Kommune'))).toBeLessThan(percent(municipalBefore));
    expect(percent(await initiativeShare('Civilsamfund'))).toBeGreaterThan(percent(civilBefore));
    await expect.poll(() => page.getByTestId('analysis-panels').locator('.panels-status').textContent(), { timeout: 30_000 }).toMatch(/^Opdateret/);
    await page.getByTestId('sector-shares').scrollIntoViewIfNeeded();
    await shot('power-after');
  });

  it('opens again on the same session, and speaks English when the interface does', async () => {
    await page.getByRole('tab', { name: /^Relationer/ }).click();
    await page.getByRole('button', { name: 'Kod interview …' }).first().click();
    await dialog().waitFor();
    await expect.poll(focused, { message: 'the source is given: the form starts at "to"' }).toBe('coding-target');
    expect(await dialog().getByTestId('coding-session').getByRole('listitem').count()).toBe(3);
    // Shift+Tab goes back through the form to the close button, and round to the last stop
    const label = () => page.evaluate<string | null>('document.activeElement.getAttribute("aria-label")');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('coding-source');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('coding-evidence-source');
    await page.keyboard.press('Shift+Tab');
    expect(await label()).toBe('Luk');
    await page.keyboard.press('Shift+Tab');
    expect(await label()).toBe('Fortryd relationen Mette Lund – Røde Kors Bro');
    await page.keyboard.press('Tab');
    expect(await label()).toBe('Luk');
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Sprog' }).selectOption('en');
    await page.getByRole('button', { name: 'Code an interview …' }).first().click();
    await dialog().waitFor();
    expect(await dialog().getByRole('heading', { level: 2 }).textContent()).toBe('Code an interview');
    await page.keyboard.type('ras');
    await dialog().getByRole('option').first().waitFor();
    await shot('en-suggestions');
    // Escape closes the list of suggestions, not the form; ↓ opens it again
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().getByRole('listbox').first().isVisible()).toBe(false);
    expect(await dialog().count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await tabTo('coding-initiative');
    await page.keyboard.press('1');
    await shot('en');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('da');
  });
});
