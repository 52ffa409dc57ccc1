import cytoscape, { type Core, type ElementDefinition, type EventObject, type StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { MapElements } from './map-elements';

cytoscape.use(fcose);

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      shape: 'data(shape)' as never,
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-size': 10,
      'font-family': 'system-ui, sans-serif',
      color: '#222',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': '110px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.7,
      'text-background-padding': '1px',
      'border-width': 1.5,
      'border-color': '#ffffff',
      'min-zoomed-font-size': 7,
    },
  },
  { selector: 'node.organisation, node.department', style: { 'font-weight': 'bold', 'font-size': 11 } },
  { selector: 'node:selected', style: { 'border-color': '#111', 'border-width': 3 } },
  {
    selector: 'edge.tie',
    style: {
      width: 'data(width)',
      'line-color': '#6b6b6b',
      'curve-style': 'bezier',
      opacity: 0.85,
    },
  },
  { selector: 'edge.informal', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
  {
    selector: 'edge.directed',
    style: { 'target-arrow-shape': 'triangle', 'target-arrow-color': '#6b6b6b', 'arrow-scale': 0.8 },
  },
  {
    selector: 'edge.fragile',
    style: { 'line-color': '#D55E00', 'target-arrow-color': '#D55E00', width: 3.5, opacity: 1, 'z-index': 5 },
  },
  { selector: 'node.key-person', style: { 'border-color': '#D55E00', 'border-width': 3.5 } },
  { selector: '.dimmed', style: { opacity: 0.15 } },
  { selector: 'node.highlighted', style: { 'border-color': '#111', 'border-width': 4, 'z-index': 10 } },
  { selector: 'edge.highlighted', style: { width: 5, opacity: 1, 'z-index': 10 } },
  {
    selector: 'edge.membership',
    style: { width: 1, 'line-color': '#b9b9b9', 'line-style': 'dotted', opacity: 0.9, 'curve-style': 'straight' },
  },
];

/**
 * Owns the cytoscape instance. React mounts and destroys it; updates are diffs against what is
 * drawn, so an edit does not throw away positions or the user's pan and zoom.
 */
export class MapController {
  private readonly cy: Core;
  private laidOut = false;
  /** room kept free on the left for the legend, so fitting never hides actors beneath it */
  private insetLeft = 0;

  constructor(
    private readonly container: HTMLElement,
    private readonly onSelect: (id: string | null) => void = () => {},
  ) {
    this.cy = cytoscape({
      container,
      style: STYLE,
      minZoom: 0.1,
      maxZoom: 4,
      boxSelectionEnabled: false,
    });
    this.cy.on('tap', 'node', (e: EventObject) => this.onSelect((e.target as cytoscape.NodeSingular).id()));
    this.cy.on('tap', (e) => {
      if (e.target === this.cy) this.onSelect(null);
    });
  }

  update(elements: MapElements): void {
    const wanted = new Map<string, ElementDefinition>();
    for (const el of [...elements.nodes, ...elements.edges]) wanted.set(String(el.data.id), el);
    const cy = this.cy;
    const added: ElementDefinition[] = [];
    cy.batch(() => {
      cy.elements().forEach((el) => {
        const next = wanted.get(el.id());
        if (!next) {
          el.remove();
          return;
        }
        if (el.isEdge() && (el.data('source') !== next.data.source || el.data('target') !== next.data.target)) {
          el.remove();
          added.push(next);
        } else {
          el.data(next.data);
          el.classes(next.classes ?? '');
        }
        wanted.delete(el.id());
      });
      // nodes before edges: an edge needs both ends present
      added.push(...wanted.values());
      added.sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1));
      if (added.length) cy.add(added);
    });
    const newNodes = added.filter((a) => a.group === 'nodes').length;
    if (!this.laidOut || newNodes > 0) this.layout(this.laidOut && newNodes < cy.nodes().length / 4);
    this.container.dataset['nodes'] = String(cy.nodes().length);
    this.container.dataset['edges'] = String(cy.edges().length);
    this.container.dataset['fragile'] = String(cy.edges('.fragile').length);
  }

  /** Force-directed layout; after small additions only the layout refines, keeping the picture. */
  layout(incremental = false): void {
    if (this.cy.nodes().length === 0) return;
    this.laidOut = true;
    const layout = this.cy.layout({
      name: 'fcose',
      quality: 'default',
      randomize: !incremental,
      animate: false,
      nodeRepulsion: () => 16000,
      idealEdgeLength: () => 85,
      nodeSeparation: 75,
      packComponents: true,
      fit: false,
    } as cytoscape.LayoutOptions);
    layout.one('layoutstop', () => {
      if (!incremental) this.fit();
      this.container.dataset['layout'] = 'done';
    });
    layout.run();
  }

  setInsetLeft(px: number): void {
    if (px === this.insetLeft) return;
    this.insetLeft = px;
    if (this.laidOut) this.fit();
  }

  /** Fits the whole network into the part of the map the legend leaves free. */
  fit(): void {
    const cy = this.cy;
    const eles = cy.elements();
    if (eles.empty()) return;
    const pad = 30;
    const bb = eles.boundingBox();
    const width = Math.max(50, cy.width() - this.insetLeft - 2 * pad);
    const height = Math.max(50, cy.height() - 2 * pad);
    const zoom = Math.min(width / Math.max(bb.w, 1), height / Math.max(bb.h, 1), 1.6);
    cy.zoom(zoom);
    cy.pan({
      x: this.insetLeft + pad + (width - bb.w * zoom) / 2 - bb.x1 * zoom,
      y: pad + (height - bb.h * zoom) / 2 - bb.y1 * zoom,
    });
  }

  /** Shows a finding's actors and ties: they stand out, the rest fades. */
  highlight(elements: { actors: readonly string[]; ties: readonly string[] } | null): void {
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().removeClass('dimmed highlighted');
      if (!elements || (elements.actors.length === 0 && elements.ties.length === 0)) return;
      const on = cy.collection();
      for (const id of elements.actors) on.merge(cy.getElementById(id));
      for (const id of elements.ties) on.merge(cy.getElementById(`tie:${id}`));
      // the ties and memberships among highlighted actors belong to the picture too
      on.merge(on.nodes().edgesWith(on.nodes()));
      cy.elements().not(on).addClass('dimmed');
      on.addClass('highlighted');
    });
    this.container.dataset['highlighted'] = String(cy.$('.highlighted').length);
  }

  select(id: string | null): void {
    this.cy.$(':selected').unselect();
    if (id) this.cy.getElementById(id).select();
  }

  destroy(): void {
    this.cy.destroy();
  }
}
