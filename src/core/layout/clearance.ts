import type { LayoutEdge, Point } from './names';

/** How close to a tie's line an actor that is not one of its ends may come, in model units (an actor's radius and a little air). */
export const TIE_CLEARANCE = 20;

interface Near {
  /** how far the point is from the segment */
  distance: number;
  /** the unit normal pointing from the segment to the point */
  nx: number;
  ny: number;
}

/** A point's distance from the inside of a segment (not near its ends, where the actors are), or null. */
function nearSegment(p: Point, a: Point, b: Point, ends: number): Near | null {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy);
  if (length <= 2 * ends) return null;
  const along = ((p.x - a.x) * dx + (p.y - a.y) * dy) / length;
  if (along < ends || along > length - ends) return null;
  const ux = dx / length;
  const uy = dy / length;
  // signed distance across the line; the normal is (-uy, ux)
  const across = (p.x - a.x) * -uy + (p.y - a.y) * ux;
  const side = across >= 0 ? 1 : -1;
  return { distance: Math.abs(across), nx: -uy * side, ny: ux * side };
}

/**
 * How many (tie, actor) pairs have a tie drawn through an actor that is not one of its ends: the
 * actor's centre closer to the tie's line than `clearance`. The measure the tie clearance lowers.
 */
export function tieCrossings(positions: ReadonlyMap<string, Point>, edges: readonly LayoutEdge[], clearance = TIE_CLEARANCE): number {
  const actors = [...positions];
  let count = 0;
  for (const e of edges) {
    const a = positions.get(e.source);
    const b = positions.get(e.target);
    if (!a || !b) continue;
    for (const [id, p] of actors) {
      if (id === e.source || id === e.target) continue;
      const near = nearSegment(p, a, b, clearance);
      if (near && near.distance < clearance) count++;
    }
  }
  return count;
}

/**
 * Moves actors off ties that would be drawn through them: an actor that sits on a tie between two
 * others is pushed sideways, away from the line, until it is `clearance` clear of it. Walks the
 * ties and actors in the given order for a few rounds; `movable` says which actors may move (in
 * the compound view a person stays in their organisation's box). Moves positions in place.
 */
export function clearTies(
  positions: Map<string, Point>,
  edges: readonly LayoutEdge[],
  movable: (id: string) => boolean = () => true,
  clearance = TIE_CLEARANCE,
  rounds = 12,
): void {
  const ids = [...positions.keys()].filter(movable);
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    // a grid of the movable actors, so each tie looks only at those near its line
    const grid = new Map<string, string[]>();
    const cellOf = (v: number) => Math.floor(v / CELL);
    for (const id of ids) {
      const p = positions.get(id) as Point;
      const key = `${String(cellOf(p.x))},${String(cellOf(p.y))}`;
      (grid.get(key) ?? grid.set(key, []).get(key))?.push(id);
    }
    for (const e of edges) {
      const a = positions.get(e.source);
      const b = positions.get(e.target);
      if (!a || !b) continue;
      const x1 = cellOf(Math.min(a.x, b.x) - clearance);
      const x2 = cellOf(Math.max(a.x, b.x) + clearance);
      const y1 = cellOf(Math.min(a.y, b.y) - clearance);
      const y2 = cellOf(Math.max(a.y, b.y) + clearance);
      for (let cx = x1; cx <= x2; cx++)
        for (let cy = y1; cy <= y2; cy++) {
          for (const id of grid.get(`${String(cx)},${String(cy)}`) ?? []) {
            if (id === e.source || id === e.target) continue;
            const p = positions.get(id) as Point;
            const near = nearSegment(p, a, b, clearance);
            if (!near || near.distance >= clearance) continue;
            // a little past the clearance (further each round, so an actor caught between two ties gets out), so the next tie does not meet it on the edge
            const push = clearance * (1.25 + 0.15 * Math.min(round, 5)) - near.distance;
            positions.set(id, { x: p.x + near.nx * push, y: p.y + near.ny * push });
            moved = true;
          }
        }
    }
    if (!moved) return;
  }
}

/** The grid's cell, in model units: a few actors wide. */
const CELL = 120;
