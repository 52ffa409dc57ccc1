import type { Core, EdgeSingular, NodeSingular, SingularElementArgument } from 'cytoscape';
import { curveAsLine, distanceToLine, HitGrid } from './hit-grid';

/**
 * Finding what is under the pointer on a large map. Cytoscape's canvas renderer tests every
 * element, measuring its label, on every mouse move and press (its own source calls that "very
 * slow on large graphs"): on 2,000 actors and 12,000 ties it was a third of the time spent
 * panning. Here the elements are filed in a grid once (again after they move or change), and a
 * query tests only the few near the pointer, with cytoscape's rules: the topmost node, and the
 * nearest tie within its width and the threshold. Labels do not catch the pointer (cytoscape's
 * `text-events` is off on this map).
 */

type Element = SingularElementArgument;
type ZSorted = Element[] & { interactive: Element[] };

/** The renderer methods replaced and read; not in cytoscape's public types. */
interface CanvasRenderer {
  findNearestElements: (this: CanvasRenderer, x: number, y: number, interactiveOnly: boolean, isTouch: boolean) => Element[];
  getCachedZSortedEles(): ZSorted;
}

interface Scratch {
  allpts?: number[];
  edgeType?: string;
}

const scratchOf = (edge: EdgeSingular): Scratch => (edge as unknown as { _private: { rscratch: Scratch } })._private.rscratch;

/** The tie as drawn: cytoscape's computed points (a curve as a polyline), else its ends. */
function edgeLine(e: EdgeSingular): number[] {
  const { allpts, edgeType } = scratchOf(e);
  if (allpts && allpts.length >= 4 && allpts.every(Number.isFinite))
    return edgeType === 'bezier' || edgeType === 'multibezier' ? curveAsLine(allpts) : allpts;
  const s = e.source().position();
  const t = e.target().position();
  return [s.x, s.y, t.x, t.y];
}

function nodeBox(n: NodeSingular): [number, number, number, number] {
  const { x, y } = n.position();
  const hw = n.outerWidth() / 2;
  const hh = n.outerHeight() / 2;
  return [x - hw, y - hh, x + hw, y + hh];
}

function insideNode(n: NodeSingular, x: number, y: number, threshold: number): boolean {
  const [x1, y1, x2, y2] = nodeBox(n);
  if (x < x1 - threshold || x > x2 + threshold || y < y1 - threshold || y > y2 + threshold) return false;
  if (n.isParent() || n.style('shape') !== 'ellipse') return true;
  const dx = (x - (x1 + x2) / 2) / ((x2 - x1) / 2 + threshold);
  const dy = (y - (y1 + y2) / 2) / ((y2 - y1) / 2 + threshold);
  return dx * dx + dy * dy <= 1;
}

/**
 * Whether the pointer may catch an element: a visible one, or a tie the map's own tie layer
 * draws (edge-layer.ts hides those from cytoscape's drawing, not from view): one a filter or the
 * focus has not left off, and not faded to nothing.
 */
function catchable(ele: Element): boolean {
  if (ele.visible()) return true;
  if (!ele.isEdge() || !ele.hasClass('tie') || ele.style('display') === 'none') return false;
  return ele.source().visible() && ele.target().visible();
}

export class HitIndex {
  private built: { source: ZSorted; grid: HitGrid; lines: Array<number[] | null> } | null = null;
  private readonly renderer: CanvasRenderer;
  private readonly original: CanvasRenderer['findNearestElements'];
  private readonly markDirty = () => {
    this.built = null;
  };

  constructor(private readonly cy: Core) {
    this.renderer = (cy as unknown as { renderer(): CanvasRenderer }).renderer();
    this.original = this.renderer.findNearestElements;
    this.renderer.findNearestElements = (x, y, _interactiveOnly, isTouch) => this.nearest(x, y, isTouch);
    // sizes come from data; a class or style change (a highlight, a filter) moves nothing
    cy.on('position add remove data', this.markDirty);
  }

  destroy(): void {
    this.renderer.findNearestElements = this.original;
    this.cy.off('position add remove data', this.markDirty);
  }

  nearest(x: number, y: number, isTouch: boolean): Element[] {
    const zoom = this.cy.zoom();
    const edgeThreshold = (isTouch ? 24 : 8) / zoom;
    const nodeThreshold = (isTouch ? 8 : 2) / zoom;
    const { source, grid, lines } = this.current();
    const elements = source.interactive;
    let node: NodeSingular | null = null;
    let edge: EdgeSingular | null = null;
    let edgeDistance = Infinity;
    const near: Element[] = [];
    for (const i of grid.near(x, y, Math.max(edgeThreshold, nodeThreshold))) {
      const ele = elements[i];
      const line = lines[i];
      // filters hide elements without a change cytoscape files as a new order: asked each time
      if (!ele || !catchable(ele)) continue;
      if (ele.isNode()) {
        if (!node && insideNode(ele, x, y, nodeThreshold)) {
          node = ele;
          near.push(ele);
        }
      } else if (line) {
        const e = ele;
        const d = distanceToLine(x, y, line);
        if (d <= e.numericStyle('width') / 2 + edgeThreshold && d < edgeDistance) {
          if (edge) near[near.indexOf(edge)] = e;
          else near.push(e);
          edge = e;
          edgeDistance = d;
        }
      }
    }
    // the actor first, as cytoscape's own search (top of the drawing first) finds it: the
    // first element is the one a click goes to, and an actor lies above its ties
    return node ? [node, ...near.filter((e) => e !== node)] : near;
  }

  private current(): { source: ZSorted; grid: HitGrid; lines: Array<number[] | null> } {
    const source = this.renderer.getCachedZSortedEles();
    if (this.built?.source === source) return this.built;
    const lines = source.interactive.map((ele) => (ele.isNode() ? null : edgeLine(ele)));
    const grid = new HitGrid(
      source.interactive.map((ele, i) => {
        const line = lines[i];
        return line ? { line } : { box: nodeBox(ele as NodeSingular) };
      }),
    );
    this.built = { source, grid, lines };
    return this.built;
  }
}
