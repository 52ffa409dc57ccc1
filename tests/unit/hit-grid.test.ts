import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curveAsLine, distanceToLine, distanceToSegment, HitGrid, type GridItem } from '../../src/renderer/src/features/map/hit-grid';

const coordinate = fc.double({ min: -5_000, max: 5_000, noNaN: true });
const box = fc
  .tuple(coordinate, coordinate, fc.double({ min: 0, max: 80, noNaN: true }), fc.double({ min: 0, max: 80, noNaN: true }))
  .map(([x, y, w, h]): GridItem => ({ box: [x, y, x + w, y + h] }));
const line = fc.array(coordinate, { minLength: 2, maxLength: 8 }).map((xs): GridItem => ({ line: xs.length % 2 ? xs.slice(1) : xs }));

/** Whether an item lies within `reach` of the point: what a query must never miss. */
function within(item: GridItem, x: number, y: number, reach: number): boolean {
  if ('box' in item) {
    const [x1, y1, x2, y2] = item.box;
    return x >= x1 - reach && x <= x2 + reach && y >= y1 - reach && y <= y2 + reach;
  }
  return distanceToLine(x, y, item.line) <= reach;
}

describe('the map hit grid', () => {
  it('returns every actor box and tie line within reach of the point, whatever the layout', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(box, line), { minLength: 1, maxLength: 120 }), coordinate, coordinate, fc.double({ min: 0, max: 200, noNaN: true }), (items, x, y, reach) => {
        const grid = new HitGrid(items);
        const found = new Set(grid.near(x, y, reach));
        const missed = items.flatMap((item, i) => (within(item, x, y, reach) && !found.has(i) ? [i] : []));
        expect(missed).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('answers from the few items near the point, topmost first', () => {
    const items: GridItem[] = Array.from({ length: 10_000 }, (_, i) => ({ box: [(i % 100) * 50, Math.floor(i / 100) * 50, (i % 100) * 50 + 20, Math.floor(i / 100) * 50 + 20] }));
    const near = new HitGrid(items).near(1_010, 1_010, 4);
    expect(near).toContain(20 * 100 + 20);
    expect(near.length).toBeLessThan(40);
    expect([...near].sort((a, b) => b - a)).toEqual(near);
  });

  it('measures distances to a segment, a polyline and a curve', () => {
    expect(distanceToSegment(5, 3, 0, 0, 10, 0)).toBeCloseTo(3, 12);
    expect(distanceToSegment(-4, 3, 0, 0, 10, 0)).toBeCloseTo(5, 12);
    expect(distanceToLine(10, 5, [0, 0, 10, 0, 10, 10])).toBeCloseTo(0, 12);
    // a quadratic curve from (0,0) to (100,0) bent through (50,100) peaks at y = 50
    const curve = curveAsLine([0, 0, 50, 100, 100, 0]);
    expect(distanceToLine(50, 50, curve)).toBeLessThan(0.5);
    expect(distanceToLine(50, 60, curve)).toBeCloseTo(10, 0);
  });
});
