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
          <th>{t('coding.forum.authority')}</th>
          <th>{t('ui.mandate')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ forum, kind, chair }) => (
          <tr key={forum.id} className={selected === forum.id ? 'selected' : undefined} onClick={() => onSelect(forum.id)} aria-selected={selected === forum.id}>
            <td className="name">
              {/* the row is chosen by this button from the keyboard; a click anywhere on the row does it too */}
              <button type="button" className="link forum-choose" aria-label={t('coding.forum.chooseForum', { name: forum.label })} aria-pressed={selected === forum.id}>
                {forum.label}
              </button>
            </td>
            <td>{kind}</td>
            <td className="num">{forum.seats.length}</td>
            <td>{chair}</td>
            <td>{forum.authority ? t(`coding.forum.authorities.${forum.authority}`) : '–'}</td>
            <td>{forum.mandate.trim() || forum.mandateLink ? t('ui.hasMandate') : t('ui.noMandate')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
