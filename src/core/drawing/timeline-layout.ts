import type { Language } from '../i18n/catalogue';
import type { Label } from '../model/schema';
import { collatorFor } from '../text/collate';
import { axisTicks, spanOf, timelineScale, type AxisTick, type TimelineScale, type WeekWindow } from './timeline-scale';

/**
 * The reception timeline laid out: one lane per organisation (or per sector), each activity a bar
 * across its window, bars that share weeks within a lane stacked in rows, the axis and the line of
 * arrival. Pure geometry in pixels of the plot (x from the range's first week, y from the first
 * lane's top), so the app's SVG and any exported picture draw the same timeline.
 */

export type ActivityKind = 'authority' | 'offer' | 'activity';
/** myndighedsopgave, tilbud, aktivitet: the order of the legend and of the kind filter */
export const ACTIVITY_KINDS: readonly ActivityKind[] = ['authority', 'offer', 'activity'];

/** What the layout reads of an activity (the stored record has more). */
export interface TimelineActivity {
  id: string;
  title: string;
  kind: ActivityKind;
  owners: readonly string[];
  targetGroup: string;
  window: WeekWindow;
}

/** What the layout reads of an owner. */
export interface TimelineOwner {
  id: string;
  label: string;
  sector: string | null;
}

export type LaneGrouping = 'organisation' | 'sector';

/** A lane's heading: an organisation, a sector, or the activities whose owners have no sector. */
export type LaneTitle =
  | { by: 'organisation'; id: string; label: string; sector: string | null }
  | { by: 'sector'; key: string; label: Label }
  | { by: 'noSector' };

export interface TimelineLane {
  key: string;
  title: LaneTitle;
  y: number;
  height: number;
  rows: number;
}

export interface TimelineBar {
  /** unique on the timeline: an activity with two owners has a bar in each of their lanes */
  key: string;
  activity: string;
  lane: string;
  row: number;
  kind: ActivityKind;
  x: number;
  y: number;
  width: number;
  height: number;
  /** the window begins before the range shown (the bar is cut at the left edge) */
  clippedStart: boolean;
  /** the window ends after the range shown */
  clippedEnd: boolean;
}

export interface TimelineGeometry {
  /** pixels across the range */
  width: number;
  rowHeight: number;
  /** space between stacked rows */
  rowGap: number;
  /** space above and below a lane's rows */
  lanePadding: number;
  /** the least pixels between labelled weeks and between labelled months (a month's label is words) */
  labelGaps?: { week: number; month: number };
}

export const DEFAULT_GEOMETRY: TimelineGeometry = { width: 700, rowHeight: 22, rowGap: 4, lanePadding: 6 };

export interface TimelineInput {
  activities: readonly TimelineActivity[];
  owners: readonly TimelineOwner[];
  /** the codebook's sectors, in their order */
  sectors: ReadonlyArray<{ key: string; label: Label }>;
  grouping: LaneGrouping;
  range: WeekWindow;
  lang: Language;
}

export interface TimelineLayout {
  scale: TimelineScale;
  lanes: TimelineLane[];
  bars: TimelineBar[];
  ticks: AxisTick[];
  /** where arrival is, or null when week 0 is outside the range shown */
  arrival: number | null;
  /** the height of all lanes together */
  height: number;
  /** activities with no week in the range, before or after it (not drawn; the view counts them) */
  outside: { before: string[]; after: string[] };
}

const NO_SECTOR_LANE = 'sector:';

