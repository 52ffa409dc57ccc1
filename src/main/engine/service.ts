import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import {
  parseApiCall,
  type ApiEvent,
  type ApiMethod,
  type ApiOutputs,
  type ApiParsedInput,
  type ApiResult,
  type AppInfo,
  type HistoryState,
  type ImportPlanView,
  type ImportSource,
  type NamesPreview,
  type TaskProgress,
  type ProjectSnapshot,
  type RecentProject,
} from '../../core/api/contract';
import { isUserError, UserError } from '../../core/errors';
import { createTranslator, type Language, type Translator } from '../../core/i18n/catalogue';
import { today } from './today';
import { reportViewOf } from '../../core/report/inputs';
import { formatUserError } from '../../core/wording/format-error';
import { analysisOptions } from '../../core/analysis/analyze';
import { checkDeparture, departureScenario } from '../../core/analysis/departure';
import { checkWavePair, compareWaves } from '../../core/analysis/wave-compare';
import type { ProjectData } from '../../core/model/schema';
import { diffProjectData } from '../../core/model/project-patch';
import { summarize } from '../../core/model/summary';
import { sameNetwork } from '../../core/model/same-content';
import { AnalysisRunner, type StagedAnalysis } from './analysis-runner';
import { AppStateStore } from './app-state';
import { PROJECT_EXTENSION } from './project-file';
import { ProjectStore } from './project-store';
import { checkPlanned, inputFilesAt, inputFilesOf, readFiles, readInput, writeOutput, type InputFiles } from './exchange';
import { planImport, type ImportPlan } from '../../core/import/plan';
import { formatOfName, type FileBytes, type FormatId } from '../../core/format/files';
import { decodeMapping, encodeMapping, IMPORT_MAPPING_FORMAT, type ImportMapping } from '../../core/format/tables/mapping';
import { previewTables } from '../../core/format/tables/preview';
import { isSurveyMapping, readSurvey } from '../../core/format/tables/read-survey';
import { decideNames } from '../../core/import/name-groups';
import { writeFileAtomic } from './atomic-write';
import { tableFile } from '../../core/export-tables/table-files';
import { readTextFile } from './text-files';
import { checkWriteTarget } from './write-target';

export interface ServiceOptions {
  /** where the app keeps its own state (language, recent projects) */
  dataDir: string;
  /** the shipped sample project, copied before it is opened so the original stays pristine */
  samplePath: string;
  /** where the sample's working copy and new projects go by default */
  documentsDir: string;
  platform: AppInfo['platform'];
  nativeDialogs: boolean;
  version: string;
  emit: (event: ApiEvent) => void;
  /** the work (n · arcs) up to which betweenness is exact at once, with no estimate first (tests lower it) */
  exactQuickWork?: number;
}

/** Revisions kept for patches: a window is at most a few edits behind. */
const KEPT_VERSIONS = 8;
/** sets of analysis options whose newest analysis is kept */
const KEPT_ANALYSES = 6;
/** the options of the analysis the app's window asks for after every change */
const DEFAULT_ANALYSIS = JSON.stringify({});

export const SAMPLE_FILE_NAME = `Bro Kommune${PROJECT_EXTENSION}`;

type Handlers = { [M in ApiMethod]: (input: ApiParsedInput<M>) => ApiOutputs[M] | Promise<ApiOutputs[M]> };

/**
 * The engine's side of the API contract: one open project at a time, the app's state, and the
 * events that tell the UI to refresh. It runs under plain Node (the Electron worker, the
 * browser-mode server and tests host the same class).
 */
/**
 * The writers of decks, images and reports (pptxgenjs, pdfkit, docx, resvg and the fonts) load
 * when first asked for, not when the engine starts: most sessions never present.
 */
const presentingWriters = {
  deck: () => import('./deck-file'),
  image: () => import('./render-view'),
  report: () => import('./report-file'),
};

export class ProjectService {
  private store: ProjectStore | null = null;
  private revision = 0;
  private readonly analysis: AnalysisRunner<number>;
  /**
   * The newest analysis for each set of options, running or done: started at revision `from`
   * and good for every revision up to `revision` (edits that change nothing it reads).
   */
  private readonly analyses = new Map<string, { from: number; revision: number; data: ProjectData; handle: StagedAnalysis<number> }>();
  /** recent revisions of the open project as read, oldest first: what a change is shown and analysed
   * from, and what a window's changes are worked out against */
  private readonly versions = new Map<number, ProjectData>();
  private versionsOf: string | null = null;
  private readonly appState: AppStateStore;
  /** asked for by `cancelTask`: the import or export under way stops at its next step */
  private cancelled = false;
  private tr: Translator;

