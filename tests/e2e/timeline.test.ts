/**
 * The reception timeline in real Chromium, on a fresh working copy of the sample "Bro Kommune":
 * an activity added from the keyboard alone and seen in its owner's lane, a bar's end dragged and
 * the change undone, Enter on a bar opening the activity with its owners and contacts shown on
 * the map, lanes by sector, the filters, target groups in the settings, and English. Its own
 * browser-mode server; the tests share one page and run in order.
 *
 * Needs the built renderer (`npm run build`) and Debian's Chromium.
 */
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appForTheseTests, artefacts, type BrowserApp, openProjectIn } from './browser-app';

let app: BrowserApp | undefined;
let page: Page;

const project = () => openProjectIn(app);
const activityNamed = async (title: string) => {
  const found = (await project()).data.activities.find((a) => a.title === title);
  if (!found) throw new Error(`${title} is not in the project`);
  return found;
};
const shot = async (name: string) => {
  await app?.nextPaint();
  await page.screenshot({ path: join(artefacts, `timeline-${name}.png`) });
};
const chart = () => page.getByTestId('timeline-chart');
const barsOf = (id: string): Locator => chart().locator(`g.bar[data-activity="${id}"]`);
/** the actors the map brings forward (their ties with each other come too) */
const highlighted = async () => Number(await page.getByTestId('map').getAttribute('data-highlighted-nodes'));
const timeline = () => page.getByTestId('timeline');
const axisLabels = () => page.getByTestId('timeline-axis').locator('text').allTextContents();
/** the activities that have a bar on the timeline now */
const shownActivities = async (): Promise<Array<string | null>> => {
  const bars = chart().locator('g.bar');
  const out: Array<string | null> = [];
  for (let i = 0; i < (await bars.count()); i++) out.push(await bars.nth(i).getAttribute('data-activity'));
  return out;
};

appForTheseTests('timeline', (started) => {
  app = started;
  page = started.page;
});

