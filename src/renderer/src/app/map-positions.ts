import type { Positions } from '../../../core/model/schema';

/**
 * Where the map draws each actor now, for exports that carry the map (GEXF, Pajek): the map
 * registers how to read it while it is shown, so an export opens in Gephi as it looks here even
 * when the project has no saved arrangement (the force layout is worked out in the window).
 */
let source: (() => Positions) | null = null;

export function setMapPositionsSource(read: (() => Positions) | null): void {
  source = read;
}

/** The map's positions now; null when no map is shown. */
export function mapPositionsNow(): Positions | null {
  return source ? source() : null;
}
