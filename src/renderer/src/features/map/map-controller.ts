import type cytoscape from 'cytoscape';
import type { Core, EdgeSingular, ElementDefinition, EventObject, NodeCollection, NodeSingular } from 'cytoscape';
import { ConnectGesture } from './connect';
import { applyElements, byId, type DrawnElements } from './element-diff';
import { AssignedClasses, collectionOf, hasClass, highlightedElements, highlightedIds, NONE, outsideFocus } from './map-classes';
import { isPlainTie, type TieState } from './plain-ties';
import type { MapElements } from './map-elements';
import { createMapInstance, type MapInstance } from './map-instance';
import { MapLayouts, type LayoutGraph, type StoreReason } from './map-layouts';
import { ShoreHeadingsLayer } from './shore-headings';
import { FORCE_UP_TO, type Shore } from '../../../../core/layout';
import type { LayoutName, Point } from './layouts';
import { ReadableLabels } from './readable-labels';
import { SelectedActor } from './selected-actor';
import type { ViewportState } from '../../../../core/model/view-state';
import { viewportFor } from '../../../../core/model/views';
import { centreOf, extentOf, fitViewport, inFreeView, panToReveal, viewportIncluding, type Insets, type ViewSize } from './viewport';

export { webglAvailable } from './map-instance';

/** Above this many elements the map draws with WebGL (when the browser has it) and hides small labels. */
export const LARGE_NETWORK = 3_000;
/**
 * Above this many actors the force-directed layout is too slow to open with (core's ForceAtlas2
 * takes about a second at 1,000 actors under Node, and the page is frozen meanwhile; fcose took
 * 4–6 s on 2,000 in Chromium): the first layout is the shores, which places 20,000 actors in a
 * fifth of a second. The user can still choose force. The same bound as core's default layout.
 */
export const HUGE_NETWORK = FORCE_UP_TO;

