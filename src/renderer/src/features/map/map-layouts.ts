import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import type cytoscape from 'cytoscape';
import { concentricPositions, placeNewcomers, twoShoresPositions, type LayoutEdge, type LayoutName, type LayoutNode, type Point } from './layouts';

/** names in the Danish order (Æ, Ø, Å after Z), for deterministic layouts */
const collator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

export interface LayoutGraph {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
}

export interface LayoutHost {
  /** the map's cytoscape instance now (it is made again when the map turns large) */
  cy(): Core;
  /** large networks lay out in draft quality */
  large(): boolean;
  container: HTMLElement;
  /** the middle of what the view shows, in model units: where newcomers go */
  viewCentre(): Point;
  fit(): void;
  /** a layout finished: positions changed */
  done(): void;
  /** the map chose a layout itself (manual, as the user arranged or saved it; the shores for a huge network) */
  chose(name: LayoutName): void;
}

/**
 * Runs the map's layouts on cytoscape: which one is in use, the user's own arrangement (saved
 * with the project and as changed since), a whole layout afresh and, after an edit, room for
 * what is new without throwing the picture away. Where actors go is worked out in layouts.ts.
 * `data-layout` on the map is "running" or "done", `data-layout-name` the layout in use.
 */
export class MapLayouts {
  private layoutName: LayoutName = 'force';
  private laid = false;
  private graph: LayoutGraph = { nodes: [], edges: [] };
  /** the user's own arrangement, as saved with the project and as changed since */
  private manual = new Map<string, Point>();
  private running: cytoscape.Layouts | null = null;

  constructor(private readonly host: LayoutHost) {}

  get name(): LayoutName {
    return this.layoutName;
  }

  /** whether the map has been laid out once (before, the network's size may still change how it is drawn) */
  get laidOut(): boolean {
    return this.laid;
  }

  setGraph(graph: LayoutGraph): void {
    this.graph = graph;
  }

  setLayout(name: LayoutName): void {
    if (name === this.layoutName) return;
    this.layoutName = name;
    if (this.laid) this.layout();
  }

  /** A network too big to open force-directed opens on the shores. */
  hugeNetwork(): void {
    if (this.layoutName !== 'force') return;
    this.layoutName = 'shores';
    this.host.chose('shores');
  }

  /**
   * The arrangement saved with the project. Before the first drawing it decides the layout (a
   * project saved with one opens on it); later, a change that did not come from dragging here (an
   * undo, another window) moves the actors to it.
   */
  applySaved(positions: Readonly<Record<string, Point>>): void {
    const saved = new Map(Object.entries(positions));
    const same =
      saved.size === this.manual.size &&
      [...saved].every(([id, p]) => {
        const q = this.manual.get(id);
        return q !== undefined && q.x === p.x && q.y === p.y;
      });
    if (same) return;
    this.manual = saved;
    if (saved.size === 0) return;
    if (!this.laid) {
      this.layoutName = 'manual';
      this.host.chose('manual');
    } else if (this.layoutName === 'manual') this.layout();
  }

  /** The user moved actors by hand: the arrangement is theirs now, and is returned to be saved. */
  dragged(): Record<string, Point> {
    this.rememberManual();
    if (this.layoutName !== 'manual') {
      this.layoutName = 'manual';
      this.host.container.dataset['layoutName'] = 'manual';
      this.host.chose('manual');
    }
    return Object.fromEntries(this.manual);
  }

