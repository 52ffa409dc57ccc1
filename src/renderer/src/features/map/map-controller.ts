import cytoscape, { type Core, type ElementDefinition, type EventObject, type LayoutOptions, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { ConnectGesture } from './connect';
import { EdgeLayer } from './edge-layer';
import { HitIndex } from './hit-index';
import { MapLabels } from './map-labels';
import { concentricPositions, placeNewcomers, twoShoresPositions, type LayoutEdge, type LayoutName, type LayoutNode, type Point } from './layouts';
import type { MapElements } from './map-elements';
import { LABEL, labelOf, mapStyle } from './map-style';

cytoscape.use(fcose);

/** Above this many elements the map draws with WebGL (when the browser has it) and hides small labels. */
export const LARGE_NETWORK = 3_000;
/**
 * Above this many actors a force-directed layout is too slow to open with (fcose took 4–6 s on
 * 2,000 actors in Chromium here, the page frozen meanwhile): the first layout is the shores,
 * which places 20,000 actors in a fifth of a second. The user can still choose force.
 */
export const HUGE_NETWORK = 1_000;

/** Actors up to which a large map pans on a texture of itself (measured on 2,000 and 20,000). */
const TEXTURE_PANNING_UP_TO = 5_000;

/** The zoom below which a 6-unit dash is under two screen pixels. */
const FAR_ZOOM = 1 / 3;

/** Below this zoom the names of chosen actors are scaled up to stay readable; at most this many. */
const READABLE_BELOW_ZOOM = 1;
const READABLE_AT_MOST = 60;

/** Height below an actor that its label takes, in model units. */
const LABEL_ROOM = 16;

export interface MapCallbacks {
  onSelect(id: string | null): void;
  onConnect(source: string, target: string): void;
  /** the map chose a layout itself: "manual" once the user moves an actor by hand, the shores for a huge network */
  onLayout(name: LayoutName): void;
  /** the user finished moving actors by hand: the arrangement to save with the project */
  onPositions(positions: Record<string, Point>): void;
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

/**
 * A hardware WebGL 2 context. A software one (SwiftShader, llvmpipe: a machine or VM without a
 * usable GPU) rasterises on the CPU, and there cytoscape's WebGL renderer takes seconds per
 * redraw of a few thousand elements where the 2D canvas takes milliseconds.
 */
export function webglAvailable(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return !/swiftshader|llvmpipe|softpipe|software|microsoft basic render/i.test(renderer);
  } catch {
    return false;
  }
}

/**
 * Owns the cytoscape instance. React mounts and destroys it; updates are diffs against what is
 * drawn, so an edit does not throw away positions or the user's pan and zoom.
 */
export class MapController {
  private cy: Core;
  private connect: ConnectGesture;
  private large = false;
  private laidOut = false;
  private layoutName: LayoutName = 'force';
  private graph: { nodes: LayoutNode[]; edges: LayoutEdge[] } = { nodes: [], edges: [] };
  /** the user's own arrangement, as saved with the project and as changed since */
  private manual = new Map<string, Point>();
  private insets = { left: 0, top: 0 };
  private connectMode = false;
  private frame = 0;
  private running: cytoscape.Layouts | null = null;
  private hits: HitIndex | null = null;
  private edgeLayer: EdgeLayer | null = null;
  private labels!: MapLabels;
  private far = false;
  /** the view is no longer the one fit() chose (the user panned or zoomed, or a search or finding moved it) */
  private viewMoved = false;
  private fitting = false;
  private selectedNode: NodeSingular | null = null;
  /** actors whose names are scaled up against the zoom (`readableChosen`) */
  private readable = new Set<string>();
  private readableFrame = 0;
  /** what the map was last given, by element id: a definition seen before needs no look */
  private drawn = new Map<string, ElementDefinition>();
  /** the ids that carry each class the controller assigns (filters, focus, highlight) */
  private readonly assigned = new Map<AssignedClass, Set<string>>();

  constructor(
    private readonly container: HTMLElement,
    private readonly callbacks: MapCallbacks,
  ) {
    [this.cy, this.connect] = this.create(false);
  }

  private create(large: boolean, actors = 0): [Core, ConnectGesture] {
    const webgl = large && webglAvailable();
    const cy = cytoscape({
      container: this.container,
      style: mapStyle(large, large && !webgl),
      minZoom: 0.02,
      maxZoom: 4,
      boxSelectionEnabled: false,
      // large networks: cheap redraws while the user pans and zooms. A texture of the whole
      // picture pans smoothest up to a few thousand actors; beyond, making the texture costs
      // more than drawing the actors from cytoscape's cached layers.
      ...(large ? { hideEdgesOnViewport: !webgl, textureOnViewport: !webgl && actors <= TEXTURE_PANNING_UP_TO, pixelRatio: 1 } : {}),
      ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    this.container.dataset['renderer'] = webgl ? 'webgl' : 'canvas';
    // the WebGL renderer picks on the GPU; the canvas one would test every element per mouse move
    this.hits = large && !webgl ? new HitIndex(cy) : null;
    this.container.dataset['hitIndex'] = this.hits ? 'grid' : 'cytoscape';
    // the canvas renderer strokes tie by tie; the large map draws its ties in batches itself
    this.edgeLayer = large && !webgl ? new EdgeLayer(cy, this.container) : null;
    this.labels = new MapLabels(cy, this.container);
    this.container.dataset['edgeLayer'] = String(this.edgeLayer !== null);
    cy.on('tap', 'node', (e: EventObject) => {
      if (!this.connectMode) this.callbacks.onSelect((e.target as NodeSingular).id());
    });
    cy.on('tap', (e) => {
      if (e.target === cy) this.callbacks.onSelect(null);
    });
    cy.on('dragfree', 'node', () => {
      this.rememberManual();
      if (this.layoutName !== 'manual') {
        this.layoutName = 'manual';
        this.container.dataset['layoutName'] = 'manual';
        this.callbacks.onLayout('manual');
      }
      this.callbacks.onPositions(Object.fromEntries(this.manual));
    });
    cy.on('viewport select unselect position', () => this.reportSelectedSoon());
    cy.on('select unselect dragfree', () => this.labels.soon());
    cy.on('zoom', () => {
      this.markFar();
      this.readableSoon();
    });
    // which actor is selected, kept here: asking cytoscape walks every element, on every frame of a pan
    cy.on('select', 'node', (e: EventObject) => {
      this.selectedNode = e.target as NodeSingular;
    });
    cy.on('unselect', 'node', (e: EventObject) => {
      if (this.selectedNode === e.target) this.selectedNode = null;
    });
    cy.on('select unselect', () => this.readableSoon());
    cy.on('viewport', () => {
      if (!this.fitting) this.viewMoved = true;
    });
    // a label left off for room shows while the pointer is on its actor
    cy.on('mouseover', 'node', (e: EventObject) => (e.target as NodeSingular).addClass('hover'));
    cy.on('mouseout', 'node', (e: EventObject) => (e.target as NodeSingular).removeClass('hover'));
    const connect = new ConnectGesture(cy, this.container, (s, t) => this.callbacks.onConnect(s, t));
    connect.setEnabled(this.connectMode);
    return [cy, connect];
  }

  update(elements: MapElements, graph: { nodes: LayoutNode[]; edges: LayoutEdge[] }): void {
    this.graph = graph;
    if (!this.laidOut) {
      const large = elements.nodes.length + elements.edges.length > LARGE_NETWORK;
      if (large !== this.large) {
        // decided once, before anything is drawn: the renderer cannot be switched on a live instance
        this.large = large;
        this.connect.destroy();
        this.hits?.destroy();
        this.edgeLayer?.destroy();
        this.labels.destroy();
        this.cy.destroy();
        [this.cy, this.connect] = this.create(large, elements.nodes.length);
        this.drawn = new Map();
        this.assigned.clear();
        this.readable.clear();
        this.selectedNode = null;
      }
      if (elements.nodes.length > HUGE_NETWORK && this.layoutName === 'force') {
        this.layoutName = 'shores';
        this.callbacks.onLayout('shores');
      }
    }
    const wanted = new Map<string, ElementDefinition>();
    for (const el of elements.nodes) wanted.set(String(el.data.id), el);
    for (const el of elements.edges) wanted.set(String(el.data.id), el);
    const cy = this.cy;
    const added: ElementDefinition[] = [];
    const moves: Array<[NodeSingular, string | null]> = [];
    const reclassed: cytoscape.SingularElementArgument[] = [];
    // labels make room for each other: placed again only when an actor came, went or changed
    const seen = { actorChange: false };
    cy.batch(() => {
      for (const id of this.drawn.keys()) {
        if (wanted.has(id)) continue;
        const el = cy.getElementById(id);
        if (el.empty()) continue;
        if (el.isNode()) seen.actorChange = true;
        // removing an organisation would take the persons drawn inside it along
        if (el.isNode() && el.isParent()) el.children().move({ parent: null });
        if (!el.removed()) el.remove();
      }
      for (const [id, next] of wanted) {
        // drawn from this very definition before: nothing about it changed
        if (this.drawn.get(id) === next) continue;
        if (next.group === 'nodes') seen.actorChange = true;
        const el = cy.getElementById(id);
        if (el.empty()) {
          added.push(next);
          continue;
        }
        if (el.isEdge() && (el.data('source') !== next.data.source || el.data('target') !== next.data.target)) {
          el.remove();
          added.push(next);
          continue;
        }
        if (el.isNode()) {
          const parent = (next.data['parent'] as string | undefined) ?? null;
          const current = el.parent().length ? el.parent().first().id() : null;
          if (parent !== current) moves.push([el, parent]);
        }
        // Only what differs is set: cytoscape restyles (and redraws the cached texture of)
        // every element whose data or classes are set, changed or not.
        const changed = changedData(el, next.data);
        if (changed) el.data(changed);
        const classes = keptClasses(el, next.classes ?? '');
        if (!sameClasses(el, classes)) {
          el.classes(classes);
          reclassed.push(el);
        }
      }
      // nodes before edges (an edge needs both ends), and organisations before their persons;
      // cytoscape keeps the data object it is given, so it gets a copy and the definition stays as made
      added.sort((a, b) => rank(a) - rank(b));
      // a new element (or one made again) carries none of the assigned classes yet
      for (const def of added) for (const ids of this.assigned.values()) ids.delete(String(def.data.id));
      const fresh = added.length ? cy.add(added.map((d) => ({ ...d, data: { ...d.data } }))) : cy.collection();
      // into or out of an organisation: cytoscape needs move(), and the organisation may be new
      for (const [node, parent] of moves) node.move({ parent });
      if (this.far) fresh.union(collectionOf(cy, reclassed)).filter('.informal').not('.far').addClass('far');
    });
    this.drawn = wanted;
    const moved = moves.length > 0;
    const newNodes = added.filter((a) => a.group === 'nodes').map((a) => String(a.data.id));
    if (!this.laidOut) this.layout();
    else if (newNodes.length > 0 || moved) this.relayout(newNodes, moved);
    // counted from what was asked for: cytoscape's class selectors walk every element
    const count = (defs: ElementDefinition[], cls: string) => defs.filter((d) => hasClass(d, cls)).length;
    const proposals = count(elements.edges, 'proposal');
    this.container.dataset['nodes'] = String(elements.nodes.length);
    this.container.dataset['edges'] = String(elements.edges.length - proposals);
    this.container.dataset['fragile'] = String(count(elements.edges, 'fragile'));
    this.container.dataset['proposals'] = String(proposals);
    this.container.dataset['scenarioLeaving'] = String(count(elements.nodes, 'leaving'));
    this.container.dataset['scenarioLostTies'] = String(count(elements.edges, 'lost'));
    this.container.dataset['scenarioLost'] = String(count(elements.nodes, 'collab-lost'));
    this.container.dataset['scenarioWeakened'] = String(count(elements.nodes, 'collab-weakened'));
    this.reportSelectedSoon();
    if (seen.actorChange) this.labels.soon();
  }

  /**
   * The arrangement saved with the project. Before the first drawing it decides the layout (a
   * project saved with one opens on it); later, a change that did not come from dragging here (an
   * undo, another window) moves the actors to it.
   */
  applySavedPositions(positions: Readonly<Record<string, Point>>): void {
    const saved = new Map(Object.entries(positions));
    const same = saved.size === this.manual.size && [...saved].every(([id, p]) => {
      const q = this.manual.get(id);
      return q !== undefined && q.x === p.x && q.y === p.y;
    });
    if (same) return;
    this.manual = saved;
    if (saved.size === 0) return;
    if (!this.laidOut) {
      this.layoutName = 'manual';
      this.callbacks.onLayout('manual');
    } else if (this.layoutName === 'manual') this.layout();
  }

  get layoutInUse(): LayoutName {
    return this.layoutName;
  }

  setLayout(name: LayoutName): void {
    if (name === this.layoutName) return;
    this.layoutName = name;
    if (this.laidOut) this.layout();
  }

  /** The concentric layout follows the size measure, so a new measure re-draws it. */
  metricChanged(): void {
    if (this.laidOut && this.layoutName === 'concentric') this.layout();
  }

  /** Lays the whole network out afresh in the chosen layout. */
  layout(): void {
    const cy = this.cy;
    this.container.dataset['layoutName'] = this.layoutName;
    if (cy.nodes().length === 0) {
      this.container.dataset['layout'] = 'done';
      return;
    }
    this.laidOut = true;
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
        const placed = placeNewcomers(newcomers, this.graph.edges, this.manual, this.viewCentre());
        return this.preset(new Map([...this.manual, ...placed]), false);
      }
    }
  }

  /** After an edit: keep the picture, and find room for what is new. */
  private relayout(newNodes: string[], moved: boolean): void {
    const fresh = new Set(newNodes);
    const placed = new Map<string, Point>();
    this.cy.nodes().forEach((n) => {
      if (!fresh.has(n.id())) placed.set(n.id(), { ...n.position() });
    });
    const newcomers = this.graph.nodes.filter((n) => fresh.has(n.id));
    const spots = placeNewcomers(newcomers, this.graph.edges, placed, this.viewCentre());
    this.cy.batch(() => {
      for (const [id, p] of spots) this.cy.getElementById(id).position(p);
    });
    switch (this.layoutName) {
      case 'force':
        // small additions only refine the picture; many new actors (or regrouping) re-draw it
        return newNodes.length < this.cy.nodes().length / 4 && !moved ? this.force(true) : this.force(false);
      case 'shores':
        return this.preset(this.shorePositions(), false);
      case 'concentric':
        return this.concentric();
      case 'manual':
        for (const [id, p] of spots) this.manual.set(id, p);
        this.container.dataset['layout'] = 'done';
        return;
    }
  }

  private shorePositions(): Map<string, Point> {
    const compound = this.cy.nodes(':parent').length > 0;
    return twoShoresPositions(this.graph.nodes, this.graph.edges, collator.compare, compound);
  }

  private start(options: LayoutOptions, fitAfter: boolean, eles: cytoscape.CollectionReturnValue = this.cy.elements()): void {
    this.running?.stop();
    this.container.dataset['layout'] = 'running';
    const layout = eles.layout(options);
    this.running = layout;
    layout.one('layoutstop', () => {
      if (this.running !== layout) return;
      this.running = null;
      if (fitAfter) this.fit();
      this.container.dataset['layout'] = 'done';
      this.reportSelectedSoon();
      this.labels.soon();
    });
    layout.run();
  }

  private force(incremental: boolean): void {
    this.start(
      {
        name: 'fcose',
        quality: this.large ? 'draft' : 'default',
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

  private preset(positions: ReadonlyMap<string, Point>, fitAfter: boolean): void {
    // compound parents follow their persons; only the leaves are placed
    this.start(
      { name: 'preset', positions: (n: NodeSingular) => positions.get(n.id()) ?? n.position(), fit: false, animate: false } as LayoutOptions,
      fitAfter,
      this.cy.nodes().not(':parent'),
    );
  }

  private concentric(): void {
    const leaves = this.cy.nodes().not(':parent');
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
    this.cy.nodes().not(':parent').forEach((n) => {
      this.manual.set(n.id(), { ...n.position() });
    });
  }

  private viewCentre(): Point {
    const e = this.cy.extent();
    return { x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 };
  }

  setInsets(insets: { left: number; top: number }): void {
    if (insets.left === this.insets.left && insets.top === this.insets.top) return;
    this.insets = insets;
    // the legend or toolbar changed size: refit a view the map chose, but not one the user made
    if (this.laidOut && !this.viewMoved) this.fit();
  }

  /** Fits what is shown into the part of the map the legend and the toolbar leave free. */
  fit(): void {
    const cy = this.cy;
    const bb = this.large ? this.shownExtent() : cy.elements(':visible').boundingBox();
    if (!bb || !Number.isFinite(bb.w)) return;
    const pad = 30;
    const width = Math.max(50, cy.width() - this.insets.left - 2 * pad);
    const height = Math.max(50, cy.height() - this.insets.top - 2 * pad);
    const zoom = Math.min(width / Math.max(bb.w, 1), height / Math.max(bb.h, 1), 1.6);
    this.fitting = true;
    cy.viewport({
      zoom,
      pan: { x: this.insets.left + pad + (width - bb.w * zoom) / 2 - bb.x1 * zoom, y: this.insets.top + pad + (height - bb.h * zoom) / 2 - bb.y1 * zoom },
    });
    this.fitting = false;
    this.viewMoved = false;
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
    const p = node.renderedPosition();
    const margin = 40;
    const inside =
      p.x >= this.insets.left + margin && p.x <= this.cy.width() - margin && p.y >= this.insets.top + margin && p.y <= this.cy.height() - margin;
    if (inside) return;
    const at = node.position();
    const zoom = this.cy.zoom();
    this.cy.pan({
      x: this.insets.left + (this.cy.width() - this.insets.left) / 2 - at.x * zoom,
      y: this.insets.top + (this.cy.height() - this.insets.top) / 2 - at.y * zoom,
    });
  }

  /**
   * Makes sure a finding's actors are all in view: when some lie outside, the map centres on
   * them, zooming out as far as needed (never in), so what was chosen can be seen at once.
   */
  private bringIntoView(nodes: cytoscape.NodeCollection): void {
    const extent = extentOf(nodes);
    if (!extent) return;
    const { x1, y1, x2, y2 } = extent;
    const cy = this.cy;
    const margin = 30;
    const left = this.insets.left + margin;
    const top = this.insets.top + margin;
    const right = cy.width() - margin;
    const bottom = cy.height() - margin;
    const zoom0 = cy.zoom();
    const pan0 = cy.pan();
    const inside = x1 * zoom0 + pan0.x >= left && x2 * zoom0 + pan0.x <= right && y1 * zoom0 + pan0.y >= top && y2 * zoom0 + pan0.y <= bottom;
    if (inside || right <= left || bottom <= top) return;
    const zoom = Math.max(cy.minZoom(), Math.min(zoom0, (right - left) / Math.max(x2 - x1, 1), (bottom - top) / Math.max(y2 - y1, 1)));
    cy.viewport({ zoom, pan: { x: (left + right) / 2 - ((x1 + x2) / 2) * zoom, y: (top + bottom) / 2 - ((y1 + y2) / 2) * zoom } });
  }

  /** Hides what the filters leave off, and dims or hides what lies outside the ego focus. */
  setVisibility(v: Visibility): void {
    const cy = this.cy;
    const outside = v.outside;
    const cls = v.hideOutside ? 'ego-hidden' : 'ego-out';
    const away = new Set<string>();
    if (outside) {
      const nodes = cy.nodes().filter((n) => outside.has(n.id()) && !n.isParent());
      nodes.forEach((n) => {
        away.add(n.id());
      });
      // an organisation drawn around a person in focus stays, faintly, as their frame
      cy.nodes(':parent').forEach((n) => {
        if (outside.has(n.id()) && n.children().every((c) => away.has((c as NodeSingular).id()))) away.add(n.id());
      });
      nodes.connectedEdges().forEach((e) => {
        away.add(e.id());
      });
    }
    const egoHidden = cls === 'ego-hidden' ? away : NONE;
    cy.startBatch();
    // each assigned, none skipped: `||` would stop at the first that changed something
    const actorsChanged = [
      this.assign('filtered', v.filtered),
      this.assign('ego-hidden', egoHidden),
      this.assign('ego-out', cls === 'ego-out' ? away : NONE),
    ].some(Boolean);
    cy.endBatch();
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
    if (actorsChanged) this.labels.soon();
  }

  /** Shows a finding's actors and ties: they stand out, the rest fades; `reveal` brings them into view. */
  highlight(elements: { actors: readonly string[]; ties: readonly string[] } | null, reveal = false): void {
    const cy = this.cy;
    const on = new Set<string>();
    if (elements && (elements.actors.length > 0 || elements.ties.length > 0)) {
      const marked = cy.collection();
      for (const id of elements.actors) marked.merge(cy.getElementById(id));
      for (const id of elements.ties) marked.merge(cy.getElementById(`tie:${id}`));
      // the ties and memberships among highlighted actors belong to the picture too
      marked.merge(marked.nodes().edgesWith(marked.nodes()));
      marked.forEach((el) => {
        on.add(el.id());
      });
    }
    const dimmed = new Set<string>();
    if (on.size > 0) for (const id of this.drawn.keys()) if (!on.has(id)) dimmed.add(id);
    cy.startBatch();
    const actorsChanged = [this.assign('highlighted', on), this.assign('dimmed', dimmed)].some(Boolean);
    cy.endBatch();
    this.container.dataset['highlighted'] = String(this.assigned.get('highlighted')?.size ?? 0);
    const marked = collectionOf(cy, [...on].map((id) => cy.getElementById(id))).nodes();
    if (elements && reveal) this.bringIntoView(marked);
    const zoom = cy.zoom();
    const pan = cy.pan();
    const inView = marked.filter((n) => {
      const { x, y } = n.position();
      const sx = x * zoom + pan.x;
      const sy = y * zoom + pan.y;
      return sx >= this.insets.left && sx <= cy.width() && sy >= this.insets.top && sy <= cy.height();
    });
    this.container.dataset['highlightedNodes'] = String(marked.length);
    this.container.dataset['highlightedInView'] = String(inView.length);
    if (actorsChanged) this.labels.soon();
    this.readableSoon();
  }

  private readableSoon(): void {
    if (this.readableFrame) return;
    this.readableFrame = requestAnimationFrame(() => {
      this.readableFrame = 0;
      if (!this.cy.destroyed()) this.readableChosen();
    });
  }

  /**
   * The names of what the user chose (a finding's actors, the selected actor) stay readable
   * when the map is zoomed out, where every other label is too small to draw: their text is
   * scaled up against the zoom, so it is drawn at its usual size on screen.
   */
  private readableChosen(): void {
    const cy = this.cy;
    const zoom = cy.zoom();
    const chosen = new Set<string>(this.assigned.get('highlighted') ?? NONE);
    if (this.selectedNode && !this.selectedNode.removed()) chosen.add(this.selectedNode.id());
    const wanted = new Map<string, NodeSingular>();
    if (zoom < READABLE_BELOW_ZOOM)
      for (const id of chosen) {
        const node = cy.getElementById(id);
        if (node.nonempty() && node.isNode() && !node.isParent() && wanted.size < READABLE_AT_MOST) wanted.set(id, node);
      }
    cy.batch(() => {
      for (const id of this.readable) {
        const node = cy.getElementById(id);
        if (!wanted.has(id) && node.nonempty()) node.removeStyle('font-size text-max-width text-margin-y text-background-padding min-zoomed-font-size');
      }
      for (const node of wanted.values()) {
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

  /**
   * Gives `cls` to exactly the drawn elements in `want`, touching only those whose class changes:
   * cytoscape restyles every element a class is added to or removed from, whether it had the
   * class or not, and a blanket removeClass on 14,000 elements made each edit restyle the map
   * four times. Which elements carry the class is kept here, so no element is asked.
   */
  private assign(cls: AssignedClass, want: ReadonlySet<string>): boolean {
    const cy = this.cy;
    const had = this.assigned.get(cls) ?? NONE;
    const on: cytoscape.SingularElementArgument[] = [];
    const off: cytoscape.SingularElementArgument[] = [];
    const now = new Set<string>();
    for (const id of want) {
      if (!this.drawn.has(id)) continue;
      now.add(id);
      if (!had.has(id)) on.push(cy.getElementById(id));
    }
    for (const id of had) if (!now.has(id) && this.drawn.has(id)) off.push(cy.getElementById(id));
    if (on.length) collectionOf(cy, on).addClass(cls);
    if (off.length) collectionOf(cy, off).removeClass(cls);
    this.assigned.set(cls, now);
    return on.some((el) => el.isNode()) || off.some((el) => el.isNode());
  }

  select(id: string | null): void {
    const current = this.selectedNode;
    const unchanged = id !== null && current !== null && !current.removed() && current.selected() && current.id() === id;
    // cytoscape selects one element at a time: when it is the one asked for, nothing else is
    if (!unchanged) this.cy.$(':selected').unselect();
    if (id && !unchanged) this.cy.getElementById(id).select();
    this.container.dataset['selected'] = id ?? '';
    this.reportSelectedSoon();
  }

  setConnectMode(on: boolean): void {
    this.connectMode = on;
    this.connect.setEnabled(on);
    this.container.dataset['connectMode'] = String(on);
  }

  /**
   * `data-selected-position` on the map: the selected actor's position in CSS pixels relative to
   * the map container ("x,y"), kept current through selection, pan, zoom and layout. It is how
   * an end-to-end test finds an actor on the canvas (select it by search, read where it is,
   * then press and drag there); the page offers no test-only code for it.
   */
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
    this.container.dataset['far'] = String(far);
  }

  private reportSelectedSoon(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.cy.destroyed()) return;
      const node = this.selectedNode;
      if (!node || node.removed() || !node.selected()) {
        delete this.container.dataset['selectedPosition'];
        return;
      }
      const p = node.renderedPosition();
      this.container.dataset['selectedPosition'] = `${Math.round(p.x)},${Math.round(p.y)}`;
    });
  }

  destroy(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    if (this.readableFrame) cancelAnimationFrame(this.readableFrame);
    this.labels.destroy();
    this.running?.stop();
    this.connect.destroy();
    this.hits?.destroy();
    this.edgeLayer?.destroy();
    this.cy.destroy();
  }
}

/** names in the Danish order (Æ, Ø, Å after Z), for deterministic layouts */
const collator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

/** The data fields that differ from what the element has, or null; a parent is changed by move(), never by data(). */
function changedData(el: cytoscape.SingularElementArgument, next: Record<string, unknown>): Record<string, unknown> | null {
  let out: Record<string, unknown> | null = null;
  for (const key in next) {
    if (key === 'parent' || el.data(key) === next[key]) continue;
    (out ??= {})[key] = next[key];
  }
  return out;
}

/** Where actors lie, with their size and room for a label below; null for none. */
function extentOf(nodes: cytoscape.NodeCollection): { x1: number; y1: number; x2: number; y2: number } | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  nodes.forEach((n) => {
    const { x, y } = n.position();
    const r = n.outerWidth() / 2;
    x1 = Math.min(x1, x - r);
    y1 = Math.min(y1, y - r);
    x2 = Math.max(x2, x + r);
    y2 = Math.max(y2, y + r + LABEL_ROOM);
  });
  return x1 <= x2 ? { x1, y1, x2, y2 } : null;
}

function collectionOf(cy: Core, elements: readonly cytoscape.SingularElementArgument[]): cytoscape.CollectionReturnValue {
  const out = cy.collection();
  for (const el of elements) out.merge(el);
  return out;
}

/** Classes the controller assigns from the filters, the ego focus and a highlight. */
const ASSIGNED_CLASSES = ['filtered', 'ego-hidden', 'ego-out', 'highlighted', 'dimmed'] as const;
type AssignedClass = (typeof ASSIGNED_CLASSES)[number];

const NONE: ReadonlySet<string> = new Set();

/** Classes the controller sets itself (label-declutter, hover, far zoom, and those it assigns), kept through an update. */
const KEPT_CLASSES: readonly string[] = ['label-hidden', 'hover', 'far', ...ASSIGNED_CLASSES];

function keptClasses(el: cytoscape.SingularElementArgument, classes: string | string[]): string[] {
  const wanted = classList(classes);
  for (const c of KEPT_CLASSES) if (el.hasClass(c) && !wanted.includes(c)) wanted.push(c);
  return wanted;
}

function sameClasses(el: cytoscape.SingularElementArgument, classes: string | string[]): boolean {
  const wanted = classList(classes);
  const current = el.classes();
  return wanted.length === current.length && wanted.every((c) => el.hasClass(c));
}

const classList = (classes: string | string[] | undefined): string[] =>
  (Array.isArray(classes) ? classes : (classes ?? '').split(' ')).filter(Boolean);

/** Whether a definition has a class; a word search, as this runs for every element after each edit. */
function hasClass(def: ElementDefinition, cls: string): boolean {
  const classes = def.classes;
  if (Array.isArray(classes)) return classes.includes(cls);
  if (!classes) return false;
  for (let at = classes.indexOf(cls); at >= 0; at = classes.indexOf(cls, at + 1)) {
    const end = at + cls.length;
    if ((at === 0 || classes[at - 1] === ' ') && (end === classes.length || classes[end] === ' ')) return true;
  }
  return false;
}

const rank = (el: ElementDefinition): number => (el.group === 'edges' ? 2 : el.data.parent ? 1 : 0);
