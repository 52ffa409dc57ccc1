/**
 * An element's presence in the waves of a project. An empty list means present in every wave,
 * so setting presence must read it that way: taking one wave out of an element present in all
 * leaves it in the others, and an element present in every wave is stored with an empty list.
 */
export function withPresence<W extends string>(current: readonly W[], waves: ReadonlyArray<{ id: W }>, wave: W, present: boolean): W[] {
  const all = waves.map((w) => w.id);
  const now = new Set<W>(current.length === 0 ? all : current);
  if (present) now.add(wave);
  else now.delete(wave);
  // absent from every wave cannot be written (an empty list is "all"): the element keeps what it had
  if (now.size === 0) return [...current];
  if (all.every((w) => now.has(w)) && [...now].every((w) => all.includes(w))) return [];
  return all.filter((w) => now.has(w)).concat([...now].filter((w) => !all.includes(w)));
}

/** Whether an element with this wave list is present in a wave. */
export const isPresent = (waves: readonly string[], wave: string): boolean => waves.length === 0 || waves.includes(wave);
