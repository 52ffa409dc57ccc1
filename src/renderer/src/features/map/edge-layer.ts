import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { SETTLE_MS } from './canvas-follow';
import { HitGrid, distanceToSegment } from './hit-grid';
import { plainLooks, type PlainLook, type TieState } from './plain-ties';
import { mayTouch, passesThrough, segmentRects, type PixelRect, type ScreenSegment } from './tie-regions';

/**
 * The ties of a large map, drawn on a canvas of their own beneath cytoscape's, from plain
 * definitions: on such a map the ties are not cytoscape elements at all (plain-ties.ts says why
 * and works out their looks). Cytoscape strokes each tie on its own, with its own state changes;
 * here ties with the same look go into one path and one stroke. While the user pans or zooms,
 * the last drawing is moved and scaled with the view (a CSS transform, no redraw), and drawn
 * again once the view rests. An edit draws again only where the ties it touched lie.
 *
 * Cytoscape still draws the few ties that must lie above actors (a finding's ties, the chosen
 * tie, proposals, a scenario's lost ties): the controller gives those to cytoscape instead.
 * A click on a tie drawn here is found by `tieAt`, from a grid of its own.
 */


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

type TieDef = ElementDefinition;

export class EdgeLayer {
  private readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D | null;
  private drawn: Viewport | null = null;
  private lastViewportChange = 0;
  private settle: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  /** ties added, removed or changed since the last drawing, by id, to be drawn again where they lie; null when all must be */
  private changed: Set<string> | null = null;
  /** the ties to draw, by element id */
  private ties: ReadonlyMap<string, TieDef> = new Map();
  /** each actor's ties, by element id */
  private readonly byActor = new Map<string, Set<string>>();
  /** where each tie of the last drawing lies, in model units */
  private readonly segments = new Map<string, ModelSegment>();
  private readonly looks = new Map<string, PlainLook | null>();
  private readonly look = plainLooks();
  /** each actor's size as last seen, to tell a resize from another change of its data */
  private readonly sizes = new WeakMap<NodeSingular, number>();
  /** the grid a click is looked up in, made when first needed after a change */
  private hits: { grid: HitGrid; ids: string[]; lines: number[] } | null = null;
  private readonly onRender = () => this.rendered();
  private readonly onViewport = () => {
    this.lastViewportChange = performance.now();
    this.follow();
  };
  /** an actor moved or resized: its ties are drawn again (an arrowhead ends at the actor's rim) */
  private readonly onActor = (e: { target: NodeSingular; type: string }) => {
    this.hits = null;
    // a whole drawing is due anyway
    if (!this.changed) return this.soon();
    const node = e.target;
    if (e.type === 'data') {
      const size = Number(node.data('size'));
      if (this.sizes.get(node) === size) return;
      this.sizes.set(node, size);
    }
    for (const id of this.byActor.get(node.id()) ?? []) this.changed.add(id);
    // a layout moves every actor: past this many, one whole drawing is cheaper than collecting
    if (this.changed.size > PARTIAL_UP_TO) this.changed = null;
    this.soon();
  };

  constructor(
    private readonly cy: Core,
    private readonly container: HTMLElement,
    private readonly state: () => TieState,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'map-edge-layer';
    this.canvas.setAttribute('aria-hidden', 'true');
    container.prepend(this.canvas);
    this.context = this.canvas.getContext('2d');
    cy.on('render', this.onRender);
    cy.on('viewport', this.onViewport);
    // what changes the ties' drawing: actors moving or resizing (arrowheads end at their rim)
    cy.on('position data', 'node', this.onActor);
  }

  destroy(): void {
    clearTimeout(this.settle);
    if (this.frame) cancelAnimationFrame(this.frame);
    this.cy.off('render', this.onRender);
    this.cy.off('viewport', this.onViewport);
    this.cy.off('position data', 'node', this.onActor);
    this.canvas.remove();
  }

