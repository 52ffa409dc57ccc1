/**
 * Issue 17's misleading figures and words, checked by what a new user reads in real Chromium:
 * a small network mapped by hand reports its ties as entered and says how E-I counts them; a
 * collaboration's explanation follows from the numbers beside it; a handful of persons without
 * ties gets no finding that names them all; and one word per concept in each language (no
 * "Linking" in Danish, "tie" throughout in English, a sector's name rather than its key in the
 * undo button, a group's whole name in the E-I chart). Starts on the sample; the small projects
 * are made through the API, as the app's own forms make them. The tests share one page and run
 * in order.
 *
 * Needs the built renderer (`npm run build`) and Debian's Chromium.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { appForTheseTests, artefacts, type BrowserApp } from './browser-app';

let app: BrowserApp | undefined;
let page: Page;

const apiValue = <T>(method: string, input: object = {}): Promise<T> => {
  if (!app) throw new Error('the browser-mode app did not start');
  return app.apiValue<T>(method, input);
};
const nextPaint = () => page.evaluate<number>('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
const setLanguage = async (lang: 'da' | 'en') => {
  await page.getByRole('combobox', { name: /^(Sprog|Language)$/ }).selectOption(lang);
  await expect.poll(() => page.evaluate<string>('document.documentElement.lang')).toBe(lang);
};
/** A screenshot of the page as it is, named for the test, for a person to look at. */
const shot = async (name: string) => {
  await nextPaint();
  await page.screenshot({ path: join(artefacts, `first-hour-words-${name}.png`) });
};
const tab = (name: RegExp) => page.getByRole('tab', { name });
const panels = () => page.getByTestId('analysis-panels');
const choosePanel = (name: string) => panels().getByRole('group').getByRole('button', { name, exact: true }).click();
const collaborationRow = (text: string) => page.getByTestId('collaborations').locator('tr.choosable', { hasText: text });

/** A new, empty project made from the app's start, then filled by the given commands as one step. */
async function mapByHand(name: string, commands: object[]): Promise<void> {
  if (!app) throw new Error('the browser-mode app did not start');
  await apiValue('newProject', { path: join(app.documentsDir, `${name}.brobygger`), name });
  if (commands.length) await apiValue('apply', { command: { type: 'batch', commands } });
  await page.goto(app.server.openUrl);
  await page.locator('[data-testid="map"][data-layout="done"]').waitFor({ timeout: 30_000 });
}
const person = (id: string, label: string, sector: string) => ({ type: 'actor.add', actor: { id, kind: 'person', label, sector } });
const organisation = (id: string, label: string, sector: string) => ({ type: 'actor.add', actor: { id, kind: 'organisation', label, sector } });
const tie = (source: string, target: string, directed = false) => ({ type: 'tie.add', tie: { source, target, directed } });
const member = (person: string, organisation: string) => ({ type: 'membership.add', membership: { person, organisation, role: 'employee' } });

appForTheseTests('first-hour-words', (started) => {
  app = started;
  page = started.page;
});

