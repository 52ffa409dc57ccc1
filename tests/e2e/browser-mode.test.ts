/**
 * Brobygger's renderer in real Chromium, against the browser-mode server started in this
 * process on a fresh data folder: a first start, so the server opens a working copy of the
 * shipped sample "Bro Kommune". The tests share one server and one page and run in order.
 *
 * Needs the built renderer (`npx electron-vite build`, or `npm run e2e`) and Debian's Chromium.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { answerOfHttpBody } from '../../src/core/api/carried-text';
import type { ApiResult, AppInfo, ProjectSnapshot } from '../../src/core/api/contract';
import { appVersion, findAppRoot, SAMPLE_RESOURCE } from '../../src/main/engine/paths';
import { SAMPLE_FILE_NAME, type ProjectService } from '../../src/main/engine/service';
import type { BrowserServer } from '../../src/server/http-server';
import { serveBrowserMode } from '../../src/server/serve';
import { sha256 } from '../helpers/temp';
import { collectPageErrors, launchChromium } from './chromium';
import { colourVariety, decodePng, pixelsNear } from './png';

const root = findAppRoot(fileURLToPath(import.meta.url));
const samplePath = join(root, 'resources', SAMPLE_RESOURCE);
const rendererDir = join(root, 'out', 'renderer');
const artefacts = join(root, 'test-results', 'e2e');

/** What the shipped sample holds (see scripts/build-sample.ts). */
const SAMPLE = { persons: 56, actors: 56 + 8 + 6, ties: 133, memberships: 60 };
const SECTORS_DA = ['Kommune', 'Civilsamfund', 'Borgere / målgruppe', 'Erhverv', 'Anden offentlig'];
const SECTORS_EN = ['Municipality', 'Civil society', 'Citizens / target group', 'Business', 'Other public'];
const SECTOR_COLOURS = ['#0072B2', '#009E73', '#E69F00', '#CC79A7', '#56B4E9'];

let dataDir: string | undefined;
let documentsDir: string | undefined;
let server: BrowserServer | undefined;
let service: ProjectService | undefined;
let browser: Browser | undefined;
let page: Page;
let pageErrors: ReturnType<typeof collectPageErrors> | undefined;
let sampleHashBefore = '';
/** actors the tests added and left in the project, so later tests know what to expect */
const addedActors: string[] = [];

const running = (): BrowserServer => {
  if (!server) throw new Error('the browser-mode server did not start');
  return server;
};

/** One API call from Node, as the renderer makes it (or without the token, as a stranger would). */
async function callApi(method: string, input: object, authorization: string | null = `Bearer ${running().token}`) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (authorization !== null) headers['Authorization'] = authorization;
  return fetch(`${running().url}api/${method}`, { method: 'POST', headers, body: JSON.stringify({ input }) });
}

async function apiValue<T>(method: string, input: object = {}): Promise<T> {
  const res = await callApi(method, input);
  expect(res.status).toBe(200);
  const result = answerOfHttpBody(res.headers.get('Content-Type') ?? '', await res.text()) as ApiResult<T>;
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
  return result.value;
}

/** What the map container reports about the drawn network. */
async function mapState() {
  const map = page.getByTestId('map');
  return {
    nodes: Number(await map.getAttribute('data-nodes')),
    edges: Number(await map.getAttribute('data-edges')),
    layout: await map.getAttribute('data-layout'),
  };
}

const drawn = (actors: number) => ({ nodes: actors, edges: SAMPLE.ties + SAMPLE.memberships, layout: 'done' });

/** The tab labels without the counts after them. */
const tabLabels = async () =>
  (await page.getByRole('tab').allTextContents()).map((text) => text.replace(/\s*\d+\s*$/, '').trim());

const personRows = (name: string) => page.getByTestId('persons-table').getByRole('row').filter({ hasText: name });

/** Loads the app afresh from the address the server prints, and waits for the map's layout. */
async function openApp(): Promise<void> {
  await page.goto(running().openUrl);
  await page.locator('[data-testid="map"][data-layout="done"]').waitFor();
}

/**
 * Lets the browser paint what the last change asked for. (The page's code is given as text:
 * these tests are type-checked without the DOM's types, which belong to the renderer.)
 */
const nextPaint = () => page.evaluate<number>('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');

const documentLanguage = () => page.locator('html').getAttribute('lang');

