/**
 * The reception timeline's analysis in real Chromium, on a fresh working copy of the sample "Bro
 * Kommune": its overlap, its gap and its person-dependent activities as findings, in Danish and
 * English; a departure scenario listing the activities lost; and the gap threshold in the
 * settings, whose change takes the gap finding away. (The timeline view and the editing of
 * activities are another feature's.) Screenshots in test-results/e2e/activities-*.png.
 *
 * Needs the built renderer (`npm run build`) and Debian's Chromium.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ProjectSnapshot } from '../../src/core/api/contract';
import { appForTheseTests, artefacts, type BrowserApp } from './browser-app';

let app: BrowserApp | undefined;
let page: Page;

appForTheseTests('activities', (started) => {
  app = started;
  page = started.page;
});

const tab = (name: RegExp) => page.getByRole('tab', { name });
const findings = () => page.getByTestId('findings').locator('.finding');
const shot = async (name: string) => {
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
  await page.screenshot({ path: join(artefacts, `activities-${name}.png`), fullPage: true });
};
const language = async (lang: 'da' | 'en') => {
  await page.getByRole('combobox', { name: lang === 'en' ? 'Sprog' : 'Language' }).selectOption(lang);
  await expect.poll(() => page.evaluate<string>('document.documentElement.lang')).toBe(lang);
};

const GAP_DA = 'Der er intet til alle nyankomne i 4 uger: uge 2–5 efter ankomst.';
const OVERLAP_DA = '3 udbydere har tilbud til alle nyankomne i samme periode (uge 6–26 efter ankomst)';
const ONE_CONTACT_DA = 'Modtagerkorpsets velkomst i hjemmet (Modtagerkorpset) har kun én kontaktperson, Abdi Warsame.';

describe('the reception timeline of the sample', () => {
  it('shows its gap, its overlap and its activities with one contact person among the findings, in Danish and in English', async () => {
    await tab(/^Fund/).click();
    const gap = findings().filter({ hasText: GAP_DA });
    await expect.poll(() => gap.count(), { timeout: 60_000 }).toBe(1);
    // chosen, a finding shows its recommendation
    await gap.getByRole('button').click();
    await expect.poll(() => gap.textContent()).toContain('Anbefaling: Find et tilbud, der kan dække uge 2–5 efter ankomst');
    expect(await findings().filter({ hasText: OVERLAP_DA }).count()).toBe(1);
    expect(await findings().filter({ hasText: ONE_CONTACT_DA }).count()).toBe(1);
    expect(await findings().filter({ hasText: 'hvis eneste forbindelse til kommunen er én relation: relationen mellem Søren Ærø og Jakob Ebbesen' }).count()).toBe(1);
    await gap.scrollIntoViewIfNeeded();
    await shot('findings-da');

    await language('en');
    const gapEn = findings().filter({ hasText: 'There is nothing for all newly arrived for 4 weeks: weeks 2–5 after arrival.' });
    await expect.poll(() => gapEn.count()).toBe(1);
    expect(await findings().filter({ hasText: 'Modtagerkorpsets velkomst i hjemmet (Modtagerkorpset) has one contact person only, Abdi Warsame.' }).count()).toBe(1);
    expect(await findings().filter({ hasText: '3 providers have offers for all newly arrived in the same weeks (weeks 6–26 after arrival)' }).count()).toBe(1);
    await gapEn.scrollIntoViewIfNeeded();
    await shot('findings-en');
    await language('da');
  });

  it('lists in a departure scenario the activities a leaving person takes with them, and those whose owner loses its link', async () => {
    await tab(/^Scenarie/).click();
    const scenario = page.getByTestId('scenario');
    await scenario.getByRole('combobox', { name: 'Vælg, hvem der stopper…' }).selectOption({ label: 'Jakob Ebbesen' });
    await expect.poll(() => scenario.getByTestId('scenario-activities-lost').textContent(), { timeout: 60_000 }).toBe('Fodbold for nyankomne børn og unge');
    expect(await scenario.getByRole('heading', { name: 'Aktivitet, der mister sin kontaktperson eller ejer' }).count()).toBe(1);
    await scenario.getByRole('combobox', { name: 'Tilføj en person…' }).selectOption({ label: 'Abdi Warsame' });
    await expect.poll(() => scenario.getByTestId('scenario-activities-lost').locator('li').allTextContents(), { timeout: 60_000 }).toEqual([
      'Modtagerkorpsets velkomst i hjemmet',
      'Fodbold for nyankomne børn og unge',
    ]);
    await shot('scenario-da');
    await language('en');
    await expect.poll(() => scenario.getByRole('heading', { name: '2 activities that lose their contact person or owner' }).count()).toBe(1);
    await shot('scenario-en');
    await language('da');

    // Søren Ærø instead: the football keeps its contact, but its club loses its only link
    await scenario.getByRole('button', { name: 'Afslut scenarie' }).click();
    await scenario.getByRole('combobox', { name: 'Vælg, hvem der stopper…' }).selectOption({ label: 'Søren Ærø' });
    await expect.poll(() => scenario.getByTestId('scenario-activities-unlinked').textContent(), { timeout: 60_000 }).toBe('Fodbold for nyankomne børn og unge');
    expect(await scenario.getByTestId('scenario-activities-lost').count()).toBe(0);
    await scenario.getByRole('button', { name: 'Afslut scenarie' }).click();
  });

  it('takes the gap finding away when the gap threshold in the settings is raised above the gap', async () => {
    await page.getByRole('button', { name: 'Indstillinger', exact: true }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Indstillinger' });
    const weeks = dialog.locator('input[name="gapWeeks"]');
    expect(await weeks.inputValue()).toBe('4');
    await weeks.scrollIntoViewIfNeeded();
    await shot('settings-da');
    await page.keyboard.press('Escape');
    expect(await dialog.count()).toBe(0);
    await language('en');
    await page.getByRole('button', { name: 'Settings', exact: true }).first().click();
    const english = page.getByRole('dialog', { name: 'Settings' });
    await english.locator('input[name="gapWeeks"]').scrollIntoViewIfNeeded();
    expect(await english.getByText('A gap in the reception timeline is at least this many weeks with nothing for a target group').count()).toBe(1);
    await shot('settings-en');
    await page.keyboard.press('Escape');
    await language('da');

    await page.getByRole('button', { name: 'Indstillinger', exact: true }).first().click();
    await dialog.locator('input[name="gapWeeks"]').fill('5');
    await dialog.getByRole('button', { name: 'Gem indstillingerne' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('Gemt.');
    const stored = await app?.apiValue<ProjectSnapshot | null>('getProject');
    expect(stored?.data.settings.analysis.thresholds.gapWeeks).toBe(5);
    expect(stored?.data.settings.timeline).toEqual({ from: -9, to: 26 });
    await page.keyboard.press('Escape');
    await tab(/^Fund/).click();
    await expect.poll(() => findings().filter({ hasText: GAP_DA }).count(), { timeout: 60_000 }).toBe(0);
    expect(await findings().filter({ hasText: OVERLAP_DA }).count()).toBe(1);
  });
});
