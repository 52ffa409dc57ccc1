/**
 * The ties cytoscape still draws itself on a large map, above the actors (a finding's ties,
 * proposals, a scenario's lost ties); edge-layer.ts draws every other tie. A module of its own so
 * that the stylesheet (map-style.ts) needs no DOM.
 */
export const CYTOSCAPE_DRAWS = ['highlighted', 'proposal', 'lost'] as const;
