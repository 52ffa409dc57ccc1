import type { Core, EdgeSingular } from 'cytoscape';

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
 * one of OWN_CLASSES, and the map's style hides every other tie from cytoscape's own drawing.
 */
export const CYTOSCAPE_DRAWS = ['highlighted', 'proposal', 'lost'] as const;

/** How long the view must rest after a pan or zoom before the ties are drawn afresh. */
const SETTLE_MS = 140;
/** Dash patterns in model units: informal ties as in the map's style; memberships dotted. */
const DASHES: Record<string, number[]> = { dashed: [6, 4], dotted: [1.5, 3] };

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

interface Viewport {
  zoom: number;
  x: number;
  y: number;
}

export class EdgeLayer {
  private readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D | null;
  private drawn: Viewport | null = null;
  private lastViewportChange = 0;
  private settle: ReturnType<typeof setTimeout> | undefined;
  private dirty = true;
  private readonly looks = new Map<EdgeSingular, Look>();
  private readonly onRender = () => this.rendered();
  private readonly onViewport = () => {
    this.lastViewportChange = performance.now();
    this.follow();
  };
  private readonly onChange = () => {
    this.dirty = true;
  };
  private readonly onEdgeChange = (e: { target: EdgeSingular }) => {
    this.looks.delete(e.target);
    this.dirty = true;
  };

  constructor(
    private readonly cy: Core,
    container: HTMLElement,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'map-edge-layer';
    this.canvas.setAttribute('aria-hidden', 'true');
    container.prepend(this.canvas);
    this.context = this.canvas.getContext('2d');
    cy.on('render', this.onRender);
    cy.on('viewport', this.onViewport);
    // what changes the ties' drawing: actors moving or resizing (arrowheads end at their rim),
    // ties changing look; not an actor's hover or choice
    cy.on('add remove', this.onChange);
    cy.on('position data', 'node', this.onChange);
    cy.on('style data remove', 'edge', this.onEdgeChange);
  }

  destroy(): void {
    clearTimeout(this.settle);
    this.cy.off('render', this.onRender);
    this.cy.off('viewport', this.onViewport);
    this.cy.off('add remove', this.onChange);
    this.cy.off('position data', 'node', this.onChange);
    this.cy.off('style data remove', 'edge', this.onEdgeChange);
    this.canvas.remove();
  }

  /** Cytoscape drew a frame: follow it, now or (mid-gesture) once the view rests. */
  private rendered(): void {
    // cytoscape also redraws for what leaves the ties as they were (an actor hovered or chosen)
    if (!this.dirty && this.showsCurrentView()) return;
    const moving = performance.now() - this.lastViewportChange < SETTLE_MS;
    if (moving && !this.dirty) {
      this.follow();
      clearTimeout(this.settle);
      this.settle = setTimeout(() => this.draw(), SETTLE_MS);
      return;
    }
    this.draw();
  }

  private lookOf(e: EdgeSingular): Look {
    let look = this.looks.get(e);
    if (!look) {
      const opacity = numeric(e, 'opacity');
      const color = String(e.style('line-color'));
      const width = numeric(e, 'width');
      const lineStyle = String(e.style('line-style'));
      look = {
        skip: CYTOSCAPE_DRAWS.some((c) => e.hasClass(c)) || e.style('display') === 'none' || opacity <= 0,
        key: `${color}|${String(width)}|${String(opacity)}|${lineStyle}`,
        color,
        width,
        opacity,
        dash: DASHES[lineStyle] ?? [],
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
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.setTransform(zoom, 0, 0, zoom, pan.x, pan.y);
    // the part of the model in view, with a margin for wide ties
    const x1 = -pan.x / zoom - 20;
    const y1 = -pan.y / zoom - 20;
    const x2 = (width - pan.x) / zoom + 20;
    const y2 = (height - pan.y) / zoom + 20;

    const groups = new Map<string, { look: Look; lines: number[]; arrows: number[] }>();
    this.cy.edges().forEach((e: EdgeSingular) => {
      const look = this.lookOf(e);
      if (look.skip) return;
      const s = e.source().position();
      const t = e.target().position();
      if (Math.max(s.x, t.x) < x1 || Math.min(s.x, t.x) > x2 || Math.max(s.y, t.y) < y1 || Math.min(s.y, t.y) > y2) return;
      let group = groups.get(look.key);
      if (!group) {
        group = { look, lines: [], arrows: [] };
        groups.set(look.key, group);
      }
      group.lines.push(s.x, s.y, t.x, t.y);
      if (look.arrow) group.arrows.push(s.x, s.y, t.x, t.y, e.target().outerWidth() / 2);
    });

    for (const g of groups.values()) {
      const { opacity, color, width, dash } = g.look;
      ctx.globalAlpha = opacity;
      ctx.strokeStyle = color;
      ctx.fillStyle = color;
      ctx.lineWidth = width;
      ctx.setLineDash(dash);
      ctx.beginPath();
      for (let i = 0; i < g.lines.length; i += 4) {
        ctx.moveTo(g.lines[i] as number, g.lines[i + 1] as number);
        ctx.lineTo(g.lines[i + 2] as number, g.lines[i + 3] as number);
      }
      ctx.stroke();
      if (g.arrows.length) {
        ctx.beginPath();
        const size = Math.max(4, width * 3);
        for (let i = 0; i < g.arrows.length; i += 5) arrowHead(ctx, g.arrows, i, size);
        ctx.fill();
      }
    }
    ctx.globalAlpha = 1;
    this.canvas.style.transform = '';
    this.drawn = { zoom, x: pan.x, y: pan.y };
    this.dirty = false;
  }
}

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
