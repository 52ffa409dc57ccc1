import { join } from 'node:path';
import { createTranslator } from '../../src/core/i18n/catalogue';
import type { IdPrefix } from '../../src/core/ids';
import { ProjectStore, type StoreOptions } from '../../src/main/engine/project-store';
import { tempDir } from './temp';

export const en = createTranslator('en');
export const da = createTranslator('da');

/** Ids a-1, a-2, … so tests can name what the store creates. */
export function countingIds(): (prefix: IdPrefix) => string {
  const next = new Map<string, number>();
  return (prefix) => {
    const n = (next.get(prefix) ?? 0) + 1;
    next.set(prefix, n);
    return `${prefix}-${n}`;
  };
}

export function storeOptions(extra: Partial<StoreOptions> = {}): StoreOptions {
  return { makeId: countingIds(), ...extra };
}

/** A new empty project in a temp folder, in English, with counting ids. */
export function newStore(name = 'Test'): { store: ProjectStore; path: string; dir: string } {
  const dir = tempDir();
  const path = join(dir, 'test.brobygger');
  return { store: ProjectStore.create(path, name, storeOptions()), path, dir };
}
