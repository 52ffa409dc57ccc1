import { useSyncExternalStore } from 'react';
import { DEFAULT_LEGEND_VIEW, type LegendView } from './legend-model';

/**
 * The map's view choices (size measure, compound view, filters, overlays), published by MapView
 * for the Legend. The project view renders the legend beside the map and passes it only the
 * data, so the two share this small store instead of a prop the project view would have to
 * thread through. One map is shown at a time.
 */
let current: LegendView = DEFAULT_LEGEND_VIEW;
const listeners = new Set<() => void>();

export function publishMapView(view: LegendView): void {
  if (view === current) return;
  current = view;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useMapView(): LegendView {
  return useSyncExternalStore(subscribe, () => current);
}
