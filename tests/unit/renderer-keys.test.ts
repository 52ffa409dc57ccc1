import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/core/i18n/catalogue';
import { findAppRoot } from '../../src/main/engine/paths';

const rendererDir = join(findAppRoot(), 'src', 'renderer', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** A key is there when it leads to a string, or to the plural forms i18next picks from. */
function has(tree: unknown, key: string): boolean {
  const parts = key.split('.');
  const last = parts.pop() ?? '';
  let node: unknown = tree;
  for (const p of parts) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[p] : undefined;
  if (typeof node !== 'object' || node === null) return false;
  const leaf = node as Record<string, unknown>;
  return typeof leaf[last] === 'string' || (typeof leaf[`${last}_one`] === 'string' && typeof leaf[`${last}_other`] === 'string');
}

describe("the renderer's text", () => {
  // the renderer's t() is not typed by key, so a misspelt key would show as the key itself
  const used = new Map<string, string>();
  for (const file of sources(rendererDir)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*'([\w.]+)'/g)) if (m[1]) used.set(m[1], file.slice(rendererDir.length + 1));
  }

  it('is looked up by keys that exist in Danish and in English', () => {
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter(([key]) => !has(catalogues.da, key) || !has(catalogues.en, key)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });
});
