import type { WaveId } from '../ids';
import type { ProjectData } from './schema';

/**
 * Presence in waves, as the model reads it: an element lists the waves it is present in, and an
 * element that lists none is present in every wave (a project without waves has none to list).
 * The editor, the waves panel and the analysis (network.ts, and so the wave comparison) all read
 * presence through these.
 */

/** Whether an element with these waves is present in `wave`. */
export const presentIn = (waves: readonly string[], wave: string): boolean => waves.length === 0 || waves.includes(wave);

/**
 * An element's waves once its presence in `wave` is set, in the project's order of waves (`order`).
 * An element present in all waves (an empty list) that leaves one is listed in all the others.
 * Null when it would be present in no wave: an empty list cannot say that, it says "all".
 */
export function withPresence(waves: readonly WaveId[], order: readonly WaveId[], wave: WaveId, present: boolean): WaveId[] | null {
  if (present && waves.length === 0) return [];
  const now = new Set<string>(waves.length === 0 ? order : waves);
  if (present) now.add(wave);
  else now.delete(wave);
  if (now.size === 0) return null;
  // waves the project no longer has are kept where they are listed: the rules name them, not this
  return [...order.filter((w) => now.has(w)), ...waves.filter((w) => !order.includes(w))];
}

export type WaveElementCounts = Record<'actors' | 'ties' | 'memberships' | 'forums', number>;

/**
 * How many elements of each kind list only this wave. Removing the wave leaves them listing
 * none, which reads as present in every wave; the panel says so before a wave is removed.
 */
export function onlyInWave(data: ProjectData, wave: string): WaveElementCounts {
  const only = (xs: ReadonlyArray<{ waves: readonly string[] }>) => xs.filter((x) => x.waves.length === 1 && x.waves[0] === wave).length;
  return { actors: only(data.actors), ties: only(data.ties), memberships: only(data.memberships), forums: only(data.forums) };
}
