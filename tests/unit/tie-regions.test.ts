import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayTouch, passesThrough, segmentRects, type PixelRect, type ScreenSegment } from '../../src/renderer/src/features/map/tie-regions';

const inside = (x: number, y: number, r: PixelRect) => x >= r.x && x <= r.x + r.w && y >= r.y && y <= r.y + r.h;

const segment = fc.record({
  x1: fc.double({ min: -100, max: 900, noNaN: true }),
  y1: fc.double({ min: -100, max: 700, noNaN: true }),
  x2: fc.double({ min: -100, max: 900, noNaN: true }),
  y2: fc.double({ min: -100, max: 700, noNaN: true }),
  reach: fc.double({ min: 0.5, max: 12, noNaN: true }),
});

describe('the regions a changed tie is drawn again in', () => {
  it('cover every point of the tie and of its paint on the canvas, in whole pixels', () => {
    fc.assert(
      fc.property(segment, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), (s, t, side) => {
        const rects = segmentRects(s, 800, 600);
        for (const r of rects) expect([r.x, r.y, r.w, r.h].every(Number.isInteger)).toBe(true);
        // a point on the tie, moved sideways by up to its reach
        const length = Math.hypot(s.x2 - s.x1, s.y2 - s.y1) || 1;
        const x = s.x1 + t * (s.x2 - s.x1) - (side * s.reach * (s.y2 - s.y1)) / length;
        const y = s.y1 + t * (s.y2 - s.y1) + (side * s.reach * (s.x2 - s.x1)) / length;
        if (x >= 0 && x <= 800 && y >= 0 && y <= 600) expect(rects.some((r) => inside(x, y, r))).toBe(true);
      }),
    );
  });

  it('find every tie that crosses them (a tie through a region is never left out of the redraw)', () => {
    fc.assert(
      fc.property(segment, fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 780 }), fc.integer({ min: 0, max: 580 }), (s, t, rx, ry) => {
        const r = { x: rx, y: ry, w: 20, h: 20 };
        const x = s.x1 + t * (s.x2 - s.x1);
        const y = s.y1 + t * (s.y2 - s.y1);
        if (inside(x, y, r)) {
          expect(mayTouch(s, r)).toBe(true);
          expect(passesThrough(s, r)).toBe(true);
        }
      }),
    );
  });

  it('leave out a tie that passes far from a region, even when its box overlaps it', () => {
    const diagonal: ScreenSegment = { x1: 0, y1: 0, x2: 400, y2: 400, reach: 2 };
    const corner = { x: 350, y: 10, w: 20, h: 20 };
    expect(mayTouch(diagonal, corner)).toBe(true);
    expect(passesThrough(diagonal, corner)).toBe(false);
    expect(segmentRects({ x1: -80, y1: -80, x2: -40, y2: -40, reach: 2 }, 800, 600)).toEqual([]);
  });
});
