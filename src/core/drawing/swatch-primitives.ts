import type { Swatch } from './legend-sections';
import { GROUP } from './map-styles';
import { actorPrimitives, linePrimitives, shapePath, SWATCH_LINE_WIDTH, type Primitive } from './primitives';

/** A legend swatch's size, in the drawing's units: the app's legend and the images use the same. */
export const SWATCH = { width: 30, height: 16 } as const;

/** Where the size swatch's three dots start, and how wide they are. */
const SIZE_DOTS: ReadonlyArray<readonly [number, number]> = [
  [3, 4],
  [10, 7],
  [20, 10],
];

/** A legend swatch as primitives, in a box of SWATCH's size at (x, y). */
export function swatchPrimitives(s: Swatch, x: number, y: number): Primitive[] {
  const { width: w, height: h } = SWATCH;
  const cy = y + h / 2;
  switch (s.kind) {
    case 'fill':
      return [{ kind: 'path', d: shapePath('round-rectangle', x + h / 2 + 2, cy, h - 4), fill: s.color, fillOpacity: 1, stroke: '#FFFFFF', width: 1, dash: null, opacity: 1 }];
    case 'actor':
      return actorPrimitives(s.shape, x + h / 2 + 2, cy, h - 4, s.color, s.look);
    case 'line':
      return linePrimitives(s.look, s.color, SWATCH_LINE_WIDTH, x + 1, cy, x + w - 1, cy);
    case 'size':
      return SIZE_DOTS.map(([at, d]) => ({ kind: 'path', d: shapePath('ellipse', x + at + d / 2, cy, d), fill: '#9A9A9A', fillOpacity: 1, stroke: null, width: 0, dash: null, opacity: 1 }) as const);
    case 'group':
      return [
        { kind: 'path', d: shapePath('round-rectangle', x + h / 2 + 4, cy, h), fill: '#9A9A9A', fillOpacity: GROUP.fillOpacity, stroke: '#9A9A9A', width: GROUP.borderWidth / 2, dash: null, opacity: 1 },
        ...actorPrimitives('ellipse', x + h / 2 + 4, cy + 1, 6, '#9A9A9A', { border: '#FFFFFF', borderWidth: 1, borderDash: null, double: false, fillOpacity: 1, fill: null, struck: false, opacity: 1 }),
      ];
    case 'none':
      return [];
  }
}
