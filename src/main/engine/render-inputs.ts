import { analysisOptions, analyze, type AnalysisResult } from '../../core/analysis/analyze';
import { departureScenario } from '../../core/analysis/departure';
import { overlayOfScenario, type ProposedTie, type ScenarioOverlay } from '../../core/drawing/overlays';
import type { Point, Positions, ProjectData } from '../../core/model/schema';
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

export function renderInputs(data: ProjectData): RenderInputs {
  let analysis: AnalysisResult | null = null;
  const options = analysisOptions(data.settings.analysis);
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
 * INTERIM: where actors without a position are drawn, until the `layout` branch's
 * computeLayout (src/core/layout/) is merged: on a circle, in the order of their ids, so the same
 * project gives the same image.
 */
export function circleLayout(data: ProjectData): Positions {
  const ids = data.actors.map((a) => a.id as string).sort();
  const out: Record<string, Point> = {};
  const r = Math.max(150, ids.length * 5);
  ids.forEach((id, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, ids.length);
    out[id] = { x: Math.round(r * Math.cos(angle) * 100) / 100, y: Math.round(r * Math.sin(angle) * 100) / 100 };
  });
  return out;
}
