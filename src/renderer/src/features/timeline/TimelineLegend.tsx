import { useTranslation } from 'react-i18next';
import { ACTIVITY_KINDS } from '../../../../core/drawing/timeline-layout';
import { KIND_STYLE } from '../../../../core/drawing/timeline-style';
import { KindSwatch } from './KindSwatch';
import { MarkIcon } from './MarkIcon';

/** The timeline's legend: the kinds' colours, the marks of the analysis, and a bar cut at an edge. */
export function TimelineLegend() {
  const { t } = useTranslation();
  return (
    <div className="timeline-legend" aria-label={t('timeline.legend.title')} data-testid="timeline-legend">
      {ACTIVITY_KINDS.map((k) => (
        <span key={k}>
          <KindSwatch kind={k} />
          {t(`activities.kinds.${k}`)}
        </span>
      ))}
      {(['overlap', 'gap', 'personDependent', 'singleLink'] as const).map((k) => (
        <span key={k}>
          <MarkIcon kind={k} />
          {t(`timeline.legend.${k}`)}
        </span>
      ))}
      <span>
        <svg width="16" height="14" viewBox="0 0 16 14" aria-hidden="true">
          <rect x="0" y="1" width="16" height="12" rx="2" fill={KIND_STYLE.authority.fill} />
          <path d="M 15 7 l -5 -5 v 10 z" fill={KIND_STYLE.authority.text} />
        </svg>
        {t('timeline.legend.clipped')}
      </span>
    </div>
  );
}
