import type { countsDa } from './counts-da';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** A number with its noun, in the right form for the number: see counts-da.ts. */
export const countsEn: Widen<typeof countsDa> = {
  actors_one: '{{count, number}} actor',
  actors_other: '{{count, number}} actors',
  ties_one: '{{count, number}} tie',
  ties_other: '{{count, number}} ties',
  components_one: '{{count, number}} component',
  components_other: '{{count, number}} components',
  carriers_one: '{{count, number}} carrier',
  carriers_other: '{{count, number}} carriers',
  seats_one: '{{count, number}} seat',
  seats_other: '{{count, number}} seats',
  permutations_one: '{{count, number}} permutation',
  permutations_other: '{{count, number}} permutations',
  pairs_one: '{{count, number}} pair',
  pairs_other: '{{count, number}} pairs',
};
