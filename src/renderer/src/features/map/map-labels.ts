import type { Core } from 'cytoscape';
import { hiddenLabels, labelBelow, type LabelBox } from './label-declutter';
import { collectionOf } from './map-classes';
import { LABEL, labelOf, NAMED } from './map-style';
import { GROUP } from '../../../../core/drawing/map-styles';

/**
 * Keeps the map's labels from covering each other (label-declutter.ts decides which to leave
 * off): after a layout, a drag, a filter, a highlight or a new choice, once per frame at most.
 * A label left off carries the class `label-hidden`; the style shows it again on hover or choice.
 * On a large map only the actors in view (and a screen around it) carry a name (the class
 * NAMED), and only while the map is zoomed in far enough to draw names: a label cytoscape
 * styles and measures for every actor, though it draws none zoomed out, made the opening of
 * 20,000 actors seconds slower. The names follow the view as it pans.
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
  /** on a large map: the actors named now */
  private named = new Set<string>();
  private readonly onViewport = () => {
    if (this.named.size > 0 || this.drawnAtZoom()) this.soon();
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
    if (this.large) cy.on('viewport', this.onViewport);
  }

  private get large(): boolean {
    return this.minDrawnFont > 0;
  }

  soon(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.cy.destroyed()) return;
      this.due = !this.drawnAtZoom();
      if (this.large) this.nameInView(!this.due);
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
    this.cy.off('viewport', this.onViewport);
  }

  /** Names the actors in view and a screen around it when `drawn`, none otherwise; a name that goes loses its declutter mark too. */
  private nameInView(drawn: boolean): void {
    const cy = this.cy;
    const wanted = new Set<string>();
    const { x1, y1, x2, y2, w, h } = cy.extent();
    if (drawn)
      cy.nodes().forEach((n) => {
        if (n.isParent()) return;
        const { x, y } = n.position();
        if (x >= x1 - w && x <= x2 + w && y >= y1 - h && y <= y2 + h) wanted.add(n.id());
      });
    cy.batch(() => {
      for (const id of this.named) if (!wanted.has(id)) cy.getElementById(id).removeClass(`${NAMED} label-hidden`);
      for (const id of wanted) if (!this.named.has(id)) cy.getElementById(id).addClass(NAMED);
    });
    this.named = wanted;
    // for tests and tools reading the map from outside: how many are named, around which point
    this.container.dataset['labelsNamed'] = String(wanted.size);
    this.container.dataset['labelsNamedAround'] = drawn ? `${String(Math.round((x1 + x2) / 2))},${String(Math.round((y1 + y2) / 2))}` : '';
  }

  private place(): void {
    const cy = this.cy;
    const boxes: LabelBox[] = [];
    const labelled = this.large ? collectionOf(cy, [...this.named].map((id) => cy.getElementById(id))).nodes() : cy.nodes();
    labelled.forEach((n) => {
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
      labelled.forEach((n) => {
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
