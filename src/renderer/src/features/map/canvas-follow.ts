import type { Core } from 'cytoscape';

/**
 * While the user pans or zooms a large map, cytoscape's own canvases are moved and scaled with
 * the view (a CSS transform of the picture last drawn) instead of drawn again, and drawn afresh
 * once the view rests: the tie layer (edge-layer.ts) does the same. Cytoscape draws every actor
 * on each frame of a gesture: a frame took 50 ms at 2,000 actors and most of a second at 20,000
 * on a machine that rasterises in software. Its `textureOnViewport` draws the whole picture into
 * a texture at the start of every gesture, which costs as much as a frame.
 */

/** How long the view must rest after a pan or zoom before cytoscape draws again (as the tie layer). */
export const SETTLE_MS = 140;

/** The renderer's parts used here; not in cytoscape's public types. */
interface CanvasRenderer {
  render: (this: CanvasRenderer, options?: { forcedContext?: unknown }) => void;
  redrawHint(group: string, on: boolean): void;
  redraw(): void;
  data: { canvases: HTMLCanvasElement[] };
}

export class CanvasFollow {
  private readonly renderer: CanvasRenderer;
  private readonly original: CanvasRenderer['render'];
  /** the view cytoscape last drew, or null before it first did */
  private drawn: { zoom: number; x: number; y: number } | null = null;
  private lastViewportChange = -Infinity;
  private settle: ReturnType<typeof setTimeout> | undefined;
  private readonly onViewport = () => {
    this.lastViewportChange = performance.now();
  };

  constructor(private readonly cy: Core) {
    this.renderer = (cy as unknown as { renderer(): CanvasRenderer }).renderer();
    this.original = this.renderer.render;
    this.renderer.render = (options) => this.render(options);
    cy.on('viewport', this.onViewport);
  }

  destroy(): void {
    clearTimeout(this.settle);
    this.renderer.render = this.original;
    this.cy.off('viewport', this.onViewport);
  }

  private render(options?: { forcedContext?: unknown }): void {
    // a picture drawn for an export, or no picture to move yet: cytoscape draws as always
    if (options?.forcedContext || this.drawn === null || performance.now() - this.lastViewportChange >= SETTLE_MS) {
      this.original.call(this.renderer, options);
      this.transform('');
      const pan = this.cy.pan();
      this.drawn = { zoom: this.cy.zoom(), x: pan.x, y: pan.y };
      return;
    }
    const d = this.drawn;
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    const k = zoom / d.zoom;
    this.transform(`translate(${String(pan.x - d.x * k)}px, ${String(pan.y - d.y * k)}px) scale(${String(k)})`);
    // once the view rests, the picture is drawn again as cytoscape would have
    clearTimeout(this.settle);
    this.settle = setTimeout(() => {
      if (this.cy.destroyed()) return;
      this.renderer.redrawHint('eles', true);
      this.renderer.redrawHint('drag', true);
      this.renderer.redraw();
    }, SETTLE_MS);
  }

  private transform(value: string): void {
    for (const canvas of this.renderer.data.canvases) {
      if (canvas.style.transform === value) continue;
      canvas.style.transformOrigin = '0 0';
      canvas.style.transform = value;
    }
  }
}
