import type { Core } from 'cytoscape';
import { hiddenLabels, labelBelow, type LabelBox } from './label-declutter';
import { LABEL, labelOf } from './map-style';
import { GROUP } from '../../../../core/drawing/map-styles';

/**
 * Keeps the map's labels from covering each other (label-declutter.ts decides which to leave
 * off): after a layout, a drag, a filter, a highlight or a new choice, once per frame at most.
 * A label left off carries the class `label-hidden`; the style shows it again on hover or choice.
 */
export class MapLabels {
  private frame = 0;
  private readonly widths = new Map<string, number>();
  private measure: CanvasRenderingContext2D | null = null;
  /** labels were due while too small to draw: they are placed once the map is zoomed in far enough */
  private due = false;
  private readonly onZoom = () => {
    if (this.due && this.drawnAtZoom()) this.soon();
  };

  /**
   * `minDrawnFont`: the smallest font size on screen the map draws a label at (the style's
   * min-zoomed-font-size), given on a large map: below it, no label is drawn, and placing 20,000
   * of them took a third of a second, so they are placed once zoomed in.
   */
  constructor(
    private readonly cy: Core,
    private readonly container: HTMLElement,
    private readonly minDrawnFont = 0,
  ) {
    cy.on('zoom', this.onZoom);
  }

  soon(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.cy.destroyed()) return;
      this.due = !this.drawnAtZoom();
      if (!this.due) this.place();
    });
  }

  /** Whether the largest label is drawn at the zoom now. */
  private drawnAtZoom(): boolean {
    return this.cy.zoom() * Math.max(LABEL.person.font, LABEL.organisation.font, GROUP.font) >= this.minDrawnFont;
  }

  destroy(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.cy.off('zoom', this.onZoom);
  }

  private place(): void {
    const cy = this.cy;
    const boxes: LabelBox[] = [];
    cy.nodes().forEach((n) => {
      const label = String(n.data('label') ?? '');
      if (!label || n.isParent() || n.hasClass('filtered') || n.hasClass('ego-hidden')) return;
      const organisation = n.hasClass('organisation') || n.hasClass('department');
      const { font, maxWidth } = labelOf(organisation);
      const width = Math.min(maxWidth, this.textWidth(label, font, organisation)) + 2;
      const { x, y } = n.position();
      const size = Number(n.data('size') ?? 20);
      const priority = n.selected()
        ? 1e9
        : n.hasClass('highlighted')
          ? 1e8
          : n.hasClass('dimmed') || n.hasClass('ego-out')
            ? -1e4 + size
            : (organisation ? 1e4 : 0) + (n.hasClass('key-person') ? 1e3 : 0) + size;
      boxes.push({ id: n.id(), ...labelBelow(x, y, n.outerHeight(), width, font, LABEL.marginY), priority });
    });
    const hidden = hiddenLabels(boxes);
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const off = hidden.has(n.id());
        if (off !== n.hasClass('label-hidden')) n.toggleClass('label-hidden', off);
      });
    });
    this.container.dataset['labelsHidden'] = String(hidden.size);
    this.container.dataset['labelsShown'] = String(boxes.length - hidden.size);
  }

  /** A label's width as the map draws it (same font), measured once per text. */
  private textWidth(text: string, size: number, bold: boolean): number {
    const key = `${String(size)}${bold ? 'b' : ''}:${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      this.measure ??= document.createElement('canvas').getContext('2d');
      if (this.measure) this.measure.font = `${bold ? 'bold ' : ''}${String(size)}px system-ui, sans-serif`;
      width = this.measure?.measureText(text).width ?? text.length * size * 0.58;
      this.widths.set(key, width);
    }
    return width;
  }
}
