import { describe, expect, it } from 'vitest';
import { buildGraph, type Graph } from '../../src/core/analysis/graph';
import { oldIndexMap, planPathUpdate, updatePathStats } from '../../src/core/analysis/incremental-paths';
import { mergePathStats, pathStats, type PathStats } from '../../src/core/analysis/paths';
import { seededRandom, type Random } from '../../src/core/analysis/random';

/** A network as the engine sees it: actors in a stable order (indices shift as actors come and go), ties by id. */
interface Net {
  ids: string[];
  ties: Array<[string, string]>;
  directed: boolean;
}

function graphOf(net: Net): Graph {
  const at = new Map(net.ids.map((id, i) => [id, i]));
  return buildGraph(
    net.ids.length,
    net.ties.map(([a]) => at.get(a) as number),
    net.ties.map(([, b]) => at.get(b) as number),
    net.directed,
  );
}

const tieKey = (net: Net, a: string, b: string) => (net.directed || a < b ? `${a}>${b}` : `${b}>${a}`);

/** Several components (blocks of actors tied only among themselves) and a few isolated actors. */
function randomNet(random: Random, n: number, ties: number, directed: boolean, blocks: number): Net {
  const ids = Array.from({ length: n }, (_, i) => `a${i}`);
  const seen = new Set<string>();
  const net: Net = { ids, ties: [], directed };
  const block = Math.floor(n / blocks);
  let attempts = 0;
  while (net.ties.length < ties && attempts++ < ties * 20) {
    const b = random.int(blocks);
    // the last few actors of each block stay isolated
    const s = b * block + random.int(block - 2);
    const t = b * block + random.int(block - 2);
    const key = tieKey(net, ids[s] as string, ids[t] as string);
    if (s === t || seen.has(key)) continue;
    seen.add(key);
    net.ties.push([ids[s] as string, ids[t] as string]);
  }
  return net;
}

let fresh = 0;
const pick = <T>(random: Random, xs: readonly T[]): T => xs[random.int(xs.length)] as T;

function addTie(random: Random, net: Net): Net {
  const keys = new Set(net.ties.map(([a, b]) => tieKey(net, a, b)));
  for (;;) {
    const a = pick(random, net.ids);
    const b = pick(random, net.ids);
    if (a !== b && !keys.has(tieKey(net, a, b))) return { ...net, ties: [...net.ties, [a, b]] };
  }
}

function removeTie(random: Random, net: Net): Net {
  const k = random.int(net.ties.length);
  return { ...net, ties: net.ties.filter((_, x) => x !== k) };
}

/** A new actor at a random place in the order (so later actors shift), with a few ties either way. */
function addActor(random: Random, net: Net): Net {
  const id = `new${fresh++}`;
  const at = random.int(net.ids.length + 1);
  const ids = [...net.ids.slice(0, at), id, ...net.ids.slice(at)];
  const others = new Set<string>();
  const k = random.int(4);
  while (others.size < k) others.add(pick(random, net.ids));
  const ties = [...net.ties, ...[...others].map((o): [string, string] => (random.float() < 0.5 ? [id, o] : [o, id]))];
  return { ...net, ids, ties };
}

function removeActor(random: Random, net: Net): Net {
  const id = pick(random, net.ids);
  return { ...net, ids: net.ids.filter((x) => x !== id), ties: net.ties.filter(([a, b]) => a !== id && b !== id) };
}

const edits = [addTie, removeTie, addActor, removeActor];

function severalEdits(random: Random, net: Net): Net {
  let out = net;
  for (let k = 2 + random.int(4); k > 0; k--) out = pick(random, edits)(random, out);
  return out;
}

