import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hiddenLabels, labelBelow, type LabelBox } from '../../src/renderer/src/features/map/label-declutter';

const overlap = (a: LabelBox, b: LabelBox) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

const labels = fc
  .array(
    fc.record({
      x: fc.double({ min: -500, max: 500, noNaN: true }),
      y: fc.double({ min: -500, max: 500, noNaN: true }),
      w: fc.double({ min: 5, max: 130, noNaN: true }),
      priority: fc.integer({ min: 0, max: 5 }),
    }),
    { maxLength: 150 },
  )
  .map((list) => list.map(({ x, y, w, priority }, i): LabelBox => ({ id: `a${String(i)}`, x1: x, y1: y, x2: x + w, y2: y + 12, priority })));

describe('leaving off labels that would overlap', () => {
  it('never draws two labels over each other, and leaves one off only for a label at least as important that is drawn', () => {
    fc.assert(
      fc.property(labels, (list) => {
        const hidden = hiddenLabels(list);
        const shown = list.filter((l) => !hidden.has(l.id));
        for (let i = 0; i < shown.length; i++) for (let j = i + 1; j < shown.length; j++) expect(overlap(shown[i] as LabelBox, shown[j] as LabelBox)).toBe(false);
        for (const l of list.filter((x) => hidden.has(x.id))) expect(shown.some((s) => overlap(s, l) && s.priority >= l.priority)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every label that has room, and the more important of two that collide', () => {
    const apart: LabelBox[] = [
      { id: 'a', x1: 0, y1: 0, x2: 50, y2: 12, priority: 1 },
      { id: 'b', x1: 60, y1: 0, x2: 110, y2: 12, priority: 1 },
      { id: 'c', x1: 0, y1: 20, x2: 50, y2: 32, priority: 1 },
    ];
    expect(hiddenLabels(apart).size).toBe(0);
    const clash: LabelBox[] = [
      { id: 'person', x1: 0, y1: 0, x2: 50, y2: 12, priority: 10 },
      { id: 'organisation', x1: 30, y1: 5, x2: 120, y2: 17, priority: 10_010 },
    ];
    expect([...hiddenLabels(clash)]).toEqual(['person']);
  });

  it('places a label centred below its actor', () => {
    expect(labelBelow(100, 50, 20, 40, 10, 3)).toEqual({ x1: 80, y1: 63, x2: 120, y2: 75.5 });
  });
});
