import type { Point } from './names';

/** A body to keep apart from the others: a circle of `radius`, or a box of half-width `hw` and half-height `hh`. */
export interface Body {
  id: string;
  x: number;
  y: number;
  hw: number;
  hh: number;
}

/**
 * Pushes overlapping boxes apart until none overlap (or `rounds` run out), each pair along the
 * axis where they overlap least, half each way. A sweep along x finds the pairs; the bodies are
 * walked in the given order, so the result depends on nothing but the input (graphology's
 * noverlap jitters coincident nodes with Math.random, which would make the map differ per run).
 */
export function separate(bodies: Body[], gap: number, rounds = 200): void {
  // coincident bodies: spread deterministically by their place in the list first
  const seen = new Map<string, number>();
  bodies.forEach((b) => {
    const key = `${String(b.x)},${String(b.y)}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    if (k > 0) {
      b.x += Math.cos(k * 2.39996) * k * 0.5;
      b.y += Math.sin(k * 2.39996) * k * 0.5;
    }
  });
  for (let round = 0; round < rounds; round++) {
    const order = bodies.map((_, i) => i).sort((i, j) => left(bodies[i] as Body) - left(bodies[j] as Body) || i - j);
    let moved = false;
    for (let a = 0; a < order.length; a++) {
      const p = bodies[order[a] as number] as Body;
      for (let b = a + 1; b < order.length; b++) {
        const q = bodies[order[b] as number] as Body;
        if (left(q) > p.x + p.hw + gap) break;
        const ox = p.hw + q.hw + gap - Math.abs(p.x - q.x);
        const oy = p.hh + q.hh + gap - Math.abs(p.y - q.y);
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        if (ox < oy) {
          const d = (ox / 2 + 0.01) * (q.x >= p.x ? 1 : -1);
          p.x -= d;
          q.x += d;
        } else {
          const d = (oy / 2 + 0.01) * (q.y >= p.y ? 1 : -1);
          p.y -= d;
          q.y += d;
        }
      }
    }
    if (!moved) return;
  }
}

const left = (b: Body) => b.x - b.hw;

/** Whether two boxes overlap (touching is not overlapping). */
export function overlaps(a: Body, b: Body): boolean {
  return Math.abs(a.x - b.x) < a.hw + b.hw && Math.abs(a.y - b.y) < a.hh + b.hh;
}

export const pointOf = (b: Body): Point => ({ x: b.x, y: b.y });
