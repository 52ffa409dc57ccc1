import { extname } from 'node:path';
import { analysisOptions, type AnalysisResult } from '../../core/analysis/analyze';
import { departureScenario, type DepartureScenario } from '../../core/analysis/departure';
import { compareWaves, type WaveComparison } from '../../core/analysis/wave-compare';
import { UserError } from '../../core/errors';
import { createTranslator, type Translator } from '../../core/i18n/catalogue';
import type { ProjectData, SavedView } from '../../core/model/schema';
import { viewsByName } from '../../core/model/views';
import { pseudonymise } from '../../core/privacy/pseudonymise';
import { replaceNames } from '../../core/privacy/pseudonymise-views';
import { buildReport } from '../../core/report/build';
import type { ReportDocument } from '../../core/report/document';
import { reportDepartures, reportViewOf, reportWavePair } from '../../core/report/inputs';
import { writeFileAtomic } from './atomic-write';
import { slideMap, type SlideMapRenderer } from './deck-map';
import { analyzeOnThreads } from './analysis-stages';
import { appVersion } from './paths';
import { docxReport } from './report-docx';
import { pdfReport } from './report-pdf';

export type ReportFormat = 'pdf' | 'docx';

export interface ReportRequest {
  t: Translator;
  /** the day the report is made, YYYY-MM-DD */
  date: string;
  /** the views drawn as maps, by name (or id), in this order; none: every view (or the whole network when there are none) */
  views?: readonly string[];
  /** actors' codes by id (the store's pseudonyms): every actor by its code, no notes, quotes or sources */
  pseudonyms?: ReadonlyMap<string, string> | null;
  /** the map of a view; by default `reportMap` */
  renderMap?: (data: ProjectData) => SlideMapRenderer;
  /** the app's version for the provenance; by default the package's */
  appVersion?: string;
}

/**
 * The map the report draws of a view, the same in the files and in the app's preview: the
 * drawing model's, as the app, the decks and `brobygger render` draw it. `shown` is already
 * pseudonymised where asked. The report prints its own date, so the map carries none.
 */
export const reportMap = (shown: ProjectData, lang: Translator['lang'], analysis?: AnalysisResult): SlideMapRenderer => slideMap(shown, createTranslator(lang), null, '1970-01-01', analysis);

export function reportFormatOf(file: string): ReportFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.pdf') return 'pdf';
  if (ext === '.docx') return 'docx';
  throw new UserError('invalid', 'report.errors.format', { file });
}

/** The views the maps show: those named (refusing names the project lacks), or all. */
function chosenViews(data: ProjectData, shown: ProjectData, names: readonly string[] | undefined): SavedView[] {
  if (!names || names.length === 0) return shown.views;
  const { found, unknown } = viewsByName(data.views, names);
  const first = unknown[0];
  if (first !== undefined) throw new UserError('not-found', 'views.errors.unknownView', { name: first, names: data.views.map((v) => v.name).join(', ') || '–' });
  // matched by the names the user knows; shown as pseudonymised (the same ids)
  return found.map((v) => shown.views.find((s) => s.id === v.id) ?? v);
}

/**
 * The project as a pseudonymised report shows it: every actor by its code, and no note, quote or
 * source. An activity's title names an offer and is kept, but it may name the organisation
 * that runs it ("Sprogcenter Bros sprogcafé"): the names in it are replaced by their codes too.
 */
function pseudonymisedForReport(data: ProjectData, codes: ReadonlyMap<string, string>): ProjectData {
  const { data: out, key } = pseudonymise(data, codes, { organisations: true });
  const hide = replaceNames(new Map(key.map((k) => [k.id, { code: k.code, label: k.label }])));
  return { ...out, activities: out.activities.map((a) => ({ ...a, title: hide(a.title) })), forums: out.forums.map((f) => ({ ...f, label: hide(f.label) })) };
}

/** The report as a document, with the project as it shows it (pseudonymised when asked). */
export async function makeReportDocument(data: ProjectData, req: ReportRequest): Promise<{ document: ReportDocument; shown: ProjectData; analysis: AnalysisResult }> {
  const codes = req.pseudonyms ?? null;
  const shown = codes ? pseudonymisedForReport(data, codes) : data;
  const views = chosenViews(data, shown, req.views);
  const options = analysisOptions(shown.settings.analysis);
  const result = await analyzeOnThreads(shown, options);
  const departures: DepartureScenario[] = [];
  for (const d of reportDepartures(views, result)) {
    try {
      departures.push(departureScenario(shown, options, d));
    } catch (e) {
      // a view may stage someone the project no longer has: that scenario is left out
      if (!(e instanceof UserError)) throw e;
    }
  }
  const pair = reportWavePair(shown, views);
  let comparison: WaveComparison | null = null;
  if (pair && shown.waves.some((w) => w.id === pair[0]) && shown.waves.some((w) => w.id === pair[1]) && pair[0] !== pair[1])
    comparison = compareWaves(shown, await analyzeOnThreads(shown, { ...options, wave: pair[0] }), await analyzeOnThreads(shown, { ...options, wave: pair[1] }));
  const document = buildReport(
    { data: shown, result, departures, comparison, views, date: req.date, appVersion: req.appVersion ?? appVersion(), pseudonymised: codes !== null, withheldSources: codes ? new Set(data.ties.map((t) => t.evidence.source.trim()).filter(Boolean)).size : 0 },
    req.t,
  );
  return { document, shown, analysis: result };
}

/** The report's bytes as PDF or DOCX. */
export async function makeReport(data: ProjectData, req: ReportRequest & { format: ReportFormat }): Promise<{ bytes: Uint8Array; pages: number | null; document: ReportDocument }> {
  const { document, shown, analysis } = await makeReportDocument(data, req);
  // the maps draw with the analysis the report made, not a second one
  const renderMap = req.renderMap ? req.renderMap(shown) : reportMap(shown, req.t.lang, analysis);
  const viewOf = (id: string) => reportViewOf(shown, id);
  if (req.format === 'pdf') {
    const { bytes, pages } = await pdfReport(document, renderMap, viewOf);
    return { bytes, pages, document };
  }
  return { bytes: await docxReport(document, renderMap, viewOf), pages: null, document };
}

/** Writes the report to its file (whole or not at all); its extension says PDF or DOCX. */
export async function writeReport(data: ProjectData, req: ReportRequest & { file: string }): Promise<{ file: string; format: ReportFormat; pages: number | null }> {
  const format = reportFormatOf(req.file);
  const { bytes, pages } = await makeReport(data, { ...req, format });
  writeFileAtomic(req.file, bytes);
  return { file: req.file, format, pages };
}
