import type { ActorId } from '../../../../core/ids';
import type { Positions, SavedView } from '../../../../core/model/schema';
import type { EmphasisState, MapFiltersState, MapViewState, ViewportState } from '../../../../core/model/view-state';
import type { AttributeFilter, MapFilters, MapViewRequest, MapViewSnapshot, ToolbarState } from '../map';

/**
 * The map's own choices (sets and maps, as the toolbar keeps them) and a saved view's (lists, as
 * stored) turned into each other. The focus is the ego focus on the selected actor.
 */

const sorted = (s: ReadonlySet<string>): string[] => [...s].sort();

export function filtersToState(f: MapFilters): MapFiltersState {
  return {
    hiddenSectors: sorted(f.hiddenSectors),
    hiddenKinds: [...f.hiddenKinds].sort(),
    hiddenTieTypes: sorted(f.hiddenTieTypes),
    minStrength: f.minStrength,
    formality: f.formality,
    wave: f.wave as MapFiltersState['wave'],
    attributes: [...f.attributes]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, filter]) => ({ key, filter: filter.kind === 'category' ? { kind: 'category', hidden: sorted(filter.hidden) } : { ...filter } })),
  };
}

export function filtersFromState(s: MapFiltersState): MapFilters {
  return {
    hiddenSectors: new Set(s.hiddenSectors),
    hiddenKinds: new Set(s.hiddenKinds),
    hiddenTieTypes: new Set(s.hiddenTieTypes),
    minStrength: s.minStrength,
    formality: s.formality,
    wave: s.wave,
    attributes: new Map(
      s.attributes.map(({ key, filter }): [string, AttributeFilter] => [key, filter.kind === 'category' ? { kind: 'category', hidden: new Set(filter.hidden) } : { ...filter }]),
    ),
  };
}

/** What the map shows now as a view's state, its arrangement and its pan and zoom. */
export function captureView(
  map: MapViewSnapshot,
  selected: string | null,
  emphasis: EmphasisState | null,
): { state: MapViewState; positions: Positions; viewport: ViewportState } {
  const t = map.toolbar;
  return {
    state: {
      layout: t.layout,
      sizeBy: t.sizeBy,
      colourBy: t.colourBy,
      compound: t.compound,
      filters: filtersToState(t.filters),
      focus: t.ego.on && selected !== null ? { actor: selected as ActorId, steps: t.ego.steps, hide: t.ego.hide } : null,
      emphasis,
    },
    positions: map.positions,
    viewport: map.viewport,
  };
}

/** A saved view as the map takes it. */
export function viewRequest(view: SavedView): MapViewRequest {
  const s = view.state;
  const toolbar: Omit<ToolbarState, 'connect'> = {
    layout: s.layout,
    sizeBy: s.sizeBy as ToolbarState['sizeBy'],
    colourBy: s.colourBy as ToolbarState['colourBy'],
    compound: s.compound,
    filters: filtersFromState(s.filters),
    ego: s.focus ? { on: true, steps: s.focus.steps, hide: s.focus.hide } : { on: false, steps: 1, hide: false },
  };
  return { toolbar, positions: view.positions, viewport: view.viewport };
}
