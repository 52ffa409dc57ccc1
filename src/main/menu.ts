import type { MenuItemConstructorOptions } from 'electron';
import type { HistoryState, RecentProject } from '../core/api/contract';
import { paramsIn, type Language, type Translator } from '../core/i18n/catalogue';

export interface MenuState {
  hasProject: boolean;
  history: HistoryState | null;
  recent: readonly RecentProject[];
  language: Language;
  isMac: boolean;
  isDev: boolean;
}

export interface MenuActions {
  newProject: () => void;
  open: () => void;
  openRecent: (path: string) => void;
  clearRecent: () => void;
  openSample: () => void;
  saveAs: () => void;
  /** the import wizard and the export dialog open in the renderer */
  importData: () => void;
  exportData: () => void;
  /** the image-of-the-map dialog opens in the renderer */
  exportImage: () => void;
  /** the duplicates dialog opens in the renderer */
  findDuplicates: () => void;
  /** the interview coding form opens in the renderer */
  codeInterview: () => void;
  /** the report dialog opens in the renderer; print: it prints the report once its preview is made */
  report: () => void;
  printReport: () => void;
  close: () => void;
  /** undo and redo go to the renderer, which knows whether a text field has the focus */
  undo: () => void;
  redo: () => void;
  setLanguage: (lang: Language) => void;
  about: () => void;
}

/**
 * The native menus, built from state so they are rebuilt (not mutated) when the project, its
 * history or the language changes. Undo and Redo show their accelerators but do not register
 * them: the keys reach the renderer, which undoes text in a field or a step in the project.
 */
export function menuTemplate(tr: Translator, s: MenuState, a: MenuActions): MenuItemConstructorOptions[] {
  const undoLabel = s.history?.undo ? tr.t('menu.undoWhat', { what: tr.t(s.history.undo.key, paramsIn(s.history.undo.params, tr.lang)) }) : tr.t('menu.undo');
  const redoLabel = s.history?.redo ? tr.t('menu.redoWhat', { what: tr.t(s.history.redo.key, paramsIn(s.history.redo.params, tr.lang)) }) : tr.t('menu.redo');
  const recent: MenuItemConstructorOptions[] = s.recent
    .filter((r) => r.exists)
    .map((r) => ({ label: `${r.name} — ${r.path}`, click: () => a.openRecent(r.path) }));

  const file: MenuItemConstructorOptions = {
    label: tr.t('menu.file'),
    submenu: [
      { label: tr.t('menu.new'), accelerator: 'CmdOrCtrl+N', click: a.newProject },
      { label: tr.t('menu.open'), accelerator: 'CmdOrCtrl+O', click: a.open },
      {
        label: tr.t('menu.openRecent'),
        submenu: [
          ...recent,
          ...(recent.length ? [{ type: 'separator' as const }] : []),
          { label: tr.t('menu.clearRecent'), enabled: recent.length > 0, click: a.clearRecent },
        ],
      },
      { label: tr.t('menu.openSample'), click: a.openSample },
      { type: 'separator' },
      { label: tr.t('menu.saveAs'), accelerator: 'CmdOrCtrl+Shift+S', enabled: s.hasProject, click: a.saveAs },
      { label: tr.t('menu.import'), accelerator: 'CmdOrCtrl+I', click: a.importData },
      { label: tr.t('menu.export'), accelerator: 'CmdOrCtrl+E', enabled: s.hasProject, click: a.exportData },
      { label: tr.t('render.dialog.menu'), enabled: s.hasProject, click: a.exportImage },
      { type: 'separator' },
      { label: tr.t('report.dialog.menu'), enabled: s.hasProject, click: a.report },
      { label: tr.t('report.dialog.printMenu'), accelerator: 'CmdOrCtrl+P', enabled: s.hasProject, click: a.printReport },
      { type: 'separator' },
      { label: tr.t('menu.close'), accelerator: 'CmdOrCtrl+W', enabled: s.hasProject, click: a.close },
      ...(s.isMac ? [] : [{ type: 'separator' as const }, { label: tr.t('menu.quit'), role: 'quit' as const }]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: tr.t('menu.edit'),
    submenu: [
      {
        label: undoLabel,
        accelerator: 'CmdOrCtrl+Z',
        registerAccelerator: false,
        enabled: (s.history?.undoCount ?? 0) > 0,
        click: a.undo,
      },
      {
        label: redoLabel,
        accelerator: s.isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y',
        registerAccelerator: false,
        enabled: (s.history?.redoCount ?? 0) > 0,
        click: a.redo,
      },
      { type: 'separator' },
      { label: tr.t('menu.cut'), role: 'cut' },
      { label: tr.t('menu.copy'), role: 'copy' },
      { label: tr.t('menu.paste'), role: 'paste' },
      { label: tr.t('menu.selectAll'), role: 'selectAll' },
      { type: 'separator' },
      { label: tr.t('merge.dialog.open'), enabled: s.hasProject, click: a.findDuplicates },
      { label: tr.t('coding.open'), accelerator: 'CmdOrCtrl+K', enabled: s.hasProject, click: a.codeInterview },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: tr.t('menu.view'),
    submenu: [
      ...(s.isDev ? [{ label: tr.t('menu.reload'), role: 'reload' as const }, { role: 'toggleDevTools' as const }] : []),
      { label: tr.t('menu.zoomIn'), role: 'zoomIn' },
      { label: tr.t('menu.zoomOut'), role: 'zoomOut' },
      { label: tr.t('menu.resetZoom'), role: 'resetZoom' },
      { type: 'separator' },
      { label: tr.t('menu.fullscreen'), role: 'togglefullscreen' },
      { type: 'separator' },
      {
        label: tr.t('menu.language'),
        submenu: (['da', 'en'] as const).map((lang) => ({
          label: lang === 'da' ? 'Dansk' : 'English',
          type: 'radio' as const,
          checked: s.language === lang,
          click: () => a.setLanguage(lang),
        })),
      },
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: tr.t('menu.help'),
    role: 'help',
    submenu: [{ label: tr.t('menu.about'), click: a.about }],
  };

  const appMenu: MenuItemConstructorOptions[] = s.isMac
    ? [{ label: tr.t('app.name'), submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'quit' }] }]
    : [];
  return [...appMenu, file, edit, view, help];
}
