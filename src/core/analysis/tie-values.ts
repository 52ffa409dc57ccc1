import { arcWeights, type ArcWeights } from './arc-weights';
import type { Network } from './network';

/**
 * The values the valued measures read: each tie's strength as recorded (positive, on the
 * project's scale), laid over the network's graph. They are used only when every tie the
 * analysis reads has one: a tie without a strength has no value that could stand in for it
 * without changing the figures, so with any missing the valued measures are not computed and
 * the count says how many ties lack one.
 */
export type TieValues = { weights: ArcWeights; missing: 0 } | { weights: null; missing: number };

export function tieValues(net: Network): TieValues {
  const { ties, tieSource, tieTarget, graph } = net;
  const missing = ties.filter((t) => t.strength === null).length;
  if (missing > 0 || ties.length === 0) return { weights: null, missing };
  // as buildNetwork gives the graph its arcs: an undirected tie in a directed network is an arc each way
  const sources: number[] = [];
  const targets: number[] = [];
  const values: number[] = [];
  ties.forEach((t, e) => {
    const s = tieSource[e] as number;
    const d = tieTarget[e] as number;
    const value = t.strength as number;
    sources.push(s);
    targets.push(d);
    values.push(value);
    if (graph.directed && !t.directed) {
      sources.push(d);
      targets.push(s);
      values.push(value);
    }
  });
  return { weights: arcWeights(graph, sources, targets, values), missing: 0 };
}
