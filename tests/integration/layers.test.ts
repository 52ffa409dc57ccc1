import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { findAppRoot } from '../../src/main/engine/paths';

const root = findAppRoot();
// The project's own config; type-aware rules off, since the layer rules need no types and
// building the type program for each probe would take most of a minute.
const eslint = new ESLint({ cwd: root, overrideConfig: [tseslint.configs.disableTypeChecked] });

/** Lints a real file of a layer with one import added, and returns the layer-rule messages. */
async function refusedImports(file: string, importLine: string): Promise<string[]> {
  const path = join(root, file);
  const text = `${importLine}\n${readFileSync(path, 'utf8')}`;
  const [result] = await eslint.lintText(text, { filePath: path });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('the layer rules', () => {
  it('keep Node, Electron, SQLite and the other layers out of core', async () => {
    for (const line of [
      "import 'node:fs';",
      "import 'electron';",
      "import 'better-sqlite3';",
      "import '../main/engine/project-store';",
      "import 'react';",
    ])
      expect({ line, refused: (await refusedImports('src/core/ids.ts', line)).length }).toEqual({ line, refused: 1 });
  });

  it('keep Electron and the shell out of the engine', async () => {
    expect(await refusedImports('src/main/engine/paths.ts', "import 'electron';")).toHaveLength(1);
    expect(await refusedImports('src/main/engine/paths.ts', "import '../menu';")).toHaveLength(1);
    expect(await refusedImports('src/main/engine/paths.ts', "import './tables';")).toHaveLength(0);
  });

  it('let the preload import only electron and the contract type', async () => {
    expect(await refusedImports('src/preload/index.ts', "import { UserError } from '../core/errors';")).toHaveLength(1);
    expect(await refusedImports('src/preload/index.ts', "import { createApiClient } from '../core/api/contract';")).toHaveLength(1);
    expect(await refusedImports('src/preload/index.ts', "import type { ApiMethod } from '../core/api/contract';")).toHaveLength(0);
  });

  it('keep the renderer away from Node, the engine and the main process', async () => {
    expect(await refusedImports('src/renderer/src/i18n.ts', "import 'node:path';")).toHaveLength(1);
    expect(await refusedImports('src/renderer/src/i18n.ts', "import '../../main/engine/service';")).toHaveLength(1);
    expect(await refusedImports('src/renderer/src/i18n.ts', "import '../../preload/index';")).toHaveLength(1);
  });
});
