import type { ActorKind, Label, ProjectData } from '../model/schema';
import { UNKNOWN_TIE_COLOR } from './map-styles';
import { firstOrganisation } from '../layout';
import type { SizeBy, SizeMetric } from './map-choices';
import { categoryColour, chosenDefinition, type ColourBy } from './attribute-map';
import { NO_FILTERS, visibleUnder, type MapFilters } from './map-filters';
import type { MapOverlay, ProposedTie, ScenarioOverlay, WaveOverlay } from './overlays';
import { waveLegend, type WaveLegendModel } from './legend-waves';

/** The map's own choices the legend must explain; MapView publishes them (see map-view-state.ts). */
export interface LegendView {
  sizeBy: SizeBy;
  colourBy: ColourBy;
  /** whether the sizes really follow the measure (the analysis may still be running) */
  sized: boolean;
  compound: boolean;
  filters: MapFilters;
  scenario: ScenarioOverlay | null;
  proposals: readonly ProposedTie[];
  focus: { actor: string; steps: number } | null;
  /** two waves compared: ties are drawn by where they are present instead of by type and formality */
  waves?: WaveOverlay | null;
}

export const DEFAULT_LEGEND_VIEW: LegendView = {
  sizeBy: 'none',
  colourBy: 'sector',
  sized: false,
  compound: false,
  filters: NO_FILTERS,
  scenario: null,
  proposals: [],
  focus: null,
};

export interface LegendModel {
  sectors: Array<{ key: string; label: Label; color: string }>;
  noSector: boolean;
  kinds: ActorKind[];
  keyPerson: boolean;
  sizeBy: SizeMetric | null;
  /** actors sized by an attribute (its labels) */
  sizeAttribute: Label | null;
  /** actors coloured by a category attribute instead of their sector: its labels and the colours in use */
  colourAttribute: { label: Label; entries: Array<{ key: string; label: Label; color: string }>; missing: boolean; missingColor: string } | null;
  tieTypes: Array<{ key: string; label: Label | null; color: string }>;
  formal: boolean;
  informal: boolean;
  directed: boolean;
  fragile: boolean;
  /** memberships drawn as lines (all in the plain view, second ones in the compound view) */
  membership: boolean;
  /** persons drawn inside their organisation */
  containment: boolean;
  scenario: { leaving: boolean; lostTie: boolean; lostCollaboration: boolean; weakenedCollaboration: boolean } | null;
  proposals: boolean;
  focus: { actor: string; steps: number } | null;
  waves: WaveLegendModel | null;
}

/**
 * What the legend lists: exactly what the map draws under the current filters, from the same
 * data and the same choices as the map, so the two cannot disagree.
 */
export function legendModel(data: ProjectData, overlay: MapOverlay, view: LegendView): LegendModel {
  const visible = visibleUnder(data, view.filters);
  const actors = data.actors.filter((a) => visible.actors.has(a.id));
  const ties = data.ties.filter((t) => visible.ties.has(t.id));
  const usedSectors = new Set(actors.map((a) => a.sector));
  const usedTypes = new Set(ties.map((t) => t.type));
  const known = new Set(data.codebooks.tieTypes.map((t) => t.key));
  const memberships = data.memberships.filter((m) => visible.actors.has(m.person) && visible.actors.has(m.organisation));
  const parentOf = view.compound ? firstOrganisation(data) : new Map<string, string>();
  const contained = memberships.some((m) => parentOf.get(m.person) === m.organisation);
  const asLines = memberships.some((m) => parentOf.get(m.person) !== m.organisation);
  const s = view.scenario;
  const present = (ids: readonly string[]) => ids.some((id) => visible.actors.has(id));
  // comparing waves, a tie's colour and pattern say where it is present, not its type or formality
  const byType = !view.waves;
  const colouring = chosenDefinition(data, view.colourBy, 'category');
  const sizing = chosenDefinition(data, view.sizeBy, 'number');
  const valueOf = (a: (typeof actors)[number], key: string) => (Object.hasOwn(a.attributes, key) ? a.attributes[key] : undefined);
  const colourAttribute = colouring
    ? {
        label: colouring.label,
        entries: colouring.values.filter((v) => actors.some((a) => valueOf(a, colouring.key) === v.key)).map((v) => ({ key: v.key, label: v.label, color: categoryColour(colouring, v.key) })),
        missing: actors.some((a) => !colouring.values.some((v) => v.key === valueOf(a, colouring.key))),
        missingColor: categoryColour(colouring, undefined),
      }
    : null;
  return {
    colourAttribute,
    sizeAttribute: sizing ? sizing.label : null,
    sectors: colouring ? [] : data.codebooks.sectors.filter((x) => usedSectors.has(x.key)),
    noSector: !colouring && actors.some((a) => a.sector === null || !data.codebooks.sectors.some((x) => x.key === a.sector)),
    kinds: (['person', 'organisation', 'department'] as const).filter((k) => actors.some((a) => a.kind === k)),
    keyPerson: actors.some((a) => overlay.keyPersons.has(a.id)),
    sizeBy: view.sizeBy !== 'none' && view.sized && !sizing && !view.sizeBy.startsWith('attribute:') ? (view.sizeBy as SizeMetric) : null,
    tieTypes: byType
      ? [
          ...data.codebooks.tieTypes.filter((t) => usedTypes.has(t.key)),
          ...[...usedTypes].filter((k) => !known.has(k)).map((key) => ({ key, label: null, color: UNKNOWN_TIE_COLOR })),
        ]
      : [],
    formal: byType && ties.some((t) => t.formality !== 'informal'),
    informal: byType && ties.some((t) => t.formality === 'informal'),
    directed: ties.some((t) => t.directed),
    fragile: ties.some((t) => overlay.fragileTies.has(t.id)),
    membership: asLines,
    containment: contained,
    scenario: s
      ? {
          leaving: present(s.leaving),
          lostTie: s.lostTies.some((id) => visible.ties.has(id)),
          lostCollaboration: present(s.lostCollaborations.flat()),
          weakenedCollaboration: present(s.weakenedCollaborations.flat()),
        }
      : null,
    proposals: view.proposals.some((p) => visible.actors.has(p.source) && visible.actors.has(p.target)),
    focus: view.focus,
    waves: waveLegend(view.waves, visible),
  };
}
