import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorKind, ProjectData } from '../../../../core/model/schema';
import { collatorFor } from '../../../../core/text/collate';

/** A choice of actor, persons and organisations apart, each in Danish alphabetical order. */
export function ActorSelect({
  data,
  value,
  onChange,
  label,
  placeholder,
  kinds = ['person', 'organisation', 'department'],
  exclude = [],
  name,
}: {
  data: ProjectData;
  value: string;
  onChange: (id: string) => void;
  label: string;
  placeholder?: string;
  kinds?: readonly ActorKind[];
  exclude?: readonly string[];
  name?: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const groups = useMemo(() => {
    const collator = collatorFor(lang);
    const left = new Set(exclude);
    const sorted = data.actors.filter((a) => kinds.includes(a.kind) && !left.has(a.id)).sort((a, b) => collator.compare(a.label, b.label));
    return [
      { label: t('workspace.persons'), actors: sorted.filter((a) => a.kind === 'person') },
      { label: t('workspace.organisations'), actors: sorted.filter((a) => a.kind !== 'person') },
    ].filter((g) => g.actors.length > 0);
  }, [data.actors, kinds, exclude, lang, t]);

  return (
    <select value={value} onChange={(e) => onChange(e.target.value)} aria-label={label} name={name}>
      <option value="">{placeholder ?? t('workspace.chooseActor')}</option>
      {groups.map((g) => (
        <optgroup key={g.label} label={g.label}>
          {g.actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