  constructor(private readonly opts: ServiceOptions) {
    this.appState = new AppStateStore(opts.dataDir);
    this.analysis = new AnalysisRunner<number>(opts.exactQuickWork);
    this.tr = createTranslator(this.appState.get().language);
  }

  get translator(): Translator {
    return this.tr;
  }

  /**
   * What the app opens when it starts: the given project, else the one open when it last
   * closed, else (on the very first start) the sample.
   */
  startup(project?: string): ProjectSnapshot | null {
    if (project) return this.open(project);
    const last = this.appState.get().lastProject;
    if (last && existsSync(last)) {
      try {
        return this.open(last);
      } catch (e) {
        if (!isUserError(e)) throw e;
        return null;
      }
    }
    return this.appState.firstStart ? this.openSample() : null;
  }

  /** Validates and runs one call; errors come back as data in the user's language. */
  async dispatch(method: string, input: unknown): Promise<ApiResult<unknown>> {
    try {
      const call = parseApiCall(method, input);
      const handler = this.handlers[call.method] as (input: unknown) => unknown;
      return { ok: true, value: await handler(call.input) };
    } catch (e) {
      return { ok: false, error: this.toUserError(e).serialize(this.describe(e)) };
    }
  }

  describe(e: unknown): string {
    return formatUserError(this.toUserError(e), this.tr);
  }

  /** Closes the open project (checkpointing its log into the file) and the analysis thread. */
  shutdown(): void {
    this.store?.close();
    this.store = null;
    void this.analysis.stop();
  }

