import type { ElementDefinition } from 'cytoscape';
import type { AnalysisResult } from '../../../../core/analysis/analyze';
import type { Language } from '../../../../core/i18n/catalogue';
import { NO_SECTOR_COLOR } from '../../../../core/model/defaults';
import type { ProjectData } from '../../../../core/model/schema';
import { compositeKey, unorderedPairKey } from '../../../../core/model/pairs';
import { actorSize, KIND_SHAPES, tieWidth, typeMark, UNKNOWN_TIE_COLOR } from '../../../../core/drawing/map-styles';
import { firstOrganisation } from '../../../../core/layout';
import type { LayoutEdge, LayoutNode } from './layouts';
import { ATTRIBUTE_PREFIX, attributeShares, categoryColour, chosenDefinition, type ColourBy } from './attribute-map';
import { overlayOf, type MapOverlay, type ProposedTie, type ScenarioOverlay, type WaveOverlay } from '../../../../core/drawing/overlays';
import { metricShares, type SizeBy, type SizeMetric } from '../../../../core/drawing/map-choices';

export { metricShares, SIZE_METRICS, VALUED_SIZE_METRICS, type SizeBy, type SizeMetric } from '../../../../core/drawing/map-choices';
// the style table is core's (src/core/drawing/map-styles.ts): the image writers draw from it too
export { KIND_SHAPES, TIE_WIDTH, tieWidth, UNKNOWN_TIE_COLOR } from '../../../../core/drawing/map-styles';
export { firstOrganisation } from '../../../../core/layout';

export interface MapElements {
  nodes: ElementDefinition[];
  edges: ElementDefinition[];
}

export { overlayOf, type MapOverlay } from '../../../../core/drawing/overlays';

/** How the map draws the data beyond colour and shape. */
export interface ElementOptions {
  sizeBy: SizeBy;
  /** the sector's colour, or a category attribute's */
  colourBy: ColourBy;
  result: AnalysisResult | null;
  /** persons inside their organisations instead of membership lines */
  compound: boolean;
  scenario: ScenarioOverlay | null;
  proposals: readonly ProposedTie[];
  /** two waves compared: what came, went and stayed (map-style-waves.ts draws it) */
  waves?: WaveOverlay | null;
}

export const PLAIN: ElementOptions = { sizeBy: 'none', colourBy: 'sector', result: null, compound: false, scenario: null, proposals: [] };

/** The actors and ties as the layouts see them. */
export function layoutGraph(data: ProjectData): { nodes: LayoutNode[]; edges: LayoutEdge[] } {
  const orgOf = firstOrganisation(data);
  return {
    nodes: data.actors.map((a) => ({ id: a.id, kind: a.kind, label: a.label, sector: a.sector, organisation: orgOf.get(a.id) ?? null })),
    edges: data.ties.map((t) => ({ source: t.source, target: t.target })),
  };
}

/** A proposed tie's element id: one per pair of persons, whichever way round it was proposed. */
export const proposalId = (p: ProposedTie) => `proposal:${unorderedPairKey(p.source, p.target)}`;

/**
 * What the map draws for a project: every actor coloured by its sector, shaped by its kind and
 * sized by the chosen measure; every tie coloured by its type (informal ones dashed, width by
 * strength); memberships as light lines, or as containment in the compound view; and on top the
 * analysis' fragile ties and key persons, a departure scenario and proposed ties, or two waves
 * compared.
 */
