/**
 * The incremental shortest-path pass (core/analysis/incremental-paths.ts) against a full pass,
 * on the synthetic projects of 2,000 actors / 10,000 ties and 20,000 / 100,000, built as the
 * engine builds them (prepareNetwork): a tie added between two random actors, then removed
 * again; a random existing tie removed; an actor added with three ties, then removed. Printed:
 * the share of sources searched again, and the time, beside one full pass.
 * Run: `npx tsx tests/bench/incremental.ts [--large-only|--small-only] [edits]`.
 * Nothing here asserts: timings are read by people, not by tests that flake on shared machines.
 */
import { performance } from 'node:perf_hooks';
import { analysisOptions, prepareNetwork } from '../../src/core/analysis/analyze';
import type { Graph } from '../../src/core/analysis/graph';
import { oldIndexMap, updatePathStats } from '../../src/core/analysis/incremental-paths';
import { pathStats, type PathStats } from '../../src/core/analysis/paths';
import { seededRandom } from '../../src/core/analysis/random';
import type { ActorId, TieId } from '../../src/core/ids';
import type { ProjectData } from '../../src/core/model/schema';
import { syntheticProject } from './generate';

const line = (label: string, value: string) => console.log(`  ${label.padEnd(58)} ${value}`);
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

/** One edit, timed: the update (maxShare 1, so it always answers) and whether the default share would have. */
function update(label: string, from: Built, stats: PathStats, to: Built, full: number): PathStats {
  const map = oldIndexMap(from.ids, to.ids);
  const run = timed(() => updatePathStats(from.graph, stats, to.graph, map, { maxShare: 1 }));
  const result = run.value;
  if (!result) throw new Error('no result with maxShare 1');
  const share = result.recomputed / to.graph.n;
  line(label, `${pct(share)} of sources, ${ms(run.ms)} (${(run.ms / full).toFixed(2)} × full)${share > 0.5 ? ', null by default' : ''}`);
  return result.stats;
}

function measure(actors: number, ties: number, edits: number): void {
  console.log(`\nIncremental shortest-path pass, ${actors.toLocaleString('en')} actors / ${ties.toLocaleString('en')} ties`);
  const data = syntheticProject(actors, ties);
  const base = build(data);
  const fullRun = timed(() => pathStats(base.graph));
  const full = fullRun.ms;
  line('full pass', ms(full));
  const random = seededRandom(99);
  const tie = data.ties[0];
  if (!tie) throw new Error('no ties');
  const shares: number[] = [];
  for (let e = 0; e < edits; e++) {
    // a tie between two random actors, then removed again
    let a = random.int(actors);
    let b = random.int(actors);
    while (a === b) b = random.int(actors);
    const added: ProjectData = { ...data, ties: [...data.ties, { ...tie, id: `bench-${e}` as TieId, source: `a${a}` as ActorId, target: `a${b}` as ActorId }] };
    const withTie = build(added);
    const afterAdd = update(`tie a${a}–a${b} added`, base, fullRun.value, withTie, full);
    update(`  and removed again`, withTie, afterAdd, base, full);
    // an existing tie removed
    const k = random.int(data.ties.length);
    const gone = data.ties[k] as (typeof data.ties)[number];
    update(`existing tie ${gone.source}–${gone.target} removed`, base, fullRun.value, build({ ...data, ties: data.ties.filter((_, x) => x !== k) }), full);
    // an actor added (placed at the start, so every index shifts) with three ties, and removed
    const actor = { ...(data.actors[actors - 1] as (typeof data.actors)[number]), id: `bench-actor-${e}` as ActorId, label: 'Ny' };
    a = random.int(actors);
    b = random.int(actors);
    const c = random.int(actors);
    const newTies = [a, b, c].map((x, y) => ({ ...tie, id: `bench-actor-${e}-${y}` as TieId, source: actor.id, target: `a${x}` as ActorId }));
    const withActor = build({ ...data, actors: [actor, ...data.actors], ties: [...data.ties, ...newTies] });
    const afterActor = update('actor added (first in order) with 3 ties', base, fullRun.value, withActor, full);
    update('  and removed again', withActor, afterActor, base, full);
    shares.push(0);
  }
}

const args = process.argv.slice(2);
const edits = Number(args.find((x) => /^\d+$/.test(x)) ?? 3);
if (!args.includes('--large-only')) measure(2_000, 10_000, edits);
if (!args.includes('--small-only')) measure(20_000, 100_000, edits);