  readonly handlers: Handlers = {
    getAppInfo: () => this.appInfo(),
    setLanguage: ({ lang }) => {
      this.appState.update((s) => ({ ...s, language: lang }));
      this.setLanguage(lang);
      this.opts.emit({ type: 'language-changed', lang });
      return this.appInfo();
    },
    listRecent: () => this.recent(),
    clearRecent: () => {
      this.appState.update((s) => ({ ...s, recent: [] }));
      return this.recent();
    },
    choosePath: () => {
      throw new UserError('unsupported', 'errors.badArgument', { name: 'choosePath', detail: this.opts.platform });
    },
    getProject: () => (this.store ? this.snapshot(this.store) : null),
    getProjectChanges: ({ since }) => {
      if (!this.store) return { kind: 'none' };
      const project = this.snapshot(this.store);
      const base = this.versions.get(since);
      if (!base) return { kind: 'whole', project };
      const { data, ...header } = project;
      return { kind: 'patch', since, project: header, patch: diffProjectData(base, data) };
    },
    newProject: ({ path, name }) => {
      const store = ProjectStore.create(withExtension(path), name, {});
      return this.adopt(store);
    },
    openProject: ({ path }) => this.open(path),
    openSample: () => this.openSample(),
    closeProject: () => {
      this.store?.close();
      this.store = null;
      this.appState.update((s) => ({ ...s, lastProject: null }));
      this.changed();
      return null;
    },
    saveProjectAs: ({ path, overwrite }) => {
      const store = this.requireStore();
      const copy = store.saveCopy(withExtension(path), overwrite);
      store.close();
      this.store = null;
      return this.open(copy);
    },
    apply: ({ command }) => {
      const result = this.requireStore().apply(command);
      this.changed();
      return { revision: this.revision, created: result.created };
    },
    undo: () => this.step('undo'),
    redo: () => this.step('redo'),
    analyze: async ({ groupBy, wave, tieTypes, after }) => {
      const entry = this.analysisOf({ groupBy, wave, tieTypes });
      // `after` an answer of this analysis: wait for its next stage; after one of an analysis
      // the project has since left behind: this one's first answer is news
      const known = after !== undefined && after.revision >= entry.from && after.revision <= entry.revision;
      const answer = await entry.handle.answer(known ? after.stage : null);
      return { revision: answer.tag === entry.from ? entry.revision : answer.tag, result: answer.text, stage: answer.stage, complete: answer.complete };
    },
    analysisProgress: ({ groupBy, wave, tieTypes }) => {
      const entry = this.analyses.get(JSON.stringify({ groupBy, wave, tieTypes }));
      const progress = entry?.handle.current().progress;
      return entry && progress ? { revision: entry.revision, ...progress } : null;
    },
    departure: (departure) => {
      const data = this.read(this.requireStore());
      const options = analysisOptions(data.settings.analysis, {});
      const checked = checkDeparture(data, departure, { persons: 'persons', organisation: 'organisation' });
      return { revision: this.revision, scenario: departureScenario(data, options, checked) };
    },
    compareWaves: async ({ a, b }) => {
      const data = this.read(this.requireStore());
      const [waveA, waveB] = checkWavePair(data, a, b, 'waves');
      const options = analysisOptions(data.settings.analysis, {});
      // on the analysis thread, each wave under its own set of options: a newer request for the
      // same wave replaces an older one, so the answer may be of a later revision than asked
      const run = (wave: string) => this.analysis.run(JSON.stringify({ compare: wave }), this.revision, data, { ...options, wave }).complete();
      const [answerA, answerB] = await Promise.all([run(waveA), run(waveB)]);
      // two answers of different revisions are compared only once both are of the newest
      if (answerA.tag !== answerB.tag) return this.handlers.compareWaves({ a, b });
      const revision = answerA.tag;
      return { revision, comparison: compareWaves(this.versions.get(revision) ?? data, answerA.result(), answerB.result()) };
    },
    previewErasure: ({ id }) => this.requireStore().previewErasure(id),
    erasePerson: ({ id }) => {
      const erased = this.requireStore().erasePerson(id);
      this.forgetVersions();
      return { revision: this.revision, erased };
    },
    previewCompaction: ({ keepDays }) => this.requireStore().previewCompaction(keepDays),
    compactHistory: ({ keepDays }) => {
      const compacted = this.requireStore().compactHistory(keepDays);
      this.forgetVersions();
      return { revision: this.revision, compacted };
    },
    previewImport: async ({ source, format, mapping, intoNew }) => {
      const input = this.filesOf(source, format);
      if (input.format === 'csv' || input.format === 'xlsx') {
        const preview = await previewTables(input.files, input.format, mapping);
        const into = intoNew || !this.store ? null : this.read(this.store);
        return { ...preview, names: await namesPreview(input.files, input.format, preview.mapping, into) };
      }
      // a graph file or a project has no tables to map: the wizard goes straight to the check
      return { file: input.name, format: input.format, sheets: [], mapping: mapping ?? emptyMapping(), values: {}, fields: {}, names: null };
    },
    readMapping: ({ path }) => decodeMapping(readTextFile(path), basename(path)),
    saveMapping: ({ path, mapping, overwrite }) => {
      const target = resolve(path.toLowerCase().endsWith('.json') ? path : `${path}.json`);
      if (!overwrite && existsSync(target)) throw new UserError('conflict', 'errors.exists', { file: target });
      checkWriteTarget(target, basename(target));
      writeFileAtomic(target, Buffer.from(encodeMapping(mapping), 'utf8'), basename(target));
      return { path: target };
    },
    planImport: async (request) => viewOf(await this.plannedImport(request)),
    applyImport: async (request) => {
      const planned = await this.plannedImport(request);
      this.progress('import', 'write', planned.name);
      if (request.newProject) {
        // a new project starts as the file's data, written whole or not at all
        const store = ProjectStore.create(withExtension(request.newProject.path), request.newProject.name, {}, {
          ...planned.data,
          meta: { ...planned.data.meta, name: request.newProject.name },
        });
        this.adopt(store);
      } else {
        this.requireStore().applyImport(planned.plan.commands, planned.plan.targets, planned.name);
        this.changed();
      }
      this.progress('import', 'done', planned.name);
      return { revision: this.revision, plan: viewOf(planned) };
    },
    exportProject: async (request) => {
      const store = this.requireStore();
      const data = this.read(store);
      this.cancelled = false;
      const file = basename(request.path);
      const analysis = request.withAnalysis ? (await this.analysisOf({}).handle.complete()).result() : null;
      this.checkCancelled();
      this.progress('export', 'write', file);
      // the map as the window shows it, where the window sent it (a saved arrangement is what it shows)
      const out = await writeOutput(request.positions ? { ...data, positions: request.positions } : data, request.path, {
        lang: this.tr.lang,
        analysis,
        danishExcel: request.danishExcel,
        scripts: request.withScripts,
        pseudonymise: request.pseudonymise ? { organisations: request.organisations } : null,
        projectPath: store.path,
        ...(request.format ? { format: request.format } : {}),
        ...(request.pseudonymise ? { codes: store.pseudonyms() } : {}),
        ...(request.pseudonymise && request.keyFile !== undefined ? { keyFile: request.keyFile } : {}),
      });
      this.progress('export', 'done', file);
      return { format: out.format, written: out.written };
    },
    exportDeck: async (request) => {
      const store = this.requireStore();
      const { writeDeck } = await presentingWriters.deck();
      const out = await writeDeck(this.read(store), {
        file: request.path,
        t: createTranslator(request.lang),
        date: today(),
        ...(request.views ? { views: request.views } : {}),
        pseudonyms: request.pseudonymise ? store.pseudonyms() : null,
      });
      return { file: out.file, format: out.format, slides: out.slides };
    },
    exportImage: async (request) => {
      const store = this.requireStore();
      const { writeRender } = await presentingWriters.image();
      const out = await writeRender(this.read(store), request.path, {
        t: createTranslator(request.lang),
        date: today(),
        view: request.view ?? null,
        state: request.state ?? null,
        positions: request.positions ?? null,
        scale: request.scale,
        transparent: request.transparent,
        pseudonyms: request.pseudonymise ? store.pseudonyms() : null,
      });
      return { file: out.file, format: out.format };
    },
    previewReport: async (request) => {
      const store = this.requireStore();
      const { makeReportDocument, reportMap } = await presentingWriters.report();
      const { document, shown, analysis } = await makeReportDocument(this.read(store), {
        t: createTranslator(request.lang),
        date: today(),
        ...(request.views ? { views: request.views } : {}),
        pseudonyms: request.pseudonymise ? store.pseudonyms() : null,
      });
      // the preview shows the maps the files will have, drawn by the same renderer
      const draw = reportMap(shown, request.lang, analysis);
      const maps: Record<string, string> = {};
      for (const s of document.sections)
        for (const b of s.blocks) if (b.kind === 'map') maps[b.view] = await draw(reportViewOf(shown, b.view), { width: 1200, height: 864 });
      return { document, maps };
    },
    exportReport: async (request) => {
      const store = this.requireStore();
      const { writeReport } = await presentingWriters.report();
      const out = await writeReport(this.read(store), {
        file: request.path,
        t: createTranslator(request.lang),
        date: today(),
        ...(request.views ? { views: request.views } : {}),
        pseudonyms: request.pseudonymise ? store.pseudonyms() : null,
      });
      return out;
    },
    cancelTask: () => {
      this.cancelled = true;
      return null;
    },
    // an analysis table goes to the file named, with its format's extension; the path prompt never
    // replaces a file (a native dialog has asked first)
    saveTable: async ({ path, format, table, overwrite }) => {
      const target = resolve(path.toLowerCase().endsWith(`.${format}`) ? path : `${path}.${format}`);
      if (!overwrite && existsSync(target)) throw new UserError('conflict', 'errors.exists', { file: target });
      checkWriteTarget(target, basename(target));
      writeFileAtomic(target, await tableFile(table, format, this.tr.lang), basename(target));
      return { path: target };
    },
  };

