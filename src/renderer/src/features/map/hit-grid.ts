/**
 * A uniform grid of cells over the map, each cell listing the items that may cover it: boxes
 * (actors) filed in every cell they overlap, polylines (ties) only in the cells along them. A
 * query returns every item that lies within `reach` of a point, and a few more that a precise
 * test then rules out; never fewer.
 */
export type GridItem = { box: readonly [number, number, number, number] } | { line: readonly number[] };

/** Cells along the longer side of the extent. */
const CELLS = 160;
/** A cell is never smaller than this, in model units. */
const MIN_CELL = 20;

export class HitGrid {
  private readonly x0: number;
  private readonly y0: number;
  private readonly cell: number;
  private readonly columns: number;
  private readonly rows: number;
  private readonly cells: Array<number[] | undefined>;

  constructor(items: readonly GridItem[]) {
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    const extend = (x: number, y: number) => {
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    };
    for (const item of items) {
      if ('box' in item) {
        extend(item.box[0], item.box[1]);
        extend(item.box[2], item.box[3]);
      } else for (let k = 0; k + 1 < item.line.length; k += 2) extend(item.line[k] as number, item.line[k + 1] as number);
    }
    if (!(x0 <= x1)) [x0, y0, x1, y1] = [0, 0, 0, 0];
    this.x0 = x0;
    this.y0 = y0;
    this.cell = Math.max(MIN_CELL, Math.max(x1 - x0, y1 - y0) / CELLS);
    this.columns = Math.floor((x1 - x0) / this.cell) + 1;
    this.rows = Math.floor((y1 - y0) / this.cell) + 1;
    this.cells = new Array<number[] | undefined>(this.columns * this.rows);
    const last = new Int32Array(this.columns * this.rows).fill(-1);
    const file = (i: number, c: number, r: number) => {
      const k = r * this.columns + c;
      if (last[k] === i) return;
      last[k] = i;
      const list = this.cells[k];
      if (list) list.push(i);
      else this.cells[k] = [i];
    };
    items.forEach((item, i) => {
      if ('box' in item) {
        const [a, b, c, d] = item.box;
        for (let r = this.row(b); r <= this.row(d); r++) for (let col = this.col(a); col <= this.col(c); col++) file(i, col, r);
        return;
      }
      const line = item.line;
      if (line.length === 2) file(i, this.col(line[0] as number), this.row(line[1] as number));
      // samples half a cell apart: a sample lies within half a cell of every point of the line
      for (let k = 0; k + 3 < line.length; k += 2) {
        const ax = line[k] as number;
        const ay = line[k + 1] as number;
        const bx = line[k + 2] as number;
        const by = line[k + 3] as number;
        const steps = Math.max(1, Math.ceil((2 * Math.hypot(bx - ax, by - ay)) / this.cell));
        for (let s = 0; s <= steps; s++) file(i, this.col(ax + ((bx - ax) * s) / steps), this.row(ay + ((by - ay) * s) / steps));
      }
    });
  }

  /** Items that may lie within `reach` of (x, y), topmost (highest index) first. */
  near(x: number, y: number, reach: number): number[] {
    // half a cell more: a line's nearest point may fall between two of its samples
    const r = reach + this.cell / 2;
    const found = new Set<number>();
    const c2 = this.col(x + r);
    const r2 = this.row(y + r);
    for (let row = this.row(y - r); row <= r2; row++)
      for (let col = this.col(x - r); col <= c2; col++) for (const i of this.cells[row * this.columns + col] ?? []) found.add(i);
    return [...found].sort((a, b) => b - a);
  }

  private col(x: number): number {
    return Math.min(this.columns - 1, Math.max(0, Math.floor((x - this.x0) / this.cell)));
  }

  private row(y: number): number {
    return Math.min(this.rows - 1, Math.max(0, Math.floor((y - this.y0) / this.cell)));
  }
}

export function distanceToSegment(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length > 0 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length)) : 0;
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

export function distanceToLine(x: number, y: number, line: readonly number[]): number {
  if (line.length === 2) return Math.hypot(x - (line[0] as number), y - (line[1] as number));
  let best = Infinity;
  for (let i = 0; i + 3 < line.length; i += 2)
    best = Math.min(best, distanceToSegment(x, y, line[i] as number, line[i + 1] as number, line[i + 2] as number, line[i + 3] as number));
  return best;
}

/** Quadratic Bézier pieces (start, control, end, control, end …) as a polyline close to the curve. */
export function curveAsLine(pts: readonly number[]): number[] {
  const out = [pts[0] as number, pts[1] as number];
  for (let i = 0; i + 5 < pts.length; i += 4) {
    const [ax, ay, cx, cy, bx, by] = pts.slice(i, i + 6) as [number, number, number, number, number, number];
    for (let k = 1; k <= 8; k++) {
      const t = k / 8;
      const u = 1 - t;
      out.push(u * u * ax + 2 * u * t * cx + t * t * bx, u * u * ay + 2 * u * t * cy + t * t * by);
    }
  }
  return out;
}
