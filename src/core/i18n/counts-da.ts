/**
 * A number with its noun, in the right form for the number ("1 relation", "2 relationer"): for
 * sentences that count more than one thing, where only one count can choose the sentence's own
 * plural. A sentence puts one of these in a parameter; English in counts-en.ts.
 */
export const countsDa = {
  actors_one: '{{count, number}} aktør',
  actors_other: '{{count, number}} aktører',
  ties_one: '{{count, number}} relation',
  ties_other: '{{count, number}} relationer',
  components_one: '{{count, number}} komponent',
  components_other: '{{count, number}} komponenter',
  carriers_one: '{{count, number}} bærer',
  carriers_other: '{{count, number}} bærere',
  seats_one: '{{count, number}} plads',
  seats_other: '{{count, number}} pladser',
  permutations_one: '{{count, number}} ombytning',
  permutations_other: '{{count, number}} ombytninger',
  pairs_one: '{{count, number}} par',
  pairs_other: '{{count, number}} par',
} as const;
