/**
 * The keys of a choice field in the coding form: a digit picks the option showing it, a letter
 * the next option whose label begins with it (again and again through those that do), so a
 * coder who knows the form never needs the arrows.
 */
export interface KeyedOption {
  /** the digit shown beside the option, or null for none (the "not stated" option) */
  key: string | null;
  label: string;
}

/** The index of the option a key picks, or null when it picks none. `current` may be −1 (none yet). */
export function optionForKey(options: readonly KeyedOption[], key: string, current: number): number | null {
  if (/^[0-9]$/.test(key)) {
    const at = options.findIndex((o) => o.key === key);
    return at >= 0 ? at : null;
  }
  if (key.length !== 1 || !/\p{L}/u.test(key)) return null;
  const letter = key.toLocaleLowerCase('da');
  for (let step = 1; step <= options.length; step++) {
    const at = (((current + step) % options.length) + options.length) % options.length;
    if (options[at]?.label.toLocaleLowerCase('da').startsWith(letter)) return at;
  }
  return null;
}

/** Digits for a list of options, 1 to 9 in order; the tenth and later have none. */
export const digitKeys = (count: number): Array<string | null> => Array.from({ length: count }, (_, i) => (i < 9 ? String(i + 1) : null));
