/**
 * A project whose ids hold |, ~, spaces, æøå and emoji, in real Chromium: the findings, a key
 * person's collaborations in the analysis panel and a departure scenario name the organisations
 * the ids name, and the map marks those, not the decoy actors "Org" and "1" that splitting the
 * id pair "Org|1|Y" on "|" would name. Its own browser-mode server; the tests share one page.
 *
 * Needs the built renderer (`npm run build`) and Debian's Chromium.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodeProjectJson } from '../../src/core/format/project-json';
import { ProjectStore } from '../../src/main/engine/project-store';
import { appForTheseTests, artefacts, root } from './browser-app';

let page: Page;

const map = () => page.getByTestId('map');
const mapNumber = async (name: string) => Number(await map().getAttribute(name));
const tab = (name: RegExp) => page.getByRole('tab', { name });

appForTheseTests(
  'odd-ids',
  (started) => {
    page = started.page;
  },
  {
    prepare: async (started) => {
      const data = decodeProjectJson(readFileSync(join(root, 'tests/fixtures/json/odd-ids.json'), 'utf8'), 'odd-ids.json');
      const path = join(started.documentsDir, 'Mærkelige id’er.brobygger');
      ProjectStore.create(path, data.meta.name, {}, data).close();
      await started.apiValue('openProject', { path });
    },
    layoutTimeout: 60_000,
  },
);

describe('a project with |, ~, spaces, æøå and emoji in its ids', () => {
  it('words its findings with the labels of the organisations the ids name', async () => {
    const findings = page.getByTestId('findings');
    const keyPerson = findings.locator('.finding', { hasText: 'Bo ~ B bærer alene 2 samarbejder' });
    await expect.poll(() => keyPerson.count(), { timeout: 30_000 }).toBe(1);
    expect(await keyPerson.textContent()).toContain('Forening | Ét – Y-afdelingen og Y-afdelingen – Cykelklubben Øst 🚲');
    const oneTie = findings.locator('.finding', { hasText: 'Samarbejdet mellem Forening | Ét og Y-afdelingen hviler på en enkelt relation, den mellem Anna | A og Bo ~ B.' });
    expect(await oneTie.count()).toBe(1);
    await oneTie.getByRole('button').click();
    // the finding shows its two organisations and its two persons, not the decoys
    await expect.poll(() => mapNumber('data-highlighted-nodes')).toBe(4);
    expect(await oneTie.textContent()).toContain('Anbefaling:');
    expect(await findings.textContent()).not.toMatch(/Lokkedue Org – |Lokkedue 1 – Y-afdelingen/);
  });

  it("shows a key person's collaborations in the analysis panel, on the map and in words", async () => {
    await tab(/^Analyse/).click();
    await page.getByTestId('analysis-panels').getByRole('group').getByRole('button', { name: 'Personafhængighed', exact: true }).click();
    const row = page.getByTestId('key-persons').locator('tr.choosable', { hasText: 'Bo ~ B' });
    await row.click();
    const explanation = page.getByTestId('key-persons').locator('.explanation');
    expect(await explanation.textContent()).toContain('Bo ~ B bærer alene 2 samarbejder: Forening | Ét – Y-afdelingen og Y-afdelingen – Cykelklubben Øst 🚲.');
    // Bo, Anna, Åse and the three organisations, and the two ties that carry the collaborations
    await expect.poll(() => mapNumber('data-highlighted-nodes')).toBe(6);
    await page.screenshot({ path: join(artefacts, 'odd-ids-key-person.png') });
  });

  it('lists the collaborations a departure ends by their organisations, and marks only those on the map', async () => {
    await tab(/^Personer/).click();
    await page.getByTestId('persons-table').getByRole('row', { name: /Bo ~ B/ }).click();
    await page.getByTestId('actor-details').getByRole('button', { name: 'Hvad hvis Bo ~ B stopper?' }).click();
    const scenario = page.getByTestId('scenario');
    const lost = scenario.getByTestId('scenario-lost').getByRole('listitem');
    await expect.poll(() => lost.allTextContents(), { timeout: 30_000 }).toEqual(['Forening | Ét – Y-afdelingen', 'Y-afdelingen – Cykelklubben Øst 🚲']);
    expect(await scenario.getByRole('heading', { name: '2 samarbejder ophører' }).count()).toBe(1);
    // Forening | Ét, Y and the cycling club: three organisations, not "Org" and "1" as well
    await expect.poll(() => mapNumber('data-scenario-lost')).toBe(3);
    expect(await mapNumber('data-scenario-leaving')).toBe(1);
    await page.screenshot({ path: join(artefacts, 'odd-ids-scenario.png') });
  });
});
