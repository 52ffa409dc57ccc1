import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { mainWindowOptions, rendererSource, secureApp, secureSession } from './security';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiEvent, ApiInput, ApiMethod, ApiResult, AppInfo, HistoryState, ProjectUpdate, RecentProject } from '../core/api/contract';
import { UserError } from '../core/errors';
import { createTranslator, DEFAULT_LANGUAGE, type Language, type Translator } from '../core/i18n/catalogue';
import { EXTENSION_OF, FORMAT_IDS } from '../core/format/files';
import { formatUserError } from '../core/wording/format-error';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { EngineClient } from './engine-host';
import { SAMPLE_RESOURCE } from './engine/paths';
import { PROJECT_EXTENSION } from './engine/project-file';
import createEngineWorker from './engine/worker?nodeWorker';
import { EVENT_CHANNEL, registerApiHandler } from './ipc';
import { menuTemplate } from './menu';

/**
 * The Electron main process: composition only. The engine (SQLite, analyses) lives in a worker
 * thread; this thread owns the window, the menus, native dialogs and the IPC gate. Every
 * security rule is in security.ts, app-protocol.ts and ipc.ts, applied here before anything else.
 */
const { entryUrl, devOrigin: DEV_ORIGIN } = rendererSource(app.isPackaged, process.env);
secureApp(app, shell, DEV_ORIGIN);
registerAppScheme(protocol);

const here = dirname(fileURLToPath(import.meta.url));
const rendererDir = join(here, '../renderer');
const preloadPath = join(here, '../preload/index.cjs');
const samplePath = app.isPackaged
  ? join(process.resourcesPath, SAMPLE_RESOURCE)
  : join(here, '../../resources', SAMPLE_RESOURCE);

if (!app.requestSingleInstanceLock()) app.quit();

let engine: EngineClient;
let window: BrowserWindow | null = null;
let tr: Translator = createTranslator(DEFAULT_LANGUAGE);
let menuState = { hasProject: false, history: null as HistoryState | null, recent: [] as RecentProject[] };

async function call<T>(method: ApiMethod, input: unknown): Promise<T | null> {
  const result = (await engine.call(method, input)) as ApiResult<T>;
  if (result.ok) return result.value;
  showError(UserError.fromSerialized(result.error));
  return null;
}

function showError(error: UserError): void {
  dialog.showErrorBox(tr.t('ui.errorTitle'), formatUserError(error, tr));
}

type Purpose = ApiInput<'choosePath'>['purpose'];

/** The files a dialog shows: projects, the field-data formats Brobygger reads and writes, a mapping or a key. */
function filtersFor(purpose: Purpose): Electron.FileFilter[] {
  if (purpose === 'mappingOpen' || purpose === 'mappingSave') return [{ name: tr.t('menu.mappingFilter'), extensions: ['json'] }];
  if (purpose === 'keyFile') return [{ name: tr.t('menu.keyFilter'), extensions: ['csv'] }];
  if (purpose === 'tableCsv') return [{ name: tr.t('exportTables.filter.csv'), extensions: ['csv'] }];
  if (purpose === 'tableXlsx') return [{ name: tr.t('exportTables.filter.xlsx'), extensions: ['xlsx'] }];
  if (purpose !== 'import' && purpose !== 'export') return [{ name: tr.t('menu.projectFilter'), extensions: [PROJECT_EXTENSION.slice(1)] }];
  const data = FORMAT_IDS.map((f) => ({ name: tr.t(`formats.${f}`), extensions: [EXTENSION_OF[f].slice(1)] }));
  return purpose === 'import' ? [{ name: tr.t('menu.dataFilter'), extensions: data.flatMap((d) => d.extensions) }, ...data] : data;
}

/** What a saved file of each purpose ends in, where it is not a project (a table's suggested name has its own already). */
const SAVE_EXTENSION: Partial<Record<Purpose, string>> = { export: '', mappingSave: '.json', keyFile: '.csv', tableCsv: '', tableXlsx: '' };

