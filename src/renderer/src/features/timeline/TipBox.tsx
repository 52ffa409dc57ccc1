import type { TimelineBar } from '../../../../core/drawing/timeline-layout';
import type { WeekWindow, WindowEnd } from '../../../../core/drawing/timeline-scale';
import { AXIS_HEIGHT, LABEL_WIDTH } from './chart-geometry';
import type { ChartActivity, TimelineMark } from './timeline-marks';

/** A drag of a bar's end under way: the window as it was, and as it would be let go now. */
export interface Drag {
  activity: string;
  end: WindowEnd;
  original: WeekWindow;
  window: WeekWindow;
  pointer: number;
}

/** What the pointer or the keyboard is on, for the tip that words it. */
export type Tip = { kind: 'bar'; bar: TimelineBar } | { kind: 'gap'; mark: TimelineMark; x: number; y: number };

/** The tip beside a bar or gap: what it is, when, whose, and what the analysis found about it. */
export function TipBox({
  tip,
  activities,
  marksOf,
  windowText,
  drag,
}: {
  tip: Tip;
  activities: ReadonlyMap<string, ChartActivity>;
  marksOf: ReadonlyMap<string, TimelineMark[]>;
  windowText: (w: WeekWindow) => string;
  drag: Drag | null;
}) {
  if (tip.kind === 'gap')
    return (
      <div className="timeline-tip" role="status" style={{ left: tip.x, top: tip.y - 6 }} data-testid="timeline-tip">
        <p>{tip.mark.sentence}</p>
      </div>
    );
  const { bar } = tip;
  const a = activities.get(bar.activity);
  if (!a) return null;
  const window = drag?.activity === bar.activity ? drag.window : a.window;
  return (
    <div className="timeline-tip" role="status" style={{ left: LABEL_WIDTH + bar.x + Math.min(bar.width, 160) / 2, top: AXIS_HEIGHT + bar.y + bar.height + 4 }} data-testid="timeline-tip">
      <strong>{a.title}</strong>
      <span className="muted">
        {a.kindLabel} · {windowText(window)} · {a.ownersText}
      </span>
      {(marksOf.get(bar.activity) ?? []).map((m) => (
        <p key={m.key} className={`tip-mark tip-${m.kind}`}>
          {m.sentence}
        </p>
      ))}
    </div>
  );
}
