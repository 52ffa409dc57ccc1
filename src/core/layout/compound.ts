import { forcePositions, type ForceBody } from './force';
import type { LayoutGraph } from './graph';
import type { LayoutEdge, Point } from './names';
import { separate, type Body } from './separate';

/** A person's cell in an organisation's box: room for the dot and a name under it. */
const CELL_W = 100;
const CELL_H = 56;
/** What cytoscape draws around an organisation's persons: its padding, and its name above the box. */
export const BOX_PADDING = 14;
export const BOX_LABEL = 22;
/** Air between two organisations' boxes. */
const BOX_GAP = 36;
/** Room a loose actor (not inside a box) takes. */
const LOOSE = { hw: 46, hh: 30 };

/** An organisation's box: its persons in a grid, names in the Danish order. */
export interface OrganisationBox {
  organisation: string;
  members: string[];
  cols: number;
}

/** The boxes of the compound view: each organisation with persons inside, its persons sorted. */
export function organisationBoxes(graph: LayoutGraph, compare: (a: string, b: string) => number): OrganisationBox[] {
  const labels = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const members = new Map<string, string[]>();
  for (const n of graph.nodes) {
    if (n.kind !== 'person' || n.organisation === null) continue;
    (members.get(n.organisation) ?? members.set(n.organisation, []).get(n.organisation))?.push(n.id);
  }
  return [...members]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([organisation, ids]) => {
      ids.sort((a, b) => compare(labels.get(a) ?? a, labels.get(b) ?? b) || (a < b ? -1 : 1));
      return { organisation, members: ids, cols: Math.max(1, Math.ceil(Math.sqrt(ids.length * 1.4))) };
    });
}

/** Half the box's size, with the padding and the name above. */
function halfSize(box: OrganisationBox): { hw: number; hh: number } {
  const rows = Math.ceil(box.members.length / box.cols);
  return { hw: (box.cols * CELL_W) / 2 + BOX_PADDING, hh: (rows * CELL_H + BOX_LABEL) / 2 + BOX_PADDING };
}

/**
 * "Personer i organisationer" laid out by force without boxes on top of each other: each
 * organisation's persons sit in a grid inside its box; the boxes and the actors outside any box
 * are laid out by force as single bodies (ties between them adding up), then pushed apart until
 * no two overlap. The organisation itself is placed at its box's centre (cytoscape draws the box
 * around the persons; a drawing without compound nodes finds it there).
 */
export function compoundForcePositions(graph: LayoutGraph, compare: (a: string, b: string) => number): Map<string, Point> {
  const boxes = organisationBoxes(graph, compare);
  const bodyOf = new Map<string, string>();
  const bodies: Body[] = [];
  const byBox = new Map<string, OrganisationBox>();
  for (const box of boxes) {
    byBox.set(box.organisation, box);
    bodyOf.set(box.organisation, box.organisation);
    for (const m of box.members) bodyOf.set(m, box.organisation);
  }
  for (const n of graph.nodes) {
    if (bodyOf.has(n.id)) continue;
    bodyOf.set(n.id, n.id);
  }
  const order: ForceBody[] = graph.nodes
    .filter((n) => bodyOf.get(n.id) === n.id)
    .map((n) => {
      const box = byBox.get(n.id);
      return { id: n.id, ...(box ? halfSize(box) : LOOSE) };
    });
  // ties and memberships between bodies (a person's membership of their own box is inside it)
  const edges: LayoutEdge[] = [];
  for (const e of [...graph.edges, ...graph.memberships]) {
    const s = bodyOf.get(e.source);
    const t = bodyOf.get(e.target);
    if (s !== undefined && t !== undefined && s !== t) edges.push({ source: s, target: t });
  }
  const centres = forcePositions(order, edges);
  // boxes are far larger than FA2's points: spread the centres by the typical box before separating
  const typical = order.reduce((s, b) => s + Math.max(b.hw, b.hh), 0) / Math.max(1, order.length);
  const spread = Math.max(1, typical / 75);
  for (const b of order) {
    const c = centres.get(b.id) ?? { x: 0, y: 0 };
    bodies.push({ id: b.id, x: c.x * spread, y: c.y * spread, hw: b.hw, hh: b.hh });
  }
  separate(bodies, BOX_GAP, 500);

  const out = new Map<string, Point>();
  for (const body of bodies) {
    out.set(body.id, { x: body.x, y: body.y });
    const box = byBox.get(body.id);
    if (!box) continue;
    const { hw, hh } = halfSize(box);
    const x0 = body.x - hw + BOX_PADDING + CELL_W / 2;
    const y0 = body.y - hh + BOX_PADDING + BOX_LABEL + CELL_H / 2 - 8;
    box.members.forEach((id, i) => {
      out.set(id, { x: x0 + (i % box.cols) * CELL_W, y: y0 + Math.floor(i / box.cols) * CELL_H });
    });
  }
  return out;
}
