import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { seededRandom } from '../analysis/random';
import type { LayoutEdge, Point } from './names';

/** What the force layout places: ids in a fixed order, and how much room each needs. */
export interface ForceBody {
  id: string;
  /** half the room the body needs across and down, in model units */
  hw: number;
  hh: number;
}

/** The length a tie is drawn at on average, in model units: room for a name between two actors. */
const EDGE_LENGTH = 120;
/** The seed of every force layout: one picture per network, everywhere. */
export const LAYOUT_SEED = 14;

/**
 * ForceAtlas2 from seeded starting places: bodies in the given order, each started at a place
 * drawn from a generator seeded with LAYOUT_SEED, a fixed number of iterations, then scaled so
 * that ties are about EDGE_LENGTH long. Ties between the same two bodies add up into one weight.
 * The same bodies and edges in the same order give the same places on every machine.
 */
export function forcePositions(bodies: readonly ForceBody[], edges: readonly LayoutEdge[], weights?: readonly number[]): Map<string, Point> {
  const out = new Map<string, Point>();
  if (bodies.length === 0) return out;
  if (bodies.length === 1) {
    out.set((bodies[0] as ForceBody).id, { x: 0, y: 0 });
    return out;
  }
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const random = seededRandom(LAYOUT_SEED);
  const spread = 10 * Math.sqrt(bodies.length);
  for (const b of bodies) graph.addNode(b.id, { x: (random.float() - 0.5) * spread, y: (random.float() - 0.5) * spread, size: Math.max(b.hw, b.hh) / 20 });
  edges.forEach((e, i) => {
    if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target)) return;
    const w = weights?.[i] ?? 1;
    const key = graph.edge(e.source, e.target);
    if (key === undefined) graph.addEdge(e.source, e.target, { weight: w });
    else graph.updateEdgeAttribute(key, 'weight', (v: unknown) => (typeof v === 'number' ? v : 0) + w);
  });
  const n = graph.order;
  const placed = forceAtlas2(graph, {
    iterations: n > 300 ? 150 : 600,
    getEdgeWeight: 'weight',
    settings: {
      barnesHutOptimize: n > 300,
      barnesHutTheta: 0.6,
      gravity: 0.5,
      scalingRatio: 8,
      strongGravityMode: true,
      linLogMode: false,
      outboundAttractionDistribution: false,
      adjustSizes: false,
      edgeWeightInfluence: 1,
      slowDown: 1 + Math.log(n),
    },
  });
  // scaled so that the typical tie is EDGE_LENGTH long (the median, so one long bridge does not shrink the rest)
  const lengths: number[] = [];
  graph.forEachEdge((_e, _a, s, t) => {
    const p = placed[s];
    const q = placed[t];
    if (p && q) lengths.push(Math.hypot(p.x - q.x, p.y - q.y));
  });
  lengths.sort((a, b) => a - b);
  const median = lengths.length > 0 ? (lengths[Math.floor(lengths.length / 2)] as number) : 0;
  const scale = median > 1e-9 ? EDGE_LENGTH / median : 1;
  for (const b of bodies) {
    const p = placed[b.id];
    out.set(b.id, p ? { x: p.x * scale, y: p.y * scale } : { x: 0, y: 0 });
  }
  return out;
}
