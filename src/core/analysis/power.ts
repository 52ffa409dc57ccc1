import type { Actor, Tie } from '../model/schema';
import type { Network } from './network';

/**
 * Power asymmetry. A tie's asymmetry combines what the analyst recorded about it: who took the
 * initiative, who holds the decision mandate, which way resources flow, who depends on whom
 * (Emerson 1962; Pfeffer & Salancik 1978: A's power over B is B's dependence on A) and whether
 * one end is the other's supplier. Each part is +1 when it favours the tie's source, −1 the
 * target, 0 when balanced; the score is their mean. A tie with nothing recorded has no score
 * (null), never a balanced 0.
 */
export interface DyadAsymmetry {
  tie: string;
  source: string;
  target: string;
  /** in [−1, 1]; positive: the source holds more power */
  score: number | null;
  parts: { initiative: number | null; mandate: number | null; resources: number | null; dependence: number | null; governance: number | null };
  /** influence(source) − influence(target), when the analyst rated both */
  influenceGap: number | null;
  crossSector: boolean;
  /** a cross-sector tie carrying a mandate or a flow of resources (Szreter & Woolcock 2004) */
  linking: boolean;
}

const side = (v: 'source' | 'target' | 'both' | null): number | null => (v === null ? null : v === 'source' ? 1 : v === 'target' ? -1 : 0);

/** `from` and `to` are the tie's source and target actors. */
export function dyadAsymmetry(t: Tie, from: Actor | undefined, to: Actor | undefined): DyadAsymmetry {
  const resources =
    t.resourceFlow === null ? null : t.resourceFlow === 'toTarget' ? 1 : t.resourceFlow === 'toSource' ? -1 : 0;
  // the end that depends on the other has less power: dependent = target favours the source
  const dependence = t.dependent === null ? null : t.dependent === 'target' ? 1 : t.dependent === 'source' ? -1 : 0;
  // a supplier relation: the source commissions, the target delivers
  const governance = t.governance === null ? null : t.governance === 'supplier' ? 1 : 0;
  const parts = { initiative: side(t.initiative), mandate: side(t.mandate), resources, dependence, governance };
  const known = Object.values(parts).filter((p): p is number => p !== null);
  const a = from?.influence ?? null;
  const b = to?.influence ?? null;
  const sa = from?.sector ?? null;
  const sb = to?.sector ?? null;
  const crossSector = sa !== null && sb !== null && sa !== sb;
  const carriesMandate = t.mandate === 'source' || t.mandate === 'target';
  const carriesFunds = t.resourceFlow === 'toTarget' || t.resourceFlow === 'toSource' || t.resourceFlow === 'both';
  return {
    tie: t.id,
    source: t.source,
    target: t.target,
    score: known.length ? known.reduce((x, y) => x + y, 0) / known.length : null,
    parts,
    influenceGap: a !== null && b !== null ? a - b : null,
    crossSector,
    linking: crossSector && (carriesMandate || carriesFunds),
  };
}

export interface SectorShare {
  sector: string;
  /** share of the cross-sector ties with a recorded initiative that this sector's actors took */
  initiative: number | null;
  /** share of the cross-sector ties with a recorded mandate held by this sector */
  mandate: number | null;
  /** share of the cross-sector resource flows this sector gives */
  resourcesGiven: number | null;
  /** share of all betweenness held by this sector's actors, and of the actors it has */
  betweennessShare: number | null;
  populationShare: number;
}

/**
 * Shares of initiative, mandate, resources and central positions, sector by sector; the central
 * positions' shares are null until betweenness is known.
 */
export function sectorShares(net: Network, betweenness: Float64Array | null): SectorShare[] {
  const sectorAt = (i: number) => net.actors[i]?.sector ?? null;
  const sectors = [...new Set(net.actors.map((a) => a.sector).filter((s): s is string => s !== null))];
  const initiative = new Map<string, number>();
  const mandate = new Map<string, number>();
  const resources = new Map<string, number>();
  const totals = { initiative: 0, mandate: 0, resources: 0 };
  const add = (counts: Map<string, number>, holder: string | null) => {
    if (holder !== null) counts.set(holder, (counts.get(holder) ?? 0) + 1);
    return holder === null ? 0 : 1;
  };
  net.ties.forEach((t, e) => {
    const a = sectorAt(net.tieSource[e] as number);
    const b = sectorAt(net.tieTarget[e] as number);
    if (a === null || b === null || a === b) return;
    const endSector = (end: 'source' | 'target' | 'both' | null) => (end === 'source' ? a : end === 'target' ? b : null);
    totals.initiative += add(initiative, endSector(t.initiative));
    totals.mandate += add(mandate, endSector(t.mandate));
    totals.resources += add(resources, t.resourceFlow === 'toTarget' ? a : t.resourceFlow === 'toSource' ? b : null);
  });
  const share = (counts: Map<string, number>, total: number, s: string) => (total > 0 ? (counts.get(s) ?? 0) / total : null);
  let totalBetweenness = 0;
  const bySector = new Map<string, number>();
  const population = new Map<string, number>();
  net.actors.forEach((a, i) => {
    const b = betweenness ? (betweenness[i] as number) : 0;
    totalBetweenness += b;
    if (a.sector === null) return;
    bySector.set(a.sector, (bySector.get(a.sector) ?? 0) + b);
    population.set(a.sector, (population.get(a.sector) ?? 0) + 1);
  });
  return sectors.map((sector) => ({
    sector,
    initiative: share(initiative, totals.initiative, sector),
    mandate: share(mandate, totals.mandate, sector),
    resourcesGiven: share(resources, totals.resources, sector),
    betweennessShare: totalBetweenness > 0 ? (bySector.get(sector) ?? 0) / totalBetweenness : null,
    populationShare: (population.get(sector) ?? 0) / Math.max(1, net.actors.length),
  }));
}

