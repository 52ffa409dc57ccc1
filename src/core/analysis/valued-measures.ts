import { rowSums, type ArcWeights } from './arc-weights';
import { valuedEi } from './bonding';
import type { Graph } from './graph';
import type { ValuedActorMeasures } from './analyze';
import type { PathStats } from './paths';
import { structuralHoles } from './structural-holes';
import { principalEigen } from './structure';

/**
 * The measures on tie values that need no shortest paths, computed with the rest of the
 * structure; `actor` puts them together with the valued path pass once it is there.
 */
export function valuedMeasures(g: Graph, weights: ArcWeights, group: Int32Array) {
  const out = rowSums(g.out, weights.out, g.n);
  const inward = g.directed ? rowSums(g.in, weights.in, g.n) : null;
  const holes = structuralHoles(g, weights);
  const eigen = principalEigen(g.directed ? g.in : g.out, g.n, g.directed ? weights.in : weights.out);
  const ei = valuedEi(g, weights, group);
  const actor = (i: number, paths: PathStats | null, close: Float64Array | null): ValuedActorMeasures => ({
    strength: (out[i] as number) + (inward ? (inward[i] as number) : 0),
    inStrength: inward ? (inward[i] as number) : null,
    outStrength: inward ? (out[i] as number) : null,
    betweenness: paths ? (paths.betweenness[i] as number) : null,
    closeness: close ? (close[i] as number) : null,
    eigenvector: eigen.vector[i] as number,
    constraint: holes.constraint[i] ?? null,
    effectiveSize: holes.effectiveSize[i] ?? null,
    efficiency: holes.efficiency[i] ?? null,
    hierarchy: holes.hierarchy[i] ?? null,
    eiIndex: ei.actors[i] ?? null,
  });
  return { ei, actor };
}
