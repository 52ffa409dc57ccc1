import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveFooter } from './SaveFooter';
import { isUserError, UserError } from '../../../../core/errors';
import { formatUserError } from '../../../../core/wording/format-error';
import type { MessageKey, MessageParams } from '../../../../core/i18n/catalogue';
import { useActions } from '../../app';
import { useEscape } from '../../components/use-escape';

/** "Eksportér præsentation …": the views as a PPTX or PDF deck, in Danish or English, names pseudonymised if asked. */
export function DeckDialog({ projectName, slides, onClose }: { projectName: string; slides: number; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const actions = useActions();
  const [format, setFormat] = useState<'pptx' | 'pdf'>('pptx');
  const [lang, setLang] = useState<'da' | 'en'>(i18n.language === 'en' ? 'en' : 'da');
  const [pseudonymise, setPseudonymise] = useState(false);
  const [busy, setBusy] = useState(false);
  const [written, setWritten] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEscape(() => {
    if (!busy) onClose();
  });
  const run = async () => {
    const base = projectName.replace(/[\\/:*?"<>|]+/g, '-') || 'brobygger';
    const path = await actions.askPath('export', `${base}.${format}`);
    if (!path) return;
    setBusy(true);
    setError(null);
    try {
      const out = await actions.api.exportDeck({ path, lang, pseudonymise });
      setWritten(out.file);
    } catch (e) {
      const translator = { lang: i18n.language === 'en' ? ('en' as const) : ('da' as const), t: (k: MessageKey, p?: MessageParams) => t(k, p ?? {}) };
      setError(formatUserError(isUserError(e) ? e : new UserError('io', 'errors.unexpected', { detail: String(e) }), translator, 'form'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="modal-backdrop">
      <div className="modal export" role="dialog" aria-modal="true" aria-labelledby="deck-title" aria-busy={busy} data-testid="deck-dialog">
        <h2 id="deck-title">{t('views.deck.title')}</h2>
        <p className="muted">{t('views.deck.slideCount', { count: slides })}</p>
        <fieldset>
          <legend>{t('views.deck.format')}</legend>
          {(['pptx', 'pdf'] as const).map((f) => (
            <label key={f} className="check">
              <input type="radio" name="deck-format" checked={format === f} onChange={() => setFormat(f)} />
              {t(`views.deck.${f}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('views.deck.language')}</legend>
          {(['da', 'en'] as const).map((l) => (
            <label key={l} className="check">
              <input type="radio" name="deck-lang" checked={lang === l} onChange={() => setLang(l)} />
              {l === 'da' ? 'Dansk' : 'English'}
            </label>
          ))}
        </fieldset>
        <label className="check">
          <input type="checkbox" checked={pseudonymise} onChange={(e) => setPseudonymise(e.target.checked)} />
          {t('views.deck.pseudonymise')}
        </label>
        <SaveFooter
          saved={written && t('views.deck.saved', { file: written })}
          error={error}
          busy={busy}
          cancel={t('views.panel.cancel')}
          save={t('views.deck.save')}
          onClose={onClose}
          onSave={() => void run()}
        />
      </div>
    </div>
  );
}
