import { WINDOW_LIMITS, type WeekWindow } from '../../../../core/drawing/timeline-scale';
import { parseWeek } from './week-text';

/** Two weeks as typed, read into a window or the reason it is not one (a catalogue key and its values). */
export type WindowReading =
  | { ok: true; window: WeekWindow }
  | { ok: false; field: 'from' | 'to'; key: 'timeline.edit.weekRange' | 'timeline.edit.windowOrder'; params: Record<string, number> };

export function readWindow(from: string, to: string): WindowReading {
  const params = { min: WINDOW_LIMITS.from, max: WINDOW_LIMITS.to };
  const a = parseWeek(from);
  const b = parseWeek(to);
  const inLimits = (w: number | null): w is number => w !== null && w >= WINDOW_LIMITS.from && w <= WINDOW_LIMITS.to;
  if (!inLimits(a)) return { ok: false, field: 'from', key: 'timeline.edit.weekRange', params };
  if (!inLimits(b)) return { ok: false, field: 'to', key: 'timeline.edit.weekRange', params };
  if (a > b) return { ok: false, field: 'to', key: 'timeline.edit.windowOrder', params: {} };
  return { ok: true, window: { from: a, to: b } };
}
