import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectData } from '../../../../core/model/schema';
import { useActions } from '../../app';
import type { MapFilters } from './filters';
import { LAYOUTS, type LayoutName } from './layouts';
import { MapFiltersPanel } from './MapFilters';
import { MapSearch } from './MapSearch';
import { SIZE_METRICS, VALUED_SIZE_METRICS, type SizeBy } from './map-elements';
import { ATTRIBUTE_PREFIX, type ColourBy } from './attribute-map';

/** The ego focus: on the selected actor, this many steps out, the rest dimmed or hidden. */
export interface EgoFocus {
  on: boolean;
  steps: number;
  hide: boolean;
}

export const MAX_EGO_STEPS = 3;

export interface ToolbarState {
  layout: LayoutName;
  sizeBy: SizeBy;
  colourBy: ColourBy;
  compound: boolean;
  filters: MapFilters;
  ego: EgoFocus;
  connect: boolean;
}

export interface ToolbarProps {
  data: ProjectData;
  state: ToolbarState;
  onChange: (patch: Partial<ToolbarState>) => void;
  /** whether the analysis' measures are at hand for sizing */
  measured: boolean;
  /** whether the analysis has figures on tie strength: only then are they offered for sizing */
  valued: boolean;
  hasSelection: boolean;
  hiddenActors: number;
  onFind: (id: string) => void;
  onFit: () => void;
  /** computes the layout afresh and keeps it with the project (one undoable step) */
  onLayoutAgain: () => void;
}

/** The map's own tools, inside the map area: layout, sizing, grouping, filters, search, focus, connect, fit. */
export const MapToolbar = forwardRef<HTMLDivElement, ToolbarProps>(function MapToolbar(
  { data, state, onChange, measured, valued, hasSelection, hiddenActors, onFind, onFit, onLayoutAgain },
  ref,
) {
  const { t, i18n } = useTranslation();
  const actions = useActions();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const { ego } = state;
  // the actors' attributes the codebook defines: a category can colour the map, a number size it
  const categories = data.codebooks.attributes.filter((d) => d.appliesTo === 'actors' && d.type === 'category');
  const numbers = data.codebooks.attributes.filter((d) => d.appliesTo === 'actors' && d.type === 'number');
  return (
    <div ref={ref} className="map-toolbar" role="toolbar" aria-label={t('map.toolbar')} data-testid="map-toolbar">
      <label title={t(`map.layoutHints.${state.layout}`)}>
        <span>{t('map.layout')}</span>
        <select aria-label={t('map.layout')} value={state.layout} onChange={(e) => onChange({ layout: e.target.value as LayoutName })}>
          {LAYOUTS.map((l) => (
            <option key={l} value={l}>
              {t(`map.layouts.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" title={t('map.layoutTools.againHint')} onClick={onLayoutAgain}>
        {t('map.layoutTools.again')}
      </button>
      <label title={state.sizeBy !== 'none' && !measured ? t('map.sizeNeedsAnalysis') : undefined}>
        <span>{t('map.sizeBy')}</span>
        <select
          aria-label={t('map.sizeBy')}
          value={state.sizeBy}
          onChange={(e) => {
            const v = e.target.value;
            const metric = SIZE_METRICS.find((m) => m === v);
            if (metric) onChange({ sizeBy: metric });
            else if (numbers.some((d) => `${ATTRIBUTE_PREFIX}${d.key}` === v)) onChange({ sizeBy: `${ATTRIBUTE_PREFIX}${v.slice(ATTRIBUTE_PREFIX.length)}` });
          }}
        >
          {SIZE_METRICS.filter((m) => valued || m === state.sizeBy || !VALUED_SIZE_METRICS.has(m)).map((m) => (
            <option key={m} value={m}>
              {t(`map.metrics.${m}`)}
            </option>
          ))}
          {numbers.map((d) => (
            <option key={d.key} value={`${ATTRIBUTE_PREFIX}${d.key}`}>
              {t('details.map.sizeByAttribute', { name: d.label[lang] })}
            </option>
          ))}
        </select>
      </label>
      {categories.length > 0 && (
        <label>
          <span>{t('details.map.colourBy')}</span>
          <select
            aria-label={t('details.map.colourBy')}
            value={state.colourBy}
            onChange={(e) => {
              const v = e.target.value;
              onChange({ colourBy: categories.some((d) => `${ATTRIBUTE_PREFIX}${d.key}` === v) ? `${ATTRIBUTE_PREFIX}${v.slice(ATTRIBUTE_PREFIX.length)}` : 'sector' });
            }}
          >
            <option value="sector">{t('details.map.colourBySector')}</option>
            {categories.map((d) => (
              <option key={d.key} value={`${ATTRIBUTE_PREFIX}${d.key}`}>
                {t('details.map.colourByAttribute', { name: d.label[lang] })}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="map-check" title={state.layout === 'concentric' ? t('map.compoundNotConcentric') : t('map.compoundHint')}>
        <input
          type="checkbox"
          checked={state.compound}
          disabled={state.layout === 'concentric'}
          onChange={(e) => onChange({ compound: e.target.checked })}
        />
        {t('map.compound')}
      </label>
      <MapFiltersPanel data={data} filters={state.filters} onChange={(filters) => onChange({ filters })} hiddenActors={hiddenActors} />
      <MapSearch data={data} onFind={onFind} />
      <div className="map-ego" role="group" aria-label={t('map.ego')}>
        <button
          type="button"
          aria-pressed={ego.on}
          disabled={!hasSelection && !ego.on}
          title={hasSelection ? t('map.egoHint') : t('map.egoNeedsSelection')}
          onClick={() => onChange({ ego: { ...ego, on: !ego.on } })}
        >
          {t('map.ego')}
        </button>
        {ego.on && (
          <>
            <button type="button" aria-label={t('map.egoFewer')} disabled={ego.steps <= 1} onClick={() => onChange({ ego: { ...ego, steps: ego.steps - 1 } })}>
              −
            </button>
            <span className="map-ego-steps" data-testid="ego-steps">
              {t('map.egoSteps', { count: ego.steps })}
            </span>
            <button
              type="button"
              aria-label={t('map.egoMore')}
              disabled={ego.steps >= MAX_EGO_STEPS}
              onClick={() => onChange({ ego: { ...ego, steps: ego.steps + 1 } })}
            >
              +
            </button>
            <label className="map-check">
              <input type="checkbox" checked={ego.hide} onChange={(e) => onChange({ ego: { ...ego, hide: e.target.checked } })} />
              {t('map.egoHide')}
            </label>
          </>
        )}
      </div>
      <button type="button" aria-pressed={state.connect} title={t('map.connectHint')} onClick={() => onChange({ connect: !state.connect })}>
        {t('map.connect')}
      </button>
      <button type="button" title={t('map.fitHint')} onClick={onFit}>
        {t('map.fit')}
      </button>
      <button type="button" onClick={actions.openImage} data-testid="map-image">
        {t('render.dialog.menu')}
      </button>
    </div>
  );
});