describe('the reception timeline', () => {
  it('opens as a tab with the timeline above the map, its axis around arrival', async () => {
    await page.getByRole('tab', { name: /^Tidslinje/ }).click();
    await chart().waitFor();
    const labels = await axisLabels();
    expect(labels).toEqual(expect.arrayContaining(['Ankomst', '2 mdr. før', '6 mdr. efter']));
    expect(await page.getByTestId('arrival-line').count()).toBe(1);
    // the map stays in view below the timeline
    const timelineBox = await page.getByTestId('timeline').boundingBox();
    const mapBox = await page.getByTestId('map').boundingBox();
    expect(timelineBox && mapBox && mapBox.y >= timelineBox.y + timelineBox.height - 1).toBe(true);
    await shot('open');
  });

  it('shows the sample’s overlap, gap and person-dependent activity on the timeline and beside it, in Danish', async () => {
    const marks = page.getByTestId('timeline-marks');
    await marks.locator('li').first().waitFor({ timeout: 30_000 });
    const data = (await project()).data;
    expect(data.activities.length).toBeGreaterThanOrEqual(20);
    const idOf = (title: string) => data.activities.find((a) => a.title === title)?.id ?? title;

    // the overlap: three language cafés for all newly arrived at the same time, outlined
    const overlap = marks.locator('li[data-kind="overlap"]', { hasText: 'Sprogcafé i Røde Kors-huset' });
    expect(await overlap.textContent()).toMatch(/3 udbydere har tilbud til alle nyankomne i samme periode/);
    for (const title of ['Sprogcafé i Røde Kors-huset', 'Sprogcafé i sognegården', 'Sprogtræning med frivillige']) {
      const bar = barsOf(idOf(title)).first();
      expect(await bar.getAttribute('data-marks')).toContain('overlap');
      expect(await bar.locator('.overlap-outline').count()).toBe(1);
    }

    // the gap: weeks 2–5 after arrival offer all newly arrived nothing, hatched in its own row
    const gap = marks.locator('li[data-kind="gap"]');
    expect(await gap.textContent()).toContain('Der er intet til alle nyankomne i 4 uger: uge 2–5 efter ankomst.');
    const band = chart().locator('rect.gap-band');
    expect(await band.count()).toBe(1);
    expect(await band.getAttribute('aria-label')).toBe('Der er intet til alle nyankomne i 4 uger: uge 2–5 efter ankomst.');
    await band.focus();
    expect(await page.getByTestId('timeline-tip').textContent()).toContain('uge 2–5 efter ankomst');

    // the activities that hang on one contact person carry a badge, and say so on hover
    const mentor = barsOf(idOf('Mentorforløb for kvinder')).first();
    expect(await mentor.getAttribute('data-marks')).toContain('personDependent');
    expect(await mentor.locator('.badge-person').count()).toBe(1);
    await mentor.hover();
    expect(await page.getByTestId('timeline-tip').textContent()).toContain('har kun én kontaktperson, Nadia Rahimi');
    expect(await marks.locator('li[data-kind="personDependent"]').count()).toBe(4);
    await shot('sample');

    // a mark chosen in the list: its recommendation, its activities brought forward, their people on the map
    await overlap.getByRole('button').click();
    expect(await overlap.getByRole('note').textContent()).toContain('Anbefaling');
    expect(await chart().locator('g.bar.dimmed').count()).toBeGreaterThan(0);
    expect(await barsOf(idOf('Sprogcafé i sognegården')).first().getAttribute('class')).not.toContain('dimmed');
    await expect.poll(highlighted).toBeGreaterThanOrEqual(3);
    await shot('sample-overlap');
    await overlap.getByRole('button').click();
    expect(await chart().locator('g.bar.dimmed').count()).toBe(0);

    // the gap chosen: hatched across every lane
    await gap.getByRole('button').click();
    expect(await chart().locator('.gap-band-across').count()).toBe(1);
    await shot('sample-gap');
    await gap.getByRole('button').click();
  });

  it('adds an activity from the keyboard alone and draws it in its owner’s lane', async () => {
    const form = page.getByTestId('add-activity');
    await form.getByRole('textbox', { name: 'Titel' }).focus();
    await page.keyboard.type('Cykelværksted for nyankomne');
    await page.keyboard.press('Tab'); // the kind: typing picks it, as in any select
    await page.keyboard.type('Aktiv');
    await page.keyboard.press('Tab'); // the owner
    // (Playwright sends a letter that is not on a US keyboard, ø, as text, which a closed select
    // does not take as a key: the first letters pick the option as well)
    await page.keyboard.type('R');
    await page.keyboard.press('Tab'); // the target group
    await page.keyboard.type('B');
    await page.keyboard.press('Tab'); // from week
    await page.keyboard.press('Control+a');
    await page.keyboard.type('-2');
    await page.keyboard.press('Tab'); // to week
    await page.keyboard.press('Control+a');
    await page.keyboard.type('6');
    await page.keyboard.press('Enter');

    await expect.poll(async () => (await project()).data.activities.some((a) => a.title === 'Cykelværksted for nyankomne')).toBe(true);
    const added = await activityNamed('Cykelværksted for nyankomne');
    expect(added).toMatchObject({ kind: 'activity', targetGroup: 'families', window: { from: -2, to: 6 } });
    const owner = (await project()).data.actors.find((a) => a.id === added.owners[0]);
    expect(owner?.label).toBe('Røde Kors Bro');
    // one undoable step, named by its title
    // (the history's label arrives after the project does, so it is waited for)
    await expect.poll(() => page.getByRole('button', { name: /^↶ Fortryd/ }).getAttribute('title')).toContain('Cykelværksted for nyankomne');

    const bar = barsOf(added.id);
    await expect.poll(() => bar.count()).toBe(1);
    expect(await bar.getAttribute('data-window')).toBe('-2,6');
    expect(await bar.getAttribute('aria-label')).toBe('Cykelværksted for nyankomne: Aktivitet, uge −2 til 6, Røde Kors Bro');
    // in Røde Kors Bro's lane
    const lane = chart().locator('g.lane').filter({ has: page.locator('text.lane-label', { hasText: 'Røde Kors Bro' }) });
    const [laneBox, barBox] = await Promise.all([lane.locator('rect.lane-band').boundingBox(), bar.locator('.bar-body').boundingBox()]);
    expect(laneBox && barBox && barBox.y >= laneBox.y && barBox.y + barBox.height <= laneBox.y + laneBox.height).toBe(true);
    // the form is ready for the next activity of the same organisation
    expect(await page.evaluate('document.activeElement?.getAttribute("name")')).toBe('activityTitle');
    expect(await form.getByRole('combobox', { name: 'Ejer' }).inputValue()).toBe(added.owners[0]);
    await shot('added');
  });

  it('changes the weeks when a bar’s end is dragged, and undo puts them back', async () => {
    const added = await activityNamed('Cykelværksted for nyankomne');
    const bar = barsOf(added.id);
    await bar.scrollIntoViewIfNeeded();
    const end = bar.locator('rect.handle[data-end="to"]');
    const box = await end.boundingBox();
    const body = await bar.locator('.bar-body').boundingBox();
    if (!box || !body) throw new Error('the bar is not drawn');
    const weekPx = body.width / 9; // weeks −2 to 6
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 2 * weekPx, box.y + box.height / 2, { steps: 6 });
    await page.mouse.move(box.x + box.width / 2 + 4 * weekPx, box.y + box.height / 2, { steps: 6 });
    await page.mouse.up();
    await expect.poll(async () => (await activityNamed('Cykelværksted for nyankomne')).window).toEqual({ from: -2, to: 10 });
    await expect.poll(() => barsOf(added.id).getAttribute('data-window')).toBe('-2,10');
    await shot('dragged');

    // the start, dragged left by three weeks
    const start = barsOf(added.id).locator('rect.handle[data-end="from"]');
    const s = await start.boundingBox();
    if (!s) throw new Error('the bar has no start handle');
    await page.mouse.move(s.x + s.width / 2, s.y + s.height / 2);
    await page.mouse.down();
    await page.mouse.move(s.x + s.width / 2 - 3 * weekPx, s.y + s.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => (await activityNamed('Cykelværksted for nyankomne')).window).toEqual({ from: -5, to: 10 });

    // each drag is one step: two undos return the weeks typed
    await page.getByRole('button', { name: /^↶ Fortryd/ }).click();
    await expect.poll(async () => (await activityNamed('Cykelværksted for nyankomne')).window).toEqual({ from: -2, to: 10 });
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await activityNamed('Cykelværksted for nyankomne')).window).toEqual({ from: -2, to: 6 });
    await expect.poll(() => barsOf(added.id).getAttribute('data-window')).toBe('-2,6');

    // from the keyboard: Shift+arrow moves the focused activity a week, Ctrl+Z moves it back
    await barsOf(added.id).focus();
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(async () => (await activityNamed('Cykelværksted for nyankomne')).window).toEqual({ from: -1, to: 7 });
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await activityNamed('Cykelværksted for nyankomne')).window).toEqual({ from: -2, to: 6 });
  });

  it('opens an activity with Enter on its bar, and shows its owners and contacts on the map', async () => {
    const added = await activityNamed('Cykelværksted for nyankomne');
    const person = (await project()).data.actors.find((a) => a.kind === 'person' && a.sector === 'civil_society');
    if (!person) throw new Error('the sample has no volunteer');
    await app?.apiValue('apply', { command: { type: 'activity.update', id: added.id, patch: { contacts: [person.id] } } });

    await barsOf(added.id).focus();
    expect(await page.getByTestId('timeline-tip').textContent()).toContain('Cykelværksted for nyankomne');
    await page.keyboard.press('Enter');
    const details = page.getByTestId('activity-details');
    await details.waitFor();
    expect(await page.evaluate('document.activeElement?.getAttribute("name")')).toBe('activityTitle');
    expect(await details.getByRole('textbox', { name: 'Titel' }).inputValue()).toBe('Cykelværksted for nyankomne');
    expect(await details.locator('.people li').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Røde Kors Bro'), expect.stringContaining(person.label)]));
    // the owner and the contact person, on the map
    await expect.poll(highlighted).toBe(2);
    expect(await barsOf(added.id).getAttribute('aria-pressed')).toBe('true');
    await shot('opened');

    // the weeks typed in the details
    const from = details.getByRole('textbox', { name: 'Fra uge' });
    await from.fill('0');
    await from.press('Enter');
    await expect.poll(async () => (await activityNamed('Cykelværksted for nyankomne')).window).toEqual({ from: 0, to: 6 });
    const to = details.getByRole('textbox', { name: 'Til uge' });
    await to.fill('−1');
    await to.press('Tab');
    expect(await details.locator('.field-error').textContent()).toBe('Første uge skal ligge før eller i sidste uge.');
    expect((await activityNamed('Cykelværksted for nyankomne')).window).toEqual({ from: 0, to: 6 });
    await to.fill('6');
  });

  it('lays the lanes out by sector at the switch, and filters by target group and kind', async () => {
    const added = await activityNamed('Cykelværksted for nyankomne');
    await timeline().getByRole('button', { name: 'Efter sektor' }).click();
    const lanes = await chart().locator('text.lane-label').allTextContents();
    expect(lanes).toContain('Civilsamfund');
    expect(lanes).not.toContain('Røde Kors Bro');
    await shot('by-sector');
    await timeline().getByRole('button', { name: 'Efter organisation' }).click();

    await timeline().getByRole('combobox', { name: 'Målgruppe', exact: true }).selectOption('families');
    const shown = await shownActivities();
    const families = new Set((await project()).data.activities.filter((a) => a.targetGroup === 'families').map((a) => a.id as string));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((id) => id !== null && families.has(id))).toBe(true);
    expect(shown).toContain(added.id);

    await timeline().getByRole('checkbox', { name: 'Aktivitet' }).uncheck();
    expect(await barsOf(added.id).count()).toBe(0);
    await timeline().getByRole('checkbox', { name: 'Aktivitet' }).check();
    await timeline().getByRole('combobox', { name: 'Målgruppe', exact: true }).selectOption('');
    expect(await barsOf(added.id).count()).toBe(1);
  });

  it('lists the activities in a table sorted by any column, with the chosen row edited where it stands', async () => {
    const added = await activityNamed('Cykelværksted for nyankomne');
    const table = page.getByTestId('activities-table');
    await table.waitFor();
    const header = table.getByRole('columnheader', { name: /Titel/ });
    await header.getByRole('button', { name: /^Titel/ }).click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const titles = await table.locator('tbody tr td.name').allTextContents();
    expect(titles.length).toBe((await project()).data.activities.length);

    // (the row is chosen already, its title in a field: it is found by its tick box)
    const row = table.locator('tbody tr').filter({ has: page.getByRole('checkbox', { name: 'Vælg Cykelværksted for nyankomne' }) });
    await row.locator('td.related').click();
    const title = row.getByRole('textbox', { name: 'Titel' });
    await title.fill('Cykelværksted');
    await title.press('Enter');
    await expect.poll(async () => (await project()).data.activities.find((a) => a.id === added.id)?.title).toBe('Cykelværksted');
    const renamed = table.locator('tbody tr').filter({ has: page.getByRole('checkbox', { name: 'Vælg Cykelværksted', exact: true }) });
    const to = renamed.getByRole('textbox', { name: 'Til uge' });
    await to.fill('8');
    await to.press('Enter');
    await expect.poll(async () => (await project()).data.activities.find((a) => a.id === added.id)?.window).toEqual({ from: 0, to: 8 });
    await expect.poll(() => barsOf(added.id).getAttribute('data-window')).toBe('0,8');
    await shot('table');
  });

  it('edits the target groups in the settings, and the timeline’s filter names them so', async () => {
    await page.getByRole('button', { name: 'Indstillinger' }).click();
    const dialog = page.getByRole('dialog', { name: 'Indstillinger' });
    const settings = dialog.getByTestId('timeline-settings');
    await settings.scrollIntoViewIfNeeded();
    const women = settings.getByRole('textbox', { name: 'Dansk navn Kvinder' });
    await women.fill('Kvinder og mødre');
    await women.press('Enter');
    await expect.poll(async () => (await project()).data.codebooks.targetGroups.find((g) => g.key === 'women')?.label.da).toBe('Kvinder og mødre');
    await settings.getByRole('textbox', { name: 'Dansk navn', exact: true }).fill('Ældre');
    await settings.getByRole('textbox', { name: 'Engelsk navn', exact: true }).fill('Elderly');
    await settings.getByRole('button', { name: 'Tilføj målgruppe' }).click();
    await expect.poll(async () => (await project()).data.codebooks.targetGroups.find((g) => g.key === 'aeldre')?.label).toEqual({ da: 'Ældre', en: 'Elderly' });
    // a target group in use cannot be deleted; one that is not can
    expect(await settings.locator('tr', { hasText: 'families' }).getByRole('button').count()).toBe(0);
    await settings.getByRole('button', { name: 'Slet målgruppen Ældre' }).click();
    await expect.poll(async () => (await project()).data.codebooks.targetGroups.some((g) => g.key === 'aeldre')).toBe(false);
    // the weeks shown
    const from = settings.getByRole('textbox', { name: 'Fra uge' });
    await from.fill('-14');
    await from.press('Enter');
    await expect.poll(async () => (await project()).data.settings.timeline).toEqual({ from: -14, to: 26 });
    await settings.screenshot({ path: join(artefacts, 'timeline-settings.png') });
    await page.keyboard.press('Escape');
    const options = await timeline().getByRole('combobox', { name: 'Målgruppe', exact: true }).locator('option').allTextContents();
    expect(options).toContain('Kvinder og mødre');
    // weeks further before arrival are shown
    expect(await axisLabels()).toContain('\u221212');
  });

  it('speaks English when the interface does', async () => {
    await page.getByRole('combobox', { name: 'Sprog' }).selectOption('en');
    await timeline().getByRole('button', { name: 'By sector' }).waitFor();
    const labels = await axisLabels();
    expect(labels).toEqual(expect.arrayContaining(['Arrival', '6 months after']));
    // the longer English month labels are spaced so that none runs into the next
    const boxes = [];
    for (const label of await page.getByTestId('timeline-axis').locator('text.month-label, text.arrival-label').all()) boxes.push(await label.boundingBox());
    const spans = boxes.flatMap((b) => (b ? [[b.x, b.x + b.width] as const] : [])).sort((a, b) => a[0] - b[0]);
    expect(spans.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < spans.length; i++) expect(spans[i]?.[0]).toBeGreaterThan(spans[i - 1]?.[1] ?? Infinity);
    const added = await activityNamed('Cykelværksted');
    expect(await barsOf(added.id).getAttribute('aria-label')).toBe('Cykelværksted: Activity, week 0 to 8, Røde Kors Bro');
    expect(await page.getByTestId('timeline-legend').textContent()).toContain('Authority task');
    await barsOf(added.id).click();
    await page.getByTestId('activity-details').waitFor();
    await shot('english');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('da');
    await timeline().getByRole('button', { name: 'Efter sektor' }).waitFor();
  });
});
