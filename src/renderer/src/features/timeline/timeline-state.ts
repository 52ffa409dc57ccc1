import { useMemo, useState } from 'react';
import type { MapHighlight } from '../../../../core/drawing/overlays';
import type { LaneGrouping, TimelineFilter } from '../../../../core/drawing/timeline-layout';
import type { ProjectData } from '../../../../core/model/schema';

/** A mark of the analysis chosen in the list: its key, and the activities it is about. */
export interface ChosenMark {
  key: string;
  activities: readonly string[];
}

/**
 * What the timeline tab remembers while the project is open: the chosen activity, the chosen
 * mark, how lanes are grouped and what is filtered. Kept by the project view, so that the
 * sidebar (table and details), the timeline and the map agree on one choice.
 */
export function useTimelineState() {
  const [selected, setSelected] = useState<string | null>(null);
  const [mark, setMark] = useState<ChosenMark | null>(null);
  const [grouping, setGrouping] = useState<LaneGrouping>('organisation');
  const [filter, setFilter] = useState<TimelineFilter>({ targetGroups: [], kinds: [] });
  // an activity opened from the timeline (a new object each time): its details take the focus
  const [opened, setOpened] = useState<{ id: string } | null>(null);
  return useMemo(
    () => ({
      selected,
      select: (id: string | null) => {
        setSelected(id);
        setOpened(null);
      },
      /** Enter on a bar: chosen, and its details ready for typing */
      open: (id: string) => {
        setSelected(id);
        setOpened({ id });
      },
      opened,
      mark,
      chooseMark: setMark,
      grouping,
      setGrouping,
      filter,
      setFilter,
    }),
    [selected, opened, mark, grouping, filter],
  );
}
export type TimelineState = ReturnType<typeof useTimelineState>;

/**
 * What the map shows while the timeline is open: the owners and contact persons of the chosen
 * activity, or of every activity of the chosen mark.
 */
export function timelineHighlight(data: ProjectData, state: Pick<TimelineState, 'selected' | 'mark'>): MapHighlight | null {
  const ids = state.mark ? state.mark.activities : state.selected ? [state.selected] : [];
  if (ids.length === 0) return null;
  const wanted = new Set(ids);
  const actors = new Set<string>();
  for (const a of data.activities) {
    if (!wanted.has(a.id)) continue;
    for (const o of a.owners) actors.add(o);
    for (const c of a.contacts) actors.add(c);
  }
  return actors.size > 0 ? { actors: [...actors], ties: [] } : null;
}
