import type { AnalysisResult } from '../analysis/analyze';
import type { Departure } from '../analysis/departure';
import type { ProjectData, SavedView } from '../model/schema';
import { DEFAULT_MAP_VIEW_STATE } from '../model/view-state';

/** How many departure scenarios the report shows at most. */
export const MAX_SCENARIOS = 3;

/**
 * The departures the report plays out: those the chosen views stage (a consultant saved them to
 * show), else the key person whose departure costs the most collaborations.
 */
export function reportDepartures(views: readonly SavedView[], result: AnalysisResult): Departure[] {
  const staged: Departure[] = [];
  const seen = new Set<string>();
  for (const v of views) {
    const e = v.state.emphasis;
    if (e?.kind !== 'departure') continue;
    const key = JSON.stringify(e.departure);
    if (seen.has(key)) continue;
    seen.add(key);
    staged.push(e.departure);
  }
  if (staged.length) return staged.slice(0, MAX_SCENARIOS);
  const top = [...result.keyPersons].sort((x, y) => y.collaborationsLost.length - x.collaborationsLost.length || y.crossSectorReachLost - x.crossSectorReachLost)[0];
  return top ? [{ persons: [top.person] }] : [];
}

/**
 * The two waves the report compares: those a chosen view compares, else the project's first and
 * last wave (by date where both have one, else in the project's order); none with fewer than two.
 */
export function reportWavePair(data: ProjectData, views: readonly SavedView[]): [string, string] | null {
  for (const v of views) {
    const e = v.state.emphasis;
    if (e?.kind === 'waves') return [e.from, e.to];
  }
  if (data.waves.length < 2) return null;
  const waves = [...data.waves];
  if (waves.every((w) => w.date !== null)) waves.sort((x, y) => (x.date ?? '').localeCompare(y.date ?? ''));
  const first = waves[0];
  const last = waves[waves.length - 1];
  return first && last ? [first.id, last.id] : null;
}

/** The id a map block gives for the whole network, drawn as the map opens. */
export const OVERVIEW = '';

/** The view a map block draws: a saved view, or the whole network as the map opens. */
export function reportViewOf(data: ProjectData, id: string): SavedView {
  const found = data.views.find((v) => v.id === id);
  if (found) return found;
  return { id: OVERVIEW as SavedView['id'], name: data.meta.name, description: '', slideTitle: '', speakerNotes: '', state: DEFAULT_MAP_VIEW_STATE, positions: null, viewport: null };
}
