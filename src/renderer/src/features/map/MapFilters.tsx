import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEscape } from '../../components/use-escape';
import type { ActorKind, Formality, ProjectData } from '../../../../core/model/schema';
import { filtersActive, NO_FILTERS, NO_SECTOR_KEY, type MapFilters } from './filters';
import { filterActive, filterKey, type AttributeFilter } from './attribute-map';

const KINDS: readonly ActorKind[] = ['person', 'organisation', 'department'];

function toggled<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

/** The strengths offered as a minimum: each whole step of the project's scale. */
function strengthSteps(min: number, max: number): number[] {
  const steps: number[] = [];
  const step = max - min > 20 ? (max - min) / 10 : 1;
  for (let v = min + step; v <= max + 1e-9; v += step) steps.push(Math.round(v * 100) / 100);
  return steps;
}

/**
 * The filter panel: what to leave off the map. Only what the project uses is offered. It opens
 * over the map from its summary; Escape closes it, and the focus goes back to the summary.
 */
export function MapFiltersPanel({
  data,
  filters,
  onChange,
  hiddenActors,
}: {
  data: ProjectData;
  filters: MapFilters;
  onChange: (f: MapFilters) => void;
  hiddenActors: number;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const usedSectors = new Set(data.actors.map((a) => a.sector ?? NO_SECTOR_KEY));
  const sectors = data.codebooks.sectors.filter((s) => usedSectors.has(s.key));
  const usedTypes = new Set(data.ties.map((tie) => tie.type));
  const tieTypes = data.codebooks.tieTypes.filter((tt) => usedTypes.has(tt.key));
  const kinds = KINDS.filter((k) => data.actors.some((a) => a.kind === k));
  const { min, max } = data.settings.strengthScale;
  const count =
    filters.hiddenSectors.size +
    filters.hiddenKinds.size +
    filters.hiddenTieTypes.size +
    (filters.minStrength !== null ? 1 : 0) +
    (filters.formality ? 1 : 0) +
    (filters.wave ? 1 : 0) +
    [...filters.attributes.values()].filter(filterActive).length;
  // custom attributes the codebook defines: a category by its values in use, a number by a range
  const attributeFilter = (id: string): AttributeFilter | undefined => filters.attributes.get(id);
  const setAttributeFilter = (id: string, f: AttributeFilter) => onChange({ ...filters, attributes: new Map([...filters.attributes, [id, f]]) });
  const categoryFilters = data.codebooks.attributes.filter((d) => d.type === 'category');
  const numberFilters = data.codebooks.attributes.filter((d) => d.type === 'number');

  const [open, setOpen] = useState(false);
  const summary = useRef<HTMLElement>(null);
  useEscape(() => {
    setOpen(false);
    summary.current?.focus();
  }, open);

  return (
    <details className="map-filters" data-testid="map-filters" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary ref={summary} className={count ? 'active' : undefined}>{count ? t('map.filtersOn', { count }) : t('map.filters')}</summary>
      <div className="map-filters-panel">
        <fieldset>
          <legend>{t('map.filterSectors')}</legend>
          {sectors.map((s) => (
            <label key={s.key}>
              <input
                type="checkbox"
                checked={!filters.hiddenSectors.has(s.key)}
                onChange={() => onChange({ ...filters, hiddenSectors: toggled(filters.hiddenSectors, s.key) })}
              />
              <span className="swatch" style={{ background: s.color }} />
              {s.label[lang]}
            </label>
          ))}
          {usedSectors.has(NO_SECTOR_KEY) && (
            <label>
              <input
                type="checkbox"
                checked={!filters.hiddenSectors.has(NO_SECTOR_KEY)}
                onChange={() => onChange({ ...filters, hiddenSectors: toggled(filters.hiddenSectors, NO_SECTOR_KEY) })}
              />
              {t('ui.noSector')}
            </label>
          )}
        </fieldset>
        <fieldset>
          <legend>{t('map.filterKinds')}</legend>
          {kinds.map((k) => (
            <label key={k}>
              <input type="checkbox" checked={!filters.hiddenKinds.has(k)} onChange={() => onChange({ ...filters, hiddenKinds: toggled(filters.hiddenKinds, k) })} />
              {t(`kinds.${k}`)}
            </label>
          ))}
        </fieldset>
        {tieTypes.length > 0 && (
          <fieldset>
            <legend>{t('map.filterTieTypes')}</legend>
            {tieTypes.map((tt) => (
              <label key={tt.key}>
                <input
                  type="checkbox"
                  checked={!filters.hiddenTieTypes.has(tt.key)}
                  onChange={() => onChange({ ...filters, hiddenTieTypes: toggled(filters.hiddenTieTypes, tt.key) })}
                />
                <span className="line" style={{ borderTopColor: tt.color }} />
                {tt.label[lang]}
              </label>
            ))}
          </fieldset>
        )}
        {categoryFilters.map((d) => {
          const id = filterKey(d.appliesTo, d.key);
          const current = attributeFilter(id);
          const hidden = current?.kind === 'category' ? current.hidden : new Set<string>();
          const used = new Set(data[d.appliesTo].map((e) => (Object.hasOwn(e.attributes, d.key) ? String(e.attributes[d.key]) : '')));
          const values: Array<[string, string]> = [...d.values.filter((v) => used.has(v.key)).map((v) => [v.key, v.label[lang]] as [string, string]), ...(used.has('') ? [['', t('details.map.attributeMissing')] as [string, string]] : [])];
          if (values.length === 0) return null;
          return (
            <fieldset key={id} data-testid={`filter-${id}`}>
              <legend>
                {t('details.map.filterAttribute', { name: d.label[lang] })} <span className="muted">({t(`details.owners.${d.appliesTo}`)})</span>
              </legend>
              {values.map(([key, label]) => (
                <label key={key}>
                  <input type="checkbox" checked={!hidden.has(key)} onChange={() => setAttributeFilter(id, { kind: 'category', hidden: toggled(hidden, key) })} />
                  {label}
                </label>
              ))}
            </fieldset>
          );
        })}
        {numberFilters.length > 0 && (
          <fieldset className="map-filters-row">
            {numberFilters.map((d) => {
              const id = filterKey(d.appliesTo, d.key);
              const current = attributeFilter(id);
              const range = current?.kind === 'number' ? current : { kind: 'number' as const, min: null, max: null };
              const read = (text: string) => (text.trim() === '' || Number.isNaN(Number(text.replace(',', '.'))) ? null : Number(text.replace(',', '.')));
              return (
                <span key={id} className="map-filter-range">
                  <label>
                    {t('details.map.numberRange', { name: d.label[lang] })}
                    <input inputMode="decimal" size={5} defaultValue={range.min ?? ''} onChange={(e) => setAttributeFilter(id, { ...range, min: read(e.target.value) })} />
                  </label>
                  <label>
                    {t('details.map.numberTo')}
                    <input inputMode="decimal" size={5} defaultValue={range.max ?? ''} onChange={(e) => setAttributeFilter(id, { ...range, max: read(e.target.value) })} />
                  </label>
                </span>
              );
            })}
          </fieldset>
        )}
        <fieldset className="map-filters-row">
          <label>
            {t('map.minStrength')}
            <select
              value={filters.minStrength === null ? '' : String(filters.minStrength)}
              onChange={(e) => onChange({ ...filters, minStrength: e.target.value === '' ? null : Number(e.target.value) })}
            >
              <option value="">{t('map.anyStrength')}</option>
              {strengthSteps(min, max).map((v) => (
                <option key={v} value={String(v)}>
                  ≥ {v}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('map.formality')}
            <select
              value={filters.formality ?? ''}
              onChange={(e) => onChange({ ...filters, formality: e.target.value === '' ? null : (e.target.value as Formality) })}
            >
              <option value="">{t('map.formalityAll')}</option>
              <option value="formal">{t('map.formalityFormal')}</option>
              <option value="informal">{t('map.formalityInformal')}</option>
            </select>
          </label>
          {data.waves.length > 0 && (
            <label>
              {t('map.wave')}
              <select value={filters.wave ?? ''} onChange={(e) => onChange({ ...filters, wave: e.target.value === '' ? null : e.target.value })}>
                <option value="">{t('map.allWaves')}</option>
                {data.waves.map((w) => (
                  <option key={w.id} value={w.id}>
                    {w.label}
                  </option>
                ))}
              </select>
            </label>
          )}
        </fieldset>
        <div className="map-filters-foot">
          <span className="muted">{hiddenActors > 0 ? t('map.hiddenCount', { count: hiddenActors }) : ''}</span>
          <button type="button" disabled={!filtersActive(filters)} onClick={() => onChange(NO_FILTERS)}>
            {t('map.clearFilters')}
          </button>
        </div>
      </div>
    </details>
  );
}