  /** The files an import request names: a path here, or the bytes of what was dropped on the window. */
  private filesOf(source: ImportSource, format?: FormatId): InputFiles {
    if ('path' in source) return inputFilesAt(source.path, format);
    const bytes = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));
    if ('folder' in source)
      return inputFilesOf(
        source.folder,
        source.files.map((f) => ({ name: `${source.folder}/${f.name}`, bytes: bytes(f.base64) })),
        true,
        format,
      );
    return inputFilesOf(source.name, [{ name: source.name, bytes: bytes(source.base64) }], false, format);
  }

  /**
   * An import request read and planned against the open project, or against an empty one when it
   * goes into a new project; nothing is written.
   */
  private async plannedImport(request: ApiParsedInput<'planImport'>): Promise<PlannedImport> {
    this.cancelled = false;
    // a survey's names are matched against the project the import goes into
    const current = request.newProject || !this.store ? null : this.read(this.store);
    const opts = {
      ...(request.format ? { format: request.format } : {}),
      ...(request.mapping ? { mapping: request.mapping } : {}),
      into: current,
      matchNames: request.matchNames,
    };
    const pathName = 'path' in request.source ? basename(request.source.path) : 'folder' in request.source ? request.source.folder : request.source.name;
    this.progress('import', 'read', pathName);
    const input =
      'path' in request.source && request.source.path.toLowerCase().endsWith(PROJECT_EXTENSION)
        ? await readInput(request.source.path, opts)
        : await readFiles(this.filesOf(request.source, request.format), opts);
    this.checkCancelled();
    this.progress('import', 'check', input.name);
    const into = current ?? emptyLike(input.data);
    const plan = planImport(into, input.data, {
      updateById: request.newProject ? false : request.updateById,
      removeMissing: request.newProject ? false : request.removeMissing,
      tables: input.tables,
      ...(input.places ? { addOnly: input.places.derived } : {}),
    });
    this.checkCancelled();
    if (!request.newProject && this.store) checkPlanned(this.store, input, plan);
    return {
      name: input.name,
      format: input.format,
      plan,
      data: input.data,
      ...(input.names ? { names: input.names, skippedRows: input.skippedRows ?? 0 } : {}),
    };
  }

  private progress(task: TaskProgress['task'], phase: TaskProgress['phase'], file: string): void {
    this.opts.emit({ type: 'progress', task, phase, file });
  }

  private checkCancelled(): void {
    if (!this.cancelled) return;
    this.cancelled = false;
    throw new UserError('cancelled', 'errors.cancelled');
  }

  /**
   * After an erasure or a cleared history: the versions kept in memory (which still hold what
   * was erased) go, and the window reads the project whole again.
   */
  private forgetVersions(): void {
    this.versions.clear();
    this.analyses.clear();
    this.changed();
  }

  /** The sample is copied into the documents folder first, so the shipped file stays pristine. */
  private openSample(): ProjectSnapshot {
    mkdirSync(this.opts.documentsDir, { recursive: true });
    const copy = join(this.opts.documentsDir, SAMPLE_FILE_NAME);
    if (!existsSync(copy)) copyFileSync(this.opts.samplePath, copy);
    return this.open(copy);
  }

  private step(direction: 'undo' | 'redo'): HistoryState {
    const store = this.requireStore();
    const done = direction === 'undo' ? store.undo() : store.redo();
    if (!done)
      throw new UserError(
        direction === 'undo' ? 'nothing-to-undo' : 'nothing-to-redo',
        direction === 'undo' ? 'errors.nothingToUndo' : 'errors.nothingToRedo',
      );
    this.changed();
    return store.historyState();
  }

  private open(path: string): ProjectSnapshot {
    // the project already open is simply shown again; opening it twice would meet our own lock
    if (this.store?.path === resolve(path)) return this.snapshot(this.store);
    // field data is imported, not opened: say so, rather than that it is not a database
    const format = formatOfName(basename(path));
    if (format !== undefined && !path.toLowerCase().endsWith(PROJECT_EXTENSION))
      throw new UserError('unsupported', 'errors.dataNotProject', { file: basename(path), format: `$t(formats.${format})` });
    const store = ProjectStore.open(path, {});
    return this.adopt(store);
  }

  /**
   * The analysis of the open project's current revision under these options: the one already
   * under way when the edits since it began change nothing it reads, else a new one.
   */
  private analysisOf(request: { groupBy?: string | undefined; wave?: string | null | undefined; tieTypes?: string[] | null | undefined }) {
    const optionSet = JSON.stringify({ groupBy: request.groupBy, wave: request.wave, tieTypes: request.tieTypes });
    const data = this.read(this.requireStore());
    const known = this.analyses.get(optionSet);
    if (known && (known.revision === this.revision || sameNetwork(known.data, data))) {
      known.revision = this.revision;
      known.data = data;
      return known;
    }
    const options = analysisOptions(data.settings.analysis, {
      ...(request.groupBy !== undefined ? { groupBy: request.groupBy } : {}),
      wave: request.wave ?? null,
      tieTypes: request.tieTypes ?? null,
    });
    const entry = { from: this.revision, revision: this.revision, data, handle: this.analysis.run(optionSet, this.revision, data, options) };
    this.analyses.delete(optionSet);
    this.analyses.set(optionSet, entry);
    // a few sets of options are kept (grouping, wave, tie types the user switches between)
    const oldest = this.analyses.keys().next().value;
    if (this.analyses.size > KEPT_ANALYSES && oldest !== undefined) this.analyses.delete(oldest);
    // a failed analysis is asked again next time (its failure may have been passing)
    entry.handle.complete().catch(() => {
      if (this.analyses.get(optionSet) === entry) this.analyses.delete(optionSet);
    });
    return entry;
  }

  /** Makes a freshly opened store the current project, closing the previous one. */
  private adopt(store: ProjectStore): ProjectSnapshot {
    if (this.store && this.store.path !== store.path) this.store.close();
    this.store = store;
    this.changed();
    // the window asks for the analysis once it has drawn the map: start it now, beside the drawing
    this.analysisOf({});
    const snapshot = this.snapshot(store);
    this.appState.rememberOpened(store.path, snapshot.data.meta.name);
    return snapshot;
  }

  private read(store: ProjectStore): ProjectData {
    let data = this.versions.get(this.revision);
    if (!data) {
      data = store.read();
      // versions share every record an edit left alone, so keeping a few costs little
      this.versions.set(this.revision, data);
      const oldest = this.versions.keys().next().value;
      if (this.versions.size > KEPT_VERSIONS && oldest !== undefined) this.versions.delete(oldest);
    }
    return data;
  }

  private snapshot(store: ProjectStore): ProjectSnapshot {
    const data = this.read(store);
    return {
      path: store.path,
      fileName: store.fileName,
      formatVersion: store.formatVersion,
      revision: this.revision,
      data,
      summary: summarize(data, this.tr.lang),
      history: store.historyState(),
    };
  }

  private changed(): void {
    // another project, or none: no earlier version is a base for the next one's changes
    if (this.store?.path !== this.versionsOf) {
      this.versions.clear();
      this.versionsOf = this.store?.path ?? null;
    }
    this.revision += 1;
    this.opts.emit({ type: 'project-changed', revision: this.revision, path: this.store?.path ?? null });
    // the window will ask for the analysis of this revision: begin it now, not when it asks
    // (the default options, once a window has asked for them; an edit that changes nothing the
    // analysis reads keeps the one under way)
    if (this.store && this.analyses.has(DEFAULT_ANALYSIS)) this.analysisOf({});
  }

  private requireStore(): ProjectStore {
    if (!this.store) throw new UserError('no-project', 'errors.noProject');
    return this.store;
  }

  private setLanguage(lang: Language): void {
    this.tr = createTranslator(lang);
  }

  private appInfo(): AppInfo {
    return {
      version: this.opts.version,
      language: this.tr.lang,
      platform: this.opts.platform,
      nativeDialogs: this.opts.nativeDialogs,
      documentsDir: this.opts.documentsDir,
    };
  }

  private recent(): RecentProject[] {
    return this.appState.get().recent.map((r) => ({ ...r, exists: existsSync(r.path) }));
  }

  private toUserError(e: unknown): UserError {
    if (isUserError(e)) return e;
    const detail = e instanceof Error ? e.message : String(e);
    return new UserError('io', 'errors.unexpected', { detail });
  }
}

