import { useTranslation } from 'react-i18next';
import { MarkIcon } from './MarkIcon';
import type { TimelineMark } from './timeline-marks';
import { TableExport } from '../../components/TableExport';

/** The analysis's marks beside the timeline as sentences; one chosen shows its recommendation. */
export function MarksList({ marks, active, onChoose }: { marks: readonly TimelineMark[] | null; active: TimelineMark | null; onChoose: (m: TimelineMark | null) => void }) {
  const { t } = useTranslation();
  return (
    <aside className="timeline-marks" aria-label={t('timeline.marks.title')} data-testid="timeline-marks">
      <h3>{t('timeline.marks.title')}</h3>
      {marks === null && <p className="muted">{t('timeline.marks.waiting')}</p>}
      {marks?.length === 0 && <p className="muted">{t('timeline.marks.none')}</p>}
      {marks && marks.length > 0 && <TableExport table="timelineMarks" rows={marks} />}
      <ol>
        {(marks ?? []).map((m) => {
          const on = active?.key === m.key;
          return (
            <li key={m.key} data-kind={m.kind}>
              <button type="button" className="mark" aria-pressed={on} onClick={() => onChoose(on ? null : m)}>
                <MarkIcon kind={m.kind} />
                <span>
                  <span className="mark-kind">{t(`timeline.marks.${m.kind}`)}</span>
                  {m.sentence}
                  {on && m.recommendation && (
                    <span className="recommendation" role="note">
                      <br />
                      <strong>{t('ui.recommendation')}:</strong> {m.recommendation}
                    </span>
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </aside>
  );
}
