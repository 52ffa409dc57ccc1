import type { Core } from 'cytoscape';
import type { Shore, ShoreHeading } from '../../../../core/layout';

/**
 * The names of "to bredder"'s shores drawn over the map: plain text (never HTML) in screen
 * pixels, so they read the same at every zoom, following the map as it pans and zooms. Where
 * they go is worked out in core (shoreHeadings); this only places them on screen.
 */
export class ShoreHeadingsLayer {
  private readonly el: HTMLDivElement;
  private headings: readonly ShoreHeading[] = [];
  private names: Readonly<Record<Shore, string>> = { municipality: '', middle: '', civil: '' };
  private readonly place = () => this.draw();

  constructor(
    private readonly cy: Core,
    container: HTMLElement,
  ) {
    this.el = document.createElement('div');
    this.el.className = 'shore-headings';
    this.el.dataset['testid'] = 'shore-headings';
    container.appendChild(this.el);
    cy.on('viewport resize', this.place);
  }

  get shown(): boolean {
    return this.headings.length > 0;
  }

  show(headings: readonly ShoreHeading[] | null): void {
    this.headings = headings ?? [];
    this.el.replaceChildren(
      ...this.headings.map((h) => {
        const span = document.createElement('span');
        span.className = `shore-heading shore-${h.shore}`;
        span.dataset['shore'] = h.shore;
        return span;
      }),
    );
    this.draw();
  }

  setNames(names: Readonly<Record<Shore, string>>): void {
    this.names = names;
    this.draw();
  }

  private draw(): void {
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    this.headings.forEach((h, i) => {
      const span = this.el.children[i] as HTMLElement | undefined;
      if (!span) return;
      span.textContent = this.names[h.shore];
      span.style.left = `${String(h.at.x * zoom + pan.x)}px`;
      span.style.top = `${String(h.at.y * zoom + pan.y)}px`;
    });
  }

  destroy(): void {
    this.cy.off('viewport resize', this.place);
    this.el.remove();
  }
}
