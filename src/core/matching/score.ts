import { distance } from 'fastest-levenshtein';

/**
 * How alike two names are, from 0 (nothing in common) to 1 (the same name), on the tokens of
 * `nameTokens`. The score is
 *
 *   0.7 × token overlap + 0.3 × string similarity
 *
 * - token overlap: each token of the shorter name is paired with its best unused token of the
 *   other; a pair counts 1 when equal, 0.9 when one is an initial of the other ("j" and "jens"),
 *   its normalised Levenshtein similarity 1 − d / max(length) when that is at least 0.8 (a
 *   typing error, "hanssen" and "hansen"), and 0 otherwise; the sum is divided by the mean
 *   number of tokens (a Dice coefficient), so an extra middle name lowers the score a little.
 * - string similarity: normalised Levenshtein similarity of the tokens sorted and joined, which
 *   separates names whose tokens all differ slightly.
 *
 * Word order does not count, so "Hansen Jens" is "Jens Hansen"; but "Hans Jensen" is not: its
 * tokens are different words ("hans" is 0.5 like "jens", "jensen" 0.67 like "hansen").
 */
export function scoreTokens(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const used = new Set<number>();
  let overlap = 0;
  // equal tokens first, so a typo cannot take the token an exact match needs
  const order = [...short].sort((x, y) => Number(long.includes(y)) - Number(long.includes(x)));
  for (const token of order) {
    let best = 0;
    let bestAt = -1;
    long.forEach((other, i) => {
      if (used.has(i)) return;
      const s = tokenSimilarity(token, other);
      if (s > best) {
        best = s;
        bestAt = i;
      }
    });
    if (bestAt >= 0) {
      used.add(bestAt);
      overlap += best;
    }
  }
  const tokenScore = (2 * overlap) / (a.length + b.length);
  const joinedA = [...a].sort().join(' ');
  const joinedB = [...b].sort().join(' ');
  const stringScore = similarity(joinedA, joinedB);
  return round(0.7 * tokenScore + 0.3 * stringScore);
}

/** Two tokens alike: 1 equal, 0.9 an initial, Levenshtein similarity from 0.8, else 0. */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) return 0.9;
  const s = similarity(a, b);
  return s >= 0.8 ? s : 0;
}

/** 1 − Levenshtein distance / the longer length. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
