import { presentElements } from '../analysis/network';
import type { ProjectData } from '../model/schema';
import type { WaveMark, WaveOverlay } from './overlays';

/**
 * The map's marks for two waves compared, from the same reading of presence as the two analyses
 * (presentElements): a tie whose person left is lost with them, whatever its own waves say.
 */
export function waveOverlay(data: ProjectData, from: string, to: string, tieTypes: readonly string[] | null = null): WaveOverlay {
  const before = presentElements(data, { wave: from, tieTypes });
  const after = presentElements(data, { wave: to, tieTypes });
  const marks = (all: ReadonlyArray<{ id: string }>, a: ReadonlyArray<{ id: string }>, b: ReadonlyArray<{ id: string }>) => {
    const inA = new Set(a.map((x) => x.id));
    const inB = new Set(b.map((x) => x.id));
    const out = new Map<string, WaveMark>();
    for (const { id } of all) out.set(id, inA.has(id) ? (inB.has(id) ? 'kept' : 'lost') : inB.has(id) ? 'gained' : 'absent');
    return out;
  };
  const label = (id: string) => data.waves.find((w) => w.id === id)?.label ?? id;
  return {
    from: label(from),
    to: label(to),
    actors: marks(data.actors, before.actors, after.actors),
    ties: marks(data.ties, before.ties, after.ties),
  };
}
