/**
 * `brobygger serve --open` in real Chromium: the launcher is handed a forwarding page, never the
 * token; Chromium opens that page as the system's launcher would (a file: address) and ends on
 * the app with a working token, after which the page is gone.
 *
 * Needs the built renderer (`npm run e2e` builds it) and Debian's Chromium.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appVersion } from '../../src/main/engine/paths';
import type { ProjectService } from '../../src/main/engine/service';
import type { BrowserServer } from '../../src/server/http-server';
import { writeForwardingPage } from '../../src/server/open-browser';
import { serveBrowserMode } from '../../src/server/serve';
import { rendererDir, root, samplePath } from './browser-app';
import { collectPageErrors, launchChromium } from './chromium';

let browser: Browser | undefined;
const folders: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(rendererDir, 'index.html')))
    throw new Error(`${join(rendererDir, 'index.html')} is missing: build the renderer first with \`npm run build\` (or run \`npm run e2e\`).`);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

async function serveWithOpen(launched: (argv: string[]) => void): Promise<{ server: BrowserServer; service: ProjectService }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'brobygger-e2e-open-data-'));
  const documentsDir = mkdtempSync(join(tmpdir(), 'brobygger-e2e-open-documents-'));
  folders.push(dataDir, documentsDir);
  const { server, service } = await serveBrowserMode({
    port: 0,
    dataDir,
    documentsDir,
    samplePath,
    rendererDir,
    version: appVersion(root),
    print: () => {},
    openBrowser: true,
    // the system's launcher is not run: the test takes its place, and opens the page in Chromium
    launch: (command, args) => {
      launched([command, ...args]);
      return Promise.resolve({ exited: Promise.resolve(0) });
    },
  });
  return { server, service };
}

describe('serve --open in Chromium', () => {
  it('forwards from the page the launcher got to the app, whose token works, and then removes the page', async () => {
    let argv: string[] = [];
    const { server, service } = await serveWithOpen((a) => (argv = a));
    const context = await browser!.newContext({ locale: 'da-DK' });
    try {
      expect(argv.join(' ')).not.toContain(server.token);
      const page = argv.at(-1) ?? '';
      expect(existsSync(page)).toBe(true);

      const tab = await context.newPage();
      const errors = collectPageErrors(tab);
      await tab.goto(pathToFileURL(page).href, { waitUntil: 'commit' });
      // the sample's map is drawn: every call it took carried the token
      await tab.locator('[data-testid="map"][data-layout="done"]').waitFor();
      expect(await tab.getByRole('heading', { level: 1 }).textContent()).toBe('Bro Kommune');
      expect(tab.url(), 'the app, with the token taken out of the address bar').toBe(server.url);
      await expect.poll(() => existsSync(dirname(page)), { message: 'the page and its folder are removed' }).toBe(false);
      expect(errors.take()).toEqual([]);
    } finally {
      await context.close();
      await server.close();
      service.shutdown();
    }
  });

  it('forwards by its meta refresh where scripts are off', async () => {
    const site = createServer((_req, res) => res.end('<!doctype html><title>here</title>'));
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const target = `http://127.0.0.1:${(site.address() as AddressInfo).port}/#token=abcdefghijklmnopqrstuvwxyz012345`;
    const forwarding = await writeForwardingPage(target);
    const context = await browser!.newContext({ javaScriptEnabled: false });
    try {
      const tab = await context.newPage();
      await tab.goto(pathToFileURL(forwarding.path).href, { waitUntil: 'commit' });
      await tab.waitForURL(target);
      expect(await tab.title()).toBe('here');
    } finally {
      await context.close();
      await forwarding.remove();
      site.close();
    }
  });
});
