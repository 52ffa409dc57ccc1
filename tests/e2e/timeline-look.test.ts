/** Scratch: a look at the timeline with a few activities added through the API. */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { appForTheseTests, artefacts, type BrowserApp } from './browser-app';

let app: BrowserApp | undefined;
let page: Page;

const A = (id: string, title: string, kind: string, owners: string[], from: number, to: number, targetGroup = 'all', contacts: string[] = []) => ({
  type: 'activity.add',
  activity: { id, title, kind, owners, contacts, targetGroup, window: { from, to } },
});

appForTheseTests('timeline-look', (started) => {
  app = started;
  page = started.page;
}, {
  prepare: async (a) => {
    await a.apiValue('openSample');
    await a.apiValue('apply', {
      command: {
        type: 'batch',
        commands: [
          A('x1', 'Boligplacering', 'authority', ['org-integration'], -8, -2),
          A('x2', 'Integrationsprogram', 'authority', ['org-integration', 'org-jobcenter'], 0, 40),
          A('x3', 'Sprogskole', 'authority', ['org-sprogcenter'], 2, 26),
          A('x4', 'Venskabsfamilie', 'offer', ['org-roede-kors'], 4, 20, 'families', ['p-inger-bach']),
          A('x5', 'Lektiecafé', 'offer', ['org-dfh'], 6, 26, 'children_youth'),
          A('x6', 'Cykelkursus', 'activity', ['org-frivilligcenter'], 8, 10),
          A('x7', 'Fodbold', 'activity', ['org-boldklub'], 3, 26, 'children_youth'),
          A('x8', 'Velkomst', 'offer', ['org-modtagerkorps'], 0, 1),
          A('x9', 'Kirkens café', 'offer', ['org-kirke'], 1, 12),
          A('x10', 'Sprogcafé', 'offer', ['org-roede-kors'], 5, 18),
        ],
      },
    });
  },
});

describe('a look', () => {
  it('shows the timeline', async () => {
    await page.getByRole('tab', { name: /Tidslinje/ }).click();
    await page.getByTestId('timeline-chart').waitFor();
    await page.waitForTimeout(3000);
    await page.screenshot({ path: join(artefacts, 'timeline-look.png') });
    await page.getByTestId('timeline-marks').locator('button').first().click();
    await page.screenshot({ path: join(artefacts, 'timeline-look-mark.png') });
    await page.getByTestId('timeline-chart').locator('rect.gap-band').first().focus();
    await page.screenshot({ path: join(artefacts, 'timeline-look-gap.png') });
    await page.getByTestId('timeline-chart').locator('g.bar').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(artefacts, 'timeline-look-focus.png') });
    void app;
  });
});