beforeAll(async () => {
  if (!existsSync(join(rendererDir, 'index.html')))
    throw new Error(
      `${join(rendererDir, 'index.html')} is missing: build the renderer first with \`npx electron-vite build\` ` +
        '(or run `npm run e2e`, which builds and then tests).',
    );
  sampleHashBefore = sha256(samplePath);
  dataDir = mkdtempSync(join(tmpdir(), 'brobygger-e2e-data-'));
  documentsDir = mkdtempSync(join(tmpdir(), 'brobygger-e2e-documents-'));
  mkdirSync(artefacts, { recursive: true });
  ({ server, service } = await serveBrowserMode({
    project: undefined,
    port: 0,
    dataDir,
    documentsDir,
    samplePath,
    rendererDir,
    version: appVersion(root),
    print: () => {},
  }));
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'da-DK' });
  page = await context.newPage();
  pageErrors = collectPageErrors(page);
});

afterEach(() => {
  // Every console error and uncaught exception counts: a CSP violation or a crash in the
  // renderer fails the test during which it happened.
  expect(pageErrors?.take() ?? [], 'errors the page reported').toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  service?.shutdown();
  for (const dir of [dataDir, documentsDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  if (sampleHashBefore) expect(sha256(samplePath), 'the shipped sample after the suite').toBe(sampleHashBefore);
});

describe('Brobygger in browser mode', () => {
  it('opens the sample project and draws all its actors on the map with a legend', async () => {
    await openApp();

    expect(await mapState()).toEqual(drawn(SAMPLE.actors));
    expect(page.url(), 'the token is taken out of the address bar').toBe(running().url);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Bro Kommune');
    const legend = page.getByTestId('legend');
    expect(await legend.getByRole('heading', { level: 2 }).textContent()).toBe('Signaturforklaring');
    expect(await legend.getByRole('list').first().getByRole('listitem').allTextContents()).toEqual(SECTORS_DA);

    // The canvas really shows the network: in the part of the map the legend leaves free there
    // is more than background, and every sector's colour is on some node.
    await nextPaint();
    const mapBox = await page.getByTestId('map').boundingBox();
    const legendBox = await legend.boundingBox();
    if (!mapBox || !legendBox) throw new Error('the map or the legend is not on screen');
    const left = legendBox.x + legendBox.width;
    const image = decodePng(
      await page.screenshot({ clip: { x: left, y: mapBox.y, width: mapBox.x + mapBox.width - left, height: mapBox.height } }),
    );
    const variety = colourVariety(image);
    expect(variety.distinct, 'distinct colours on the map').toBeGreaterThan(50);
    expect(variety.dominantShare, 'share of the background colour').toBeLessThan(0.97);
    for (const colour of SECTOR_COLOURS) expect(pixelsNear(image, colour), `pixels in ${colour}`).toBeGreaterThan(100);

    await page.screenshot({ path: join(artefacts, 'sample-map.png'), fullPage: true });
  });

  it('lists the findings in Danish, marks the fragile ties, and shows a finding on the map', async () => {
    await openApp();
    const tab = page.getByRole('tab', { name: /^Fund/ });
    await tab.click();
    const findings = page.getByTestId('findings');
    await expect.poll(() => findings.locator('.finding').count(), { timeout: 30_000 }).toBeGreaterThan(10);
    expect(await tab.textContent()).toMatch(/^Fund \d+$/);
    const oneTie = findings.locator('.finding', { hasText: 'Samarbejdet mellem Jobcenter Bro og Bro Boldklub hviler på en enkelt relation' });
    expect(await oneTie.count()).toBe(1);
    expect(await findings.locator('.severity-high').count()).toBeGreaterThan(0);
    // the ties collaborations hang on are drawn as fragile, and the legend says so
    const map = page.getByTestId('map');
    await expect.poll(async () => Number(await map.getAttribute('data-fragile'))).toBeGreaterThan(5);
    expect(await page.getByTestId('legend').textContent()).toContain('Skrøbelig relation');

    await oneTie.getByRole('button').click();
    await expect.poll(async () => Number(await map.getAttribute('data-highlighted'))).toBeGreaterThanOrEqual(5);
    expect(await oneTie.textContent()).toContain('Anbefaling:');
    await nextPaint();
    await page.screenshot({ path: join(artefacts, 'findings.png'), fullPage: true });
    // choosing it again clears the highlight
    await oneTie.getByRole('button').click();
    await expect.poll(async () => Number(await map.getAttribute('data-highlighted'))).toBe(0);
  });

  it('adds an actor through the form, and undoes and redoes it from the keyboard', async () => {
    const name = `Søren Ærø Åkjær ${randomBytes(3).toString('hex')}`;
    const undo = page.getByRole('button', { name: /Fortryd$/ });
    const redo = page.getByRole('button', { name: /Gentag$/ });
    const personsTab = page.getByRole('tab', { name: /^Personer/ });
    await openApp();
    expect(await mapState()).toEqual(drawn(SAMPLE.actors));
    await personsTab.click();
    expect(await undo.isDisabled(), 'Fortryd with nothing done yet').toBe(true);
    expect(await redo.isDisabled(), 'Gentag with nothing undone').toBe(true);

    const form = page.getByRole('form', { name: 'Tilføj aktør' });
    const field = form.locator('input[name="label"]');
    await field.click();
    await field.pressSequentially(name);
    await form.locator('select[name="sector"]').selectOption({ label: 'Civilsamfund' });
    await form.getByRole('button', { name: 'Tilføj' }).click();

    await expect.poll(() => personRows(name).count()).toBe(1);
    await expect.poll(mapState).toEqual(drawn(SAMPLE.actors + 1));
    expect(await personRows(name).getByRole('cell').nth(2).textContent()).toBe('Civilsamfund');
    expect(await personsTab.textContent()).toBe(`Personer ${SAMPLE.persons + 1}`);
    expect(await field.inputValue(), 'the form is cleared after adding').toBe('');
    expect(await undo.isEnabled()).toBe(true);
    expect(await redo.isDisabled()).toBe(true);

    // Outside a text field Ctrl+Z is the project's undo (in a field it is the field's own).
    await page.getByRole('contentinfo').click();
    expect(await page.locator('input:focus, textarea:focus, select:focus, [contenteditable]:focus').count()).toBe(0);

    await page.keyboard.press('Control+z');
    await expect.poll(() => personRows(name).count()).toBe(0);
    await expect.poll(mapState).toEqual(drawn(SAMPLE.actors));
    await expect.poll(() => undo.isDisabled()).toBe(true);
    expect(await redo.isEnabled()).toBe(true);

    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => personRows(name).count()).toBe(1);
    await expect.poll(mapState).toEqual(drawn(SAMPLE.actors + 1));
    await expect.poll(() => undo.isEnabled()).toBe(true);
    expect(await redo.isDisabled()).toBe(true);
    addedActors.push(name);

    await nextPaint();
    await page.screenshot({ path: join(artefacts, 'after-undo-redo.png'), fullPage: true });
  });

  it('follows edits made elsewhere on one event stream, fetching only what changed', async () => {
    await openApp();
    const streams: string[] = [];
    const fetched: number[] = [];
    const onRequest = (r: { url(): string }) => {
      if (r.url().endsWith('/api/events')) streams.push(r.url());
    };
    const onResponse = (r: { url(): string; body(): Promise<Buffer> }) => {
      if (r.url().endsWith('/api/getProjectChanges')) void r.body().then((b) => fetched.push(b.length));
    };
    page.on('request', onRequest);
    page.on('response', onResponse);
    try {
      const whole = JSON.stringify(await apiValue<ProjectSnapshot>('getProject')).length;
      const before = (await mapState()).nodes;
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        const { created } = await apiValue<{ created: string[] }>('apply', {
          command: { type: 'actor.add', actor: { kind: 'person', label: `Udefra ${String(i)}`, sector: 'business' } },
        });
        ids.push(...created);
        await expect.poll(async () => (await mapState()).nodes).toBe(before + i + 1);
      }
      await apiValue('apply', { command: { type: 'batch', commands: ids.map((id) => ({ type: 'actor.remove', id })) } });
      await expect.poll(async () => (await mapState()).nodes).toBe(before);
      await expect.poll(() => fetched.length).toBeGreaterThanOrEqual(4);
      expect(streams, 'the page kept its one event stream').toEqual([]);
      for (const size of fetched) expect(size, `a change of ${String(size)} bytes against ${String(whole)} for the whole`).toBeLessThan(whole / 10);
    } finally {
      page.off('request', onRequest);
      page.off('response', onResponse);
    }
  });

  it('switches the interface to English and back, remembering the choice', async () => {
    const legendHeading = page.getByTestId('legend').getByRole('heading', { level: 2 });
    const sectorItems = page.getByTestId('legend').getByRole('list').first().getByRole('listitem');
    await openApp();

    await page.getByRole('combobox', { name: 'Sprog' }).selectOption('en');
    await expect.poll(tabLabels).toEqual(['Findings', 'Analysis', 'Scenario', 'Waves', 'Persons', 'Organisations', 'Memberships', 'Ties', 'Forums', 'Timeline', 'Views']);
    expect(await legendHeading.textContent()).toBe('Legend');
    expect(await sectorItems.allTextContents()).toEqual(SECTORS_EN);
    await expect.poll(documentLanguage).toBe('en');
    expect((await apiValue<AppInfo>('getAppInfo')).language, 'the language kept by the server').toBe('en');

    // Back to Danish, which later tests (and the next start from this data folder) expect.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('da');
    await expect.poll(tabLabels).toEqual(['Fund', 'Analyse', 'Scenarie', 'Runder', 'Personer', 'Organisationer', 'Tilknytninger', 'Relationer', 'Fora', 'Tidslinje', 'Visninger']);
    expect(await legendHeading.textContent()).toBe('Signaturforklaring');
    expect(await sectorItems.allTextContents()).toEqual(SECTORS_DA);
    await expect.poll(documentLanguage).toBe('da');
    expect((await apiValue<AppInfo>('getAppInfo')).language).toBe('da');
  });

  it('clears a chosen finding from the map when an edit resolves it, and chooses it again on undo', async () => {
    await openApp();
    const findingsTab = page.getByRole('tab', { name: /^Fund/ });
    const findings = page.getByTestId('findings');
    const map = page.getByTestId('map');
    const oneTie = findings.locator('.finding', { hasText: 'Samarbejdet mellem Jobcenter Bro og Bro Boldklub hviler på en enkelt relation' });
    await findingsTab.click();
    await expect.poll(() => oneTie.count(), { timeout: 30_000 }).toBe(1);
    await oneTie.getByRole('button').click();
    await expect.poll(async () => Number(await map.getAttribute('data-highlighted'))).toBeGreaterThanOrEqual(5);

    // Jakob Ebbesen is one end of the only tie; without him there is no collaboration to flag.
    await page.getByRole('tab', { name: /^Personer/ }).click();
    await personRows('Jakob Ebbesen').getByRole('button', { name: 'Slet "Jakob Ebbesen"' }).click();
    await expect.poll(() => personRows('Jakob Ebbesen').count()).toBe(0);
    await findingsTab.click();
    await expect.poll(() => oneTie.count(), { timeout: 30_000 }).toBe(0);
    expect(await findings.locator('[aria-pressed="true"]').count()).toBe(0);
    await expect.poll(async () => Number(await map.getAttribute('data-highlighted'))).toBe(0);

    await page.getByRole('contentinfo').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => oneTie.count(), { timeout: 30_000 }).toBe(1);
    expect(await oneTie.getByRole('button').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => Number(await map.getAttribute('data-highlighted'))).toBeGreaterThanOrEqual(5);
    await oneTie.getByRole('button').click();
    await expect.poll(async () => Number(await map.getAttribute('data-highlighted'))).toBe(0);
  });

  it('refuses API calls without the token, and requests that name another host', async () => {
    const withoutToken = await callApi('getProject', {}, null);
    expect(withoutToken.status).toBe(401);
    const wrongToken = await callApi('getProject', {}, `Bearer ${randomBytes(32).toString('base64url')}`);
    expect(wrongToken.status).toBe(401);

    const withToken = await callApi('getProject', {});
    expect(withToken.status).toBe(200);
    const result = (await withToken.json()) as ApiResult<ProjectSnapshot | null>;
    expect(result.ok).toBe(true);

    // DNS rebinding: a page on another name that resolves to 127.0.0.1 sends its own Host.
    // fetch may not set Host, so this goes through node:http.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: running().port, path: '/', method: 'GET', headers: { Host: 'evil.example' } },
        (res) => {
          res.resume();
          resolve(res.statusCode);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });

  it('shows the start screen after closing and reopens the sample from it, with the edits kept', async () => {
    const open = await apiValue<ProjectSnapshot | null>('getProject');
    expect(open?.data.actors.length, 'actors in the open project').toBe(SAMPLE.actors + addedActors.length);
    await openApp();

    await page.getByRole('button', { name: 'Luk', exact: true }).click();
    await page.getByRole('heading', { name: 'Velkommen til Brobygger' }).waitFor();
    expect(await page.getByTestId('map').count()).toBe(0);
    expect(await apiValue<ProjectSnapshot | null>('getProject')).toBeNull();
    const recent = page.getByRole('listitem').filter({ hasText: SAMPLE_FILE_NAME });
    expect(await recent.count(), 'the sample among the recent projects').toBe(1);

    await page.getByRole('button', { name: 'Åbn eksemplet "Bro Kommune"' }).click();
    await page.locator('[data-testid="map"][data-layout="done"]').waitFor();
    // The working copy is reopened, not copied again: what was added is still there.
    expect(await mapState()).toEqual(drawn(SAMPLE.actors + addedActors.length));
    // a mapped network opens on its findings
    expect(await page.getByRole('tab', { name: /^Fund/ }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('tab', { name: /^Personer/ }).click();
    for (const name of addedActors) expect(await personRows(name).count(), name).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Bro Kommune');
  });

  it('works on a copy in the documents folder and never writes to the shipped sample', async () => {
    const open = await apiValue<ProjectSnapshot | null>('getProject');
    expect(open?.path).toBe(join(documentsDir ?? '', SAMPLE_FILE_NAME));
    expect(sha256(samplePath)).toBe(sampleHashBefore);
  });
});

describe('a new user mapping a collaboration by hand', () => {
  /** Finds an actor with the map's search box and returns where it is drawn, in page pixels. */
  async function onMap(name: string): Promise<{ x: number; y: number }> {
    const map = page.getByTestId('map');
    const search = page.getByRole('searchbox', { name: 'Find aktør' });
    await search.fill(name);
    await search.press('Enter');
    const id = (await apiValue<ProjectSnapshot | null>('getProject'))?.data.actors.find((a) => a.label === name)?.id;
    await expect.poll(() => map.getAttribute('data-selected')).toBe(id);
    await nextPaint();
    const box = await map.boundingBox();
    const [x, y] = ((await map.getAttribute('data-selected-position')) ?? '').split(',').map(Number);
    if (!box || x === undefined || y === undefined || Number.isNaN(x)) throw new Error(`${name} is not on the map`);
    return { x: box.x + x, y: box.y + y };
  }
  const rowsOf = (testId: string, name: string) => page.getByTestId(testId).getByRole('row').filter({ hasText: name });
  const tab = (name: RegExp) => page.getByRole('tab', { name });

  async function addActor(tabName: RegExp, name: string, choices: { kind?: string; sector: string; organisation?: string }) {
    await tab(tabName).click();
    const form = page.getByRole('form', { name: 'Tilføj aktør' });
    await form.locator('input[name="label"]').fill(name);
    if (choices.kind) await form.getByRole('combobox', { name: 'Type' }).selectOption({ label: choices.kind });
    await form.locator('select[name="sector"]').selectOption({ label: choices.sector });
    if (choices.organisation) await form.locator('select[name="organisation"]').selectOption({ label: choices.organisation });
    await form.getByRole('button', { name: 'Tilføj' }).click();
  }

  it('maps two organisations and their people, sees the collaboration hang on one relationship, undoes it, and tries a departure', async () => {
    await openApp();
    await page.getByRole('button', { name: 'Luk' }).click();
    await page.getByRole('button', { name: 'Nyt projekt' }).click();
    const prompt = page.getByRole('form', { name: 'Sti til det nye projekt (.brobygger)' });
    await prompt.locator('input[name="path"]').fill(join(documentsDir ?? '', 'Min kortlægning.brobygger'));
    await prompt.locator('input[name="name"]').fill('Min kortlægning');
    await prompt.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Min kortlægning');

    await addActor(/^Organisationer/, 'Jobcenter Vest', { kind: 'Forvaltning', sector: 'Kommune' });
    await expect.poll(() => rowsOf('organisations-table', 'Jobcenter Vest').count()).toBe(1);
    await addActor(/^Organisationer/, 'Idrætsforeningen Nord', { sector: 'Civilsamfund' });
    await expect.poll(() => rowsOf('organisations-table', 'Idrætsforeningen Nord').count()).toBe(1);
    await addActor(/^Personer/, 'Mette Sørensen', { sector: 'Kommune', organisation: 'Jobcenter Vest' });
    await addActor(/^Personer/, 'Ali Hassan', { sector: 'Civilsamfund', organisation: 'Idrætsforeningen Nord' });
    await addActor(/^Personer/, 'Birgit Ærø', { sector: 'Civilsamfund', organisation: 'Idrætsforeningen Nord' });
    await expect.poll(() => page.getByTestId('persons-table').getByRole('row').count()).toBe(4);
    // each person and their membership were one step: the membership is listed with them
    expect(await rowsOf('persons-table', 'Ali Hassan').textContent()).toContain('Idrætsforeningen Nord');
    await expect.poll(mapState).toEqual({ nodes: 5, edges: 3, layout: 'done' });

    // the relationship, drawn on the map from Mette to Ali, then described in the table
    const mette = await onMap('Mette Sørensen');
    const ali = await onMap('Ali Hassan');
    await page.getByRole('button', { name: 'Forbind' }).click();
    await page.mouse.move(mette.x, mette.y);
    await page.mouse.down();
    await page.mouse.move((mette.x + ali.x) / 2, (mette.y + ali.y) / 2, { steps: 5 });
    await page.mouse.move(ali.x, ali.y, { steps: 5 });
    await page.mouse.up();
    await page.getByRole('button', { name: 'Forbind' }).click();
    await tab(/^Relationer/).click();
    await expect.poll(() => rowsOf('ties-table', 'Mette Sørensen').count()).toBe(1);
    await rowsOf('ties-table', 'Mette Sørensen').getByRole('cell').nth(1).click();
    const tieRow = rowsOf('ties-table', 'Mette Sørensen');
    await tieRow.getByRole('combobox', { name: 'Formalitet' }).selectOption({ label: 'Uformel' });
    const source = tieRow.getByRole('textbox', { name: 'Kilde (fx interview 12)' });
    await source.fill('Interview 3');
    await source.press('Enter');
    await expect.poll(async () => (await apiValue<ProjectSnapshot | null>('getProject'))?.data.ties[0]?.evidence.source).toBe('Interview 3');
    expect((await apiValue<ProjectSnapshot | null>('getProject'))?.data.ties[0]?.formality).toBe('informal');
    const quote = page.getByTestId('ties-table').getByRole('textbox', { name: 'Citat' });
    await quote.fill('Jeg ringer altid til Ali.');
    await quote.press('Tab');
    await expect.poll(async () => (await apiValue<ProjectSnapshot | null>('getProject'))?.data.ties[0]?.evidence.quote).toBe('Jeg ringer altid til Ali.');
    await page.getByTestId('ties-table').getByRole('combobox', { name: 'Sikkerhed' }).selectOption({ label: 'Sikkerhed: Høj' });
    await expect.poll(async () => (await apiValue<ProjectSnapshot | null>('getProject'))?.data.ties[0]?.evidence).toEqual({
      source: 'Interview 3',
      quote: 'Jeg ringer altid til Ali.',
      confidence: 'high',
    });

    // the collaboration now exists, and hangs on that one relationship
    await tab(/^Fund/).click();
    const oneTie = page.getByTestId('findings').locator('.finding', { hasText: /hviler på en enkelt relation, den mellem Mette Sørensen og Ali Hassan/ });
    await expect.poll(() => oneTie.count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(async () => Number(await page.getByTestId('map').getAttribute('data-fragile'))).toBe(1);
    await oneTie.getByRole('button').click();
    expect(await oneTie.textContent()).toContain('Anbefaling:');
    await page.screenshot({ path: join(artefacts, 'new-project-finding.png'), fullPage: true });

    // five undos take back the confidence, the quote, the source, the formality and the
    // relationship itself, and with it the finding; five redos bring all back
    await page.getByRole('contentinfo').click();
    for (let i = 0; i < 5; i++) await page.keyboard.press('Control+z');
    await expect.poll(() => oneTie.count(), { timeout: 30_000 }).toBe(0);
    expect((await apiValue<ProjectSnapshot | null>('getProject'))?.data.ties).toEqual([]);
    for (let i = 0; i < 5; i++) await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => oneTie.count(), { timeout: 30_000 }).toBe(1);
    expect((await apiValue<ProjectSnapshot | null>('getProject'))?.data.ties[0]?.evidence.source).toBe('Interview 3');

    // what if Mette leaves? Nothing stored changes.
    await tab(/^Personer/).click();
    await rowsOf('persons-table', 'Mette Sørensen').click();
    const details = page.getByTestId('actor-details');
    await details.getByRole('button', { name: 'Hvad hvis Mette Sørensen stopper?' }).click();
    const scenario = page.getByTestId('scenario');
    await expect.poll(() => scenario.getByTestId('scenario-lost').textContent(), { timeout: 30_000 }).toMatch(/Jobcenter Vest – Idrætsforeningen Nord|Idrætsforeningen Nord – Jobcenter Vest/);
    expect(await scenario.getByRole('heading', { name: '1 samarbejde ophører' }).count()).toBe(1);
    const carried = scenario.getByTestId('scenario-table').getByRole('row').filter({ hasText: 'Samarbejder med bærere' });
    expect((await carried.getByRole('cell').allTextContents()).slice(1)).toEqual(['1', '0', '-1']);
    await page.screenshot({ path: join(artefacts, 'new-project-scenario.png'), fullPage: true });
    const open = await apiValue<ProjectSnapshot | null>('getProject');
    expect(open?.summary.counts.persons).toBe(3);
    expect(open?.summary.counts.ties).toBe(1);

    // and in English
    await page.getByRole('combobox', { name: 'Sprog' }).selectOption('en');
    await expect.poll(() => scenario.getByRole('heading', { name: '1 collaboration ends' }).count()).toBe(1);
    expect(await tab(/^Scenario/).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('da');
    await expect.poll(documentLanguage).toBe('da');
  });

  it('sorts, edits in place and changes ticked rows together in one undoable step', async () => {
    await tab(/^Personer/).click();
    const table = page.getByTestId('persons-table');
    const names = async () => (await table.locator('tbody td.name').allTextContents()).map((x) => x.trim());
    await expect.poll(names).toEqual(['Ali Hassan', 'Birgit Ærø', 'Mette Sørensen']);
    await table.getByRole('button', { name: /^Navn/ }).click();
    await expect.poll(names).toEqual(['Mette Sørensen', 'Birgit Ærø', 'Ali Hassan']);
    expect(await table.getByRole('columnheader', { name: /^Navn/ }).getAttribute('aria-sort')).toBe('descending');

    // two ticked persons get a sector at once; one undo takes both back
    await table.getByRole('checkbox', { name: 'Vælg Ali Hassan' }).check();
    await table.getByRole('checkbox', { name: 'Vælg Birgit Ærø' }).check();
    await page.getByRole('combobox', { name: 'Sæt sektor…' }).selectOption({ label: 'Borgere / målgruppe' });
    const sectorOf = (name: string) => rowsOf('persons-table', name).getByRole('cell').nth(2).textContent();
    await expect.poll(() => sectorOf('Ali Hassan')).toBe('Borgere / målgruppe');
    expect(await sectorOf('Birgit Ærø')).toBe('Borgere / målgruppe');
    expect(await page.getByRole('button', { name: /Fortryd$/ }).getAttribute('title')).toContain('2');
    await page.getByRole('contentinfo').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => sectorOf('Ali Hassan')).toBe('Civilsamfund');
    expect(await sectorOf('Birgit Ærø')).toBe('Civilsamfund');

    // a name typed in place; an empty one is refused where it is typed and nothing is saved
    await rowsOf('persons-table', 'Birgit Ærø').locator('td.name').dblclick();
    const field = table.locator('input.inline-edit');
    await field.fill('');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await field.fill('Birgit Ærø Holm');
    await field.press('Enter');
    await expect.poll(names).toEqual(['Mette Sørensen', 'Birgit Ærø Holm', 'Ali Hassan']);
    await page.screenshot({ path: join(artefacts, 'persons-spreadsheet.png'), fullPage: true });
  });

  it('changes settings in a dialog: a refused threshold stays with its reason, role turnover reshapes survival, a new sector can be chosen', async () => {
    await page.getByRole('button', { name: 'Indstillinger' }).click();
    const dialog = page.getByRole('dialog', { name: 'Indstillinger' });
    const survival = dialog.locator('input[name="survival"]');
    expect(await survival.inputValue()).toBe('0,8');
    await survival.fill('1,5');
    expect(await survival.getAttribute('aria-invalid')).toBe('true');
    await dialog.getByRole('button', { name: 'Gem indstillingerne' }).click();
    expect(await dialog.getByRole('alert').textContent()).toBe('Ret de markerede felter først.');
    await survival.fill('0,9');
    await dialog.getByRole('button', { name: 'Gem indstillingerne' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('Gemt.');
    expect((await apiValue<ProjectSnapshot | null>('getProject'))?.data.settings.analysis.thresholds.survival).toBe(0.9);

    // employees leave half the time: the one relationship (two employees) survives a quarter of years
    const employees = dialog.locator('input[name="turnover-employee"]');
    await employees.fill('50');
    await employees.press('Enter');
    await dialog.locator('input[name="sectorDa"]').fill('Frivillige foreninger');
    await dialog.locator('input[name="sectorEn"]').fill('Voluntary associations');
    await dialog.getByRole('button', { name: 'Tilføj sektor' }).click();
    await expect.poll(() => dialog.getByRole('row').filter({ hasText: 'frivillige_foreninger' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await dialog.count()).toBe(0);

    await tab(/^Fund/).click();
    const oneTie = page.getByTestId('findings').locator('.finding', { hasText: /hviler på en enkelt relation/ });
    await expect.poll(() => oneTie.textContent(), { timeout: 30_000 }).toMatch(/25\s%/);
    await tab(/^Personer/).click();
    const sectors = await page.getByRole('form', { name: 'Tilføj aktør' }).locator('select[name="sector"] option').allTextContents();
    expect(sectors).toContain('Frivillige foreninger');
    await page.screenshot({ path: join(artefacts, 'settings-after.png'), fullPage: true });
  });

  it('adds a forum and gives seats in it, each for the organisation the person belongs to', async () => {
    await tab(/^Fora/).click();
    const form = page.getByRole('form', { name: 'Tilføj forum' });
    await form.locator('input[name="forumLabel"]').fill('Netværksforum Vest');
    await form.getByRole('button', { name: 'Tilføj' }).click();
    const details = page.getByTestId('forum-details');
    await details.waitFor();
    await details.locator('select[name="seatActor"]').selectOption({ label: 'Mette Sørensen' });
    expect(await details.locator('select[name="seatRepresents"] option:checked').textContent()).toBe('Jobcenter Vest');
    await details.locator('select[name="seatRole"]').selectOption({ label: 'Formand' });
    await details.getByRole('button', { name: 'Giv plads' }).click();
    await details.locator('select[name="seatActor"]').selectOption({ label: 'Ali Hassan' });
    await details.getByRole('button', { name: 'Giv plads' }).click();
    const row = page.getByTestId('forums-table').getByRole('row').filter({ hasText: 'Netværksforum Vest' });
    await expect.poll(async () => (await row.getByRole('cell').allTextContents()).slice(2, 4)).toEqual(['2', 'Mette Sørensen']);
    expect(await details.locator('ul.seats li .seat-name').allTextContents()).toEqual(['Mette Sørensen', 'Ali Hassan']);
    expect(await details.locator('ul.seats li select[name="seatRepresentsOf"] option:checked').allTextContents()).toEqual(['Jobcenter Vest', 'Idrætsforeningen Nord']);
    await page.screenshot({ path: join(artefacts, 'forum-details.png'), fullPage: true });
  });

  it('lists memberships as a table and adds one by form', async () => {
    await tab(/^Tilknytninger/).click();
    const table = page.getByTestId('memberships-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(3);
    const form = page.getByRole('form', { name: 'Tilføj tilknytning' });
    await form.locator('select[name="membershipPerson"]').selectOption({ label: 'Birgit Ærø Holm' });
    await form.locator('select[name="membershipOrganisation"]').selectOption({ label: 'Jobcenter Vest' });
    await form.locator('select[name="membershipRole"]').selectOption({ label: 'Frivillig' });
    await form.getByRole('button', { name: 'Tilføj' }).click();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(4);
    await table.getByRole('button', { name: /^Organisation/ }).click();
    const organisations = (await table.locator('tbody tr td:nth-child(3)').allTextContents()).map((x) => x.trim());
    expect(organisations).toEqual(['Idrætsforeningen Nord', 'Idrætsforeningen Nord', 'Jobcenter Vest', 'Jobcenter Vest']);
    const birgit = table.getByRole('row').filter({ hasText: 'Jobcenter Vest' }).filter({ hasText: 'Birgit' });
    expect(await birgit.getByRole('cell').nth(3).textContent()).toBe('Frivillig');
  });

  it('adds a relationship by form, with its type, formality and the evidence for it', async () => {
    await tab(/^Relationer/).click();
    const tieForm = page.getByRole('form', { name: 'Tilføj relation' });
    await tieForm.locator('select[name="source"]').selectOption({ label: 'Birgit Ærø Holm' });
    await tieForm.locator('select[name="target"]').selectOption({ label: 'Mette Sørensen' });
    await tieForm.locator('select[name="type"]').selectOption({ label: 'Information' });
    await tieForm.locator('select[name="formality"]').selectOption({ label: 'Formel' });
    await tieForm.getByText('Kilde og citat').click();
    await tieForm.locator('input[name="evidenceSource"]').fill('Interview 5');
    await tieForm.locator('textarea[name="quote"]').fill('Vi ringer til Mette, når der er noget.');
    await tieForm.getByRole('button', { name: 'Tilføj relation' }).click();
    const row = rowsOf('ties-table', 'Birgit Ærø Holm');
    await expect.poll(() => row.count()).toBe(1);
    expect((await row.getByRole('cell').allTextContents()).slice(1, 7)).toEqual(['Birgit Ærø Holm', 'Mette Sørensen', 'Information', '', 'Formel', 'Interview 5']);
    const tie = (await apiValue<ProjectSnapshot | null>('getProject'))?.data.ties.find((x) => x.evidence.source === 'Interview 5');
    expect(tie?.evidence.quote).toBe('Vi ringer til Mette, når der er noget.');
  });

  it('keeps a quote being typed when a change to the same tie arrives meanwhile, and saves both', async () => {
    const stored = async () => (await apiValue<ProjectSnapshot | null>('getProject'))?.data.ties.find((x) => x.evidence.source.startsWith('Interview 5'));
    const tie = await stored();
    if (!tie) throw new Error('the tie of the previous test is missing');
    await rowsOf('ties-table', 'Birgit Ærø Holm').getByRole('cell').nth(1).click();
    const quote = page.getByTestId('ties-table').getByRole('textbox', { name: 'Citat' });
    await quote.fill('Vi ringer til Mette hver mandag.');
    // the source changes underneath (another window, or the source cell's own save coming back)
    await apiValue('apply', { command: { type: 'tie.update', id: tie.id, patch: { evidence: { ...tie.evidence, source: 'Interview 5, side 2' } } } });
    await expect.poll(() => rowsOf('ties-table', 'Birgit Ærø Holm').getByRole('textbox', { name: 'Kilde (fx interview 12)' }).inputValue()).toBe('Interview 5, side 2');
    expect(await quote.inputValue(), 'what the user typed').toBe('Vi ringer til Mette hver mandag.');
    await quote.press('Tab');
    await expect.poll(async () => (await stored())?.evidence).toEqual({ ...tie.evidence, source: 'Interview 5, side 2', quote: 'Vi ringer til Mette hver mandag.' });
  });
});
