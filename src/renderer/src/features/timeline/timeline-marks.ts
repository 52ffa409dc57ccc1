import { useMemo } from 'react';
import type { AnalysisResult } from '../../../../core/analysis/analyze';
import type { ActivityKind } from '../../../../core/drawing/timeline-layout';
import type { WeekWindow } from '../../../../core/drawing/timeline-scale';
import type { ProjectData } from '../../../../core/model/schema';

/** What the chart shows of an activity, worded for the reader. */
export interface ChartActivity {
  id: string;
  title: string;
  kind: ActivityKind;
  kindLabel: string;
  window: WeekWindow;
  /** its owners' names, joined */
  ownersText: string;
}

export type MarkKind = 'overlap' | 'gap' | 'personDependent' | 'singleLink';

/** One of the analysis's findings about the timeline, placed on it and worded. */
export interface TimelineMark {
  /** the finding's own key, so a choice survives a re-analysis */
  key: string;
  kind: MarkKind;
  /** the activities it is about (none for a gap) */
  activities: readonly string[];
  /** the weeks it is about (an overlap's shared weeks, a gap's empty ones) */
  window: WeekWindow | null;
  /** the target group of a gap or an overlap */
  targetGroup: { key: string; label: string } | null;
  sentence: string;
  recommendation: string;
}

/**
 * The analysis's findings about the timeline as marks, worded in the reader's language; null
 * while there is no analysis yet. (Until the activities analysis exists there are none.)
 */
export function useTimelineMarks(data: ProjectData, result: AnalysisResult | null): TimelineMark[] | null {
  return useMemo(() => (result && data.activities.length >= 0 ? [] : null), [data, result]);
}
