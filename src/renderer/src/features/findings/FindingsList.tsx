import { MeasuresNote } from '../panels';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../core/analysis/findings';
import { namesIn, word } from '../../../../core/analysis/wording';
import { isUserError } from '../../../../core/errors';
import { formatUserError } from '../../../../core/wording/format-error';
import type { ProjectData } from '../../../../core/model/schema';
import { translatorOf } from '../../i18n';
import type { AnalysisState } from '../../state/analysis-model';
import { TableExport } from '../../components/TableExport';

const SEVERITY_KEY = { high: 'ui.severityHigh', medium: 'ui.severityMedium', low: 'ui.severityLow' } as const;

/**
 * The findings in plain language, the most serious first. Choosing one shows its actors and
 * ties on the map; the recommendation says what to do about it. Findings come as keys and
 * parameters and are worded here, in the reader's language, with the project's current names.
 */
export function FindingsList({
  analysis,
  data,
  selected,
  onSelect,
}: {
  analysis: AnalysisState;
  data: ProjectData;
  selected: Finding | null;
  onSelect: (finding: Finding | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const latest = analysis.latest;
  const say = useMemo(() => {
    const names = namesIn(data, lang);
    const tr = translatorOf(i18n);
    return (f: Finding['message']) => word(f, names, tr);
  }, [data, lang, i18n]);
  const messages = useMemo(() => (latest ? latest.result.findings.map((f) => say(f.message)) : []), [latest, say]);

  if (analysis.status === 'failed') {
    const message = isUserError(analysis.error) ? formatUserError(analysis.error, translatorOf(i18n), 'form') : String(analysis.error);
    return (
      <p className="muted empty" role="alert">
        {t('ui.analysisFailed', { message })}
      </p>
    );
  }
  if (!latest)
    return (
      <p className="muted empty" aria-busy="true">
        {t('ui.analysing')}
      </p>
    );
  const findings = latest.result.findings;
  return (
    <div className="findings" data-testid="findings" data-help-topic="flags">
      <p className="findings-status muted" aria-live="polite">
        {analysis.status === 'running' && latest.complete
          ? t('ui.analysing')
          : t('ui.findingsSummary', {
              count: findings.length,
              time: (analysis.at ?? new Date()).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' }),
            })}
      </p>
      <MeasuresNote analysis={analysis} />
      {findings.length === 0 && <p className="muted empty">{t('ui.noFindings')}</p>}
      {findings.length > 0 && <TableExport table="findings" rows={findings} />}
      <ol className="finding-list">
        {findings.map((f, i) => {
          const active = selected === f;
          return (
            <li key={`${f.kind}-${String(i)}`} className={active ? 'finding active' : 'finding'}>
              <button type="button" className="finding-button" aria-pressed={active} onClick={() => onSelect(active ? null : f)}>
                <span className={`severity severity-${f.severity}`}>{t(SEVERITY_KEY[f.severity])}</span>
                <span className="finding-message">{messages[i]}</span>
              </button>
              {active && (
                <p className="finding-recommendation">
                  <strong>{t('ui.recommendation')}:</strong> {say(f.recommendation)}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
