import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  filterActivities,
  layoutTimeline,
  type ActivityKind,
  type TimelineActivity,
  type TimelineGeometry,
  type TimelineInput,
  type TimelineOwner,
} from '../../src/core/drawing/timeline-layout';
import { axisTicks, dragWindow, shiftWindow, spanOf, timelineScale, WEEKS_PER_MONTH } from '../../src/core/drawing/timeline-scale';
import { KIND_STYLE } from '../../src/core/drawing/timeline-style';

// The default range (two months before arrival to six after) on 360 pixels: 36 weeks, 10 px a week,
// so week w starts at x = (w + 9) * 10 and arrival (week 0) is at x = 90.
const RANGE = { from: -9, to: 26 };
const GEOMETRY: TimelineGeometry = { width: 360, rowHeight: 20, rowGap: 4, lanePadding: 5 };
const SECTORS = [
  { key: 'municipality', label: { da: 'Kommune', en: 'Municipality' } },
  { key: 'civil_society', label: { da: 'Civilsamfund', en: 'Civil society' } },
];
const OWNERS: TimelineOwner[] = [
  { id: 'jc', label: 'Jobcenter', sector: 'municipality' },
  { id: 'bs', label: 'Borgerservice', sector: 'municipality' },
  { id: 'rk', label: 'Røde Kors', sector: 'civil_society' },
  { id: 'oi', label: 'Ørsted Idræt', sector: 'civil_society' },
  { id: 'df', label: 'Dansk Flygtningehjælp', sector: 'civil_society' },
  { id: 'fx', label: 'Frivilliggruppen', sector: null },
];

let n = 0;
const act = (owners: string[], from: number, to: number, title = `a${++n}`, kind: ActivityKind = 'offer', targetGroup = 'all'): TimelineActivity => ({
  id: title,
  title,
  kind,
  owners,
  targetGroup,
  window: { from, to },
});
const input = (activities: TimelineActivity[], grouping: TimelineInput['grouping'] = 'organisation'): TimelineInput => ({
  activities,
  owners: OWNERS,
  sectors: SECTORS,
  grouping,
  range: RANGE,
  lang: 'da',
});

