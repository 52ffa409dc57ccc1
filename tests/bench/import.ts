/**
 * `npm run bench`: field data in and out at 2,000 and 20,000 actors. A workbook and a CSV set are
 * written from a synthetic project, then imported as a user would: into a new project by the CLI
 * in its own process (wall time and peak memory, as the shell sees them), and again by id into
 * that project with changes, step by step in this process. Prints figures; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CODECS } from '../../src/core/format/registry';
import { planImport } from '../../src/core/import/plan';
import type { ProjectData } from '../../src/core/model/schema';
import { readInput } from '../../src/main/engine/exchange';
import { findAppRoot } from '../../src/main/engine/paths';
import { ProjectStore } from '../../src/main/engine/project-store';
import { syntheticProject } from './generate';

async function time<T>(label: string, run: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  console.log(`  ${label.padEnd(60)} ${((performance.now() - start) / 1000).toFixed(2).padStart(7)} s`);
  return result;
}

/** The CLI as its own process under /usr/bin/time: wall seconds and peak resident memory. */
function cliProcess(label: string, args: readonly string[]): void {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, join(findAppRoot(), 'bin', 'brobygger.mjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, BROBYGGER_DATA_DIR: mkdtempSync(join(tmpdir(), 'brobygger-data-')) },
    maxBuffer: 64 * 1024 * 1024,
  });
  const [seconds = '?', kb = '0'] = (run.stderr.trim().split('\n').pop() ?? '').split(' ');
  if (run.status !== 0) console.log(`  ${label}: exit ${run.status}\n${run.stderr.slice(0, 2000)}`);
  console.log(`  ${label.padEnd(60)} ${Number(seconds).toFixed(2).padStart(7)} s  ${(Number(kb) / 1024).toFixed(0).padStart(6)} MB peak`);
}

/** The same project with a hundredth of the actors renamed and of the ties strengthened: an edit in Excel. */
function edited(data: ProjectData): ProjectData {
  return {
    ...data,
    actors: data.actors.map((a, i) => (i % 100 === 7 ? { ...a, label: `${a.label} (ændret)` } : a)),
    ties: data.ties.map((t, i) => (i % 100 === 3 ? { ...t, strength: t.strength === 5 ? 4 : (t.strength ?? 0) + 1 } : t)),
  };
}

async function writeFiles(data: ProjectData, format: 'xlsx' | 'csv', to: string): Promise<void> {
  const write = CODECS[format].write;
  if (!write) throw new Error(`no ${format} writer`);
  const files = await write(data, { lang: 'en', baseName: 'bench' });
  if (format === 'csv') {
    mkdirSync(to, { recursive: true });
    for (const f of files) writeFileSync(join(to, f.name), f.bytes);
  } else writeFileSync(to, files[0]?.bytes ?? new Uint8Array());
}

for (const [actors, ties] of [
  [2_000, 10_000],
  [20_000, 100_000],
] as const) {
  const dir = mkdtempSync(join(tmpdir(), 'brobygger-bench-import-'));
  console.log(`\nField data in, ${actors.toLocaleString('en')} actors / ${ties.toLocaleString('en')} ties`);
  const data = syntheticProject(actors, ties);
  const workbook = join(dir, 'bench.xlsx');
  const csv = join(dir, 'csv');
  await time('write the workbook (exceljs)', () => writeFiles(data, 'xlsx', workbook));
  console.log(`  ${'workbook size'.padEnd(60)} ${(statSync(workbook).size / 1e6).toFixed(1).padStart(7)} MB`);
  await time('write the CSV set', () => writeFiles(data, 'csv', csv));

  cliProcess('brobygger import bench.xlsx --into new project (whole process)', ['import', workbook, '--into', join(dir, 'x.brobygger')]);
  cliProcess('brobygger import csv/ --into new project (whole process)', ['import', csv, '--into', join(dir, 'c.brobygger')]);

  const read = await time('read and check the workbook (in process)', () => readInput(workbook));
  const project = join(dir, 'p.brobygger');
  await time('create the project with it', () => ProjectStore.create(project, 'Bench', {}, read.data).close());

  const changed = join(dir, 'changed.xlsx');
  await writeFiles(edited(data), 'xlsx', changed);
  cliProcess('brobygger import changed.xlsx --update-by-id --dry-run --json', ['import', changed, '--into', project, '--update-by-id', '--dry-run', '--json']);
  const again = await time('re-import by id: read and check the edited workbook', () => readInput(changed));
  const store = ProjectStore.open(project, {});
  const plan = await time('re-import by id: plan (compare with the project)', () =>
    planImport(store.read(), again.data, { updateById: true, removeMissing: false, tables: again.tables }),
  );
  console.log(`  ${'records changed'.padEnd(60)} ${String(plan.changed.length).padStart(7)}`);
  await time('re-import by id: apply as one undoable step', () => store.applyImport(plan.commands, plan.targets, 'changed.xlsx'));
  await time('undo it', () => store.undo());
  store.close();
  rmSync(dir, { recursive: true, force: true });
}
