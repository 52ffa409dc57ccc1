/**
 * The incremental shortest-path pass (core/analysis/incremental-paths.ts) against a full pass,
 * on the synthetic projects of 2,000 actors / 10,000 ties and 20,000 / 100,000, built as the
 * engine builds them (prepareNetwork). Edits: a tie between two random actors, added then
 * removed again; a tie between two actors with a common neighbour (closing a triangle, the
 * usual new tie in a field); an existing tie removed; an actor added with one tie (first in
 * the order, so every index shifts), then removed; an actor added with three random ties.
 * Printed per edit: the share of sources searched again and the time, and, when the default
 * share (0.5) gives up, how long that took to see (then with maxShare 1, so it answers; on the
 * large project only with --whole).
 * Run: `npx tsx tests/bench/incremental.ts [--small-only|--large-only] [--whole] [rounds]`.
 * Nothing here asserts: timings are read by people, not by tests that flake on shared machines.
 */
import { performance } from 'node:perf_hooks';
import { analysisOptions, prepareNetwork } from '../../src/core/analysis/analyze';
import { type Graph } from '../../src/core/analysis/graph';
import { oldIndexMap, updatePathStats } from '../../src/core/analysis/incremental-paths';
import { pathStats, type PathStats } from '../../src/core/analysis/paths';
import { seededRandom, type Random } from '../../src/core/analysis/random';
import type { ActorId, TieId } from '../../src/core/ids';
import type { ProjectData } from '../../src/core/model/schema';
import { syntheticProject } from './generate';

const line = (label: string, value: string) => console.log(`  ${label.padEnd(46)} ${value}`);
const ms = (x: number) => `${x.toFixed(0).padStart(6)} ms`;
const pct = (x: number) => `${(100 * x).toFixed(1).padStart(5)} %`;

function timed<T>(run: () => T): { ms: number; value: T } {
  const t = performance.now();
  const value = run();
  return { ms: performance.now() - t, value };
}

interface Built {
  graph: Graph;
  ids: string[];
}

function build(data: ProjectData): Built {
  const net = prepareNetwork(data, analysisOptions(data.settings.analysis));
  return { graph: net.graph, ids: net.actors.map((a) => a.id) };
}

/**
 * One edit: the update timed, its share, and what the default maxShare would have answered.
 * With `whole` false, an update the default gives up on is not run with maxShare 1 (on the
 * large project that run costs minutes and says only "about a full pass"): null is returned.
 */
function update(label: string, from: Built, stats: PathStats | null, to: Built, full: number, whole: boolean): PathStats | null {
  if (!stats) {
    line(label, '(not measured: the step before gave up)');
    return null;
  }
  const map = oldIndexMap(from.ids, to.ids);
  const first = timed(() => updatePathStats(from.graph, stats, to.graph, map));
  let run = first;
  let verdict = '';
  if (first.value === null) {
    verdict = `; default: null after ${first.ms.toFixed(0)} ms`;
    if (!whole) {
      line(label, `> 50 % of sources${verdict}`);
      return null;
    }
    run = timed(() => updatePathStats(from.graph, stats, to.graph, map, { maxShare: 1 }));
  }
  const result = run.value;
  if (!result) throw new Error('no result with maxShare 1');
  const share = result.recomputed / to.graph.n;
  line(label, `${pct(share)} of sources (${String(result.recomputed).padStart(5)}), ${ms(run.ms)} = ${(run.ms / full).toFixed(3)} × full${verdict}`);
  return result.stats;
}

/** Two actors with a common neighbour and no tie of their own (in the undirected view). */
function triangleCloser(g: Graph, random: Random): [number, number] {
  const { start, adj } = g.both;
  for (;;) {
    const m = random.int(g.n);
    const deg = (start[m + 1] as number) - (start[m] as number);
    if (deg < 2) continue;
    const a = adj[(start[m] as number) + random.int(deg)] as number;
    const b = adj[(start[m] as number) + random.int(deg)] as number;
    if (a === b) continue;
    let tied = false;
    for (let k = start[a] as number; k < (start[a + 1] as number); k++) if (adj[k] === b) tied = true;
    if (!tied) return [a, b];
  }
}

function measure(actors: number, ties: number, rounds: number, whole: boolean): void {
  console.log(`\nIncremental shortest-path pass, ${actors.toLocaleString('en')} actors / ${ties.toLocaleString('en')} ties`);
  const data = syntheticProject(actors, ties);
  const base = build(data);
  if (actors <= 5_000) pathStats(base.graph); // warm-up
  const fullRun = timed(() => pathStats(base.graph));
  const full = fullRun.ms;
  const stats = fullRun.value;
  line('full pass', ms(full));
  const random = seededRandom(99);
  const tie = data.ties[0];
  const template = data.actors[actors - 1];
  if (!tie || !template) throw new Error('an empty project');
  const withTie = (e: string, a: string, b: string): ProjectData => ({
    ...data,
    ties: [...data.ties, { ...tie, id: `bench-${e}` as TieId, source: a as ActorId, target: b as ActorId }],
  });
  const addThenRemove = (label: string, edited: ProjectData) => {
    const after = build(edited);
    const updated = update(label, base, stats, after, full, whole);
    update('  and removed again', after, updated, base, full, whole);
  };
  for (let round = 0; round < rounds; round++) {
    const a = random.int(actors);
    let b = random.int(actors);
    while (a === b) b = random.int(actors);
    addThenRemove('tie between two random actors', withTie(`r${round}`, `a${a}`, `a${b}`));
    const [c, d] = triangleCloser(base.graph, random);
    addThenRemove('tie closing a triangle', withTie(`t${round}`, base.ids[c] as string, base.ids[d] as string));
    const k = random.int(data.ties.length);
    update('existing tie removed', base, stats, build({ ...data, ties: data.ties.filter((_, x) => x !== k) }), full, whole);
    for (const count of [1, 3]) {
      const actor = { ...template, id: `bench-${round}-${count}` as ActorId, label: 'Ny' };
      const newTies = Array.from({ length: count }, (_, y) => ({
        ...tie,
        id: `bench-${round}-${count}-${y}` as TieId,
        source: actor.id,
        target: `a${random.int(actors)}` as ActorId,
      }));
      addThenRemove(`actor added with ${count} tie${count > 1 ? 's' : ''}`, {
        ...data,
        actors: [actor, ...data.actors],
        ties: [...data.ties, ...newTies],
      });
    }
  }
}

const args = process.argv.slice(2);
const rounds = Number(args.find((x) => /^\d+$/.test(x)) ?? 2);
// on the large project, updates the default gives up on are run whole only with --whole
if (!args.includes('--large-only')) measure(2_000, 10_000, rounds, true);
if (!args.includes('--small-only')) measure(20_000, 100_000, rounds, args.includes('--whole'));