describe('the timeline scale', () => {
  const scale = timelineScale(RANGE, 360);

  it('puts a window from the start of its first week to the end of its last, so a one-week window is one week wide', () => {
    expect(spanOf({ from: 0, to: 3 }, scale)).toEqual({ x: 90, width: 40, clippedStart: false, clippedEnd: false, visible: { from: 0, to: 3 } });
    expect(spanOf({ from: 0, to: 0 }, scale)?.width).toBe(10);
  });

  it('cuts a window at the edges of the range and says so, and has no span for one wholly outside it', () => {
    expect(spanOf({ from: -12, to: -8 }, scale)).toEqual({ x: 0, width: 20, clippedStart: true, clippedEnd: false, visible: { from: -9, to: -8 } });
    expect(spanOf({ from: 20, to: 40 }, scale)).toEqual({ x: 290, width: 70, clippedStart: false, clippedEnd: true, visible: { from: 20, to: 26 } });
    expect(spanOf({ from: 27, to: 30 }, scale)).toBeNull();
    expect(spanOf({ from: -20, to: -10 }, scale)).toBeNull();
  });

  it('marks the months before and after arrival at their week, arrival itself, and at 10 px a week labels every fourth week and every second month', () => {
    const ticks = axisTicks(scale);
    const months = ticks.filter((t) => t.kind === 'month');
    expect(months.map((t) => t.months)).toEqual([-2, -1, 1, 2, 3, 4, 5, 6]);
    // two months before arrival is 8.70 weeks before it; six months after is 26.09 weeks after,
    // inside the range, which ends with week 26 (at boundary 27)
    expect(months[0]?.x).toBeCloseTo((9 - 2 * WEEKS_PER_MONTH) * 10, 10);
    expect(months[0]?.x).toBeCloseTo(3.0357, 4);
    expect(months[7]?.x).toBeCloseTo(350.89, 2);
    // a month is 43.5 px here, and a month's label ("2 mdr. før") needs 72
    expect(months.filter((t) => t.labelled).map((t) => t.months)).toEqual([-2, 2, 4, 6]);
    expect(ticks.filter((t) => t.kind === 'arrival')).toEqual([{ kind: 'arrival', boundary: 0, x: 90 }]);
    const weeks = ticks.filter((t) => t.kind === 'week');
    expect(weeks).toHaveLength(37);
    expect(weeks.filter((t) => t.labelled).map((t) => t.boundary)).toEqual([-8, -4, 0, 4, 8, 12, 16, 20, 24]);
    // ticks come in the order they stand
    expect(ticks.map((t) => t.x)).toEqual([...ticks.map((t) => t.x)].sort((a, b) => a - b));
  });

  it('labels every week when there is room, and every 13th on a two-year range at 2.5 px a week', () => {
    expect(axisTicks(timelineScale({ from: -2, to: 5 }, 400)).filter((t) => t.kind === 'week' && t.labelled)).toHaveLength(9);
    expect(axisTicks(timelineScale({ from: -2, to: 5 }, 400)).filter((t) => t.kind === 'month' && t.labelled).map((t) => t.kind === 'month' && t.months)).toEqual([1]);
    const long = axisTicks(timelineScale({ from: -52, to: 51 }, 260)).filter((t) => t.kind === 'week' && t.labelled);
    expect(long.map((t) => t.boundary)).toEqual([-52, -39, -26, -13, 0, 13, 26, 39, 52]);
  });

  it('moves a dragged end to the nearest week boundary, never past the other end', () => {
    const w = { from: 0, to: 3 };
    expect(dragWindow(w, 'to', 123, scale)).toEqual({ from: 0, to: 2 }); // boundary 3: week 2 is the last
    expect(dragWindow(w, 'to', 127, scale)).toEqual({ from: 0, to: 3 });
    expect(dragWindow(w, 'to', 60, scale)).toEqual({ from: 0, to: 0 }); // before its start: one week left
    expect(dragWindow(w, 'from', 10, scale)).toEqual({ from: -8, to: 3 });
    expect(dragWindow(w, 'from', 300, scale)).toEqual({ from: 3, to: 3 });
    expect(dragWindow(w, 'from', -50, scale)).toEqual({ from: -9, to: 3 }); // stopped at the edge shown
    expect(dragWindow(w, 'to', 999, scale)).toEqual({ from: 0, to: 26 });
  });

  it('leaves an end beyond the edge where it was unless it is dragged into view', () => {
    expect(dragWindow({ from: -12, to: -8 }, 'from', 0, scale)).toEqual({ from: -12, to: -8 });
    expect(dragWindow({ from: -12, to: -8 }, 'from', 12, scale)).toEqual({ from: -8, to: -8 });
    expect(dragWindow({ from: 20, to: 40 }, 'to', 355, scale)).toEqual({ from: 20, to: 40 });
    expect(dragWindow({ from: 20, to: 40 }, 'to', 340, scale)).toEqual({ from: 20, to: 24 });
  });

  it('shifts a window by whole weeks, keeping its length, up to the limits of the rules', () => {
    expect(shiftWindow({ from: 0, to: 3 }, 2)).toEqual({ from: 2, to: 5 });
    expect(shiftWindow({ from: 0, to: 3 }, -1)).toEqual({ from: -1, to: 2 });
    expect(shiftWindow({ from: 250, to: 258 }, 10)).toEqual({ from: 252, to: 260 });
    expect(shiftWindow({ from: -100, to: -90 }, -10)).toEqual({ from: -104, to: -94 });
  });
});

