import { describe, expect, it, vi } from 'vitest';
import type { AppInfo, BrobyggerApi, ProjectSnapshot } from '../../src/core/api/contract';
import { UserError } from '../../src/core/errors';
import { messageRef } from '../../src/core/i18n/catalogue';
import { createAppActions } from '../../src/renderer/src/app/app-actions';
import { AppStatusStore } from '../../src/renderer/src/app/app-status';
import { createI18n } from '../../src/renderer/src/i18n';
import { AnalysisModel } from '../../src/renderer/src/state/analysis-model';
import { ProjectModel } from '../../src/renderer/src/state/project-model';

const INFO: AppInfo = { version: '0', language: 'da', platform: 'browser', nativeDialogs: false, documentsDir: '/home/ane/Dokumenter' };

const snapshot = (path: string) => ({ path, fileName: path.replace(/^.*\//, ''), revision: 1, data: { meta: { name: 'Bro' } } }) as unknown as ProjectSnapshot;

/** The app's actions over an API that has only the methods a test gives it. */
function setUp(api: Partial<BrobyggerApi>, lang: 'da' | 'en' = 'da') {
  const full = api as BrobyggerApi;
  const status = new AppStatusStore();
  const project = new ProjectModel(full);
  const actions = createAppActions({ api: full, project, analysis: new AnalysisModel(full), status, i18n: createI18n(lang) });
  return { actions, status, project };
}

const missingFolder = () => new UserError('io', 'errors.io', { file: '/nope/x.brobygger', action: messageRef('errors.ioWrite'), detail: 'no such folder' });

describe("the app's actions", () => {
  it('keep the path prompt open when the path is refused, with the reason worded in the user\'s language, and close it once a path is taken', async () => {
    const saveProjectAs = vi.fn<BrobyggerApi['saveProjectAs']>().mockRejectedValueOnce(missingFolder()).mockResolvedValueOnce(snapshot('/home/ane/Dokumenter/Kopi.brobygger'));
    const { actions, status, project } = setUp({ saveProjectAs }, 'en');
    status.setInfo(INFO);
    actions.saveAs();
    const prompt = status.getState().prompt;
    if (!prompt) throw new Error('no prompt');
    expect(prompt.initialPath).toBe('/home/ane/Dokumenter/New project (copy).brobygger');
    expect(await prompt.submit({ path: '/nope/x.brobygger', name: 'x' })).toBe('/nope/x.brobygger could not be written: no such folder.');
    expect(status.getState().prompt).toBe(prompt);
    expect(status.getState().error).toBeNull();
    expect(await prompt.submit({ path: '/home/ane/Dokumenter/Kopi.brobygger', name: 'Kopi' })).toBeNull();
    expect(status.getState().prompt).toBeNull();
    expect(project.current?.path).toBe('/home/ane/Dokumenter/Kopi.brobygger');
    expect(saveProjectAs).toHaveBeenLastCalledWith({ path: '/home/ane/Dokumenter/Kopi.brobygger', overwrite: false });
  });

  it('read the app info when they run, so the same actions serve before and after it changes', async () => {
    const choosePath = vi.fn<BrobyggerApi['choosePath']>().mockResolvedValue(null);
    const { actions, status } = setUp({ choosePath });
    status.setInfo(INFO);
    actions.openProject();
    expect(status.getState().prompt?.initialPath).toBe('/home/ane/Dokumenter/');
    status.getState().prompt?.cancel();
    expect(status.getState().prompt).toBeNull();
    // the desktop app has file dialogs: the very same action now uses them
    status.setInfo({ ...INFO, nativeDialogs: true });
    actions.openProject();
    await vi.waitFor(() => expect(choosePath).toHaveBeenCalledWith({ purpose: 'open' }));
    expect(status.getState().prompt).toBeNull();
  });

  it('show a refused command as the error, in Danish, and clear it on the next that succeeds', async () => {
    const apply = vi.fn<BrobyggerApi['apply']>().mockRejectedValueOnce(new UserError('nothing-to-undo', 'errors.nothingToUndo')).mockResolvedValueOnce({ revision: 2, created: [] });
    const { actions, status } = setUp({ apply });
    expect(await actions.apply({ type: 'project.update', patch: { name: 'x' } })).toBe(false);
    expect(status.getState().error).toBe('Der er intet at fortryde.');
    expect(await actions.apply({ type: 'project.update', patch: { name: 'y' } })).toBe(true);
    expect(status.getState().error).toBeNull();
  });

  it('hand a field the problems the rules refused its command with, and put up no banner for them', async () => {
    const problem = { path: ['code', 'entry', 'label', 'da'], key: 'rules.codeLabelInUse', params: { label: 'Kommune' } } as const;
    const apply = vi
      .fn<BrobyggerApi['apply']>()
      .mockRejectedValueOnce(new UserError('invalid', 'errors.invalidCommand', { count: 1 }, [problem]))
      .mockRejectedValueOnce(new UserError('nothing-to-undo', 'errors.nothingToUndo'))
      .mockResolvedValueOnce({ revision: 2, created: [] });
    const { actions, status } = setUp({ apply });
    expect(await actions.applyAt({ type: 'project.update', patch: { name: 'x' } })).toEqual([problem]);
    expect(status.getState().error).toBeNull();
    // what is not a rule's refusal is shown as any other error is
    expect(await actions.applyAt({ type: 'project.update', patch: { name: 'x' } })).toEqual([]);
    expect(status.getState().error).toBe('Der er intet at fortryde.');
    expect(await actions.applyAt({ type: 'project.update', patch: { name: 'y' } })).toEqual([]);
    expect(status.getState().error).toBeNull();
  });

  it('take a file of field data chosen to open to the import wizard instead of refusing it as no project', async () => {
    const openProject = vi.fn<BrobyggerApi['openProject']>();
    const { actions, status } = setUp({ openProject });
    status.setInfo(INFO);
    actions.openProject();
    expect(await status.getState().prompt?.submit({ path: '/home/ane/Dokumenter/feltdata.xlsx', name: 'feltdata' })).toBeNull();
    expect(status.getState().prompt).toBeNull();
    expect(status.getState().exchange).toEqual({ kind: 'import', source: { path: '/home/ane/Dokumenter/feltdata.xlsx' }, into: 'new' });
    expect(openProject).not.toHaveBeenCalled();
  });

  it('ask for a path in browser mode with the prompt, answered with what was typed, or null when cancelled', async () => {
    const { actions, status } = setUp({});
    status.setInfo(INFO);
    const asked = actions.askPath('export', 'Bro.gexf');
    expect(status.getState().prompt?.initialPath).toBe('/home/ane/Dokumenter/Bro.gexf');
    await status.getState().prompt?.submit({ path: '/tmp/Bro.gexf', name: '' });
    expect(await asked).toBe('/tmp/Bro.gexf');
    const cancelled = actions.askPath('keyFile');
    status.getState().prompt?.cancel();
    expect(await cancelled).toBeNull();
  });
});