export function layoutTimeline(input: TimelineInput, geometry: TimelineGeometry = DEFAULT_GEOMETRY): TimelineLayout {
  const scale = timelineScale(input.range, geometry.width);
  const collator = collatorFor(input.lang);
  const owners = new Map(input.owners.map((o) => [o.id, o]));
  const sectorOrder = new Map(input.sectors.map((s, i) => [s.key, i]));
  const sectorRank = (key: string | null) => (key === null ? input.sectors.length : (sectorOrder.get(key) ?? input.sectors.length));

  // the lanes each activity is drawn in, and what heads them
  const titles = new Map<string, LaneTitle>();
  const members = new Map<string, Array<{ activity: TimelineActivity; visible: WeekWindow }>>();
  const outside = { before: [] as string[], after: [] as string[] };
  for (const activity of input.activities) {
    const span = spanOf(activity.window, scale);
    if (!span) {
      (activity.window.to < input.range.from ? outside.before : outside.after).push(activity.id);
      continue;
    }
    for (const [key, title] of lanesOf(activity, input, owners)) {
      titles.set(key, title);
      let list = members.get(key);
      if (!list) members.set(key, (list = []));
      list.push({ activity, visible: span.visible });
    }
  }

  const order = (title: LaneTitle): [number, string] =>
    title.by === 'organisation'
      ? [sectorRank(title.sector), title.label]
      : title.by === 'sector'
        ? [sectorRank(title.key), '']
        : [input.sectors.length + 1, ''];
  const laneKeys = [...titles.keys()].sort((a, b) => {
    const [ra, la] = order(titles.get(a) ?? { by: 'noSector' });
    const [rb, lb] = order(titles.get(b) ?? { by: 'noSector' });
    return ra - rb || collator.compare(la, lb) || (a < b ? -1 : a > b ? 1 : 0);
  });

  const lanes: TimelineLane[] = [];
  const bars: TimelineBar[] = [];
  let y = 0;
  for (const key of laneKeys) {
    const title = titles.get(key);
    const list = members.get(key);
    if (!title || !list) continue;
    const rows = stackRows(list, collator);
    const count = Math.max(1, ...rows.map((r) => r.row + 1));
    const height = 2 * geometry.lanePadding + count * geometry.rowHeight + (count - 1) * geometry.rowGap;
    for (const { activity, row } of rows) {
      const span = spanOf(activity.window, scale);
      if (!span) continue;
      bars.push({
        key: `${key}\u0000${activity.id}`,
        activity: activity.id,
        lane: key,
        row,
        kind: activity.kind,
        x: span.x,
        y: y + geometry.lanePadding + row * (geometry.rowHeight + geometry.rowGap),
        width: span.width,
        height: geometry.rowHeight,
        clippedStart: span.clippedStart,
        clippedEnd: span.clippedEnd,
      });
    }
    lanes.push({ key, title, y, height, rows: count });
    y += height;
  }

  const { range } = input;
  return {
    scale,
    lanes,
    bars,
    ticks: axisTicks(scale, geometry.labelGaps),
    arrival: range.from <= 0 && 0 <= range.to + 1 ? scale.x(0) : null,
    height: y,
    outside,
  };
}

/** The lanes an activity belongs to: each of its owners', or each sector its owners are in. */
function lanesOf(activity: TimelineActivity, input: TimelineInput, owners: ReadonlyMap<string, TimelineOwner>): Array<[string, LaneTitle]> {
  const out = new Map<string, LaneTitle>();
  for (const id of activity.owners) {
    const owner = owners.get(id);
    const sector = owner?.sector ?? null;
    if (input.grouping === 'organisation') {
      out.set(`organisation:${id}`, { by: 'organisation', id, label: owner?.label ?? id, sector });
      continue;
    }
    const entry = sector === null ? undefined : input.sectors.find((s) => s.key === sector);
    if (entry) out.set(`sector:${entry.key}`, { by: 'sector', key: entry.key, label: entry.label });
    else out.set(NO_SECTOR_LANE, { by: 'noSector' });
  }
  // an activity without owners (the rules forbid it, a half-typed file may not) is still shown
  if (out.size === 0) out.set(NO_SECTOR_LANE, { by: 'noSector' });
  return [...out];
}

/**
 * Rows within a lane: bars in order of their first week (then last week, then title), each in the
 * first row whose bars have all ended before it begins. For intervals this greedy choice uses as
 * few rows as the most bars that share one week.
 */
function stackRows<T extends { activity: TimelineActivity; visible: WeekWindow }>(list: readonly T[], collator: Intl.Collator): Array<T & { row: number }> {
  const sorted = [...list].sort(
    (a, b) =>
      a.visible.from - b.visible.from ||
      a.visible.to - b.visible.to ||
      collator.compare(a.activity.title, b.activity.title) ||
      (a.activity.id < b.activity.id ? -1 : a.activity.id > b.activity.id ? 1 : 0),
  );
  const rowEnds: number[] = [];
  return sorted.map((item) => {
    let row = rowEnds.findIndex((end) => end < item.visible.from);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = item.visible.to;
    return { ...item, row };
  });
}

/** What the timeline's filters let through: the chosen target groups and kinds (an empty choice is all). */
export interface TimelineFilter {
  targetGroups: readonly string[];
  kinds: readonly ActivityKind[];
}

export function filterActivities<T extends Pick<TimelineActivity, 'kind' | 'targetGroup'>>(activities: readonly T[], filter: TimelineFilter): T[] {
  return activities.filter(
    (a) => (filter.targetGroups.length === 0 || filter.targetGroups.includes(a.targetGroup)) && (filter.kinds.length === 0 || filter.kinds.includes(a.kind)),
  );
}