/** Mismatches listed by node, so a failure says where. */
function differences(actual: PathStats, expected: PathStats): string[] {
  const wrong: string[] = [];
  for (let i = 0; i < expected.reach.length; i++) {
    const a = actual.betweenness[i] as number;
    const e = expected.betweenness[i] as number;
    if (!(Math.abs(a - e) <= 1e-9 * Math.abs(e) + 1e-9)) wrong.push(`betweenness[${i}]: ${a} ≠ ${e}`);
    if (actual.reach[i] !== expected.reach[i]) wrong.push(`reach[${i}]: ${actual.reach[i]} ≠ ${expected.reach[i]}`);
    if (actual.distanceSum[i] !== expected.distanceSum[i])
      wrong.push(`distanceSum[${i}]: ${actual.distanceSum[i]} ≠ ${expected.distanceSum[i]}`);
  }
  const a = actual.reciprocalDistanceSum;
  const e = expected.reciprocalDistanceSum;
  if (!(Math.abs(a - e) <= 1e-9 * Math.abs(e))) wrong.push(`reciprocalDistanceSum: ${a} ≠ ${e}`);
  if (actual.reach.length !== expected.reach.length) wrong.push('lengths differ');
  return wrong;
}

/**
 * Applies the edits one after another, updating the pass incrementally from the last update
 * (so errors would pile up), and compares each with a full pass of the new graph.
 */
function checkSequence(net: Net, steps: number, edit: (random: Random, net: Net) => Net, seed: number): number[] {
  const random = seededRandom(seed);
  let g = graphOf(net);
  let stats = pathStats(g);
  const shares: number[] = [];
  for (let step = 0; step < steps; step++) {
    const next = edit(random, net);
    const after = graphOf(next);
    const updated = updatePathStats(g, stats, after, oldIndexMap(net.ids, next.ids), { maxShare: 1 });
    expect(updated, `step ${step}`).not.toBeNull();
    if (!updated) return shares;
    expect(differences(updated.stats, pathStats(after)), `step ${step}`).toEqual([]);
    shares.push(updated.recomputed / after.n);
    net = next;
    g = after;
    stats = updated.stats;
  }
  return shares;
}

