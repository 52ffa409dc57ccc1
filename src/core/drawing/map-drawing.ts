import type { AnalysisResult } from '../analysis/analyze';
import { findingKey } from '../analysis/findings';
import type { Translator } from '../i18n/catalogue';
import { NO_SECTOR_COLOR } from '../model/defaults';
import type { Point, Positions, ProjectData, SavedView } from '../model/schema';
import { DEFAULT_MAP_VIEW_STATE, type MapViewState } from '../model/view-state';
import { slideDate, slideTitleOf, sourceLine } from '../model/views';
import { replaceNames } from '../privacy/pseudonymise-views';
import { attributeShares, categoryColour, chosenDefinition, type AttributeFilter } from './attribute-map';
import { legendModel } from './legend-model';
import { legendSections, type LegendSection } from './legend-sections';
import { metricShares, type SizeBy, type SizeMetric } from './map-choices';
import { egoNetwork, visibleUnder, type MapFilters } from './map-filters';
import { firstOrganisation } from '../layout';
import {
  ACTOR,
  actorLook,
  actorSize,
  FADED,
  GROUP,
  KIND_SHAPES,
  LABEL,
  LINE_LOOKS,
  tieLook,
  tieWidth,
  typeMark,
  UNKNOWN_TIE_COLOR,
  WAVE_ACTORS,
  WAVE_LINES,
  type ActorClass,
  type LineClass,
  type LineLook,
} from './map-styles';
import { overlayOf, type ProposedTie, type ScenarioOverlay } from './overlays';
import { actorPrimitives, linePrimitives, type PathStep, type Primitive } from './primitives';
import { SWATCH, swatchPrimitives } from './swatch-primitives';
import { waveOverlay } from './wave-overlay';
import { shoreHeadings } from '../layout/shore-headings';
import { layoutGraphOf } from '../layout/graph';

/**
 * The map as a plain drawing: what an image of it shows, in page units (CSS pixels), computed
 * from the project and a saved view (or the map's current state) with the same style table, the
 * same filters and the same legend as the app's map. The SVG writer (map-svg.ts) only writes it
 * out; PNG and PDF are made from that SVG.
 */
export interface MapDrawing {
  width: number;
  height: number;
  /** null: transparent */
  background: string | null;
  font: typeof DRAWING_FONT;
  title: string;
  source: string;
  /** in drawing order: groups, ties, actors, labels */
  map: Primitive[];
  /** the legend's box, headings, swatches and entries */
  legend: Primitive[];
  /** the title and the source line */
  frame: Primitive[];
  /** the legend's sections as worded (for tests and for other writers) */
  sections: LegendSection[];
  /** what is drawn: actor ids and tie ids, sorted */
  actors: string[];
  ties: string[];
}

export const DRAWING_FONT = 'DejaVu Sans';

export interface DrawingOptions {
  t: Translator;
  /** page size in CSS pixels */
  width: number;
  height: number;
  /** the day the image is made, YYYY-MM-DD (the source line's date) */
  date: string;
  /** where actors without a position are placed: the view's layout (core's computeLayout, in the engine) */
  layout: (data: ProjectData) => Positions;
  /** actors' codes by id (and their names, to take out of titles): labels drawn as codes */
  pseudonyms?: ReadonlyMap<string, { code: string; label: string }> | null;
  /** the analysis: sizes by a measure, fragile ties and key persons, a finding's elements */
  analysis?: AnalysisResult | null;
  /** a departure scenario's marks and the suggested ties (the engine works them out) */
  scenario?: ScenarioOverlay | null;
  proposals?: readonly ProposedTie[];
  /** null: transparent; default white */
  background?: string | null;
  /** the map's current state when no saved view is drawn */
  state?: MapViewState;
  /** where the map's actors are now (the app's current map) */
  positions?: Positions | null;
  /** the image's title; default the view's slide title, or the project's name */
  title?: string;
  /** false: no title and source line on the image (a slide sets its own) */
  frame?: boolean;
}

const PAD = 24;
const TITLE_SIZE = 20;
const SOURCE_SIZE = 11;
const LEGEND_FONT = 11;
const LEGEND_HEADING = 11.5;
const LEGEND_ROW = 19;
/** the shores' names, in page units as the app writes them in screen pixels */
const HEADING_SIZE = 15;
/** DejaVu Sans' mean advance per em: a measure without the font at hand, erring wide */
const EM = 0.6;
const textWidth = (s: string, size: number) => s.length * size * EM;

