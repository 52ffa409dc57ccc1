import { useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineBar, TimelineLane, TimelineLayout } from '../../../../core/drawing/timeline-layout';
import { dragWindow, shiftWindow, spanOf, type WeekWindow, type WindowEnd } from '../../../../core/drawing/timeline-scale';
import { KIND_STYLE, MARK_STYLE } from '../../../../core/drawing/timeline-style';
import { Badge } from './Badge';
import { AXIS_HEIGHT, BADGE, chartWidthFor, LABEL_WIDTH, RIGHT } from './chart-geometry';
import { AxisHead, AxisLines } from './TimelineAxis';
import type { ChartActivity, TimelineMark } from './timeline-marks';
import { TipBox, type Drag, type Tip } from './TipBox';
import { plainId, signedWeek } from './week-text';

const GAP_HEADER = 22;
const GAP_ROW = 18;
const HANDLE = 7;

/**
 * The timeline drawn as SVG from its layout: lanes with their names, bars coloured by kind with
 * the title on them, the months and weeks around arrival, the arrival line, and the analysis's
 * marks (an outline round overlapping offers, a badge on an activity that hangs on one contact
 * person or one link, gaps hatched in rows of their own). A bar is focusable, says what it is
 * and what was found about it, opens with Enter, and has its ends dragged to change its weeks.
 */
