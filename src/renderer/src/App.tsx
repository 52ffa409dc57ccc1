import { useContext, useEffect, useLayoutEffect, useMemo, useSyncExternalStore } from 'react';
import { I18nContext, useTranslation } from 'react-i18next';
import { isUserError, UserError } from '../../core/errors';
import { formatUserError } from '../../core/wording/format-error';
import { createAppActions } from './app/app-actions';
import { AppContext, type AppContextValue } from './app/app-context';
import { AppStatusStore } from './app/app-status';
import type { Connection } from './bridge/api';
import { ErrorBanner } from './components/ErrorBanner';
import { PathPrompt } from './components/PathPrompt';
import { CodingDialog } from './features/coding';
import { DuplicatesDialog } from './features/duplicates';
import { ExportDialog, ImportWizard, carriesFiles, sourceOfDrop } from './features/exchange';
import { ProjectView } from './features/project';
import { ReportDialog } from './features/report';
import { StartScreen } from './features/start';
import { translatorOf } from './i18n';
import { AnalysisModel } from './state/analysis-model';
import { ProjectModel } from './state/project-model';

/** Inputs that hold no text of their own to undo: a radio or a tick box in a dialog leaves Ctrl+Z to the project. */
const NOT_TEXT = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/** Text fields keep their own undo; everywhere else Ctrl+Z undoes a step in the project. */
const isTextField = (el: Element | null) =>
  (el instanceof HTMLInputElement && !NOT_TEXT.has(el.type)) || el instanceof HTMLTextAreaElement || (el instanceof HTMLElement && el.isContentEditable);

/**
 * The shell: builds the app's services once, provides them to the features and shows the start
 * screen or the open project. Features never import this file; they use `app/`.
 */
export function App({ connection }: { connection: Connection }) {
  const { api, bridge } = connection;
  const { t } = useTranslation();
  // the instance itself: useTranslation's i18n is a new wrapper after each change of language,
  // and the services are built once
  const { i18n } = useContext(I18nContext);
  const services = useMemo((): AppContextValue => {
    const project = new ProjectModel(api);
    const analysis = new AnalysisModel(api);
    const status = new AppStatusStore();
    return { actions: createAppActions({ api, project, analysis, status, i18n }), status };
  }, [api, i18n]);
  const { actions, status } = services;
  const { project: model, analysis } = actions;
  const { loaded, project } = useSyncExternalStore(model.subscribe, model.getState);
  const { error, prompt, exchange, duplicates, coding, report } = useSyncExternalStore(status.subscribe, status.getState);

  // every revision of the project gets analysed (the engine does it off this thread), asked for
  // as the window hears of it: from an effect, it was asked for after the map was drawn, seconds
  // later on a large network, while the answer waited ready on the engine
  useLayoutEffect(() => {
    const tell = () => {
      const held = model.getState().project;
      analysis.projectChanged(held?.revision ?? null, held?.path ?? null);
    };
    tell();
    return model.subscribe(tell);
  }, [model, analysis]);
  useEffect(() => {
    analysis.resume();
    return () => analysis.dispose();
  }, [analysis]);

  useEffect(() => {
    let current = true;
    api
      .getAppInfo({})
      .then(async (appInfo) => {
        await i18n.changeLanguage(appInfo.language);
        document.documentElement.lang = appInfo.language;
        if (current) status.setInfo(appInfo);
        await model.refresh();
      })
      .catch((e: unknown) => {
        const err = isUserError(e) ? e : new UserError('io', 'errors.unexpected', { detail: String(e) });
        status.setError(formatUserError(err, translatorOf(i18n), 'form'));
      });
    return () => {
      current = false;
    };
  }, [api, i18n, model, status]);

  // subscribed once: a new subscription is a new event stream, and an event sent meanwhile would be lost
  useEffect(
    () =>
      bridge.onEvent((event) => {
        if (event.type === 'project-changed') model.handleEvent(event);
        else if (event.type === 'progress') status.setTask(event.phase === 'done' ? null : { task: event.task, phase: event.phase, file: event.file });
        else if (event.type === 'language-changed') {
          void i18n.changeLanguage(event.lang);
          document.documentElement.lang = event.lang;
        } else if (event.action === 'import') actions.openImport();
        else if (event.action === 'export') actions.openExport();
        else if (event.action === 'duplicates') actions.openDuplicates();
        else if (event.action === 'code') actions.openCoding();
        else if (event.action === 'image') actions.openImage();
        else if (event.action === 'report') actions.openReport();
        else if (event.action === 'print') actions.openReport(true);
        else {
          // From the native Edit menu: undo typing in a focused field, else a project step.
          // execCommand is the only way to drive a field's own undo stack from script.
          // eslint-disable-next-line @typescript-eslint/no-deprecated
          if (isTextField(document.activeElement)) document.execCommand(event.action);
          else if (event.action === 'undo') actions.undo();
          else actions.redo();
        }
      }),
    [actions, bridge, i18n, model, status],
  );

  // a file or folder dropped anywhere on the window opens the import wizard with it
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!carriesFiles(e.dataTransfer)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e.dataTransfer) || !e.dataTransfer) return;
      e.preventDefault();
      sourceOfDrop(e.dataTransfer).then(
        (source) => source && actions.openImport(source),
        () => status.setError(t('exchange.wizard.dropHint')),
      );
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [actions, status, t]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || status.getState().prompt) return;
      // the coding form opens from anywhere, a text field too (Ctrl+K edits no text here)
      if (e.key.toLowerCase() === 'k' && !e.shiftKey && model.current) {
        e.preventDefault();
        actions.openCoding();
        return;
      }
      // the print command prints the report (its dialog opens, and prints once the preview is
      // there), not the window; with the dialog open, the browser's own print shows its preview
      if (e.key.toLowerCase() === 'p' && !e.shiftKey && model.current) {
        e.preventDefault();
        if (status.getState().report) window.print();
        else actions.openReport(true);
        return;
      }
      if (isTextField(document.activeElement)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        if (model.current?.history.undoCount) actions.undo();
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        e.preventDefault();
        if (model.current?.history.redoCount) actions.redo();
      } else if (key === 'i' && !e.shiftKey) {
        e.preventDefault();
        actions.openImport();
      } else if (key === 'e' && !e.shiftKey && model.current) {
        e.preventDefault();
        actions.openExport();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, model, status]);

  return (
    <AppContext.Provider value={services}>
      {error && <ErrorBanner message={error} onClose={() => status.setError(null)} />}
      {!loaded ? (
        <main className="start" aria-busy="true">
          <p>{t('ui.loading')}</p>
        </main>
      ) : project ? (
        <ProjectView project={project} />
      ) : (
        <StartScreen />
      )}
      {exchange?.kind === 'import' && <ImportWizard source={exchange.source} into={exchange.into} />}
      {exchange?.kind === 'export' && <ExportDialog />}
      {duplicates && project && <DuplicatesDialog key={duplicates} data={project.data} scope={duplicates} />}
      {coding && project && <CodingDialog key={project.path} project={project} />}
      {report && project && <ReportDialog key={project.path} projectName={project.data.meta.name} views={project.data.views} print={report.print} />}
      {prompt && <PathPrompt request={prompt} />}
    </AppContext.Provider>
  );
}
