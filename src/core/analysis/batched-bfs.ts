import type { Csr } from './graph';

/**
 * Breadth-first searches from 32 sources at once, one bit per source (multi-source BFS, Then et
 * al. 2014): each arc is crossed once per level for all the sources whose frontier holds its
 * tail, instead of once per source, and the test "seen before?" becomes a bit mask rather than
 * a branch the processor cannot predict. For sums over distances only (no path counts), such as
 * distance-weighted fragmentation, it is several times faster than one search per source.
 */
const WIDTH = 32;

/** Σ over the sources s and every node t ≠ s that s reaches, of 1 / d(s, t), along `c`'s arcs. */
export function reciprocalDistanceSum(c: Csr, n: number, sources: ArrayLike<number>, removed?: Uint8Array): number {
  const { start, adj } = c;
  const seen = new Int32Array(n);
  let frontier = new Int32Array(n);
  let next = new Int32Array(n);
  let total = 0;
  for (let first = 0; first < sources.length; first += WIDTH) {
    seen.fill(0);
    frontier.fill(0);
    // a removed node looks seen by every source, so no search enters it
    if (removed) for (let i = 0; i < n; i++) if (removed[i]) seen[i] = -1;
    const last = Math.min(first + WIDTH, sources.length);
    for (let x = first; x < last; x++) {
      const s = sources[x] as number;
      if (removed?.[s]) continue;
      const bit = 1 << (x - first);
      seen[s] = (seen[s] as number) | bit;
      frontier[s] = (frontier[s] as number) | bit;
    }
    for (let level = 1; ; level++) {
      next.fill(0);
      for (let v = 0; v < n; v++) {
        const f = frontier[v] as number;
        if (f === 0) continue;
        const end = start[v + 1] as number;
        for (let k = start[v] as number; k < end; k++) {
          const w = adj[k] as number;
          next[w] = (next[w] as number) | f;
        }
      }
      let found = 0;
      for (let w = 0; w < n; w++) {
        const fresh = (next[w] as number) & ~(seen[w] as number);
        next[w] = fresh;
        if (fresh !== 0) {
          seen[w] = (seen[w] as number) | fresh;
          found += popcount(fresh);
        }
      }
      if (found === 0) break;
      total += found / level;
      [frontier, next] = [next, frontier];
    }
  }
  return total;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
