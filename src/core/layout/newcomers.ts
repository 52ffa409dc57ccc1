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
  const crowd = new Map<string, number>();
  for (const n of newcomers) {
    const org = n.organisation !== null ? placed.get(n.organisation) : undefined;
    const around = org ? [org] : (adjacent.get(n.id) ?? []).map((id) => placed.get(id)).filter((p): p is Point => p !== undefined);
    const base = around.length
      ? { x: around.reduce((s, p) => s + p.x, 0) / around.length, y: around.reduce((s, p) => s + p.y, 0) / around.length }
      : fallback;
    const key = `${Math.round(base.x)},${Math.round(base.y)}`;
    const k = crowd.get(key) ?? 0;
    crowd.set(key, k + 1);
    // a golden-angle spiral: each newcomer at the same spot a little further out
    const angle = k * 2.39996;
    const radius = 60 + 18 * k;
    out.set(n.id, { x: base.x + radius * Math.cos(angle), y: base.y + radius * Math.sin(angle) });
  }
  return out;
}