async function choosePath(purpose: Purpose, suggestedName?: string): Promise<string | null> {
  const info = await call<AppInfo>('getAppInfo', {});
  const filters = filtersFor(purpose);
  const owner = window ?? undefined;
  if (purpose === 'open' || purpose === 'import' || purpose === 'importFolder' || purpose === 'mappingOpen') {
    const properties: Electron.OpenDialogOptions['properties'] = [purpose === 'importFolder' ? 'openDirectory' : 'openFile'];
    const options = { properties, ...(purpose === 'importFolder' ? {} : { filters }), defaultPath: info?.documentsDir };
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }
  const extension = SAVE_EXTENSION[purpose] ?? PROJECT_EXTENSION;
  const defaultPath = join(info?.documentsDir ?? app.getPath('documents'), `${suggestedName ?? 'Projekt'}${extension}`);
  const result = owner
    ? await dialog.showSaveDialog(owner, { filters, defaultPath })
    : await dialog.showSaveDialog({ filters, defaultPath });
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** Calls from the renderer: the native dialog is answered here, everything else by the engine. */
async function handleCall(method: ApiMethod, input: unknown): Promise<ApiResult<unknown>> {
  if (method === 'choosePath') {
    const { purpose, suggestedName } = input as { purpose: Purpose; suggestedName?: string };
    return { ok: true, value: await choosePath(purpose, suggestedName) };
  }
  return engine.call(method, input);
}

const menuActions = {
  newProject: async () => {
    const path = await choosePath('new');
    if (path) await call('newProject', { path, name: basename(path, PROJECT_EXTENSION) });
  },
  open: async () => {
    const path = await choosePath('open');
    if (path) await call('openProject', { path });
  },
  openRecent: (path: string) => void call('openProject', { path }),
  clearRecent: async () => {
    menuState.recent = (await call<RecentProject[]>('clearRecent', {})) ?? [];
    rebuildMenu();
  },
  openSample: () => void call('openSample', {}),
  saveAs: async () => {
    const path = await choosePath('saveAs');
    // the save dialog has already asked before replacing an existing file
    if (path) await call('saveProjectAs', { path, overwrite: true });
  },
  close: () => void call('closeProject', {}),
  importData: () => sendEvent({ type: 'menu', action: 'import' }),
  exportData: () => sendEvent({ type: 'menu', action: 'export' }),
  exportImage: () => sendEvent({ type: 'menu', action: 'image' }),
  findDuplicates: () => sendEvent({ type: 'menu', action: 'duplicates' }),
  codeInterview: () => sendEvent({ type: 'menu', action: 'code' }),
  report: () => sendEvent({ type: 'menu', action: 'report' }),
  printReport: () => sendEvent({ type: 'menu', action: 'print' }),
  undo: () => sendEvent({ type: 'menu', action: 'undo' }),
  redo: () => sendEvent({ type: 'menu', action: 'redo' }),
  setLanguage: (lang: Language) => void call('setLanguage', { lang }),
  about: async () => {
    const info = await call<AppInfo>('getAppInfo', {});
    await dialog.showMessageBox({ message: `${tr.t('app.name')} ${info?.version ?? ''}`, detail: tr.t('app.tagline') });
  },
};

function rebuildMenu(): void {
  const template = menuTemplate(
    tr,
    { ...menuState, language: tr.lang, isMac: process.platform === 'darwin', isDev: DEV_ORIGIN !== undefined },
    {
      ...menuActions,
      newProject: () => void menuActions.newProject(),
      open: () => void menuActions.open(),
      clearRecent: () => void menuActions.clearRecent(),
      saveAs: () => void menuActions.saveAs(),
      about: () => void menuActions.about(),
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function sendEvent(event: ApiEvent): void {
  window?.webContents.send(EVENT_CHANNEL, event);
}

/** the revision the menu and title were last brought up to date with */
let menuRevision = 0;

async function refreshMenuState(): Promise<void> {
  // the changes since the revision last shown: the menu needs only the header, not the whole project
  const result = await engine.call('getProjectChanges', { since: menuRevision });
  const update = result.ok ? (result.value as ProjectUpdate) : null;
  const project = update && update.kind !== 'none' ? update.project : null;
  menuRevision = project?.revision ?? 0;
  const recent = await engine.call('listRecent', {});
  menuState = {
    hasProject: project !== null,
    history: project?.history ?? null,
    recent: recent.ok ? (recent.value as RecentProject[]) : [],
  };
  window?.setTitle(project ? `${project.summary.name} — ${tr.t('app.name')}` : tr.t('app.name'));
  rebuildMenu();
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(preloadPath, tr.t('app.name')));
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    window = null;
  });
  void win.loadURL(entryUrl);
  return win;
}

/** A project file given on the command line (or by the OS when a .brobygger file is opened). */
const projectArgument = (argv: readonly string[]) => argv.slice(1).find((a) => a.toLowerCase().endsWith(PROJECT_EXTENSION));

app.on('second-instance', (_event, argv) => {
  const path = projectArgument(argv);
  if (path) void call('openProject', { path });
  if (window) {
    if (window.isMinimized()) window.restore();
    window.focus();
  }
});

app.on('window-all-closed', () => {
  void engine.shutdown().finally(() => app.quit());
});

void app.whenReady().then(async () => {
  secureSession(session.defaultSession, DEV_ORIGIN);
  serveAppProtocol(protocol, rendererDir);
  engine = new EngineClient(
    createEngineWorker({
      workerData: {
        dataDir: app.getPath('userData'),
        documentsDir: join(app.getPath('documents'), 'Brobygger'),
        samplePath,
        version: app.getVersion(),
      },
    }),
  );
  engine.onEvent((event) => {
    if (event.type === 'language-changed') tr = createTranslator(event.lang);
    sendEvent(event);
    if (event.type !== 'menu') void refreshMenuState();
  });
  const info = await engine.call('getAppInfo', {});
  if (info.ok) tr = createTranslator((info.value as AppInfo).language);

  registerApiHandler(ipcMain, {
    devOrigin: DEV_ORIGIN,
    translator: () => tr,
    call: handleCall,
  });

  const started = await engine.startup(projectArgument(process.argv));
  if (!started.ok) showError(UserError.fromSerialized(started.error));
  window = createWindow();
  await refreshMenuState();
});
