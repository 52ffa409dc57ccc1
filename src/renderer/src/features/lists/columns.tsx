import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useEscape } from '../../components/use-escape';
import './lists.css';

/**
 * A table's columns described once: how each is headed, sorted, shown and (in the chosen row)
 * edited. The tables lay them out; the column chooser says which are shown.
 */
export interface TableColumn<R> {
  id: string;
  label: string;
  /** always shown (the row's name, a tie's two ends) */
  fixed?: boolean;
  /** shown until the user says otherwise */
  shownByDefault: boolean;
  className?: string;
  compare: (a: R, b: R) => number;
  show: (row: R) => ReactNode;
  /** the editor shown in the chosen row; none: the column is read-only here */
  edit?: (row: R) => ReactNode;
}

/**
 * A cell the chosen row edits says so before the row is chosen (entry.css underlines it and puts
 * a pencil on the row's hover) and in its title; in the chosen row its editor shows that itself.
 */
export function useEditableCells() {
  const { t } = useTranslation();
  return (editable: boolean, className?: string, how: 'edit' | 'rename' = 'edit'): { className?: string; title?: string } =>
    editable ? { className: className ? `${className} editable` : 'editable', title: t(`entry.cells.${how}`) } : className ? { className } : {};
}

/** Where a table's column choice is kept: the renderer's own storage, per project file and table. */
const storageKey = (project: string, table: string) => `brobygger:columns:${table}:${project}`;

function readChoices(key: string): Record<string, boolean> {
  try {
    const raw: unknown = JSON.parse(globalThis.localStorage.getItem(key) ?? '{}');
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
    return Object.fromEntries(Object.entries(raw).filter((e): e is [string, boolean] => typeof e[1] === 'boolean'));
  } catch {
    return {};
  }
}

/**
 * Which columns a table shows: each column's default, overridden by what the user chose, kept
 * per project (a new attribute defined later gets its default, an old choice stays).
 */
export function useShownColumns<R>(columns: ReadonlyArray<TableColumn<R>>, project: string, table: string) {
  const key = storageKey(project, table);
  const [choices, setChoices] = useState<Record<string, boolean>>(() => readChoices(key));
  const loaded = useRef(key);
  useEffect(() => {
    if (loaded.current === key) return;
    loaded.current = key;
    setChoices(readChoices(key));
  }, [key]);
  const isShown = (c: TableColumn<R>) => c.fixed === true || (choices[c.id] ?? c.shownByDefault);
  const toggle = (id: string) => {
    const column = columns.find((c) => c.id === id);
    if (!column || column.fixed) return;
    const next = { ...choices, [id]: !isShown(column) };
    setChoices(next);
    try {
      globalThis.localStorage.setItem(key, JSON.stringify(next));
    } catch {
      // a full or unavailable storage only means the choice is not remembered
    }
  };
  return { shown: columns.filter(isShown), isShown, toggle };
}

/** The column chooser: a box per column that can be hidden, over the table from its button. */
export function ColumnChooser<R>({ columns, isShown, onToggle }: { columns: ReadonlyArray<TableColumn<R>>; isShown: (c: TableColumn<R>) => boolean; onToggle: (id: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const summary = useRef<HTMLElement>(null);
  useEscape(() => {
    setOpen(false);
    summary.current?.focus();
  }, open);
  return (
    <details className="column-chooser" open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="column-chooser">
      <summary ref={summary} title={t('details.table.columnsHint')}>
        {t('details.table.columns')}
      </summary>
      <fieldset className="column-chooser-panel">
        <legend>{t('details.table.columnsTitle')}</legend>
        {columns
          .filter((c) => !c.fixed)
          .map((c) => (
            <label key={c.id} className="check">
              <input type="checkbox" checked={isShown(c)} onChange={() => onToggle(c.id)} name={`column-${c.id}`} />
              {c.label}
            </label>
          ))}
      </fieldset>
    </details>
  );
}

/** A choice in the chosen row: saved when made. */
export function InlineChoice<V extends string>({
  label,
  value,
  options,
  unknown,
  onChange,
}: {
  label: string;
  value: V | null;
  options: ReadonlyArray<readonly [V, string]>;
  /** the label of "no value", when there may be none */
  unknown?: string;
  onChange: (value: V | null) => void;
}) {
  return (
    <select
      className="inline-edit"
      value={value ?? ''}
      aria-label={label}
      onClick={(e) => e.stopPropagation()}
      onChange={(e) => onChange(options.find(([v]) => v === e.target.value)?.[0] ?? null)}
    >
      {unknown !== undefined && <option value="">{unknown}</option>}
      {options.map(([v, text]) => (
        <option key={v} value={v}>
          {text}
        </option>
      ))}
    </select>
  );
}

/** Text in the chosen row: saved when left or on Enter, put back on Escape. */
export function InlineText({ label, value, onSave, inputMode }: { label: string; value: string; onSave: (text: string) => void; inputMode?: 'decimal' }) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      className="inline-edit"
      aria-label={label}
      inputMode={inputMode}
      value={draft ?? value}
      onClick={(e) => e.stopPropagation()}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => {
        if (draft !== null && draft !== value) onSave(draft);
        setDraft(null);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') {
          e.preventDefault();
          setDraft(null);
        }
      }}
    />
  );
}