/**
 * Reciprocity of a directed network: the share of arcs whose reverse also exists, and the
 * share of connected pairs that are mutual (M / (M + A), sna's "dyadic.nonnull").
 */
export function reciprocity(net: Network): { arcs: number | null; dyads: number | null } {
  const g = net.graph;
  if (!g.directed || g.m === 0) return { arcs: null, dyads: null };
  let reciprocated = 0;
  for (let i = 0; i < g.n; i++)
    for (let k = g.out.start[i] as number; k < (g.out.start[i + 1] as number); k++) {
      const j = g.out.adj[k] as number;
      let lo = g.out.start[j] as number;
      let hi = (g.out.start[j + 1] as number) - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const v = g.out.adj[mid] as number;
        if (v === i) {
          reciprocated++;
          break;
        }
        if (v < i) lo = mid + 1;
        else hi = mid - 1;
      }
    }
  const mutual = reciprocated / 2;
  const asymmetric = g.m - reciprocated;
  return { arcs: reciprocated / g.m, dyads: mutual + asymmetric > 0 ? mutual / (mutual + asymmetric) : null };
}

/**
 * Krackhardt's hierarchy: 1 − (mutually reachable pairs) / (pairs reachable in at least one
 * direction), as sna::hierarchy(measure = "krackhardt"). Mutual reachability is membership of
 * one strongly connected component, so no n × n reachability matrix is needed.
 */
export function krackhardtHierarchy(reach: Int32Array, sccSizes: readonly number[]): number | null {
  let reachable = 0;
  for (const r of reach) reachable += r;
  let mutual = 0;
  for (const s of sccSizes) mutual += (s * (s - 1)) / 2;
  const connected = reachable - mutual;
  return connected > 0 ? 1 - mutual / connected : null;
}

export interface ForumRepresentation {
  forum: string;
  label: string;
  seats: number;
  /** seats per sector (the sector of the organisation a member represents, else the member's) */
  bySector: Array<{ sector: string; seats: number; share: number }>;
  /** the share each sector would hold with equal seats for the sectors present in the project */
  parityShare: number | null;
  chairSectors: string[];
  hasMandate: boolean;
  /** the sector with the most seats, when it holds more than half */
  dominant: string | null;
  /** sectors of the project without a seat in this forum */
  missing: string[];
}

export function forumRepresentation(net: Network, sectorsInScope: readonly string[]): ForumRepresentation[] {
  const sectorOf = (id: string | null) => (id === null ? null : (net.actors[net.index.get(id) ?? -1]?.sector ?? null));
  return net.forums.map((f) => {
    const counts = new Map<string, number>();
    for (const s of f.seats) {
      const sector = sectorOf(s.represents) ?? sectorOf(s.actor);
      if (sector !== null) counts.set(sector, (counts.get(sector) ?? 0) + 1);
    }
    const seats = f.seats.length;
    const bySector = [...counts.entries()]
      .map(([sector, n]) => ({ sector, seats: n, share: seats > 0 ? n / seats : 0 }))
      .sort((a, b) => b.seats - a.seats);
    const top = bySector[0];
    return {
      forum: f.id,
      label: f.label,
      seats,
      bySector,
      parityShare: sectorsInScope.length > 0 ? 1 / sectorsInScope.length : null,
      chairSectors: [
        ...new Set(f.seats.filter((s) => s.role === 'chair').map((s) => sectorOf(s.represents) ?? sectorOf(s.actor)).filter((x): x is string => x !== null)),
      ],
      // a kommissorium kept as a document of its own counts as written
      hasMandate: f.mandate.trim() !== '' || f.mandateLink !== '',
      dominant: top && top.share > 0.5 ? top.sector : null,
      missing: sectorsInScope.filter((s) => !counts.has(s)),
    };
  });
}
