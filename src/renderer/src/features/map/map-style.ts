import type { StylesheetJson } from 'cytoscape';
import { waveStyles } from './map-style-waves';
import { ACTOR, ACTOR_LOOKS, FADED, GROUP, LABEL, LINE_LOOKS } from '../../../../core/drawing/map-styles';
import { cyActor, cyLine } from './cy-looks';

// the style table is core's now (the image writers and the legend draw from it too)
export { LABEL, labelOf, MARK } from '../../../../core/drawing/map-styles';

/** On a large map a label shows only from this size on screen (in pixels): zoomed out, 20,000 names are a smear. */
export const LARGE_MIN_FONT = 13;

/** A diagonal stroke drawn over an actor who leaves in the scenario ("struck out"). */
const STRIKE = `data:image/svg+xml;utf8,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100"><line x1="8" y1="92" x2="92" y2="8" stroke="#333" stroke-width="9" stroke-linecap="round"/></svg>',
)}`;

/** On a large map, the class of the actors whose names are drawn at this zoom (those in view, map-labels.ts). */
export const NAMED = 'named';
/** On a large map, the class of the chosen actors whose names stay readable zoomed out (readable-labels.ts). */
export const READABLE = 'readable';

/**
 * An actor's name below it. `minFont`: below this size on screen it is not drawn, as
 * overlapping text helps nobody.
 */
function nameStyle(minFont: number) {
  return {
    label: 'data(label)',
    'font-size': LABEL.person.font,
    'font-family': 'system-ui, sans-serif',
    color: ACTOR.text,
    'text-valign': 'bottom',
    'text-margin-y': LABEL.marginY,
    'text-wrap': 'ellipsis',
    'text-max-width': `${String(LABEL.person.maxWidth)}px`,
    'text-background-color': ACTOR.labelBackground,
    'text-background-opacity': ACTOR.labelBackgroundOpacity,
    'text-background-padding': `${String(LABEL.padding)}px`,
    'min-zoomed-font-size': minFont,
  } as const;
}

/**
 * The map's stylesheet. `large` is for networks where every label at every zoom would be a grey
 * smear: labels then show only once zoomed in, and only the actors around the view carry one
 * (cytoscape styled and measured every actor's label, though it drew none zoomed out: at 20,000
 * actors the first map came about 2 s later for it, in paired runs); edges are drawn straight (haystack), which
 * is far cheaper than curves. On a large canvas map the ties are drawn by edge-layer.ts from the
 * style table; cytoscape is given only those that must lie above the actors.
 */
export function mapStyle(large: boolean): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)' as never,
        width: 'data(size)',
        height: 'data(size)',
        ...(large ? {} : nameStyle(7)),
        'border-width': ACTOR.borderWidth,
        'border-color': ACTOR.border,
      },
    },
    // a large map names only the actors it draws names for (map-labels.ts, readable-labels.ts)
    ...(large ? [{ selector: `node.${NAMED}, node.${READABLE}, node.group`, style: nameStyle(LARGE_MIN_FONT) }] : []),
    { selector: 'node.organisation, node.department', style: { 'font-weight': 'bold', 'font-size': LABEL.organisation.font, 'text-max-width': `${String(LABEL.organisation.maxWidth)}px` } },
    {
      // an organisation drawn around its persons (compound view)
      selector: 'node.group',
      style: {
        'background-opacity': GROUP.fillOpacity,
        'border-color': 'data(color)',
        'border-width': GROUP.borderWidth,
        'text-valign': 'top',
        'text-margin-y': -3,
        'font-size': GROUP.font,
        padding: `${String(GROUP.padding)}px`,
        shape: 'round-rectangle',
      },
    },
    { selector: 'node:selected', style: { 'border-color': '#111', 'border-width': 3 } },
    // a label that would cover a more important one is left off until its actor is pointed at or chosen
    { selector: 'node.label-hidden', style: { label: '' } },
    { selector: 'node.label-hidden.hover, node.label-hidden:selected, node.label-hidden.highlighted', style: { label: 'data(label)' } },
    {
      selector: 'edge.tie',
      style: {
        width: 'data(width)',
        'line-color': 'data(color)',
        'curve-style': large ? 'haystack' : 'bezier',
        ...cyLine(LINE_LOOKS.tie),
      },
    },
    { selector: 'edge.informal', style: cyLine(LINE_LOOKS.informal) },
    // zoomed so far out that a dash would be under two pixels (map-controller.ts)
    { selector: 'edge.informal.far', style: { 'line-style': 'solid' } },
    {
      selector: 'edge.directed',
      style: { ...cyLine(LINE_LOOKS.directed), 'target-arrow-shape': 'triangle', 'target-arrow-color': 'data(color)', 'arrow-scale': 0.8, 'curve-style': 'bezier' },
    },
    // a tie type told apart without its colour (greyscale print): a mark at its middle
    { selector: 'edge.mark-square', style: { 'mid-target-arrow-shape': 'square', 'mid-target-arrow-color': 'data(color)', 'mid-target-arrow-fill': 'filled', 'arrow-scale': 0.8 } },
    { selector: 'edge.mark-diamond', style: { 'mid-target-arrow-shape': 'diamond', 'mid-target-arrow-color': 'data(color)', 'mid-target-arrow-fill': 'filled', 'arrow-scale': 0.8 } },
    {
      selector: 'edge.membership',
      style: { ...cyLine(LINE_LOOKS.membership), 'curve-style': large ? 'haystack' : 'straight' },
    },
    // the halo as well as the colour and the width: a contract tie is vermilion too
    { selector: 'edge.fragile', style: { ...cyLine(LINE_LOOKS.fragile, large), 'z-index': 5 } },
    { selector: 'node.key-person', style: cyActor(ACTOR_LOOKS['key-person']) },
    // departure scenario
    {
      selector: 'node.leaving',
      style: {
        ...cyActor(ACTOR_LOOKS.leaving),
        'background-image': STRIKE,
        'background-width': '80%',
        'background-height': '80%',
        color: '#666',
      },
    },
    { selector: 'node.collab-lost', style: cyActor(ACTOR_LOOKS['collab-lost']) },
    { selector: 'node.collab-weakened', style: cyActor(ACTOR_LOOKS['collab-weakened']) },
    { selector: 'edge.lost', style: { ...cyLine(LINE_LOOKS.lost), 'underlay-opacity': 0 } },
    { selector: 'edge.proposal', style: { ...cyLine(LINE_LOOKS.proposal, large), 'curve-style': 'straight', 'z-index': 8 } },
    // two waves compared
    ...waveStyles(large),
    // the tie chosen for its details
    { selector: 'edge.tie:selected', style: { 'underlay-color': '#111', 'underlay-opacity': 0.28, 'underlay-padding': 4, opacity: 1, 'z-index': 9 } },
    // focus, filters, findings
    { selector: '.ego-out', style: { opacity: FADED.egoOut } },
    { selector: '.ego-hidden, .filtered', style: { display: 'none' } },
    { selector: '.dimmed', style: { opacity: FADED.dimmed } },
    { selector: 'node.highlighted', style: { ...cyActor(ACTOR_LOOKS.highlighted), 'z-index': 10 } },
    { selector: 'edge.highlighted', style: { ...cyLine(LINE_LOOKS.highlighted), 'z-index': 10 } },
  ];
}
