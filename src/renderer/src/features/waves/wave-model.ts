import type { MapHighlight } from '../../../../core/drawing/overlays';
import type { ActorId, MembershipId, WaveId } from '../../../../core/ids';
import type { CollaborationChange, TieChange, WaveChange } from '../../../../core/analysis/wave-compare';
import { presentIn } from '../../../../core/model/wave-presence';
import type { ProjectData } from '../../../../core/model/schema';

/**
 * What the waves panel works out apart from React: the commands it sends, the pair it compares
 * first, and what each list item shows on the map. Pure, so it is tested in Node.
 */

/** The waves' order with one moved up (−1) or down (+1); null when it cannot move that way. */
export function movedOrder(order: readonly WaveId[], id: WaveId, step: -1 | 1): WaveId[] | null {
  const i = order.indexOf(id);
  const j = i + step;
  if (i < 0 || j < 0 || j >= order.length) return null;
  const next = [...order];
  next[i] = order[j] as WaveId;
  next[j] = id;
  return next;
}

/** The two waves compared when the panel opens: the last two in the project's order, earlier first. */
export function defaultPair(data: ProjectData): [WaveId, WaveId] | null {
  const n = data.waves.length;
  if (n < 2) return null;
  return [(data.waves[n - 2] as ProjectData['waves'][number]).id, (data.waves[n - 1] as ProjectData['waves'][number]).id];
}

/** A chosen pair that still names two different waves of the project, else the default pair. */
export function livePair(data: ProjectData, chosen: readonly [string, string] | null): [WaveId, WaveId] | null {
  const ids = new Map(data.waves.map((w) => [w.id as string, w.id]));
  const a = chosen && ids.get(chosen[0]);
  const b = chosen && ids.get(chosen[1]);
  return a && b && a !== b ? [a, b] : defaultPair(data);
}

/**
 * "All of organisation X in wave W": the organisation, every person who is a member of it, and
 * those memberships, as one command that puts them in the wave or takes them out.
 */
export function organisationPresence(
  data: ProjectData,
  organisation: string,
  wave: WaveId,
  present: boolean,
): { type: 'wave.presence'; wave: WaveId; present: boolean; actors: ActorId[]; memberships: MembershipId[]; members: number } {
  const memberships = data.memberships.filter((m) => m.organisation === organisation);
  const persons = [...new Set(memberships.map((m) => m.person))];
  const org = data.actors.find((a) => a.id === organisation)?.id;
  return {
    type: 'wave.presence',
    wave,
    present,
    actors: [...(org ? [org] : []), ...persons],
    memberships: memberships.map((m) => m.id),
    members: persons.length,
  };
}

/** How many of the elements a presence command names would change. */
export function presenceChanges(data: ProjectData, command: { wave: string; present: boolean; actors?: readonly string[]; memberships?: readonly string[] }): number {
  const actors = new Set(command.actors ?? []);
  const memberships = new Set(command.memberships ?? []);
  const changes = (x: { id: string; waves: readonly string[] }) => presentIn(x.waves, command.wave) !== command.present;
  return data.actors.filter((a) => actors.has(a.id) && changes(a)).length + data.memberships.filter((m) => memberships.has(m.id) && changes(m)).length;
}

/** What a list item brings forward on the map. */
export const highlightOfTie = (t: TieChange): MapHighlight => ({ actors: [t.source, t.target], ties: [t.tie] });
export const highlightOfActor = (id: string): MapHighlight => ({ actors: [id], ties: [] });
export const highlightOfChange = (f: WaveChange): MapHighlight => ({ actors: f.elements.actors, ties: f.elements.ties });
export function highlightOfCollaboration(c: CollaborationChange): MapHighlight {
  const persons = [...(c.before?.carrierPersons ?? []), ...(c.after?.carrierPersons ?? [])];
  const ties = [...(c.before?.carrierTies ?? []), ...(c.after?.carrierTies ?? [])];
  return { actors: [...new Set([c.a, c.b, ...persons])], ties: [...new Set(ties)] };
}
