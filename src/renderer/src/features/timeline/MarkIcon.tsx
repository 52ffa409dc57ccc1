import { useId } from 'react';
import { KIND_STYLE, MARK_STYLE } from '../../../../core/drawing/timeline-style';
import { Badge } from './Badge';
import type { TimelineMark } from './timeline-marks';
import { plainId } from './week-text';

/** A mark's sign as the timeline draws it, small, for the list and the legend. */
export function MarkIcon({ kind }: { kind: TimelineMark['kind'] }) {
  const hatch = `${plainId(useId())}-hatch`;
  return (
    <svg className="mark-icon" width="26" height="16" viewBox="0 0 26 16" aria-hidden="true">
      {kind === 'overlap' && (
        <>
          <rect x="2" y="2" width="22" height="12" rx="4" fill="none" stroke={MARK_STYLE.overlap.stroke} strokeWidth={MARK_STYLE.overlap.width} />
          <rect x="5" y="5" width="16" height="6" rx="1" fill={KIND_STYLE.offer.fill} />
        </>
      )}
      {kind === 'gap' && (
        <>
          <defs>
            <pattern id={hatch} patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
              <rect width="5" height="5" fill={MARK_STYLE.gap.background} />
              <line x1="0" y1="0" x2="0" y2="5" stroke={MARK_STYLE.gap.stroke} strokeWidth="2" />
            </pattern>
          </defs>
          <rect x="1" y="2" width="24" height="12" fill={`url(#${hatch})`} stroke={MARK_STYLE.gap.stroke} />
        </>
      )}
      {(kind === 'personDependent' || kind === 'singleLink') && <Badge kind={kind} cx={13} cy={8} />}
    </svg>
  );
}
