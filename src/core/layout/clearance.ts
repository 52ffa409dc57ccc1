import type { LayoutEdge, Point } from './names';

/** How close to a tie's line an actor that is not one of its ends may come, in model units (an actor's radius and a little air). */
export const TIE_CLEARANCE = 20;

/**
 * How far a point lies across the line of a segment from a by (dx, dy), signed (positive on the
 * side of the normal (−dy, dx)); NaN where it lies by the segment's ends (within `ends` of them,
 * where the actors are) or beyond them, or the segment is too short to pass anyone.
 */
function acrossSegment(px: number, py: number, ax: number, ay: number, dx: number, dy: number, length: number, ends: number): number {
  if (length <= 2 * ends) return NaN;
  const along = ((px - ax) * dx + (py - ay) * dy) / length;
  if (along < ends || along > length - ends) return NaN;
  return (px - ax) * -(dy / length) + (py - ay) * (dx / length);
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
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const length = Math.hypot(dx, dy);
    for (const [id, p] of actors) {
      if (id === e.source || id === e.target) continue;
      if (Math.abs(acrossSegment(p.x, p.y, a.x, a.y, dx, dy, length, clearance)) < clearance) count++;
    }
  }
  return count;
}

/**
 * Moves actors off ties that would be drawn through them: an actor that sits on a tie between two
 * others is pushed sideways, away from the line, until it is `clearance` clear of it. Walks the
 * ties and actors in the given order for a few rounds; `movable` says which actors may move (in
 * the compound view a person stays in their organisation's box). Moves positions in place.
 *
 * Works on numbered actors and flat coordinates, not on the map of points: the rounds run over
 * every tie many times, and the lookups by name were most of the force layout's time.
 */
export function clearTies(
  positions: Map<string, Point>,
  edges: readonly LayoutEdge[],
  movable: (id: string) => boolean = () => true,
  clearance = TIE_CLEARANCE,
  rounds = 12,
): void {
  const names = [...positions.keys()];
  const index = new Map(names.map((id, i) => [id, i]));
  const xs = Float64Array.from(names, (id) => (positions.get(id) as Point).x);
  const ys = Float64Array.from(names, (id) => (positions.get(id) as Point).y);
  const ends = edges.flatMap((e) => {
    const a = index.get(e.source);
    const b = index.get(e.target);
    return a === undefined || b === undefined ? [] : [[a, b] as const];
  });
  const free = names.flatMap((id, i) => (movable(id) ? [i] : []));
  // where each actor was when the round began, and in which round it was last pushed (-1: never)
  const startX = new Float64Array(names.length);
  const startY = new Float64Array(names.length);
  const pushedIn = new Int32Array(names.length).fill(-1);
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    const further = clearance * (1.25 + 0.15 * Math.min(round, 5));
    // a grid of the movable actors where the round began, by column and then row, so each tie
    // looks only at the cells along its line
    const grid = new Map<number, Map<number, number[]>>();
    for (const i of free) {
      const cx = cellOf(xs[i] as number);
      const cy = cellOf(ys[i] as number);
      const column = grid.get(cx) ?? grid.set(cx, new Map()).get(cx);
      (column?.get(cy) ?? column?.set(cy, []).get(cy))?.push(i);
    }
    // An actor is found in the cell it was in when the round began, so the band searched along a
    // line is widened by the furthest any actor has been pushed since: no actor the line comes
    // near is missed, and they are met in the same order as by a walk over the line's whole box.
    let drift = 0;
    for (const [s, t] of ends) {
      const ax = xs[s] as number;
      const ay = ys[s] as number;
      const bx = xs[t] as number;
      const by = ys[t] as number;
      const dx = bx - ax;
      const dy = by - ay;
      const length = Math.hypot(dx, dy);
      // a tie shorter than its two ends' room passes through no one
      if (length <= 2 * clearance) continue;
      const ux = dx / length;
      const uy = dy / length;
      // (and by a hair, for rounding)
      const band = clearance + drift + 1e-6;
      const left = Math.min(ax, bx);
      const right = Math.max(ax, bx);
      const y1 = cellOf(Math.min(ay, by) - clearance);
      const y2 = cellOf(Math.max(ay, by) + clearance);
      const x2 = cellOf(right + clearance);
      for (let cx = cellOf(left - clearance); cx <= x2; cx++) {
        const column = grid.get(cx);
        if (!column) continue;
        // where the line runs while it is within `band` of this column
        const from = Math.max(left, cx * CELL - band);
        const to = Math.min(right, (cx + 1) * CELL + band);
        if (from > to) continue;
        const ya = ax === bx ? ay : ay + (dy * (from - ax)) / dx;
        const yb = ax === bx ? by : ay + (dy * (to - ax)) / dx;
        const top = Math.max(y1, cellOf(Math.min(ya, yb) - band));
        const bottom = Math.min(y2, cellOf(Math.max(ya, yb) + band));
        for (let cy = top; cy <= bottom; cy++) {
          const cell = column.get(cy);
          if (!cell) continue;
          for (const i of cell) {
            if (i === s || i === t) continue;
            const px = xs[i] as number;
            const py = ys[i] as number;
            const across = acrossSegment(px, py, ax, ay, dx, dy, length, clearance);
            const distance = Math.abs(across);
            // (NaN, by the ends, is not below it either)
            if (!(distance < clearance)) continue;
            const side = across >= 0 ? 1 : -1;
            // a little past the clearance (further each round, so an actor caught between two ties gets out), so the next tie does not meet it on the edge
            const push = further - distance;
            if (pushedIn[i] !== round) {
              pushedIn[i] = round;
              startX[i] = px;
              startY[i] = py;
            }
            const nx = px + -uy * side * push;
            const ny = py + ux * side * push;
            xs[i] = nx;
            ys[i] = ny;
            drift = Math.max(drift, Math.hypot(nx - (startX[i] as number), ny - (startY[i] as number)));
            moved = true;
          }
        }
      }
    }
    if (!moved) break;
  }
  names.forEach((id, i) => {
    if ((pushedIn[i] as number) >= 0) positions.set(id, { x: xs[i] as number, y: ys[i] as number });
  });
}

/** The grid's cell, in model units: a few actors wide. */
const CELL = 120;
const cellOf = (v: number) => Math.floor(v / CELL);
