import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorKind, ProjectData } from '../../../../core/model/schema';
import { collatorFor, matchesSearch } from '../../../../core/text/collate';
import { useActions } from '../../App';

export function ActorTable({
  data,
  kinds,
  query,
  selected,
  onSelect,
}: {
  data: ProjectData;
  kinds: readonly ActorKind[];
  query: string;
  selected: string | null;
  onSelect: (id: string | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const actions = useActions();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const isPersons = kinds.includes('person');

  const rows = useMemo(() => {
    const labels = new Map(data.actors.map((a) => [a.id as string, a.label]));
    const sectors = new Map(data.codebooks.sectors.map((s) => [s.key, s]));
    const roles = new Map(data.codebooks.roles.map((r) => [r.key, r.label[lang]]));
    const related = new Map<string, string[]>();
    for (const m of data.memberships) {
      const [owner, other] = isPersons ? [m.person, m.organisation] : [m.organisation, m.person];
      const text = isPersons ? `${labels.get(other) ?? other} (${roles.get(m.role) ?? m.role})` : (labels.get(other) ?? other);
      related.set(owner, [...(related.get(owner) ?? []), text]);
    }
    const collator = collatorFor(lang);
    return data.actors
      .filter((a) => kinds.includes(a.kind) && matchesSearch(a.label, query))
      .sort((a, b) => collator.compare(a.label, b.label))
      .map((a) => ({ actor: a, sector: a.sector ? sectors.get(a.sector) : undefined, related: related.get(a.id) ?? [] }));
  }, [data, kinds, query, lang, isPersons]);

  if (rows.length === 0) return <p className="muted empty">{t('ui.empty')}</p>;
  return (
    <table className="data-table" data-testid={isPersons ? 'persons-table' : 'organisations-table'}>
      <caption className="visually-hidden">{t('ui.count', { count: rows.length })}</caption>
      <thead>
        <tr>
          <th>{t('ui.name')}</th>
          {!isPersons && <th>{t('ui.kind')}</th>}
          <th>{t('ui.sector')}</th>
          <th>{isPersons ? t('ui.organisations') : t('ui.members')}</th>
          <th aria-label={t('ui.delete')} />
        </tr>
      </thead>
      <tbody>
        {rows.map(({ actor, sector, related }) => (
          <tr
            key={actor.id}
            className={selected === actor.id ? 'selected' : undefined}
            onClick={() => onSelect(actor.id)}
          >
            <td className="name">{actor.label}</td>
            {!isPersons && <td>{t(`kinds.${actor.kind}`)}</td>}
            <td>
              <span className="sector-chip">
                <span className="swatch" style={{ background: sector?.color ?? '#9A9A9A' }} />
                {sector ? sector.label[lang] : t('ui.noSector')}
              </span>
            </td>
            <td className="related">{isPersons ? related.join(', ') : related.length}</td>
            <td>
              <button
                type="button"
                className="icon danger"
                title={t('ui.deleteWhat', { label: actor.label })}
                aria-label={t('ui.deleteWhat', { label: actor.label })}
                onClick={(e) => {
                  e.stopPropagation();
                  void actions.apply({ type: 'actor.remove', id: actor.id });
                }}
              >
                ×
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
