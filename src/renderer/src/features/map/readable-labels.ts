import type { Core, NodeSingular } from 'cytoscape';
import { GROUP } from '../../../../core/drawing/map-styles';
import { LABEL, labelOf, READABLE } from './map-style';

/** Below this zoom the names of chosen actors are scaled up to stay readable; at most this many. */
const READABLE_BELOW_ZOOM = 1;
const READABLE_AT_MOST = 60;

/**
 * The names of what the user chose (a finding's actors, the selected actor) stay readable when
 * the map is zoomed out, where every other label is too small to draw: their text is scaled up
 * against the zoom, so it is drawn at its usual size on screen. Once per frame at most.
 */
export class ReadableLabels {
  private readable = new Set<string>();
  private frame = 0;

  constructor(
    private readonly cy: Core,
    private readonly container: HTMLElement,
    /** the ids of what is chosen now */
    private readonly chosen: () => ReadonlySet<string>,
  ) {}

  soon(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (!this.cy.destroyed()) this.update();
    });
  }

  destroy(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private update(): void {
    const cy = this.cy;
    const zoom = cy.zoom();
    const wanted = new Map<string, NodeSingular>();
    if (zoom < READABLE_BELOW_ZOOM)
      for (const id of this.chosen()) {
        const node = cy.getElementById(id);
        if (node.nonempty() && node.isNode() && wanted.size < READABLE_AT_MOST) wanted.set(id, node);
      }
    cy.batch(() => {
      for (const id of this.readable) {
        const node = cy.getElementById(id);
        if (!wanted.has(id) && node.nonempty()) {
          node.removeStyle('font-size text-max-width text-margin-y text-background-padding min-zoomed-font-size');
          node.removeClass(READABLE);
        }
      }
      for (const node of wanted.values()) {
        // named on a large map, where only the actors in view are
        node.addClass(READABLE);
        if (node.isParent()) {
          // an organisation's box: its name above it, at the box's usual size on screen
          // as wide as the box, so that a name never reaches over a neighbour's
          node.style({
            'font-size': GROUP.font / zoom,
            'text-max-width': `${String(node.outerWidth())}px`,
            'text-margin-y': -3 / zoom,
            'text-background-padding': `${String(LABEL.padding / zoom)}px`,
            'min-zoomed-font-size': 0,
          });
          continue;
        }
        const { font, maxWidth } = labelOf(node.hasClass('organisation') || node.hasClass('department'));
        // the style's sizes, divided by the zoom
        node.style({
          'font-size': font / zoom,
          'text-max-width': `${String(maxWidth / zoom)}px`,
          'text-margin-y': LABEL.marginY / zoom,
          'text-background-padding': `${String(LABEL.padding / zoom)}px`,
          'min-zoomed-font-size': 0,
        });
      }
    });
    this.readable = new Set(wanted.keys());
    this.container.dataset['readableLabels'] = String(wanted.size);
  }
}
