import type { LayoutNode, Point } from './names';
import { shoreOfNode, type Shore } from './shores';

/** A shore's heading: which shore, and where its name goes (centred above the shore's actors, in model units). */
export interface ShoreHeading {
  shore: Shore;
  at: Point;
}

/** How far above the topmost actor of a shore its name sits. */
const ABOVE = 60;

/**
 * The headings of "to bredder": one per shore that has actors, centred over the shore's actors
 * and all on one line above the highest of them, so the three names read as columns' titles.
 * A person drawn with an organisation on another shore counts where it is drawn.
 */
export function shoreHeadings(nodes: readonly LayoutNode[], positions: ReadonlyMap<string, Point>, keepWithOrganisation = false): ShoreHeading[] {
  const extents = new Map<Shore, { x1: number; x2: number }>();
  let top = Infinity;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const n of nodes) {
    const p = positions.get(n.id);
    if (!p) continue;
    const shore = shoreOfNode(n, byId, keepWithOrganisation);
    const e = extents.get(shore) ?? { x1: Infinity, x2: -Infinity };
    e.x1 = Math.min(e.x1, p.x);
    e.x2 = Math.max(e.x2, p.x);
    extents.set(shore, e);
    top = Math.min(top, p.y);
  }
  const order: Shore[] = ['municipality', 'middle', 'civil'];
  return order.filter((s) => extents.has(s)).map((s) => {
    const e = extents.get(s) as { x1: number; x2: number };
    return { shore: s, at: { x: (e.x1 + e.x2) / 2, y: top - ABOVE } };
  });
}
