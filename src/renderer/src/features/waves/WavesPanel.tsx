import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapHighlight } from '../../../../core/drawing/overlays';
import type { ProjectData } from '../../../../core/model/schema';
import type { WavesView } from './use-waves-view';
import { WaveCompare } from './WaveCompare';
import { WaveList } from './WaveList';
import './waves.css';

/** The waves tab: the project's waves, and two of them compared. */
export function WavesPanel({
  data,
  view,
  highlighted,
  onHighlight,
}: {
  data: ProjectData;
  view: WavesView;
  highlighted: MapHighlight | null;
  onHighlight: (h: MapHighlight | null) => void;
}) {
  const { t } = useTranslation();
  // a choice on the map is the panel's own: it goes when the panel does
  useEffect(() => () => onHighlight(null), [onHighlight]);
  return (
    <div className="waves-panel" data-testid="waves-panel">
      <p className="muted">{t('waves.panel.intro')}</p>
      <WaveList data={data} />
      <WaveCompare data={data} view={view} highlighted={highlighted} onHighlight={onHighlight} />
    </div>
  );
}
