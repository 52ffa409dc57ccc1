import type { ArcWeights } from './arc-weights';
import { hasArc, type Graph } from './graph';

/**
 * Burt's (1992) structural-hole measures, computed as networkx does (constraint, effective
 * size) on mutual tie weights w_ij = a_ij + a_ji, so an undirected tie and a reciprocated pair
 * of arcs weigh alike. Hierarchy is Burt's concentration of constraint on one contact: high
 * hierarchy means an actor's position depends on a single relationship.
 *
 * Valued (Burt's own definition, networkx's `constraint` and `effective_size` with `weight`):
 * given tie values, w_ij = a_ij + a_ji with a the ties' values, so each contact weighs by its share
 * of the actor's total; a contact whose ties carry 0 weighs nothing.
 */
export interface StructuralHoles {
  /** null for an isolate */
  constraint: Array<number | null>;
  effectiveSize: Array<number | null>;
  /** effective size per contact */
  efficiency: Array<number | null>;
  /** null with fewer than two contacts, where the concentration is undefined */
  hierarchy: Array<number | null>;
}

export function structuralHoles(g: Graph, weights?: ArcWeights): StructuralHoles {
  const n = g.n;
  const { start, adj } = g.both;
  // mutual weight of each undirected adjacency entry, its row total and its row maximum
  const mw = new Float64Array(adj.length);
  const total = new Float64Array(n);
  const max = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
      const j = adj[k] as number;
      const w = weights ? (weights.both[k] as number) : g.directed ? Number(hasArc(g.out, i, j)) + Number(hasArc(g.out, j, i)) : 2;
      mw[k] = w;
      total[i] = (total[i] as number) + w;
      max[i] = Math.max(max[i] as number, w);
    }
  }

  const constraint: Array<number | null> = new Array<number | null>(n).fill(null);
  const effectiveSize: Array<number | null> = new Array<number | null>(n).fill(null);
  const efficiency: Array<number | null> = new Array<number | null>(n).fill(null);
  const hierarchy: Array<number | null> = new Array<number | null>(n).fill(null);
  const pi = new Float64Array(n); // p_iq for the current ego i, 0 elsewhere
  const local: number[] = [];

  for (let i = 0; i < n; i++) {
    const s = start[i] as number;
    const e = start[i + 1] as number;
    const degree = e - s;
    if (degree === 0 || total[i] === 0) continue;
    for (let k = s; k < e; k++) pi[adj[k] as number] = (mw[k] as number) / (total[i] as number);

    let c = 0;
    let es = 0;
    local.length = 0;
    for (let k = s; k < e; k++) {
      const j = adj[k] as number;
      let indirect = 0;
      let redundancy = 0;
      for (let kk = start[j] as number; kk < (start[j + 1] as number); kk++) {
        const q = adj[kk] as number;
        const piq = pi[q] as number;
        if (piq === 0) continue;
        // q's total is positive (q's tie to i weighs); j's maximum is 0 only when all its ties weigh nothing
        indirect += piq * ((mw[kk] as number) / (total[q] as number));
        if ((max[j] as number) > 0) redundancy += piq * ((mw[kk] as number) / (max[j] as number));
      }
      const cij = ((pi[j] as number) + indirect) ** 2;
      local.push(cij);
      c += cij;
      es += 1 - redundancy;
    }
    for (let k = s; k < e; k++) pi[adj[k] as number] = 0;

    constraint[i] = c;
    effectiveSize[i] = es;
    efficiency[i] = es / degree;
    if (degree > 1 && c > 0) {
      const mean = c / degree;
      let h = 0;
      for (const cij of local) if (cij > 0) h += (cij / mean) * Math.log(cij / mean);
      hierarchy[i] = h / (degree * Math.log(degree));
    }
  }
  return { constraint, effectiveSize, efficiency, hierarchy };
}