describe('misleading figures and words (issue 17)', () => {
  // each test starts in Danish, whatever the one before it left
  beforeEach(async () => {
    if ((await page.evaluate<string>('document.documentElement.lang')) !== 'da') await setLanguage('da');
  });

  it("explains a collaboration in words that follow from its carriers and its κ, on the sample", async () => {
    await tab(/^Analyse/).click();
    await choosePanel('Personafhængighed');
    // carried by one person who is in both organisations: not "one tie", not "either of them"
    const shared = collaborationRow('Bro Sogns Kirke – Boligselskabet Brohus');
    await shared.waitFor({ timeout: 30_000 });
    expect(await shared.locator('.badge').allTextContents()).toEqual(['Én person i begge', 'Kun uformelt']);
    await shared.click();
    const explanation = page.getByTestId('collaborations').locator('.explanation');
    const sharedText = (await explanation.textContent()) ?? '';
    expect(sharedText).toContain('Det hviler på én person, Bjarne Toft, der er med i begge organisationer: stopper Bjarne Toft, ophører samarbejdet.');
    expect(sharedText).not.toContain('én relation');
    expect(sharedText).not.toContain('en af dem');
    await shot('shared-carrier-da');
    await setLanguage('en');
    expect(await explanation.textContent()).toContain('It rests on one person, Bjarne Toft, who is in both organisations: if Bjarne Toft leaves, the collaboration ends.');
    await shot('shared-carrier-en');
    await setLanguage('da');

    // one tie carries it, yet two must leave before the organisations lose touch: both are said
    const single = collaborationRow('Socialpsykiatrien – Røde Kors Bro');
    await single.click();
    const singleText = (await explanation.textContent()) ?? '';
    expect(singleText).toContain('Det hviler på én relation, den mellem Martin Wulff og Helle Winther: stopper en af de to, ophører samarbejdet.');
    expect(singleText).toContain('κ = 2: 2 personer (eller organisationer) skal falde fra, før Socialpsykiatrien og Røde Kors Bro ikke længere kan nå hinanden gennem netværket.');
    expect(singleText).toContain('Samarbejdet kan altså ophøre med én person, mens organisationerne stadig kan nå hinanden gennem andre.');
    expect(singleText).not.toContain('før forbindelsen brydes');
    await shot('single-tie-da');
    await setLanguage('en');
    const english = (await explanation.textContent()) ?? '';
    expect(english).toContain('It rests on one tie, the one between Martin Wulff and Helle Winther: if either of the two leaves, the collaboration ends.');
    expect(english).toContain('κ = 2: 2 persons (or organisations) must drop out before Socialpsykiatrien and Røde Kors Bro can no longer reach each other through the network.');
    await shot('single-tie-en');
    await setLanguage('da');
  });

  it('has no English for linking in the Danish power tab', async () => {
    await choosePanel('Magt');
    const linking = page.getByTestId('linking');
    await linking.waitFor({ timeout: 30_000 });
    await linking.locator('tr.choosable').first().click();
    expect(await panels().textContent()).not.toMatch(/linking/i);
    expect(await linking.getByRole('heading').textContent()).toMatch(/^Forbindende relationer/);
    await linking.scrollIntoViewIfNeeded();
    await shot('power-linking-da');
    await setLanguage('en');
    await shot('power-linking-en');
  });

  it('calls a tie a tie everywhere in English', async () => {
    await setLanguage('en');
    for (const panel of ['Bonding and bridging', 'Power', 'Person-dependency']) {
      await choosePanel(panel);
      await nextPaint();
      expect(await panels().textContent(), panel).not.toMatch(/relationship/i);
    }
    await shot('dependency-en');
    await tab(/^Ties/).click();
    await nextPaint();
    expect(await page.locator('.workspace').textContent(), 'the Ties tab').not.toMatch(/relationship/i);
    await shot('ties-tab-en');
    await tab(/^Persons/).click();
    await page.getByTestId('persons-table').getByRole('row', { name: /Martin Wulff/ }).click();
    await page.getByTestId('actor-details').waitFor();
    expect(await page.getByTestId('actor-details').textContent(), "a person's details").not.toMatch(/relationship/i);
    await shot('actor-details-en');
    await setLanguage('da');
  });

  it("shows a group's whole name in the E-I chart, in English", async () => {
    await setLanguage('en');
    await tab(/^Analysis/).click();
    await choosePanel('Bonding and bridging');
    const chart = page.getByTestId('ei-chart');
    await chart.waitFor({ timeout: 30_000 });
    // a name on two lines is read as one (the page's code as text: no DOM types here)
    const labels = await page.evaluate<string[]>(`[...document.querySelectorAll('[data-testid="ei-chart"] text.chart-label')].map((t) => {
      const lines = [...t.querySelectorAll('tspan')].map((s) => s.textContent);
      return lines.length ? lines.join(' ') : t.textContent;
    })`);
    expect(labels).toContain('Citizens / target group');
    expect(labels.filter((l) => l.includes('…'))).toEqual([]);
    await page.getByTestId('groups').scrollIntoViewIfNeeded();
    await shot('ei-chart-en');
    await setLanguage('da');
    await nextPaint();
    await shot('ei-chart-da');
  });

  it("names a new sector by its name, not its key, in the undo button", async () => {
    await apiValue('apply', {
      command: { type: 'code.add', code: { codebook: 'sectors', entry: { key: 'lokale_virksomheder', label: { da: 'Lokale virksomheder', en: 'Local businesses' }, color: '#999933' } } },
    });
    const undo = page.getByRole('button', { name: /Fortryd/ }).first();
    await expect.poll(() => undo.getAttribute('title')).toBe('Fortryd tilføj sektoren "Lokale virksomheder" (Ctrl+Z)');
    await setLanguage('en');
    await expect.poll(() => page.getByRole('button', { name: /Undo/ }).first().getAttribute('title')).toBe('Undo add the sector "Local businesses" (Ctrl+Z)');
    await setLanguage('da');
    await apiValue('undo');
  });

  it('reports the ties of a small network as entered, and says how E-I counts them', async () => {
    await mapByHand('Seks relationer', [
      person('anne', 'Anne', 'municipality'),
      person('bo', 'Bo', 'municipality'),
      person('cai', 'Cai', 'civil_society'),
      person('dina', 'Dina', 'civil_society'),
      person('eva', 'Eva', 'citizens'),
      tie('anne', 'bo'),
      tie('cai', 'dina'),
      tie('anne', 'cai'),
      tie('bo', 'dina'),
      tie('dina', 'eva'),
      tie('eva', 'anne', true),
    ]);
    await tab(/^Analyse/).click();
    await choosePanel('Bonding og brobygning');
    const counts = page.getByTestId('bonding-panel').locator('.verdict p.muted');
    await counts.waitFor({ timeout: 30_000 });
    const da = (await counts.textContent()) ?? '';
    expect(da).toContain('Der er 6 relationer: 4 går på tværs af grupperne og 2 ligger inden for en gruppe.');
    // the five without direction twice, the directed one once: 3 · 2 + 1 across, 2 · 2 within
    expect(da).toContain('en rettet relation tæller én gang, en relation uden retning to gange (én vej og den anden), så E-I bygger på 7 på tværs og 4 inden for.');
    expect(da).not.toContain('Rettede relationer tælles i hver retning');
    // the groups' table counts as E-I does, and says so
    expect(await page.getByTestId('groups').locator('.panel-note').textContent()).toBe(
      'Tallene er E-I’s egne: en relation uden retning tæller her én gang hver vej, fordi nogle relationer har retning.',
    );
    // Anne's three ties (Bo, Cai, and Eva's towards her), not her five arcs, in the actors' table
    const anne = page.getByTestId('actors').locator('tbody tr.choosable', { hasText: 'Anne' });
    expect(await anne.locator('td.num').first().textContent()).toBe('3');
    await shot('six-ties-da');
    await setLanguage('en');
    const en = (await counts.textContent()) ?? '';
    expect(en).toContain('There are 6 ties: 4 cross between groups and 2 lie within a group.');
    expect(en).toContain('so E-I rests on 7 across and 4 within.');
    await shot('six-ties-en');
    await setLanguage('da');
  });

  it('makes no finding of three persons without ties', async () => {
    await mapByHand('Tre personer', [
      organisation('kommunen', 'Integrationsafdelingen', 'municipality'),
      organisation('foreningen', 'Venskabsforeningen', 'civil_society'),
      person('p1', 'Pia', 'municipality'),
      person('p2', 'Per', 'municipality'),
      person('p3', 'Palle', 'civil_society'),
      member('p1', 'kommunen'),
      member('p2', 'kommunen'),
      member('p3', 'foreningen'),
    ]);
    await tab(/^Fund/).click();
    const findings = page.getByTestId('findings');
    await findings.waitFor({ timeout: 30_000 });
    await page.locator('.workspace[data-analysis-stage="exact"]').waitFor({ timeout: 30_000 });
    const said = (await findings.textContent()) ?? '';
    expect(said).not.toMatch(/Pia, Per og Palle|af alle par/);
    expect(await findings.locator('.severity-high').count()).toBe(0);
    await shot('three-persons-da');
    await tab(/^Analyse/).click();
    await choosePanel('Personafhængighed');
    const fragmentation = page.getByTestId('fragmentation');
    if (await fragmentation.count()) expect(await fragmentation.textContent()).not.toMatch(/Stopper Pia, Per og Palle/);
    await shot('three-persons-dependency-da');
    await setLanguage('en');
    await shot('three-persons-dependency-en');
    await setLanguage('da');
  });

  it('sets when the key players are a finding in the settings, in both languages', async () => {
    for (const [lang, button, label] of [
      ['da', 'Indstillinger', 'Nøglespillerne nævnes kun, når de højst er denne andel af personerne (0–1)'],
      ['en', 'Settings', 'Key players are named only when they are at most this share of the persons (0–1)'],
    ] as const) {
      await setLanguage(lang);
      await page.getByRole('button', { name: button, exact: true }).click();
      const field = page.getByText(label);
      await field.scrollIntoViewIfNeeded();
      expect(await field.count()).toBe(1);
      await shot(`settings-thresholds-${lang}`);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByText(label).count()).toBe(0);
    }
  });
});