function filtersOf(state: MapViewState): MapFilters {
  const f = state.filters;
  return {
    hiddenSectors: new Set(f.hiddenSectors),
    hiddenKinds: new Set(f.hiddenKinds),
    hiddenTieTypes: new Set(f.hiddenTieTypes),
    minStrength: f.minStrength,
    formality: f.formality,
    wave: f.wave,
    attributes: new Map(
      f.attributes.map(({ key, filter }): [string, AttributeFilter] => [key, filter.kind === 'category' ? { kind: 'category', hidden: new Set(filter.hidden) } : { ...filter }]),
    ),
  };
}

/** A label cut with an ellipsis to what fits the width the map gives it. */
function fitLabel(label: string, size: number, maxWidth: number): string {
  const max = Math.max(1, Math.floor(maxWidth / (size * EM)));
  return label.length <= max ? label : `${label.slice(0, Math.max(1, max - 1))}…`;
}

export function mapDrawing(data: ProjectData, view: SavedView | null, opts: DrawingOptions): MapDrawing {
  const { t } = opts;
  const lang = t.lang;
  const state = view?.state ?? opts.state ?? DEFAULT_MAP_VIEW_STATE;
  const codes = opts.pseudonyms ?? null;
  const labelOf = (id: string) => (codes ? (codes.get(id)?.code ?? '') : (data.actors.find((a) => a.id === id)?.label ?? id));
  const hide = codes ? replaceNames(codes) : (s: string) => s;

  // what the view shows: filters, focus, and what it brings forward
  const filters = filtersOf(state);
  const visible = visibleUnder(data, filters);
  const analysis = opts.analysis ?? null;
  const overlay = overlayOf(analysis);
  const e = state.emphasis;
  const waves = e?.kind === 'waves' ? waveOverlay(data, e.from, e.to) : null;
  const scenario = e?.kind === 'departure' ? (opts.scenario ?? null) : null;
  const proposals = e?.kind === 'departure' && e.proposals ? (opts.proposals ?? []) : [];
  const finding = e?.kind === 'finding' && analysis ? (analysis.findings.find((f) => findingKey(f) === e.key) ?? null) : null;
  const focus = state.focus && visible.actors.has(state.focus.actor) ? state.focus : null;
  const inFocus = focus ? egoNetwork(data, focus.actor, focus.steps, visible) : null;
  const shownActor = (id: string) => visible.actors.has(id) && !(focus?.hide && inFocus && !inFocus.has(id));
  const actors = data.actors.filter((a) => shownActor(a.id));
  const shown = new Set<string>(actors.map((a) => a.id));
  const ties = data.ties.filter((x) => visible.ties.has(x.id) && shown.has(x.source) && shown.has(x.target));
  const highlightActors = new Set<string>(finding ? finding.elements.actors : []);
  const highlightTies = new Set<string>(finding ? finding.elements.ties : []);
  const faded = (ids: readonly string[]) => {
    if (inFocus && ids.some((id) => !inFocus.has(id))) return FADED.egoOut;
    if (finding && !ids.every((id) => highlightActors.has(id))) return FADED.dimmed;
    return 1;
  };

  // where: the view's arrangement, the map's, the project's (kept for the force layout and the
  // user's own), then the view's layout for the rest
  const kept = state.layout === 'force' || state.layout === 'manual' ? data.positions : ({} as Positions);
  const placed: Positions = view?.positions ?? opts.positions ?? kept;
  const missing = actors.some((a) => !Object.hasOwn(placed, a.id));
  const laid = missing ? opts.layout(data) : {};
  const at = new Map<string, Point>();
  for (const a of actors) {
    const p = Object.hasOwn(placed, a.id) ? placed[a.id] : Object.hasOwn(laid, a.id) ? laid[a.id] : undefined;
    at.set(a.id, p ?? { x: 0, y: 0 });
  }

  // sizes and colours, as the map's elements
  const sizeAttribute = chosenDefinition(data, state.sizeBy, 'number');
  const shares = sizeAttribute ? attributeShares(data, sizeAttribute.key) : metricShares(analysis, state.sizeBy.startsWith('attribute:') ? 'none' : (state.sizeBy as SizeMetric));
  const colourAttribute = chosenDefinition(data, state.colourBy, 'category');
  const sectorColour = new Map(data.codebooks.sectors.map((s) => [s.key, s.color]));
  const colourOf = (a: (typeof actors)[number]) =>
    colourAttribute
      ? categoryColour(colourAttribute, Object.hasOwn(a.attributes, colourAttribute.key) ? a.attributes[colourAttribute.key] : undefined)
      : (a.sector !== null && sectorColour.get(a.sector)) || NO_SECTOR_COLOR;
  const parentOf = state.compound ? firstOrganisation(data) : new Map<string, string>();
  const groups = new Set([...parentOf].filter(([p, o]) => shown.has(p) && shown.has(o)).map(([, o]) => o));

  // the legend first: its width decides the map's room
  const sections = legendSections(
    legendModel(data, overlay, {
      sizeBy: state.sizeBy as SizeBy,
      colourBy: state.colourBy as `attribute:${string}` | 'sector',
      sized: shares.size > 0,
      compound: state.compound,
      filters,
      scenario,
      proposals,
      focus: focus ? { actor: focus.actor, steps: focus.steps } : null,
      waves,
    }),
    t,
    labelOf,
  );
  const legendInner = Math.max(140, ...sections.flatMap((s) => [s.title ? textWidth(s.title, LEGEND_HEADING) : 0, ...s.entries.map((x) => SWATCH.width + 8 + textWidth(x.label, LEGEND_FONT))]));
  const columnW = Math.min(Math.round(legendInner + 24), Math.round(opts.width * 0.4));
  const title = opts.title ?? hide(view ? slideTitleOf(view) : data.meta.name);
  const source = sourceLine(data, view ?? (opts.state ? ({ state: opts.state } as SavedView) : null), t, slideDate(opts.date, lang));

  const framed = opts.frame ?? true;
  const top = framed ? PAD + TITLE_SIZE + 16 : PAD;
  const bottom = framed ? PAD + SOURCE_SIZE + 10 : PAD;
  // a legend taller than the room (a slide, a wide image) flows into more columns rather than being cut
  const columns = legendColumns(sections, opts.height - top - bottom);
  const legendW = columns.length * columnW;
  const area = { x: PAD, y: top, w: opts.width - legendW - 3 * PAD, h: opts.height - top - bottom };
  const sizes = new Map(actors.map((a) => [a.id, groups.has(a.id) ? 0 : actorSize(a.kind, shares.get(a.id))]));
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const a of actors) {
    const p = at.get(a.id) ?? { x: 0, y: 0 };
    const r = (sizes.get(a.id) ?? 0) / 2 + GROUP.padding;
    x1 = Math.min(x1, p.x - r - 30);
    x2 = Math.max(x2, p.x + r + 30);
    y1 = Math.min(y1, p.y - r);
    y2 = Math.max(y2, p.y + r + 18);
  }
  // "to bredder": the shores' names above their columns, as the app's map writes them
  const headings =
    state.layout === 'shores'
      ? shoreHeadings(
          layoutGraphOf(data, shown).nodes,
          new Map([...at].filter(([id]) => !groups.has(id))),
          state.compound,
        )
      : [];
  for (const h of headings) y1 = Math.min(y1, h.at.y - HEADING_SIZE);
  if (!Number.isFinite(x1)) [x1, y1, x2, y2] = [0, 0, 1, 1];
  // fitted as the map's "fit" does, but never blown up beyond twice the map's own scale
  const zoom = Math.min(2, area.w / Math.max(1, x2 - x1), area.h / Math.max(1, y2 - y1));
  const ox = area.x + (area.w - (x2 - x1) * zoom) / 2 - x1 * zoom;
  const oy = area.y + (area.h - (y2 - y1) * zoom) / 2 - y1 * zoom;
  const to = (p: Point) => ({ x: ox + p.x * zoom, y: oy + p.y * zoom });
  const pos = (id: string) => to(at.get(id) ?? { x: 0, y: 0 });

  const map: Primitive[] = [];
  // organisations drawn around their persons
  for (const g of [...groups].sort()) {
    const kids = actors.filter((a) => parentOf.get(a.id) === g);
    const org = data.actors.find((a) => a.id === g);
    if (!org || kids.length === 0) continue;
    const pts = kids.map((k) => ({ p: pos(k.id), r: ((sizes.get(k.id) ?? 0) / 2 + GROUP.padding) * zoom }));
    const gx1 = Math.min(...pts.map((q) => q.p.x - q.r));
    const gx2 = Math.max(...pts.map((q) => q.p.x + q.r));
    const gy1 = Math.min(...pts.map((q) => q.p.y - q.r));
    const gy2 = Math.max(...pts.map((q) => q.p.y + q.r + 12 * zoom));
    const size = Math.max(gx2 - gx1, gy2 - gy1);
    const colour = colourOf(org);
    const o = faded([g]);
    map.push({ kind: 'path', d: boxPath(gx1, gy1, gx2, gy2, 6 * zoom), fill: colour, fillOpacity: GROUP.fillOpacity, stroke: colour, width: GROUP.borderWidth * zoom, dash: null, opacity: o });
    map.push({ kind: 'text', x: (gx1 + gx2) / 2, y: gy1 - 4 * zoom, text: fitLabel(labelOf(g), GROUP.font, size / zoom), size: GROUP.font * zoom, bold: true, anchor: 'middle', fill: ACTOR.text, opacity: o });
  }

  // memberships as light lines, where a person is not drawn inside the organisation
  const tieColour = new Map(data.codebooks.tieTypes.map((x) => [x.key, x.color]));
  const scale = data.settings.strengthScale;
  const lostTies = new Set(scenario?.lostTies ?? []);
  for (const m of [...data.memberships].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (!shown.has(m.person) || !shown.has(m.organisation) || parentOf.get(m.person) === m.organisation) continue;
    const a = pos(m.person);
    const b = pos(m.organisation);
    map.push(...linePrimitives(scaled(LINE_LOOKS.membership, zoom), '#B9B9B9', 1, a.x, a.y, b.x, b.y, faded([m.person, m.organisation])));
  }
  // ties: the ordinary first, then those brought forward, as the map stacks them
  const tieLayer = (x: (typeof ties)[number]) => (highlightTies.has(x.id) ? 3 : overlay.fragileTies.has(x.id) || waves?.ties.get(x.id) === 'gained' ? 2 : 1);
  const sortedTies = [...ties].sort((a, b) => tieLayer(a) - tieLayer(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const x of sortedTies) {
    const classes = new Set<LineClass>(['tie', x.formality === 'informal' ? 'informal' : 'formal']);
    if (x.directed) classes.add('directed');
    if (overlay.fragileTies.has(x.id)) classes.add('fragile');
    if (lostTies.has(x.id)) classes.add('lost');
    if (highlightTies.has(x.id)) classes.add('highlighted');
    let look = tieLook({ color: tieColour.get(x.type) ?? UNKNOWN_TIE_COLOR, width: tieWidth(x.strength, scale), mid: typeMark(x.type) }, classes);
    const mark = waves?.ties.get(x.id);
    if (mark) look = { ...look, ...WAVE_LINES[mark], color: WAVE_LINES[mark].color ?? look.color, width: WAVE_LINES[mark].width ?? look.width, arrow: look.arrow, mid: null };
    const rb = ((sizes.get(x.target) ?? 0) / 2) * zoom;
    const a = pos(x.source);
    const b = pos(x.target);
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    // an arrow ends at the target's edge, not its centre
    const end = look.arrow ? { x: b.x - ((b.x - a.x) / len) * rb, y: b.y - ((b.y - a.y) / len) * rb } : b;
    map.push(...linePrimitives(scaled(look, zoom), look.color ?? UNKNOWN_TIE_COLOR, look.width ?? 1, a.x, a.y, end.x, end.y, highlightTies.size > 0 && !highlightTies.has(x.id) ? FADED.dimmed : faded([x.source, x.target])));
  }
  for (const p of proposals) {
    if (!shown.has(p.source) || !shown.has(p.target) || p.source === p.target) continue;
    const a = pos(p.source);
    const b = pos(p.target);
    map.push(...linePrimitives(scaled(LINE_LOOKS.proposal, zoom), LINE_LOOKS.proposal.color ?? '#000000', 3, a.x, a.y, b.x, b.y));
  }

  // actors, then their labels above every actor
  const leaving = new Set(scenario?.leaving ?? []);
  const lost = new Set((scenario?.lostCollaborations ?? []).flat());
  const weakened = new Set((scenario?.weakenedCollaborations ?? []).flat());
  const labels: Primitive[] = [];
  const sortedActors = [...actors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const a of sortedActors) {
    if (groups.has(a.id)) continue;
    const classes = new Set<ActorClass>(['plain']);
    if (overlay.keyPersons.has(a.id)) classes.add('key-person');
    if (leaving.has(a.id)) classes.add('leaving');
    if (lost.has(a.id)) classes.add('collab-lost');
    else if (weakened.has(a.id)) classes.add('collab-weakened');
    if (highlightActors.has(a.id)) classes.add('highlighted');
    let look = actorLook(classes);
    const mark = waves?.actors.get(a.id);
    if (mark && mark !== 'kept') look = { ...look, ...WAVE_ACTORS[mark] };
    const p = pos(a.id);
    const size = (sizes.get(a.id) ?? 0) * zoom;
    const o = faded([a.id]);
    map.push(...actorPrimitives(KIND_SHAPES[a.kind], p.x, p.y, size, colourOf(a), { ...look, borderWidth: look.borderWidth * zoom, borderDash: look.borderDash ? look.borderDash.map((d) => d * zoom) : null }, o));
    const org = a.kind !== 'person';
    const metrics = org ? LABEL.organisation : LABEL.person;
    const font = metrics.font * zoom;
    const text = fitLabel(labelOf(a.id), metrics.font, metrics.maxWidth);
    // a label smaller than the map would draw is left off, as on the map
    if (!text || font < 5) continue;
    const y = p.y + size / 2 + LABEL.marginY * zoom + font * 0.85;
    const w = textWidth(text, font);
    labels.push({ kind: 'path', d: boxPath(p.x - w / 2 - 1, y - font * 0.85, p.x + w / 2 + 1, y + font * 0.25, 1), fill: ACTOR.labelBackground, fillOpacity: ACTOR.labelBackgroundOpacity, stroke: null, width: 0, dash: null, opacity: o });
    labels.push({ kind: 'text', x: p.x, y, text, size: font, bold: org, anchor: 'middle', fill: ACTOR.text, opacity: o });
  }
  map.push(...labels);
  const shoreName = { municipality: t.t('map.layoutTools.shores.municipality'), middle: t.t('map.layoutTools.shores.middle'), civil: t.t('map.layoutTools.shores.civil') };
  for (const h of headings) {
    const p = to(h.at);
    map.push({ kind: 'text', x: p.x, y: p.y, text: shoreName[h.shore], size: HEADING_SIZE, bold: true, anchor: 'middle', fill: '#44474D', opacity: 1 });
  }

  const legend = legendPrimitives(columns, opts.width - PAD - legendW, area.y, columnW, t.t('map.legend.title'));
  const frame: Primitive[] = !framed ? [] : [
    { kind: 'text', x: PAD, y: PAD + TITLE_SIZE * 0.8, text: title, size: TITLE_SIZE, bold: true, anchor: 'start', fill: '#1A1A1A', opacity: 1 },
    { kind: 'text', x: PAD, y: opts.height - PAD, text: source, size: SOURCE_SIZE, bold: false, anchor: 'start', fill: '#555555', opacity: 1 },
  ];
  return {
    width: opts.width,
    height: opts.height,
    background: opts.background === undefined ? '#FFFFFF' : opts.background,
    font: DRAWING_FONT,
    title,
    source,
    map,
    legend,
    frame,
    sections,
    actors: [...shown].sort(),
    ties: ties.map((x) => x.id as string).sort(),
  };
}

