import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAppRoot } from '../../src/main/engine/paths';

/**
 * The analysis returns keys and parameters and never words a sentence itself, so it needs no
 * catalogue: core/analysis may name core/i18n's types (MessageKey, Translator) but import no
 * value from it, which keeps the two folders free of a cycle.
 */
describe('core/analysis', () => {
  const dir = join(findAppRoot(), 'src/core/analysis');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

  it('imports only types from core/i18n', () => {
    const valueImports = files.flatMap((file) =>
      [...readFileSync(join(dir, file), 'utf8').matchAll(/^import\s+(type\s+)?[^;]*?from\s+'(\.\.\/i18n\/[^']+)'/gms)]
        .filter((m) => m[1] === undefined)
        .map((m) => `${file}: ${m[2] ?? ''}`),
    );
    expect(files.length).toBeGreaterThan(10);
    expect(valueImports).toEqual([]);
  });
});
