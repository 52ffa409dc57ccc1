/**
 * A large network's analysis in stages, in real Chromium: on a generated project of 12,000 actors
 * (its exact pass takes some seconds), the page shows the findings first, then betweenness
 * estimated with its bound, then the exact values, then those on tie strength, saying which is on
 * screen.
 *
 * Needs the built renderer (`npm run build`) and Debian's Chromium.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ProjectStore } from '../../src/main/engine/project-store';
import { syntheticProject } from '../bench/generate';
import { appForTheseTests, artefacts, type BrowserApp } from './browser-app';

let app: BrowserApp | undefined;
let page: Page;

// (the page's code is given as text: these tests are type-checked without the DOM's types)
/** Records every stage the workspace shows and every sentence of the measures note, as they come. */
const RECORD_STAGES = `(() => {
  window.__stages = [];
  window.__notes = [];
  new MutationObserver(() => {
    const stage = document.querySelector('.workspace')?.getAttribute('data-analysis-stage');
    if (stage && window.__stages.at(-1) !== stage) window.__stages.push(stage);
    for (const note of document.querySelectorAll('[data-testid="measures-note"]'))
      if (!window.__notes.includes(note.textContent)) window.__notes.push(note.textContent);
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})()`;

const stageIs = (stage: string) => page.locator(`.workspace[data-analysis-stage="${stage}"]`).waitFor({ timeout: 240_000 });

describe('a large network analysed in stages', () => {
  appForTheseTests(
    'stages',
    (started) => {
      app = started;
      page = started.page;
    },
    {
      prepare: async (a) => {
        const path = join(a.documentsDir, 'Stort netværk.brobygger');
        ProjectStore.create(path, 'Stort netværk', {}, syntheticProject(12_000, 60_000)).close();
        await a.apiValue('openProject', { path });
        await a.page.addInitScript(RECORD_STAGES);
      },
      layoutTimeout: 120_000,
    },
  );

  it('shows the findings, then betweenness estimated with its bound, then the exact values, and says which', async () => {
    await stageIs('exact');
    const stages = await page.evaluate<string[]>('window.__stages');
    // the first findings may come before the map has drawn; the estimate always shows
    expect(stages).toContain('estimate');
    expect(stages.at(-1)).toBe('exact');
    expect(stages.indexOf('estimate')).toBeLessThan(stages.indexOf('exact'));
    const notes = await page.evaluate<string[]>('window.__notes');
    // (Intl writes "90 %" with a no-break space: \s matches it)
    expect(notes.some((n) => /^Mellemcentralitet er et skøn: højst 0,01 fra den nøjagtige værdi \(normaliseret\) med 90\s%\ssikkerhed/.test(n)), notes.join(' | ')).toBe(true);
    // once exact, nothing is said about estimates: only, while it runs, that the figures on tie
    // strength (the generated ties have strengths) are still being computed; then nothing
    await page.getByRole('tab', { name: 'Analyse' }).click();
    const note = page.getByTestId('measures-note');
    if (await note.count()) expect(await note.textContent()).toMatch(/^Alt er nøjagtigt; betweenness og nærhed på relationsstyrke beregnes stadig/);
    await expect.poll(() => note.count(), { timeout: 240_000 }).toBe(0);
    const said = await page.evaluate<string[]>('window.__notes');
    expect(said.some((n) => n.startsWith('Alt er nøjagtigt; betweenness og nærhed på relationsstyrke beregnes stadig')), said.join(' | ')).toBe(true);
    await page.screenshot({ path: join(artefacts, 'stages-exact.png') });
  }, 300_000);

  it('shows the stages again after an edit, ending exact, in English too', async () => {
    if (!app) throw new Error('the app did not start');
    await page.evaluate(RECORD_STAGES);
    await app.apiValue('setLanguage', { lang: 'en' });
    const project = await app.apiValue<{ data: { actors: Array<{ id: string; kind: string }> } } | null>('getProject');
    const persons = (project?.data.actors ?? []).filter((a) => a.kind === 'person');
    await app.apiValue('apply', { command: { type: 'tie.add', tie: { source: persons[0]?.id, target: persons[5]?.id, type: 'advice' } } });
    // the edit's analysis: the estimate first (a tie inside the middle touches most shortest paths), then exact
    await expect.poll(() => page.evaluate<string[]>('window.__stages'), { timeout: 240_000 }).toContain('estimate');
    await stageIs('exact');
    const notes = await page.evaluate<string[]>('window.__notes');
    expect(notes.some((n) => n.startsWith('Betweenness is an estimate: within 0.01 of the exact value (normalised) with 90% certainty')), notes.join(' | ')).toBe(true);
  }, 300_000);
});
