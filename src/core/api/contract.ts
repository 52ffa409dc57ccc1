import * as z from 'zod';
import { CommandSchema } from '../commands';
import { UserError, type SerializedUserError } from '../errors';
import {
  LanguageSchema,
  type Language,
  type MessageKey,
  type MessageParams,
} from '../i18n/catalogue';
import type { AnalysisResult, AnalysisStage } from '../analysis/analyze';
import type { JsonText } from './json-text';
import type { DepartureScenario } from '../analysis/departure';
import type { WaveComparison } from '../analysis/wave-compare';
import type { ReportDocument } from '../report/document';
import { FORMAT_IDS, type FormatId } from '../format/files';
import { ImportMappingSchema, type ImportMapping } from '../format/tables/mapping';
import type { ImportPreview } from '../format/tables/preview';
import { ActorIdSchema, WaveIdSchema } from '../ids';
import type { NameEntry } from '../import/name-groups';
import type { ImportPlan } from '../import/plan';
import type { CompactionPreview, ErasurePreview } from '../model/erasure';
import type { ProjectPatch } from '../model/project-patch';
import { PositionsSchema, type ProjectData } from '../model/schema';
import { MapViewStateSchema } from '../model/view-state';
import type { ProjectSummary } from '../model/summary';
import { ExportTableSchema, TABLE_FILE_FORMATS } from '../export-tables/table';
import type { Problem } from '../problems';
import { parseIn } from '../validation';

/**
 * The one API between the renderer and what lies beneath it. Electron's preload, the main
 * process's IPC handlers, the browser-mode HTTP server and its client shim all speak exactly this:
 * method names, input schemas (parsed at every boundary) and output types.
 */

const ProjectPathSchema = z.string().trim().min(1).max(4096);
const NoInput = z.strictObject({});
/** null: all of the undo history; else the steps older than this many days */
const KeepDaysSchema = z.number().int().min(1).max(36_500).nullable();

/** A file to import: a path on this computer, or the bytes of a file dropped on the window in browser mode. */

const AnalysisStageSchema = z.enum(['structure', 'estimate', 'exact']);
export const ImportSourceSchema = z.union([
  z.strictObject({ path: ProjectPathSchema }),
  z.strictObject({ name: z.string().trim().min(1).max(300), base64: z.string().max(90_000_000) }),
  /** a folder of CSV files dropped on the window: its name and its files' bytes */
  z.strictObject({
    folder: z.string().trim().min(1).max(300),
    files: z.array(z.strictObject({ name: z.string().trim().min(1).max(300), base64: z.string().max(90_000_000) })).min(1).max(50),
  }),
]);
export type ImportSource = z.infer<typeof ImportSourceSchema>;

const ImportRequestSchema = z.strictObject({
  source: ImportSourceSchema,
  format: z.enum(FORMAT_IDS).optional(),
  mapping: ImportMappingSchema.optional(),
  updateById: z.boolean().default(false),
  removeMissing: z.boolean().default(false),
  /** a survey's names that are not exact matches: suggestions taken, the rest new actors (the CLI's `--match-names`);
   * without it, such a name needs a decision in the mapping */
  matchNames: z.boolean().default(false),
  /** into a new project at this path, which starts as the file's data; else into the open project */
  newProject: z.strictObject({ path: ProjectPathSchema, name: z.string().trim().min(1).max(300) }).optional(),
});