export function TimelineChart({
  layout,
  activities,
  laneLabel,
  marks,
  activeMark,
  selected,
  onSelect,
  onOpen,
  onWindow,
}: {
  layout: TimelineLayout;
  activities: ReadonlyMap<string, ChartActivity>;
  laneLabel: (lane: TimelineLane) => string;
  marks: readonly TimelineMark[];
  activeMark: TimelineMark | null;
  selected: string | null;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
  onWindow: (id: string, window: WeekWindow) => void;
}) {
  const { t } = useTranslation();
  const id = plainId(useId());
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const { scale } = layout;

  const marksOf = new Map<string, TimelineMark[]>();
  for (const m of marks)
    for (const a of m.activities) {
      const list = marksOf.get(a) ?? [];
      list.push(m);
      marksOf.set(a, list);
    }
  const gapRows = groupGaps(marks);
  const room = roomAfter(layout);
  const lanesHeight = layout.height;
  const gapTop = AXIS_HEIGHT + lanesHeight + (gapRows.length > 0 ? 10 : 0);
  const height = gapTop + (gapRows.length > 0 ? GAP_HEADER + gapRows.length * GAP_ROW : 0) + 8;
  const width = chartWidthFor(scale.width);
  const plotX = (x: number) => LABEL_WIDTH + x;
  const laneY = (y: number) => AXIS_HEIGHT + y;

  const windowText = (w: WeekWindow) =>
    w.from === w.to ? t('timeline.windowOne', { from: signedWeek(w.from) }) : t('timeline.window', { from: signedWeek(w.from), to: signedWeek(w.to) });

  const pointerX = (e: PointerEvent) => e.clientX - (svg.current?.getBoundingClientRect().left ?? 0) - LABEL_WIDTH;
  const startDrag = (e: PointerEvent, activity: string, end: WindowEnd) => {
    const a = activities.get(activity);
    if (!a || e.button !== 0) return;
    e.stopPropagation();
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    setDrag({ activity, end, original: a.window, window: a.window, pointer: e.pointerId });
  };
  const moveDrag = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.pointer) return;
    const window = dragWindow(drag.original, drag.end, pointerX(e), scale);
    if (window.from !== drag.window.from || window.to !== drag.window.to) setDrag({ ...drag, window });
  };
  const endDrag = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.pointer) return;
    setDrag(null);
    const { window, original } = drag;
    if (window.from !== original.from || window.to !== original.to) onWindow(drag.activity, window);
  };

  const barKeys = (e: KeyboardEvent, activity: string) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(activity);
    }
    // Shift+arrow moves the activity a week, as a drag of the whole bar would
    const a = activities.get(activity);
    if (a && e.shiftKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      e.preventDefault();
      onWindow(activity, shiftWindow(a.window, e.key === 'ArrowLeft' ? -1 : 1));
    }
  };

  // a chosen mark brings its activities forward; a gap, which has none, dims nothing
  const inActive = (activity: string) => activeMark === null || activeMark.activities.length === 0 || activeMark.activities.includes(activity);

  return (
    <div className="timeline-chart" onPointerLeave={() => !drag && setTip(null)}>
      {/* the axis in an SVG of its own, which stays at the top while the lanes scroll under it */}
      <svg className="timeline-axis-head" width={width} height={AXIS_HEIGHT} viewBox={`0 0 ${width} ${AXIS_HEIGHT}`} aria-hidden="true">
        <AxisHead layout={layout} />
      </svg>
      {/* the lanes, in the same coordinates (from the axis's foot down) */}
      <svg
        ref={svg}
        width={width}
        height={height - AXIS_HEIGHT}
        viewBox={`0 ${AXIS_HEIGHT} ${width} ${height - AXIS_HEIGHT}`}
        role="group"
        aria-label={t('timeline.chartLabel', { count: activities.size })}
        data-testid="timeline-chart"
        onPointerMove={moveDrag}
        onPointerUp={endDrag}
        onPointerCancel={() => setDrag(null)}
      >
        <defs>
          <pattern id={`${id}-hatch`} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" fill={MARK_STYLE.gap.background} />
            <line x1="0" y1="0" x2="0" y2="6" stroke={MARK_STYLE.gap.stroke} strokeWidth="2.2" />
          </pattern>
        </defs>

        {/* the lanes, banded, with their names */}
        {layout.lanes.map((lane, i) => (
          <g key={lane.key} className="lane">
            <title>{laneLabel(lane)}</title>
            <rect x={0} y={laneY(lane.y)} width={width} height={lane.height} className={i % 2 ? 'lane-band odd' : 'lane-band'} />
            <text x={LABEL_WIDTH - 10} y={laneY(lane.y) + Math.min(lane.height / 2, 17)} className="lane-label" textAnchor="end" dominantBaseline="middle">
              {shorten(laneLabel(lane), 26)}
            </text>
          </g>
        ))}

        <AxisLines layout={layout} height={gapTop - AXIS_HEIGHT} />

        {/* a chosen gap is shown across every lane, so what is missing is seen against what there is */}
        {activeMark?.kind === 'gap' && activeMark.window && (() => {
          const span = spanOf(activeMark.window, scale);
          return span ? <rect x={plotX(span.x)} y={AXIS_HEIGHT} width={span.width} height={lanesHeight} fill={`url(#${id}-hatch)`} opacity={0.35} className="gap-band-across" /> : null;
        })()}

        {layout.bars.map((bar) => {
          const activity = activities.get(bar.activity);
          if (!activity) return null;
          const dragging = drag?.activity === bar.activity ? drag.window : null;
          const span = dragging ? spanOf(dragging, scale) : { x: bar.x, width: bar.width, clippedStart: bar.clippedStart, clippedEnd: bar.clippedEnd };
          if (!span) return null;
          const style = KIND_STYLE[bar.kind];
          const own = marksOf.get(bar.activity) ?? [];
          const overlap = own.some((m) => m.kind === 'overlap');
          const badge = own.find((m) => m.kind === 'personDependent') ?? own.find((m) => m.kind === 'singleLink');
          const x = plotX(span.x);
          const y = laneY(bar.y);
          const clip = `${id}-clip-${bar.key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
          const descId = `${id}-desc-${bar.key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
          const window = dragging ?? activity.window;
          const label = t('timeline.barLabel', { title: activity.title, kind: activity.kindLabel, window: windowText(window), owners: activity.ownersText });
          const isSelected = selected === bar.activity;
          return (
            <g
              key={bar.key}
              className={['bar', isSelected ? 'selected' : '', inActive(bar.activity) ? '' : 'dimmed', dragging ? 'dragging' : ''].join(' ')}
              tabIndex={0}
              role="button"
              aria-label={label}
              aria-pressed={isSelected}
              aria-describedby={own.length > 0 ? descId : undefined}
              data-activity={bar.activity}
              data-marks={own.map((m) => m.kind).join(' ') || undefined}
              data-window={`${window.from},${window.to}`}
              onClick={() => onSelect(bar.activity)}
              onKeyDown={(e) => barKeys(e, bar.activity)}
              onFocus={() => setTip({ kind: 'bar', bar })}
              onBlur={() => setTip(null)}
              onPointerEnter={() => !drag && setTip({ kind: 'bar', bar })}
            >
              {own.length > 0 && <desc id={descId}>{own.map((m) => m.sentence).join(' ')}</desc>}
              {overlap && (
                <rect
                  x={x - 3}
                  y={y - 3}
                  width={span.width + 6}
                  height={bar.height + 6}
                  rx={5}
                  fill="none"
                  stroke={MARK_STYLE.overlap.stroke}
                  strokeWidth={MARK_STYLE.overlap.width}
                  className="overlap-outline"
                />
              )}
              <rect
                x={x}
                y={y}
                width={Math.max(span.width, 2)}
                height={bar.height}
                rx={3}
                fill={style.fill}
                stroke={style.stroke}
                strokeWidth={1.2}
                strokeDasharray={style.dashed ? '4 2' : undefined}
                className="bar-body"
              />
              {(() => {
                // a title too long for a short bar goes after it, where the row is free
                const inside = span.width - 12 - (badge ? 2 * BADGE + 2 : 0);
                const needed = textWidth(activity.title);
                if (needed > inside && !dragging && needed + 8 <= (room.get(bar.key) ?? 0))
                  return (
                    <text x={x + span.width + 5} y={y + bar.height / 2} dominantBaseline="central" className="bar-title outside">
                      {activity.title}
                    </text>
                  );
                return (
                  <>
                    <clipPath id={clip}>
                      <rect x={x + 3} y={y} width={Math.max(0, inside + 6)} height={bar.height} />
                    </clipPath>
                    <text x={x + 6} y={y + bar.height / 2} dominantBaseline="central" fill={style.text} clipPath={`url(#${clip})`} className="bar-title">
                      {activity.title}
                    </text>
                  </>
                );
              })()}
              {span.clippedStart && <path d={`M ${x + 1} ${y + bar.height / 2} l 5 -5 v 10 z`} fill={style.text} className="clipped-mark" />}
              {span.clippedEnd && <path d={`M ${x + span.width - 1} ${y + bar.height / 2} l -5 -5 v 10 z`} fill={style.text} className="clipped-mark" />}
              {badge && <Badge kind={badge.kind} cx={x + span.width - BADGE - 2} cy={y + bar.height / 2} />}
              {!span.clippedStart && (
                <rect
                  x={x - HANDLE / 2}
                  y={y}
                  width={HANDLE}
                  height={bar.height}
                  className="handle"
                  data-end="from"
                  onPointerDown={(e) => startDrag(e, bar.activity, 'from')}
                >
                  <title>{t('timeline.dragStart')}</title>
                </rect>
              )}
              {!span.clippedEnd && (
                <rect
                  x={x + span.width - HANDLE / 2}
                  y={y}
                  width={HANDLE}
                  height={bar.height}
                  className="handle"
                  data-end="to"
                  onPointerDown={(e) => startDrag(e, bar.activity, 'to')}
                >
                  <title>{t('timeline.dragEnd')}</title>
                </rect>
              )}
            </g>
          );
        })}

        {gapRows.length > 0 && (
          <g className="gaps">
            <text x={LABEL_WIDTH - 10} y={gapTop + GAP_HEADER / 2 + 2} textAnchor="end" dominantBaseline="middle" className="gaps-heading">
              {t('timeline.gaps')}
            </text>
            {gapRows.map((row, i) => {
              const y = gapTop + GAP_HEADER + i * GAP_ROW;
              return (
                <g key={row.group}>
                  <text x={LABEL_WIDTH - 10} y={y + GAP_ROW / 2} textAnchor="end" dominantBaseline="middle" className="lane-label small">
                    {shorten(row.label, 28)}
                  </text>
                  {row.marks.map((m) => {
                    const span = m.window ? spanOf(m.window, scale) : null;
                    if (!span) return null;
                    const active = activeMark?.key === m.key;
                    return (
                      <rect
                        key={m.key}
                        x={plotX(span.x)}
                        y={y + 2}
                        width={span.width}
                        height={GAP_ROW - 4}
                        fill={`url(#${id}-hatch)`}
                        stroke={MARK_STYLE.gap.stroke}
                        strokeWidth={active ? 2.5 : 1}
                        className="gap-band"
                        tabIndex={0}
                        role="img"
                        aria-label={m.sentence}
                        data-mark={m.key}
                        onFocus={() => setTip({ kind: 'gap', mark: m, x: plotX(span.x + span.width / 2), y })}
                        onBlur={() => setTip(null)}
                        onPointerEnter={() => setTip({ kind: 'gap', mark: m, x: plotX(span.x + span.width / 2), y })}
                      />
                    );
                  })}
                </g>
              );
            })}
          </g>
        )}
      </svg>
      {tip && <TipBox tip={tip} activities={activities} marksOf={marksOf} windowText={windowText} drag={drag} />}
    </div>
  );
}

