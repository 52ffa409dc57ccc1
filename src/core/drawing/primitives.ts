import type { ActorLook, ActorShape, LineLook, MidMark } from './map-styles';

/**
 * The few things a drawing of the map is made of: straight lines, filled or outlined paths, and
 * text. The SVG writer writes them and the app's legend draws its swatches with them, so a legend
 * swatch in the app and in an exported image is the same geometry from the same style entry.
 */
export type Primitive =
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number; dash: readonly number[] | null; opacity: number }
  | { kind: 'path'; d: readonly PathStep[]; fill: string | null; fillOpacity: number; stroke: string | null; width: number; dash: readonly number[] | null; opacity: number }
  | { kind: 'text'; x: number; y: number; text: string; size: number; bold: boolean; anchor: 'start' | 'middle' | 'end'; fill: string; opacity: number };

/** A path as numbers: move, line, arc (as SVG's A with both flags), close. */
export type PathStep = { op: 'M' | 'L'; x: number; y: number } | { op: 'A'; r: number; x: number; y: number; large: boolean; sweep: boolean } | { op: 'Z' };

const M = (x: number, y: number): PathStep => ({ op: 'M', x, y });
const L = (x: number, y: number): PathStep => ({ op: 'L', x, y });
const A = (r: number, x: number, y: number, large = false, sweep = true): PathStep => ({ op: 'A', r, x, y, large, sweep });
const Z: PathStep = { op: 'Z' };

/** An actor's outline as a path, centred on (cx, cy), `size` across. */
export function shapePath(shape: ActorShape, cx: number, cy: number, size: number): PathStep[] {
  const r = size / 2;
  if (shape === 'ellipse') return [M(cx - r, cy), A(r, cx + r, cy, true), A(r, cx - r, cy, true), Z];
  if (shape === 'round-rectangle') {
    const k = Math.min(r * 0.5, 8);
    return [
      M(cx - r + k, cy - r),
      L(cx + r - k, cy - r),
      A(k, cx + r, cy - r + k),
      L(cx + r, cy + r - k),
      A(k, cx + r - k, cy + r),
      L(cx - r + k, cy + r),
      A(k, cx - r, cy + r - k),
      L(cx - r, cy - r + k),
      A(k, cx - r + k, cy - r),
      Z,
    ];
  }
  // a hexagon with flat top and bottom, as cytoscape draws it
  const pts: Array<[number, number]> = [
    [-1, 0],
    [-0.5, -1],
    [0.5, -1],
    [1, 0],
    [0.5, 1],
    [-0.5, 1],
  ];
  return [...pts.map(([x, y], i) => (i === 0 ? M(cx + x * r, cy + y * r) : L(cx + x * r, cy + y * r))), Z];
}

/** An actor drawn: its fill, its outline (twice for a double ring), a stroke through it when it leaves. */
export function actorPrimitives(shape: ActorShape, cx: number, cy: number, size: number, color: string, look: ActorLook, opacity = 1): Primitive[] {
  const d = shapePath(shape, cx, cy, size);
  const o = opacity * look.opacity;
  const out: Primitive[] = [
    { kind: 'path', d, fill: look.fill ?? color, fillOpacity: look.fillOpacity, stroke: look.border, width: look.borderWidth, dash: look.borderDash, opacity: o },
  ];
  // a double ring: the wide border with a white line through its middle
  if (look.double) out.push({ kind: 'path', d, fill: null, fillOpacity: 0, stroke: '#FFFFFF', width: look.borderWidth / 3, dash: null, opacity: o });
  if (look.struck) {
    const s = size * 0.4;
    out.push({ kind: 'line', x1: cx - s, y1: cy + s, x2: cx + s, y2: cy - s, stroke: '#333333', width: Math.max(1.5, size * 0.09), dash: null, opacity: o });
  }
  return out;
}

function midMark(mark: MidMark, x: number, y: number, ux: number, uy: number, width: number, color: string, opacity: number): Primitive {
  const s = 3 + 1.2 * width;
  // along the line (u) and across it (v)
  const vx = -uy;
  const vy = ux;
  const at = (a: number, b: number) => L(x + ux * a + vx * b, y + uy * a + vy * b);
  const corners = mark === 'square' ? [at(-s, -s), at(s, -s), at(s, s), at(-s, s)] : [at(-1.6 * s, 0), at(0, -s), at(1.6 * s, 0), at(0, s)];
  const [first, ...rest] = corners;
  const start = first && first.op === 'L' ? M(first.x, first.y) : M(x, y);
  return { kind: 'path', d: [start, ...rest, Z], fill: color, fillOpacity: 1, stroke: '#FFFFFF', width: 0.8, dash: null, opacity };
}

/**
 * A line drawn from (x1, y1) to (x2, y2) in a look: its halo, the line, an arrow at the end and
 * the type's mark at the middle. `color` and `width` are the tie's own where the look leaves them.
 */
export function linePrimitives(look: LineLook, color: string, width: number, x1: number, y1: number, x2: number, y2: number, opacity = 1): Primitive[] {
  const c = look.color ?? color;
  const w = look.width ?? width;
  const o = opacity * look.opacity;
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  const ux = (x2 - x1) / len;
  const uy = (y2 - y1) / len;
  const arrowLen = look.arrow ? Math.min(len / 2, 6 + 2 * w) : 0;
  const ex = x2 - ux * arrowLen;
  const ey = y2 - uy * arrowLen;
  const out: Primitive[] = [];
  if (look.halo) out.push({ kind: 'line', x1, y1, x2: ex, y2: ey, stroke: look.halo.color, width: w + 2 * look.halo.padding, dash: null, opacity: opacity * look.halo.opacity });
  out.push({ kind: 'line', x1, y1, x2: ex, y2: ey, stroke: c, width: w, dash: look.dash, opacity: o });
  if (look.arrow) {
    const half = arrowLen * 0.55;
    out.push({
      kind: 'path',
      d: [M(x2, y2), L(ex - uy * half, ey + ux * half), L(ex + uy * half, ey - ux * half), Z],
      fill: c,
      fillOpacity: 1,
      stroke: null,
      width: 0,
      dash: null,
      opacity: o,
    });
  }
  if (look.mid) out.push(midMark(look.mid, (x1 + ex) / 2, (y1 + ey) / 2, ux, uy, w, c, o));
  return out;
}

/** The width a legend swatch draws a line in when the look leaves the width to the tie. */
export const SWATCH_LINE_WIDTH = 2;