interface PlannedImport {
  name: string;
  format: ImportPlanView['format'];
  plan: ImportPlan;
  /** the file's data as read, which a new project starts as */
  data: ProjectData;
  names?: ImportPlanView['names'];
  skippedRows?: number;
}

/**
 * A survey's names for the wizard, matched against the project the import goes into (none for a
 * new project); null for a file that is no survey. A survey whose sheets cannot be read says why.
 */
async function namesPreview(files: readonly FileBytes[], format: 'csv' | 'xlsx', mapping: ImportMapping, into: ProjectData | null): Promise<NamesPreview | null> {
  if (!isSurveyMapping(mapping)) return null;
  try {
    const survey = await readSurvey(files, format, mapping);
    return survey ? { entries: decideNames(survey, into?.actors ?? [], 'strict').entries, refusal: null } : null;
  } catch (e) {
    if (!isUserError(e)) throw e;
    return { entries: [], refusal: { key: e.key, params: e.params, problems: e.problems } };
  }
}

/** A project with the file's codebooks and settings and none of its records, to plan a new project against. */
const emptyLike = (data: ProjectData): ProjectData => ({ ...data, actors: [], memberships: [], ties: [], forums: [], activities: [], waves: [], positions: {} });

const emptyMapping = (): ImportMapping => ({ format: IMPORT_MAPPING_FORMAT, version: 1, tables: {}, unknownCodes: 'add' });

const viewOf = ({ name, format, plan, names, skippedRows }: PlannedImport): ImportPlanView => ({
  file: name,
  format,
  added: plan.added,
  changed: plan.changed,
  removed: plan.removed,
  codes: plan.codes,
  ...(names ? { names, skippedRows: skippedRows ?? 0 } : {}),
});

const withExtension = (path: string) => (path.toLowerCase().endsWith(PROJECT_EXTENSION) ? path : `${path}${PROJECT_EXTENSION}`);
