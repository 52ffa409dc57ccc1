import { useId, useRef, type KeyboardEvent } from 'react';
import { optionForKey } from './choice-keys';

export interface ChoiceOption<V> {
  value: V;
  label: string;
  /** the digit that picks it, shown beside it; null for none */
  key: string | null;
  /** a longer wording, for a label shortened on screen ("–" is "not stated"); also its name for a screen reader */
  title?: string;
}

/**
 * One field of the coding form as a group of radio buttons: Tab reaches the group at its chosen
 * option and leaves it, the arrows move the choice, a digit or a first letter picks at once,
 * Delete or Backspace picks the "not stated" option (the one whose value is null), and Enter
 * saves the form as it does from any other field.
 */
export function ChoiceField<V>({
  label,
  hint,
  options,
  value,
  onChange,
  testId,
}: {
  label: string;
  hint?: string;
  options: ReadonlyArray<ChoiceOption<V>>;
  value: V;
  onChange: (value: V) => void;
  testId?: string;
}) {
  const labelId = useId();
  const hintId = useId();
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const chosen = options.findIndex((o) => o.value === value);

  const pick = (at: number) => {
    const option = options[at];
    if (!option) return;
    onChange(option.value);
    buttons.current[at]?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const from = chosen >= 0 ? chosen : buttons.current.findIndex((b) => b === document.activeElement);
    let at: number | null;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') at = (from + 1) % options.length;
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') at = (from - 1 + options.length) % options.length;
    else if (e.key === 'Home') at = 0;
    else if (e.key === 'End') at = options.length - 1;
    else if (e.key === 'Delete' || e.key === 'Backspace') {
      const none = options.findIndex((o) => o.value === null);
      at = none >= 0 ? none : null;
    } else if (e.key === 'Enter') {
      // Enter saves, as from every other field; it does not press the option button
      e.preventDefault();
      e.currentTarget.closest('form')?.requestSubmit();
      return;
    } else at = optionForKey(options, e.key, from);
    if (at === null) return;
    e.preventDefault();
    pick(at);
  };

  // the group is reached by Tab at its chosen option, or at its first when none is chosen
  const tabStop = chosen >= 0 ? chosen : 0;
  return (
    <div className="choice-field" data-testid={testId}>
      <span id={labelId} className="choice-label">
        {label}
      </span>
      <div role="radiogroup" aria-labelledby={labelId} aria-describedby={hint ? hintId : undefined} className="choice-options" onKeyDown={onKeyDown}>
        {options.map((o, i) => (
          <button
            key={String(o.value)}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            role="radio"
            aria-checked={i === chosen}
            aria-keyshortcuts={o.key ?? undefined}
            title={o.title}
            aria-label={o.title}
            tabIndex={i === tabStop ? 0 : -1}
            className={i === chosen ? 'choice chosen' : 'choice'}
            onClick={() => pick(i)}
          >
            {o.key !== null && o.key !== o.label && (
              <kbd className="choice-key" aria-hidden="true">
                {o.key}
              </kbd>
            )}
            {o.label}
          </button>
        ))}
      </div>
      {hint && (
        <span id={hintId} className="choice-hint">
          {hint}
        </span>
      )}
    </div>
  );
}