/** FNV-1a over the actors' positions in id order: equal digests, the same map. */
function digestOf(positions: Readonly<Record<string, Point>>): string {
  let h = 0x811c9dc5;
  for (const id of Object.keys(positions).sort()) {
    const p = positions[id] as Point;
    const text = `${id}:${p.x.toFixed(1)},${p.y.toFixed(1)};`;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  return h.toString(16).padStart(8, '0');
}

/** How map-elements.ts names a tie's element: `tie:` and the tie's id. */
const TIE_PREFIX = 'tie:';

/** The zoom below which a 6-unit dash is under two screen pixels. */
const FAR_ZOOM = 1 / 3;

export interface MapCallbacks {
  onSelect(id: string | null): void;
  /** the user clicked a tie (by its id in the project, not the map's `tie:` element id) */
  onSelectTie(id: string): void;
  onConnect(source: string, target: string): void;
  /** the map chose a layout itself: "manual" once the user moves an actor by hand, the shores for a huge network */
  onLayout(name: LayoutName): void;
  /** the user finished moving actors by hand: the arrangement to save with the project */
  onPositions(positions: Record<string, Point>): void;
  /** a computed arrangement to keep with the project: the first layout, or one laid out again */
  onStoreLayout(positions: Record<string, Point>, reason: StoreReason): void;
}

/** What the toolbar's filters and ego focus leave on the map, as element ids. */
export interface Visibility {
  /** elements the filters leave off (display: none) */
  filtered: ReadonlySet<string>;
  /** actors outside the ego focus, or null without a focus */
  outside: ReadonlySet<string> | null;
  /** hide what is outside the focus instead of dimming it */
  hideOutside: boolean;
}

/** One cytoscape instance with what the controller keeps for it; made again when the map turns large. */
interface Drawing {
  map: MapInstance;
  connect: ConnectGesture;
  selected: SelectedActor;
  readable: ReadableLabels;
  classes: AssignedClasses;
  headings: ShoreHeadingsLayer;
}

/**
 * The only thing MapView talks to. It owns the cytoscape instance: React mounts and destroys it;
 * updates are diffs against what is drawn (element-diff.ts), so an edit does not throw away
 * positions or the user's pan and zoom. The jobs are done by modules of their own: making the
 * instance (map-instance.ts), layouts (map-layouts.ts over layouts.ts), viewport maths
 * (viewport.ts), the classes of filters, focus and highlight (map-classes.ts), the chosen
 * actors' readable names (readable-labels.ts) and the selected actor (selected-actor.ts); the
 * controller wires them to cytoscape's events and the map's data-* attributes.
 */
export class MapController {
  private drawing: Drawing;
  private readonly layouts: MapLayouts;
  private large = false;
  private insets: Insets = { left: 0, top: 0 };
  private connectMode = false;
  private far = false;
  /** the view is no longer the one fit() chose (the user panned or zoomed, or a search or finding moved it) */
  private viewMoved = false;
  private fitting = false;
  /** what the map was last given, by element id: a definition seen before needs no look */
  private drawn: DrawnElements = new Map<string, ElementDefinition>();
  /** what of it cytoscape holds: all of it, but on a large canvas map the ties the tie layer draws */
  private inCy: DrawnElements = new Map<string, ElementDefinition>();
  /** on a large canvas map, ties given to cytoscape while they are marked (a finding's) or chosen, to be drawn above the actors */
  private promoted: ReadonlySet<string> = NONE;
  private chosenTie: string | null = null;
  private shoreNames: Readonly<Record<Shore, string>> = { municipality: '', middle: '', civil: '' };
  private readonly resizing: ResizeObserver;
  /**
   * The map's size as `resized` last handled it. Not cytoscape's own cached size: cytoscape
   * resizes itself too (debounced, on its container's size and attribute changes), and when
   * that ran between the change and our observer, the change looked handled and a view the map
   * chose was not fitted again (actors left off a map narrowed by the side panel).
   */
  private handledSize: ViewSize;

  constructor(
    private readonly container: HTMLElement,
    private readonly callbacks: MapCallbacks,
  ) {
    this.layouts = new MapLayouts({
      cy: () => this.cy,
      large: () => this.large,
      container,
      viewCentre: () => {
        const e = this.cy.extent();
        return centreOf(e);
      },
      fit: () => this.fit(),
      done: () => {
        this.drawing.selected.reportSoon();
        this.drawing.map.labels.soon();
        this.drawing.headings.show(this.layouts.headings());
        this.drawing.readable.soon();
        this.reportPlaces(true);
      },
      chose: (name) => callbacks.onLayout(name),
      store: (positions, reason) => callbacks.onStoreLayout(positions, reason),
      degrees: () => (this.drawing.map.edgeLayer ? this.degrees() : null),
    });
    this.drawing = this.create(false);
    // the side panel widening (or the window) changes the map's size: cytoscape does not see it by itself
    this.handledSize = { width: container.clientWidth, height: container.clientHeight };
    this.resizing = new ResizeObserver(() => this.resized());
    this.resizing.observe(container);
  }

  /**
   * The map area changed size. A view the map chose is fitted again; a view the user made is kept,
   * unless the network was wholly in view before and would now run off the map.
   */
  private resized(): void {
    const cy = this.cy;
    const before = this.handledSize;
    const now = { width: this.container.clientWidth, height: this.container.clientHeight };
    // the observer also reports the size it starts with: cytoscape's resize() draws everything
    // again (a second at 20,000 actors), so a size already handled is left alone
    if (now.width === before.width && now.height === before.height) return;
    this.handledSize = now;
    const wholly = this.layouts.laidOut && this.networkInside(before);
    cy.resize();
    this.container.dataset['resized'] = String(Number(this.container.dataset['resized'] ?? '0') + 1);
    if (!this.layouts.laidOut) return;
    if (!this.viewMoved || (wholly && !this.networkInside(this.viewSize))) this.fit();
    else this.reportPlaces(false);
  }

  /**
   * For tests and tools reading the map from outside: `data-actors-box`, where the shown actors
   * are drawn ("x1,y1,x2,y2" in CSS pixels from the map's top left, their dots and names included),
   * and after a layout `data-layout-digest`, a short hash of every actor's position in the model.
   */
  private reportPlaces(digest: boolean): void {
    const e = extentOf(this.cy.nodes().filter((n) => !n.isParent() && !n.hasClass('filtered') && !n.hasClass('ego-hidden')));
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    const r = (v: number) => String(Math.round(v));
    this.container.dataset['zoom'] = zoom.toFixed(3);
    this.container.dataset['actorsBox'] = e ? [e.x1 * zoom + pan.x, e.y1 * zoom + pan.y, e.x2 * zoom + pan.x, e.y2 * zoom + pan.y].map(r).join(',') : '';
    if (!digest) return;
    const positions = this.layouts.current();
    this.container.dataset['layoutDigest'] = digestOf(positions);
    // organisations drawn around their persons: how many pairs of their boxes overlap (none, by the layout)
    const groups = this.cy.nodes(':parent');
    if (groups.length <= 500) {
      const boxes = groups.map((g) => g.boundingBox({ includeLabels: true }));
      let overlaps = 0;
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i] as cytoscape.BoundingBox12;
          const b = boxes[j] as cytoscape.BoundingBox12;
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps++;
        }
      this.container.dataset['groupOverlaps'] = String(overlaps);
    }
  }

  /** Whether every shown actor lies inside the free part of a map of this size. */
  private networkInside(view: ViewSize): boolean {
    const e = extentOf(this.cy.nodes().filter((n) => !n.isParent() && !n.hasClass('filtered') && !n.hasClass('ego-hidden')));
    if (!e) return true;
    const v = { zoom: this.cy.zoom(), pan: this.cy.pan() };
    return inFreeView({ x: e.x1, y: e.y1 }, v, view, this.insets) && inFreeView({ x: e.x2, y: e.y2 }, v, view, this.insets);
  }

  /** The shores' names in the language shown. */
  setShoreNames(names: Readonly<Record<Shore, string>>): void {
    this.shoreNames = names;
    this.drawing.headings.setNames(names);
  }

  /** The layout the project opens on (see MapLayouts.openOn). */
  openOn(name: LayoutName, withActors: boolean): void {
    this.layouts.openOn(name, withActors);
  }

  /** "Lay out again": the layout computed afresh, kept with the project as one undoable step. */
  layoutAgain(): void {
    this.layouts.layoutAgain();
  }

  private get cy(): Core {
    return this.drawing.map.cy;
  }

  private create(large: boolean): Drawing {
    let assigned: AssignedClasses | null = null;
    const state: TieState = {
      hidden: (id) => (assigned?.has('filtered', id) ?? false) || (assigned?.has('ego-hidden', id) ?? false),
      egoOut: (id) => assigned?.has('ego-out', id) ?? false,
      dimmed: (id) => assigned?.has('dimmed', id) ?? false,
      far: () => this.far,
    };
    const tieState = () => state;
    const map = createMapInstance(this.container, large, tieState);
    const { cy, labels } = map;
    const selected = new SelectedActor(cy, this.container);
    const classes = new AssignedClasses(cy, map.edgeLayer ? (id) => this.inCy.has(id) : undefined);
    assigned = classes;
    const readable = new ReadableLabels(cy, this.container, () => {
      const chosen = new Set<string>(classes.of('highlighted'));
      if (selected.id !== null) chosen.add(selected.id);
      // "to bredder" is read by its organisations: their names stay readable when the shores are fitted
      if (this.layouts.name === 'shores' && !large)
        cy.nodes('.organisation, .department')
          .not(':parent')
          .forEach((n) => {
            if (!n.hasClass('filtered') && !n.hasClass('ego-hidden')) chosen.add(n.id());
          });
      // "personer i organisationer" is read by its boxes: each names its organisation when fitted
      if (!large)
        cy.nodes(':parent').forEach((n) => {
          if (!n.hasClass('filtered') && !n.hasClass('ego-hidden')) chosen.add(n.id());
        });
      return chosen;
    });
    cy.on('tap', 'node', (e: EventObject) => {
      if (!this.connectMode) this.callbacks.onSelect((e.target as NodeSingular).id());
    });
    cy.on('tap', 'edge', (e: EventObject) => {
      const id = (e.target as EdgeSingular).id();
      if (!this.connectMode && id.startsWith(TIE_PREFIX)) this.callbacks.onSelectTie(id.slice(TIE_PREFIX.length));
    });
    cy.on('tap', (e) => {
      if (e.target !== cy || this.connectMode) {
        if (e.target === cy) this.callbacks.onSelect(null);
        return;
      }
      // a large canvas map's ties are not cytoscape's: a click beside every actor may be on one
      const tie = map.edgeLayer?.tieAt(e.position.x, e.position.y, 8 / cy.zoom()) ?? null;
      if (tie?.startsWith(TIE_PREFIX)) this.callbacks.onSelectTie(tie.slice(TIE_PREFIX.length));
      else this.callbacks.onSelect(null);
    });
    cy.on('dragfree', 'node', () => this.callbacks.onPositions(this.layouts.dragged()));
    cy.on('select unselect dragfree', () => labels.soon());
    cy.on('zoom', () => {
      this.markFar();
      readable.soon();
    });
    cy.on('select unselect', () => readable.soon());
    cy.on('viewport', () => {
      if (!this.fitting) this.viewMoved = true;
    });
    // a label left off for room shows while the pointer is on its actor
    cy.on('mouseover', 'node', (e: EventObject) => (e.target as NodeSingular).addClass('hover'));
    cy.on('mouseout', 'node', (e: EventObject) => (e.target as NodeSingular).removeClass('hover'));
    const connect = new ConnectGesture(cy, this.container, (s, t) => this.callbacks.onConnect(s, t));
    connect.setEnabled(this.connectMode);
    const headings = new ShoreHeadingsLayer(cy, this.container);
    headings.setNames(this.shoreNames);
    return { map, connect, selected, readable, classes, headings };
  }

  private destroyDrawing(): void {
    const { map, connect, selected, readable, headings } = this.drawing;
    headings.destroy();
    selected.destroy();
    readable.destroy();
    connect.destroy();
    map.destroy();
  }

  update(elements: MapElements, graph: LayoutGraph): void {
    this.layouts.setGraph(graph);
    if (!this.layouts.laidOut) {
      const large = elements.nodes.length + elements.edges.length > LARGE_NETWORK;
      if (large !== this.large) {
        // decided once, before anything is drawn: the renderer cannot be switched on a live instance
        this.large = large;
        this.destroyDrawing();
        this.drawing = this.create(large);
        this.drawn = new Map();
        this.inCy = new Map();
      }
      if (elements.nodes.length > HUGE_NETWORK) this.layouts.hugeNetwork();
    }
    const wanted = byId(elements);
    const { classes, selected, map } = this.drawing;
    const forCy = this.shareOut(wanted);
    const { added, moved, actorChange } = applyElements(this.cy, this.inCy, forCy, this.far, (id) => classes.forget(id));
    this.drawn = wanted;
    this.inCy = forCy;
    const newNodes = added.filter((a) => a.group === 'nodes').map((a) => String(a.data.id));
    if (!this.layouts.laidOut) this.layouts.layout();
    else if (newNodes.length > 0 || moved) this.layouts.relayout(newNodes, moved);
    // counted from what was asked for: cytoscape's class selectors walk every element
    const count = (defs: ElementDefinition[], cls: string) => defs.filter((d) => hasClass(d, cls)).length;
    const proposals = count(elements.edges, 'proposal');
    const data = this.container.dataset;
    data['nodes'] = String(elements.nodes.length);
    data['edges'] = String(elements.edges.length - proposals);
    data['fragile'] = String(count(elements.edges, 'fragile'));
    data['proposals'] = String(proposals);
    data['scenarioLeaving'] = String(count(elements.nodes, 'leaving'));
    data['scenarioLostTies'] = String(count(elements.edges, 'lost'));
    data['scenarioLost'] = String(count(elements.nodes, 'collab-lost'));
    data['scenarioWeakened'] = String(count(elements.nodes, 'collab-weakened'));
    selected.reportSoon();
    if (actorChange) map.labels.soon();
  }

  /**
   * What of the map's elements cytoscape draws: all, but on a large canvas map the ties the tie
   * layer draws, which are handed to it here. Ties that must lie above the actors (marked by a
   * finding, chosen, proposed, lost in a scenario) stay cytoscape's.
   */
  private shareOut(wanted: DrawnElements): DrawnElements {
    const layer = this.drawing.map.edgeLayer;
    if (!layer) return wanted;
    const forCy = new Map<string, ElementDefinition>();
    const plain = new Map<string, ElementDefinition>();
    for (const [id, def] of wanted) {
      if (def.group === 'edges' && !this.promoted.has(id) && id !== this.chosenTie && isPlainTie(def)) plain.set(id, def);
      else forCy.set(id, def);
    }
    layer.setTies(plain);
    // for tests and tools reading the map from outside: how many lines the tie layer holds
    this.container.dataset['plainTies'] = String(plain.size);
    return forCy;
  }

  /** Ties moved between cytoscape and the tie layer (marked or chosen, or no longer): cytoscape's part is brought up to date. */
  private reshare(): void {
    const { classes } = this.drawing;
    const forCy = this.shareOut(this.drawn);
    const { added } = applyElements(this.cy, this.inCy, forCy, this.far, () => {});
    this.inCy = forCy;
    // a tie moved into cytoscape keeps the classes it carried on the tie layer
    this.cy.batch(() => {
      for (const def of added) classes.reapply(String(def.data.id));
    });
  }

  /** Each actor's number of lines drawn (ties, memberships, proposals), as cytoscape's degree counts them. */
  private degrees(): (id: string) => number {
    const count = new Map<string, number>();
    for (const def of this.drawn.values()) {
      if (def.group !== 'edges') continue;
      for (const end of [String(def.data.source), String(def.data.target)]) count.set(end, (count.get(end) ?? 0) + 1);
    }
    return (id) => count.get(id) ?? 0;
  }

  /** The tie layer draws again the ties whose assigned classes changed. */
  private restyleTies(): void {
    const touched = this.drawing.classes.takeTouched();
    if (touched.length) this.drawing.map.edgeLayer?.restyle(touched.length > 2_000 ? null : touched);
  }

  /** Where every actor is drawn now (for an export that should show the map as it is). */
  positionsNow(): Record<string, Point> {
    return this.layouts.current();
  }

  applySavedPositions(positions: Readonly<Record<string, Point>>): void {
    this.layouts.applySaved(positions);
  }

  /** The pan and zoom now, with the map's size (a saved view keeps them). */
  viewportNow(): ViewportState {
    const cy = this.cy;
    return { pan: { ...cy.pan() }, zoom: cy.zoom(), width: cy.width(), height: cy.height() };
  }

  /**
   * A saved view: its layout, its own arrangement when it has one (else the layout is run), and
   * its pan and zoom fitted to this map's size (else the network is fitted).
   */
  showView(layout: LayoutName, positions: Readonly<Record<string, Point>> | null, viewport: ViewportState | null): void {
    // the map area may have changed size (a presentation, full screen)
    this.cy.resize();
    const place = () => {
      if (viewport) {
        this.fitting = true;
        const v = viewportFor(viewport, this.viewSize);
        this.cy.viewport({ zoom: v.zoom, pan: v.pan });
        this.fitting = false;
        // the user's (the view's) own pan and zoom: a panel changing width does not refit it
        this.viewMoved = true;
      } else this.fit();
      this.container.dataset['viewShown'] = String(Number(this.container.dataset['viewShown'] ?? '0') + 1);
    };
    if (positions) this.layouts.show(layout, new Map(Object.entries(positions)), place);
    else {
      this.layouts.setLayout(layout);
      place();
    }
  }

  get layoutInUse(): LayoutName {
    return this.layouts.name;
  }

  setLayout(name: LayoutName): void {
    this.layouts.setLayout(name);
  }

  /** The concentric layout follows the size measure, so a new measure re-draws it. */
  metricChanged(): void {
    this.layouts.metricChanged();
  }

  /** Lays the whole network out afresh in the chosen layout. */
  layout(): void {
    this.layouts.layout();
  }

  setInsets(insets: Insets): void {
    if (insets.left === this.insets.left && insets.top === this.insets.top) return;
    this.insets = insets;
    // the legend or toolbar changed size: refit a view the map chose, but not one the user made
    if (this.layouts.laidOut && !this.viewMoved) this.fit();
  }

  private get viewSize(): ViewSize {
    return { width: this.cy.width(), height: this.cy.height() };
  }

  /** Fits what is shown into the part of the map the legend and the toolbar leave free. */
  fit(): void {
    const cy = this.cy;
    const shown = this.large ? this.shownExtent() : cy.elements(':visible').boundingBox();
    if (!shown || !Number.isFinite(shown.w)) return;
    // room above for the shores' names, which stand above the highest actor
    const above = this.layouts.name === 'shores' ? 70 : 0;
    const bb = { x1: shown.x1, y1: shown.y1 - above, w: shown.w, h: shown.h + above };
    this.fitting = true;
    cy.viewport(fitViewport(bb, this.viewSize, this.insets));
    this.fitting = false;
    this.viewMoved = false;
    this.reportPlaces(false);
  }

  /**
   * The extent of the actors shown, from their positions and sizes, with room for a label below.
   * On a large network cytoscape's own bounding box (':visible' reads every element's style, and
   * labels are measured) took ten seconds at 20,000 actors; this takes milliseconds.
   */
  private shownExtent(): { x1: number; y1: number; w: number; h: number } | null {
    const e = extentOf(this.cy.nodes().filter((n) => !n.isParent() && !n.hasClass('filtered') && !n.hasClass('ego-hidden')));
    return e ? { x1: e.x1, y1: e.y1, w: e.x2 - e.x1, h: e.y2 - e.y1 } : null;
  }

  /**
   * Brings an actor into view (a search hit): the map pans only when the actor is outside the
   * free part of the view, so that a found actor that is already visible stays where it is.
   */
  reveal(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    const pan = panToReveal(node.renderedPosition(), node.position(), this.cy.zoom(), this.viewSize, this.insets);
    if (pan) this.cy.pan(pan);
  }

  /** Hides what the filters leave off, and dims or hides what lies outside the ego focus. */
  setVisibility(v: Visibility): void {
    const cy = this.cy;
    const { classes, map } = this.drawing;
    const away = v.outside ? outsideFocus(cy, v.outside) : new Set<string>();
    // the tie layer's ties of actors outside the focus
    if (v.outside && map.edgeLayer)
      for (const [id, def] of this.drawn)
        if (def.group === 'edges' && !this.inCy.has(id) && (away.has(String(def.data.source)) || away.has(String(def.data.target)))) away.add(id);
    const egoHidden = v.hideOutside ? away : NONE;
    cy.startBatch();
    // each assigned, none skipped: `||` would stop at the first that changed something
    const actorsChanged = [
      classes.assign('filtered', v.filtered, this.drawn),
      classes.assign('ego-hidden', egoHidden, this.drawn),
      classes.assign('ego-out', v.hideOutside ? NONE : away, this.drawn),
    ].some(Boolean);
    cy.endBatch();
    this.restyleTies();
    // counted from what was asked for: cytoscape's :visible reads the style, which is brought up to date later
    let nodes = 0;
    let edges = 0;
    for (const [id, def] of this.drawn) {
      if (v.filtered.has(id) || egoHidden.has(id)) continue;
      if (def.group === 'nodes') nodes++;
      else if (!hasClass(def, 'proposal')) edges++;
    }
    this.container.dataset['visibleNodes'] = String(nodes);
    this.container.dataset['visibleEdges'] = String(edges);
    if (actorsChanged) map.labels.soon();
  }

  /** Shows a finding's actors and ties: they stand out, the rest fades; `reveal` brings them into view. */
  highlight(elements: { actors: readonly string[]; ties: readonly string[] } | null, reveal = false): void {
    const cy = this.cy;
    const { classes, map, readable } = this.drawing;
    const on = map.edgeLayer ? highlightedIds(this.drawn, elements) : highlightedElements(cy, elements);
    if (map.edgeLayer) {
      // a finding's ties are drawn above the actors, by cytoscape
      const promoted = new Set<string>();
      for (const id of on) if (id.startsWith(TIE_PREFIX) || id.startsWith('membership:')) promoted.add(id);
      if (promoted.size !== this.promoted.size || [...promoted].some((id) => !this.promoted.has(id))) {
        this.promoted = promoted;
        this.reshare();
      }
    }
    const dimmed = new Set<string>();
    if (on.size > 0) for (const id of this.drawn.keys()) if (!on.has(id)) dimmed.add(id);
    cy.startBatch();
    const actorsChanged = [classes.assign('highlighted', on, this.drawn), classes.assign('dimmed', dimmed, this.drawn)].some(Boolean);
    cy.endBatch();
    this.restyleTies();
    this.container.dataset['highlighted'] = String(classes.of('highlighted').size);
    const marked = collectionOf(cy, [...on].map((id) => cy.getElementById(id))).nodes();
    if (elements && reveal) this.bringIntoView(marked);
    const viewport = { zoom: cy.zoom(), pan: cy.pan() };
    const inView = marked.filter((n) => inFreeView(n.position(), viewport, this.viewSize, this.insets));
    this.container.dataset['highlightedNodes'] = String(marked.length);
    this.container.dataset['highlightedInView'] = String(inView.length);
    if (actorsChanged) map.labels.soon();
    readable.soon();
  }

  /**
   * Makes sure a finding's actors are all in view: when some lie outside, the map centres on
   * them, zooming out as far as needed (never in), so what was chosen can be seen at once.
   */
  private bringIntoView(nodes: NodeCollection): void {
    const extent = extentOf(nodes);
    if (!extent) return;
    const cy = this.cy;
    const viewport = viewportIncluding(extent, { zoom: cy.zoom(), pan: cy.pan() }, this.viewSize, this.insets, cy.minZoom());
    if (viewport) cy.viewport(viewport);
  }

  /** The chosen actor, or the chosen tie (one of the two, or neither). */
  select(id: string | null, tie: string | null = null): void {
    const edge = tie === null ? null : `${TIE_PREFIX}${tie}`;
    // the chosen tie is drawn by cytoscape, above the actors and with its halo
    const chosen = id === null ? edge : null;
    if (this.drawing.map.edgeLayer && chosen !== this.chosenTie) {
      this.chosenTie = chosen;
      this.reshare();
    }
    this.drawing.selected.select(id, edge);
  }

  setConnectMode(on: boolean): void {
    this.connectMode = on;
    this.drawing.connect.setEnabled(on);
    this.container.dataset['connectMode'] = String(on);
  }

  /**
   * Below the zoom where a dash would be shorter than two screen pixels an informal tie looks
   * solid anyway, and dashed lines cost the canvas several times a plain one (a redraw of 12,000
   * ties took 0.7 s dashed and 0.3 s solid here): such ties are then drawn solid.
   */
  private markFar(): void {
    const far = this.cy.zoom() < FAR_ZOOM;
    if (far === this.far) return;
    this.far = far;
    this.cy.batch(() => this.cy.edges('.informal').toggleClass('far', far));
    this.drawing.map.edgeLayer?.restyle(null);
    this.container.dataset['far'] = String(far);
  }

  destroy(): void {
    this.resizing.disconnect();
    this.layouts.stop();
    this.destroyDrawing();
  }
}
