import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutputs, ImportPlanView, ImportSource } from '../../../../core/api/contract';
import { isUserError, UserError } from '../../../../core/errors';
import { FORMAT_IDS, type FormatId } from '../../../../core/format/files';
import type { ImportMapping } from '../../../../core/format/tables/mapping';
import { defaultCodebooks } from '../../../../core/model/defaults';
import type { Problem } from '../../../../core/problems';
import { formatUserError } from '../../../../core/wording/format-error';
import { useActions, useAppStatus } from '../../app';
import { useEscape } from '../../components/use-escape';
import { translatorOf } from '../../i18n';
import { PlanSummary } from './PlanSummary';
import { ProblemReport } from './problem-report';
import { TablesStep } from './TablesStep';
import { TaskBar } from './TaskBar';
import { ValuesStep } from './ValuesStep';
import { NamesStep } from './NamesStep';
import { importedTables } from './wizard-mapping';
import { pendingNames, withNameChoices } from './wizard-names';

type Step = 'source' | 'tables' | 'values' | 'names' | 'check' | 'done';
const TABLE_STEPS: readonly Step[] = ['source', 'tables', 'values', 'check', 'done'];
/** a survey (a roster or a name generator) has a step for its names before the check */
const SURVEY_STEPS: readonly Step[] = ['source', 'tables', 'values', 'names', 'check', 'done'];
const GRAPH_STEPS: readonly Step[] = ['source', 'check', 'done'];

type Preview = ApiOutputs['previewImport'];
const isSurvey = (mapping: ImportMapping | null) => mapping !== null && importedTables(mapping).some((t) => t === 'roster' || t === 'nominations');

/** The check's answer: what the import will do, or every problem that stops it. */
type Check = { kind: 'plan'; plan: ImportPlanView } | { kind: 'problems'; problems: Problem[]; message: string } | null;

const sourceName = (s: ImportSource) => ('path' in s ? s.path.replace(/^.*[\\/]/, '') : 'folder' in s ? s.folder : s.name);

/**
 * The import wizard: a file or folder (chosen, or dropped on the window), how its sheets map onto
 * the model, how its coded values are read, then a check that lists every problem by file, sheet,
 * row and column (or what would change) before anything is written, and the import as one step.
 */
