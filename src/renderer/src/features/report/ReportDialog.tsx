import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutputs } from '../../../../core/api/contract';
import { isUserError, UserError } from '../../../../core/errors';
import type { MessageKey, MessageParams } from '../../../../core/i18n/catalogue';
import type { SavedView } from '../../../../core/model/schema';
import { formatUserError } from '../../../../core/wording/format-error';
import { useActions } from '../../app';
import { useEscape } from '../../components/use-escape';
import { ReportPreview } from './ReportPreview';
import './report.css';

/**
 * "Rapport …": the steering-group report previewed as it will be, in Danish or English,
 * pseudonymised if asked, with the maps of the views chosen; saved as PDF or Word, or printed
 * (the print command prints this preview, not the window). `print`: print once the preview is there.
 */
export function ReportDialog({ projectName, views, print }: { projectName: string; views: readonly SavedView[]; print: boolean }) {
  const { t, i18n } = useTranslation();
  const actions = useActions();
  const [lang, setLang] = useState<'da' | 'en'>(i18n.language === 'en' ? 'en' : 'da');
  const [pseudonymise, setPseudonymise] = useState(false);
  const [chosen, setChosen] = useState<string[]>(() => views.map((v) => v.id));
  // the preview, and a refusal to make it, for the options they answer: an older answer is not shown
  const [made, setMade] = useState<{ key: string; preview: ApiOutputs['previewReport'] | null; error: string | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const [written, setWritten] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const printed = useRef(!print);
  const describe = (e: unknown) => {
    const translator = { lang: i18n.language === 'en' ? ('en' as const) : ('da' as const), t: (k: MessageKey, p?: MessageParams) => t(k, p ?? {}) };
    return formatUserError(isUserError(e) ? e : new UserError('io', 'errors.unexpected', { detail: String(e) }), translator, 'form');
  };
  useEscape(() => {
    if (!busy) actions.closeReport();
  });

  // every change of the options makes the preview again; an answer that arrives late is dropped
  const viewsKey = chosen.join('\n');
  const key = JSON.stringify([lang, pseudonymise, viewsKey]);
  useEffect(() => {
    let current = true;
    const ids = viewsKey === '' ? [] : viewsKey.split('\n');
    actions.api
      .previewReport({ lang, pseudonymise, ...(ids.length && ids.length < views.length ? { views: ids } : {}) })
      .then((out) => current && setMade({ key, preview: out, error: null }))
      .catch((e: unknown) => current && setMade({ key, preview: null, error: describe(e) }));
    return () => {
      current = false;
    };
    // describe reads the translation of the moment; it need not make the preview again
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [actions, key, lang, pseudonymise, viewsKey, views.length]);
  const preview = made?.key === key ? made.preview : null;
  const shownError = error ?? (made?.key === key ? made.error : null);

  useEffect(() => {
    if (preview && !printed.current) {
      printed.current = true;
      window.print();
    }
  }, [preview]);

  const save = async (format: 'pdf' | 'docx') => {
    const base = projectName.replace(/[\\/:*?"<>|]+/g, '-') || 'brobygger';
    const path = await actions.askPath('export', `${base} – ${t('report.dialog.fileName')}.${format}`);
    if (!path) return;
    setBusy(true);
    setError(null);
    try {
      const ids = chosen.length < views.length ? { views: chosen } : {};
      const out = await actions.api.exportReport({ path, lang, pseudonymise, ...ids });
      setWritten(out.file);
    } catch (e) {
      setError(describe(e));
    } finally {
      setBusy(false);
    }
  };
  const toggle = (id: string, on: boolean) => setChosen((now) => views.map((v) => v.id as string).filter((x) => (x === id ? on : now.includes(x))));

  return (
    <div className="modal-backdrop report-backdrop">
      <div className="modal report-dialog" role="dialog" aria-modal="true" aria-labelledby="report-title" aria-busy={busy || !preview} data-testid="report-dialog">
        <div className="report-options">
          <h2 id="report-title">{t('report.dialog.title')}</h2>
          <fieldset>
            <legend>{t('report.dialog.language')}</legend>
            {(['da', 'en'] as const).map((l) => (
              <label key={l} className="check">
                <input type="radio" name="report-lang" checked={lang === l} onChange={() => setLang(l)} />
                {l === 'da' ? 'Dansk' : 'English'}
              </label>
            ))}
          </fieldset>
          <label className="check">
            <input type="checkbox" checked={pseudonymise} onChange={(e) => setPseudonymise(e.target.checked)} />
            {t('report.dialog.pseudonymise')}
          </label>
          {views.length > 0 && (
            <fieldset>
              <legend>{t('report.dialog.views')}</legend>
              {views.map((v) => (
                <label key={v.id} className="check">
                  <input type="checkbox" checked={chosen.includes(v.id)} onChange={(e) => toggle(v.id, e.target.checked)} />
                  {v.name}
                </label>
              ))}
            </fieldset>
          )}
          {written && (
            <p role="status" className="export-written">
              {t('report.dialog.saved', { file: written })}
            </p>
          )}
          {shownError && (
            <p className="prompt-error" role="alert">
              {shownError}
            </p>
          )}
          <div className="report-buttons">
            <button type="button" className="primary" onClick={() => void save('pdf')} disabled={busy || !preview}>
              {t('report.dialog.savePdf')}
            </button>
            <button type="button" onClick={() => void save('docx')} disabled={busy || !preview}>
              {t('report.dialog.saveDocx')}
            </button>
            <button type="button" onClick={() => window.print()} disabled={!preview} aria-keyshortcuts="Control+P">
              {t('report.dialog.print')}
            </button>
            <button type="button" className="ghost" onClick={actions.closeReport} disabled={busy}>
              {t('report.dialog.close')}
            </button>
          </div>
        </div>
        <div className="report-pages">{preview ? <ReportPreview report={preview.document} maps={preview.maps} /> : <p className="muted">{t('report.dialog.loading')}</p>}</div>
      </div>
    </div>
  );
}
