/**
 * `npm run bench`: how the project store keeps up with a large project. Prints figures; asserts
 * nothing (targets are read by people, not by flaky timers in tests).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { decodeProjectJson } from '../../src/core/format/project-json';
import { createTranslator } from '../../src/core/i18n/catalogue';
import { ProjectStore } from '../../src/main/engine/project-store';

const tr = createTranslator('en');

/** A deterministic pseudo-random network: persons in organisations, ties mostly within sectors. */
function syntheticProject(actors: number, ties: number) {
  // mulberry32: a small seeded generator, so every run measures the same network
  let seed = 42;
  const rand = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const sectors = ['municipality', 'civil_society', 'citizens', 'business', 'other_public'];
  const orgs = Math.max(5, Math.floor(actors / 20));
  const list = Array.from({ length: actors }, (_, i) => ({
    id: `a${i}`,
    kind: i < orgs ? 'organisation' : 'person',
    label: `Aktør ${i} Ærø`,
    sector: sectors[i % sectors.length],
  }));
  const seen = new Set<string>();
  const tieList: Array<Record<string, unknown>> = [];
  while (tieList.length < ties) {
    const s = Math.floor(rand() * actors);
    const t = Math.floor(rand() * actors);
    const key = s < t ? `${s}-${t}` : `${t}-${s}`;
    if (s === t || seen.has(key)) continue;
    seen.add(key);
    tieList.push({ id: `t${tieList.length}`, source: `a${s}`, target: `a${t}`, strength: 1 + Math.floor(rand() * 5), formality: rand() < 0.3 ? 'formal' : 'informal' });
  }
  const memberships = list.slice(orgs).map((a, i) => ({ id: `m${i}`, person: a.id, organisation: `a${i % orgs}`, role: 'member' }));
  return decodeProjectJson(
    JSON.stringify({ format: 'brobygger-project', version: 1, meta: { name: 'Bench' }, actors: list, ties: tieList, memberships }),
    'bench.json',
    tr,
  );
}

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
  time('close', () => store.close());
  rmSync(dir, { recursive: true, force: true });
}
