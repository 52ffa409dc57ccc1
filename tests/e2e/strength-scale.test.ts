/**
 * The strength scale in the settings, in real Chromium: a scale that would leave ties outside it
 * is refused where it is typed, with the count of those ties, and offered as a rescale.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProjectSnapshot } from '../../src/core/api/contract';
import { appForTheseTests, artefacts, type BrowserApp } from './browser-app';

let app: BrowserApp;

appForTheseTests('scale', (started) => {
  app = started;
});

const strengths = async () => ((await app.apiValue<ProjectSnapshot>('getProject')).data.ties.map((t) => t.strength).filter((s) => s !== null));

describe('the strength scale in the settings', () => {
  it('refuses a narrower scale with the count of the ties outside it, and rescales them on request', async () => {
    const { page } = app;
    const before = await strengths();
    const outside = before.filter((s) => s > 3).length;
    expect(outside).toBeGreaterThan(1);

    await page.getByRole('button', { name: 'Indstillinger' }).click();
    const dialog = page.getByRole('dialog', { name: 'Indstillinger' });
    await dialog.locator('input[name="strengthMax"]').fill('3');
    const conflict = dialog.locator('.scale-conflict');
    await expect.poll(() => conflict.textContent()).toContain(`${outside} relationer har en styrke uden for skalaen 1–3.`);
    await page.screenshot({ path: join(artefacts, 'scale-conflict-da.png') });

    // saving as it is changes nothing
    await dialog.getByRole('button', { name: 'Gem indstillingerne' }).click();
    expect(await dialog.getByRole('alert').filter({ hasText: 'Ret de markerede' }).count()).toBe(1);
    expect(await strengths()).toEqual(before);

    await conflict.getByRole('button', { name: 'Omregn alle styrker fra 1–5 til 1–3 og gem' }).click();
    await expect.poll(async () => (await app.apiValue<ProjectSnapshot>('getProject')).data.settings.strengthScale).toEqual({ min: 1, max: 3 });
    const after = await strengths();
    expect(after).toEqual(before.map((s) => 1 + ((s - 1) * 2) / 4));
    // the page learns of the change a moment after the engine made it
    await expect.poll(() => conflict.count()).toBe(0);

    // one undo takes the scale and every strength back
    await page.keyboard.press('Escape');
    await page.getByRole('contentinfo').click();
    await page.keyboard.press('Control+z');
    await expect.poll(strengths).toEqual(before);
  });

  it('says the same in English', async () => {
    const { page } = app;
    await app.apiValue('setLanguage', { lang: 'en' });
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.locator('input[name="strengthMax"]').fill('4');
    const conflict = dialog.locator('.scale-conflict');
    await expect.poll(() => conflict.textContent()).toMatch(/^\d+ ties? (has|have) a strength outside the scale 1–4\.Rescale every strength from 1–5 to 1–4 and save$/);
    await page.screenshot({ path: join(artefacts, 'scale-conflict-en.png') });
    await page.keyboard.press('Escape');
    await app.apiValue('setLanguage', { lang: 'da' });
  });
});
