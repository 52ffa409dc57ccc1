/**
 * `npm run bench`: how the project store keeps up with a large project. Prints figures; asserts
 * nothing (targets are read by people, not by flaky timers in tests).
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { MIGRATIONS } from '../../src/main/engine/migrations';
import { checkReferences, checkSchema, integrityCheckFor } from '../../src/main/engine/project-checks';
import { ProjectStore } from '../../src/main/engine/project-store';
import { syntheticProject } from './generate';


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
  time('create the project file with that content', () => ProjectStore.create(path, 'Bench', {}, data).close());
  console.log(`  ${'file size'.padEnd(52)} ${(statSync(path).size / 1e6).toFixed(1).padStart(8)} MB`);
  const size = statSync(path).size;
  // what opening checks, one by one: integrityCheckFor(size) decides between the first two
  const db = new Database(path, { readonly: true });
  time('PRAGMA integrity_check', () => db.pragma('integrity_check'), 3);
  time('PRAGMA quick_check', () => db.pragma('quick_check'), 3);
  time('foreign_key_check', () => checkReferences(db, 'bench.brobygger'), 3);
  time('schema against the migrations', () => checkSchema(db, 'bench.brobygger', MIGRATIONS.length, MIGRATIONS), 3);
  db.close();
  console.log(`  ${'check chosen on opening'.padEnd(52)} ${integrityCheckFor(size).padStart(16)}`);
  time('open read-only (lock, checks, first read): info', () => ProjectStore.open(path, { readonly: true }).close(), 3);
  const store = time('open for editing (lock, checks, migrations, first read)', () => ProjectStore.open(path, {}));
  time('read the project again (kept in memory)', () => store.read(), 5);
  time('apply one edit (rename an actor)', (i) => store.apply({ type: 'actor.update', id: 'a1', patch: { label: `Omdøbt ${i}` } }), 20);
  time('undo one edit', () => {
    if (!store.undo()) throw new Error('nothing was undone');
  }, 20);
  time('delete a well-connected actor (cascade)', () => store.apply({ type: 'actor.remove', id: 'a0' }));
  time('undo that deletion', () => store.undo());
  // every actor placed by hand, as after a drag on a fresh map
  const positions = Object.fromEntries(data.actors.map((a, i) => [a.id, { x: (i % 200) * 40, y: Math.floor(i / 200) * 40 }]));
  time('save a hand-made arrangement of every actor', () => store.apply({ type: 'layout.set', positions }));
  time('drag one actor (layout.move)', (i) => store.apply({ type: 'layout.move', positions: { a1: { x: i, y: i } } }), 20);
  const ids = data.actors.map((a) => a.id);
  time('200 tie additions with a strength, each its own edit', (i) => {
    for (let k = 0; k < 200; k++)
      store.apply({ type: 'tie.add', tie: { source: ids[(i * 200 + k) % ids.length] ?? 'a1', target: ids[(i * 200 + k + 7) % ids.length] ?? 'a2', strength: 3 } });
  });
  const person = store.read().ties.find((t) => store.read().actors.find((a) => a.id === t.source)?.kind === 'person')?.source ?? '';
  time('delete a person completely (history rewritten, VACUUM)', () => store.erasePerson(person));
  time('clear the undo history (VACUUM)', () => store.compactHistory(null));
  time('close', () => store.close());
  rmSync(dir, { recursive: true, force: true });
}
