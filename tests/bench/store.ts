/**
 * `npm run bench`: how the project store keeps up with a large project. Prints figures; asserts
 * nothing (targets are read by people, not by flaky timers in tests).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createTranslator } from '../../src/core/i18n/catalogue';
import { ProjectStore } from '../../src/main/engine/project-store';
import { syntheticProject } from './generate';

const tr = createTranslator('en');

function time<T>(label: string, run: (i: number) => T, repeat = 1): T {
  let result!: T;
  const start = performance.now();
  for (let i = 0; i < repeat; i++) result = run(i);
  const ms = (performance.now() - start) / repeat;
  console.log(`  ${label.padEnd(52)} ${ms.toFixed(1).padStart(8)} ms`);
  return result;
}

for (const [actors, ties] of [
  [2_000, 10_000],
  [20_000, 100_000],
] as const) {
  const dir = mkdtempSync(join(tmpdir(), 'brobygger-bench-'));
  const path = join(dir, 'bench.brobygger');
  console.log(`\nProject store, ${actors.toLocaleString('en')} actors / ${ties.toLocaleString('en')} ties`);
  const data = time('decode and validate the JSON format', () => syntheticProject(actors, ties));
  time('create the project file with that content', () => ProjectStore.create(path, 'Bench', { tr }, data).close());
  console.log(`  ${'file size'.padEnd(52)} ${(statSync(path).size / 1e6).toFixed(1).padStart(8)} MB`);
  const store = time('open (lock, integrity check, migrations)', () => ProjectStore.open(path, { tr }));
  time('read the whole project (the UI snapshot)', () => store.read(), 5);
  time('apply one edit (rename an actor)', (i) => store.apply({ type: 'actor.update', id: 'a1', patch: { label: `Omdøbt ${i}` } }), 20);
  time('undo one edit', () => {
    if (!store.undo()) throw new Error('nothing was undone');
  }, 20);
  time('delete a well-connected actor (cascade)', () => store.apply({ type: 'actor.remove', id: 'a0' }));
  time('undo that deletion', () => store.undo());
  const person = store.read().ties.find((t) => store.read().actors.find((a) => a.id === t.source)?.kind === 'person')?.source ?? '';
  time('delete a person completely (history rewritten, VACUUM)', () => store.erasePerson(person));
  time('clear the undo history (VACUUM)', () => store.compactHistory(null));
  time('close', () => store.close());
  rmSync(dir, { recursive: true, force: true });
}
