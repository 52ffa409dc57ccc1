import { useTranslation } from 'react-i18next';
import type { ProjectData } from '../../../../core/model/schema';
import './entry.css';

/**
 * An empty list of persons or organisations says what to type and where: a person belongs to an
 * organisation, so with none yet the persons' list sends the user to the organisations first.
 */
export function EmptyActors({ data, persons, onOrganisations }: { data: ProjectData; persons: boolean; onOrganisations: () => void }) {
  const { t } = useTranslation();
  const noOrganisations = !data.actors.some((a) => a.kind !== 'person');
  if (!persons) return <p className="empty-hint">{t('entry.empty.organisations')}</p>;
  if (!noOrganisations) return <p className="empty-hint">{t('entry.empty.persons')}</p>;
  return (
    <div className="empty-hint">
      <p>{t('entry.empty.personsFirst')}</p>
      <button type="button" onClick={onOrganisations}>
        {t('entry.steps.go.organisations')}
      </button>
    </div>
  );
}
