import type { Tie } from './schema';

/**
 * Edits of a tie that touch several fields at once, worked out here so that the details panel,
 * the tables' bulk edits and the tests agree on them.
 */

type EndOrBoth = 'source' | 'target' | 'both' | null;
const swapEnd = (v: EndOrBoth): EndOrBoth => (v === 'source' ? 'target' : v === 'target' ? 'source' : v);
const swapFlow = (v: Tie['resourceFlow']): Tie['resourceFlow'] => (v === 'toTarget' ? 'toSource' : v === 'toSource' ? 'toTarget' : v);

/** The fields a tie's direction is part of: its ends, and every power field that names an end. */
export type DirectionPatch = Pick<Tie, 'source' | 'target' | 'initiative' | 'mandate' | 'resourceFlow' | 'dependent'>;

/**
 * A tie turned round: source and target swapped, and with them every power field that names an
 * end, so that what was recorded about each actor stays with that actor (the one who took the
 * initiative still took it, the resources still flow from the same organisation). Governance
 * names no end (a supplier tie is read as its source commissioning its target), so it stays as
 * it is; the details panel words it with the actors' names, so the turn shows there.
 */
export function reversed(t: Tie): DirectionPatch {
  return {
    source: t.target,
    target: t.source,
    initiative: swapEnd(t.initiative),
    mandate: swapEnd(t.mandate),
    resourceFlow: swapFlow(t.resourceFlow),
    dependent: swapEnd(t.dependent),
  };
}

/** The direction a tie can be given: none, or from one of its two actors to the other. */
export type Direction = 'undirected' | 'forward' | 'backward';

/** The patch that gives a tie a direction; `backward` is the other way round from its source. */
export function directionPatch(t: Tie, direction: Direction): Partial<Tie> {
  if (direction === 'undirected') return { directed: false };
  if (direction === 'forward') return { directed: true };
  return { ...reversed(t), directed: true };
}
