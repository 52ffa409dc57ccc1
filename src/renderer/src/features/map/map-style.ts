import type { StylesheetJson } from 'cytoscape';
import { CYTOSCAPE_DRAWS } from './edge-layer';
import { waveStyles } from './map-style-waves';

/** Colours the overlays use, from the Okabe–Ito palette (the sectors' palette), so they stay apart for colour-blind readers. */
export const MARK = {
  vermilion: '#D55E00',
  orange: '#E69F00',
  proposal: '#0072B2',
  leaving: '#8A8A8A',
} as const;

/** A diagonal stroke drawn over an actor who leaves in the scenario ("struck out"). */
const STRIKE = `data:image/svg+xml;utf8,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100"><line x1="8" y1="92" x2="92" y2="8" stroke="#333" stroke-width="9" stroke-linecap="round"/></svg>',
)}`;

/** How a label is set, in model units: the style below, the label declutter and the names kept readable all use it. */
export const LABEL = {
  person: { font: 10, maxWidth: 92 },
  organisation: { font: 11, maxWidth: 130 },
  marginY: 3,
  padding: 1,
} as const;

/** The label metrics of an actor: an organisation's or department's label is bigger and bold. */
export const labelOf = (organisation: boolean) => (organisation ? LABEL.organisation : LABEL.person);

/**
 * The map's stylesheet. `large` is for networks where every label at every zoom would be a grey
 * smear: labels then show only once zoomed in, and edges are drawn straight (haystack), which
 * is far cheaper than curves. With `ownEdgeLayer` the ties are drawn by edge-layer.ts from the
 * look this style gives them; cytoscape draws only those that must lie above the actors.
 */
export function mapStyle(large: boolean, ownEdgeLayer = false): StylesheetJson {
  const edgeLayer: StylesheetJson = ownEdgeLayer
    ? [
        { selector: 'edge', style: { visibility: 'hidden' } },
        { selector: CYTOSCAPE_DRAWS.map((c) => `edge.${c}`).join(', '), style: { visibility: 'visible' } },
      ]
    : [];
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)' as never,
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-size': LABEL.person.font,
        'font-family': 'system-ui, sans-serif',
        color: '#222',
        'text-valign': 'bottom',
        'text-margin-y': LABEL.marginY,
        'text-wrap': 'ellipsis',
        'text-max-width': `${String(LABEL.person.maxWidth)}px`,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.7,
        'text-background-padding': `${String(LABEL.padding)}px`,
        'border-width': 1.5,
        'border-color': '#ffffff',
        // below this on-screen size a label is not drawn: overlapping text helps nobody
        'min-zoomed-font-size': large ? 13 : 7,
      },
    },
    { selector: 'node.organisation, node.department', style: { 'font-weight': 'bold', 'font-size': LABEL.organisation.font, 'text-max-width': `${String(LABEL.organisation.maxWidth)}px` } },
    {
      // an organisation drawn around its persons (compound view)
      selector: 'node.group',
      style: {
        'background-opacity': 0.1,
        'border-color': 'data(color)',
        'border-width': 2,
        'text-valign': 'top',
        'text-margin-y': -3,
        'font-size': 12,
        padding: '14px',
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
        opacity: 0.85,
      },
    },
    { selector: 'edge.informal', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
    // zoomed so far out that a dash would be under two pixels (map-controller.ts)
    { selector: 'edge.informal.far', style: { 'line-style': 'solid' } },
    {
      selector: 'edge.directed',
      style: { 'target-arrow-shape': 'triangle', 'target-arrow-color': 'data(color)', 'arrow-scale': 0.8, 'curve-style': 'bezier' },
    },
    {
      selector: 'edge.membership',
      style: { width: 1, 'line-color': '#b9b9b9', 'line-style': 'dotted', opacity: 0.9, 'curve-style': large ? 'haystack' : 'straight' },
    },
    {
      // a halo as well as the colour: a contract tie is vermilion too
      selector: 'edge.fragile',
      style: {
        'line-color': MARK.vermilion,
        'target-arrow-color': MARK.vermilion,
        width: 3.5,
        opacity: 1,
        'z-index': 5,
        'underlay-color': MARK.vermilion,
        // a halo is a second stroke per tie: on a large network (tens of thousands of fragile
        // ties) it doubled the drawing time, and colour and width say it already
        'underlay-opacity': large ? 0 : 0.22,
        'underlay-padding': 4,
      },
    },
    { selector: 'node.key-person', style: { 'border-color': MARK.vermilion, 'border-width': 3.5 } },
    // departure scenario
    {
      selector: 'node.leaving',
      style: {
        'background-color': MARK.leaving,
        'background-opacity': 0.45,
        'background-image': STRIKE,
        'background-width': '80%',
        'background-height': '80%',
        'border-style': 'dashed',
        'border-color': '#555',
        'border-width': 2,
        color: '#666',
      },
    },
    { selector: 'node.collab-lost', style: { 'border-color': MARK.vermilion, 'border-width': 4.5 } },
    { selector: 'node.collab-weakened', style: { 'border-color': MARK.orange, 'border-width': 4.5 } },
    {
      selector: 'edge.lost',
      style: { 'line-color': MARK.vermilion, 'target-arrow-color': MARK.vermilion, 'line-style': 'dotted', opacity: 0.45, width: 2, 'underlay-opacity': 0 },
    },
    {
      selector: 'edge.proposal',
      style: {
        width: 3.5,
        'line-color': MARK.proposal,
        'line-style': 'dashed',
        'line-dash-pattern': [10, 5],
        'curve-style': 'straight',
        opacity: 1,
        'z-index': 8,
        'underlay-color': MARK.proposal,
        'underlay-opacity': 0.15,
        'underlay-padding': 4,
      },
    },
    // two waves compared
    ...waveStyles(large),
    // the tie chosen for its details
    { selector: 'edge.tie:selected', style: { 'underlay-color': '#111', 'underlay-opacity': 0.28, 'underlay-padding': 4, opacity: 1, 'z-index': 9 } },
    // focus, filters, findings
    { selector: '.ego-out', style: { opacity: 0.12 } },
    { selector: '.ego-hidden, .filtered', style: { display: 'none' } },
    { selector: '.dimmed', style: { opacity: 0.15 } },
    { selector: 'node.highlighted', style: { 'border-color': '#111', 'border-width': 4, 'z-index': 10 } },
    { selector: 'edge.highlighted', style: { width: 5, opacity: 1, 'z-index': 10 } },
    ...edgeLayer,
  ];
}
