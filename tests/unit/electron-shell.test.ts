import { describe, expect, it } from 'vitest';
import { menuTemplate, type MenuActions } from '../../src/main/menu';
import { createTranslator } from '../../src/core/i18n/catalogue';

// The security guards, the app:// protocol and the IPC gate are in electron-security.test.ts.
const da = createTranslator('da');

describe('the native menus', () => {
  const noop = () => undefined;
  const actions: MenuActions = {
    newProject: noop, open: noop, openRecent: noop, clearRecent: noop, openSample: noop, saveAs: noop,
    importData: noop, exportData: noop, exportImage: noop, findDuplicates: noop, codeInterview: noop, report: noop, printReport: noop, close: noop, undo: noop, redo: noop, setLanguage: noop, about: noop,
  };
  const base = { hasProject: true, recent: [], language: 'da' as const, isMac: false, isDev: false };
  type Item = { label?: string; enabled?: boolean; accelerator?: string; registerAccelerator?: boolean; submenu?: unknown };
  const items = (template: unknown[]): Item[] => template.flatMap((m) => [m as Item, ...(Array.isArray((m as Item).submenu) ? items((m as Item).submenu as unknown[]) : [])]);

  it('are in Danish, with File, Edit, View and Help', () => {
    expect(menuTemplate(da, { ...base, history: null }, actions).map((m) => m.label)).toEqual(['Filer', 'Rediger', 'Vis', 'Hjælp']);
  });

  it('import field data always, and export only with a project open', () => {
    const labels = (hasProject: boolean) => items(menuTemplate(da, { ...base, hasProject, history: null }, actions));
    expect(labels(false).find((i) => i.label === 'Importér feltdata…')?.enabled).not.toBe(false);
    expect(labels(false).find((i) => i.label === 'Eksportér…')?.enabled).toBe(false);
    expect(labels(true).find((i) => i.label === 'Eksportér…')?.enabled).toBe(true);
  });

  it('name the step Undo would undo, and disable Undo and Redo when there is none', () => {
    const withHistory = items(menuTemplate(da, { ...base, history: { undoCount: 2, redoCount: 0, undo: { key: 'history.actorAdd', params: { label: 'Åse' } }, redo: null } }, actions));
    const undo = withHistory.find((i) => i.label?.startsWith('Fortryd'));
    expect(undo).toMatchObject({ label: 'Fortryd tilføj "Åse"', enabled: true, registerAccelerator: false });
    expect(withHistory.find((i) => i.label === 'Gentag')).toMatchObject({ enabled: false });
  });

  it('offer Image of the map in the File menu only with a project open, in both languages', () => {
    const find = (hasProject: boolean, tr = da) => items(menuTemplate(tr, { ...base, hasProject, history: null }, actions)).find((i) => i.label === tr.t('render.dialog.menu'));
    expect(da.t('render.dialog.menu')).toBe('Billede af kortet…');
    expect(find(false)?.enabled).toBe(false);
    expect(find(true)?.enabled).toBe(true);
    expect(find(true, createTranslator('en'))?.label).toBe('Image of the map…');
  });

  it('offer the report and print it (not the window) on Ctrl+P, in the File menu, only with a project open', () => {
    const find = (hasProject: boolean, label: string) => items(menuTemplate(da, { ...base, hasProject, history: null }, actions)).find((i) => i.label === label);
    expect(find(true, 'Rapport …')?.enabled).toBe(true);
    expect(find(false, 'Rapport …')?.enabled).toBe(false);
    expect(find(true, 'Udskriv rapport …')).toMatchObject({ accelerator: 'CmdOrCtrl+P', enabled: true });
    expect(find(false, 'Udskriv rapport …')?.enabled).toBe(false);
  });

  it('offer Find duplicates in the Edit menu only with a project open', () => {
    const find = (hasProject: boolean) => items(menuTemplate(da, { ...base, hasProject, history: null }, actions)).find((i) => i.label === 'Find dubletter …');
    expect(find(false)?.enabled).toBe(false);
    expect(find(true)?.enabled).toBe(true);
  });

  it('offer the interview coding form in the Edit menu, on Ctrl+K, only with a project open', () => {
    const find = (hasProject: boolean) => items(menuTemplate(da, { ...base, hasProject, history: null }, actions)).find((i) => i.label === 'Kod interview …');
    expect(find(false)?.enabled).toBe(false);
    expect(find(true)).toMatchObject({ enabled: true, accelerator: 'CmdOrCtrl+K' });
  });

  it('offer Save As and Close only with a project open', () => {
    const none = items(menuTemplate(da, { ...base, hasProject: false, history: null }, actions));
    expect(none.find((i) => i.label === 'Gem som…')?.enabled).toBe(false);
    expect(none.find((i) => i.label === 'Luk projekt')?.enabled).toBe(false);
  });

  it('list recent projects that still exist', () => {
    const recent = [
      { path: '/a.brobygger', name: 'A', openedAt: '', exists: true },
      { path: '/gone.brobygger', name: 'Gone', openedAt: '', exists: false },
    ];
    const labels = items(menuTemplate(da, { ...base, recent, history: null }, actions)).map((i) => i.label);
    expect(labels).toContain('A — /a.brobygger');
    expect(labels.some((l) => l?.startsWith('Gone'))).toBe(false);
  });
});
