import { describe, expect, it } from 'vitest';
import { clearTies, computeLayout, layoutGraphOf, type LayoutEdge, type Point } from '../../src/core/layout';
import { forcePositions } from '../../src/core/layout/force';
import { seededRandom } from '../../src/core/analysis/random';
import { sampleData } from '../../scripts/build-sample';
import { syntheticProject } from '../bench/generate';

/**
 * The plain walk the grid search must agree with: every cell of each tie's box, in column and
 * then row order, with the grid of where the round began.
 */
function clearTiesByBoxes(positions: Map<string, Point>, edges: readonly LayoutEdge[], movable: (id: string) => boolean, clearance: number, rounds: number): void {
  const CELL = 120;
  const cellOf = (v: number) => Math.floor(v / CELL);
  const ids = [...positions.keys()].filter(movable);
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    const grid = new Map<string, string[]>();
    for (const id of ids) {
      const p = positions.get(id) as Point;
      const key = `${String(cellOf(p.x))},${String(cellOf(p.y))}`;
      (grid.get(key) ?? grid.set(key, []).get(key))?.push(id);
    }
    for (const e of edges) {
      const a = positions.get(e.source) as Point;
      const b = positions.get(e.target) as Point;
      const length = Math.hypot(b.x - a.x, b.y - a.y);
      for (let cx = cellOf(Math.min(a.x, b.x) - clearance); cx <= cellOf(Math.max(a.x, b.x) + clearance); cx++)
        for (let cy = cellOf(Math.min(a.y, b.y) - clearance); cy <= cellOf(Math.max(a.y, b.y) + clearance); cy++)
          for (const id of grid.get(`${String(cx)},${String(cy)}`) ?? []) {
            if (id === e.source || id === e.target || length <= 2 * clearance) continue;
            const p = positions.get(id) as Point;
            const ux = (b.x - a.x) / length;
            const uy = (b.y - a.y) / length;
            const along = (p.x - a.x) * ux + (p.y - a.y) * uy;
            if (along < clearance || along > length - clearance) continue;
            const across = (p.x - a.x) * -uy + (p.y - a.y) * ux;
            if (Math.abs(across) >= clearance) continue;
            const side = across >= 0 ? 1 : -1;
            const push = clearance * (1.25 + 0.15 * Math.min(round, 5)) - Math.abs(across);
            positions.set(id, { x: p.x - uy * side * push, y: p.y + ux * side * push });
            moved = true;
          }
    }
    if (!moved) return;
  }
}

/** Actors crowded on a small field (so that ties run through many), ties at random. */
function crowded(seed: number, actors: number, ties: number, spread: number) {
  const random = seededRandom(seed);
  const positions = new Map<string, Point>();
  for (let i = 0; i < actors; i++) positions.set(`a${String(i)}`, { x: (random.float() - 0.5) * spread, y: (random.float() - 0.5) * spread });
  const edges: LayoutEdge[] = [];
  for (let i = 0; i < ties; i++) {
    const s = Math.floor(random.float() * actors);
    const t = (s + 1 + Math.floor(random.float() * (actors - 1))) % actors;
    edges.push({ source: `a${String(s)}`, target: `a${String(t)}` });
  }
  // a few upright and level ties, which the walk along a line treats apart
  edges.push({ source: 'a0', target: 'a1' });
  positions.set('a1', { x: (positions.get('a0') as Point).x, y: 500 });
  positions.set('a2', { x: -400, y: (positions.get('a3') as Point).y });
  edges.push({ source: 'a2', target: 'a3' });
  return { positions, edges };
}

const same = (a: Map<string, Point>, b: Map<string, Point>) => expect([...a]).toEqual([...b]);

describe('moving actors off the ties drawn through them', () => {
  it('moves every actor exactly as a walk over each tie’s whole box does, on crowded random fields', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { positions, edges } = crowded(seed, 30 + seed * 5, 60 + seed * 20, 300 + seed * 60);
      const reference = new Map(positions);
      clearTiesByBoxes(reference, edges, () => true, 20, 12);
      const fast = new Map(positions);
      clearTies(fast, edges, () => true, 20, 12);
      same(fast, reference);
    }
  });

  it('moves only the actors allowed to move, as the walk over the boxes does', () => {
    const { positions, edges } = crowded(7, 200, 800, 1500);
    const movable = (id: string) => Number(id.slice(1)) % 3 !== 0;
    const reference = new Map(positions);
    clearTiesByBoxes(reference, edges, movable, 20, 12);
    const fast = new Map(positions);
    clearTies(fast, edges, movable, 20, 12);
    same(fast, reference);
    for (const [id, p] of positions) if (!movable(id)) expect(fast.get(id)).toEqual(p);
  });

  it('agrees with the walk over the boxes on the force layout of the sample and of a generated project', () => {
    for (const data of [sampleData(), syntheticProject(300, 1200)]) {
      const graph = layoutGraphOf(data);
      const edges = [...graph.edges, ...graph.memberships];
      const raw = forcePositions(graph.nodes.map((n) => ({ id: n.id, hw: 34, hh: 24 })), edges);
      const reference = new Map(raw);
      clearTiesByBoxes(reference, edges, () => true, 20, 30);
      const fast = new Map(raw);
      clearTies(fast, edges, () => true, 20, 30);
      same(fast, reference);
      // and the layout still draws ties clear of the actors they do not join
      expect(Object.keys(computeLayout(data, 'force'))).toHaveLength(graph.nodes.length);
    }
  });
});
