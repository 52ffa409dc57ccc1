import type { Core, EventObject, NodeSingular } from 'cytoscape';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * "Forbind": press on an actor, drag to another and let go to propose a tie between them. The
 * line that follows the pointer is an SVG overlay over the canvas rather than a temporary
 * cytoscape element, so the drawn network (and the counts the map reports) never holds
 * anything that is not in the data.
 *
 * It listens to cytoscape's own tap events, which cytoscape derives from mouse and touch
 * events alike, so a Playwright `mouse.down / move / up` sequence draws a tie as a hand does.
 */
export class ConnectGesture {
  private enabled = false;
  private source: NodeSingular | null = null;
  private readonly svg: SVGSVGElement;
  private readonly line: SVGLineElement;

  constructor(
    private readonly cy: Core,
    container: HTMLElement,
    private readonly onConnect: (source: string, target: string) => void,
  ) {
    this.svg = document.createElementNS(SVG, 'svg');
    this.svg.setAttribute('class', 'map-connect-line');
    this.svg.setAttribute('aria-hidden', 'true');
    this.line = document.createElementNS(SVG, 'line');
    this.svg.appendChild(this.line);
    this.svg.style.display = 'none';
    container.appendChild(this.svg);
    cy.on('tapstart', 'node', (e: EventObject) => this.start(e));
    cy.on('tapdrag', (e: EventObject) => this.move(e));
    cy.on('tapend', (e: EventObject) => this.end(e));
  }

  setEnabled(on: boolean): void {
    this.enabled = on;
    // in connect mode a press on an actor starts a tie instead of moving the actor
    this.cy.autoungrabify(on);
    if (!on) this.cancel();
  }

  private start(e: EventObject): void {
    if (!this.enabled) return;
    const node = e.target as NodeSingular;
    this.source = node;
    this.cy.userPanningEnabled(false);
    const p = node.renderedPosition();
    this.line.setAttribute('x1', String(p.x));
    this.line.setAttribute('y1', String(p.y));
    this.line.setAttribute('x2', String(p.x));
    this.line.setAttribute('y2', String(p.y));
    this.svg.style.display = '';
  }

  private move(e: EventObject): void {
    if (!this.source) return;
    this.line.setAttribute('x2', String(e.renderedPosition.x));
    this.line.setAttribute('y2', String(e.renderedPosition.y));
  }

  private end(e: EventObject): void {
    const source = this.source;
    if (!source) return;
    this.cancel();
    const target = e.target as NodeSingular | Core;
    if (target === this.cy || !('isNode' in target) || !target.isNode()) return;
    if (target.id() !== source.id()) this.onConnect(source.id(), target.id());
  }

  private cancel(): void {
    this.source = null;
    this.svg.style.display = 'none';
    this.cy.userPanningEnabled(true);
  }

  destroy(): void {
    this.svg.remove();
  }
}