describe('the timeline layout', () => {
  it('stacks bars that share a week in a lane, and keeps bars that only touch in one row', () => {
    // [0,3] row 0; [2,5] row 1; [4,8] after [0,3] in row 0; [6,6] after [2,5] in row 1; [3,3] shares week 3 with [0,3] and [2,5]
    const layout = layoutTimeline(input([act(['jc'], 0, 3, 'A'), act(['jc'], 2, 5, 'B'), act(['jc'], 4, 8, 'C'), act(['jc'], 6, 6, 'D'), act(['jc'], 3, 3, 'E')]), GEOMETRY);
    const rowOf = Object.fromEntries(layout.bars.map((b) => [b.activity, b.row]));
    expect(rowOf).toEqual({ A: 0, B: 1, E: 2, C: 0, D: 1 });
    expect(layout.lanes).toHaveLength(1);
    // three rows: 5 + 3 × 20 + 2 × 4 + 5
    expect(layout.lanes[0]).toMatchObject({ key: 'organisation:jc', y: 0, height: 78, rows: 3 });
    const c = layout.bars.find((b) => b.activity === 'C');
    expect(c).toMatchObject({ x: 130, width: 50, y: 5, height: 20, kind: 'offer', clippedStart: false, clippedEnd: false });
    expect(layout.bars.find((b) => b.activity === 'E')?.y).toBe(5 + 2 * 24);
    expect(layout.height).toBe(78);
  });

  it('orders organisation lanes by sector as the codebook has them, then by name the Danish way, owners without a sector last', () => {
    const layout = layoutTimeline(
      input([act(['oi'], 0, 1), act(['fx'], 0, 1), act(['rk'], 0, 1), act(['jc'], 0, 1), act(['df'], 0, 1), act(['bs'], 0, 1)]),
      GEOMETRY,
    );
    expect(layout.lanes.map((l) => (l.title.by === 'organisation' ? l.title.label : l.title.by))).toEqual([
      'Borgerservice',
      'Jobcenter',
      'Dansk Flygtningehjælp',
      'Røde Kors',
      'Ørsted Idræt',
      'Frivilliggruppen',
    ]);
    // one row each: 5 + 20 + 5
    expect(layout.lanes.map((l) => l.y)).toEqual([0, 30, 60, 90, 120, 150]);
  });

  it('draws a shared activity in each owner’s lane, and once in a sector both owners belong to', () => {
    const shared = act(['jc', 'rk'], 0, 4, 'shared');
    const municipal = act(['jc', 'bs'], 2, 6, 'municipal');
    const unsorted = act(['fx'], 1, 1, 'unsorted');
    const byOrganisation = layoutTimeline(input([shared, municipal, unsorted]), GEOMETRY);
    expect(byOrganisation.bars.filter((b) => b.activity === 'shared').map((b) => b.lane)).toEqual(['organisation:jc', 'organisation:rk']);
    expect(byOrganisation.bars.filter((b) => b.activity === 'municipal').map((b) => b.lane)).toEqual(['organisation:bs', 'organisation:jc']);
    expect(new Set(byOrganisation.bars.map((b) => b.key)).size).toBe(byOrganisation.bars.length);

    const bySector = layoutTimeline(input([shared, municipal, unsorted], 'sector'), GEOMETRY);
    expect(bySector.lanes.map((l) => l.title)).toEqual([
      { by: 'sector', key: 'municipality', label: SECTORS[0]?.label },
      { by: 'sector', key: 'civil_society', label: SECTORS[1]?.label },
      { by: 'noSector' },
    ]);
    expect(bySector.bars.filter((b) => b.activity === 'municipal')).toHaveLength(1);
    expect(bySector.bars.filter((b) => b.activity === 'shared').map((b) => b.lane)).toEqual(['sector:municipality', 'sector:civil_society']);
    // in the municipality's lane, "municipal" (weeks 2–6) shares weeks with "shared" (0–4)
    expect(bySector.lanes[0]?.rows).toBe(2);
  });

  it('cuts bars at the edges, counts activities wholly outside the range, and gives no lane to them', () => {
    const layout = layoutTimeline(input([act(['jc'], -12, -8, 'early'), act(['jc'], 20, 40, 'long'), act(['rk'], 30, 35, 'late'), act(['rk'], -20, -10, 'before')]), GEOMETRY);
    expect(layout.bars.map((b) => [b.activity, b.x, b.width, b.clippedStart, b.clippedEnd])).toEqual([
      ['early', 0, 20, true, false],
      ['long', 290, 70, false, true],
    ]);
    expect(layout.outside).toEqual({ before: ['before'], after: ['late'] });
    expect(layout.lanes.map((l) => l.key)).toEqual(['organisation:jc']);
    expect(layout.arrival).toBe(90);
  });

  it('has no arrival line when the range shown lies wholly after arrival', () => {
    const layout = layoutTimeline({ ...input([act(['jc'], 5, 8)]), range: { from: 4, to: 20 } }, GEOMETRY);
    expect(layout.arrival).toBeNull();
    expect(layout.ticks.some((t) => t.kind === 'arrival')).toBe(false);
  });

  it('filters by target group and kind, an empty choice letting everything through', () => {
    const list = [act(['jc'], 0, 1, 'x', 'authority', 'families'), act(['jc'], 0, 1, 'y', 'offer', 'women'), act(['jc'], 0, 1, 'z', 'activity', 'families')];
    expect(filterActivities(list, { targetGroups: [], kinds: [] }).map((a) => a.id)).toEqual(['x', 'y', 'z']);
    expect(filterActivities(list, { targetGroups: ['families'], kinds: [] }).map((a) => a.id)).toEqual(['x', 'z']);
    expect(filterActivities(list, { targetGroups: ['families'], kinds: ['activity', 'offer'] }).map((a) => a.id)).toEqual(['z']);
  });

  it('never puts two bars that share a week in one row, and uses no more rows than the most bars sharing a week', () => {
    const windows = fc.array(fc.tuple(fc.integer({ min: -30, max: 40 }), fc.integer({ min: 0, max: 20 }), fc.constantFrom('jc', 'rk', 'fx')), { maxLength: 40 });
    fc.assert(
      fc.property(windows, (ws) => {
        const activities = ws.map(([from, length, owner], i) => act([owner], from, from + length, `p${i}`));
        const layout = layoutTimeline(input(activities), GEOMETRY);
        const inRange = activities.filter((a) => a.window.to >= RANGE.from && a.window.from <= RANGE.to);
        expect(layout.bars).toHaveLength(inRange.length);
        expect(layout.outside.before.length + layout.outside.after.length + inRange.length).toBe(activities.length);
        for (const lane of layout.lanes) {
          const bars = layout.bars.filter((b) => b.lane === lane.key);
          const weeks = (b: (typeof bars)[number]) => [Math.round(b.x / 10) - 9, Math.round((b.x + b.width) / 10) - 10] as const;
          for (const a of bars)
            for (const b of bars) if (a !== b && a.row === b.row) expect(weeks(a)[1] < weeks(b)[0] || weeks(b)[1] < weeks(a)[0]).toBe(true);
          let most = 0;
          for (let w = RANGE.from; w <= RANGE.to; w++) most = Math.max(most, bars.filter((b) => weeks(b)[0] <= w && w <= weeks(b)[1]).length);
          expect(lane.rows).toBe(Math.max(1, most));
          for (const b of bars) {
            expect(b.x).toBeGreaterThanOrEqual(0);
            expect(b.x + b.width).toBeLessThanOrEqual(360 + 1e-9);
            expect(b.y).toBeGreaterThanOrEqual(lane.y);
            expect(b.y + b.height).toBeLessThanOrEqual(lane.y + lane.height);
          }
        }
      }),
    );
  });
});

describe('the kinds’ colours', () => {
  const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  // relative luminance and contrast as WCAG 2 defines them
  const luminance = (hex: string) => {
    const [r = 0, g = 0, b = 0] = channels(hex).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
  };

  it('differ in lightness enough to be told apart in greyscale print', () => {
    const fills = Object.values(KIND_STYLE).map((s) => s.fill);
    for (const a of fills) for (const b of fills) if (a !== b) expect(contrast(a, b)).toBeGreaterThan(1.4);
  });

  it('carry their titles legibly (contrast of at least 4.5 to 1)', () => {
    for (const style of Object.values(KIND_STYLE)) expect(contrast(style.fill, style.text)).toBeGreaterThanOrEqual(4.5);
  });
});
