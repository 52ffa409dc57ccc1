import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectData } from '../../../../core/model/schema';
import { collatorFor, matchesSearch } from '../../../../core/text/collate';

export function TieTable({ data, query }: { data: ProjectData; query: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const rows = useMemo(() => {
    const labels = new Map(data.actors.map((a) => [a.id as string, a.label]));
    const types = new Map(data.codebooks.tieTypes.map((tt) => [tt.key, tt.label[lang]]));
    const collator = collatorFor(lang);
    return data.ties
      .map((tie) => ({
        tie,
        source: labels.get(tie.source) ?? tie.source,
        target: labels.get(tie.target) ?? tie.target,
        type: types.get(tie.type) ?? tie.type,
      }))
      .filter((r) => matchesSearch(`${r.source} ${r.target} ${r.type}`, query))
      .sort((a, b) => collator.compare(a.source, b.source) || collator.compare(a.target, b.target));
  }, [data, query, lang]);

  if (rows.length === 0) return <p className="muted empty">{t('ui.empty')}</p>;
  return (
    <table className="data-table" data-testid="ties-table">
      <thead>
        <tr>
          <th>{t('ui.source')}</th>
          <th>{t('ui.target')}</th>
          <th>{t('ui.type')}</th>
          <th>{t('ui.strength')}</th>
          <th>{t('ui.formality')}</th>
          <th>{t('ui.evidence')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ tie, source, target, type }) => (
          <tr key={tie.id}>
            <td>{source}</td>
            <td>
              {tie.directed ? '→ ' : ''}
              {target}
            </td>
            <td>{type}</td>
            <td className="num">{tie.strength ?? ''}</td>
            <td>{tie.formality ? t(`formality.${tie.formality}`) : ''}</td>
            <td className="evidence" title={tie.evidence.quote}>
              {tie.evidence.source}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
