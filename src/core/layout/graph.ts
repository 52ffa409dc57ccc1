import type { ProjectData } from '../model/schema';
import type { LayoutEdge, LayoutNode } from './names';

/** The organisation of each person's first membership (the one the compound view draws them inside). */
export function firstOrganisation(data: ProjectData): Map<string, string> {
  const kinds = new Map(data.actors.map((a) => [a.id, a.kind]));
  const out = new Map<string, string>();
  for (const m of data.memberships) {
    const kind = kinds.get(m.organisation);
    if (out.has(m.person) || kinds.get(m.person) !== 'person' || kind === undefined || kind === 'person') continue;
    out.set(m.person, m.organisation);
  }
  return out;
}

/** The network as the layouts see it, in a fixed order. */
export interface LayoutGraph {
  /** by id */
  nodes: LayoutNode[];
  /** the ties between shown actors, by tie id */
  edges: LayoutEdge[];
  /** each person's ties to the organisations they belong to, by membership id */
  memberships: LayoutEdge[];
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The actors (those in `visible`, when given) and the ties and memberships between them, sorted
 * by id: a layout that walks them in this order gives the same picture whatever order the
 * project's rows came in.
 */
export function layoutGraphOf(data: ProjectData, visible?: ReadonlySet<string>): LayoutGraph {
  const shown = (id: string) => visible === undefined || visible.has(id);
  const actors = data.actors.filter((a) => shown(a.id)).sort(byId);
  const present = new Set<string>(actors.map((a) => a.id));
  const orgOf = firstOrganisation(data);
  const nodes = actors.map((a) => {
    const org = orgOf.get(a.id);
    return { id: a.id, kind: a.kind, label: a.label, sector: a.sector, organisation: org !== undefined && present.has(org) ? org : null };
  });
  const between = (s: string, t: string) => s !== t && present.has(s) && present.has(t);
  const edges = [...data.ties]
    .sort(byId)
    .filter((t) => between(t.source, t.target))
    .map((t) => ({ source: t.source, target: t.target }));
  const memberships = [...data.memberships]
    .sort(byId)
    .filter((m) => between(m.person, m.organisation))
    .map((m) => ({ source: m.person, target: m.organisation }));
  return { nodes, edges, memberships };
}
