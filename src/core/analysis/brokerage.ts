import type { Graph } from './graph';

/**
 * Gould & Fernandez (1989) brokerage roles. A broker v mediates a → v → b when there is no arc
 * a → b; the role depends on which of a, v and b share a group. Counts are of ordered pairs
 * (a, b), and an undirected tie counts as arcs both ways, as R's sna::brokerage on the
 * symmetrised network. z-scores compare each count with its expectation in a random graph of
 * the same density and group sizes (the expectations and variances sna uses).
 */
export const BROKERAGE_ROLES = ['coordinator', 'consultant', 'representative', 'gatekeeper', 'liaison'] as const;
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];

export interface Brokerage {
  coordinator: number;
  consultant: number;
  representative: number;
  gatekeeper: number;
  liaison: number;
  total: number;
  /** z-score of each count; null where the role cannot occur for the actor's group size */
  z: Record<BrokerageRole | 'total', number | null>;
}

export function brokerage(g: Graph, group: Int32Array, groupCount: number): Brokerage[] {
  const n = g.n;
  const counts = new Float64Array(5 * n);
  const { start: outStart, adj: outAdj } = g.out;
  // a's out-neighbours marked once per a; then every path a → v → b tests "a → b?" in one load
  const markedBy = new Int32Array(n).fill(-1);
  for (let a = 0; a < n; a++) {
    const aEnd = outStart[a + 1] as number;
    for (let k = outStart[a] as number; k < aEnd; k++) markedBy[outAdj[k] as number] = a;
    const ga = group[a] as number;
    for (let ka = outStart[a] as number; ka < aEnd; ka++) {
      const v = outAdj[ka] as number;
      const gv = group[v] as number;
      const base = 5 * v;
      const vEnd = outStart[v + 1] as number;
      for (let kb = outStart[v] as number; kb < vEnd; kb++) {
        const b = outAdj[kb] as number;
        if (b === a || markedBy[b] === a) continue;
        const gb = group[b] as number;
        const role = ga === gv ? (gb === gv ? 0 : 2) : gb === gv ? 3 : ga === gb ? 1 : 4;
        counts[base + role] = (counts[base + role] as number) + 1;
      }
    }
  }

  // expectations and variances under a random graph of density d (sna's formulas)
  const sizes = new Float64Array(groupCount);
  for (let i = 0; i < n; i++) sizes[group[i] as number] = (sizes[group[i] as number] as number) + 1;
  const N = n;
  const arcs = g.directed ? g.m : 2 * g.m;
  const d = N > 1 ? arcs / (N * (N - 1)) : 0;
  const p = d * d * (1 - d);
  const p3 = d ** 3 * (1 - d) ** 3;
  const choose2 = (x: number) => (x * (x - 1)) / 2;
  const expectation = Array.from({ length: groupCount }, (_, gi) => {
    const ni = sizes[gi] as number;
    let others2 = 0;
    let others3 = 0;
    let othersSum = 0;
    let othersSq = 0;
    let liaisonVar = 0;
    for (let h = 0; h < groupCount; h++) {
      if (h === gi) continue;
      const nh = sizes[h] as number;
      others2 += nh * (nh - 1);
      others3 += nh * (nh - 1) * (nh - 2);
      othersSum += nh;
      othersSq += nh * nh;
      liaisonVar += nh * choose2(N - nh - ni);
    }
    const e = [
      p * (ni - 1) * (ni - 2),
      p * others2,
      p * (N - ni) * (ni - 1),
      p * (N - ni) * (ni - 1),
      p * (othersSum * othersSum - othersSq),
      p * (N - 1) * (N - 2),
    ];
    const v = [
      (e[0] as number) * (1 - p) + 2 * (ni - 1) * (ni - 2) * (ni - 3) * p3,
      (e[1] as number) * (1 - p) + 2 * others3 * p3,
      (e[2] as number) * (1 - p) + 2 * ((ni - 1) * choose2(N - ni) + (N - ni) * choose2(ni - 1)) * p3,
      0,
      (e[4] as number) * (1 - p) + 4 * liaisonVar * p3,
      (e[5] as number) * (1 - p) + 2 * (N - 1) * (N - 2) * (N - 3) * p3,
    ];
    v[3] = v[2] as number;
    return { e, sd: v.map((x) => Math.sqrt(x)) };
  });

  return Array.from({ length: n }, (_, v) => {
    const row = counts.subarray(5 * v, 5 * v + 5);
    const values = [...row, row.reduce((a, b) => a + b, 0)];
    const { e, sd } = expectation[group[v] as number] as { e: number[]; sd: number[] };
    const z = (k: number) => {
      const s = sd[k] as number;
      return s > 0 && Number.isFinite(s) ? ((values[k] as number) - (e[k] as number)) / s : null;
    };
    return {
      coordinator: values[0] as number,
      consultant: values[1] as number,
      representative: values[2] as number,
      gatekeeper: values[3] as number,
      liaison: values[4] as number,
      total: values[5] as number,
      z: {
        coordinator: z(0),
        consultant: z(1),
        representative: z(2),
        gatekeeper: z(3),
        liaison: z(4),
        total: z(5),
      },
    };
  });
}
