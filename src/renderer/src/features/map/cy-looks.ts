import type { ActorLook, LineLook } from '../../../../core/drawing/map-styles';

/** The style table's looks (src/core/drawing/map-styles.ts) in cytoscape's terms. */

type Style = Record<string, string | number | number[]>;

/** A line look of the style table as cytoscape's style properties (what it leaves to the tie's own data, it leaves out). */
export function cyLine(l: LineLook, large = false): Style {
  const out: Style = { opacity: l.opacity };
  if (l.color !== null) {
    out['line-color'] = l.color;
    out['target-arrow-color'] = l.color;
  }
  if (l.width !== null) out.width = l.width;
  if (l.dash !== null) {
    out['line-style'] = 'dashed';
    out['line-dash-pattern'] = [...l.dash];
  }
  if (l.halo) {
    out['underlay-color'] = l.halo.color;
    // a halo is a second stroke per tie: on a large network it doubled the drawing time
    out['underlay-opacity'] = large ? 0 : l.halo.opacity;
    out['underlay-padding'] = l.halo.padding;
  }
  return out;
}

/** An actor look of the style table as cytoscape's style properties. */
export function cyActor(l: ActorLook): Style {
  const out: Style = { 'border-color': l.border, 'border-width': l.borderWidth };
  if (l.borderDash) out['border-style'] = 'dashed';
  if (l.fill) out['background-color'] = l.fill;
  if (l.fillOpacity !== 1) out['background-opacity'] = l.fillOpacity;
  return out;
}

