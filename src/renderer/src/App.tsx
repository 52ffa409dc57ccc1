import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, BrobyggerApi } from '../../core/api/contract';
import type { CommandInput } from '../../core/commands';
import { isUserError, UserError } from '../../core/errors';
import type { Language } from '../../core/i18n/catalogue';
import { formatUserError } from '../../core/i18n/format-error';
import type { Connection } from './bridge/api';
import { ErrorBanner } from './components/ErrorBanner';
import { PathPrompt, type PathPromptRequest } from './components/PathPrompt';
import { ProjectView } from './features/project/ProjectView';
import { StartScreen } from './features/start/StartScreen';
import { translatorOf } from './i18n';
import { AnalysisModel } from './state/analysis-model';
import { ProjectModel } from './state/project-model';

export interface AppActions {
  api: BrobyggerApi;
  analysis: AnalysisModel;
  info: AppInfo | null;
  newProject: () => void;
  openProject: () => void;
  openPath: (path: string) => void;
  openSample: () => void;
  saveAs: () => void;
  close: () => void;
  apply: (command: CommandInput) => Promise<boolean>;
  undo: () => void;
  redo: () => void;
  setLanguage: (lang: Language) => void;
}

const ActionsContext = createContext<AppActions | null>(null);

export function useActions(): AppActions {
  const actions = useContext(ActionsContext);
  if (!actions) throw new Error('useActions outside <App>');
  return actions;
}

/** Text fields keep their own undo; everywhere else Ctrl+Z undoes a step in the project. */
const isTextField = (el: Element | null) =>
  el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || (el instanceof HTMLElement && el.isContentEditable);

export function App({ connection }: { connection: Connection }) {
  const { api, bridge } = connection;
  const { t, i18n } = useTranslation();
  const model = useMemo(() => new ProjectModel(api), [api]);
  const analysis = useMemo(() => new AnalysisModel(api), [api]);
  const { loaded, project } = useSyncExternalStore(model.subscribe, model.getState);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [prompt, setPrompt] = useState<PathPromptRequest | null>(null);

  const report = useCallback(
    (e: unknown) => {
      const err = isUserError(e) ? e : new UserError('io', 'errors.unexpected', { detail: String(e) });
      setError(formatUserError(err, translatorOf(i18n), 'form'));
    },
    [i18n],
  );

  /** Runs an action; a refused action shows why and leaves the screen as it was. */
  const run = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      try {
        await action();
        setError(null);
        return true;
      } catch (e) {
        report(e);
        return false;
      }
    },
    [report],
  );

  const askPath = useCallback(
    (title: string, initialPath: string, askName = false) =>
      new Promise<{ path: string; name: string } | null>((resolve) =>
        setPrompt({
          title,
          initialPath,
          askName,
          resolve: (answer) => {
            setPrompt(null);
            resolve(answer);
          },
        }),
      ),
    [],
  );

  const choose = useCallback(
    async (purpose: 'open' | 'new' | 'saveAs') => {
      if (info?.nativeDialogs) {
        const path = await api.choosePath({ purpose });
        return path ? { path, name: path.replace(/^.*[\\/]/, '').replace(/\.brobygger$/i, '') } : null;
      }
      const dir = info?.documentsDir ?? '';
      const title = t(purpose === 'open' ? 'ui.pathPromptOpen' : purpose === 'new' ? 'ui.pathPromptNew' : 'ui.pathPromptSaveAs');
      // read when asked, so that choosing (and the actions built on it) does not change with every edit
      const current = model.getState().project?.data.meta.name;
      const name = purpose === 'new' ? t('ui.newProjectName') : t('ui.copyOf', { name: current ?? t('ui.newProjectName') });
      const initial = purpose === 'open' ? `${dir}/` : `${dir}/${name}.brobygger`;
      return askPath(title, initial, purpose === 'new');
    },
    [api, askPath, info, model, t],
  );

  const actions: AppActions = useMemo(
    () => ({
      api,
      analysis,
      info,
      newProject: () =>
        void run(async () => {
          const answer = await choose('new');
          if (answer) model.set(await api.newProject(answer));
        }),
      openProject: () =>
        void run(async () => {
          const answer = await choose('open');
          if (answer) model.set(await api.openProject({ path: answer.path }));
        }),
      openPath: (path) => void run(async () => model.set(await api.openProject({ path }))),
      openSample: () => void run(async () => model.set(await api.openSample({}))),
      saveAs: () =>
        void run(async () => {
          const answer = await choose('saveAs');
          if (answer) model.set(await api.saveProjectAs({ path: answer.path, overwrite: Boolean(info?.nativeDialogs) }));
        }),
      close: () =>
        void run(async () => {
          await api.closeProject({});
          model.set(null);
        }),
      apply: (command) => run(async () => api.apply({ command })),
      undo: () => void run(() => api.undo({})),
      redo: () => void run(() => api.redo({})),
      setLanguage: (lang) =>
        void run(async () => {
          setInfo(await api.setLanguage({ lang }));
          await i18n.changeLanguage(lang);
        }),
    }),
    [analysis, api, choose, i18n, info, model, run],
  );

  // every revision of the project gets analysed (the engine does it off this thread)
  useEffect(() => analysis.projectChanged(project?.revision ?? null), [analysis, project?.revision]);
  useEffect(() => () => analysis.dispose(), [analysis]);

  useEffect(() => {
    let current = true;
    api
      .getAppInfo({})
      .then(async (appInfo) => {
        await i18n.changeLanguage(appInfo.language);
        document.documentElement.lang = appInfo.language;
        if (current) setInfo(appInfo);
        await model.refresh();
      })
      .catch(report);
    return () => {
      current = false;
    };
  }, [api, i18n, model, report]);

  // subscribed once: a new subscription is a new event stream, and an event sent meanwhile would be lost
  const latestActions = useRef(actions);
  useEffect(() => {
    latestActions.current = actions;
  }, [actions]);
  useEffect(
    () =>
      bridge.onEvent((event) => {
        if (event.type === 'project-changed') model.handleEvent(event);
        else if (event.type === 'language-changed') {
          void i18n.changeLanguage(event.lang);
          document.documentElement.lang = event.lang;
        } else {
          // From the native Edit menu: undo typing in a focused field, else a project step.
          // execCommand is the only way to drive a field's own undo stack from script.
          // eslint-disable-next-line @typescript-eslint/no-deprecated
          if (isTextField(document.activeElement)) document.execCommand(event.action);
          else if (event.action === 'undo') latestActions.current.undo();
          else latestActions.current.redo();
        }
      }),
    [bridge, i18n, model],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextField(document.activeElement) || prompt) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        if (model.current?.history.undoCount) actions.undo();
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        e.preventDefault();
        if (model.current?.history.redoCount) actions.redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, model, prompt]);

  return (
    <ActionsContext.Provider value={actions}>
      {error && <ErrorBanner message={error} onClose={() => setError(null)} />}
      {!loaded ? (
        <main className="start" aria-busy="true">
          <p>{t('ui.loading')}</p>
        </main>
      ) : project ? (
        <ProjectView project={project} />
      ) : (
        <StartScreen />
      )}
      {prompt && <PathPrompt request={prompt} />}
    </ActionsContext.Provider>
  );
}
