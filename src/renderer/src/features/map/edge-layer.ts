import type { CollectionReturnValue, Core, EdgeSingular, NodeSingular, SingularElementArgument } from 'cytoscape';
import { CYTOSCAPE_DRAWS } from './cytoscape-draws';
import { LINE_LOOKS, WAVE_LINES } from '../../../../core/drawing/map-styles';
import { mayTouch, passesThrough, segmentRects, type PixelRect, type ScreenSegment } from './tie-regions';

/**
 * The ties of a large map, drawn on a canvas of their own beneath cytoscape's. Cytoscape strokes
 * each tie on its own, with its own state changes, and on a machine that rasterises in software
 * a redraw of 12,000 ties took 0.3–0.7 s; here ties with the same look go into one path and one
 * stroke. While the user pans or zooms, the last drawing is moved and scaled with the view (a CSS
 * transform, no redraw), and drawn again once the view rests.
 *
 * Cytoscape still decides how every tie looks (colour, width, opacity, dashes, hidden by a filter,
 * faded outside a focus): the look is read from its computed style. It still draws the few ties
 * that must lie above actors (a finding's ties, proposals, a scenario's lost ties): those carry
 * one of CYTOSCAPE_DRAWS; every other tie is hidden by the map's style and left out of
 * cytoscape's drawing list.
 */

/** How long the view must rest after a pan or zoom before the ties are drawn afresh. */
const SETTLE_MS = 140;
/** Dash patterns in model units, from the style table: memberships' dots, and informal ties' dashes. */
function dashOf(e: EdgeSingular, lineStyle: string): number[] {
  if (lineStyle === 'solid') return [];
  const look = e.hasClass('membership') ? LINE_LOOKS.membership : e.hasClass('wave-lost') ? WAVE_LINES.lost : e.hasClass('wave-gained') ? WAVE_LINES.gained : LINE_LOOKS.informal;
  return [...(look.dash ?? [])];
}

/** How a tie is drawn, read from cytoscape's style once until the tie's style changes. */
interface Look {
  /** drawn by cytoscape itself, or hidden */
  skip: boolean;
  key: string;
  color: string;
  width: number;
  opacity: number;
  dash: number[];
  arrow: boolean;
}

/** A tie as drawn, in model units: its ends and how far its paint reaches from the line. */
interface ModelSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  reach: number;
}

/** Changes up to this many ties are drawn where they lie; more, and the whole layer is drawn again. */
const PARTIAL_UP_TO = 400;
/** ... or when what they cover adds up to more than this share of the layer. */
const WHOLE_ABOVE_SHARE = 0.35;

interface Viewport {
  zoom: number;
  x: number;
  y: number;
}

type Element = SingularElementArgument;
type ZSorted = Element[] & { interactive: Element[] };

/** The renderer's list of what it draws, in z-order; not in cytoscape's public types. */
interface CanvasRenderer {
  cachedZSortedEles: ZSorted | null;
  getCachedZSortedEles: (this: CanvasRenderer, forceRecalc?: boolean) => ZSorted;
  invalidateCachedZSortedEles(): void;
  updateCachedGrabbedEles(): void;
}

/** cytoscape's own drawing order; not in its public types */
const byZIndex = (eles: CollectionReturnValue): CollectionReturnValue =>
  (eles as unknown as { sortByZIndex(): CollectionReturnValue }).sortByZIndex();

/** what cytoscape lets the pointer catch (visible, not a hidden tie); not in its public types */
const isInteractive = (ele: Element): boolean => (ele as unknown as { interactive(): boolean }).interactive();

const drawnByCytoscape = (ele: Element): boolean => ele.isNode() || CYTOSCAPE_DRAWS.some((c) => ele.hasClass(c));