export function ImportWizard({ source: given, into: intoGiven }: { source: ImportSource | null; into: 'open' | 'new' }) {
  const { t, i18n } = useTranslation();
  const actions = useActions();
  const { api } = actions;
  const { task, info } = useAppStatus();
  const open = actions.project.current;
  const [step, setStep] = useState<Step>('source');
  const [source, setSource] = useState<ImportSource | null>(given);
  const [format, setFormat] = useState<FormatId | ''>('');
  const [into, setInto] = useState<'open' | 'new'>(open ? intoGiven : 'new');
  const [newPath, setNewPath] = useState('');
  const [newName, setNewName] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [updateById, setUpdateById] = useState(false);
  const [removeMissing, setRemoveMissing] = useState(false);
  /** in the names step: names without a match become new actors (else they are skipped); a new project starts with none to match */
  const [createUnmatched, setCreateUnmatched] = useState(intoGiven === 'new' || !open);
  const [check, setCheck] = useState<Check>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const generation = useRef(0);
  const tr = translatorOf(i18n);
  const word = (e: unknown) => formatUserError(isUserError(e) ? e : new UserError('io', 'errors.unexpected', { detail: String(e) }), tr, 'form');
  const close = actions.closeExchange;
  useEscape(() => {
    if (!busy) close();
  });

  const steps = preview && preview.sheets.length === 0 ? GRAPH_STEPS : isSurvey(mapping) ? SURVEY_STEPS : TABLE_STEPS;
  const nameEntries = preview?.names?.entries ?? [];
  /** the mapping as the check and the import get it: with what the names step shows for every name */
  const effective = (m: ImportMapping) => (isSurvey(m) ? withNameChoices(m, nameEntries, createUnmatched) : m);
  const request = () => ({
    source: source as ImportSource,
    ...(format ? { format } : {}),
    ...(mapping && preview && preview.sheets.length > 0 ? { mapping: effective(mapping) } : {}),
  });

  /** Runs a call to the engine; a refusal is shown in the wizard, and a later call's answer wins over an earlier one's. */
  const call = async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    const mine = ++generation.current;
    setBusy(true);
    setError(null);
    try {
      const value = await work();
      return mine === generation.current ? value : undefined;
    } catch (e) {
      if (mine === generation.current) setError(word(e));
      return undefined;
    } finally {
      if (mine === generation.current) setBusy(false);
    }
  };

  const reread = async (next: ImportMapping | undefined) => {
    if (!source) return null;
    const value = await call(() => api.previewImport({ source, ...(format ? { format } : {}), ...(next ? { mapping: next } : {}), intoNew: into === 'new' }));
    if (value) {
      setPreview(value);
      setMapping(value.mapping);
    }
    return value ?? null;
  };

  const runCheck = async (opts = { updateById, removeMissing }) => {
    if (!source) return;
    setCheck(null);
    const mine = ++generation.current;
    setBusy(true);
    setError(null);
    try {
      const plan = await api.planImport({ ...request(), ...opts, ...(into === 'new' ? { newProject: { path: newPath, name: newName || sourceName(source) } } : {}) });
      if (mine === generation.current) setCheck({ kind: 'plan', plan });
    } catch (e) {
      if (mine !== generation.current) return;
      if (isUserError(e) && e.problems.length > 0) setCheck({ kind: 'problems', problems: e.problems, message: word(e) });
      else setError(word(e));
    } finally {
      if (mine === generation.current) setBusy(false);
    }
  };

  const choose = async (purpose: 'import' | 'importFolder') => {
    const path = await actions.askPath(purpose);
    if (!path) return;
    setSource({ path });
    setPreview(null);
    setMapping(null);
    setCheck(null);
  };

  const next = async () => {
    if (step === 'source') {
      const value = await reread(mapping ?? undefined);
      if (!value) return;
      if (value.sheets.length === 0) {
        setStep('check');
        await runCheck();
      } else setStep('tables');
    } else if (step === 'tables') {
      if (await reread(mapping ?? undefined)) setStep('values');
    } else if (step === 'values' && isSurvey(mapping)) {
      // the names as the mapping now reads them, matched against the project the import goes into
      if (await reread(mapping ?? undefined)) setStep('names');
    } else if (step === 'values' || step === 'names') {
      setStep('check');
      await runCheck();
    }
  };
  const back = () => {
    const i = steps.indexOf(step);
    const previous = steps[i - 1];
    if (previous) {
      setStep(previous);
      setCheck(null);
    }
  };

  const apply = async () => {
    if (!source) return;
    const result = await call(() =>
      api.applyImport({ ...request(), updateById, removeMissing, ...(into === 'new' ? { newProject: { path: newPath, name: newName || sourceName(source) } } : {}) }),
    );
    if (!result) return;
    const plan = result.plan;
    const list = (parts: string[]) => new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(parts);
    if (into === 'new') setDone(t('exchange.wizard.doneNew', { name: newName || sourceName(source), what: list(summaryParts(plan, t)) || t('exchange.cli.nothing') }));
    else setDone(t('exchange.wizard.doneOpen', { summary: list(summaryParts(plan, t)) || t('exchange.cli.nothing') }));
    setStep('done');
  };

  const loadMapping = async () => {
    const path = await actions.askPath('mappingOpen');
    if (!path) return;
    const loaded = await call(() => api.readMapping({ path }));
    if (!loaded) return;
    setNote(t('exchange.wizard.mappingLoaded', { file: path.replace(/^.*[\\/]/, '') }));
    if (source) await reread(loaded);
    else setMapping(loaded);
  };
  const saveMapping = async () => {
    if (!mapping) return;
    const path = await actions.askPath('mappingSave', source ? `${sourceName(source).replace(/\.[^.]+$/, '')}-skabelon.json` : undefined);
    if (!path) return;
    const saved = await call(() => api.saveMapping({ path, mapping: effective(mapping), overwrite: Boolean(info?.nativeDialogs) }));
    if (saved) setNote(t('exchange.wizard.mappingSaved', { file: saved.path }));
  };

  const newReady = into === 'open' || (newPath.trim() !== '' && (newName.trim() !== '' || Boolean(source)));
  const canNext =
    !busy &&
    source !== null &&
    (step !== 'source' || newReady) &&
    (step !== 'tables' || (mapping !== null && importedTables(mapping).length > 0)) &&
    (step !== 'names' || (mapping !== null && !preview?.names?.refusal && pendingNames(mapping, nameEntries, createUnmatched).length === 0));
  const n = steps.indexOf(step) + 1;

  return (
    <div className="modal-backdrop">
      <div className="modal wizard" role="dialog" aria-modal="true" aria-labelledby="wizard-title" aria-busy={busy}>
        <div className="wizard-head">
          <h2 id="wizard-title">{t('exchange.wizard.title')}</h2>
          <ol className="wizard-steps" aria-label={t('exchange.wizard.stepOf', { n, count: steps.length })}>
            {steps.map((s) => (
              <li key={s} className={s === step ? 'current' : undefined} aria-current={s === step ? 'step' : undefined}>
                {s === 'names' ? t('names.wizard.step') : t(`exchange.wizard.steps.${s}`)}
              </li>
            ))}
          </ol>
        </div>
        <div className="wizard-body">
          {step === 'source' && (
            <div className="wizard-source">
              <div className="source-choice">
                <button type="button" className="primary" onClick={() => void choose('import')}>
                  {t('exchange.wizard.chooseFile')}
                </button>
                <button type="button" onClick={() => void choose('importFolder')}>
                  {t('exchange.wizard.chooseFolder')}
                </button>
              </div>
              <p className="muted">
                {t('exchange.wizard.dropHint')} {t('exchange.wizard.formatsHint')}
              </p>
              {source && <p className="chosen">{t('exchange.wizard.chosen', { file: sourceName(source) })}</p>}
              <label>
                {t('exchange.wizard.format')}
                <select value={format} onChange={(e) => setFormat(e.target.value as FormatId | '')}>
                  <option value="">{t('exchange.wizard.formatAuto')}</option>
                  {FORMAT_IDS.map((f) => (
                    <option key={f} value={f}>
                      {t(`formats.${f}`)}
                    </option>
                  ))}
                </select>
              </label>
              <fieldset>
                <legend>{t('exchange.wizard.into')}</legend>
                {open && (
                  <label className="check">
                    <input
                      type="radio"
                      name="into"
                      checked={into === 'open'}
                      onChange={() => {
                        setInto('open');
                        setCreateUnmatched(false);
                      }}
                    />
                    {t('exchange.wizard.intoOpen', { name: open.data.meta.name })}
                  </label>
                )}
                <label className="check">
                  <input
                    type="radio"
                    name="into"
                    checked={into === 'new'}
                    onChange={() => {
                      // a new project has no actors to match: every name is new unless the user says otherwise
                      setInto('new');
                      setCreateUnmatched(true);
                    }}
                  />
                  {t('exchange.wizard.intoNew')}
                </label>
                {into === 'new' && (
                  <div className="new-project">
                    <label>
                      {t('exchange.wizard.newName')}
                      <input value={newName} placeholder={source ? sourceName(source).replace(/\.[^.]+$/, '') : ''} onChange={(e) => setNewName(e.target.value)} />
                    </label>
                    <label>
                      {t('exchange.wizard.newPath')}
                      <span className="path-row">
                        <input value={newPath} spellCheck={false} onChange={(e) => setNewPath(e.target.value)} />
                        <button
                          type="button"
                          onClick={() =>
                            void actions.askPath('new', newName || (source ? sourceName(source).replace(/\.[^.]+$/, '') : undefined)).then((p) => p && setNewPath(p))
                          }
                        >
                          {t('exchange.wizard.choosePath')}
                        </button>
                      </span>
                    </label>
                  </div>
                )}
              </fieldset>
              <div className="mapping-actions">
                <button type="button" className="ghost" onClick={() => void loadMapping()}>
                  {t('exchange.wizard.mappingLoad')}
                </button>
              </div>
            </div>
          )}
          {step === 'tables' && preview && mapping && (
            <TablesStep
              preview={preview}
              mapping={mapping}
              onMapping={(m, again) => {
                setMapping(m);
                if (again) void reread(m);
              }}
            />
          )}
          {step === 'values' && preview && mapping && (
            <ValuesStep preview={preview} mapping={mapping} codebooks={into === 'open' && open ? open.data.codebooks : defaultCodebooks()} onMapping={setMapping} />
          )}
          {step === 'names' && preview?.names && mapping && (
            <NamesStep
              names={preview.names}
              mapping={mapping}
              createUnmatched={createUnmatched}
              onCreateUnmatched={setCreateUnmatched}
              onMapping={setMapping}
              actorLabel={(id) => open?.data.actors.find((a) => a.id === id)?.label}
            />
          )}
          {step === 'check' && (
            <div className="wizard-check">
              {preview && preview.sheets.length === 0 && source && (
                <p className="muted">{t('exchange.wizard.noGraphTables', { file: sourceName(source), format: t(`formats.${preview.format}`) })}</p>
              )}
              {into === 'open' && !isSurvey(mapping) && (
                <div className="check-options">
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={updateById}
                      onChange={(e) => {
                        const v = e.target.checked;
                        setUpdateById(v);
                        if (!v) setRemoveMissing(false);
                        void runCheck({ updateById: v, removeMissing: v && removeMissing });
                      }}
                    />
                    {t('exchange.wizard.updateById')}
                  </label>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={removeMissing}
                      disabled={!updateById}
                      onChange={(e) => {
                        setRemoveMissing(e.target.checked);
                        void runCheck({ updateById, removeMissing: e.target.checked });
                      }}
                    />
                    {t('exchange.wizard.removeMissing')}
                  </label>
                </div>
              )}
              {busy && !check && <p className="muted">{t('exchange.wizard.checking')}</p>}
              {check?.kind === 'problems' && into === 'open' && !updateById && check.problems.every((p) => p.key === 'errors.idInUse') && (
                <p className="wizard-hint" role="note">
                  {t('exchange.wizard.idsKnown', { count: check.problems.length })}{' '}
                  <button
                    type="button"
                    onClick={() => {
                      setUpdateById(true);
                      void runCheck({ updateById: true, removeMissing });
                    }}
                  >
                    {t('exchange.wizard.idsKnownUpdate')}
                  </button>
                </p>
              )}
              {check?.kind === 'problems' && <ProblemReport problems={check.problems} />}
              {check?.kind === 'plan' && (
                <>
                  <PlanSummary plan={check.plan} />
                  <p className="muted">{into === 'open' ? t('exchange.wizard.undoHint') : t('exchange.wizard.newHint')}</p>
                </>
              )}
            </div>
          )}
          {step === 'done' && done && (
            <p className="wizard-done" role="status">
              {done}
            </p>
          )}
          {note && step !== 'done' && (
            <p className="muted" role="status">
              {note}
            </p>
          )}
          {error && (
            <p className="prompt-error" role="alert">
              {error}
            </p>
          )}
        </div>
        {busy && task && <TaskBar task={task} onStop={() => void api.cancelTask({})} />}
        <div className="modal-actions wizard-actions">
          {(step === 'tables' || step === 'values' || step === 'names') && (
            <button type="button" className="ghost save-mapping" onClick={() => void saveMapping()} disabled={!mapping || busy}>
              {t('exchange.wizard.mappingSave')}
            </button>
          )}
          {step === 'done' ? (
            <button type="button" className="primary" onClick={close}>
              {t('exchange.wizard.close')}
            </button>
          ) : (
            <>
              <button type="button" className="ghost" onClick={close} disabled={busy}>
                {t('exchange.wizard.cancel')}
              </button>
              {step !== 'source' && (
                <button type="button" onClick={back} disabled={busy}>
                  {t('exchange.wizard.back')}
                </button>
              )}
              {step === 'check' ? (
                <button type="button" className="primary" onClick={() => void apply()} disabled={busy || check?.kind !== 'plan'}>
                  {busy ? t('exchange.wizard.importing') : t('exchange.wizard.import')}
                </button>
              ) : (
                <button type="button" className="primary" onClick={() => void next()} disabled={!canNext}>
                  {t('exchange.wizard.next')}
                </button>
              )}
            </>
          )}
        </div>
      </div>
    </div>
  );
}

function summaryParts(plan: ImportPlanView, t: (key: string, params?: Record<string, unknown>) => string): string[] {
  const parts: string[] = [];
  const by = (refs: ReadonlyArray<{ collection: string }>) => {
    const counts = new Map<string, number>();
    for (const r of refs) counts.set(r.collection, (counts.get(r.collection) ?? 0) + 1);
    return [...counts].map(([c, n]) => t(`exchange.records.${c}`, { count: n })).join(', ');
  };
  if (plan.added.length) parts.push(t('exchange.cli.addedDone', { what: by(plan.added) }));
  if (plan.changed.length) parts.push(t('exchange.cli.changedDone', { what: by(plan.changed) }));
  if (plan.removed.length) parts.push(t('exchange.cli.removedDone', { what: by(plan.removed) }));
  return parts;
}
