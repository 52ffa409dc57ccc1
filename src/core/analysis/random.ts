import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A seeded source of randomness: the same seed gives the same permutations and simulations. */
export interface Random {
  /** an integer in [0, below), below ≤ 2³² */
  int(below: number): number;
  /** a number in [0, 1) */
  float(): number;
}

export function seededRandom(seed: number): Random {
  const rng = xoroshiro128plus(seed);
  return {
    // Multiply-shift on one 32-bit draw: far cheaper than a rejection-sampled distribution, and
    // its bias (below / 2³² at most) is invisible next to the sampling error of any test here.
    int: (below) => Math.floor(((rng.next() >>> 0) / 4_294_967_296) * below),
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