export const ApiInputSchemas = {
  getAppInfo: NoInput,
  setLanguage: z.strictObject({ lang: LanguageSchema }),
  listRecent: NoInput,
  clearRecent: NoInput,
  /** Shows the platform's file dialog; only where `AppInfo.nativeDialogs` is true. */
  choosePath: z.strictObject({
    /** import: a file of field data; importFolder: a folder of CSV files; export: where an export goes */
    /** mappingOpen / mappingSave: a saved import mapping; keyFile: where a pseudonym key goes */
    /** tableCsv / tableXlsx: where an analysis table is saved */
    purpose: z.enum(['open', 'new', 'saveAs', 'import', 'importFolder', 'export', 'mappingOpen', 'mappingSave', 'keyFile', 'tableCsv', 'tableXlsx']),
    suggestedName: z.string().max(300).optional(),
  }),
  getProject: NoInput,
  /** the open project as a patch from a revision the caller holds, or whole when that revision is not kept */
  getProjectChanges: z.strictObject({ since: z.number().int().min(0) }),
  newProject: z.strictObject({ path: ProjectPathSchema, name: z.string().trim().min(1).max(300) }),
  openProject: z.strictObject({ path: ProjectPathSchema }),
  openSample: NoInput,
  closeProject: NoInput,
  saveProjectAs: z.strictObject({ path: ProjectPathSchema, overwrite: z.boolean().default(false) }),
  apply: z.strictObject({ command: CommandSchema }),
  undo: NoInput,
  redo: NoInput,
  /** the open project's analysis, for its current revision */
  analyze: z.strictObject({
    groupBy: z.string().trim().min(1).max(100).optional(),
    wave: z.string().max(200).nullable().optional(),
    tieTypes: z.array(z.string().max(60)).max(100).nullable().optional(),
    /** the answer already had: wait for a later stage of that revision's analysis (or a newer revision's) */
    after: z.strictObject({ revision: z.number().int().nonnegative(), stage: AnalysisStageSchema }).optional(),
  }),
  /** how far the open project's running shortest-path pass has come (answers at once) */
  analysisProgress: z.strictObject({
    groupBy: z.string().trim().min(1).max(100).optional(),
    wave: z.string().max(200).nullable().optional(),
    tieTypes: z.array(z.string().max(60)).max(100).nullable().optional(),
  }),
  /** what the open project would lose if these persons, or this organisation, left (nothing is changed) */
  departure: z.union([
    z.strictObject({ persons: z.array(ActorIdSchema).min(1).max(10_000) }),
    z.strictObject({ organisation: ActorIdSchema }),
  ]),
  /** two waves of the open project, each analysed, side by side with what changed between them (nothing is changed) */
  compareWaves: z.strictObject({ a: WaveIdSchema, b: WaveIdSchema }),
  /** what deleting this person completely would remove (nothing is changed) */
  previewErasure: z.strictObject({ id: ActorIdSchema }),
  /** deletes a person from the project, from its undo history and from the file's bytes; cannot be undone */
  erasePerson: z.strictObject({ id: ActorIdSchema }),
  /** what clearing the undo history would drop (nothing is changed) */
  previewCompaction: z.strictObject({ keepDays: KeepDaysSchema }),
  /** drops the undo history, or its steps older than `keepDays`, and rewrites the file without them */
  compactHistory: z.strictObject({ keepDays: KeepDaysSchema }),
  /** a file's tables as the import wizard shows them: first rows, suggested mapping, coded values */
  previewImport: z.strictObject({
    source: ImportSourceSchema,
    format: z.enum(FORMAT_IDS).optional(),
    mapping: ImportMappingSchema.optional(),
    /** a survey's names are matched against no project (a new one), rather than the open one */
    intoNew: z.boolean().default(false),
  }),
  /** a saved import mapping, read and checked */
  readMapping: z.strictObject({ path: ProjectPathSchema }),
  /** saves an import mapping for the next import of the same kind of file (and the CLI's `--mapping`) */
  saveMapping: z.strictObject({ path: ProjectPathSchema, mapping: ImportMappingSchema, overwrite: z.boolean().default(false) }),
  /** what importing a file into the open project would change; its problems, if any, as a refusal (nothing is changed) */
  planImport: ImportRequestSchema,
  /** imports a file into the open project as one undoable step */
  applyImport: ImportRequestSchema,
  /** writes the open project to a path in a format, pseudonymised when asked */
  exportProject: z.strictObject({
    path: ProjectPathSchema,
    format: z.enum(FORMAT_IDS).optional(),
    pseudonymise: z.boolean().default(false),
    organisations: z.boolean().default(false),
    keyFile: ProjectPathSchema.optional(),
    danishExcel: z.boolean().default(false),
    withAnalysis: z.boolean().default(false),
    /** with a CSV set: load_network.R and load_network.py beside it */
    withScripts: z.boolean().default(false),
    /** where the map draws each actor now, for formats that carry the map (GEXF, Pajek) */
    positions: PositionsSchema.optional(),
  }),
  /** the open project's saved views as a presentation (PPTX or PDF by the path's extension) */
  exportDeck: z.strictObject({
    path: ProjectPathSchema,
    lang: LanguageSchema,
    pseudonymise: z.boolean().default(false),
    /** views by name or id, in this order; none: every view */
    views: z.array(z.string().max(200)).max(1_000).optional(),
  }),
  /**
   * An image of the map (SVG, PNG or PDF by the path's extension) with its legend, title and
   * source line: a saved view by name or id, or the map as the window shows it now (its state and
   * where it draws each actor), drawn by the engine's drawing model as `brobygger render` draws it.
   */
  exportImage: z.strictObject({
    path: ProjectPathSchema,
    lang: LanguageSchema,
    pseudonymise: z.boolean().default(false),
    view: z.string().min(1).max(200).optional(),
    state: MapViewStateSchema.optional(),
    positions: PositionsSchema.optional(),
    /** PNG pixels per point */
    scale: z.number().min(1).max(4).default(1),
    transparent: z.boolean().default(false),
  }),
  /** the steering-group report of the open project as a document, with its maps as SVG, for the preview */
  previewReport: z.strictObject({
    lang: LanguageSchema,
    pseudonymise: z.boolean().default(false),
    /** the views drawn as maps, by name or id; none: every view */
    views: z.array(z.string().max(200)).max(1_000).optional(),
  }),
  /** the steering-group report written as PDF or DOCX (by the path's extension) */
  exportReport: z.strictObject({
    path: ProjectPathSchema,
    lang: LanguageSchema,
    pseudonymise: z.boolean().default(false),
    views: z.array(z.string().max(200)).max(1_000).optional(),
  }),
  /** stops the import or export under way at its next step; what it had not written is not written */
  cancelTask: NoInput,
  /** saves an analysis table the app shows (typed rows, headed in the reader's language) as a CSV file or a workbook */
  saveTable: z.strictObject({
    path: ProjectPathSchema,
    format: z.enum(TABLE_FILE_FORMATS),
    table: ExportTableSchema,
    overwrite: z.boolean().default(false),
  }),
} as const;

