import { extname } from 'node:path';
import { UserError } from '../../core/errors';
import type { Translator } from '../../core/i18n/catalogue';
import { mapDrawing, type MapDrawing } from '../../core/drawing/map-drawing';
import { mapSvg } from '../../core/drawing/map-svg';
import type { Positions, ProjectData, SavedView } from '../../core/model/schema';
import type { MapViewState } from '../../core/model/view-state';
import { viewsByName } from '../../core/model/views';
import { writeFileAtomic } from './atomic-write';
import { renderInputs, viewLayout, type RenderInputs } from './render-inputs';
import { svgToPdf } from './render-pdf';
import { svgToPng } from './render-png';

export type RenderFormat = 'svg' | 'png' | 'pdf';

/** The image's width in CSS pixels (points): 1240 at scale 2 is A4's width at 300 dpi. */
export const RENDER_WIDTH = { min: 320, max: 8000, default: 1240 } as const;
/** Landscape, as A4 lies: the height is the width over √2. */
export const heightFor = (width: number): number => Math.round(width / Math.SQRT2);

export interface RenderRequest {
  format: RenderFormat;
  t: Translator;
  /** the day the image is made, YYYY-MM-DD (its source line) */
  date: string;
  /** a saved view by name (or id); none: the map's current state, or the whole network */
  view?: string | null;
  /** the map as the app shows it now, when no saved view is named */
  state?: MapViewState | null;
  positions?: Positions | null;
  width?: number;
  /** PNG pixels per point, 1 to 4 */
  scale?: number;
  /** actors' codes by id (the store's pseudonyms) */
  pseudonyms?: ReadonlyMap<string, string> | null;
  transparent?: boolean;
}

export function renderFormatOf(file: string): RenderFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.svg' || ext === '.png' || ext === '.pdf') return ext.slice(1) as RenderFormat;
  throw new UserError('invalid', 'render.errors.format', { file });
}

/** The saved view a name picks, refused with the names there are. */
export function viewNamed(data: ProjectData, name: string): SavedView {
  const { found } = viewsByName(data.views, [name]);
  const byId = data.views.find((v) => v.id === name);
  const view = found[0] ?? byId;
  if (view) return view;
  if (data.views.length === 0) throw new UserError('not-found', 'render.errors.noViewsAtAll', { name });
  throw new UserError('not-found', 'render.errors.unknownView', { name, names: data.views.map((v) => v.name).join(', ') });
}

/** The drawing of a view (or of the current map), with the analysis and scenario it needs. */
export function drawingOf(data: ProjectData, req: Omit<RenderRequest, 'format'>, inputs: RenderInputs = renderInputs(data)): MapDrawing {
  const width = req.width ?? RENDER_WIDTH.default;
  if (!Number.isInteger(width) || width < RENDER_WIDTH.min || width > RENDER_WIDTH.max)
    throw new UserError('invalid', 'render.errors.width', { value: String(width), min: RENDER_WIDTH.min, max: RENDER_WIDTH.max });
  const view = req.view ? viewNamed(data, req.view) : null;
  const state = view?.state ?? req.state ?? undefined;
  const codes = req.pseudonyms ?? null;
  const pseudonyms = codes ? new Map(data.actors.filter((a) => codes.has(a.id)).map((a) => [a.id as string, { code: codes.get(a.id) ?? a.id, label: a.label }])) : null;
  const { scenario, proposals } = state ? inputs.scenarioOf(state) : { scenario: null, proposals: [] };
  return mapDrawing(data, view, {
    t: req.t,
    width,
    height: heightFor(width),
    date: req.date,
    layout: viewLayout(state ?? null),
    pseudonyms,
    analysis: inputs.analysis,
    scenario,
    proposals,
    background: req.transparent ? null : '#FFFFFF',
    ...(state && !view ? { state } : {}),
    ...(req.positions && !view ? { positions: req.positions } : {}),
  });
}

/** An image of the map as bytes: SVG as written, PNG by resvg, PDF by pdfkit. */
export async function renderView(data: ProjectData, req: RenderRequest): Promise<Uint8Array> {
  const scale = req.scale ?? 1;
  if (!Number.isFinite(scale) || scale < 1 || scale > 4) throw new UserError('invalid', 'render.errors.scale', { value: String(req.scale) });
  const drawing = drawingOf(data, req);
  const svg = mapSvg(drawing);
  if (req.format === 'svg') return new Uint8Array(Buffer.from(svg, 'utf8'));
  if (req.format === 'png') return svgToPng(svg, scale, req.transparent ?? false);
  return svgToPdf(svg, drawing, { title: drawing.title, date: req.date, lang: req.t.lang });
}

/** Writes the image to its file (whole or not at all); the format is the file's extension. */
export async function writeRender(data: ProjectData, file: string, req: Omit<RenderRequest, 'format'>): Promise<{ file: string; format: RenderFormat }> {
  const format = renderFormatOf(file);
  const bytes = await renderView(data, { ...req, format });
  writeFileAtomic(file, bytes);
  return { file, format };
}