  /** The ties to draw now; those whose definition is not the one drawn before are drawn again where they lie. */
  setTies(next: ReadonlyMap<string, TieDef>): void {
    const before = this.ties;
    if (next === before) return;
    const changed = new Set<string>();
    for (const id of before.keys()) if (!next.has(id)) changed.add(id);
    for (const [id, def] of next) if (before.get(id) !== def) changed.add(id);
    this.ties = next;
    if (changed.size === 0) return;
    // each actor's ties, brought up to date for what changed only (an edit touches a few of 100,000)
    const file = (def: TieDef | undefined, id: string, on: boolean) => {
      if (!def) return;
      for (const actor of [String(def.data.source), String(def.data.target)]) {
        let ids = this.byActor.get(actor);
        if (!ids) this.byActor.set(actor, (ids = new Set()));
        if (on) ids.add(id);
        else ids.delete(id);
      }
    };
    for (const id of changed) {
      file(before.get(id), id, false);
      file(next.get(id), id, true);
      this.looks.delete(id);
    }
    this.mark(changed);
  }

  /** The looks of these ties changed (null: of every tie, a filter or focus or the far zoom). */
  restyle(ids: Iterable<string> | null): void {
    if (ids === null) {
      this.looks.clear();
      this.changed = null;
      this.hits = null;
      this.soon();
      return;
    }
    const changed = new Set<string>();
    for (const id of ids) if (this.ties.has(id)) changed.add(id);
    for (const id of changed) this.looks.delete(id);
    if (changed.size) this.mark(changed);
  }

  /** The tie drawn here nearest a point of the model within `threshold` (model units) beyond its half width, or null. */
  tieAt(x: number, y: number, threshold: number): string | null {
    const hits = this.hitGrid();
    let best: string | null = null;
    let bestDistance = Infinity;
    for (const i of hits.grid.near(x, y, threshold + 6)) {
      const id = hits.ids[i] as string;
      const look = this.lookOf(id);
      if (!look) continue;
      const l = hits.lines;
      const d = distanceToSegment(x, y, l[4 * i] as number, l[4 * i + 1] as number, l[4 * i + 2] as number, l[4 * i + 3] as number);
      if (d <= look.width / 2 + threshold && d < bestDistance) {
        best = id;
        bestDistance = d;
      }
    }
    return best;
  }

  private hitGrid(): { grid: HitGrid; ids: string[]; lines: number[] } {
    if (this.hits) return this.hits;
    const ids: string[] = [];
    const lines: number[] = [];
    const items: Array<{ line: number[] }> = [];
    const at = this.positions();
    for (const [id, def] of this.ties) {
      if (!this.lookOf(id)) continue;
      const s = at.get(String(def.data.source));
      const t = at.get(String(def.data.target));
      if (!s || !t) continue;
      ids.push(id);
      lines.push(s.x, s.y, t.x, t.y);
      items.push({ line: [s.x, s.y, t.x, t.y] });
    }
    this.hits = { grid: new HitGrid(items), ids, lines };
    return this.hits;
  }

  private mark(changed: ReadonlySet<string>): void {
    this.hits = null;
    if (this.changed) {
      for (const id of changed) this.changed.add(id);
      if (this.changed.size > PARTIAL_UP_TO) this.changed = null;
    }
    this.soon();
  }

