import { MARK_STYLE } from '../../../../core/drawing/timeline-style';
import { BADGE } from './chart-geometry';
import type { TimelineMark } from './timeline-marks';

/** A badge at a bar's end: a person for one contact person, a single link for one relationship to the municipality. */
export function Badge({ kind, cx, cy }: { kind: TimelineMark['kind']; cx: number; cy: number }) {
  const { fill, text } = MARK_STYLE.personDependent;
  if (kind === 'singleLink')
    return (
      <g className="badge badge-single-link">
        <rect x={cx - BADGE} y={cy - BADGE} width={2 * BADGE} height={2 * BADGE} rx={2} fill={fill} stroke={text} strokeWidth={1} />
        <circle cx={cx - 3} cy={cy} r={2.2} fill="none" stroke={text} strokeWidth={1.3} />
        <circle cx={cx + 3} cy={cy} r={2.2} fill="none" stroke={text} strokeWidth={1.3} />
        <line x1={cx - 1} x2={cx + 1} y1={cy} y2={cy} stroke={text} strokeWidth={1.3} />
      </g>
    );
  return (
    <g className="badge badge-person">
      <circle cx={cx} cy={cy} r={BADGE} fill={fill} stroke={text} strokeWidth={1} />
      <circle cx={cx} cy={cy - 2.3} r={2} fill={text} />
      <path d={`M ${cx - 3.6} ${cy + 4.2} a 3.6 3.2 0 0 1 7.2 0 z`} fill={text} />
    </g>
  );
}
