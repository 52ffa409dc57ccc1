import { useTranslation } from 'react-i18next';

export function ErrorBanner({ message, onClose }: { message: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="error-banner" role="alert">
      <strong>{t('ui.errorTitle')}</strong>
      <pre>{message}</pre>
      <button type="button" className="ghost" onClick={onClose} aria-label={t('ui.close')}>
        ×
      </button>
    </div>
  );
}
