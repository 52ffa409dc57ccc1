import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveFooter } from './SaveFooter';
import { isUserError, UserError } from '../../../../core/errors';
import type { MessageKey, MessageParams } from '../../../../core/i18n/catalogue';
import type { Positions, SavedView } from '../../../../core/model/schema';
import type { MapViewState } from '../../../../core/model/view-state';
import { formatUserError } from '../../../../core/wording/format-error';
import { useActions } from '../../app';
import { useEscape } from '../../components/use-escape';

type ImageFormat = 'png' | 'svg' | 'pdf';
const SCALES = [1, 2, 3, 4] as const;

/**
 * "Billede af kortet…": the map as an SVG, PNG or PDF with its legend, title and source line,
 * drawn by the engine as `brobygger render` draws it. Of the map as it is shown now (its state
 * and where it draws each actor, captured as a view is saved) or of a saved view.
 */
export function ImageDialog({
  projectName,
  views,
  capture,
  onClose,
}: {
  projectName: string;
  views: readonly SavedView[];
  capture: () => { state: MapViewState; positions: Positions } | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const actions = useActions();
  const [format, setFormat] = useState<ImageFormat>('png');
  const [scale, setScale] = useState(2);
  const [transparent, setTransparent] = useState(false);
  const [pseudonymise, setPseudonymise] = useState(false);
  const [view, setView] = useState('');
  const [busy, setBusy] = useState(false);
  const [written, setWritten] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEscape(() => {
    if (!busy) onClose();
  });
  const lang = i18n.language === 'en' ? ('en' as const) : ('da' as const);
  const run = async () => {
    // the map is captured before the path is asked, as it is at the moment the user chose
    const now = view === '' ? capture() : null;
    const chosen = views.find((v) => v.id === view);
    const base = (chosen?.name ?? projectName).replace(/[\\/:*?"<>|]+/g, '-') || 'brobygger';
    const path = await actions.askPath('export', `${base}.${format}`);
    if (!path) return;
    setBusy(true);
    setError(null);
    try {
      const out = await actions.api.exportImage({
        path,
        lang,
        pseudonymise,
        scale,
        transparent: transparent && format !== 'pdf',
        ...(chosen ? { view: chosen.id } : {}),
        ...(now ? { state: now.state, positions: now.positions } : {}),
      });
      setWritten(out.file);
    } catch (e) {
      const translator = { lang, t: (k: MessageKey, p?: MessageParams) => t(k, p ?? {}) };
      setError(formatUserError(isUserError(e) ? e : new UserError('io', 'errors.unexpected', { detail: String(e) }), translator, 'form'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="modal-backdrop">
      <div className="modal export" role="dialog" aria-modal="true" aria-labelledby="image-title" aria-busy={busy} data-testid="image-dialog">
        <h2 id="image-title">{t('render.dialog.title')}</h2>
        <label>
          {t('render.dialog.view')}
          <select value={view} onChange={(e) => setView(e.target.value)} data-testid="image-view">
            <option value="">{t('render.dialog.current')}</option>
            {views.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t('render.dialog.format')}</legend>
          {(['png', 'svg', 'pdf'] as const).map((f) => (
            <label key={f} className="check">
              <input type="radio" name="image-format" checked={format === f} onChange={() => setFormat(f)} />
              {f.toUpperCase()}
            </label>
          ))}
        </fieldset>
        {format === 'png' && (
          <label title={t('render.dialog.scaleHint')}>
            {t('render.dialog.scale')}
            <select value={scale} onChange={(e) => setScale(Number(e.target.value))} data-testid="image-scale">
              {SCALES.map((s) => (
                <option key={s} value={s}>{`${String(s)}×`}</option>
              ))}
            </select>
          </label>
        )}
        {format !== 'pdf' && (
          <fieldset>
            <legend>{t('render.dialog.background')}</legend>
            <label className="check">
              <input type="radio" name="image-background" checked={!transparent} onChange={() => setTransparent(false)} />
              {t('render.dialog.white')}
            </label>
            <label className="check">
              <input type="radio" name="image-background" checked={transparent} onChange={() => setTransparent(true)} />
              {t('render.dialog.transparent')}
            </label>
          </fieldset>
        )}
        <label className="check">
          <input type="checkbox" checked={pseudonymise} onChange={(e) => setPseudonymise(e.target.checked)} />
          {t('render.dialog.pseudonymise')}
        </label>
        {busy && <p className="muted">{t('render.dialog.saving')}</p>}
        <SaveFooter
          saved={written && t('render.dialog.saved', { file: written })}
          error={error}
          busy={busy}
          cancel={t('render.dialog.cancel')}
          save={t('render.dialog.save')}
          onClose={onClose}
          onSave={() => void run()}
        />
      </div>
    </div>
  );
}
