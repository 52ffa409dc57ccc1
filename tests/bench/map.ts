/**
 * `npm run bench`: how fast the map opens and redraws a large project in Chromium. Starts the
 * browser-mode server on a synthetic project, opens it, and prints the time until the map's
 * first layout is done and the frame times while the map is panned and zoomed. Prints
 * figures; asserts nothing.
 *
 * Needs the built renderer (the bench script builds first) and Debian's Chromium.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { appVersion, findAppRoot, SAMPLE_RESOURCE } from '../../src/main/engine/paths';
import { ProjectStore } from '../../src/main/engine/project-store';
import { serveBrowserMode } from '../../src/server/serve';
import { CHROMIUM_PATH, launchChromium } from '../e2e/chromium';
import { recordFigure } from './figures';
import { CPU_ROLE_LABELS, cpuSnapshot, cpuSpent, noCpu, type CpuRole } from './thread-cpu';
import { syntheticProject } from './generate';

const root = findAppRoot(fileURLToPath(import.meta.url));
// the engine's threads as the app runs them, built (the bench builds first), not transpiled from
// source at start, which a packaged app never does
process.env['BROBYGGER_BUILT_WORKERS'] ??= '1';
const PAN_MS = 2_000;
/** a size that has not opened by then is reported as such, so that the bench ends in minutes */
const OPEN_LIMIT_MS = 150_000;
/** how long the bench waits for the estimate and the exact values after the first findings */
const STAGE_LIMIT_MS = 240_000;

const line = (label: string, value: string) => console.log(`  ${label.padEnd(52)} ${value.padStart(24)}`);
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

// The page's code is given as text: the bench is type-checked without the DOM's types.
const START_FRAMES = `(() => {
  const frames = [];
  let last = performance.now();
  window.__benchFrames = frames;
  window.__benchStop = false;
  const tick = (t) => { frames.push(t - last); last = t; if (!window.__benchStop) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})()`;
const AFTER_NEXT_FRAME = `new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))`;
const STOP_FRAMES = `(() => { window.__benchStop = true; return window.__benchFrames.slice(1); })()`;

// BENCH_WEBGL=1 gives headless Chromium a software WebGL 2 context (SwiftShader), so the WebGL
// renderer is measured too; on a machine without a GPU that is slower than the 2D canvas.
const browser = process.env['BENCH_WEBGL']
  ? await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: ['--headless', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-first-run'],
    })
  : await launchChromium();