describe('updating the shortest-path pass after an edit', () => {
  for (const directed of [false, true]) {
    const kind = directed ? 'directed' : 'undirected';
    for (const [name, edit] of [
      ['a tie added', addTie],
      ['a tie removed', removeTie],
      ['an actor added with ties', addActor],
      ['an actor removed', removeActor],
      ['several edits at once', severalEdits],
    ] as const) {
      it(`equals a full pass after ${name}, in a ${kind} network of several components`, () => {
        const random = seededRandom(directed ? 11 : 7);
        const net = randomNet(random, 120, 170, directed, 4);
        checkSequence(net, 25, edit, name.length + (directed ? 100 : 0));
      });
    }
    it(`equals a full pass after a mixed run of edits on a sparse ${kind} network of many small components`, () => {
      const net = randomNet(seededRandom(3), 90, 70, directed, 9);
      checkSequence(net, 40, (r, x) => pick(r, [...edits, severalEdits])(r, x), 5);
    });
  }

  it('equals a full pass on 3,200 actors, where the pass relabels the graph for locality', () => {
    for (const directed of [false, true]) {
      // eight components keep the full passes it is checked against short
      const net = randomNet(seededRandom(17), 3_200, 5_000, directed, 8);
      const shares = checkSequence(net, 3, (r, x) => pick(r, [...edits, severalEdits])(r, x), 23);
      expect(shares).toHaveLength(3);
    }
  }, 120_000);

  for (const directed of [false, true]) {
    const kind = directed ? 'directed' : 'undirected';
    it(`takes an actor's first tie, and its last, from passes from that actor alone (${kind})`, () => {
      const random = seededRandom(directed ? 31 : 37);
      const net = randomNet(random, 150, 220, directed, 3);
      const ways: Array<(p: string, x: string) => Array<[string, string]>> = [
        (p, x) => [[p, x]],
        (p, x) => [[x, p]],
        (p, x) => [[p, x], [x, p]],
      ];
      for (let round = 0; round < 6; round++) {
        const x = pick(random, net.ids.filter((id) => net.ties.some(([a, b]) => a === id || b === id)));
        const newTies = (ways[round % 3] as (p: string, x: string) => Array<[string, string]>)('p', x);
        // a new actor with one tie, placed among the others so indices shift
        const at = random.int(net.ids.length);
        const withActor: Net = { ...net, ids: [...net.ids.slice(0, at), 'p', ...net.ids.slice(at)], ties: [...net.ties, ...newTies] };
        // an actor already there, isolated, gaining its first tie
        const isolated: Net = { ...net, ids: [...net.ids.slice(0, at), 'p', ...net.ids.slice(at)] };
        const g = graphOf(net);
        const stats = pathStats(g);
        for (const [from, to] of [
          [net, withActor],
          [isolated, withActor],
          [withActor, net],
          [withActor, isolated],
        ] as const) {
          const gFrom = graphOf(from);
          const gTo = graphOf(to);
          const updated = updatePathStats(gFrom, from === net ? stats : pathStats(gFrom), gTo, oldIndexMap(from.ids, to.ids));
          expect(updated?.recomputed, `round ${round}`).toBe(2);
          expect(differences((updated as { stats: PathStats }).stats, pathStats(gTo)), `round ${round}`).toEqual([]);
        }
      }
    });
  }

  it('searches again only the two ends of a tie between two leaves of a star', () => {
    // every other actor is at the same distance from both leaves: the new tie is on none of their shortest paths
    const ids = Array.from({ length: 50 }, (_, i) => `a${i}`);
    const star: Net = { ids, ties: ids.slice(1).map((id): [string, string] => ['a0', id]), directed: false };
    const withTie: Net = { ...star, ties: [...star.ties, ['a1', 'a2']] };
    const before = graphOf(star);
    const after = graphOf(withTie);
    const added = updatePathStats(before, pathStats(before), after, oldIndexMap(star.ids, withTie.ids));
    expect(added?.recomputed).toBe(2);
    expect(differences((added as { stats: PathStats }).stats, pathStats(after))).toEqual([]);
    // and back: removing it again touches the same two
    const removed = updatePathStats(after, pathStats(after), before, oldIndexMap(withTie.ids, star.ids));
    expect(removed?.recomputed).toBe(2);
    expect(differences((removed as { stats: PathStats }).stats, pathStats(before))).toEqual([]);
  });

  it('searches nothing again when the ties are as they were, even with actors reordered', () => {
    const net = randomNet(seededRandom(2), 60, 90, true, 3);
    const shuffled: Net = { ...net, ids: [...net.ids].reverse() };
    const before = graphOf(net);
    const after = graphOf(shuffled);
    const updated = updatePathStats(before, pathStats(before), after, oldIndexMap(net.ids, shuffled.ids));
    expect(updated?.recomputed).toBe(0);
    expect(differences((updated as { stats: PathStats }).stats, pathStats(after))).toEqual([]);
  });

  it('returns null when more than the given share of the actors would be searched again', () => {
    // closing a path of even length into a ring: every actor is one step nearer one end than the other
    const ids = Array.from({ length: 40 }, (_, i) => `a${i}`);
    const path: Net = { ids, ties: ids.slice(1).map((id, i): [string, string] => [ids[i] as string, id]), directed: false };
    const ring: Net = { ...path, ties: [...path.ties, ['a39', 'a0']] };
    const before = graphOf(path);
    const after = graphOf(ring);
    const map = oldIndexMap(path.ids, ring.ids);
    expect(updatePathStats(before, pathStats(before), after, map)).toBeNull();
    expect(updatePathStats(before, pathStats(before), after, map, { maxShare: 0.99 })).toBeNull();
    const all = updatePathStats(before, pathStats(before), after, map, { maxShare: 1 });
    expect(all?.recomputed).toBe(40);
    expect(differences((all as { stats: PathStats }).stats, pathStats(after))).toEqual([]);
  });

  for (const directed of [false, true]) {
    it(`takes a tie joining two components, and cutting them apart, from passes from its two ends (${directed ? 'directed' : 'undirected'})`, () => {
      const random = seededRandom(directed ? 41 : 43);
      // two blocks, each one component (a ring through it keeps it so), plus isolated actors
      const net = randomNet(random, 100, 160, directed, 2);
      for (let i = 0; i < 48; i++) {
        net.ties.push([`a${i}`, `a${i + 1}`], [`a${50 + i}`, `a${51 + i}`]);
      }
      net.ties.push(['a48', 'a0'], ['a98', 'a50']);
      for (let round = 0; round < 6; round++) {
        const x = `a${random.int(49)}`;
        const y = `a${50 + random.int(49)}`;
        const joins: Array<[string, string]> = round % 3 === 2 ? [[x, y], [y, x]] : round % 3 === 1 ? [[y, x]] : [[x, y]];
        const joined: Net = { ...net, ties: [...net.ties, ...joins] };
        for (const [from, to] of [
          [net, joined],
          [joined, net],
        ] as const) {
          const gFrom = graphOf(from);
          const gTo = graphOf(to);
          const updated = updatePathStats(gFrom, pathStats(gFrom), gTo, oldIndexMap(from.ids, to.ids));
          expect(updated?.recomputed, `round ${round}`).toBe(2);
          expect(differences((updated as { stats: PathStats }).stats, pathStats(gTo)), `round ${round}`).toEqual([]);
        }
      }
    });
  }

  it('finishes a plan from passes over slices of its sources added up, as threads would run them', () => {
    const random = seededRandom(53);
    let net = randomNet(random, 200, 320, false, 2);
    let g = graphOf(net);
    let stats = pathStats(g);
    let planned = 0;
    for (let step = 0; step < 12; step++) {
      const next = severalEdits(random, net);
      const after = graphOf(next);
      const plan = planPathUpdate(g, stats, after, oldIndexMap(net.ids, next.ids), { maxShare: 1 });
      expect(plan).not.toBeNull();
      if (!plan) return;
      let updated: PathStats;
      if ('stats' in plan) updated = plan.stats;
      else {
        planned++;
        const halves = (graph: Graph, sources: number[]) => {
          if (sources.length === 0) return null;
          const mid = sources.length >> 1;
          return mergePathStats([
            pathStats(graph, { sources: sources.slice(0, mid) }),
            pathStats(graph, { sources: sources.slice(mid) }),
          ]);
        };
        updated = plan.finish(halves(g, plan.before), halves(after, plan.after)).stats;
      }
      expect(differences(updated, pathStats(after)), `step ${step}`).toEqual([]);
      net = next;
      g = after;
      stats = updated;
    }
    expect(planned).toBeGreaterThan(0);
  });

  it('starts from an empty network, and leaves a full pass to the caller when the ties turn directed', () => {
    const empty: Net = { ids: [], ties: [], directed: false };
    const two: Net = { ids: ['a', 'b'], ties: [['a', 'b']], directed: false };
    const fromEmpty = updatePathStats(graphOf(empty), pathStats(graphOf(empty)), graphOf(two), oldIndexMap([], two.ids), { maxShare: 1 });
    expect(differences((fromEmpty as { stats: PathStats }).stats, pathStats(graphOf(two)))).toEqual([]);
    const directed: Net = { ...two, directed: true };
    expect(updatePathStats(graphOf(two), pathStats(graphOf(two)), graphOf(directed), oldIndexMap(two.ids, directed.ids))).toBeNull();
  });

  it('maps each actor to its index before the edit, and a new actor to −1', () => {
    expect(Array.from(oldIndexMap(['a', 'b', 'c'], ['c', 'x', 'a']))).toEqual([2, -1, 0]);
  });
});