export class EdgeLayer {
  private readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D | null;
  private drawn: Viewport | null = null;
  private lastViewportChange = 0;
  private settle: ReturnType<typeof setTimeout> | undefined;
  /** ties added, removed or changed since the last drawing, to be drawn again where they lie; null when all must be */
  private changed: Set<EdgeSingular> | null = null;
  /** where each tie of the last drawing lies, in model units */
  private readonly segments = new Map<EdgeSingular, ModelSegment>();
  /** each actor's size as last seen, to tell a resize from another change of its data */
  private readonly sizes = new WeakMap<NodeSingular, number>();
  private readonly looks = new Map<EdgeSingular, Look>();
  private readonly renderer: CanvasRenderer;
  private readonly originalZSorted: CanvasRenderer['getCachedZSortedEles'];
  /** the ties in cytoscape's drawing list as last filtered, and that list */
  private readonly ownTies = new Set<EdgeSingular>();
  private zSorted: ZSorted | null = null;
  private readonly onRender = () => this.rendered();
  private readonly onViewport = () => {
    this.lastViewportChange = performance.now();
    this.follow();
  };
  /** an actor moved or resized: its ties are drawn again (an arrowhead ends at the actor's rim) */
  private readonly onActor = (e: { target: NodeSingular; type: string }) => {
    // a whole drawing is due anyway; and nothing is measured here, which during a layout of
    // 20,000 actors made cytoscape work out every actor's style on the spot (3 s)
    if (!this.changed) return;
    const node = e.target;
    if (e.type === 'data') {
      const size = Number(node.data('size'));
      if (this.sizes.get(node) === size) return;
      this.sizes.set(node, size);
    }
    for (const edge of node.connectedEdges().toArray()) this.changed.add(edge);
    // a layout moves every actor: past this many, one whole drawing is cheaper than collecting
    if (this.changed.size > PARTIAL_UP_TO) this.changed = null;
  };
  private readonly onTie = (e: { target: Element }) => {
    if (e.target.isEdge()) this.changed?.add(e.target);
  };
  private readonly onEdgeChange = (e: { target: EdgeSingular }) => {
    this.looks.delete(e.target);
    if (drawnByCytoscape(e.target) !== this.ownTies.has(e.target)) this.renderer.invalidateCachedZSortedEles();
    this.changed?.add(e.target);
  };

  constructor(
    private readonly cy: Core,
    private readonly container: HTMLElement,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'map-edge-layer';
    this.canvas.setAttribute('aria-hidden', 'true');
    container.prepend(this.canvas);
    this.context = this.canvas.getContext('2d');
    this.renderer = (cy as unknown as { renderer(): CanvasRenderer }).renderer();
    this.originalZSorted = this.renderer.getCachedZSortedEles;
    this.renderer.getCachedZSortedEles = (force) => this.drawingList(force);
    cy.on('render', this.onRender);
    cy.on('viewport', this.onViewport);
    // what changes the ties' drawing: actors moving or resizing (arrowheads end at their rim),
    // ties coming, going or changing look; not an actor's hover or choice
    cy.on('add remove', this.onTie);
    cy.on('position data', 'node', this.onActor);
    cy.on('style data', 'edge', this.onEdgeChange);
  }

  destroy(): void {
    clearTimeout(this.settle);
    this.renderer.getCachedZSortedEles = this.originalZSorted;
    this.renderer.invalidateCachedZSortedEles();
    this.cy.off('render', this.onRender);
    this.cy.off('viewport', this.onViewport);
    this.cy.off('add remove', this.onTie);
    this.cy.off('position data', 'node', this.onActor);
    this.cy.off('style data', 'edge', this.onEdgeChange);
    this.canvas.remove();
  }

  /**
   * Cytoscape's own drawing list, without the ties drawn here. Every redraw of the map walks
   * that list and measures each element in it, hidden or not: at 12,000 ties that was a fifth of
   * a second after each edit. Hit-testing keeps the whole interactive list, the ties drawn here
   * in it.
   */
  private drawingList(force?: boolean): ZSorted {
    const r = this.renderer;
    if (!force && this.zSorted !== null && r.cachedZSortedEles === this.zSorted) return this.zSorted;
    // cytoscape's own list sorts all 14,000 elements by z-index after every addition; this sorts the few thousand it draws
    const kept = byZIndex(this.cy.elements().filter(drawnByCytoscape)).toArray() as ZSorted;
    // the ties drawn here are hidden from cytoscape, yet a click on one must still find it
    // (hit-index.ts answers for them): they are listed as the pointer may catch them
    kept.interactive = [...kept.filter(isInteractive), ...this.cy.edges('.tie').filter((e) => !drawnByCytoscape(e)).toArray()];
    this.ownTies.clear();
    for (const ele of kept) if (ele.isEdge()) this.ownTies.add(ele);
    this.zSorted = kept;
    r.cachedZSortedEles = kept;
    r.updateCachedGrabbedEles();
    return kept;
  }

  /** Cytoscape drew a frame: follow it, now or (mid-gesture) once the view rests. */
  private rendered(): void {
    const current = this.showsCurrentView();
    // cytoscape also redraws for what leaves the ties as they were (an actor hovered or chosen)
    if (current && this.changed?.size === 0) return;
    const moving = performance.now() - this.lastViewportChange < SETTLE_MS;
    if (moving && this.changed?.size === 0) {
      this.follow();
      clearTimeout(this.settle);
      this.settle = setTimeout(() => this.draw(), SETTLE_MS);
      return;
    }
    if (current && this.changed && this.changed.size <= PARTIAL_UP_TO) this.redrawWhere(this.changed);
    else this.draw();
  }

