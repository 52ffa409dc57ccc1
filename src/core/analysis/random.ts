import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A seeded source of randomness: the same seed gives the same permutations and simulations. */
export interface Random {
  /** an integer in [0, below) */
  int(below: number): number;
  /** a number in [0, 1) */
  float(): number;
}

export function seededRandom(seed: number): Random {
  const rng = xoroshiro128plus(seed);
  return {
    int: (below) => uniformInt(rng, 0, below - 1),
    float: () => uniformFloat64(rng),
  };
}

/** Fisher–Yates shuffle in place. */
export function shuffle(values: Int32Array, random: Random): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    const t = values[i] as number;
    values[i] = values[j] as number;
    values[j] = t;
  }
}