/** About how wide a title is drawn at the bars' font size (11.5 px), to tell whether it fits. */
const textWidth = (text: string) => text.length * 6.6;

/** The free pixels after each bar in its row, up to the next bar or the plot's end. */
function roomAfter(layout: TimelineLayout): Map<string, number> {
  const rows = new Map<string, TimelineBar[]>();
  for (const b of layout.bars) {
    const key = `${b.lane}\u0000${String(b.row)}`;
    const row = rows.get(key) ?? [];
    row.push(b);
    rows.set(key, row);
  }
  const out = new Map<string, number>();
  for (const row of rows.values()) {
    row.sort((a, b) => a.x - b.x);
    row.forEach((b, i) => out.set(b.key, (row[i + 1]?.x ?? layout.scale.width + RIGHT) - (b.x + b.width)));
  }
  return out;
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The gaps grouped by target group, one row each, in the order the marks come. */
function groupGaps(marks: readonly TimelineMark[]): Array<{ group: string; label: string; marks: TimelineMark[] }> {
  const rows = new Map<string, { group: string; label: string; marks: TimelineMark[] }>();
  for (const m of marks) {
    if (m.kind !== 'gap' || !m.targetGroup) continue;
    const row = rows.get(m.targetGroup.key) ?? { group: m.targetGroup.key, label: m.targetGroup.label, marks: [] };
    row.marks.push(m);
    rows.set(m.targetGroup.key, row);
  }
  return [...rows.values()];
}
