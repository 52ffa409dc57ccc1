import type { ActorId } from '../ids';

/**
 * Pairs of actors travel as pairs, `[a, b]`, never as text such as "a|b": ids are the user's own
 * (names, spaces, `|`, `~`, emoji), so no separator is safe to split on.
 */
export type ActorPair = readonly [ActorId, ActorId];

/**
 * The one way to make a lookup key of several strings (a pair of ids, a finding's elements):
 * every part is written after its length, so two different lists never give the same key,
 * whatever characters the parts contain. Keys are for maps and sets only, never shown or parsed.
 */
export function compositeKey(parts: readonly string[]): string {
  let key = '';
  for (const part of parts) key += `${String(part.length)}:${part}`;
  return key;
}

/** The key of an ordered pair: (a, b) and (b, a) differ. */
export const pairKey = (a: string, b: string): string => compositeKey([a, b]);

/** The key of an unordered pair: (a, b) and (b, a) are the same. */
export const unorderedPairKey = (a: string, b: string): string => (a < b ? pairKey(a, b) : pairKey(b, a));
