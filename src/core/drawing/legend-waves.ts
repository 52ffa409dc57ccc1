import type { WaveOverlay } from './overlays';
import type { Visible } from './map-filters';

/** What the legend lists while two waves are compared: the marks the map draws among what the filters leave. */
export interface WaveLegendModel {
  from: string;
  to: string;
  tieGained: boolean;
  tieLost: boolean;
  tieKept: boolean;
  actorJoined: boolean;
  actorLeft: boolean;
  /** actors or ties in neither wave, drawn faint */
  absent: boolean;
}

export function waveLegend(waves: WaveOverlay | null | undefined, visible: Visible): WaveLegendModel | null {
  if (!waves) return null;
  const tie = (mark: string) => [...visible.ties].some((id) => waves.ties.get(id) === mark);
  const actor = (mark: string) => [...visible.actors].some((id) => waves.actors.get(id) === mark);
  return {
    from: waves.from,
    to: waves.to,
    tieGained: tie('gained'),
    tieLost: tie('lost'),
    tieKept: tie('kept'),
    actorJoined: actor('gained'),
    actorLeft: actor('lost'),
    absent: tie('absent') || actor('absent'),
  };
}

const MARKS = ['gained', 'lost', 'kept', 'absent'] as const;

/** How many ties and actors the map draws with each wave mark: "ties gained 3, lost 2, … actors …". */
export function waveMarkCounts(elements: { nodes: ReadonlyArray<{ classes?: string | string[] }>; edges: ReadonlyArray<{ classes?: string | string[] }> }): string {
  const count = (defs: ReadonlyArray<{ classes?: string | string[] }>, mark: string) =>
    defs.filter((d) => (Array.isArray(d.classes) ? d.classes : (d.classes ?? '').split(' ')).includes(`wave-${mark}`)).length;
  const part = (name: string, defs: ReadonlyArray<{ classes?: string | string[] }>) => `${name} ${MARKS.map((m) => `${m}:${String(count(defs, m))}`).join(' ')}`;
  return `${part('ties', elements.edges)}; ${part('actors', elements.nodes)}`;
}