export function mapElements(
  data: ProjectData,
  lang: Language,
  overlay: MapOverlay = overlayOf(null),
  options: ElementOptions = PLAIN,
): MapElements {
  const colors = new Map(data.codebooks.sectors.map((s) => [s.key, s.color]));
  const sectorLabels = new Map(data.codebooks.sectors.map((s) => [s.key, s.label[lang]]));
  const tieColors = new Map(data.codebooks.tieTypes.map((t) => [t.key, t.color]));
  const scale = data.settings.strengthScale;
  const sizeAttribute = chosenDefinition(data, options.sizeBy, 'number');
  const shares = sizeAttribute ? attributeShares(data, sizeAttribute.key) : metricShares(options.result, options.sizeBy.startsWith(ATTRIBUTE_PREFIX) ? 'none' : (options.sizeBy as SizeMetric));
  const colourAttribute = chosenDefinition(data, options.colourBy, 'category');
  const parentOf = options.compound ? firstOrganisation(data) : new Map<string, string>();
  const parents = new Set(parentOf.values());
  const scenario = scenarioMarks(options.scenario);

  const nodes: ElementDefinition[] = data.actors.map((a) => {
    const share = shares.get(a.id);
    const parent = parentOf.get(a.id);
    const classes: string[] = [a.kind];
    if (overlay.keyPersons.has(a.id)) classes.push('key-person');
    if (parents.has(a.id)) classes.push('group');
    if (scenario.leaving.has(a.id)) classes.push('leaving');
    if (scenario.lost.has(a.id)) classes.push('collab-lost');
    else if (scenario.weakened.has(a.id)) classes.push('collab-weakened');
    const waveMark = options.waves?.actors.get(a.id);
    if (waveMark) classes.push(`wave-${waveMark}`);
    const color = colourAttribute
      ? categoryColour(colourAttribute, Object.hasOwn(a.attributes, colourAttribute.key) ? a.attributes[colourAttribute.key] : undefined)
      : (a.sector && colors.get(a.sector)) || NO_SECTOR_COLOR;
    const sectorLabel = a.sector ? (sectorLabels.get(a.sector) ?? a.sector) : '';
    const size = actorSize(a.kind, share);
    const joined = classes.join(' ');
    // the sector's name and the parent's id are the user's text: joined so that no two looks collide
    return remembered(a, compositeKey([color, sectorLabel, String(size), String(share ?? 0), parent ?? '', joined]), () => ({
      group: 'nodes',
      data: {
        id: a.id,
        label: a.label,
        kind: a.kind,
        sector: a.sector ?? '',
        sectorLabel,
        color,
        shape: KIND_SHAPES[a.kind],
        size,
        metric: share ?? 0,
        ...(parent ? { parent } : {}),
      },
      classes: joined,
    }));
  });

  const actorIds = new Set<string>(data.actors.map((a) => a.id));
  const seenProposals = new Set<string>();
  const edges: ElementDefinition[] = [
    ...data.ties.map((t) => {
      const color = tieColors.get(t.type) ?? UNKNOWN_TIE_COLOR;
      const width = tieWidth(t.strength, scale);
      // built up as a string: this runs for every tie after every edit
      let classes = t.formality === 'informal' ? 'tie informal' : 'tie formal';
      if (t.directed) classes += ' directed';
      const mark = typeMark(t.type);
      if (mark) classes += ` mark-${mark}`;
      if (overlay.fragileTies.has(t.id)) classes += ' fragile';
      if (scenario.lostTies.has(t.id)) classes += ' lost';
      const waveMark = options.waves?.ties.get(t.id);
      if (waveMark) classes += ` wave-${waveMark}`;
      return remembered(t, `${color}|${String(width)}|${classes}`, () => ({
        group: 'edges' as const,
        data: { id: `tie:${t.id}`, source: t.source, target: t.target, type: t.type, color, width },
        classes,
      }));
    }),
    ...data.memberships
      .filter((m) => parentOf.get(m.person) !== m.organisation)
      .map((m) =>
        remembered(m, '', () => ({
          group: 'edges' as const,
          data: { id: `membership:${m.id}`, source: m.person, target: m.organisation, width: 1 },
          classes: 'membership',
        })),
      ),
    ...options.proposals.flatMap((p) => {
      const id = proposalId(p);
      if (p.source === p.target || !actorIds.has(p.source) || !actorIds.has(p.target) || seenProposals.has(id)) return [];
      seenProposals.add(id);
      return [{ group: 'edges' as const, data: { id, source: p.source, target: p.target, width: 3 }, classes: 'proposal' }];
    }),
  ];
  return { nodes, edges };
}

/**
 * The last definition made for a record, while the record (the same object: the renderer's
 * project versions share what an edit left alone) and everything else its look depends on (`look`)
 * are unchanged. The map controller skips a definition it has drawn before, so after an edit it
 * looks only at what changed instead of comparing 14,000 elements field by field.
 */
const definitions = new WeakMap<object, { look: string; definition: ElementDefinition }>();

function remembered(record: object, look: string, define: () => ElementDefinition): ElementDefinition {
  const kept = definitions.get(record);
  if (kept?.look === look) return kept.definition;
  const definition = define();
  definitions.set(record, { look, definition });
  return definition;
}

function scenarioMarks(s: ScenarioOverlay | null) {
  return {
    leaving: new Set(s?.leaving ?? []),
    lostTies: new Set(s?.lostTies ?? []),
    lost: new Set((s?.lostCollaborations ?? []).flat()),
    weakened: new Set((s?.weakenedCollaborations ?? []).flat()),
  };
}

/** The drawn elements the filters leave off: actors, ties, and whatever hangs on a hidden actor. */
export function hiddenElements(elements: MapElements, visible: { actors: ReadonlySet<string>; ties: ReadonlySet<string> }): Set<string> {
  const hidden = new Set<string>();
  for (const n of elements.nodes) if (!visible.actors.has(String(n.data.id))) hidden.add(String(n.data.id));
  for (const e of elements.edges) {
    const id = String(e.data.id);
    const endHidden = hidden.has(String(e.data.source)) || hidden.has(String(e.data.target));
    if (endHidden || (id.startsWith('tie:') && !visible.ties.has(id.slice(4)))) hidden.add(id);
  }
  return hidden;
}
