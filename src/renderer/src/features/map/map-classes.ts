import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type cytoscape from 'cytoscape';
import { NAMED, READABLE } from './map-style';

/*
 * The classes the controller gives elements itself: from the filters (filtered), the ego focus
 * (ego-hidden, ego-out) and a highlight (highlighted, dimmed), and which elements carry them.
 */

export const ASSIGNED_CLASSES = ['filtered', 'ego-hidden', 'ego-out', 'highlighted', 'dimmed'] as const;
export type AssignedClass = (typeof ASSIGNED_CLASSES)[number];

export const NONE: ReadonlySet<string> = new Set();

/** Classes the controller sets itself (the names drawn and decluttered, hover, far zoom, and those it assigns), kept through an update. */
const KEPT_CLASSES: readonly string[] = ['label-hidden', NAMED, READABLE, 'hover', 'far', ...ASSIGNED_CLASSES];

const classList = (classes: string | string[] | undefined): string[] =>
  (Array.isArray(classes) ? classes : (classes ?? '').split(' ')).filter(Boolean);

/** A definition's classes, with those the controller set on the element kept. */
export function keptClasses(el: cytoscape.SingularElementArgument, classes: string | string[]): string[] {
  const wanted = classList(classes);
  for (const c of KEPT_CLASSES) if (el.hasClass(c) && !wanted.includes(c)) wanted.push(c);
  return wanted;
}

export function sameClasses(el: cytoscape.SingularElementArgument, classes: string | string[]): boolean {
  const wanted = classList(classes);
  const current = el.classes();
  return wanted.length === current.length && wanted.every((c) => el.hasClass(c));
}

/** Whether a definition has a class; a word search, as this runs for every element after each edit. */
export function hasClass(def: ElementDefinition, cls: string): boolean {
  const classes = def.classes;
  if (Array.isArray(classes)) return classes.includes(cls);
  if (!classes) return false;
  for (let at = classes.indexOf(cls); at >= 0; at = classes.indexOf(cls, at + 1)) {
    const end = at + cls.length;
    if ((at === 0 || classes[at - 1] === ' ') && (end === classes.length || classes[end] === ' ')) return true;
  }
  return false;
}

export function collectionOf(cy: Core, elements: readonly cytoscape.SingularElementArgument[]): cytoscape.CollectionReturnValue {
  const out = cy.collection();
  for (const el of elements) out.merge(el);
  return out;
}

/** Which drawn elements carry each assigned class, kept here so that no element is asked. */
export class AssignedClasses {
  private readonly ids = new Map<AssignedClass, Set<string>>();
  /** the elements whose assigned classes changed since `takeTouched` was last asked */
  private touched: string[] = [];

  /** `inCy`: whether an element is cytoscape's (a large map keeps its ties out of it, and the tie layer asks here) */
  constructor(
    private readonly cy: Core,
    private readonly inCy: (id: string) => boolean = () => true,
  ) {}

  /** Whether an element carries the class now. */
  has(cls: AssignedClass, id: string): boolean {
    return this.ids.get(cls)?.has(id) ?? false;
  }

  /** The elements whose assigned classes changed since last asked. */
  takeTouched(): string[] {
    const out = this.touched;
    this.touched = [];
    return out;
  }

  /** Gives an element made again in cytoscape (a tie moved into it from the tie layer) the classes it carries here. */
  reapply(id: string): void {
    const el = this.cy.getElementById(id);
    for (const [cls, ids] of this.ids) if (ids.has(id) && !el.hasClass(cls)) el.addClass(cls);
  }

  of(cls: AssignedClass): ReadonlySet<string> {
    return this.ids.get(cls) ?? NONE;
  }

  /** An element added (or made again) carries none of the classes yet. */
  forget(id: string): void {
    for (const ids of this.ids.values()) ids.delete(id);
  }

  /**
   * Gives `cls` to exactly the drawn elements in `want`, touching only those whose class changes:
   * cytoscape restyles every element a class is added to or removed from, whether it had the
   * class or not, and a blanket removeClass on 14,000 elements made each edit restyle the map
   * four times. Returns whether an actor (not only ties) changed.
   */
  assign(cls: AssignedClass, want: ReadonlySet<string>, drawn: { has(id: string): boolean }): boolean {
    const cy = this.cy;
    const had = this.of(cls);
    const on: cytoscape.SingularElementArgument[] = [];
    const off: cytoscape.SingularElementArgument[] = [];
    const now = new Set<string>();
    for (const id of want) {
      if (!drawn.has(id)) continue;
      now.add(id);
      if (had.has(id)) continue;
      this.touched.push(id);
      if (this.inCy(id)) on.push(cy.getElementById(id));
    }
    for (const id of had)
      if (!now.has(id) && drawn.has(id)) {
        this.touched.push(id);
        if (this.inCy(id)) off.push(cy.getElementById(id));
      }
    if (on.length) collectionOf(cy, on).addClass(cls);
    if (off.length) collectionOf(cy, off).removeClass(cls);
    this.ids.set(cls, now);
    return on.some((el) => el.isNode()) || off.some((el) => el.isNode());
  }
}

/**
 * What lies outside an ego focus, as element ids: the actors outside it, their ties and
 * memberships, and an organisation only when all the persons drawn inside it are outside (one
 * drawn around a person in focus stays, faintly, as their frame).
 */
export function outsideFocus(cy: Core, outside: ReadonlySet<string>): Set<string> {
  const away = new Set<string>();
  const nodes = cy.nodes().filter((n) => outside.has(n.id()) && !n.isParent());
  nodes.forEach((n) => {
    away.add(n.id());
  });
  cy.nodes(':parent').forEach((n) => {
    if (outside.has(n.id()) && n.children().every((c) => away.has((c as NodeSingular).id()))) away.add(n.id());
  });
  nodes.connectedEdges().forEach((e) => {
    away.add(e.id());
  });
  return away;
}

/**
 * The same from the map's element definitions, for a large map whose ties are not cytoscape's:
 * a finding's actors and ties, with every line drawn between two of those actors.
 */
export function highlightedIds(drawn: ReadonlyMap<string, ElementDefinition>, elements: { actors: readonly string[]; ties: readonly string[] } | null): Set<string> {
  const on = new Set<string>();
  if (!elements || (elements.actors.length === 0 && elements.ties.length === 0)) return on;
  const actors = new Set(elements.actors.filter((id) => drawn.get(id)?.group === 'nodes'));
  for (const id of actors) on.add(id);
  for (const t of elements.ties) if (drawn.has(`tie:${t}`)) on.add(`tie:${t}`);
  for (const [id, def] of drawn) if (def.group === 'edges' && actors.has(String(def.data.source)) && actors.has(String(def.data.target))) on.add(id);
  return on;
}

/** A finding's actors and ties as element ids, with the ties and memberships among those actors. */
export function highlightedElements(cy: Core, elements: { actors: readonly string[]; ties: readonly string[] } | null): Set<string> {
  const on = new Set<string>();
  if (!elements || (elements.actors.length === 0 && elements.ties.length === 0)) return on;
  const marked = cy.collection();
  for (const id of elements.actors) marked.merge(cy.getElementById(id));
  for (const id of elements.ties) marked.merge(cy.getElementById(`tie:${id}`));
  marked.merge(marked.nodes().edgesWith(marked.nodes()));
  marked.forEach((el) => {
    on.add(el.id());
  });
  return on;
}