export type ApiMethod = keyof typeof ApiInputSchemas;
export const API_METHODS = Object.keys(ApiInputSchemas) as ApiMethod[];
export const isApiMethod = (name: string): name is ApiMethod => Object.hasOwn(ApiInputSchemas, name);
export type ApiInput<M extends ApiMethod> = z.input<(typeof ApiInputSchemas)[M]>;
export type ApiParsedInput<M extends ApiMethod> = z.output<(typeof ApiInputSchemas)[M]>;

export interface AppInfo {
  version: string;
  language: Language;
  platform: 'electron' | 'browser';
  nativeDialogs: boolean;
  /** where new projects are suggested (the user's documents folder) */
  documentsDir: string;
}

export interface RecentProject {
  path: string;
  name: string;
  openedAt: string;
  exists: boolean;
}

export interface HistoryLabel {
  key: MessageKey;
  params: MessageParams;
}

export interface HistoryState {
  undoCount: number;
  redoCount: number;
  undo: HistoryLabel | null;
  redo: HistoryLabel | null;
}

export interface ProjectSnapshot {
  path: string;
  fileName: string;
  formatVersion: number;
  /** increases with every change, undo and redo: the renderer's cue to refresh */
  revision: number;
  data: ProjectData;
  summary: ProjectSummary;
  history: HistoryState;
}

/** A snapshot without its data: what a patch comes with. */
export type ProjectHeader = Omit<ProjectSnapshot, 'data'>;

export type ProjectUpdate =
  /** no project is open */
  | { kind: 'none' }
  | { kind: 'whole'; project: ProjectSnapshot }
  /** applied to the data of revision `since` (with `applyProjectPatch`), gives the project's data now */
  | { kind: 'patch'; since: number; project: ProjectHeader; patch: ProjectPatch };

export interface ApplyResult {
  revision: number;
  /** ids the store assigned to elements added without one, in the order they were added */
  created: string[];
}

