import { useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKey, MessageParams } from '../../../../core/i18n/catalogue';
import { legendSections, type LegendEntry, type LegendSection } from '../../../../core/drawing/legend-sections';
import type { ProjectData } from '../../../../core/model/schema';
import { legendModel } from './legend-model';
import type { MapOverlay } from './map-elements';
import { useMapView } from './map-view-state';
import { SwatchSvg } from './PrimitiveSvg';
import './map.css';

/** Sections the tests and the rest of the app find the legend's parts by. */
const LIST_TEST_IDS: Partial<Record<LegendSection['id'], string>> = {
  colour: 'legend-colour',
  'tie-types': 'legend-tie-types',
  scenario: 'legend-scenario',
  waves: 'legend-waves',
};

function Entry({ e }: { e: LegendEntry }) {
  return (
    <li data-mark={e.id} data-testid={e.id === 'proposal' ? 'legend-proposal' : undefined}>
      <SwatchSvg swatch={e.swatch} />
      {e.label}
    </li>
  );
}

/**
 * The legend lists what the map shows: the sectors, kinds and tie types in use among what the
 * filters leave, the line styles, the size measure, and the scenario and proposal marks while
 * they are drawn. Its model (legend-model.ts) and its sections (legend-sections.ts) are core's:
 * every swatch is drawn from the style-table entry the map draws that element with, and the image
 * writers draw the very same legend.
 */
export function Legend({ data, overlay, onWidth }: { data: ProjectData; overlay: MapOverlay; onWidth: (px: number) => void }) {
  const { t, i18n } = useTranslation();
  const box = useRef<HTMLElement>(null);
  const view = useMapView();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const sections = useMemo(() => {
    const translator = { lang, t: (key: MessageKey, params?: MessageParams) => t(key, params) } as const;
    const labelOf = (id: string) => data.actors.find((a) => a.id === id)?.label ?? id;
    return legendSections(legendModel(data, overlay, view), translator, labelOf);
  }, [data, overlay, view, lang, t]);
  useLayoutEffect(() => {
    onWidth(box.current ? box.current.offsetWidth + 12 : 0);
  });
  // a map with nothing drawn has nothing to explain: no box with a heading and nothing under it
  if (sections.length === 0) return null;

  return (
    <aside ref={box} className="legend" aria-label={t('map.legend.title')} data-testid="legend">
      <h2>{t('map.legend.title')}</h2>
      {sections.map((s) =>
        s.id === 'size' || s.id === 'focus' ? (
          s.entries.map((e) => (
            <p key={`${s.id}:${e.id}`} className={s.id === 'size' ? 'legend-size' : 'legend-focus'} data-testid={s.id === 'size' ? 'legend-size' : undefined} title={s.id === 'size' && e.id === 'metric' ? t('map.legend.sizeHint') : undefined}>
              {e.swatch.kind !== 'none' && <SwatchSvg swatch={e.swatch} />}
              {e.label}
            </p>
          ))
        ) : (
          <section key={s.id} className="legend-section">
            {s.title !== null && <h3>{s.title}</h3>}
            <ul data-testid={LIST_TEST_IDS[s.id]}>
              {s.entries.map((e) => (
                <Entry key={e.id} e={e} />
              ))}
            </ul>
          </section>
        ),
      )}
    </aside>
  );
}
