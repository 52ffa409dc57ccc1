import type cytoscape from 'cytoscape';
import type { Point } from './layouts';

/*
 * The map's viewport maths: where to pan and how far to zoom so that what should be seen is,
 * inside the part of the map that the legend (left) and the toolbar (top) leave free. Plain
 * numbers in, a viewport out; the controller applies it.
 */

/** What the legend covers on the left and the toolbar at the top, in screen pixels. */
export interface Insets {
  left: number;
  top: number;
}

/** The map's size on screen, in pixels. */
export interface ViewSize {
  width: number;
  height: number;
}

/** A box in model units. */
export interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Viewport {
  zoom: number;
  pan: Point;
}

/** Height below an actor that its label takes, in model units. */
const LABEL_ROOM = 16;
/** Room kept around what a fit shows, in screen pixels. */
const FIT_PAD = 30;
/** A fit never zooms in further than this: a map of three actors is not drawn huge. */
const FIT_MAX_ZOOM = 1.6;
/** How far inside the free view a revealed actor must lie to stay where it is. */
const REVEAL_MARGIN = 40;
/** Room kept around what is brought into view. */
const INCLUDE_MARGIN = 30;

/** Where actors lie, with their size and room for a label below; null for none. */
export function extentOf(nodes: cytoscape.NodeCollection): Extent | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  nodes.forEach((n) => {
    const { x, y } = n.position();
    const r = n.outerWidth() / 2;
    x1 = Math.min(x1, x - r);
    y1 = Math.min(y1, y - r);
    x2 = Math.max(x2, x + r);
    y2 = Math.max(y2, y + r + LABEL_ROOM);
  });
  return x1 <= x2 ? { x1, y1, x2, y2 } : null;
}

/** The viewport that fits a box (its corner and size, as cytoscape's bounding boxes give it) into the free view. */
export function fitViewport(box: { x1: number; y1: number; w: number; h: number }, view: ViewSize, insets: Insets): Viewport {
  const width = Math.max(50, view.width - insets.left - 2 * FIT_PAD);
  const height = Math.max(50, view.height - insets.top - 2 * FIT_PAD);
  const zoom = Math.min(width / Math.max(box.w, 1), height / Math.max(box.h, 1), FIT_MAX_ZOOM);
  return {
    zoom,
    pan: {
      x: insets.left + FIT_PAD + (width - box.w * zoom) / 2 - box.x1 * zoom,
      y: insets.top + FIT_PAD + (height - box.h * zoom) / 2 - box.y1 * zoom,
    },
  };
}

/**
 * The pan that centres an actor (at `at` in the model, drawn at `rendered` on screen) in the free
 * view, or null when it is well inside it already: a found actor that can be seen stays put.
 */
export function panToReveal(rendered: Point, at: Point, zoom: number, view: ViewSize, insets: Insets): Point | null {
  const inside =
    rendered.x >= insets.left + REVEAL_MARGIN &&
    rendered.x <= view.width - REVEAL_MARGIN &&
    rendered.y >= insets.top + REVEAL_MARGIN &&
    rendered.y <= view.height - REVEAL_MARGIN;
  if (inside) return null;
  return {
    x: insets.left + (view.width - insets.left) / 2 - at.x * zoom,
    y: insets.top + (view.height - insets.top) / 2 - at.y * zoom,
  };
}

/**
 * The viewport that shows all of `extent`: centred on it, zoomed out as far as needed (never in,
 * never below `minZoom`); null when it is in view already or the free view has no room.
 */
export function viewportIncluding(extent: Extent, current: Viewport, view: ViewSize, insets: Insets, minZoom: number): Viewport | null {
  const { x1, y1, x2, y2 } = extent;
  const left = insets.left + INCLUDE_MARGIN;
  const top = insets.top + INCLUDE_MARGIN;
  const right = view.width - INCLUDE_MARGIN;
  const bottom = view.height - INCLUDE_MARGIN;
  const { zoom: zoom0, pan: pan0 } = current;
  const inside = x1 * zoom0 + pan0.x >= left && x2 * zoom0 + pan0.x <= right && y1 * zoom0 + pan0.y >= top && y2 * zoom0 + pan0.y <= bottom;
  if (inside || right <= left || bottom <= top) return null;
  const zoom = Math.max(minZoom, Math.min(zoom0, (right - left) / Math.max(x2 - x1, 1), (bottom - top) / Math.max(y2 - y1, 1)));
  return { zoom, pan: { x: (left + right) / 2 - ((x1 + x2) / 2) * zoom, y: (top + bottom) / 2 - ((y1 + y2) / 2) * zoom } };
}

/** Whether a point of the model is drawn inside the free view. */
export function inFreeView(p: Point, viewport: Viewport, view: ViewSize, insets: Insets): boolean {
  const sx = p.x * viewport.zoom + viewport.pan.x;
  const sy = p.y * viewport.zoom + viewport.pan.y;
  return sx >= insets.left && sx <= view.width && sy >= insets.top && sy <= view.height;
}

/** The middle of a box. */
export const centreOf = (e: Extent): Point => ({ x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 });
