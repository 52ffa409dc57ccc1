import { newId, type IdPrefix } from '../../../../core/ids';

/**
 * An id made here rather than by the store, for edits that must refer to an element they add in
 * the same step (a person and their membership are one undoable change).
 */
export function freshId(prefix: IdPrefix): string {
  return newId(prefix, () => (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) / 2 ** 32);
}
