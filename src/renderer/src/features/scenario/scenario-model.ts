import type { ActorPair } from '../../../../core/model/pairs';
import { pairKey } from '../../../../core/model/pairs';

/**
 * What the scenario shows, apart from React: the map's overlay for a departure, and the names
 * of the collaborations it lists. Pure, so it is tested in Node.
 */

// the map's marks for a departure are core's: the image writers draw them too
export { overlayOfScenario } from '../../../../core/drawing/overlays';

/** A collaboration as the scenario lists it: the two organisations' names. */
export const pairName = ([a, b]: ActorPair, name: (id: string) => string): string => `${name(a)} – ${name(b)}`;

/** A list item's key for a collaboration. */
export const pairItemKey = ([a, b]: ActorPair): string => pairKey(a, b);
