import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_KINDS, filterActivities, layoutTimeline, type ActivityKind, type TimelineLane } from '../../../../core/drawing/timeline-layout';
import type { AnalysisResult } from '../../../../core/analysis/analyze';
import type { WeekWindow } from '../../../../core/drawing/timeline-scale';
import type { ProjectData } from '../../../../core/model/schema';
import { useActions } from '../../app';
import { KindSwatch } from './KindSwatch';
import { MarksList } from './MarksList';
import { plotWidthIn } from './chart-geometry';
import { TimelineChart } from './TimelineChart';
import { TimelineLegend } from './TimelineLegend';
import type { ChartActivity } from './timeline-marks';
import { useTimelineMarks } from './use-timeline-marks';
import type { TimelineState } from './timeline-state';
import './timeline.css';

const GEOMETRY = { rowHeight: 22, rowGap: 4, lanePadding: 5 };

/**
 * The reception timeline: the switch between lanes by organisation and by sector, the filters by
 * target group and kind, the timeline itself, and beside it the analysis's overlaps, gaps and
 * vulnerable activities as sentences; choosing one shows it on the timeline and on the map.
 */
export function TimelineArea({ data, result, state }: { data: ProjectData; result: AnalysisResult | null; state: TimelineState }) {
  const { t, i18n } = useTranslation();
  const actions = useActions();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const scroller = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setWidth(el.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const marks = useTimelineMarks(data, result);
  const { grouping, filter } = state;
  // months are labelled as far apart as their longest label needs, in the reader's language
  const monthGap = Math.max(...[1, 2, 6].flatMap((count) => [t('timeline.axis.monthsBefore', { count }), t('timeline.axis.monthsAfter', { count })]).map((l) => l.length)) * 6.3 + 16;
  const shown = useMemo(() => filterActivities(data.activities, filter), [data.activities, filter]);
  const layout = useMemo(
    () =>
      layoutTimeline(
        { activities: shown, owners: data.actors, sectors: data.codebooks.sectors, grouping, range: data.settings.timeline, lang },
        { ...GEOMETRY, width: plotWidthIn(width), labelGaps: { week: 28, month: monthGap } },
      ),
    [shown, data.actors, data.codebooks.sectors, data.settings.timeline, grouping, lang, width, monthGap],
  );
  const chartActivities = useMemo(() => {
    const labels = new Map(data.actors.map((a) => [a.id as string, a.label]));
    return new Map<string, ChartActivity>(
      shown.map((a) => [
        a.id,
        {
          id: a.id,
          title: a.title,
          kind: a.kind,
          kindLabel: t(`activities.kinds.${a.kind}`),
          window: a.window,
          ownersText: a.owners.map((o) => labels.get(o) ?? o).join(', '),
        },
      ]),
    );
  }, [shown, data.actors, t]);
  // marks of activities filtered away are not shown; a gap shows unless its target group is filtered away
  const shownMarks = useMemo(
    () =>
      (marks ?? []).filter((m) =>
        m.kind === 'gap' ? filter.targetGroups.length === 0 || (m.targetGroup !== null && filter.targetGroups.includes(m.targetGroup.key)) : m.activities.some((a) => chartActivities.has(a)),
      ),
    [marks, filter.targetGroups, chartActivities],
  );
  const activeMark = shownMarks.find((m) => m.key === state.mark?.key) ?? null;
  // a mark chosen in the list is brought into view on the timeline: its first bar, or its gap
  const activeKey = activeMark?.key ?? null;
  const firstActivity = activeMark?.activities[0] ?? null;
  useEffect(() => {
    if (!activeKey) return;
    const selector = firstActivity === null ? `rect.gap-band[data-mark="${CSS.escape(activeKey)}"]` : `g.bar[data-activity="${CSS.escape(firstActivity)}"]`;
    scroller.current?.querySelector(selector)?.scrollIntoView({ block: 'nearest' });
  }, [activeKey, firstActivity]);

  const laneLabel = (lane: TimelineLane) =>
    lane.title.by === 'organisation' ? lane.title.label : lane.title.by === 'sector' ? lane.title.label[lang] : t('timeline.noSector');
  const setWindow = (id: string, window: WeekWindow) => void actions.apply({ type: 'activity.update', id, patch: { window } });
  const toggleKind = (kind: ActivityKind) => {
    const on = filter.kinds.length === 0 ? [...ACTIVITY_KINDS] : [...filter.kinds];
    const next = on.includes(kind) ? on.filter((k) => k !== kind) : [...on, kind];
    state.setFilter({ ...filter, kinds: next.length === ACTIVITY_KINDS.length ? [] : next });
  };
  const kindOn = (kind: ActivityKind) => filter.kinds.length === 0 || filter.kinds.includes(kind);
  const { before, after } = layout.outside;

  return (
    <section className="timeline-area" aria-label={t('timeline.title')} data-testid="timeline">
      <div className="timeline-tools">
        <h2>{t('timeline.title')}</h2>
        <span className="segmented" role="group" aria-label={t('timeline.groupBy')}>
          <button type="button" aria-pressed={grouping === 'organisation'} onClick={() => state.setGrouping('organisation')}>
            {t('timeline.byOrganisation')}
          </button>
          <button type="button" aria-pressed={grouping === 'sector'} onClick={() => state.setGrouping('sector')}>
            {t('timeline.bySector')}
          </button>
        </span>
        <select
          value={filter.targetGroups[0] ?? ''}
          aria-label={t('timeline.targetGroupFilter')}
          onChange={(e) => state.setFilter({ ...filter, targetGroups: e.target.value ? [e.target.value] : [] })}
          name="timelineTargetGroup"
        >
          <option value="">{t('timeline.allTargetGroups')}</option>
          {data.codebooks.targetGroups.map((g) => (
            <option key={g.key} value={g.key}>
              {g.label[lang]}
            </option>
          ))}
        </select>
        <fieldset className="timeline-kinds">
          <legend>{t('timeline.kindFilter')}</legend>
          {ACTIVITY_KINDS.map((k) => (
            <label key={k}>
              <input type="checkbox" checked={kindOn(k)} onChange={() => toggleKind(k)} name={`kind-${k}`} />
              <KindSwatch kind={k} />
              {t(`activities.kinds.${k}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="timeline-body">
        <div className="timeline-scroll" ref={scroller}>
          {data.activities.length === 0 ? (
            <p className="muted timeline-note">{t('timeline.empty')}</p>
          ) : (
            shown.length === 0 && <p className="muted timeline-note">{t('timeline.noneShown')}</p>
          )}
          {/* the axis and arrival even with nothing on them: the wall before the workshop fills it */}
          <TimelineChart
            layout={layout}
            activities={chartActivities}
            laneLabel={laneLabel}
            marks={shownMarks}
            activeMark={activeMark}
            selected={state.selected}
            onSelect={(id) => state.select(id)}
            onOpen={state.open}
            onWindow={setWindow}
          />
          {before.length > 0 && <p className="muted timeline-note">{t('timeline.outsideBefore', { count: before.length })}</p>}
          {after.length > 0 && <p className="muted timeline-note">{t('timeline.outsideAfter', { count: after.length })}</p>}
          {shown.length > 0 && <p className="muted timeline-note">{t('timeline.keysHint')}</p>}
        </div>
        <MarksList marks={marks === null ? null : shownMarks} active={activeMark} onChoose={(m) => state.chooseMark(m && { key: m.key, activities: m.activities })} />
      </div>
      <TimelineLegend />
    </section>
  );
}
