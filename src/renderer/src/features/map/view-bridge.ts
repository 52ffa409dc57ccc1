import type { Positions } from '../../../../core/model/schema';
import type { ViewportState } from '../../../../core/model/view-state';
import type { ToolbarState } from './MapToolbar';

/**
 * How a saved view reaches the map and back. The map keeps its own choices (the toolbar's state,
 * the viewport, where the actors are drawn); the views panel reads them when a view is saved and
 * asks the map to take a view's when one is shown. One map is shown at a time: it registers
 * itself while mounted, as map-positions.ts does for exports.
 */
export interface MapViewSnapshot {
  toolbar: Omit<ToolbarState, 'connect'>;
  viewport: ViewportState;
  /** where every actor is drawn now */
  positions: Positions;
}

/** A view for the map to show: its toolbar choices, and its own arrangement and pan and zoom if it has them. */
export interface MapViewRequest {
  toolbar: Omit<ToolbarState, 'connect'>;
  positions: Positions | null;
  viewport: ViewportState | null;
}

interface MapEndpoint {
  snapshot(): MapViewSnapshot;
  show(request: MapViewRequest): void;
  /** fits the network into the map (a view without a saved viewport) */
  fit(): void;
}

let endpoint: MapEndpoint | null = null;

export function registerMapView(e: MapEndpoint | null): void {
  endpoint = e;
}

/** The map's view now, or null when no map is shown. */
export function mapViewNow(): MapViewSnapshot | null {
  return endpoint ? endpoint.snapshot() : null;
}

/** Asks the shown map to take a view; false when no map is shown. */
export function showOnMap(request: MapViewRequest): boolean {
  if (!endpoint) return false;
  endpoint.show(request);
  return true;
}

export function fitMap(): void {
  endpoint?.fit();
}
