import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { namesIn, plainNames, sayWith } from '../../../../core/analysis/wording';
import type { Language } from '../../../../core/i18n/catalogue';
import type { HelpTopic } from '../../../../core/i18n/help-da';
import type { ProjectData } from '../../../../core/model/schema';
import { translatorOf } from '../../i18n';
import type { Explanation } from './explain';
import { numbersFor, PAGE_SIZE, sameSelection, type Numbers, type Say, type Selection, type SortDirection, type SortState } from './panel-model';

/** The building blocks the three panels share: wording, sortable headers, choosable rows. */

/** The project whose names the panels' sentences use (actors, sectors' definite forms, forums). */
const PanelProject = createContext<ProjectData | null>(null);
export const PanelProjectProvider = PanelProject.Provider;

export function usePanelText(): { say: Say; lang: Language; nums: Numbers } {
  const { i18n } = useTranslation();
  const data = useContext(PanelProject);
  const lang: Language = i18n.language === 'en' ? 'en' : 'da';
  return useMemo(() => {
    const say: Say = sayWith(translatorOf(i18n), data ? namesIn(data, lang) : plainNames(lang));
    return { say, lang, nums: numbersFor(lang) };
  }, [i18n, data, lang]);
}

/** What a panel needs to let rows be chosen: the current choice and how to toggle one. */
export interface Choosing {
  selection: Selection | null;
  onChoose: (selection: Selection) => void;
}

type OnSort<C extends string> = (column: C, natural: SortDirection) => void;

/** A button that sorts by one column, marked with the order it sorts in. */
export function SortButton<C extends string>({
  column,
  sort,
  natural,
  onSort,
  children,
}: {
  column: C;
  sort: SortState<C>;
  natural: SortDirection;
  onSort: OnSort<C>;
  children: ReactNode;
}) {
  const active = sort.column === column;
  return (
    <button type="button" className={active ? 'sort-button active' : 'sort-button'} onClick={() => onSort(column, natural)}>
      {children}
      {/* only the sorted column is marked: a mark on every heading costs a narrow table its room */}
      {active && (
        <span className="sort-mark" aria-hidden="true">
          {sort.direction === 'ascending' ? '▲' : '▼'}
        </span>
      )}
    </button>
  );
}

/**
 * A column heading that sorts: its buttons sort by the column (or by either of two values the
 * column shows, e.g. an actor and their group), and aria-sort announces the order.
 */
export function SortHeader<C extends string>({
  column,
  also,
  sort,
  natural,
  onSort,
  title,
  numeric = false,
  children,
}: {
  column: C;
  /** a second value in the same column, sorted ascending by its own button */
  also?: { column: C; label: ReactNode };
  sort: SortState<C>;
  natural: SortDirection;
  onSort: OnSort<C>;
  title?: string;
  numeric?: boolean;
  children: ReactNode;
}) {
  const active = sort.column === column || sort.column === also?.column;
  return (
    <th aria-sort={active ? sort.direction : 'none'} className={numeric ? 'num' : undefined} title={title}>
      <SortButton column={column} sort={sort} natural={natural} onSort={onSort}>
        {children}
      </SortButton>
      {also && (
        <>
          {' / '}
          <SortButton column={also.column} sort={sort} natural="ascending" onSort={onSort}>
            {also.label}
          </SortButton>
        </>
      )}
    </th>
  );
}

/**
 * A table row that can be chosen: the whole row takes the click, and its first cell holds the
 * button that keyboard and screen-reader users reach (its click bubbles to the row).
 */
export function ChoosableRow({
  choice,
  choosing,
  label,
  sub,
  columns,
  explanation,
  children,
}: {
  choice: Selection;
  choosing: Choosing;
  /** the row's name, in its first cell */
  label: ReactNode;
  /** a second line under the name, e.g. the actor's group */
  sub?: ReactNode;
  /** how many cells the row has, for the explanation beneath it */
  columns: number;
  /** built only for the chosen row */
  explanation: () => Explanation;
  children?: ReactNode;
}) {
  const { say } = usePanelText();
  const chosen = sameSelection(choosing.selection, choice);
  return (
    <>
      <tr className={chosen ? 'choosable selected' : 'choosable'} onClick={() => choosing.onChoose(choice)}>
        <td className="name">
          <button type="button" className="row-button" aria-pressed={chosen} aria-expanded={chosen}>
            {label}
          </button>
          {sub !== undefined && <div className="row-sub">{sub}</div>}
        </td>
        {children}
      </tr>
      {chosen && (
        <tr className="explain-row">
          <td colSpan={columns}>
            <ExplanationText explanation={explanation()} whatToDo={say('panels.common.whatToDo')} />
          </td>
        </tr>
      )}
    </>
  );
}

export function ExplanationText({ explanation, whatToDo }: { explanation: Explanation; whatToDo: string }) {
  return (
    <div className="explanation" role="note">
      {explanation.lines.map((line, i) => (
        <p key={i}>{line}</p>
      ))}
      {explanation.advice.length > 0 && (
        <p className="advice">
          <strong>{whatToDo}:</strong> {explanation.advice.join(' ')}
        </p>
      )}
    </div>
  );
}

/** The first rows of a long list, and a button for more: tables stay fast at thousands of rows. */
export function useLimit(): [number, () => void] {
  const [limit, setLimit] = useState(PAGE_SIZE);
  return [limit, () => setLimit((l) => l + PAGE_SIZE * 2)];
}

export function ShowMore({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  const { say, nums } = usePanelText();
  if (total <= shown) return null;
  return (
    <div className="show-more">
      <span className="muted">{say('panels.common.shownOf', { shown: nums.int(shown), total: nums.int(total) })}</span>
      <button type="button" onClick={onMore}>
        {say('panels.common.showMore')}
      </button>
    </div>
  );
}

/** `topic`: the help topic F1 opens while the focus is in the section. */
export function Section({ title, note, children, testId, topic }: { title: string; note?: string; children: ReactNode; testId?: string; topic?: HelpTopic }) {
  return (
    <section className="panel-section" data-testid={testId} data-help-topic={topic}>
      <h3>{title}</h3>
      {note && <p className="panel-note muted">{note}</p>}
      {children}
    </section>
  );
}

/** A figure with its name and a sentence saying how to read it. */
export function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="figure">
      <div className="figure-label">{label}</div>
      <div className="figure-value">{value}</div>
      {note && <div className="figure-note muted">{note}</div>}
    </div>
  );
}

/** A sector's colour dot and name, as the lists show it. */
export function SectorName({ color, label }: { color: string | undefined; label: string }) {
  return (
    <span className="sector-chip">
      <span className="swatch" style={{ background: color ?? '#9A9A9A' }} />
      {label}
    </span>
  );
}
