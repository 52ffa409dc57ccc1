import type { Core, EventObject, NodeSingular } from 'cytoscape';

/**
 * The selected actor, kept here (asking cytoscape walks every element, on every frame of a pan),
 * and `data-selected-position` on the map: its position in CSS pixels relative to the map
 * container ("x,y"), kept current through selection, pan, zoom and layout. That is how an
 * end-to-end test finds an actor on the canvas (select it by search, read where it is, then
 * press and drag there); the page offers no test-only code for it.
 */
export class SelectedActor {
  private node: NodeSingular | null = null;
  private frame = 0;

  constructor(
    private readonly cy: Core,
    private readonly container: HTMLElement,
  ) {
    cy.on('select', 'node', (e: EventObject) => {
      this.node = e.target as NodeSingular;
    });
    cy.on('unselect', 'node', (e: EventObject) => {
      if (this.node === e.target) this.node = null;
    });
    cy.on('viewport select unselect position', () => this.reportSoon());
  }

  /** The selected actor's id, while it is on the map. */
  get id(): string | null {
    return this.node && !this.node.removed() ? this.node.id() : null;
  }

  /**
   * Selects an actor, or (`edge`, the map's element id of a tie) a tie; `data-selected-tie` says
   * which tie, as `data-selected` says which actor.
   */
  select(id: string | null, edge: string | null = null): void {
    const current = this.node;
    const unchanged = id !== null && current !== null && !current.removed() && current.selected() && current.id() === id;
    const chosenEdge = edge === null ? null : this.cy.getElementById(edge);
    const edgeUnchanged = chosenEdge !== null && !chosenEdge.empty() && chosenEdge.selected() && this.cy.$(':selected').length === 1;
    // cytoscape selects one element at a time: when it is the one asked for, nothing else is
    if (!unchanged && !edgeUnchanged) this.cy.$(':selected').unselect();
    if (id && !unchanged) this.cy.getElementById(id).select();
    if (chosenEdge && !id && !edgeUnchanged) chosenEdge.select();
    this.container.dataset['selected'] = id ?? '';
    this.container.dataset['selectedTie'] = edge === null || id ? '' : edge.replace(/^tie:/, '');
    this.reportSoon();
  }

  reportSoon(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.cy.destroyed()) return;
      const node = this.node;
      if (!node || node.removed() || !node.selected()) {
        delete this.container.dataset['selectedPosition'];
        return;
      }
      const p = node.renderedPosition();
      this.container.dataset['selectedPosition'] = `${Math.round(p.x)},${Math.round(p.y)}`;
    });
  }

  destroy(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}
