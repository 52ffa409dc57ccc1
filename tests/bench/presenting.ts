/**
 * `npm run bench`: how long the presenting work takes under Node, without a browser: core's seeded
 * layouts (what the app computes when a project opens without positions, and on "Lay out again"),
 * an image of the map as SVG, PNG and PDF, the slide deck and the steering-group report. The
 * sample, then synthetic projects. Prints figures; asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import { computeLayout } from '../../src/core/layout';
import { createTranslator } from '../../src/core/i18n/catalogue';
import type { ProjectData } from '../../src/core/model/schema';
import { makeDeck } from '../../src/main/engine/deck-file';
import { SAMPLE_RESOURCE, findAppRoot } from '../../src/main/engine/paths';
import { ProjectStore } from '../../src/main/engine/project-store';
import { renderView } from '../../src/main/engine/render-view';
import { makeReport } from '../../src/main/engine/report-file';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticProject } from './generate';

const line = (label: string, value: string) => console.log(`  ${label.padEnd(52)} ${value.padStart(24)}`);
const t = createTranslator('da');
const DATE = '2026-12-06';

async function timed<T>(run: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}
const ms = (n: number) => `${n.toFixed(0)} ms`;
const kb = (bytes: Uint8Array) => `${(bytes.length / 1024).toFixed(0)} KiB`;

async function measure(name: string, data: ProjectData, full: boolean): Promise<void> {
  console.log(`${name}: ${data.actors.length} actors, ${data.ties.length} ties`);
  const unplaced: ProjectData = { ...data, positions: {} };
  for (const layout of ['force', 'shores', 'concentric'] as const) {
    const { ms: took } = await timed(() => computeLayout(unplaced, layout));
    line(`layout ${layout}`, ms(took));
  }
  for (const format of ['svg', 'png', 'pdf'] as const) {
    const { ms: took, value } = await timed(() => renderView(data, { format, t, date: DATE, width: 1240, scale: 2 }));
    line(`image of the map, ${format.toUpperCase()}${format === 'png' ? ' 2x (300 dpi)' : ''}`, `${ms(took)}, ${kb(value)}`);
  }
  if (!full) return;
  for (const file of ['deck.pptx', 'deck.pdf']) {
    const { ms: took, value } = await timed(() => makeDeck(data, { file, t, date: DATE }));
    line(`slides, ${file} (${value.slides} slides)`, `${ms(took)}, ${kb(value.bytes)}`);
  }
  for (const format of ['pdf', 'docx'] as const) {
    const { ms: took, value } = await timed(() => makeReport(data, { format, t, date: DATE }));
    line(`report, ${format.toUpperCase()}${value.pages ? ` (${value.pages} pages)` : ''}`, `${ms(took)}, ${kb(value.bytes)}`);
  }
}

const root = findAppRoot(fileURLToPath(import.meta.url));
const store = ProjectStore.open(join(root, 'resources', SAMPLE_RESOURCE), { readonly: true });
const sample = store.read();
store.close();
await measure('The sample', sample, true);
for (const [actors, ties] of [
  [500, 2_000],
  [1_000, 4_000],
] as const) {
  await measure('Synthetic', syntheticProject(actors, ties), false);
}
