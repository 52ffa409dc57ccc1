import type { AnalysisState } from '../../state/analysis-model';
import { usePanelText } from './panel-parts';

/**
 * Says how far a large network's analysis has come: at first the all-pairs measures
 * (betweenness, closeness), the bonding permutation test and the collaborations' κ and λ still
 * being computed; then betweenness estimated, with its bound, while the exact values are
 * computed, and how much of that pass is done; then, on a larger valued network, the figures on
 * tie strength still being computed. Nothing once all is exact.
 */
export function MeasuresNote({ analysis }: { analysis: AnalysisState }) {
  const { say, nums } = usePanelText();
  const latest = analysis.latest;
  if (!latest || latest.complete) return null;
  const method = latest.result.measures.betweenness;
  const progress = analysis.progress && analysis.progress.revision === latest.revision ? analysis.progress : null;
  // after the exact figures, only those on tie strength can still be on their way
  const onlyValued = latest.stage === 'exact' && latest.result.measures.valuedPaths?.method === 'pending';
  const parts = [
    onlyValued
      ? say('panels.measures.valuedPending')
      : method.method === 'approximate'
        ? say('panels.measures.estimated', { epsilon: nums.num(method.epsilon, 3), confidence: nums.pct(1 - method.delta) })
        : say(latest.stage === 'structure' ? 'panels.measures.pendingFirstAnswer' : 'panels.measures.pending'),
  ];
  // the pass on strengths reports its progress as the exact pass' (it runs as one on the threads)
  if (progress && progress.stage === 'exact') parts.push(say(onlyValued ? 'panels.measures.valuedProgress' : 'panels.measures.exactProgress', { done: nums.pct(progress.done) }));
  return (
    <p className="panels-measures muted" data-testid="measures-note" data-stage={latest.stage} aria-live="polite">
      {parts.join(' · ')}
    </p>
  );
}
