import { useState } from 'react';

/**
 * A form's draft of a stored record that the project may change while the user types (the save
 * of a neighbouring field arriving, an undo, another window): a field the user has not changed
 * follows the stored value, one being edited keeps what was typed. Remounting the form whenever
 * the record changed lost the text typed into a second field when the first one's save came back.
 */
export function useDraft<T extends object>(stored: T): [T, (patch: Partial<T>) => void] {
  const [draft, setDraft] = useState(stored);
  const [seen, setSeen] = useState(stored);
  let current = draft;
  if (seen !== stored) {
    // adjusting state while rendering: React renders again at once, before anything is shown
    const next = { ...draft };
    for (const key of Object.keys(stored) as Array<keyof T>) if (same(draft[key], seen[key])) next[key] = stored[key];
    current = next;
    setSeen(stored);
    setDraft(next);
  }
  return [current, (patch) => setDraft((d) => ({ ...d, ...patch }))];
}

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);
