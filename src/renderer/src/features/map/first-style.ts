import type { Collection, CollectionArgument, Core, SingularElementArgument } from 'cytoscape';

/**
 * Cytoscape styles an element property by property, and after each one it checks what the
 * change touches: it empties the element's caches, and for a property that changes its size it
 * tells every listener the element's bounds moved (an event per property per element). For an
 * element styled the first time nothing was cached or drawn yet; at 20,000 actors those checks
 * took half the time of styling them (over two seconds here). So on a large map an element's
 * first styling leaves them out, and its bounds and drawing order are marked stale once, for all
 * the elements styled together.
 */

/** The parts of cytoscape's style object used here; not in its public types. */
interface Style {
  apply: (this: Style, eles: Collection) => Collection;
  checkTriggers: (this: Style, ele: SingularElementArgument, name: string, from: unknown, to: unknown) => void;
}

interface Private {
  appliedInitStyle?: boolean;
  styleCache: unknown;
}

const privateOf = (ele: SingularElementArgument): Private => (ele as unknown as { _private: Private })._private;

export function quickFirstStyle(cy: Core): () => void {
  const style = (cy as unknown as { style(): Style }).style();
  const apply = style.apply;
  const checkTriggers = style.checkTriggers;
  let fresh: SingularElementArgument[] = [];
  style.checkTriggers = function (ele, name, from, to) {
    const p = privateOf(ele);
    if (p.appliedInitStyle) return checkTriggers.call(this, ele, name, from, to);
    p.styleCache = null;
    if (fresh.at(-1) !== ele) fresh.push(ele);
  };
  style.apply = function (eles) {
    const updated = apply.call(this, eles);
    if (fresh.length) {
      // a collection made from elements (typed for definitions only)
      const styled = cy.collection(fresh as unknown as CollectionArgument);
      fresh = [];
      const stale = styled as unknown as { dirtyCompoundBoundsCache(): void; dirtyBoundingBoxCache(): void };
      stale.dirtyCompoundBoundsCache();
      stale.dirtyBoundingBoxCache();
      (cy as unknown as { notify(event: string, eles: Collection): void }).notify('zorder', styled);
    }
    return updated;
  };
  return () => {
    style.apply = apply;
    style.checkTriggers = checkTriggers;
  };
}
