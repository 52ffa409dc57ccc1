import { MeasuresNote } from './MeasuresNote';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectData } from '../../../../core/model/schema';
import { isUserError } from '../../../../core/errors';
import { formatUserError } from '../../../../core/wording/format-error';
import { moveAlongRow } from '../../components/arrow-keys';
import { translatorOf } from '../../i18n';
import type { AnalysisState } from '../../state/analysis-model';
import type { MapHighlight } from '../map';
import { BondingPanel } from './BondingPanel';
import { DependencyPanel } from './DependencyPanel';
import { highlightOf, sameSelection, type PanelKey, type Selection } from './panel-model';
import { PanelProjectProvider, usePanelText, type Choosing } from './panel-parts';
import { PowerPanel } from './PowerPanel';
import './panels.css';

type PanelId = 'bonding' | 'power' | 'dependency';
const PANELS: ReadonlyArray<[PanelId, PanelKey]> = [
  ['bonding', 'panels.nav.bonding'],
  ['power', 'panels.nav.power'],
  ['dependency', 'panels.nav.dependency'],
];

/** The analysis panels: bonding and bridging, power asymmetry, person-dependency. */
export function AnalysisPanels({
  analysis,
  data,
  onHighlight,
}: {
  analysis: AnalysisState;
  data: ProjectData;
  /** shows a row's elements on the map, or clears them */
  onHighlight: (elements: MapHighlight | null) => void;
}) {
  const { i18n } = useTranslation();
  const { say, lang } = usePanelText();
  const [panel, setPanel] = useState<PanelId>('bonding');
  const [choice, setChoice] = useState<Selection | null>(null);
  const result = analysis.latest?.result ?? null;

  // The choice names a thing (a collaboration "a|b", an actor id), looked up afresh in every
  // analysis: it survives re-analysis, and shows nothing while the thing is gone (as a chosen
  // finding does; an undo that brings the thing back brings the choice back with it).
  const highlight = useMemo(() => (choice && result ? highlightOf(result, data, choice) : null), [choice, result, data]);
  const live = highlight ? choice : null;
  useEffect(() => onHighlight(highlight), [highlight, onHighlight]);
  // leaving the tab takes the panel's highlight off the map with it
  useEffect(() => () => onHighlight(null), [onHighlight]);

  const onChoose = useCallback((next: Selection) => setChoice((current) => (sameSelection(current, next) ? null : next)), []);
  const choosing: Choosing = useMemo(() => ({ selection: live, onChoose }), [live, onChoose]);

  let status: string;
  if (analysis.status === 'failed') {
    const message = isUserError(analysis.error) ? formatUserError(analysis.error, translatorOf(i18n), 'form') : String(analysis.error);
    status = say('panels.status.failed', { message });
  } else if (analysis.status === 'running' || !analysis.at) status = say(result ? 'panels.status.updating' : 'panels.status.analysing');
  else status = say('panels.status.updated', { time: analysis.at.toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' }) });

  return (
    <div className="analysis-panels" data-testid="analysis-panels" lang={lang}>
      <div className="panels-head">
        <div className="segmented" role="group" aria-label={say('panels.nav.label')} onKeyDown={(e) => moveAlongRow(e)}>
          {PANELS.map(([id, key]) => (
            <button
              key={id}
              type="button"
              aria-pressed={panel === id}
              className={panel === id ? 'active' : undefined}
              onClick={() => {
                setPanel(id);
                setChoice(null);
              }}
            >
              {say(key)}
            </button>
          ))}
        </div>
        <span className="panels-status muted" aria-live="polite" role={analysis.status === 'failed' ? 'alert' : undefined}>
          {status}
        </span>
      </div>
      <MeasuresNote analysis={analysis} />
      {result && (
        <PanelProjectProvider value={data}>
          <p className="panels-hint muted">{say('panels.common.hint')}</p>
          {panel === 'bonding' && <BondingPanel result={result} data={data} choosing={choosing} />}
          {panel === 'power' && <PowerPanel result={result} data={data} choosing={choosing} />}
          {panel === 'dependency' && <DependencyPanel result={result} data={data} choosing={choosing} />}
        </PanelProjectProvider>
      )}
    </div>
  );
}
