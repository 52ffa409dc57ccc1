import type { i18n } from 'i18next';
import type { BrobyggerApi, ImportSource, ProjectSnapshot } from '../../../core/api/contract';
import type { CommandInput } from '../../../core/commands';
import type { DuplicateScope } from '../../../core/matching/duplicates';
import { isUserError, UserError } from '../../../core/errors';
import { formatOfName } from '../../../core/format/files';
import type { Language } from '../../../core/i18n/catalogue';
import type { Problem } from '../../../core/problems';
import { formatUserError } from '../../../core/wording/format-error';
import { translatorOf } from '../i18n';
import type { AnalysisModel } from '../state/analysis-model';
import type { ProjectModel } from '../state/project-model';
import type { AppStatusStore, PathAnswer, PathPromptRequest } from './app-status';

/**
 * The services and commands every feature may use. They never change while the app runs (they
 * read the app's status when they are called), so a component that uses them is not re-rendered
 * by a change of status; what changes is read with `useAppStatus`.
 */
export interface AppActions {
  api: BrobyggerApi;
  project: ProjectModel;
  analysis: AnalysisModel;
  newProject: () => void;
  openProject: () => void;
  openPath: (path: string) => void;
  openSample: () => void;
  saveAs: () => void;
  close: () => void;
  /** resolves to false when the engine refused the command (the reason is on screen) */
  apply: (command: CommandInput) => Promise<boolean>;
  /**
   * For a field that shows its own refusal beside it: resolves to the problems the rules found
   * (none when the command was applied), worded by the field, and puts no banner up for them.
   * Anything else that goes wrong is shown as `apply` shows it, and resolves to no problems.
   */
  applyAt: (command: CommandInput) => Promise<readonly Problem[]>;
  undo: () => void;
  redo: () => void;
  setLanguage: (lang: Language) => void;
  /** the import wizard: into the open project, or (from the start screen) into a new one */
  openImport: (source?: ImportSource | null) => void;
  openExport: () => void;
  closeExchange: () => void;
  /** the duplicates dialog (with a project open), listing all actors or those of one table */
  openDuplicates: (scope?: DuplicateScope) => void;
  closeDuplicates: () => void;
  /** the interview coding form (with a project open) */
  openCoding: () => void;
  closeCoding: () => void;
  /** the image-of-the-map dialog (with a project open) */
  openImage: () => void;
  closeImage: () => void;
  /** the report dialog with its preview (with a project open); `print`: then print the report */
  openReport: (print?: boolean) => void;
  closeReport: () => void;
  /**
   * Where a file goes or comes from: the platform's dialog, else the path prompt; null when
   * the user cancels.
   */
  askPath: (purpose: AskPurpose, suggestedName?: string) => Promise<string | null>;
}

/** The paths the exchange dialogs ask for. */
export type AskPurpose = 'import' | 'importFolder' | 'export' | 'mappingOpen' | 'mappingSave' | 'keyFile' | 'new' | 'tableCsv' | 'tableXlsx';

export interface AppActionsDeps {
  api: BrobyggerApi;
  project: ProjectModel;
  analysis: AnalysisModel;
  status: AppStatusStore;
  i18n: i18n;
}

type Purpose = 'open' | 'new' | 'saveAs';

const PROMPT_TITLE = { open: 'ui.pathPromptOpen', new: 'ui.pathPromptNew', saveAs: 'ui.pathPromptSaveAs' } as const;
const ASK_TITLE = {
  import: 'exchange.ask.import',
  importFolder: 'exchange.ask.importFolder',
  export: 'exchange.ask.export',
  mappingOpen: 'exchange.ask.mappingOpen',
  mappingSave: 'exchange.ask.mappingSave',
  keyFile: 'exchange.ask.keyFile',
  new: 'ui.pathPromptNew',
  tableCsv: 'exportTables.ask.csv',
  tableXlsx: 'exportTables.ask.xlsx',
} as const;

/** A file one of the import formats reads, not a project. */
const isFieldData = (path: string) => !/\.brobygger$/i.test(path) && formatOfName(path.replace(/^.*[\\/]/, '')) !== undefined;

const nameFromPath = (path: string) => path.replace(/^.*[\\/]/, '').replace(/\.brobygger$/i, '');

