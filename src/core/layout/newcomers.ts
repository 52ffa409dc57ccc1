import type { LayoutEdge, LayoutNode, Point } from './names';

/**
 * Where to put actors that appear while the user's own arrangement is kept: beside the
 * middle of their placed neighbours (their organisation first), or at `fallback` when none is
 * placed. Spreads several newcomers around the same spot so they do not cover each other.
 */
export function placeNewcomers(
  newcomers: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  placed: ReadonlyMap<string, Point>,
  fallback: Point,
): Map<string, Point> {
  const out = new Map<string, Point>();
  const adjacent = new Map<string, string[]>();
  for (const e of edges) {
    (adjacent.get(e.source) ?? adjacent.set(e.source, []).get(e.source))?.push(e.target);
    (adjacent.get(e.target) ?? adjacent.set(e.target, []).get(e.target))?.push(e.source);
  }
  // where actors stand already, in a grid, so a newcomer is not put on top of one
  const taken = new Map<string, Point[]>();
  const cell = (v: number) => Math.floor(v / ROOM);
  const take = (p: Point) => {
    const key = `${String(cell(p.x))},${String(cell(p.y))}`;
    (taken.get(key) ?? taken.set(key, []).get(key))?.push(p);
  };
  const free = (p: Point) => {
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const q of taken.get(`${String(cell(p.x) + dx)},${String(cell(p.y) + dy)}`) ?? []) if (Math.hypot(p.x - q.x, p.y - q.y) < ROOM) return false;
    return true;
  };
  for (const p of placed.values()) take(p);
  const crowd = new Map<string, number>();
  for (const n of newcomers) {
    const org = n.organisation !== null ? placed.get(n.organisation) : undefined;
    const around = org ? [org] : (adjacent.get(n.id) ?? []).map((id) => placed.get(id)).filter((p): p is Point => p !== undefined);
    const base = around.length
      ? { x: around.reduce((s, p) => s + p.x, 0) / around.length, y: around.reduce((s, p) => s + p.y, 0) / around.length }
      : fallback;
    const key = `${Math.round(base.x)},${Math.round(base.y)}`;
    // a golden-angle spiral: each newcomer at the same spot a little further out, past any actor standing there
    let k = crowd.get(key) ?? 0;
    let spot = spiral(base, k);
    while (!free(spot) && k < 500) spot = spiral(base, ++k);
    crowd.set(key, k + 1);
    take(spot);
    out.set(n.id, spot);
  }
  return out;
}

/** How far apart two actors placed here stand at least, in model units. */
const ROOM = 56;

function spiral(base: Point, k: number): Point {
  const angle = k * 2.39996;
  const radius = 60 + 18 * k;
  return { x: base.x + radius * Math.cos(angle), y: base.y + radius * Math.sin(angle) };
}