  /** Where every actor is drawn now, whatever the layout: the map as the user sees it. */
  current(): Record<string, Point> {
    const out: Record<string, Point> = {};
    this.host.cy().nodes().not(':parent').forEach((n) => {
      const { x, y } = n.position();
      out[n.id()] = { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
    });
    return out;
  }

  /**
   * A saved view's own arrangement, drawn as it was under the layout it was made with, without
   * laying out again (a force layout would not give the same picture twice); `then` runs once
   * the actors are in place. Actors the view does not know stay where they are.
   */
  show(name: LayoutName, positions: ReadonlyMap<string, Point>, then: () => void): void {
    this.layoutName = name;
    this.host.container.dataset['layoutName'] = name;
    this.laid = true;
    this.preset(positions, false, then);
  }

  /** The concentric layout follows the size measure, so a new measure re-draws it. */
  metricChanged(): void {
    if (this.laid && this.layoutName === 'concentric') this.layout();
  }

  /** Lays the whole network out afresh in the chosen layout. */
  layout(): void {
    const cy = this.host.cy();
    this.host.container.dataset['layoutName'] = this.layoutName;
    if (cy.nodes().length === 0) {
      this.host.container.dataset['layout'] = 'done';
      return;
    }
    this.laid = true;
    switch (this.layoutName) {
      case 'force':
        return this.force(false);
      case 'shores':
        return this.preset(this.shorePositions(), true);
      case 'concentric':
        return this.concentric();
      case 'manual': {
        if (this.manual.size === 0) this.rememberManual();
        const newcomers = this.graph.nodes.filter((n) => !this.manual.has(n.id));
        const placed = placeNewcomers(newcomers, this.graph.edges, this.manual, this.host.viewCentre());
        return this.preset(new Map([...this.manual, ...placed]), false);
      }
    }
  }

  /** After an edit: keep the picture, and find room for what is new. */
  relayout(newNodes: readonly string[], moved: boolean): void {
    const cy = this.host.cy();
    const fresh = new Set(newNodes);
    const placed = new Map<string, Point>();
    cy.nodes().forEach((n) => {
      if (!fresh.has(n.id())) placed.set(n.id(), { ...n.position() });
    });
    const newcomers = this.graph.nodes.filter((n) => fresh.has(n.id));
    const spots = placeNewcomers(newcomers, this.graph.edges, placed, this.host.viewCentre());
    cy.batch(() => {
      for (const [id, p] of spots) cy.getElementById(id).position(p);
    });
    switch (this.layoutName) {
      case 'force':
        // small additions only refine the picture; many new actors (or regrouping) re-draw it
        return newNodes.length < cy.nodes().length / 4 && !moved ? this.force(true) : this.force(false);
      case 'shores':
        return this.preset(this.shorePositions(), false);
      case 'concentric':
        return this.concentric();
      case 'manual':
        for (const [id, p] of spots) this.manual.set(id, p);
        this.host.container.dataset['layout'] = 'done';
        return;
    }
  }

  stop(): void {
    this.running?.stop();
  }

  private shorePositions(): Map<string, Point> {
    const compound = this.host.cy().nodes(':parent').length > 0;
    return twoShoresPositions(this.graph.nodes, this.graph.edges, collator.compare, compound);
  }

  private start(options: LayoutOptions, fitAfter: boolean, eles: cytoscape.CollectionReturnValue = this.host.cy().elements(), then?: () => void): void {
    this.running?.stop();
    this.host.container.dataset['layout'] = 'running';
    const layout = eles.layout(options);
    this.running = layout;
    layout.one('layoutstop', () => {
      if (this.running !== layout) return;
      this.running = null;
      if (fitAfter) this.host.fit();
      this.host.container.dataset['layout'] = 'done';
      this.host.done();
      then?.();
    });
    layout.run();
  }

  private force(incremental: boolean): void {
    this.start(
      {
        name: 'fcose',
        quality: this.host.large() ? 'draft' : 'default',
        randomize: !incremental,
        animate: false,
        nodeRepulsion: () => 16000,
        // ties within an organisation short, ties between organisations long: the groups stay apart
        idealEdgeLength: (e: cytoscape.EdgeSingular) => (e.source().parent().same(e.target().parent()) ? 70 : 130),
        nodeSeparation: 75,
        packComponents: true,
        fit: false,
        nestingFactor: 0.1,
        gravityCompound: 1.5,
        gravityRangeCompound: 2,
        tile: true,
      } as LayoutOptions,
      !incremental,
    );
  }

  private preset(positions: ReadonlyMap<string, Point>, fitAfter: boolean, then?: () => void): void {
    // compound parents follow their persons; only the leaves are placed
    this.start(
      { name: 'preset', positions: (n: NodeSingular) => positions.get(n.id()) ?? n.position(), fit: false, animate: false } as LayoutOptions,
      fitAfter,
      this.host.cy().nodes().not(':parent'),
      then,
    );
  }

  private concentric(): void {
    const leaves = this.host.cy().nodes().not(':parent');
    const byMetric = leaves.some((n) => Number(n.data('metric')) > 0);
    const values = new Map<string, number>();
    leaves.forEach((n) => {
      values.set(n.id(), byMetric ? Number(n.data('metric')) : n.degree(false));
    });
    // rings far enough apart for the largest actor, so sized actors do not cover each other
    const largest = Math.max(22, ...leaves.map((n) => Number(n.data('size'))));
    const positions = concentricPositions(this.graph.nodes, (id) => values.get(id) ?? 0, collator.compare, largest + 30);
    this.preset(positions, true);
  }

  private rememberManual(): void {
    this.manual = new Map();
    this.host.cy().nodes().not(':parent').forEach((n) => {
      this.manual.set(n.id(), { ...n.position() });
    });
  }
}
