import type { Positions, ProjectData } from '../model/schema';
import { clearTies } from './clearance';
import { compoundForcePositions } from './compound';
import { concentricPositions } from './concentric';
import { forcePositions } from './force';
import { layoutGraphOf, type LayoutGraph } from './graph';
import type { LayoutName, Point } from './names';
import { placeNewcomers } from './newcomers';
import { separate, type Body } from './separate';
import { twoShoresPositions } from './shores';

export { LAYOUTS, type LayoutEdge, type LayoutName, type LayoutNode, type Point } from './names';
export { firstOrganisation, layoutGraphOf, type LayoutGraph } from './graph';
export { shoreOfSector, twoShoresPositions, type Shore } from './shores';
export { shoreHeadings, type ShoreHeading } from './shore-headings';
export { concentricPositions } from './concentric';
export { placeNewcomers } from './newcomers';
export { tieCrossings, clearTies, TIE_CLEARANCE } from './clearance';
export { organisationBoxes } from './compound';

export interface LayoutOptions {
  /** only these actors are laid out (the others are left out of the result) */
  visible?: ReadonlySet<string>;
  /** persons drawn inside their organisations ("personer i organisationer") */
  compound?: boolean;
}

/**
 * Names in the Danish order (Æ, Ø, Å after Z) with a fixed locale, so a layout that orders by
 * name orders the same way in the app, the CLI and the tests.
 */
export const layoutCollator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });
const compare = layoutCollator.compare;

/** Room an actor takes in the force layout: its dot and its name below (half width, half height). */
const ACTOR_ROOM = { hw: 34, hh: 24 };
/** Above this many actors the force layout does less polishing, to stay within a second or two. */
const LARGE = 300;
/** A membership pulls a person to their organisation as hard as two ties. */
const MEMBERSHIP_WEIGHT = 2;

/**
 * Where every actor of the project goes in a layout: the same data gives the same positions on
 * every machine and every run (seeded, ordered by id, no clock, no Math.random). "manual" keeps
 * the project's saved arrangement and places the actors it does not hold beside their
 * neighbours; without a saved arrangement it is the force layout. Positions are rounded to a
 * tenth of a unit, as the project stores them.
 */
export function computeLayout(data: ProjectData, name: LayoutName, options: LayoutOptions = {}): Positions {
  const graph = layoutGraphOf(data, options.visible);
  const compound = options.compound === true;
  return rounded(graph, positionsFor(data, graph, name, compound));
}

function positionsFor(data: ProjectData, graph: LayoutGraph, name: LayoutName, compound: boolean): Map<string, Point> {
  switch (name) {
    case 'force':
      return compound ? compoundForcePositions(graph, compare) : forceLayout(graph);
    case 'shores':
      return twoShoresPositions(graph.nodes, graph.edges, compare, compound);
    case 'concentric': {
      const degree = new Map<string, number>();
      for (const e of graph.edges) {
        degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
        degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
      }
      return concentricPositions(graph.nodes, (id) => degree.get(id) ?? 0, compare, 52);
    }
    case 'manual': {
      const saved = new Map<string, Point>();
      for (const n of graph.nodes) {
        const p = Object.hasOwn(data.positions, n.id) ? data.positions[n.id] : undefined;
        if (p) saved.set(n.id, { x: p.x, y: p.y });
      }
      if (saved.size === 0) return positionsFor(data, graph, 'force', compound);
      const newcomers = graph.nodes.filter((n) => !saved.has(n.id));
      // those with no placed neighbour go to the right of the arrangement, not to wherever the view is
      let right = -Infinity;
      let top = Infinity;
      for (const p of saved.values()) {
        right = Math.max(right, p.x);
        top = Math.min(top, p.y);
      }
      const placed = placeNewcomers(newcomers, [...graph.edges, ...graph.memberships], saved, { x: right + 120, y: top });
      return new Map([...saved, ...placed]);
    }
  }
}

/**
 * The force layout: ForceAtlas2 from seeded places over ties and memberships, actors then pushed
 * apart until their names do not overlap, and off ties drawn through them.
 */
function forceLayout(graph: LayoutGraph): Map<string, Point> {
  const bodies = graph.nodes.map((n) => ({ id: n.id, ...ACTOR_ROOM }));
  const edges = [...graph.edges, ...graph.memberships];
  const weights = [...graph.edges.map(() => 1), ...graph.memberships.map(() => MEMBERSHIP_WEIGHT)];
  const centres = forcePositions(bodies, edges, weights);
  let positions = new Map(bodies.map((b) => [b.id, centres.get(b.id) ?? { x: 0, y: 0 }]));
  // names apart, then actors off the lines through them, a few times over: each nudge may undo a little of the other
  // (a large network gets one pass: four took half a minute on 1,000 actors)
  const large = graph.nodes.length > LARGE;
  for (let pass = 0; pass < (large ? 1 : 6); pass++) {
    const placed: Body[] = [...positions].map(([id, p]) => ({ id, ...p, ...ACTOR_ROOM }));
    separate(placed, 4, large ? 30 : 200);
    positions = new Map(placed.map((b) => [b.id, { x: b.x, y: b.y }]));
    clearTies(positions, edges, undefined, undefined, large ? 2 : 30);
  }
  return positions;
}

function rounded(graph: LayoutGraph, positions: ReadonlyMap<string, Point>): Positions {
  const out: Positions = {};
  for (const n of graph.nodes) {
    const p = positions.get(n.id);
    if (p) out[n.id] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
  }
  return out;
}

/** Above this many actors the map opens on the shores, not by force (see the renderer's HUGE_NETWORK). */
export const FORCE_UP_TO = 1_000;

/** The layout a project without a saved arrangement opens on. */
export const defaultLayout = (data: ProjectData): LayoutName => (data.actors.length > FORCE_UP_TO ? 'shores' : 'force');

/**
 * Which layout a project's saved arrangement is: the default layout (force, or the shores for a
 * huge network) when it holds exactly what that layout computes now (the first layout was kept,
 * or "lay out again" ran, and nothing moved since); otherwise the user's own ("manual"). Null
 * when nothing is saved.
 */
export function savedLayoutName(data: ProjectData): LayoutName | null {
  const saved = Object.keys(data.positions);
  if (saved.length === 0) return null;
  for (const name of [defaultLayout(data), 'shores'] as const) {
    const computed = computeLayout(data, name);
    if (saved.length === Object.keys(computed).length && saved.every((id) => samePoint(computed[id], data.positions[id]))) return name;
  }
  return 'manual';
}

const samePoint = (a: Point | undefined, b: Point | undefined) => a !== undefined && b !== undefined && a.x === b.x && a.y === b.y;
