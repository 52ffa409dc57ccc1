import type { DepartureScenario } from '../../../../core/analysis/departure';
import type { ActorPair } from '../../../../core/model/pairs';
import { pairKey } from '../../../../core/model/pairs';
import type { Tie } from '../../../../core/model/schema';
import type { ScenarioOverlay } from '../../../../core/drawing/overlays';

/**
 * What the scenario shows, apart from React: the map's overlay for a departure, and the names
 * of the collaborations it lists. Pure, so it is tested in Node.
 */

/** The map's marks for a departure: who leaves, the ties that go with them, the collaborations lost or weakened. */
export function overlayOfScenario(scenario: DepartureScenario, ties: readonly Tie[]): ScenarioOverlay {
  const leaving = new Set<string>(scenario.leaving);
  return {
    leaving: scenario.leaving,
    lostTies: ties.filter((t) => leaving.has(t.source) || leaving.has(t.target)).map((t) => t.id),
    lostCollaborations: scenario.lostCollaborations,
    weakenedCollaborations: scenario.weakenedCollaborations,
  };
}

/** A collaboration as the scenario lists it: the two organisations' names. */
export const pairName = ([a, b]: ActorPair, name: (id: string) => string): string => `${name(a)} – ${name(b)}`;

/** A list item's key for a collaboration. */
export const pairItemKey = ([a, b]: ActorPair): string => pairKey(a, b);
