import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium; a browser is never downloaded (there is no network on the build machine). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Headless Chromium for the end-to-end tests; fails loudly (never skips) when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}, so the end-to-end tests cannot run. ` +
        'Install it with `apt-get install chromium` (do not run `npx playwright install`).',
    );
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/**
 * Everything the page reports as going wrong: console errors (Chromium logs Content-Security-
 * Policy violations and failed loads there) and uncaught exceptions. Nothing is filtered out:
 * the app is expected to run without a single one.
 */
export function collectPageErrors(page: Page): { list: string[]; take(): string[] } {
  const list: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const { url, lineNumber } = msg.location();
      list.push(`console error: ${msg.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (error) => list.push(`page error: ${error.stack ?? error.message}`));
  return { list, take: () => list.splice(0) };
}
