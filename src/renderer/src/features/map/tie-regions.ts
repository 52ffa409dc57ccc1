/**
 * Where a changed tie lies on the tie layer, as whole-pixel rectangles. Redrawing a map of
 * 12,000 ties for one tie removed or marked cost 0.2–0.3 s of rasterising here; instead the layer
 * clears just the pixels the tie covered and covers now, and draws again only the ties through
 * them. Whole pixels, because a clip with soft (antialiased) borders would leave faint seams
 * where other ties cross its border.
 */

/** A tie as drawn, in screen pixels: its ends and how far its paint reaches from the line. */
export interface ScreenSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  reach: number;
}

export interface PixelRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Spacing of the squares that follow a tie along its length. */
const STEP = 16;

/**
 * Squares along the segment, each wide enough to cover the paint between it and the next, cut to
 * the canvas (`width` × `height`); none for a segment wholly outside it.
 */
export function segmentRects(s: ScreenSegment, width: number, height: number): PixelRect[] {
  const length = Math.hypot(s.x2 - s.x1, s.y2 - s.y1);
  const steps = Math.max(1, Math.ceil(length / STEP));
  const half = s.reach + STEP / 2 + 1;
  const out: PixelRect[] = [];
  for (let i = 0; i <= steps; i++) {
    const cx = s.x1 + ((s.x2 - s.x1) * i) / steps;
    const cy = s.y1 + ((s.y2 - s.y1) * i) / steps;
    const x = Math.max(0, Math.floor(cx - half));
    const y = Math.max(0, Math.floor(cy - half));
    const x2 = Math.min(width, Math.ceil(cx + half));
    const y2 = Math.min(height, Math.ceil(cy + half));
    if (x2 > x && y2 > y) out.push({ x, y, w: x2 - x, h: y2 - y });
  }
  return out;
}

/** Whether a segment's paint can reach into a rectangle (tested against the segment's box; a few extra ties redrawn cost little). */
export function mayTouch(s: ScreenSegment, r: PixelRect): boolean {
  return (
    Math.max(s.x1, s.x2) + s.reach >= r.x &&
    Math.min(s.x1, s.x2) - s.reach <= r.x + r.w &&
    Math.max(s.y1, s.y2) + s.reach >= r.y &&
    Math.min(s.y1, s.y2) - s.reach <= r.y + r.h
  );
}

/**
 * Whether a segment passes through a rectangle: its box overlaps and the line comes within
 * `reach` of the rectangle (the distance from the rectangle's centre to the line, less its half
 * diagonal). Most ties whose box overlaps a region miss it; this keeps them out of the redraw.
 */
export function passesThrough(s: ScreenSegment, r: PixelRect): boolean {
  if (!mayTouch(s, r)) return false;
  const cx = r.x + r.w / 2;
  const cy = r.y + r.h / 2;
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((cx - s.x1) * dx + (cy - s.y1) * dy) / length2));
  const distance = Math.hypot(cx - (s.x1 + t * dx), cy - (s.y1 + t * dy));
  return distance <= s.reach + Math.hypot(r.w, r.h) / 2;
}
