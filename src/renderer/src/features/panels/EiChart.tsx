import { useId } from 'react';
import { labelLines } from './chart-labels';
import { usePanelText } from './panel-parts';

export interface EiBar {
  key: string;
  label: string;
  ei: number | null;
  /** the value under random mixing, marked on the row */
  expected: number | null;
  /** the whole network, set apart from the groups */
  total?: boolean;
}

// Okabe–Ito colours: told apart with any colour vision and in grey print; the bar's direction
// from the zero line says the same thing again.
const BONDING = '#D55E00';
const BRIDGING = '#0072B2';

const WIDTH = 600;
const LABEL_WIDTH = 150;
const PLOT_LEFT = 168;
const PLOT_RIGHT = 536;
const ROW = 26;
/** a row whose name takes two lines */
const ROW_TWO_LINES = 36;
const LINE = 13;
const TOP = 26;
const AXIS = 30;
const TICKS = [-1, -0.5, 0, 0.5, 1];

const x = (ei: number) => PLOT_LEFT + ((ei + 1) / 2) * (PLOT_RIGHT - PLOT_LEFT);
/**
 * E-I per group on the −1 … +1 scale, drawn by hand: a bar from 0 to each group's value and a
 * mark where random mixing would put it. Sizes are in the view box, so it scales with the panel
 * and prints sharp.
 */
export function EiChart({ bars }: { bars: readonly EiBar[] }) {
  const { say, nums } = usePanelText();
  const id = useId();
  const rows = bars.map((bar) => ({ bar, lines: labelLines(bar.label) }));
  const heights = rows.map((r) => (r.lines.length > 1 ? ROW_TWO_LINES : ROW));
  const tops = heights.map((_, i) => TOP + heights.slice(0, i).reduce((sum, h) => sum + h, 0));
  const plotBottom = TOP + heights.reduce((sum, h) => sum + h, 0);
  const height = plotBottom + AXIS;
  return (
    <figure className="ei-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        data-testid="ei-chart"
      >
        <title id={`${id}-title`}>{say('panels.chart.title')}</title>
        <desc id={`${id}-desc`}>{say('panels.chart.description')}</desc>
        <text x={PLOT_LEFT} y={14} className="chart-end" textAnchor="start">
          ← {say('panels.chart.inside')}
        </text>
        <text x={PLOT_RIGHT} y={14} className="chart-end" textAnchor="end">
          {say('panels.chart.across')} →
        </text>
        {TICKS.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={TOP - 4} y2={plotBottom} className={t === 0 ? 'chart-zero' : 'chart-grid'} />
            <line x1={x(t)} x2={x(t)} y1={plotBottom} y2={plotBottom + 5} className="chart-axis" />
            <text x={x(t)} y={plotBottom + 18} textAnchor="middle" className="chart-tick">
              {t > 0 ? `+${nums.num(t, 1)}` : nums.num(t, 1)}
            </text>
          </g>
        ))}
        <line x1={PLOT_LEFT} x2={PLOT_RIGHT} y1={plotBottom} y2={plotBottom} className="chart-axis" />
        {rows.map(({ bar, lines }, i) => {
          const y = tops[i] as number;
          const rowHeight = heights[i] as number;
          const mid = y + rowHeight / 2;
          const barHeight = ROW - 12;
          return (
            <g key={bar.key}>
              {bar.total && i < bars.length - 1 && <line x1={0} x2={WIDTH} y1={y + rowHeight} y2={y + rowHeight} className="chart-separator" />}
              {/* a shortened name keeps the whole one as its tooltip */}
              {lines.join(' ') !== bar.label && <title>{bar.label}</title>}
              <text x={LABEL_WIDTH} y={mid + 4 - ((lines.length - 1) * LINE) / 2} textAnchor="end" className={bar.total ? 'chart-label total' : 'chart-label'}>
                {lines.length === 1
                  ? lines[0]
                  : lines.map((line, l) => (
                      <tspan key={l} x={LABEL_WIDTH} dy={l === 0 ? 0 : LINE}>
                        {line}
                      </tspan>
                    ))}
              </text>
              {bar.ei !== null && (
                <rect
                  x={Math.min(x(0), x(bar.ei))}
                  y={mid - barHeight / 2}
                  width={Math.max(1.5, Math.abs(x(bar.ei) - x(0)))}
                  height={barHeight}
                  fill={bar.ei < 0 ? BONDING : BRIDGING}
                />
              )}
              {bar.expected !== null && (
                <line x1={x(bar.expected)} x2={x(bar.expected)} y1={mid - ROW / 2 + 2} y2={mid + ROW / 2 - 2} className="chart-expected" />
              )}
              <text x={WIDTH - 4} y={mid + 4} textAnchor="end" className="chart-value">
                {bar.ei === null ? say('panels.chart.noValue') : nums.num(bar.ei)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="chart-legend">
        <span>
          <span className="legend-box" style={{ background: BONDING }} /> {say('panels.chart.legendBonding')}
        </span>
        <span>
          <span className="legend-box" style={{ background: BRIDGING }} /> {say('panels.chart.legendBridging')}
        </span>
        <span>
          <span className="legend-mark" /> {say('panels.chart.legendExpected')}
        </span>
      </figcaption>
    </figure>
  );
}
