import type { Point } from '../layout/names';

export type ArrowDirection = 'left' | 'right' | 'up' | 'down';

const UNIT: Record<ArrowDirection, Point> = { left: { x: -1, y: 0 }, right: { x: 1, y: 0 }, up: { x: 0, y: -1 }, down: { x: 0, y: 1 } };

/** Sideways distance counts this much more than distance along the arrow: the neighbour most nearly in line wins. */
const ACROSS_WEIGHT = 2;

/**
 * The neighbour an arrow key goes to from an actor on the map: among those drawn on the arrow's
 * side (ahead of the actor along its direction), the one nearest in the arrow's line, scored
 * as distance along plus twice the distance across (the rule of spatial navigation in
 * browsers and TV interfaces). Null when no neighbour lies that way. Ties broken by id, so the
 * same map always gives the same step.
 */
export function stepToward(from: Point, direction: ArrowDirection, candidates: ReadonlyArray<{ id: string; at: Point }>): string | null {
  const d = UNIT[direction];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const c of candidates) {
    const dx = c.at.x - from.x;
    const dy = c.at.y - from.y;
    const along = dx * d.x + dy * d.y;
    if (along <= 0) continue;
    const across = Math.abs(dx * d.y - dy * d.x);
    const score = along + ACROSS_WEIGHT * across;
    if (score < bestScore || (score === bestScore && best !== null && c.id < best)) {
      best = c.id;
      bestScore = score;
    }
  }
  return best;
}

/** The actor nearest a point (the middle of the view, where the arrows start when nothing is chosen). */
export function nearestTo(point: Point, candidates: ReadonlyArray<{ id: string; at: Point }>): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const distance = (c.at.x - point.x) ** 2 + (c.at.y - point.y) ** 2;
    if (distance < bestDistance || (distance === bestDistance && best !== null && c.id < best)) {
      best = c.id;
      bestDistance = distance;
    }
  }
  return best;
}