/** A look with its widths, dashes and halo in page units at the drawing's zoom. */
function scaled(l: LineLook, zoom: number): LineLook {
  return {
    ...l,
    width: l.width === null ? null : l.width * zoom,
    dash: l.dash ? l.dash.map((d) => d * zoom) : null,
    halo: l.halo ? { ...l.halo, padding: l.halo.padding * zoom } : null,
  };
}

/** A box with rounded corners, from (x1, y1) to (x2, y2). */
function boxPath(x1: number, y1: number, x2: number, y2: number, radius: number): PathStep[] {
  const k = Math.max(0, Math.min(radius, (x2 - x1) / 2, (y2 - y1) / 2));
  const arc = (x: number, y: number): PathStep => ({ op: 'A', r: k, x, y, large: false, sweep: true });
  return [
    { op: 'M', x: x1 + k, y: y1 },
    { op: 'L', x: x2 - k, y: y1 },
    arc(x2, y1 + k),
    { op: 'L', x: x2, y: y2 - k },
    arc(x2 - k, y2),
    { op: 'L', x: x1 + k, y: y2 },
    arc(x1, y2 - k),
    { op: 'L', x: x1, y: y1 + k },
    arc(x1 + k, y1),
    { op: 'Z' },
  ];
}

type LegendItem = { kind: 'title'; text: string } | { kind: 'entry'; entry: LegendSection['entries'][number] };

