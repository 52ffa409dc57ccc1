import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type cytoscape from 'cytoscape';
import { collectionOf, keptClasses, sameClasses } from './map-classes';
import type { MapElements } from './map-elements';

/** The map's elements by id, as the controller keeps what it last drew. */
export type DrawnElements = ReadonlyMap<string, ElementDefinition>;

export function byId(elements: MapElements): Map<string, ElementDefinition> {
  const wanted = new Map<string, ElementDefinition>();
  for (const el of elements.nodes) wanted.set(String(el.data.id), el);
  for (const el of elements.edges) wanted.set(String(el.data.id), el);
  return wanted;
}

export interface ElementChanges {
  /** the definitions added to the map (new, or made again as a tie's ends changed) */
  added: ElementDefinition[];
  /** an actor moved into or out of an organisation */
  moved: boolean;
  /** an actor came, went or changed: the labels need placing again */
  actorChange: boolean;
}

/**
 * Brings what cytoscape draws from `drawn` to `wanted`: removes what went, adds what came and
 * sets on the rest only what differs. A definition that is the very object drawn before is
 * skipped unlooked-at (the element builders keep the identity of what an edit left alone).
 * `forget` is told each element added, which carries none of the controller's classes yet; on a
 * zoomed-out map (`far`) new and restyled informal ties are drawn solid too.
 */
export function applyElements(cy: Core, drawn: DrawnElements, wanted: DrawnElements, far: boolean, forget: (id: string) => void): ElementChanges {
  const added: ElementDefinition[] = [];
  const moves: Array<[NodeSingular, string | null]> = [];
  const reclassed: cytoscape.SingularElementArgument[] = [];
  let actorChange = false;
  cy.batch(() => {
    for (const id of drawn.keys()) {
      if (wanted.has(id)) continue;
      const el = cy.getElementById(id);
      if (el.empty()) continue;
      if (el.isNode()) actorChange = true;
      // removing an organisation would take the persons drawn inside it along
      if (el.isNode() && el.isParent()) el.children().move({ parent: null });
      if (!el.removed()) el.remove();
    }
    for (const [id, next] of wanted) {
      // drawn from this very definition before: nothing about it changed
      if (drawn.get(id) === next) continue;
      if (next.group === 'nodes') actorChange = true;
      const el = cy.getElementById(id);
      if (el.empty()) {
        added.push(next);
        continue;
      }
      if (el.isEdge() && (el.data('source') !== next.data.source || el.data('target') !== next.data.target)) {
        el.remove();
        added.push(next);
        continue;
      }
      if (el.isNode()) {
        const parent = (next.data['parent'] as string | undefined) ?? null;
        const current = el.parent().length ? el.parent().first().id() : null;
        if (parent !== current) moves.push([el, parent]);
      }
      // Only what differs is set: cytoscape restyles (and redraws the cached texture of)
      // every element whose data or classes are set, changed or not.
      const changed = changedData(el, next.data);
      if (changed) el.data(changed);
      const classes = keptClasses(el, next.classes ?? '');
      if (!sameClasses(el, classes)) {
        el.classes(classes);
        reclassed.push(el);
      }
    }
    // nodes before edges (an edge needs both ends), and organisations before their persons;
    // cytoscape keeps the data object it is given, so it gets a copy and the definition stays as made
    added.sort((a, b) => rank(a) - rank(b));
    for (const def of added) forget(String(def.data.id));
    const fresh = added.length ? cy.add(added.map((d) => ({ ...d, data: { ...d.data } }))) : cy.collection();
    // into or out of an organisation: cytoscape needs move(), and the organisation may be new
    for (const [node, parent] of moves) node.move({ parent });
    if (far) fresh.union(collectionOf(cy, reclassed)).filter('.informal').not('.far').addClass('far');
  });
  return { added, moved: moves.length > 0, actorChange };
}

/** The data fields that differ from what the element has, or null; a parent is changed by move(), never by data(). */
function changedData(el: cytoscape.SingularElementArgument, next: Record<string, unknown>): Record<string, unknown> | null {
  let out: Record<string, unknown> | null = null;
  for (const key in next) {
    if (key === 'parent' || el.data(key) === next[key]) continue;
    (out ??= {})[key] = next[key];
  }
  return out;
}

const rank = (el: ElementDefinition): number => (el.group === 'edges' ? 2 : el.data.parent ? 1 : 0);
