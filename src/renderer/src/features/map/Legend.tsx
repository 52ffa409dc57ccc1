import { useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NO_SECTOR_COLOR } from '../../../../core/model/defaults';
import type { ProjectData } from '../../../../core/model/schema';
import { legendModel } from './legend-model';
import type { MapOverlay } from './map-elements';
import { MARK } from './map-style';
import { useMapView } from './map-view-state';
import { WaveLegend } from './WaveLegend';
import './map.css';

/**
 * The legend lists what the map shows: the sectors, kinds and tie types in use among what the
 * filters leave, the line styles, the size measure, and the scenario and proposal marks while
 * they are drawn. It is derived from the same data and view choices as the map (legend-model.ts),
 * so it cannot fall out of step with it.
 */
export function Legend({ data, overlay, onWidth }: { data: ProjectData; overlay: MapOverlay; onWidth: (px: number) => void }) {
  const { t, i18n } = useTranslation();
  const box = useRef<HTMLElement>(null);
  const view = useMapView();
  const m = useMemo(() => legendModel(data, overlay, view), [data, overlay, view]);
  useLayoutEffect(() => {
    if (box.current) onWidth(box.current.offsetWidth + 12);
  });
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const focusLabel = m.focus ? (data.actors.find((a) => a.id === m.focus?.actor)?.label ?? m.focus.actor) : '';

  return (
    <aside ref={box} className="legend" aria-label={t('map.legend.title')} data-testid="legend">
      <h2>{t('map.legend.title')}</h2>
      {m.colourAttribute && (
        <>
          <h3>{t('details.map.legendColour', { name: m.colourAttribute.label[lang] })}</h3>
          <ul data-testid="legend-colour">
            {m.colourAttribute.entries.map((e) => (
              <li key={e.key}>
                <span className="swatch" style={{ background: e.color }} />
                {e.label[lang]}
              </li>
            ))}
            {m.colourAttribute.missing && (
              <li>
                <span className="swatch" style={{ background: m.colourAttribute.missingColor }} />
                {t('details.map.attributeMissing')}
              </li>
            )}
          </ul>
        </>
      )}
      {(m.sectors.length > 0 || m.noSector) && <h3>{t('map.legend.sectors')}</h3>}
      <ul>
        {m.sectors.map((s) => (
          <li key={s.key}>
            <span className="swatch" style={{ background: s.color }} />
            {s.label[lang]}
          </li>
        ))}
        {m.noSector && (
          <li>
            <span className="swatch" style={{ background: NO_SECTOR_COLOR }} />
            {t('ui.noSector')}
          </li>
        )}
      </ul>
      {m.kinds.length > 0 && (
        <>
          <h3>{t('map.legend.shapes')}</h3>
          <ul>
            {m.kinds.map((k) => (
              <li key={k}>
                <span className={`shape shape-${k}`} />
                {t(`kinds.${k}`)}
              </li>
            ))}
            {m.keyPerson && (
              <li>
                <span className="shape shape-person key-person-mark" />
                {t('map.legend.keyPerson')}
              </li>
            )}
            {m.containment && (
              <li>
                <span className="legend-group" />
                {t('map.legend.containment')}
              </li>
            )}
          </ul>
        </>
      )}
      {m.sizeBy && (
        <p className="legend-size" data-testid="legend-size" title={t('map.legend.sizeHint')}>
          <span className="size-dots" aria-hidden="true">
            <span />
            <span />
            <span />
          </span>
          {t('map.legend.size', { metric: t(`map.metrics.${m.sizeBy}`) })}
        </p>
      )}
      {m.sizeAttribute && (
        <p className="legend-size" data-testid="legend-size">
          <span className="size-dots" aria-hidden="true">
            <span />
            <span />
            <span />
          </span>
          {t('details.map.legendSize', { name: m.sizeAttribute[lang] })}
        </p>
      )}
      {m.tieTypes.length > 0 && (
        <>
          <h3>{t('map.legend.tieTypes')}</h3>
          <ul data-testid="legend-tie-types">
            {m.tieTypes.map((tt) => (
              <li key={tt.key}>
                <span className="line" style={{ borderTopColor: tt.color }} />
                {tt.label ? tt.label[lang] : tt.key}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('map.legend.ties')}</h3>
      <ul>
        {m.formal && (
          <li>
            <span className="line line-formal" />
            {t('map.legend.formal')}
          </li>
        )}
        {m.informal && (
          <li>
            <span className="line line-informal" />
            {t('map.legend.informal')}
          </li>
        )}
        {m.directed && (
          <li>
            <span className="line line-directed" />
            {t('map.legend.directed')}
          </li>
        )}
        {m.fragile && (
          <li>
            <span className="line line-fragile legend-halo" />
            {t('map.legend.fragile')}
          </li>
        )}
        {m.membership && (
          <li>
            <span className="line line-membership" />
            {t('map.legend.membership')}
          </li>
        )}
        {m.proposals && (
          <li data-testid="legend-proposal">
            <span className="line line-proposal" style={{ borderTopColor: MARK.proposal }} />
            {t('map.legend.proposal')}
          </li>
        )}
      </ul>
      {m.scenario && (
        <>
          <h3>{t('map.legend.scenario')}</h3>
          <ul data-testid="legend-scenario">
            {m.scenario.leaving && (
              <li>
                <span className="shape shape-person shape-leaving" />
                {t('map.legend.leaving')}
              </li>
            )}
            {m.scenario.lostTie && (
              <li>
                <span className="line line-lost" />
                {t('map.legend.lostTie')}
              </li>
            )}
            {m.scenario.lostCollaboration && (
              <li>
                <span className="shape shape-organisation shape-outlined" style={{ boxShadow: `0 0 0 2.5px ${MARK.vermilion}` }} />
                {t('map.legend.lostCollaboration')}
              </li>
            )}
            {m.scenario.weakenedCollaboration && (
              <li>
                <span className="shape shape-organisation shape-outlined" style={{ boxShadow: `0 0 0 2.5px ${MARK.orange}` }} />
                {t('map.legend.weakenedCollaboration')}
              </li>
            )}
          </ul>
        </>
      )}
      {m.waves && <WaveLegend m={m.waves} />}
      {m.focus && <p className="legend-focus">{t('map.legend.focus', { actor: focusLabel, steps: m.focus.steps })}</p>}
    </aside>
  );
}