const LEGEND_TOP = 34; // the box's padding and the legend's heading
const LEGEND_BOTTOM = 10;
const itemHeight = (item: LegendItem) => (item.kind === 'title' ? 6 + LEGEND_ROW : LEGEND_ROW);

/**
 * The legend's rows in columns no taller than `room`: a new column starts where the next row would
 * not fit, and a section's title never ends a column (it moves on with its first entry).
 */
function legendColumns(sections: readonly LegendSection[], room: number): LegendItem[][] {
  const items: LegendItem[] = sections.flatMap((s) => [...(s.title ? [{ kind: 'title', text: s.title } as const] : []), ...s.entries.map((entry) => ({ kind: 'entry', entry }) as const)]);
  // a map with nothing drawn has nothing to explain: no legend, and the map takes its room (as in the app)
  if (items.length === 0) return [];
  const columns: LegendItem[][] = [[]];
  let used = LEGEND_TOP + LEGEND_BOTTOM;
  items.forEach((item, i) => {
    const next = items[i + 1];
    const needed = itemHeight(item) + (item.kind === 'title' && next ? itemHeight(next) : 0);
    const current = columns[columns.length - 1] ?? [];
    if (current.length > 0 && used + needed > room) {
      columns.push([item]);
      used = LEGEND_TOP + LEGEND_BOTTOM + itemHeight(item);
    } else {
      current.push(item);
      used += itemHeight(item);
    }
  });
  return columns;
}

