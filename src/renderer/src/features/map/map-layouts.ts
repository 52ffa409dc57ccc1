import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import type cytoscape from 'cytoscape';
import { computeLayout, layoutCollator as collator, shoreHeadings, type ShoreHeading } from '../../../../core/layout';
import type { ProjectData } from '../../../../core/model/schema';
import { concentricPositions, placeNewcomers, type LayoutEdge, type LayoutName, type LayoutNode, type Point } from './layouts';

export interface LayoutGraph {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  /** the project the layouts in core compute from */
  data: ProjectData;
}

/** Why the map asks for its arrangement to be kept with the project. */
export type StoreReason = 'first' | 'again';

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
  /** an arrangement to keep with the project: the first computed layout, or one laid out again */
  store(positions: Record<string, Point>, reason: StoreReason): void;
  /** each actor's number of drawn lines, where the map keeps ties out of cytoscape (null: cytoscape's own degree) */
  degrees?: () => ((id: string) => number) | null;
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
  private graph: LayoutGraph | null = null;
  /** the layout the project opened on, and whether it had actors then (only then is a first layout kept) */
  private opened: { name: LayoutName; actors: boolean } | null = null;
  private drawnOnce = false;
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

  /**
   * The layout the project opens on (before anything is drawn): a saved arrangement that is the
   * force layout (or the shores) as computed now opens under that name; any other is "manual".
   */
  openOn(name: LayoutName, withActors: boolean): void {
    if (this.laid) return;
    this.layoutName = name;
    this.opened = { name, actors: withActors };
  }

  /**
   * "Lay out again": the layout in use computed afresh (the force layout when the arrangement is
   * the user's own) and kept with the project as one undoable step.
   */
  layoutAgain(): void {
    if (this.layoutName === 'manual') {
      this.layoutName = 'force';
      this.host.chose('force');
    }
    this.layout('again');
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
      // a saved arrangement that is the layout the project opens on keeps that layout's name
      if (this.opened?.name === 'manual' || this.opened === null) {
        this.layoutName = 'manual';
        this.host.chose('manual');
      }
    } else {
      // a change that did not come from here (an undo, another window): the saved arrangement is shown as it is
      if (this.layoutName !== 'manual') {
        this.layoutName = 'manual';
        this.host.container.dataset['layoutName'] = 'manual';
        this.host.chose('manual');
      }
      this.layout();
    }
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

  /** The shores' names and where they go, while the map shows "to bredder"; null otherwise. */
  headings(): ShoreHeading[] | null {
    if (this.layoutName !== 'shores' || !this.graph) return null;
    const drawn = new Map<string, Point>();
    this.host.cy().nodes().not(':parent').forEach((n) => {
      drawn.set(n.id(), { ...n.position() });
    });
    return shoreHeadings(this.graph.nodes, drawn, this.host.cy().nodes(':parent').length > 0);
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

  /**
   * Lays the whole network out afresh in the chosen layout. The project's first layout (a project
   * opened with actors and no saved arrangement) is kept with it, and so is one laid out again.
   */
  layout(store?: StoreReason): void {
    const cy = this.host.cy();
    this.host.container.dataset['layoutName'] = this.layoutName;
    if (cy.nodes().length === 0) {
      this.host.container.dataset['layout'] = 'done';
      return;
    }
    const first = !this.laid && this.manual.size === 0 && this.opened?.actors === true;
    this.laid = true;
    const keep = store ?? (first && this.layoutName !== 'manual' && this.layoutName !== 'concentric' ? 'first' : undefined);
    switch (this.layoutName) {
      case 'force':
      case 'shores': {
        // opening on a saved arrangement that is this layout: it is drawn as saved, not computed a second time
        const saved = !first && !store && this.opened?.name === this.layoutName && this.manual.size > 0 && !this.drawnOnce;
        this.drawnOnce = true;
        const positions = saved ? this.manual : this.computed(this.layoutName);
        if (keep) this.keep(positions, keep);
        return this.preset(positions, true);
      }
      case 'concentric':
        return this.concentric(keep);
      case 'manual': {
        if (this.manual.size === 0) this.rememberManual();
        const newcomers = (this.graph?.nodes ?? []).filter((n) => !this.manual.has(n.id));
        const placed = placeNewcomers(newcomers, (this.graph?.edges ?? []), this.manual, this.host.viewCentre());
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
    const newcomers = (this.graph?.nodes ?? []).filter((n) => fresh.has(n.id));
    const spots = placeNewcomers(newcomers, (this.graph?.edges ?? []), placed, this.host.viewCentre());
    cy.batch(() => {
      for (const [id, p] of spots) cy.getElementById(id).position(p);
    });
    switch (this.layoutName) {
      case 'force':
        // additions keep the picture (the newcomers beside their neighbours); regrouping (persons into or out of their organisations) re-draws it
        if (moved) return this.preset(this.computed('force'), true);
        this.host.container.dataset['layout'] = 'done';
        this.host.done();
        return;
      case 'shores':
        return this.preset(this.computed('shores'), false);
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

  /** A layout from core: the same for the same project everywhere; persons inside their organisations when the map draws them so. */
  private computed(name: 'force' | 'shores'): Map<string, Point> {
    const compound = this.host.cy().nodes(':parent').length > 0;
    const data = this.graph?.data;
    return data ? new Map(Object.entries(computeLayout(data, name, { compound }))) : new Map<string, Point>();
  }

  /** Keeps an arrangement with the project; remembered first, so the saved one coming back is known as ours. */
  private keep(positions: ReadonlyMap<string, Point>, reason: StoreReason): void {
    const leaves = new Set(this.host.cy().nodes().not(':parent').map((n) => n.id()));
    const kept: Record<string, Point> = {};
    for (const [id, p] of positions) if (leaves.has(id)) kept[id] = { x: p.x, y: p.y };
    this.manual = new Map(Object.entries(kept));
    this.host.store(kept, reason);
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

  private preset(positions: ReadonlyMap<string, Point>, fitAfter: boolean, then?: () => void): void {
    // compound parents follow their persons; only the leaves are placed
    this.start(
      { name: 'preset', positions: (n: NodeSingular) => positions.get(n.id()) ?? n.position(), fit: false, animate: false } as LayoutOptions,
      fitAfter,
      this.host.cy().nodes().not(':parent'),
      then,
    );
  }

  private concentric(keep?: StoreReason): void {
    const leaves = this.host.cy().nodes().not(':parent');
    const byMetric = leaves.some((n) => Number(n.data('metric')) > 0);
    const degree = this.host.degrees?.() ?? ((id: string) => this.host.cy().getElementById(id).degree(false));
    const values = new Map<string, number>();
    leaves.forEach((n) => {
      values.set(n.id(), byMetric ? Number(n.data('metric')) : degree(n.id()));
    });
    // rings far enough apart for the largest actor, so sized actors do not cover each other
    const largest = Math.max(22, ...leaves.map((n) => Number(n.data('size'))));
    const positions = concentricPositions(this.graph?.nodes ?? [], (id) => values.get(id) ?? 0, collator.compare, largest + 30);
    if (keep) this.keep(positions, keep);
    this.preset(positions, true);
  }

  private rememberManual(): void {
    this.manual = new Map();
    this.host.cy().nodes().not(':parent').forEach((n) => {
      this.manual.set(n.id(), { ...n.position() });
    });
  }
}
