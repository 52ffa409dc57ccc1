/**
 * The reception timeline's horizontal scale: weeks relative to the arrival of the newly arrived
 * (week 0 is the week of arrival, week −1 the week before it) mapped onto pixels, and back again
 * when a bar's end is dragged. A window's `from` and `to` are whole weeks and both belong to it, so
 * a window of week 0 to week 0 is one week wide and never an invisible sliver.
 */

/** Whole weeks relative to arrival, both ends included (the shape of an activity's window). */
export interface WeekWindow {
  from: number;
  to: number;
}

/** The farthest a window may reach, as the rules allow: two years before arrival, five after. */
export const WINDOW_LIMITS: WeekWindow = { from: -104, to: 260 };

/** An average month in weeks (365.25 days / 12 / 7), so "6 months after" lands where a calendar puts it. */
export const WEEKS_PER_MONTH = 365.25 / 12 / 7;

export interface TimelineScale {
  readonly range: WeekWindow;
  /** pixels across the whole range */
  readonly width: number;
  readonly pxPerWeek: number;
  /** where the week `boundary` starts (a fractional week falls between) */
  x(boundary: number): number;
  /** the week boundary nearest to a pixel, e.g. where a dragged end is let go */
  boundaryAt(x: number): number;
}

export function timelineScale(range: WeekWindow, width: number): TimelineScale {
  if (!(range.from <= range.to)) throw new RangeError('timeline-scale: the range must run forward (from <= to)');
  if (!(width > 0)) throw new RangeError('timeline-scale: the width must be positive');
  const pxPerWeek = width / (range.to - range.from + 1);
  return {
    range,
    width,
    pxPerWeek,
    x: (boundary) => (boundary - range.from) * pxPerWeek,
    boundaryAt: (x) => Math.round(x / pxPerWeek) + range.from,
  };
}

/** Where a window is drawn: its visible part, and whether it goes on beyond either edge. */
export interface Span {
  x: number;
  width: number;
  /** the window begins before the range shown */
  clippedStart: boolean;
  /** the window ends after the range shown */
  clippedEnd: boolean;
  /** the part of the window inside the range, in weeks */
  visible: WeekWindow;
}

/** The span of a window on the scale, or null when no week of it is inside the range. */
export function spanOf(window: WeekWindow, scale: TimelineScale): Span | null {
  const { range } = scale;
  if (window.to < range.from || window.from > range.to) return null;
  const from = Math.max(window.from, range.from);
  const to = Math.min(window.to, range.to);
  const x = scale.x(from);
  return {
    x,
    width: scale.x(to + 1) - x,
    clippedStart: window.from < range.from,
    clippedEnd: window.to > range.to,
    visible: { from, to },
  };
}

export type WindowEnd = 'from' | 'to';

/**
 * A window with one end dragged to a pixel: the end snaps to the nearest week boundary, stays
 * within the range shown and the rules' limits, and never passes the other end (a window keeps
 * at least its one week). The start snaps to the week beginning at the boundary; the end to the
 * week ending there.
 */
export function dragWindow(window: WeekWindow, end: WindowEnd, x: number, scale: TimelineScale): WeekWindow {
  const { range } = scale;
  const boundary = scale.boundaryAt(x);
  if (end === 'from') {
    // an end that lies beyond the edge shown stays where it was unless it is brought into view
    if (window.from < range.from && boundary <= range.from) return window;
    return { from: clamp(boundary, Math.max(range.from, WINDOW_LIMITS.from), window.to), to: window.to };
  }
  if (window.to > range.to && boundary > range.to) return window;
  return { from: window.from, to: clamp(boundary - 1, window.from, Math.min(range.to, WINDOW_LIMITS.to)) };
}

/**
 * A window moved by whole weeks (the keyboard's arrows, or the bar dragged by its middle),
 * keeping its length, and stopped at the rules' limits.
 */
export function shiftWindow(window: WeekWindow, weeks: number): WeekWindow {
  const shift = clamp(weeks, WINDOW_LIMITS.from - window.from, WINDOW_LIMITS.to - window.to);
  return { from: window.from + shift, to: window.to + shift };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);

/** A mark on the axis: a month before or after arrival, arrival itself, or a week boundary. */
export type AxisTick =
  | { kind: 'arrival'; boundary: 0; x: number }
  | { kind: 'month'; months: number; boundary: number; x: number; labelled: boolean }
  | { kind: 'week'; boundary: number; x: number; labelled: boolean };

/** How often week boundaries are labelled, from every week to every two years; the first that leaves room. */
const WEEK_LABEL_STEPS = [1, 2, 4, 8, 13, 26, 52, 104] as const;
/** How often months are labelled ("2 mdr. før" is wider than a week's number). */
const MONTH_LABEL_STEPS = [1, 2, 3, 6, 12, 24] as const;

const firstStep = (steps: readonly number[], px: number, gap: number) => steps.find((s) => s * px >= gap) ?? steps[steps.length - 1] ?? 1;

/**
 * The axis: whole months before and after arrival (at their fractional week), arrival, and every
 * week boundary. Every k-th week and every j-th month (counted from arrival) is labelled, k and j
 * the smallest steps that keep the labels `gaps.week` and `gaps.month` pixels apart.
 */
export function axisTicks(scale: TimelineScale, gaps: { week: number; month: number } = { week: 28, month: 72 }): AxisTick[] {
  const { range } = scale;
  const first = range.from;
  const last = range.to + 1;
  const ticks: AxisTick[] = [];
  const monthStep = firstStep(MONTH_LABEL_STEPS, scale.pxPerWeek * WEEKS_PER_MONTH, gaps.month);
  for (let m = Math.ceil(first / WEEKS_PER_MONTH); m * WEEKS_PER_MONTH <= last; m++) {
    if (m === 0) continue;
    const boundary = m * WEEKS_PER_MONTH;
    ticks.push({ kind: 'month', months: m, boundary, x: scale.x(boundary), labelled: m % monthStep === 0 });
  }
  if (first <= 0 && 0 <= last) ticks.push({ kind: 'arrival', boundary: 0, x: scale.x(0) });
  const step = firstStep(WEEK_LABEL_STEPS, scale.pxPerWeek, gaps.week);
  for (let b = first; b <= last; b++) ticks.push({ kind: 'week', boundary: b, x: scale.x(b), labelled: b % step === 0 });
  return ticks.sort((a, b) => a.boundary - b.boundary);
}
