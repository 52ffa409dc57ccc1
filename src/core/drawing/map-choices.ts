import type { AnalysisResult } from '../analysis/analyze';

/** Measures the map can size actors by; they are the analysis' own figures. */
export const SIZE_METRICS = ['none', 'degree', 'betweenness', 'eigenvector', 'strength', 'betweennessValued'] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];
/** The measures on tie strength: offered where the analysis is valued. */
export const VALUED_SIZE_METRICS: ReadonlySet<SizeMetric> = new Set(['strength', 'betweennessValued']);

type ActorRow = AnalysisResult['actors'][number];
const METRIC_VALUE: Record<Exclude<SizeMetric, 'none'>, (a: ActorRow) => number | null> = {
  degree: (a) => a.degree,
  betweenness: (a) => a.betweenness,
  eigenvector: (a) => a.eigenvector,
  strength: (a) => a.valued?.strength ?? null,
  betweennessValued: (a) => a.valued?.betweenness ?? null,
};
/** What actors are sized by: one of the analysis' measures, or an actor attribute defined as a number. */
export type SizeBy = SizeMetric | `attribute:${string}`;

/** The chosen measure per actor, scaled to 0..1 by the largest (0 for all when there is none). */
export function metricShares(result: AnalysisResult | null, metric: SizeMetric): Map<string, number> {
  const out = new Map<string, number>();
  if (!result || metric === 'none') return out;
  const read = METRIC_VALUE[metric];
  const value = (a: ActorRow) => Math.max(0, read(a) ?? 0);
  // a loop, not Math.max(...list): a spread of 100,000 arguments overflows the call stack
  let max = 0;
  for (const a of result.actors) max = Math.max(max, value(a));
  for (const a of result.actors) out.set(a.id, max > 0 ? value(a) / max : 0);
  return out;
}
