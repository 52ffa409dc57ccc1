import { useTranslation } from 'react-i18next';
import type { ProjectData } from '../../../../core/model/schema';

/**
 * The options of a sector or role choice, in the interface's language: the same list wherever
 * an actor's sector or a membership's role is chosen. `none` adds a first option for no sector
 * under the given value ('' for "none", '-' where '' already means "all").
 */
export function SectorOptions({ data, none }: { data: ProjectData; none?: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  return (
    <>
      {none === '' && <option value="">{t('ui.noSector')}</option>}
      {data.codebooks.sectors.map((s) => (
        <option key={s.key} value={s.key}>
          {s.label[lang]}
        </option>
      ))}
      {none !== undefined && none !== '' && <option value={none}>{t('ui.noSector')}</option>}
    </>
  );
}

export function RoleOptions({ data }: { data: ProjectData }) {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  return (
    <>
      {data.codebooks.roles.map((r) => (
        <option key={r.key} value={r.key}>
          {r.label[lang]}
        </option>
      ))}
    </>
  );
}
