import { useTranslation } from 'react-i18next';
import type { DepartureScenario } from '../../../../core/analysis/departure';
import type { ProjectData } from '../../../../core/model/schema';
import { KindSwatch } from './KindSwatch';
import { signedWeek } from './week-text';

/**
 * What a departure takes from the reception timeline, in the scenario panel: the activities left
 * with no contact person or owner, and those whose owner loses its only link to the municipality,
 * each with its kind, owners and weeks.
 */
export function DepartureActivities({ data, activities }: { data: ProjectData; activities: DepartureScenario['activities'] }) {
  const { t } = useTranslation();
  if (activities.lost.length === 0 && activities.unlinked.length === 0) return null;
  const labels = new Map(data.actors.map((a) => [a.id as string, a.label]));
  const byId = new Map(data.activities.map((a) => [a.id as string, a]));
  const list = (ids: readonly string[], testId: string) => (
    <ul className="plain departure-activities" data-testid={testId}>
      {ids.map((id) => {
        const a = byId.get(id);
        if (!a) return <li key={id}>{id}</li>;
        return (
          <li key={id}>
            <KindSwatch kind={a.kind} /> <strong>{a.title}</strong>{' '}
            <span className="muted">
              ({a.owners.map((o) => labels.get(o) ?? o).join(', ')}; {t('timeline.window', { from: signedWeek(a.window.from), to: signedWeek(a.window.to) })})
            </span>
          </li>
        );
      })}
    </ul>
  );
  return (
    <>
      {activities.lost.length > 0 && (
        <>
          <h3 className="lost">{t('timeline.departure.lost', { count: activities.lost.length })}</h3>
          {list(activities.lost, 'scenario-activities-lost')}
        </>
      )}
      {activities.unlinked.length > 0 && (
        <>
          <h3 className="weakened">{t('timeline.departure.unlinked', { count: activities.unlinked.length })}</h3>
          {list(activities.unlinked, 'scenario-activities-unlinked')}
        </>
      )}
    </>
  );
}
