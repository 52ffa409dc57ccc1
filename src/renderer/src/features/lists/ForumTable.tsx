import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectData } from '../../../../core/model/schema';
import { collatorFor, matchesSearch } from '../../../../core/text/collate';

export function ForumTable({
  data,
  query,
  selected,
  onSelect,
}: {
  data: ProjectData;
  query: string;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const rows = useMemo(() => {
    const labels = new Map(data.actors.map((a) => [a.id as string, a.label]));
    const kinds = new Map(data.codebooks.forumKinds.map((k) => [k.key, k.label[lang]]));
    const collator = collatorFor(lang);
    return data.forums
      .filter((f) => matchesSearch(f.label, query))
      .sort((a, b) => collator.compare(a.label, b.label))
      .map((f) => ({
        forum: f,
        kind: kinds.get(f.kind) ?? f.kind,
        chair: f.seats
          .filter((s) => s.role === 'chair')
          .map((s) => labels.get(s.actor) ?? s.actor)
          .join(', '),
      }));
  }, [data, query, lang]);

  if (rows.length === 0) return <p className="muted empty">{t('ui.empty')}</p>;
  return (
    <table className="data-table" data-testid="forums-table">
      <thead>
        <tr>
          <th>{t('ui.name')}</th>
          <th>{t('ui.forumKind')}</th>
          <th>{t('ui.seats')}</th>
          <th>{t('ui.chair')}</th>
          <th>{t('ui.mandate')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ forum, kind, chair }) => (
          <tr key={forum.id} className={selected === forum.id ? 'selected' : undefined} onClick={() => onSelect(forum.id)} aria-selected={selected === forum.id}>
            <td className="name">{forum.label}</td>
            <td>{kind}</td>
            <td className="num">{forum.seats.length}</td>
            <td>{chair}</td>
            <td>{forum.mandate.trim() ? t('ui.hasMandate') : t('ui.noMandate')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