/** The legend as a white box at the map's right: its heading, then each column's section titles and entries with their swatches. */
function legendPrimitives(columns: readonly LegendItem[][], x: number, y: number, w: number, heading: string): Primitive[] {
  if (columns.length === 0) return [];
  const rows: Primitive[] = [];
  rows.push({ kind: 'text', x: x + 12, y: y + 24, text: heading, size: 13, bold: true, anchor: 'start', fill: '#1A1A1A', opacity: 1 });
  let bottom = y + LEGEND_TOP;
  columns.forEach((items, c) => {
    const cx = x + c * w;
    let cy = y + LEGEND_TOP;
    for (const item of items) {
      if (item.kind === 'title') {
        cy += 6;
        rows.push({ kind: 'text', x: cx + 12, y: cy + 11, text: fitLabel(item.text, LEGEND_HEADING, w - 24), size: LEGEND_HEADING, bold: true, anchor: 'start', fill: '#1A1A1A', opacity: 1 });
        cy += LEGEND_ROW;
        continue;
      }
      const { entry } = item;
      const hasSwatch = entry.swatch.kind !== 'none';
      if (hasSwatch) rows.push(...swatchPrimitives(entry.swatch, cx + 12, cy + (LEGEND_ROW - SWATCH.height) / 2 - 1));
      const tx = cx + 12 + (hasSwatch ? SWATCH.width + 8 : 0);
      rows.push({ kind: 'text', x: tx, y: cy + 13, text: fitLabel(entry.label, LEGEND_FONT, w - (tx - cx) - 8), size: LEGEND_FONT, bold: false, anchor: 'start', fill: '#222222', opacity: 1 });
      cy += LEGEND_ROW;
    }
    bottom = Math.max(bottom, cy);
  });
  const box: Primitive = { kind: 'path', d: boxPath(x, y, x + columns.length * w, bottom + LEGEND_BOTTOM, 6), fill: '#FFFFFF', fillOpacity: 1, stroke: '#CCCCCC', width: 1, dash: null, opacity: 1 };
  return [box, ...rows];
}
