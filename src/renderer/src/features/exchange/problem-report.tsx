import { useTranslation } from 'react-i18next';
import type { Problem } from '../../../../core/problems';
import { problemMessage } from '../../../../core/wording/format-error';
import { translatorOf } from '../../i18n';

/**
 * The validation report: every problem the check found, each on its own row by file, sheet, row
 * and column, so that a researcher can go to the cell in Excel. Nothing was written.
 */
export function ProblemReport({ problems }: { problems: readonly Problem[] }) {
  const { t, i18n } = useTranslation();
  const tr = translatorOf(i18n);
  const rowOf = (p: Problem) => {
    const row = p.at?.row ?? p.at?.nodeAt ?? p.at?.edge;
    const names = p.at?.names?.map((n) => n.id).join(' – ');
    if (row === undefined) return names ?? p.at?.node ?? '';
    return names ? `${row} (${names})` : String(row);
  };
  return (
    <div className="report" role="region" aria-label={t('exchange.wizard.refused')}>
      <p className="prompt-error" role="alert">
        {t('exchange.wizard.problems', { count: problems.length })}
      </p>
      <div className="report-scroll">
        <table className="data-table report-table">
          <thead>
            <tr>
              <th>{t('exchange.wizard.where.file')}</th>
              <th>{t('exchange.wizard.where.sheet')}</th>
              <th>{t('exchange.wizard.where.row')}</th>
              <th>{t('exchange.wizard.where.column')}</th>
              <th>{t('exchange.wizard.where.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p, i) => (
              <tr key={i}>
                <td>{p.at?.file ?? ''}</td>
                <td>{p.at?.sheet ?? ''}</td>
                <td className="num">{rowOf(p)}</td>
                <td>{p.at?.column ?? p.at?.attribute ?? p.at?.key ?? ''}</td>
                <td>{problemMessage(p, tr)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
