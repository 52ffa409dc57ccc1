import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentProject } from '../../../../core/api/contract';
import { useActions } from '../../app';
import { LanguageSwitch } from '../../components/LanguageSwitch';

export function StartScreen() {
  const { t } = useTranslation();
  const actions = useActions();
  const [recent, setRecent] = useState<RecentProject[]>([]);

  useEffect(() => {
    actions.api.listRecent({}).then(setRecent, () => setRecent([]));
  }, [actions.api]);

  const existing = recent.filter((r) => r.exists);
  return (
    <main className="start">
      <section className="start-card">
        <div className="start-head">
          <h1>{t('ui.welcomeTitle')}</h1>
          <LanguageSwitch />
        </div>
        <p className="lead">{t('ui.welcomeText')}</p>
        <div className="start-actions">
          <button type="button" className="primary" onClick={actions.openSample}>
            {t('ui.openSample')}
          </button>
          <button type="button" onClick={actions.newProject}>
            {t('ui.newProject')}
          </button>
          <button type="button" onClick={actions.openProject}>
            {t('ui.openProject')}
          </button>
          <button type="button" onClick={() => actions.openImport()}>
            {t('exchange.wizard.startButton')}
          </button>
        </div>
        <h2>{t('ui.recent')}</h2>
        {existing.length === 0 ? (
          <p className="muted">{t('ui.noRecent')}</p>
        ) : (
          <ul className="recent">
            {existing.map((r) => (
              <li key={r.path}>
                <button type="button" className="link" onClick={() => actions.openPath(r.path)}>
                  <span className="recent-name">{r.name}</span>
                  <span className="recent-path">{r.path}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
