import { useId, useMemo, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { searchActors, type ActorIndex } from '../../../../core/matching/search';
import type { Actor } from '../../../../core/model/schema';
import type { End } from './coding-model';

/** Suggestions shown at most: enough to tell namesakes apart, few enough to read. */
const SHOWN = 8;

type Suggestion = { kind: 'actor'; actor: Actor; exact: boolean } | { kind: 'create'; name: string };

/**
 * Choosing an actor by typing (the ARIA combobox pattern): the suggestions follow each key,
 * ↑ and ↓ move through them, Enter takes one, Escape closes the list. When nothing typed is
 * an actor's name (up to spelling and word order), the last suggestion creates it. What the
 * field holds is the choice, `value`; the text is only what is typed until one is taken.
 */
export function ActorCombobox({
  label,
  index,
  describe,
  value,
  valueLabel,
  onChange,
  onTaken,
  exclude = [],
  allowCreate = true,
  inputRef,
  testId,
}: {
  label: string;
  index: ActorIndex<Actor>;
  /** what tells namesakes apart: a person's organisations, an organisation's kind */
  describe: (actor: Actor) => string;
  value: End | null;
  /** the chosen actor's name, or the new actor's */
  valueLabel: string;
  onChange: (end: End | null) => void;
  /** after a suggestion was taken, so the form can move on */
  onTaken?: (end: End) => void;
  exclude?: readonly string[];
  allowCreate?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  testId?: string;
}) {
  const { t } = useTranslation();
  const listId = useId();
  const optionId = useId();
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // while nothing is typed, the field shows the choice
  const shown = text ?? valueLabel;

  const suggestions = useMemo((): Suggestion[] => {
    if (text === null || text.trim() === '') return [];
    const left = new Set(exclude);
    const hits = searchActors(text, index)
      .filter((h) => !left.has(h.actor.id))
      .slice(0, SHOWN)
      .map((h): Suggestion => ({ kind: 'actor', actor: h.actor, exact: h.score === 2 }));
    const known = hits.some((h) => h.kind === 'actor' && h.exact);
    return allowCreate && !known ? [...hits, { kind: 'create', name: text.trim() }] : hits;
  }, [text, index, exclude, allowCreate]);
  const listed = open && suggestions.length > 0;

  /** `moveOn`: the form may move the focus on (not when the focus is leaving anyway) */
  const take = (s: Suggestion, moveOn = true) => {
    const end: End = s.kind === 'actor' ? { id: s.actor.id } : { create: { label: s.name, kind: 'person', sector: null, organisation: null, role: '' } };
    onChange(end);
    setText(null);
    setOpen(false);
    if (moveOn) onTaken?.(end);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!listed) {
        setOpen(true);
        setActive(0);
        return;
      }
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step + suggestions.length) % suggestions.length);
    } else if (e.key === 'Enter' && listed) {
      // Enter takes the suggestion; only a closed list lets Enter save the form
      e.preventDefault();
      const s = suggestions[active];
      if (s) take(s);
    } else if (e.key === 'Escape' && listed) {
      // the list closes, the dialog stays
      e.preventDefault();
      setOpen(false);
    }
  };

  const onBlur = () => {
    setOpen(false);
    // a name typed out in full is taken without Enter; anything else typed stays to be finished
    const exact = suggestions.find((s) => s.kind === 'actor' && s.exact);
    if (exact) take(exact, false);
  };

  const describedBy = `${listId}-status`;
  return (
    <div className="actor-combobox" data-testid={testId}>
      <label>
        <span className="choice-label">{label}</span>
        <input
          ref={inputRef}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={listed}
          aria-controls={listId}
          aria-activedescendant={listed ? `${optionId}-${active}` : undefined}
          aria-describedby={describedBy}
          value={shown}
          placeholder={t('coding.typeName')}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(0);
            // what is typed replaces the choice until a suggestion is taken
            if (value !== null) onChange(null);
          }}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
        />
      </label>
      {value && 'create' in value && text === null && <span className="new-badge">{t('coding.newBadge')}</span>}
      <ul id={listId} role="listbox" aria-label={t('coding.suggestions', { field: label })} className="suggestions" hidden={!listed}>
        {listed &&
          suggestions.map((s, i) => (
            <li
              key={s.kind === 'actor' ? s.actor.id : '+create'}
              id={`${optionId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={[i === active ? 'active' : '', s.kind === 'create' ? 'create' : ''].join(' ').trim() || undefined}
              // the input keeps the focus: a click must not blur it before the choice is made
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => take(s)}
            >
              {s.kind === 'actor' ? (
                <>
                  <span className="suggestion-name">{s.actor.label}</span>
                  <span className="muted suggestion-note">{describe(s.actor)}</span>
                </>
              ) : (
                <span className="suggestion-name">{t('coding.createOption', { name: s.name })}</span>
              )}
            </li>
          ))}
      </ul>
      <span id={describedBy} className="visually-hidden" role="status">
        {listed ? (suggestions.some((s) => s.kind === 'actor') ? t('coding.suggestionsCount', { count: suggestions.filter((s) => s.kind === 'actor').length }) : t('coding.noMatch')) : ''}
      </span>
    </div>
  );
}