export function createAppActions({ api, project, analysis, status, i18n }: AppActionsDeps): AppActions {
  const tr = translatorOf(i18n);
  const describe = (e: unknown) =>
    formatUserError(isUserError(e) ? e : new UserError('io', 'errors.unexpected', { detail: String(e) }), tr, 'form');

  /** Runs an action; a refused action shows why and leaves the screen as it was. */
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    try {
      await action();
      status.setError(null);
      return true;
    } catch (e) {
      status.setError(describe(e));
      return false;
    }
  };

  /**
   * Browser mode: the path prompt, which stays open until a path is taken or the user cancels.
   * A path the engine refuses keeps the prompt open with what was typed and the reason.
   */
  const prompt = (purpose: Purpose, open: (answer: PathAnswer) => Promise<ProjectSnapshot | null>) =>
    new Promise<void>((done) => {
      const dir = status.getState().info?.documentsDir ?? '';
      const current = project.current?.data.meta.name;
      const name = purpose === 'new' ? tr.t('ui.newProjectName') : tr.t('ui.copyOf', { name: current ?? tr.t('ui.newProjectName') });
      const close = () => {
        if (status.getState().prompt === request) status.setPrompt(null);
        done();
      };
      const request: PathPromptRequest = {
        title: tr.t(PROMPT_TITLE[purpose]),
        initialPath: purpose === 'open' ? `${dir}/` : `${dir}/${name}.brobygger`,
        askName: purpose === 'new',
        submit: async (answer) => {
          try {
            project.set(await open(answer));
          } catch (e) {
            return describe(e);
          }
          status.setError(null);
          close();
          return null;
        },
        cancel: close,
      };
      status.setPrompt(request);
    });

  /** Asks where (the platform's file dialog, else the path prompt), then opens the project there. */
  const atChosenPath = (purpose: Purpose, open: (answer: PathAnswer) => Promise<ProjectSnapshot | null>) =>
    run(async () => {
      if (!status.getState().info?.nativeDialogs) return prompt(purpose, open);
      const path = await api.choosePath({ purpose });
      if (path) project.set(await open({ path, name: nameFromPath(path) }));
    });

  /** Browser mode: the path prompt, answered with the path typed (the dialog that asked checks it). */
  const askTyped = (purpose: AskPurpose, suggestedName?: string) =>
    new Promise<string | null>((done) => {
      const dir = status.getState().info?.documentsDir ?? '';
      const close = (path: string | null) => {
        if (status.getState().prompt === request) status.setPrompt(null);
        done(path);
      };
      const request: PathPromptRequest = {
        title: tr.t(ASK_TITLE[purpose]),
        initialPath: `${dir}/${suggestedName ?? ''}`,
        askName: false,
        submit: ({ path }) => {
          close(path);
          return Promise.resolve(null);
        },
        cancel: () => close(null),
      };
      status.setPrompt(request);
    });

  return {
    api,
    project,
    analysis,
    openImport: (source = null) => status.setExchange({ kind: 'import', source, into: project.current ? 'open' : 'new' }),
    openExport: () => {
      if (project.current) status.setExchange({ kind: 'export' });
    },
    closeExchange: () => status.setExchange(null),
    openDuplicates: (scope = 'all') => {
      if (project.current) status.setDuplicates(scope);
    },
    closeDuplicates: () => status.setDuplicates(null),
    openCoding: () => {
      if (project.current) status.setCoding(true);
    },
    closeCoding: () => status.setCoding(false),
    openImage: () => {
      if (project.current) status.setImage(true);
    },
    closeImage: () => status.setImage(false),
    openReport: (print = false) => {
      if (project.current) status.setReport({ print });
    },
    closeReport: () => status.setReport(null),
    askPath: (purpose, suggestedName) =>
      status.getState().info?.nativeDialogs
        ? api.choosePath({ purpose, ...(suggestedName !== undefined ? { suggestedName } : {}) })
        : askTyped(purpose, suggestedName),
    newProject: () => void atChosenPath('new', (answer) => api.newProject(answer)),
    openProject: () =>
      void atChosenPath('open', async ({ path }) => {
        // a file of field data chosen to open goes to the import wizard, which is how it gets in
        if (isFieldData(path)) {
          status.setPrompt(null);
          status.setExchange({ kind: 'import', source: { path }, into: project.current ? 'open' : 'new' });
          return project.current;
        }
        return api.openProject({ path });
      }),
    openPath: (path) => void run(async () => project.set(await api.openProject({ path }))),
    openSample: () => void run(async () => project.set(await api.openSample({}))),
    // a native dialog has asked before replacing a file; the path prompt never replaces one
    saveAs: () =>
      void atChosenPath('saveAs', ({ path }) => api.saveProjectAs({ path, overwrite: Boolean(status.getState().info?.nativeDialogs) })),
    close: () =>
      void run(async () => {
        await api.closeProject({});
        status.setCoding(false);
        status.setReport(null);
        project.set(null);
      }),
    apply: (command) => run(() => api.apply({ command })),
    applyAt: async (command) => {
      try {
        await api.apply({ command });
        status.setError(null);
        return [];
      } catch (e) {
        if (isUserError(e) && e.code === 'invalid' && e.problems.length > 0) {
          status.setError(null);
          return e.problems;
        }
        status.setError(describe(e));
        return [];
      }
    },
    undo: () => void run(() => api.undo({})),
    redo: () => void run(() => api.redo({})),
    setLanguage: (lang) =>
      void run(async () => {
        status.setInfo(await api.setLanguage({ lang }));
        await i18n.changeLanguage(lang);
      }),
  };
}
