/** The map, its legend, and what other features hand it to show. */
export { Legend } from './Legend';
export { MapView } from './MapView';
export { overlayOf } from './map-elements';
export type { MapHighlight, ProposedTie, ScenarioOverlay } from '../../../../core/drawing/overlays';
export { mapViewNow, showOnMap, type MapViewRequest, type MapViewSnapshot } from './view-bridge';
export { NO_FILTERS, type MapFilters } from './filters';
export type { AttributeFilter } from './attribute-map';
export type { ToolbarState } from './MapToolbar';
