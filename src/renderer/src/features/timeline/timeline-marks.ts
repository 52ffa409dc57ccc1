import type { ActivityGap } from '../../../../core/analysis/activities';
import { weeksWording } from '../../../../core/analysis/activity-findings';
import type { AnalysisResult } from '../../../../core/analysis/analyze';
import type { Wording } from '../../../../core/analysis/wording';
import { compositeKey } from '../../../../core/model/pairs';
import type { ActivityKind } from '../../../../core/drawing/timeline-layout';
import type { WeekWindow } from '../../../../core/drawing/timeline-scale';

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
 * The analysis's findings about the timeline placed on it: an overlap on its activities and the
 * weeks they share, a gap on its target group's row and its empty weeks, a person-dependent or
 * single-link activity on its bar. Each keeps its finding's sentence and recommendation, worded by
 * `say`. A gap's finding names no element, so it is matched to the gap it words by its target
 * group and weeks; a finding with nothing to place (the count of those left out) is left out.
 */
export function marksOf(result: AnalysisResult, say: (w: Wording) => string, groupLabel: (key: string) => string): TimelineMark[] {
  const { overlaps, gaps } = result.activities;
  const out: TimelineMark[] = [];
  const group = (key: string) => ({ key, label: groupLabel(key) });
  for (const f of result.findings) {
    const activities = f.elements.activities as readonly string[];
    const words = { sentence: say(f.message), recommendation: say(f.recommendation) };
    if (f.kind === 'activity-overlap' && activities.length > 0) {
      const overlap = overlaps.find((o) => sameSet(o.activities, activities));
      out.push({
        key: `overlap:${compositeKey([...activities].sort())}`,
        kind: 'overlap',
        activities,
        window: overlap ? overlap.window : null,
        targetGroup: overlap ? group(overlap.targetGroup) : null,
        ...words,
      });
    } else if (f.kind === 'activity-gap') {
      const gap = gaps.find((g) => sameJson(f.message.params, gapParams(g)));
      if (gap)
        out.push({
          key: `gap:${compositeKey([gap.targetGroup, String(gap.from), String(gap.to)])}`,
          kind: 'gap',
          activities: [],
          window: { from: gap.from, to: gap.to },
          targetGroup: group(gap.targetGroup),
          ...words,
        });
    } else if ((f.kind === 'activity-person-dependent' || f.kind === 'activity-single-link') && activities.length > 0) {
      const kind = f.kind === 'activity-person-dependent' ? 'personDependent' : 'singleLink';
      out.push({ key: `${kind}:${compositeKey([...activities])}`, kind, activities, window: null, targetGroup: null, ...words });
    }
  }
  return out;
}

/** The parameters the gap finding's sentence is made with (activity-findings.ts), to recognise it by. */
const gapParams = (g: ActivityGap) => ({ count: g.weeks, group: { targetGroup: g.targetGroup }, weeks: weeksWording(g.from, g.to) });

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Equal as data: the same keys with the same values, whatever their order. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
