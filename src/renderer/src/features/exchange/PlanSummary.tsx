import { useTranslation } from 'react-i18next';
import type { ImportPlanView } from '../../../../core/api/contract';
import { PLANNED, type PlannedCollection } from '../../../../core/import/plan';
import { fieldName } from './field-label';

/** The most lines of each list shown; the rest are counted, and the CLI's `--dry-run --json` lists all. */
const SHOWN = 200;

/** What an import will do: how many records of each kind are added, changed and removed, and each change as field: old → new. */
export function PlanSummary({ plan }: { plan: ImportPlanView }) {
  const { t, i18n } = useTranslation();
  const list = (parts: string[]) => new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(parts);
  const counts = (refs: ReadonlyArray<{ collection: PlannedCollection }>) =>
    list(
      PLANNED.flatMap((c) => {
        const n = refs.filter((r) => r.collection === c).length;
        return n === 0 ? [] : [t(`exchange.records.${c}`, { count: n })];
      }),
    );
  const value = (v: unknown) => (v === null || v === undefined || v === '' ? `(${t('exchange.cli.empty')})` : typeof v === 'string' ? `“${v}”` : JSON.stringify(v));
  const name = (r: { collection: PlannedCollection; label: string }) => `${t(`exchange.kinds.${r.collection}`)} ${r.label}`;
  const lines = [
    plan.added.length ? t('exchange.cli.added', { what: counts(plan.added) }) : null,
    plan.changed.length ? t('exchange.cli.changed', { what: counts(plan.changed) }) : null,
    plan.removed.length ? t('exchange.cli.removed', { what: counts(plan.removed) }) : null,
    plan.codes.length ? t('exchange.wizard.newCodes', { count: plan.codes.length, list: list(plan.codes.map((c) => c.key)) }) : null,
    plan.skippedRows ? t('names.wizard.skipped', { count: plan.skippedRows }) : null,
  ].filter((l): l is string => l !== null);
  const changes = plan.changed.flatMap((r) => r.fields.map((f) => ({ record: name(r), ...f, field: fieldName(r.collection, f.field, t) })));
  const more = (n: number) => (n > SHOWN ? <li className="muted">{t('exchange.wizard.moreLines', { count: n - SHOWN })}</li> : null);

  if (lines.length === 0) return <p>{t('exchange.wizard.noChanges')}</p>;
  return (
    <div className="plan">
      <p>{t('exchange.wizard.summary')}</p>
      <ul className="plan-counts">
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      {changes.length > 0 && (
        <details open>
          <summary>{t('exchange.wizard.changesTitle')}</summary>
          <ul className="plan-lines">
            {changes.slice(0, SHOWN).map((c, i) => (
              <li key={i}>
                <strong>{c.record}</strong>: {c.field} {value(c.before)} → {value(c.after)}
              </li>
            ))}
            {more(changes.length)}
          </ul>
        </details>
      )}
      {plan.added.length > 0 && (
        <details>
          <summary>
            {t('exchange.wizard.addedTitle')} ({plan.added.length})
          </summary>
          <ul className="plan-lines">
            {plan.added.slice(0, SHOWN).map((r) => (
              <li key={`${r.collection}:${r.id}`}>+ {name(r)}</li>
            ))}
            {more(plan.added.length)}
          </ul>
        </details>
      )}
      {plan.removed.length > 0 && (
        <details open>
          <summary>
            {t('exchange.wizard.removedTitle')} ({plan.removed.length})
          </summary>
          <ul className="plan-lines">
            {plan.removed.slice(0, SHOWN).map((r) => (
              <li key={`${r.collection}:${r.id}`}>− {name(r)}</li>
            ))}
            {more(plan.removed.length)}
          </ul>
        </details>
      )}
    </div>
  );
}
