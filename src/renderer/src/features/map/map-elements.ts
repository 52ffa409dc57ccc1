import type { ElementDefinition } from 'cytoscape';
import type { AnalysisResult } from '../../../../core/analysis/analyze';
import type { Language } from '../../../../core/i18n/catalogue';
import { NO_SECTOR_COLOR } from '../../../../core/model/defaults';
import type { ActorKind, ProjectData } from '../../../../core/model/schema';

/** Map shapes by actor kind: shape, not only colour, tells kinds apart (colour-blind safe). */
export const KIND_SHAPES: Record<ActorKind, string> = {
  person: 'ellipse',
  organisation: 'round-rectangle',
  department: 'round-hexagon',
};

export interface MapElements {
  nodes: ElementDefinition[];
  edges: ElementDefinition[];
}

/** What the analysis marks on the map: ties a collaboration hangs on, and key persons. */
export interface MapOverlay {
  fragileTies: ReadonlySet<string>;
  keyPersons: ReadonlySet<string>;
}

export function overlayOf(result: AnalysisResult | null | undefined): MapOverlay {
  if (!result) return { fragileTies: new Set(), keyPersons: new Set() };
  const fragile = result.collaborations.filter((c) => c.flags.includes('single-relationship') || c.flags.includes('single-person'));
  return {
    fragileTies: new Set(fragile.flatMap((c) => c.carrierTies)),
    keyPersons: new Set(result.keyPersons.filter((k) => k.collaborationsLost.length > 0 || k.crossSectorReachLost > 0).map((k) => k.person)),
  };
}

/**
 * What the map draws for a project: every actor coloured by its sector and shaped by its kind,
 * every tie (informal ones dashed, width by strength) and, lighter, every membership; with the
 * analysis, the fragile ties and the key persons marked.
 */
export function mapElements(data: ProjectData, lang: Language, overlay: MapOverlay = overlayOf(null)): MapElements {
  const colors = new Map(data.codebooks.sectors.map((s) => [s.key, s.color]));
  const sectorLabels = new Map(data.codebooks.sectors.map((s) => [s.key, s.label[lang]]));
  const { min, max } = data.settings.strengthScale;
  const nodes: ElementDefinition[] = data.actors.map((a) => ({
    group: 'nodes',
    data: {
      id: a.id,
      label: a.label,
      kind: a.kind,
      sector: a.sector ?? '',
      sectorLabel: a.sector ? (sectorLabels.get(a.sector) ?? a.sector) : '',
      color: (a.sector && colors.get(a.sector)) || NO_SECTOR_COLOR,
      shape: KIND_SHAPES[a.kind],
      size: a.kind === 'person' ? 22 : 40,
    },
    classes: overlay.keyPersons.has(a.id) ? `${a.kind} key-person` : a.kind,
  }));
  const edges: ElementDefinition[] = [
    ...data.ties.map((t) => ({
      group: 'edges' as const,
      data: {
        id: `tie:${t.id}`,
        source: t.source,
        target: t.target,
        type: t.type,
        width: t.strength === null ? 1.5 : 1 + (3 * (t.strength - min)) / Math.max(1e-9, max - min),
      },
      classes: ['tie', t.formality === 'informal' ? 'informal' : 'formal', t.directed ? 'directed' : '', overlay.fragileTies.has(t.id) ? 'fragile' : '']
        .join(' ')
        .trim(),
    })),
    ...data.memberships.map((m) => ({
      group: 'edges' as const,
      data: { id: `membership:${m.id}`, source: m.person, target: m.organisation, width: 1 },
      classes: 'membership',
    })),
  ];
  return { nodes, edges };
}
