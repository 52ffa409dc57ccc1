import { mapDrawing } from '../../core/drawing/map-drawing';
import { mapSvg } from '../../core/drawing/map-svg';
import type { AnalysisResult } from '../../core/analysis/analyze';
import type { Translator } from '../../core/i18n/catalogue';
import type { ProjectData, SavedView } from '../../core/model/schema';
import { renderInputs, viewLayout } from './render-inputs';

/**
 * The map of one slide as SVG, with its legend: the drawing model's (src/core/drawing), so a
 * slide shows the map as the app and `brobygger render` draw it. The slide sets its own title and
 * source line, so the drawing leaves them off. The deck writers take the SVG from here.
 */
/**
 * The height, in drawing units, a slide's map is drawn at: the legend of a departure (every section)
 * fits in one column, and its text is about 7 points on a 16:9 slide.
 */
export const SLIDE_MAP_HEIGHT = 700;

export type SlideMapRenderer = (view: SavedView, size: { width: number; height: number }) => Promise<string> | string;

export function slideMap(data: ProjectData, t: Translator, pseudonyms: ReadonlyMap<string, { code: string; label: string }> | null, date: string, analysis?: AnalysisResult): SlideMapRenderer {
  // one analysis for every slide of the deck
  const inputs = renderInputs(data, analysis);
  return (view, { width, height }) => {
    const { scenario, proposals } = inputs.scenarioOf(view.state);
    return mapSvg(mapDrawing(data, view, { t, width, height, date, layout: viewLayout(view.state), pseudonyms, analysis: inputs.analysis, scenario, proposals, frame: false }));
  };
}
