import { useTranslation } from 'react-i18next';
import type { TimelineLayout } from '../../../../core/drawing/timeline-layout';
import { MARK_STYLE } from '../../../../core/drawing/timeline-style';
import { AXIS_HEIGHT, LABEL_WIDTH, RIGHT } from './chart-geometry';
import { signedWeek } from './week-text';

/** The axis: month labels above, week numbers below, arrival named and marked. */
export function AxisHead({ layout }: { layout: TimelineLayout }) {
  const { t } = useTranslation();
  const plotX = (x: number) => LABEL_WIDTH + x;
  const right = layout.scale.width;
  // a label at the plot's left edge is kept from running into the axis's titles
  const anchor = (x: number) => (x < 30 ? 'start' : x > right - 30 ? 'end' : 'middle');
  return (
    <g className="axis" data-testid="timeline-axis">
      <rect x={0} y={0} width={LABEL_WIDTH + right + RIGHT} height={AXIS_HEIGHT} className="axis-band" />
      <text x={LABEL_WIDTH - 10} y={14} textAnchor="end" className="axis-title">
        {t('timeline.axis.months')}
      </text>
      <text x={LABEL_WIDTH - 10} y={34} textAnchor="end" className="axis-title">
        {t('timeline.axis.weeks')}
      </text>
      <line x1={plotX(0)} x2={plotX(right)} y1={AXIS_HEIGHT - 0.5} y2={AXIS_HEIGHT - 0.5} className="axis-line" />
      {layout.ticks.map((tick) => {
        const x = plotX(tick.x);
        if (tick.kind === 'week')
          return (
            <g key={`w${tick.boundary}`}>
              <line x1={x} x2={x} y1={AXIS_HEIGHT - (tick.labelled ? 7 : 4)} y2={AXIS_HEIGHT} className="tick" />
              {tick.labelled && (
                <text x={x} y={34} textAnchor={anchor(tick.x)} className="week-label">
                  {signedWeek(tick.boundary)}
                </text>
              )}
            </g>
          );
        if (tick.kind === 'month')
          return tick.labelled ? (
            <text key={`m${tick.months}`} x={x} y={14} textAnchor={anchor(tick.x)} className="month-label">
              {tick.months < 0 ? t('timeline.axis.monthsBefore', { count: -tick.months }) : t('timeline.axis.monthsAfter', { count: tick.months })}
            </text>
          ) : null;
        return (
          <g key="arrival" className="arrival">
            <line x1={x} x2={x} y1={18} y2={AXIS_HEIGHT} stroke={MARK_STYLE.arrival.stroke} strokeWidth={2} />
            <text x={x} y={14} textAnchor={anchor(tick.x)} className="arrival-label">
              {t('timeline.arrival')}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** The lines of the months and of arrival, down through the lanes. */
export function AxisLines({ layout, height }: { layout: TimelineLayout; height: number }) {
  return (
    <g className="axis-lines" aria-hidden="true">
      {layout.ticks.map((tick) => {
        const x = LABEL_WIDTH + tick.x;
        if (tick.kind === 'month') return <line key={`m${tick.months}`} x1={x} x2={x} y1={AXIS_HEIGHT} y2={AXIS_HEIGHT + height} className="month-line" />;
        if (tick.kind === 'arrival')
          return <line key="arrival" x1={x} x2={x} y1={AXIS_HEIGHT} y2={AXIS_HEIGHT + height} stroke={MARK_STYLE.arrival.stroke} strokeWidth={2} data-testid="arrival-line" />;
        return null;
      })}
    </g>
  );
}