export interface ApiOutputs {
  getAppInfo: AppInfo;
  setLanguage: AppInfo;
  listRecent: RecentProject[];
  clearRecent: RecentProject[];
  choosePath: string | null;
  getProject: ProjectSnapshot | null;
  getProjectChanges: ProjectUpdate;
  newProject: ProjectSnapshot;
  openProject: ProjectSnapshot;
  openSample: ProjectSnapshot;
  closeProject: null;
  saveProjectAs: ProjectSnapshot;
  apply: ApplyResult;
  undo: HistoryState;
  redo: HistoryState;
  /** `complete` false: a later stage follows (ask again with `after`); `result.power.dyads` holds
   * the dyads with a score or a linking tie only (the CLI's `analyze --json` has every tie's); the
   * result comes as its JSON text, written once on the analysis thread (json-text.ts) */
  analyze: { revision: number; result: JsonText<AnalysisResult>; stage: AnalysisStage; complete: boolean };
  analysisProgress: { revision: number; stage: Exclude<AnalysisStage, 'structure'>; done: number } | null;
  departure: { revision: number; scenario: DepartureScenario };
  compareWaves: { revision: number; comparison: WaveComparison };
  previewErasure: ErasurePreview;
  erasePerson: { revision: number; erased: ErasurePreview };
  previewCompaction: CompactionPreview;
  compactHistory: { revision: number; compacted: CompactionPreview };
  previewImport: ImportPreview & { names: NamesPreview | null };
  readMapping: ImportMapping;
  saveMapping: { path: string };
  planImport: ImportPlanView;
  applyImport: { revision: number; plan: ImportPlanView };
  exportProject: { format: FormatId; written: string[] };
  exportDeck: { file: string; format: 'pptx' | 'pdf'; slides: number };
  exportImage: { file: string; format: 'svg' | 'png' | 'pdf' };
  /** the report and, by the id a map block names, the SVG of that map */
  previewReport: { document: ReportDocument; maps: Record<string, string> };
  exportReport: { file: string; format: 'pdf' | 'docx'; pages: number | null };
  cancelTask: null;
  saveTable: { path: string };
}

/**
 * The check every transport makes before a call reaches the engine: a known method and an
 * input its schema accepts. Throws a UserError naming the method and the bad fields.
 */
export function parseApiCall(method: string, input: unknown): { method: ApiMethod; input: unknown } {
  if (!isApiMethod(method))
    throw new UserError('invalid', 'errors.badArgument', { name: 'method', detail: method.slice(0, 100) });
  const parsed = parseIn(ApiInputSchemas[method], input, [method]);
  if (!parsed.ok)
    throw new UserError('invalid', 'errors.invalidCommand', { count: parsed.problems.length }, parsed.problems);
  return { method, input: parsed.value };
}

/** The typed API as the renderer uses it. */
export type BrobyggerApi = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutputs[M]> };

/** What a handler returns across a transport: errors travel as data, never as stack traces. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: SerializedUserError };

export const MenuActionSchema = z.enum(['undo', 'redo', 'import', 'export', 'duplicates', 'code', 'report', 'print', 'image']);
export type MenuAction = z.infer<typeof MenuActionSchema>;

/**
 * A survey's names as the wizard's names step shows them, matched against the project the import
 * goes into: each name with its best candidates and what the mapping decides for it; or, when
 * the survey's sheets cannot be read, why (as a refusal to word where it is shown).
 */
export interface NamesPreview {
  entries: NameEntry[];
  refusal: { key: MessageKey; params: MessageParams; problems: Problem[] } | null;
}

/** What an import would do (src/core/import/plan.ts), as the wizard shows it. */
export interface ImportPlanView {
  /** the file's name and the format it was read as */
  file: string;
  format: FormatId | 'project';
  added: ImportPlan['added'];
  changed: ImportPlan['changed'];
  removed: ImportPlan['removed'];
  codes: ImportPlan['codes'];
  /** for a survey: every name in it and what it becomes */
  names?: NameEntry[];
  /** for a survey: the rows left out because a name in them is skipped */
  skippedRows?: number;
}

/** How far an import or export has come, for a progress bar. */
export interface TaskProgress {
  task: 'import' | 'export';
  phase: 'read' | 'check' | 'write' | 'done';
  file: string;
}

export type ApiEvent =
  | { type: 'project-changed'; revision: number; path: string | null }
  | ({ type: 'progress' } & TaskProgress)
  | { type: 'language-changed'; lang: Language }
  | { type: 'menu'; action: MenuAction };

/**
 * The transport the renderer is handed: the preload object in Electron, the HTTP shim in browser
 * mode. It carries calls and events; `createApiClient` gives it the typed API's shape.
 */
export interface BrobyggerBridge {
  readonly platform: 'electron' | 'browser';
  invoke<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<ApiOutputs[M]>>;
  /** returns the function that unsubscribes */
  onEvent(listener: (event: ApiEvent) => void): () => void;
}

export function createApiClient(bridge: BrobyggerBridge): BrobyggerApi {
  const call =
    <M extends ApiMethod>(method: M) =>
    async (input: ApiInput<M>): Promise<ApiOutputs[M]> => {
      const result = await bridge.invoke(method, input);
      if (result.ok) return result.value;
      throw UserError.fromSerialized(result.error);
    };
  const api: Partial<Record<ApiMethod, unknown>> = {};
  for (const method of API_METHODS) api[method] = call(method);
  return api as BrobyggerApi;
}