  private lookOf(e: EdgeSingular): Look {
    let look = this.looks.get(e);
    if (!look) {
      const opacity = numeric(e, 'opacity');
      const color = String(e.style('line-color'));
      const width = numeric(e, 'width');
      const lineStyle = String(e.style('line-style'));
      const dash = dashOf(e, lineStyle);
      look = {
        skip: CYTOSCAPE_DRAWS.some((c) => e.hasClass(c)) || e.style('display') === 'none' || opacity <= 0,
        key: `${color}|${String(width)}|${String(opacity)}|${dash.join(' ')}`,
        color,
        width,
        opacity,
        dash,
        arrow: e.style('target-arrow-shape') === 'triangle',
      };
      this.looks.set(e, look);
    }
    return look;
  }

  /** The last drawing is of the view as it is now, at the canvas's current size. */
  private showsCurrentView(): boolean {
    const d = this.drawn;
    const pan = this.cy.pan();
    return d !== null && d.zoom === this.cy.zoom() && d.x === pan.x && d.y === pan.y && this.canvas.width === this.cy.width() && this.canvas.height === this.cy.height();
  }

  /** Moves and scales the last drawing with the view until it is drawn again. */
  private follow(): void {
    const d = this.drawn;
    if (!d) return;
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    const k = zoom / d.zoom;
    this.canvas.style.transformOrigin = '0 0';
    this.canvas.style.transform = `translate(${String(pan.x - d.x * k)}px, ${String(pan.y - d.y * k)}px) scale(${String(k)})`;
  }

  draw(): void {
    const ctx = this.context;
    if (!ctx || this.cy.destroyed()) return;
    clearTimeout(this.settle);
    const width = this.cy.width();
    const height = this.cy.height();
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, width, height);
    this.segments.clear();
    this.stroke(ctx, this.cy.edges().toArray());
    this.canvas.style.transform = '';
    const pan = this.cy.pan();
    this.drawn = { zoom: this.cy.zoom(), x: pan.x, y: pan.y };
    this.changed = new Set();
    this.container.dataset['tieRedraw'] = 'whole';
  }

  /**
   * Draws again only where ties were added, removed or changed: the pixels they covered and
   * cover now are cleared (tie-regions.ts), and every tie through them is drawn again, clipped
   * to them. The view is the one drawn last.
   */
  private redrawWhere(changed: ReadonlySet<EdgeSingular>): void {
    const ctx = this.context;
    if (!ctx || this.cy.destroyed()) return;
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    const width = this.canvas.width;
    const height = this.canvas.height;
    const onScreen = (m: ModelSegment): ScreenSegment => ({
      x1: m.x1 * zoom + pan.x,
      y1: m.y1 * zoom + pan.y,
      x2: m.x2 * zoom + pan.x,
      y2: m.y2 * zoom + pan.y,
      reach: m.reach * zoom + 1,
    });
    // per changed tie, the squares it covered and covers, and their box
    const regions: Array<{ box: PixelRect; rects: PixelRect[] }> = [];
    let area = 0;
    const addRegion = (m: ModelSegment) => {
      const rects = segmentRects(onScreen(m), width, height);
      if (rects.length === 0) return;
      regions.push({ box: boxOf(rects), rects });
      for (const r of rects) area += r.w * r.h;
    };
    for (const e of changed) {
      const before = this.segments.get(e);
      if (before) addRegion(before);
      this.segments.delete(e);
      const now = e.removed() ? null : this.segmentOf(e);
      if (now) addRegion(now);
    }
    this.changed = new Set();
    if (regions.length === 0) return;
    // most of the picture changed (an actor with many ties dragged): drawing it whole is cheaper
    if (area > width * height * WHOLE_ABOVE_SHARE) return this.draw();
    const rects = regions.flatMap((r) => r.rects);
    const through: EdgeSingular[] = [];
    for (const [e, m] of this.segments) {
      const seg = onScreen(m);
      if (regions.some((region) => mayTouch(seg, region.box) && region.rects.some((r) => passesThrough(seg, r)))) through.push(e);
    }
    for (const e of changed) if (!e.removed()) through.push(e);
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.beginPath();
    for (const r of rects) ctx.rect(r.x, r.y, r.w, r.h);
    ctx.clip();
    ctx.clearRect(0, 0, width, height);
    this.stroke(ctx, through);
    ctx.restore();
    this.container.dataset['tieRedraw'] = 'part';
  }

  /** Where a tie lies and how far its paint reaches, or null when it is not drawn here. */
  private segmentOf(e: EdgeSingular): ModelSegment | null {
    const look = this.lookOf(e);
    if (look.skip) return null;
    const s = e.source().position();
    const t = e.target().position();
    return { x1: s.x, y1: s.y, x2: t.x, y2: t.y, reach: look.width / 2 + (look.arrow ? arrowSize(look.width) : 0) };
  }

  /** Draws the ties in view, those of one look as one path, and notes where each lies. */
  private stroke(ctx: CanvasRenderingContext2D, edges: readonly EdgeSingular[]): void {
    const width = this.cy.width();
    const height = this.cy.height();
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    ctx.setTransform(zoom, 0, 0, zoom, pan.x, pan.y);
    // the part of the model in view, with a margin for wide ties
    const x1 = -pan.x / zoom - 20;
    const y1 = -pan.y / zoom - 20;
    const x2 = (width - pan.x) / zoom + 20;
    const y2 = (height - pan.y) / zoom + 20;

    const groups = new Map<string, { look: Look; lines: number[]; arrows: number[] }>();
    for (const e of edges) {
      const m = this.segmentOf(e);
      if (!m) continue;
      if (Math.max(m.x1, m.x2) < x1 || Math.min(m.x1, m.x2) > x2 || Math.max(m.y1, m.y2) < y1 || Math.min(m.y1, m.y2) > y2) continue;
      this.segments.set(e, m);
      const look = this.lookOf(e);
      let group = groups.get(look.key);
      if (!group) {
        group = { look, lines: [], arrows: [] };
        groups.set(look.key, group);
      }
      group.lines.push(m.x1, m.y1, m.x2, m.y2);
      if (look.arrow) group.arrows.push(m.x1, m.y1, m.x2, m.y2, e.target().outerWidth() / 2);
    }

    // one order of looks, whichever ties are drawn: a tie drawn again over others must stack as in a whole drawing
    for (const g of [...groups.values()].sort((a, b) => stacking(a.look, b.look))) {
      const { opacity, color, width: lineWidth, dash } = g.look;
      ctx.globalAlpha = opacity;
      ctx.strokeStyle = color;
      ctx.fillStyle = color;
      ctx.lineWidth = lineWidth;
      ctx.setLineDash(dash);
      ctx.beginPath();
      for (let i = 0; i < g.lines.length; i += 4) {
        ctx.moveTo(g.lines[i] as number, g.lines[i + 1] as number);
        ctx.lineTo(g.lines[i + 2] as number, g.lines[i + 3] as number);
      }
      ctx.stroke();
      if (g.arrows.length) {
        ctx.beginPath();
        const size = arrowSize(lineWidth);
        for (let i = 0; i < g.arrows.length; i += 5) arrowHead(ctx, g.arrows, i, size);
        ctx.fill();
      }
    }
    ctx.globalAlpha = 1;
  }
}

