import { analysisOptions, analyze, type AnalysisResult } from '../../core/analysis/analyze';
import { departureScenario } from '../../core/analysis/departure';
import { overlayOfScenario, type ProposedTie, type ScenarioOverlay } from '../../core/drawing/overlays';
import { computeLayout } from '../../core/layout';
import type { Positions, ProjectData } from '../../core/model/schema';
import type { MapViewState } from '../../core/model/view-state';

/**
 * What a drawing of the map needs beyond the project and the view, worked out here because it is
 * analysis, not drawing: the analysis (sizes, fragile ties, key persons, findings), a departure
 * scenario's marks and the resilience plan's suggested ties. One analysis serves every view drawn
 * from the same project (a deck's slides).
 */
export interface RenderInputs {
  analysis: AnalysisResult | null;
  scenarioOf(state: MapViewState): { scenario: ScenarioOverlay | null; proposals: ProposedTie[] };
}

/** `known`: the project's analysis with its settings when the caller has it already (the report), so it is not run twice. */
export function renderInputs(data: ProjectData, known?: AnalysisResult): RenderInputs {
  let analysis: AnalysisResult | null = known ?? null;
  const options = analysisOptions(data.settings.analysis);
  if (!known)
    try {
      analysis = data.ties.length > 0 ? analyze(data, options) : null;
    } catch {
      // an image of the map is still an image without the analysis' marks
      analysis = null;
    }
  return {
    analysis,
    scenarioOf(state) {
      const e = state.emphasis;
      if (e?.kind !== 'departure') return { scenario: null, proposals: [] };
      const ids = new Set<string>(data.actors.map((a) => a.id));
      const departure = 'organisation' in e.departure ? e.departure : { persons: e.departure.persons.filter((p) => ids.has(p)) };
      if ('organisation' in departure ? !ids.has(departure.organisation) : departure.persons.length === 0) return { scenario: null, proposals: [] };
      const scenario = overlayOfScenario(departureScenario(data, options, departure), data.ties);
      const proposals = e.proposals ? (analysis?.resiliencePlan ?? []).flatMap((a) => (a.kind === 'introduce' ? [{ source: a.persons[0], target: a.persons[1] }] : [])) : [];
      return { scenario, proposals };
    },
  };
}

/**
 * Where a view draws actors that have no position of their own: core's layout of the view's
 * kind (computeLayout, the one the app's map uses), persons inside their organisations when the
 * view draws them so. The same project gives the same image.
 */
export function viewLayout(state: MapViewState | null): (data: ProjectData) => Positions {
  return (data) => computeLayout(data, state?.layout ?? 'force', { compound: state?.compound ?? false });
}
