import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NO_SECTOR_COLOR } from '../../../../core/model/defaults';
import type { ProjectData } from '../../../../core/model/schema';
import type { MapOverlay } from './map-elements';

/**
 * The legend lists what the map shows: every sector in use (and "no sector" when some actor has
 * none), every kind of actor present, and the tie styles. It is derived from the same data as
 * the map, so it cannot fall out of step with it.
 */
export function Legend({ data, overlay, onWidth }: { data: ProjectData; overlay: MapOverlay; onWidth: (px: number) => void }) {
  const { t, i18n } = useTranslation();
  const box = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    if (box.current) onWidth(box.current.offsetWidth + 12);
  });
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const used = new Set(data.actors.map((a) => a.sector));
  const sectors = data.codebooks.sectors.filter((s) => used.has(s.key));
  const kinds = (['person', 'organisation', 'department'] as const).filter((k) => data.actors.some((a) => a.kind === k));
  const hasInformal = data.ties.some((tie) => tie.formality === 'informal');

  return (
    <aside ref={box} className="legend" aria-label={t('ui.legend')} data-testid="legend">
      <h2>{t('ui.legend')}</h2>
      {used.size > 0 && <h3>{t('ui.legendSectors')}</h3>}
      <ul>
        {sectors.map((s) => (
          <li key={s.key}>
            <span className="swatch" style={{ background: s.color }} />
            {s.label[lang]}
          </li>
        ))}
        {used.has(null) && (
          <li>
            <span className="swatch" style={{ background: NO_SECTOR_COLOR }} />
            {t('ui.noSector')}
          </li>
        )}
      </ul>
      {kinds.length > 0 && (
        <>
          <h3>{t('ui.legendShapes')}</h3>
          <ul>
            {kinds.map((k) => (
              <li key={k}>
                <span className={`shape shape-${k}`} />
                {t(`kinds.${k}`)}
              </li>
            ))}
            {overlay.keyPersons.size > 0 && (
              <li>
                <span className="shape shape-person key-person-mark" />
                {t('ui.legendKeyPerson')}
              </li>
            )}
          </ul>
        </>
      )}
      <h3>{t('ui.legendTies')}</h3>
      <ul>
        <li>
          <span className="line line-formal" />
          {t('ui.legendFormal')}
        </li>
        {hasInformal && (
          <li>
            <span className="line line-informal" />
            {t('ui.legendInformal')}
          </li>
        )}
        {overlay.fragileTies.size > 0 && (
          <li>
            <span className="line line-fragile" />
            {t('ui.legendFragile')}
          </li>
        )}
        {data.memberships.length > 0 && (
          <li>
            <span className="line line-membership" />
            {t('kinds.membership')}
          </li>
        )}
      </ul>
    </aside>
  );
}