const arrowSize = (lineWidth: number) => Math.max(4, lineWidth * 3);

function boxOf(rects: readonly PixelRect[]): PixelRect {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const r of rects) {
    x1 = Math.min(x1, r.x);
    y1 = Math.min(y1, r.y);
    x2 = Math.max(x2, r.x + r.w);
    y2 = Math.max(y2, r.y + r.h);
  }
  return { x: x1, y: y1, w: x2 - x1, h: y2 - y1 };
}

/** Faint and thin ties beneath, strong and wide ones (a fragile tie's halo colour) on top. */
const stacking = (a: Look, b: Look): number =>
  a.opacity - b.opacity || a.width - b.width || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** cytoscape's numericStyle is typed any: the value is a number in model units */
const numeric = (e: EdgeSingular, name: string): number => Number(e.numericStyle(name));

/** A triangle pointing at the target, its tip on the target's edge. */
function arrowHead(ctx: CanvasRenderingContext2D, a: readonly number[], i: number, size: number): void {
  const sx = a[i] as number;
  const sy = a[i + 1] as number;
  const tx = a[i + 2] as number;
  const ty = a[i + 3] as number;
  const r = a[i + 4] as number;
  const length = Math.hypot(tx - sx, ty - sy);
  if (length <= r + size) return;
  const ux = (tx - sx) / length;
  const uy = (ty - sy) / length;
  const px = tx - ux * r;
  const py = ty - uy * r;
  ctx.moveTo(px, py);
  ctx.lineTo(px - ux * size - uy * size * 0.5, py - uy * size + ux * size * 0.5);
  ctx.lineTo(px - ux * size + uy * size * 0.5, py - uy * size - ux * size * 0.5);
  ctx.closePath();
}
