import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { answerOfHttpBody } from '../../src/core/api/carried-text';
import type { ApiResult, ProjectSnapshot } from '../../src/core/api/contract';
import { appVersion, findAppRoot, SAMPLE_RESOURCE } from '../../src/main/engine/paths';
import type { ProjectService } from '../../src/main/engine/service';
import type { BrowserServer } from '../../src/server/http-server';
import { serveBrowserMode } from '../../src/server/serve';
import { collectPageErrors, launchChromium } from './chromium';

export const root = findAppRoot(fileURLToPath(import.meta.url));
export const samplePath = join(root, 'resources', SAMPLE_RESOURCE);
export const rendererDir = join(root, 'out', 'renderer');
/** where screenshots are kept for people to look at */
export const artefacts = join(root, 'test-results', 'e2e');

/** The app in browser mode on a fresh data folder (so the sample opens), with Chromium on it. */
export interface BrowserApp {
  server: BrowserServer;
  service: ProjectService;
  browser: Browser;
  page: Page;
  dataDir: string;
  documentsDir: string;
  /** one API call from Node, as the renderer makes it; fails the test if it is refused */
  apiValue<T>(method: string, input?: object): Promise<T>;
  /** the console errors and uncaught exceptions since the last call */
  takeErrors(): string[];
  /** lets the browser paint what the last change asked for (the page's code is given as text:
   * these tests are type-checked without the DOM's types) */
  nextPaint(): Promise<number>;
  close(): Promise<void>;
}

/** The project open in a file's app, read through the API as the renderer reads it; fails the test when the app did not start or no project is open. */
export async function openProjectIn(app: BrowserApp | undefined): Promise<ProjectSnapshot> {
  if (!app) throw new Error('the browser-mode app did not start');
  const project = await app.apiValue<ProjectSnapshot | null>('getProject');
  if (!project) throw new Error('no project is open');
  return project;
}

/**
 * Selects an actor with the map's search box and returns where it is drawn, in page pixels (the
 * map reports the chosen actor's position in `data-selected-position`, in CSS pixels from its
 * top left). The actor must not be the one already chosen.
 */
export async function findOnMap(page: Page, name: string): Promise<{ x: number; y: number }> {
  const map = page.getByTestId('map');
  const search = page.getByRole('searchbox', { name: 'Find aktør' });
  const before = await map.getAttribute('data-selected');
  await search.fill(name);
  await search.press('Enter');
  await expect.poll(() => map.getAttribute('data-selected')).not.toBe(before);
  for (let i = 0; i < 2; i++) await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
  const box = await map.boundingBox();
  const [x, y] = ((await map.getAttribute('data-selected-position')) ?? '').split(',').map(Number);
  if (!box || x === undefined || y === undefined || Number.isNaN(x)) throw new Error(`${name} is not on the map`);
  return { x: box.x + x, y: box.y + y };
}

export async function startBrowserApp(name: string, options: { exactQuickWork?: number } = {}): Promise<BrowserApp> {
  if (!existsSync(join(rendererDir, 'index.html')))
    throw new Error(`${join(rendererDir, 'index.html')} is missing: build the renderer first with \`npm run build\` (or run \`npm run e2e\`).`);
  const dataDir = mkdtempSync(join(tmpdir(), `brobygger-e2e-${name}-data-`));
  const documentsDir = mkdtempSync(join(tmpdir(), `brobygger-e2e-${name}-documents-`));
  mkdirSync(artefacts, { recursive: true });
  const { server, service } = await serveBrowserMode({
    project: undefined,
    port: 0,
    dataDir,
    documentsDir,
    samplePath,
    rendererDir,
    version: appVersion(root),
    print: () => {},
    ...options,
  });
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'da-DK' });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  return {
    server,
    service,
    browser,
    page,
    dataDir,
    documentsDir,
    async apiValue<T>(method: string, input: object = {}): Promise<T> {
      const res = await fetch(`${server.url}api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
        body: JSON.stringify({ input }),
      });
      expect(res.status).toBe(200);
      // read as the window reads it (an analysis comes as its text after the rest of the answer)
      const result = answerOfHttpBody(res.headers.get('Content-Type') ?? '', await res.text()) as ApiResult<T>;
      if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
      return result.value;
    },
    takeErrors: () => errors.take(),
    nextPaint: () => page.evaluate<number>('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))'),
    async close() {
      await browser.close();
      await server.close();
      service.shutdown();
      for (const dir of [dataDir, documentsDir]) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The app for the tests of one file: started before them, with `prepare` run first (a project of
 * the file's own, say), the page opened on the app and its map laid out unless `open` is false;
 * each test is checked for errors the page reported, and the app is closed after them all.
 * `started` hands the running app to the file.
 */
export function appForTheseTests(
  name: string,
  started: (app: BrowserApp) => void | Promise<void>,
  opts: { prepare?: (app: BrowserApp) => Promise<void>; open?: boolean; layoutTimeout?: number; exactQuickWork?: number } = {},
): void {
  let app: BrowserApp | undefined;
  beforeAll(async () => {
    app = await startBrowserApp(name, opts.exactQuickWork !== undefined ? { exactQuickWork: opts.exactQuickWork } : {});
    await opts.prepare?.(app);
    if (opts.open !== false) {
      await app.page.goto(app.server.openUrl);
      await app.page.locator('[data-testid="map"][data-layout="done"]').waitFor({ timeout: opts.layoutTimeout ?? 30_000 });
    }
    await started(app);
  });
  afterEach(() => {
    expect(app?.takeErrors() ?? [], 'errors the page reported').toEqual([]);
  });
  afterAll(async () => {
    await app?.close();
  });
}
