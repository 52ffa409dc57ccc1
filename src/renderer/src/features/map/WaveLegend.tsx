import { useTranslation } from 'react-i18next';
import type { WaveLegendModel } from './legend-waves';
import { WAVE_MARK } from './map-style-waves';

/** The legend's part for two waves compared: the samples match map-style-waves.ts. */
export function WaveLegend({ m }: { m: WaveLegendModel }) {
  const { t } = useTranslation();
  const params = { from: m.from, to: m.to };
  return (
    <>
      <h3>{t('waves.legend.title', params)}</h3>
      <ul data-testid="legend-waves">
        {m.tieGained && (
          <li data-mark="tie-gained">
            <span className="line line-wave-gained" style={{ borderTopColor: WAVE_MARK.gained }} />
            {t('waves.legend.tieGained', params)}
          </li>
        )}
        {m.tieLost && (
          <li data-mark="tie-lost">
            <span className="line line-wave-lost" style={{ borderTopColor: WAVE_MARK.lost }} />
            {t('waves.legend.tieLost', params)}
          </li>
        )}
        {m.tieKept && (
          <li data-mark="tie-kept">
            <span className="line line-wave-kept" style={{ borderTopColor: WAVE_MARK.kept }} />
            {t('waves.legend.tieKept', params)}
          </li>
        )}
        {m.actorJoined && (
          <li data-mark="actor-joined">
            <span className="shape shape-person shape-wave-joined" style={{ borderColor: WAVE_MARK.gained }} />
            {t('waves.legend.actorJoined', params)}
          </li>
        )}
        {m.actorLeft && (
          <li data-mark="actor-left">
            <span className="shape shape-person shape-wave-left" style={{ borderColor: WAVE_MARK.lost }} />
            {t('waves.legend.actorLeft', params)}
          </li>
        )}
        {m.absent && (
          <li data-mark="absent">
            <span className="shape shape-person shape-wave-absent" />
            {t('waves.legend.absent', params)}
          </li>
        )}
      </ul>
    </>
  );
}
