import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrobyggerApi } from '../../../../core/api/contract';
import { isUserError, UserError } from '../../../../core/errors';
import { formatUserError } from '../../../../core/wording/format-error';
import type { CompactionPreview } from '../../../../core/model/erasure';
import type { ProjectData } from '../../../../core/model/schema';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { translatorOf } from '../../i18n';

const MAX_DAYS = 36_500;

/**
 * Clearing the undo history, in the settings: all of it, or the steps older than some days.
 * The project file keeps every change so that it can be undone, and so keeps what was deleted;
 * this is where that leaves the file. It asks first, with the number of steps that go.
 */
export function HistoryCleanup({ api, data }: { api: BrobyggerApi; data: ProjectData }) {
  const { t, i18n } = useTranslation();
  const [scope, setScope] = useState<'all' | 'older'>('all');
  const [days, setDays] = useState('30');
  const [total, setTotal] = useState<number | null>(null);
  const [asking, setAsking] = useState<CompactionPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [removed, setRemoved] = useState<number | null>(null);
  const word = (e: unknown) =>
    formatUserError(isUserError(e) ? e : new UserError('io', 'errors.unexpected', { detail: String(e) }), translatorOf(i18n), 'form');

  // every edit adds a step: the count is asked again whenever the project changes
  useEffect(() => {
    let current = true;
    api.previewCompaction({ keepDays: null }).then(
      (p) => current && setTotal(p.total),
      () => current && setTotal(null),
    );
    return () => {
      current = false;
    };
  }, [api, data]);

  const dayCount = Number(days.trim());
  const daysValid = /^\d+$/.test(days.trim()) && dayCount >= 1 && dayCount <= MAX_DAYS;
  const keepDays = scope === 'all' ? null : dayCount;

  const ask = async () => {
    setFailure(null);
    setRemoved(null);
    try {
      setAsking(await api.previewCompaction({ keepDays }));
    } catch (e) {
      setFailure({ error: e });
    }
  };
  const clear = async () => {
    setBusy(true);
    try {
      const { compacted } = await api.compactHistory({ keepDays });
      setRemoved(compacted.dropped);
      setAsking(null);
    } catch (e) {
      setFailure({ error: e });
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="history-cleanup">
      <legend>{t('privacy.compact.legend')}</legend>
      <p className="muted">{t('privacy.compact.explain')}</p>
      {total !== null && <p>{t('privacy.compact.steps', { count: total })}</p>}
      <div className="row" role="radiogroup" aria-label={t('privacy.compact.scope')}>
        <label className="choice">
          <input type="radio" name="history-scope" checked={scope === 'all'} onChange={() => setScope('all')} />
          {t('privacy.compact.all')}
        </label>
        <label className="choice">
          <input type="radio" name="history-scope" checked={scope === 'older'} onChange={() => setScope('older')} />
          {t('privacy.compact.olderThan')}
        </label>
        <input
          type="number"
          min={1}
          max={MAX_DAYS}
          step={1}
          value={days}
          name="history-days"
          aria-label={t('privacy.compact.days')}
          aria-invalid={scope === 'older' && !daysValid}
          disabled={scope !== 'older'}
          onChange={(e) => setDays(e.target.value)}
        />
      </div>
      <div className="row">
        <button type="button" className="danger-outline" disabled={scope === 'older' && !daysValid} onClick={() => void ask()}>
          {t('privacy.compact.button')}
        </button>
        {removed !== null && (
          <span className="muted" role="status">
            {t('privacy.compact.done', { count: removed })}
          </span>
        )}
        {failure && !asking && (
          <span className="field-error" role="alert">
            {word(failure.error)}
          </span>
        )}
      </div>
      {asking && (
        <ConfirmDialog
          title={t('privacy.compact.title')}
          confirmLabel={t('privacy.compact.confirm')}
          busy={busy}
          error={failure ? word(failure.error) : null}
          onConfirm={() => void clear()}
          onCancel={() => {
            setAsking(null);
            setFailure(null);
          }}
        >
          <p>{asking.dropped > 0 ? t('privacy.compact.body', { count: asking.dropped, total: asking.total }) : t('privacy.compact.nothing')}</p>
          <p>
            <strong>{t('privacy.erase.irreversible')}</strong>
          </p>
        </ConfirmDialog>
      )}
    </fieldset>
  );
}