/** the browser-mode server on a synthetic project of this size, as `npm start` serves one */
async function serveSynthetic(actors: number, ties: number) {
  const dir = mkdtempSync(join(tmpdir(), 'brobygger-bench-map-'));
  const path = join(dir, 'bench.brobygger');
  ProjectStore.create(path, 'Bench', {}, syntheticProject(actors, ties)).close();
  const served = await serveBrowserMode({
    project: path,
    port: 0,
    dataDir: join(dir, 'data'),
    documentsDir: join(dir, 'documents'),
    samplePath: join(root, 'resources', SAMPLE_RESOURCE),
    rendererDir: join(root, 'out', 'renderer'),
    version: appVersion(root),
    print: () => {},
  });
  return {
    ...served,
    close: async () => {
      await served.server.close();
      served.service.shutdown();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

type Served = Awaited<ReturnType<typeof serveSynthetic>>;
type Page = Awaited<ReturnType<typeof browser.newPage>>;

/** a call to the engine through the API, as another window would make it */
async function apiCall(served: Served, method: string, input: object): Promise<{ ok: boolean; value?: { revision?: number } }> {
  const res = await fetch(`${served.server.url}api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${served.server.token}` },
    body: JSON.stringify({ input }),
  });
  if (!res.ok) throw new Error(`${method} was refused: ${String(res.status)}`);
  return (await res.json()) as { ok: boolean; value?: { revision?: number } };
}

/** until the findings on screen are of this revision (the first stage of its analysis) */
async function findingsOf(page: Page, revision: number): Promise<void> {
  // watched in the page, as the attribute changes: asking from here every few milliseconds
  // took processor time from the server's thread and from Chromium, the two the edit needs
  const reached = page.evaluate(`new Promise((done) => {
    const reached = () => Number(document.querySelector('.workspace')?.getAttribute('data-analysis-revision')) >= ${String(revision)};
    if (reached()) return done(true);
    const watch = new MutationObserver(() => { if (reached()) { watch.disconnect(); done(true); } });
    watch.observe(document.body, { attributes: true, subtree: true, attributeFilter: ['data-analysis-revision'] });
  })`);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`the findings of revision ${String(revision)} did not come`)), OPEN_LIMIT_MS);
  });
  try {
    await Promise.race([reached, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Ties added (and each undone, its analysis let finish before the next), timed until the
 * findings on screen reflect them; with the processor time every thread spent meanwhile.
 */
async function tiesUntilFindings(served: Served, page: Page, ends: Array<[string, string]>): Promise<{ times: number[]; cpu: Record<CpuRole, number> | null }> {
  const times: number[] = [];
  let cpu: Record<CpuRole, number> | null = noCpu();
  for (const [source, target] of ends) {
    const before = cpuSnapshot();
    const t = performance.now();
    const applied = await apiCall(served, 'apply', { command: { type: 'tie.add', tie: { source, target, type: 'collaboration' } } });
    const revision = applied.value?.revision ?? Infinity;
    await findingsOf(page, revision);
    times.push(performance.now() - t);
    const after = cpuSnapshot();
    if (cpu && before && after) for (const [role, ms] of Object.entries(cpuSpent(before, after)) as Array<[CpuRole, number]>) cpu[role] += ms;
    else cpu = null;
    // the undo (the next revision) analysed before the next edit, so that one edit's
    // analysis does not run into the next measurement
    await apiCall(served, 'undo', {});
    await findingsOf(page, revision + 1);
    await page.waitForTimeout(1_500);
  }
  return { times, cpu };
}

/** a step's processor time, by thread, beside what the machine's cores give in its time */
function printCpu(label: string, cpu: Record<CpuRole, number> | null, wallMs: number): void {
  if (!cpu) return;
  const total = Object.values(cpu).reduce((a, b) => a + b, 0);
  const cores = availableParallelism();
  line(`${label}: processor time`, `${total.toFixed(0)} of ${(wallMs * cores).toFixed(0)} ms (${String(cores)} cores)`);
  for (const role of Object.keys(CPU_ROLE_LABELS) as CpuRole[]) line(`  ${CPU_ROLE_LABELS[role]}`, `${cpu[role].toFixed(0)} ms`);
}

/**
 * What opening costs before a network's size does: the page, its code and the app's first
 * requests, then the map of a project of 50 actors. The targets for 2,000 actors are read
 * against it.
 */
async function openingFloor(): Promise<void> {
  const SMALLEST = 50;
  const times: Array<{ shell: number; map: number; findings: number; edit: number }> = [];
  for (let run = 0; run < 3; run++) {
    const served = await serveSynthetic(SMALLEST, SMALLEST * 5);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      let shell = NaN;
      const start = performance.now();
      page.on('request', (r) => {
        if (Number.isNaN(shell) && r.url().includes('/api/')) shell = (performance.now() - start) / 1000;
      });
      await page.goto(served.server.openUrl);
      await page.locator('[data-testid="map"][data-layout="done"]').waitFor({ timeout: OPEN_LIMIT_MS });
      const map = (performance.now() - start) / 1000;
      await page.locator('[data-testid="map"][data-measured="true"][data-layout="done"]').waitFor({ timeout: OPEN_LIMIT_MS });
      await page.evaluate(AFTER_NEXT_FRAME);
      const findings = (performance.now() - start) / 1000;
      await page.waitForTimeout(1_000);
      const { times: edits } = await tiesUntilFindings(served, page, [['a2', `a${String(SMALLEST - 9)}`]]);
      times.push({ shell, map, findings, edit: edits[0] ?? NaN });
    } finally {
      await page.close();
      await served.close();
    }
  }
  const median = (values: number[]) => quantile([...values].sort((x, y) => x - y), 0.5);
  console.log(`\nOpening, before size matters: ${String(SMALLEST)} actors (median of ${String(times.length)})`);
  line('open until the app first asks the engine (the page and its code)', `${median(times.map((t) => t.shell)).toFixed(2)} s`);
  const map = median(times.map((t) => t.map));
  line('open to first map', `${map.toFixed(2)} s`);
  recordFigure(`firstMap.${SMALLEST}`, map);
  const findings = median(times.map((t) => t.findings));
  line('open to the first findings on the map', `${findings.toFixed(2)} s`);
  recordFigure(`firstFindings.${SMALLEST}`, findings);
  const edit = median(times.map((t) => t.edit));
  line('a tie added until the findings reflect it', `${edit.toFixed(0)} ms`);
  recordFigure(`tieFindings.${SMALLEST}`, edit);
}

try {
  await openingFloor();
  // BENCH_MAP_ACTORS=2000 measures only the sizes up to that many actors; 100,000 actors only when asked for (BENCH_MAP_ACTORS=100000)
  const upTo = Number(process.env['BENCH_MAP_ACTORS'] ?? 20_000);
  for (const [actors, ties] of [
    [2_000, 10_000],
    [20_000, 100_000],
    [100_000, 500_000],
  ].filter(([a]) => (a as number) <= upTo) as Array<[number, number]>) {
    const served = await serveSynthetic(actors, ties);
    const { server } = served;
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      console.log(`\nMap, ${actors.toLocaleString('en')} actors / ${ties.toLocaleString('en')} ties`);
      const openCpu = cpuSnapshot();
      const start = performance.now();
      await page.goto(server.openUrl);
      const map = page.locator('[data-testid="map"][data-layout="done"]');
      const workspace = page.locator('.workspace');
      try {
        await map.waitFor({ timeout: OPEN_LIMIT_MS });
      } catch {
        line('open to first map (layout done)', `> ${OPEN_LIMIT_MS / 1000} s`);
        continue;
      }
      const firstMap = (performance.now() - start) / 1000;
      line('open to first map (layout done)', `${firstMap.toFixed(2)} s`);
      recordFigure(`firstMap.${actors}`, firstMap);
      line('renderer / layout', `${await map.getAttribute('data-renderer')} / ${await map.getAttribute('data-layout-name')}`);
      line('elements drawn', `${await map.getAttribute('data-nodes')} + ${await map.getAttribute('data-edges')}`);
      // The app analyses the project after opening it and then marks the analysis on the map.
      // Panning before that would time the marking, not the panning (and miss its cost).
      try {
        await page.locator('[data-testid="map"][data-measured="true"][data-layout="done"]').waitFor({ timeout: OPEN_LIMIT_MS });
      } catch {
        line('open to the first findings on the map', `> ${OPEN_LIMIT_MS / 1000} s`);
        continue;
      }
      await page.evaluate(AFTER_NEXT_FRAME);
      const firstFindings = (performance.now() - start) / 1000;
      line('open to the first findings on the map', `${firstFindings.toFixed(2)} s (stage: ${(await workspace.getAttribute('data-analysis-stage')) ?? '?'})`);
      recordFigure(`firstFindings.${actors}`, firstFindings);
      const foundCpu = cpuSnapshot();
      printCpu('opening, until the first findings', openCpu && foundCpu && cpuSpent(openCpu, foundCpu), firstFindings * 1000);
      // the later stages of a large network's analysis: betweenness estimated, then exact
      for (const [label, stages, key] of [
        ['open to approximate betweenness shown', ['estimate', 'exact'], `estimateShown.${actors}`],
        ['open to exact betweenness shown', ['exact'], `exactShown.${actors}`],
      ] as const) {
        const until = performance.now() + STAGE_LIMIT_MS;
        let reached = false;
        while (!reached && performance.now() < until) {
          reached = (stages as readonly string[]).includes((await workspace.getAttribute('data-analysis-stage')) ?? '');
          if (!reached) await new Promise((r) => setTimeout(r, 100));
        }
        const at = (performance.now() - start) / 1000;
        line(label, reached ? `${at.toFixed(2)} s` : `> ${at.toFixed(0)} s`);
        if (reached) recordFigure(key, at);
      }

      const box = await map.boundingBox();
      if (!box) throw new Error('the map is not on screen');
      // press in the map's bottom right corner, where the fitted picture leaves background to
      // pan by (a press on an actor would drag it instead: the bench once did, and timed that)
      const x0 = box.x + box.width - 12;
      const y0 = box.y + box.height - 12;
      await page.evaluate(START_FRAMES);
      const until = performance.now() + PAN_MS;
      for (let i = 0; performance.now() < until; i++) {
        if (i % 2 === 0) {
          await page.mouse.move(x0, y0);
          await page.mouse.down();
          await page.mouse.move(x0 - 200, y0 - (i % 4 === 0 ? 80 : 160), { steps: 8 });
          await page.mouse.up();
        } else {
          await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
          await page.mouse.wheel(0, i % 4 === 1 ? -240 : 240);
        }
      }
      const frames = (await page.evaluate<number[]>(STOP_FRAMES)).sort((a, b) => a - b);
      if ((await map.getAttribute('data-layout-name')) === 'manual') console.log('  (a drag moved an actor: the frames below include that)');
      line('frames while panning and zooming', String(frames.length));
      line('frame time p50', `${quantile(frames, 0.5).toFixed(1)} ms`);
      line('frame time p95', `${quantile(frames, 0.95).toFixed(1)} ms`);
      recordFigure(`panP95.${actors}`, quantile(frames, 0.95));

      // an edit made elsewhere (here through the API, as another window would): until the
      // findings on screen are of its revision, then until the map has drawn it
      const call = (method: string, input: object) => apiCall(served, method, input);
      const reflected = await tiesUntilFindings(
        served,
        page,
        [0, 1, 2].map((i) => [`a${String(300 + i)}`, `a${String(1300 + i)}`]),
      );
      const untilEdges = async (edges: number) => {
        await page.locator(`[data-testid="map"][data-edges="${String(edges)}"]`).waitFor({ timeout: OPEN_LIMIT_MS });
        await page.evaluate(AFTER_NEXT_FRAME);
      };
      const added: number[] = [];
      const undone: number[] = [];
      for (let i = 0; i < 5; i++) {
        const before = Number(await map.getAttribute('data-edges'));
        let t = performance.now();
        await call('apply', { command: { type: 'tie.add', tie: { source: `a${String(200 + i)}`, target: `a${String(900 + i)}`, type: 'collaboration' } } });
        await untilEdges(before + 1);
        added.push(performance.now() - t);
        await page.waitForTimeout(1_500);
        t = performance.now();
        await call('undo', {});
        await untilEdges(before);
        undone.push(performance.now() - t);
        await page.waitForTimeout(1_500);
      }
      const spread = (times: number[]) => {
        const sorted = [...times].sort((x, y) => x - y);
        return `${quantile(sorted, 0.5).toFixed(0)} ms, worst ${(sorted.at(-1) ?? NaN).toFixed(0)} ms`;
      };
      line('a tie added until the map shows it (median of 5)', spread(added));
      line('that tie undone until the map shows it (median of 5)', spread(undone));
      line('a tie added until the findings reflect it (median of 3)', spread(reflected.times));
      recordFigure(`tieFindings.${actors}`, quantile([...reflected.times].sort((x, y) => x - y), 0.5));
      const editMs = reflected.times.reduce((a, b) => a + b, 0) / reflected.times.length;
      printCpu('per tie added, until its findings', reflected.cpu && (Object.fromEntries(Object.entries(reflected.cpu).map(([r, ms]) => [r, ms / reflected.times.length])) as Record<CpuRole, number>), editMs);
    } finally {
      await page.close();
      await served.close();
    }
  }
} finally {
  await browser.close();
}
