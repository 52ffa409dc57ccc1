import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogues, type Language } from '../../../../core/i18n/catalogue';
import { useEscape } from '../../components/use-escape';
import { HELP_GROUPS, HELP_TOPICS, RELATED_TOPICS, isHelpTopic, searchTopics, type HelpTopic } from './help-topics';
import './help.css';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/**
 * The help panel: what every measure means, how it is computed, how to read it, and where it
 * comes from. A modal dialog with the topics on the left (searchable, grouped as the analyses)
 * and the chosen topic on the right. `topic` opens it on one topic, for the "?" of a metric.
 */
export function HelpPanel({ onClose, topic }: { onClose: () => void; topic?: string }) {
  const { t, i18n } = useTranslation();
  const lang: Language = i18n.language === 'en' ? 'en' : 'da';
  const help = catalogues[lang].help;
  const headingId = useId();
  const articleHeadingId = useId();
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState<HelpTopic>(isHelpTopic(topic) ? topic : (HELP_TOPICS[0] as HelpTopic));
  // opened from a metric's "?", the reader wants the topic, not the search field
  const [openedOnTopic] = useState(isHelpTopic(topic));
  const dialogRef = useRef<HTMLElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const articleRef = useRef<HTMLElement>(null);
  const articleHeadingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLElement>(null);

  // a new `topic` from the caller (another "?" pressed while open) opens that topic
  const [requested, setRequested] = useState(topic);
  if (topic !== requested) {
    setRequested(topic);
    if (isHelpTopic(topic)) setCurrent(topic);
  }

  // Focus goes into the dialog, and back to whatever opened it (the toolbar's button) on close.
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (openedOnTopic) articleHeadingRef.current?.focus();
    else searchRef.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, [openedOnTopic]);

  // Escape closes from anywhere, also while the focus is on the toolbar's language switch.
  useEscape(onClose);

  useEffect(() => {
    if (articleRef.current) articleRef.current.scrollTop = 0;
    listRef.current?.querySelector<HTMLElement>('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const matches = useMemo(
    () => searchTopics(query, (key) => help.entries[key], (group) => help.groups[group], (key) => t(key)),
    [query, help, t],
  );
  const entry = help.entries[current];

  const open = (key: HelpTopic, focusArticle = false) => {
    setCurrent(key);
    if (focusArticle) articleHeadingRef.current?.focus();
  };

  /** Tab stays inside the dialog: it is modal, and what lies behind it is not for now. */
  const keepFocusInside = (e: ReactKeyboardEvent) => {
    if (e.key !== 'Tab' || !dialogRef.current) return;
    const focusable = [...dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && (document.activeElement === first || !dialogRef.current.contains(document.activeElement))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  /** Arrow keys, Home and End move through the visible topics and open them; ArrowDown from the search field goes to the first. */
  const moveInList = (e: ReactKeyboardEvent) => {
    const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
    if (!keys.includes(e.key) || !listRef.current) return;
    // in the search field only ArrowDown leaves for the list; the others move the caret
    if (e.target === searchRef.current && e.key !== 'ArrowDown') return;
    const buttons = [...listRef.current.querySelectorAll<HTMLButtonElement>('button[data-topic]')];
    if (buttons.length === 0) return;
    const at = buttons.findIndex((b) => b === document.activeElement);
    const next =
      e.key === 'Home' ? 0 : e.key === 'End' ? buttons.length - 1 : e.key === 'ArrowDown' ? Math.min(buttons.length - 1, at + 1) : Math.max(0, at - 1);
    const button = buttons[next];
    const key = button?.dataset['topic'];
    if (!button || !isHelpTopic(key)) return;
    e.preventDefault();
    button.focus();
    setCurrent(key);
  };

  const related = RELATED_TOPICS[current] ?? [];
  const searching = query.trim() !== '';
  const topicItem = (key: HelpTopic) => (
    <li key={key}>
      <button
        type="button"
        data-topic={key}
        className={key === current ? 'help-topic current' : 'help-topic'}
        aria-current={key === current ? 'true' : undefined}
        onClick={() => open(key)}
      >
        {help.entries[key].title}
      </button>
    </li>
  );

  return (
    <div
      className="modal-backdrop"
      onClick={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <section ref={dialogRef} className="modal help-dialog" role="dialog" aria-modal="true" aria-labelledby={headingId} onKeyDown={keepFocusInside}>
        <header className="help-head">
          <div>
            <h2 id={headingId}>{t('help.title')}</h2>
            <p className="muted">{help.intro}</p>
          </div>
          <button type="button" onClick={onClose}>
            {t('help.close')}
          </button>
        </header>
        <div className="help-body">
          <nav className="help-nav" aria-label={help.topicList} ref={listRef} onKeyDown={moveInList}>
            <input
              ref={searchRef}
              className="help-search"
              type="search"
              value={query}
              placeholder={help.searchPlaceholder}
              aria-label={help.search}
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={(e) => {
                // Enter opens the best match, as a search box is expected to
                const first = matches[0];
                if (e.key === 'Enter' && first) {
                  e.preventDefault();
                  setCurrent(first);
                }
              }}
            />
            <div className="help-topic-list">
              {matches.length === 0 && <p className="muted help-none">{t('help.noMatches', { query })}</p>}
              {searching ? (
                // a search lists its matches best first, as Enter and ArrowDown take them
                <ul className="help-matches">{matches.map(topicItem)}</ul>
              ) : (
                HELP_GROUPS.map((group) => (
                  <div key={group.key} className="help-group">
                    <h3>{help.groups[group.key]}</h3>
                    <ul>{group.topics.map(topicItem)}</ul>
                  </div>
                ))
              )}
            </div>
          </nav>
          <article className="help-article" ref={articleRef} aria-labelledby={articleHeadingId} data-topic={current}>
            <h3 id={articleHeadingId} ref={articleHeadingRef} tabIndex={-1}>
              {entry.title}
            </h3>
            <section>
              <h4>{help.sectionWhat}</h4>
              <p>{entry.what}</p>
            </section>
            <section>
              <h4>{help.sectionHow}</h4>
              <p>{entry.how}</p>
              <pre className="help-formula" aria-label={help.sectionFormula}>
                {entry.formula}
              </pre>
            </section>
            <section>
              <h4>{help.sectionRead}</h4>
              <p>{entry.read}</p>
            </section>
            <section className="help-cite">
              <h4>{help.sectionCite}</h4>
              <ul>
                {entry.cite.split('\n').map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </section>
            {related.length > 0 && (
              <section className="help-related">
                <h4>{help.sectionRelated}</h4>
                <ul>
                  {related.map((key) => (
                    <li key={key}>
                      <button type="button" className="link" onClick={() => open(key, true)}>
                        {help.entries[key].title}
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </article>
        </div>
      </section>
    </div>
  );
}
