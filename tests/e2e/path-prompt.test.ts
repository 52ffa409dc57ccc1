/**
 * The path prompt of browser mode (there is no file dialog there), in real Chromium: a path the
 * engine refuses keeps the prompt open with what was typed and the reason, in the user's
 * language; a path it takes closes it. One browser-mode app; the tests share its page.
 *
 * Needs the built renderer (`npm run build`) and Debian's Chromium.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ApiResult, ProjectSnapshot } from '../../src/core/api/contract';
import { UserError } from '../../src/core/errors';
import { createTranslator, type Language } from '../../src/core/i18n/catalogue';
import { formatUserError } from '../../src/core/wording/format-error';
import { appForTheseTests, artefacts, type BrowserApp } from './browser-app';

let app: BrowserApp | undefined;
let page: Page;

const MISSING_FOLDER = '/nonexistent/dir/x.brobygger';

appForTheseTests('path-prompt', (started) => {
  app = started;
  page = started.page;
});

/**
 * Types a path into the open prompt and presses OK; returns the engine's refusal of the page's
 * own call (it names a temp file of its own, so a second call from here would not match), or
 * null when the engine took the path.
 */
async function submit(prompt: ReturnType<Page['getByRole']>, method: string, path: string): Promise<UserError | null> {
  await prompt.locator('input[name="path"]').fill(path);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(`/api/${method}`)),
    prompt.getByRole('button', { name: 'OK' }).click(),
  ]);
  const result = (await response.json()) as ApiResult<unknown>;
  return result.ok ? null : UserError.fromSerialized(result.error);
}

/** An error as the app words it for the user. */
const worded = (error: UserError | null, lang: Language) => (error ? formatUserError(error, createTranslator(lang)) : null);

describe('the path prompt', () => {
  it('stays open with the typed path and the reason when "Gem som" is refused, in Danish, and closes once a path is taken', async () => {
    await page.getByRole('button', { name: 'Gem som…' }).click();
    const prompt = page.getByRole('form', { name: 'Gem en kopi som (.brobygger)' });
    const refusal = await submit(prompt, 'saveProjectAs', MISSING_FOLDER);
    expect(refusal, 'the engine refuses a folder that does not exist').not.toBeNull();
    await expect.poll(() => prompt.getByRole('alert').textContent()).toBe(worded(refusal, 'da'));
    expect(await prompt.locator('input[name="path"]').inputValue()).toBe(MISSING_FOLDER);
    expect(await prompt.locator('input[name="path"]').getAttribute('aria-invalid')).toBe('true');
    // the reason is in the prompt, not in the banner behind it
    expect(await page.locator('.error-banner').count()).toBe(0);
    await page.screenshot({ path: join(artefacts, 'path-prompt-refused.png') });

    const copy = join(app?.documentsDir ?? '', 'Kopi af Bro.brobygger');
    expect(await submit(prompt, 'saveProjectAs', copy)).toBeNull();
    await expect.poll(() => prompt.count()).toBe(0);
    expect((await app?.apiValue<ProjectSnapshot>('getProject'))?.path).toBe(copy);
  });

  it('words the reason in English when the interface is in English', async () => {
    await page.getByRole('combobox', { name: 'Sprog' }).selectOption('en');
    await page.getByRole('button', { name: 'Save as…' }).click();
    const prompt = page.getByRole('form', { name: 'Save a copy as (.brobygger)' });
    const refusal = await submit(prompt, 'saveProjectAs', MISSING_FOLDER);
    await expect.poll(() => prompt.getByRole('alert').textContent()).toBe(worded(refusal, 'en'));
    expect(worded(refusal, 'en')).not.toBe(worded(refusal, 'da'));
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await prompt.count()).toBe(0);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('da');
  });

  it('stays open too when the project to open is not there', async () => {
    await page.getByRole('button', { name: 'Luk' }).click();
    await page.getByRole('button', { name: 'Åbn projekt' }).click();
    const prompt = page.getByRole('form', { name: 'Sti til et projekt (.brobygger)' });
    const missing = join(app?.documentsDir ?? '', 'findes-ikke.brobygger');
    const reason = worded(await submit(prompt, 'openProject', missing), 'da');
    expect(reason).toContain('findes-ikke.brobygger');
    await expect.poll(() => prompt.getByRole('alert').textContent()).toBe(reason);
    expect(await prompt.locator('input[name="path"]').inputValue()).toBe(missing);
    await page.keyboard.press('Escape');
    expect(await prompt.count()).toBe(0);
  });
});
