import { describe, expect, it } from 'vitest';
import { fitViewport, inFreeView, panToReveal, viewportIncluding, type Viewport } from '../../src/renderer/src/features/map/viewport';

/** A map of 1000 × 800 pixels with a 200-pixel legend on the left and a 100-pixel toolbar on top. */
const view = { width: 1000, height: 800 };
const insets = { left: 200, top: 100 };

/** Where a point of the model lands on screen. */
const onScreen = (vp: Viewport, p: { x: number; y: number }) => ({ x: p.x * vp.zoom + vp.pan.x, y: p.y * vp.zoom + vp.pan.y });

describe('the map viewport', () => {
  it('fits a box into the part of the map the legend and toolbar leave free, centred, with room around it', () => {
    const vp = fitViewport({ x1: -100, y1: -50, w: 1000, h: 200 }, view, insets);
    // free: 200..1000 × 100..800, less 30 pixels around: 740 × 640, so the width decides
    expect(vp.zoom).toBeCloseTo(740 / 1000);
    const corner = onScreen(vp, { x: -100, y: -50 });
    const far = onScreen(vp, { x: 900, y: 150 });
    expect(corner.x).toBeCloseTo(230);
    expect(far.x).toBeCloseTo(970);
    expect((corner.y + far.y) / 2).toBeCloseTo(100 + 30 + 640 / 2);
  });

  it('never zooms a fit in further than 1.6, so that a few actors are not drawn huge', () => {
    expect(fitViewport({ x1: 0, y1: 0, w: 10, h: 10 }, view, insets).zoom).toBe(1.6);
  });

  it('leaves an actor that can be seen where it is, and centres one behind the legend in the free view', () => {
    expect(panToReveal({ x: 600, y: 400 }, { x: 0, y: 0 }, 1, view, insets)).toBeNull();
    const pan = panToReveal({ x: 150, y: 400 }, { x: 10, y: 20 }, 2, view, insets);
    expect(pan).toEqual({ x: 200 + 400 - 20, y: 100 + 350 - 40 });
  });

  it('zooms out just enough to show all that was chosen, and never in', () => {
    const current = { zoom: 2, pan: { x: 0, y: 0 } };
    // already in view: nothing to do
    expect(viewportIncluding({ x1: 150, y1: 80, x2: 200, y2: 150 }, current, view, insets, 0.02)).toBeNull();
    const vp = viewportIncluding({ x1: 0, y1: 0, x2: 1000, y2: 100 }, current, view, insets, 0.02);
    if (!vp) throw new Error('the extent is out of view');
    expect(vp.zoom).toBeCloseTo((1000 - 30 - 230) / 1000);
    expect(inFreeView({ x: 0, y: 0 }, vp, view, insets) && inFreeView({ x: 1000, y: 100 }, vp, view, insets)).toBe(true);
    // a small extent out of view is centred at the zoom there was
    expect(viewportIncluding({ x1: -500, y1: -500, x2: -490, y2: -490 }, current, view, insets, 0.02)?.zoom).toBe(2);
    // and the zoom stops at the map's least
    expect(viewportIncluding({ x1: 0, y1: 0, x2: 1e7, y2: 10 }, current, view, insets, 0.02)?.zoom).toBe(0.02);
  });

  it('counts a point under the legend or the toolbar as out of the free view', () => {
    const vp = { zoom: 1, pan: { x: 0, y: 0 } };
    expect(inFreeView({ x: 500, y: 500 }, vp, view, insets)).toBe(true);
    expect(inFreeView({ x: 150, y: 500 }, vp, view, insets)).toBe(false);
    expect(inFreeView({ x: 500, y: 50 }, vp, view, insets)).toBe(false);
  });
});
