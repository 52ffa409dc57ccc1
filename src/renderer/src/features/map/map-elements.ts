import type { ElementDefinition } from 'cytoscape';
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

/**
 * What the map draws for a project: every actor coloured by its sector and shaped by its kind,
 * every tie (informal ones dashed, width by strength) and, lighter, every membership.
 */
export function mapElements(data: ProjectData, lang: Language): MapElements {
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
    classes: a.kind,
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
      classes: ['tie', t.formality === 'informal' ? 'informal' : 'formal', t.directed ? 'directed' : ''].join(' ').trim(),
    })),
    ...data.memberships.map((m) => ({
      group: 'edges' as const,
      data: { id: `membership:${m.id}`, source: m.person, target: m.organisation, width: 1 },
      classes: 'membership',
    })),
  ];
  return { nodes, edges };
}
