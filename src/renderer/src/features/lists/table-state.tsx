import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SingleCommandInput } from '../../../../core/commands';
import { useActions } from '../../app';

export type SortDirection = 'ascending' | 'descending';

/** Which column a table is sorted by; choosing the same column again reverses the order. */
export function useSort<K extends string>(initial: K) {
  const [sort, setSort] = useState<{ key: K; direction: SortDirection }>({ key: initial, direction: 'ascending' });
  const toggle = (key: K) =>
    setSort((s) => ({ key, direction: s.key === key && s.direction === 'ascending' ? 'descending' : 'ascending' }));
  return { ...sort, toggle, sign: sort.direction === 'ascending' ? 1 : -1 };
}

/** A column header that sorts: a button inside the header cell, with aria-sort on the cell. */
export function SortHeader<K extends string>({
  column,
  sort,
  children,
  className,
}: {
  column: K;
  sort: { key: K; direction: SortDirection; toggle: (key: K) => void };
  children: ReactNode;
  className?: string;
}) {
  const active = sort.key === column;
  return (
    <th aria-sort={active ? sort.direction : 'none'} className={className}>
      <button type="button" className="sort" onClick={() => sort.toggle(column)}>
        {children}
        <span className="sort-mark" aria-hidden="true">
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
        </span>
      </button>
    </th>
  );
}

/**
 * The rows ticked for a bulk edit. Ticks of rows that have gone (deleted, filtered away) are
 * ignored rather than kept, so a bulk edit never reaches rows the user cannot see.
 */
export function useChecked(visible: readonly string[]) {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const checked = useMemo(() => visible.filter((id) => ticked.has(id)), [visible, ticked]);
  const all = visible.length > 0 && checked.length === visible.length;
  return {
    checked,
    has: (id: string) => ticked.has(id),
    toggle: (id: string) =>
      setTicked((s) => {
        const next = new Set(s);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    toggleAll: () => setTicked(all ? new Set() : new Set(visible)),
    clear: () => setTicked(new Set()),
    all,
  };
}

/** Long tables show their first rows and more on request, so a 10,000-row table opens at once. */
export const PAGE_ROWS = 300;

export function ShowMore({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  const { t } = useTranslation();
  if (shown >= total) return null;
  return (
    <div className="show-more">
      <span className="muted">{t('workspace.shownOf', { shown, total })}</span>
      <button type="button" onClick={onMore}>
        {t('workspace.showMore')}
      </button>
    </div>
  );
}

type Checks = ReturnType<typeof useChecked>;

/**
 * Applies one command per ticked row as a single batch (one undo takes it all back) and clears
 * the ticks when the store has taken it.
 */
export function useBulk(checks: Checks) {
  const actions = useActions();
  return (make: (id: string) => SingleCommandInput) => {
    const commands = checks.checked.map(make);
    if (commands.length === 0) return;
    void actions.apply(commands.length === 1 && commands[0] ? commands[0] : { type: 'batch', commands }).then((ok) => {
      if (ok) checks.clear();
    });
  };
}

/** What can be done to the ticked rows: the table's own choices, then delete and clear. */
export function BulkBar({ checks, remove, children }: { checks: Checks; remove: (id: string) => SingleCommandInput; children?: ReactNode }) {
  const { t } = useTranslation();
  const bulk = useBulk(checks);
  if (checks.checked.length === 0) return null;
  const count = t('workspace.checked', { count: checks.checked.length });
  return (
    <div className="bulk" role="group" aria-label={count}>
      <strong>{count}</strong>
      {children}
      <button type="button" className="danger" onClick={() => bulk(remove)}>
        {t('workspace.deleteChecked')}
      </button>
      <button type="button" className="ghost" onClick={checks.clear}>
        {t('workspace.uncheck')}
      </button>
    </div>
  );
}

export function CheckAllCell({ checks }: { checks: Checks }) {
  const { t } = useTranslation();
  return (
    <th className="check-cell">
      <input type="checkbox" checked={checks.all} onChange={checks.toggleAll} aria-label={t('workspace.selectAllRows')} />
    </th>
  );
}

export function CheckCell({ checks, id, label }: { checks: Checks; id: string; label: string }) {
  const { t } = useTranslation();
  return (
    <td className="check-cell" onClick={(e) => e.stopPropagation()}>
      <input type="checkbox" checked={checks.has(id)} onChange={() => checks.toggle(id)} aria-label={t('workspace.selectRow', { label })} />
    </td>
  );
}

/** The row's own delete button; the click does not also choose the row. */
export function DeleteCell({ label, command }: { label: string; command: SingleCommandInput }) {
  const { t } = useTranslation();
  const actions = useActions();
  return (
    <td>
      <button
        type="button"
        className="icon danger"
        title={t('ui.deleteWhat', { label })}
        aria-label={t('ui.deleteWhat', { label })}
        onClick={(e) => {
          e.stopPropagation();
          void actions.apply(command);
        }}
      >
        ×
      </button>
    </td>
  );
}
