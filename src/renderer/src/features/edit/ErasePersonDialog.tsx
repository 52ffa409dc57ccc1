import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrobyggerApi } from '../../../../core/api/contract';
import { isUserError, UserError } from '../../../../core/errors';
import { formatUserError } from '../../../../core/wording/format-error';
import { erasureParts, listOf, type ErasurePreview } from '../../../../core/model/erasure';
import type { Actor } from '../../../../core/model/schema';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { translatorOf } from '../../i18n';

/**
 * The warning before a person is deleted completely: it names them, lists what goes with them
 * (as the engine counted it), says that their traces leave the undo history and the file, what
 * is not touched, and that it cannot be undone. Nothing happens unless it is confirmed.
 */
export function ErasePersonDialog({ api, person, onClose }: { api: BrobyggerApi; person: Actor; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const [preview, setPreview] = useState<ErasePreviewState>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);
  /** why the preview or the erasure failed, worded when shown (in the language shown) */
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const word = (e: unknown) =>
    formatUserError(isUserError(e) ? e : new UserError('io', 'errors.unexpected', { detail: String(e) }), translatorOf(i18n), 'form');

  useEffect(() => {
    let current = true;
    api.previewErasure({ id: person.id }).then(
      (value) => current && setPreview({ kind: 'ready', value }),
      (e: unknown) => current && setFailure({ error: e }),
    );
    return () => {
      current = false;
    };
  }, [api, person.id]);

  const erase = async () => {
    setBusy(true);
    try {
      await api.erasePerson({ id: person.id });
      onClose();
    } catch (e) {
      setFailure({ error: e });
      setBusy(false);
    }
  };

  const p = preview.kind === 'ready' ? preview.value : null;
  return (
    <ConfirmDialog
      title={t('privacy.erase.title', { name: person.label })}
      confirmLabel={t('privacy.erase.confirm')}
      busyLabel={t('privacy.erase.working')}
      busy={busy}
      disabled={!p}
      error={failure ? word(failure.error) : null}
      onConfirm={() => void erase()}
      onCancel={onClose}
    >
      {!p ? (
        <p className="muted">{t('privacy.erase.loading')}</p>
      ) : (
        <>
          <p>{t('privacy.erase.takes', { list: listOf([p.label, ...erasureParts(p).map((part) => t(part.key, part.params))], lang) })}</p>
          <p>{p.history.changed > 0 ? t('privacy.erase.history', { count: p.history.changed }) : t('privacy.erase.noHistory')}</p>
          <p>{t('privacy.erase.notTouched')}</p>
          <p>
            <strong>{t('privacy.erase.irreversible')}</strong>
          </p>
        </>
      )}
    </ConfirmDialog>
  );
}

type ErasePreviewState = { kind: 'loading' } | { kind: 'ready'; value: ErasurePreview };
