import { useTranslation } from 'react-i18next';

/** Browser mode opened without its token (e.g. a bookmarked address from an earlier run). */
export function NoConnection() {
  const { t } = useTranslation();
  return (
    <main className="start">
      <section className="start-card" role="alert">
        <h1>{t('app.name')}</h1>
        <p>{t('ui.sessionExpired')}</p>
      </section>
    </main>
  );
}
