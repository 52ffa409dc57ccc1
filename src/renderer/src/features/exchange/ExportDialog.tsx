import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isUserError, UserError } from '../../../../core/errors';
import { EXTENSION_OF, type FormatId } from '../../../../core/format/files';
import { formatUserError } from '../../../../core/wording/format-error';
import { mapPositionsNow, useActions, useAppStatus } from '../../app';
import { useEscape } from '../../components/use-escape';
import { translatorOf } from '../../i18n';
import { TaskBar } from './TaskBar';

/** The choices of format as a user names them; Danish Excel is CSV written with `;` and a decimal comma. */
const CHOICES = ['xlsx', 'csv', 'csvDanish', 'rPython', 'graphml', 'gexf', 'pajek', 'ucinet', 'json'] as const;
type Choice = (typeof CHOICES)[number];
const formatOf = (c: Choice): FormatId => (c === 'csvDanish' || c === 'rPython' ? 'csv' : c);
/** Formats that carry the map: they get the actors where the map draws them now. */
const CARRIES_MAP: ReadonlySet<FormatId> = new Set(['gexf', 'pajek']);
const mapPlaces = () => {
  const positions = mapPositionsNow();
  return positions && Object.keys(positions).length > 0 ? { positions } : {};
};

/**
 * The export: a format, whether the analysis's measures go with it, and a pseudonymised export
 * (persons, and organisations when asked, as codes) with the key written only when asked and
 * only where the user chooses; then where it goes.
 */
export function ExportDialog() {
  const { t, i18n } = useTranslation();
  const actions = useActions();
  const { task } = useAppStatus();
  const project = actions.project.current;
  const [choice, setChoice] = useState<Choice>('xlsx');
  const [withAnalysis, setWithAnalysis] = useState(true);
  const [pseudonymise, setPseudonymise] = useState(false);
  const [organisations, setOrganisations] = useState(false);
  const [keyFile, setKeyFile] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [written, setWritten] = useState<string[] | null>(null);
  const close = actions.closeExchange;
  useEscape(() => {
    if (!busy) close();
  });
  if (!project) return null;
  const format = formatOf(choice);
  const word = (e: unknown) =>
    formatUserError(isUserError(e) ? e : new UserError('io', 'errors.unexpected', { detail: String(e) }), translatorOf(i18n), 'form');

  const chooseKey = async () => {
    const path = await actions.askPath('keyFile', `${project.data.meta.name}-nøgle.csv`);
    if (path) setKeyFile(path);
  };

  const run = async () => {
    const base = project.data.meta.name.replace(/[\\/:*?"<>|]+/g, '-') || 'brobygger';
    const suggested = format === 'csv' ? `${base}-csv` : `${base}${EXTENSION_OF[format]}`;
    const path = await actions.askPath('export', suggested);
    if (!path) return;
    setBusy(true);
    setError(null);
    try {
      const result = await actions.api.exportProject({
        path,
        format,
        danishExcel: choice === 'csvDanish',
        withScripts: choice === 'rPython',
        withAnalysis: format === 'xlsx' && withAnalysis,
        pseudonymise,
        organisations: pseudonymise && organisations,
        ...(pseudonymise && keyFile ? { keyFile } : {}),
        ...(CARRIES_MAP.has(format) ? mapPlaces() : {}),
      });
      setWritten(result.written);
    } catch (e) {
      setError(word(e));
    } finally {
      setBusy(false);
    }
  };

  const names = (paths: string[]) => new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(paths);
  return (
    <div className="modal-backdrop">
      <div className="modal export" role="dialog" aria-modal="true" aria-labelledby="export-title" aria-busy={busy}>
        <h2 id="export-title">{t('exchange.export.title')}</h2>
        <fieldset className="export-formats">
          <legend>{t('exchange.export.format')}</legend>
          {CHOICES.map((c) => (
            <label key={c} className="check">
              <input type="radio" name="export-format" checked={choice === c} onChange={() => setChoice(c)} />
              {t(`exchange.export.formats.${c}`)}
            </label>
          ))}
        </fieldset>
        {format === 'xlsx' && (
          <label className="check">
            <input type="checkbox" checked={withAnalysis} onChange={(e) => setWithAnalysis(e.target.checked)} />
            {t('exchange.export.withAnalysis')}
          </label>
        )}
        <fieldset>
          <label className="check">
            <input type="checkbox" checked={pseudonymise} onChange={(e) => setPseudonymise(e.target.checked)} />
            {t('exchange.export.pseudonymise')}
          </label>
          {pseudonymise && (
            <div className="indent">
              <label className="check">
                <input type="checkbox" checked={organisations} onChange={(e) => setOrganisations(e.target.checked)} />
                {t('exchange.export.organisations')}
              </label>
              <label className="check">
                <input
                  type="checkbox"
                  checked={keyFile !== null}
                  onChange={(e) => (e.target.checked ? void chooseKey() : setKeyFile(null))}
                />
                {t('exchange.export.keyFile')}
              </label>
              {keyFile && (
                <p className="muted">
                  {t('exchange.export.keyFileChosen', { file: keyFile })} {t('exchange.export.keyWarning')}
                </p>
              )}
            </div>
          )}
        </fieldset>
        {written && (
          <p role="status" className="export-written">
            {t('exchange.export.written', { count: written.length, list: names(written) })}
          </p>
        )}
        {error && (
          <p className="prompt-error" role="alert">
            {error}
          </p>
        )}
        {busy && task && <TaskBar task={task} onStop={() => void actions.api.cancelTask({})} />}
        <div className="modal-actions">
          <button type="button" className="ghost" onClick={close} disabled={busy}>
            {t('exchange.wizard.close')}
          </button>
          <button type="button" className="primary" onClick={() => void run()} disabled={busy}>
            {busy ? t('exchange.export.working') : t('exchange.export.choose')}
          </button>
        </div>
      </div>
    </div>
  );
}
