import { useTranslation } from 'react-i18next';
import type { ProjectData } from '../../../../core/model/schema';
import type { AnalysisState } from '../../state/analysis-model';
import type { MapHighlight } from '../map/overlays';

/** The analysis panels: bonding and bridging, power asymmetry, person-dependency. */
export function AnalysisPanels({
  analysis,
}: {
  analysis: AnalysisState;
  data: ProjectData;
  /** shows a row's elements on the map, or clears them */
  onHighlight: (elements: MapHighlight | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="analysis-panels" data-testid="analysis-panels">
      <p className="muted">{analysis.latest ? t('panels.title') : t('ui.analysing')}</p>
    </div>
  );
}
