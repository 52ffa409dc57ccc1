/** The map, its legend, and what other features hand it to show. */
export { Legend } from './Legend';
export { MapView } from './MapView';
export { overlayOf } from './map-elements';
export type { MapHighlight, ProposedTie, ScenarioOverlay } from '../../../../core/drawing/overlays';