  /** Draws what changed on the next frame (ties drawn here do not make cytoscape draw). */
  private soon(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.rendered();
    });
  }

  /** A frame: follow the view, now or (mid-gesture) once the view rests. */
  private rendered(): void {
    if (this.cy.destroyed()) return;
    const current = this.showsCurrentView();
    if (current && this.changed?.size === 0) return;
    const moving = performance.now() - this.lastViewportChange < SETTLE_MS;
    if (moving) {
      this.follow();
      clearTimeout(this.settle);
      this.settle = setTimeout(() => this.draw(), SETTLE_MS);
      return;
    }
    if (current && this.changed && this.changed.size <= PARTIAL_UP_TO) this.redrawWhere(this.changed);
    else this.draw();
  }

  private lookOf(id: string): PlainLook | null {
    let look = this.looks.get(id);
    if (look === undefined) {
      const def = this.ties.get(id);
      look = def ? this.look(def, this.state()) : null;
      this.looks.set(id, look);
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

  /** Every actor's position and radius, read once per drawing. */
  private positions(): Map<string, { x: number; y: number; r: number }> {
    const at = new Map<string, { x: number; y: number; r: number }>();
    this.cy.nodes().forEach((n) => {
      const p = n.position();
      at.set(n.id(), { x: p.x, y: p.y, r: Number(n.data('size') ?? 20) / 2 });
    });
    return at;
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
    this.stroke(ctx, this.ties.keys(), this.positions());
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
  private redrawWhere(changed: ReadonlySet<string>): void {
    const ctx = this.context;
    if (!ctx || this.cy.destroyed()) return;
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    const width = this.canvas.width;
    const height = this.canvas.height;
    const at = this.positions();
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
    for (const id of changed) {
      const before = this.segments.get(id);
      if (before) addRegion(before);
      this.segments.delete(id);
      const now = this.segmentOf(id, at);
      if (now) addRegion(now);
    }
    this.changed = new Set();
    if (regions.length === 0) return;
    // most of the picture changed (an actor with many ties dragged): drawing it whole is cheaper
    if (area > width * height * WHOLE_ABOVE_SHARE) return this.draw();
    const rects = regions.flatMap((r) => r.rects);
    const through: string[] = [];
    for (const [id, m] of this.segments) {
      const seg = onScreen(m);
      if (regions.some((region) => mayTouch(seg, region.box) && region.rects.some((r) => passesThrough(seg, r)))) through.push(id);
    }
    for (const id of changed) if (this.ties.has(id)) through.push(id);
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.beginPath();
    for (const r of rects) ctx.rect(r.x, r.y, r.w, r.h);
    ctx.clip();
    ctx.clearRect(0, 0, width, height);
    this.stroke(ctx, through, at);
    ctx.restore();
    this.container.dataset['tieRedraw'] = 'part';
  }

  /** Where a tie lies and how far its paint reaches, or null when it is not drawn here. */
  private segmentOf(id: string, at: ReadonlyMap<string, { x: number; y: number }>): ModelSegment | null {
    const def = this.ties.get(id);
    const look = def ? this.lookOf(id) : null;
    if (!def || !look) return null;
    const s = at.get(String(def.data.source));
    const t = at.get(String(def.data.target));
    if (!s || !t) return null;
    return { x1: s.x, y1: s.y, x2: t.x, y2: t.y, reach: look.width / 2 + (look.arrow ? arrowSize(look.width) : 0) };
  }

  /** Draws the ties in view, those of one look as one path, and notes where each lies. */
  private stroke(ctx: CanvasRenderingContext2D, ids: Iterable<string>, at: ReadonlyMap<string, { x: number; y: number; r: number }>): void {
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

    const groups = new Map<string, { look: PlainLook; lines: number[]; arrows: number[] }>();
    for (const id of ids) {
      const m = this.segmentOf(id, at);
      if (!m) continue;
      if (Math.max(m.x1, m.x2) < x1 || Math.min(m.x1, m.x2) > x2 || Math.max(m.y1, m.y2) < y1 || Math.min(m.y1, m.y2) > y2) continue;
      this.segments.set(id, m);
      const look = this.lookOf(id) as PlainLook;
      let group = groups.get(look.key);
      if (!group) {
        group = { look, lines: [], arrows: [] };
        groups.set(look.key, group);
      }
      group.lines.push(m.x1, m.y1, m.x2, m.y2);
      if (look.arrow) group.arrows.push(m.x1, m.y1, m.x2, m.y2, at.get(String(this.ties.get(id)?.data.target))?.r ?? 0);
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
const stacking = (a: PlainLook, b: PlainLook): number =>
  a.opacity - b.opacity || a.width - b.width || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

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
