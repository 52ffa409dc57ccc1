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

/** Lints a real file with lines added at its top, and returns the messages of one rule. */
async function reported(rule: string, file: string, lines: string): Promise<string[]> {
  const path = join(root, file);
  const text = `${lines}\n${readFileSync(path, 'utf8')}`;
  const [result] = await eslint.lintText(text, { filePath: path });
  const messages = result?.messages ?? [];
  expect(messages.filter((m) => m.fatal), 'the probe must parse').toEqual([]);
  return messages.filter((m) => m.ruleId === rule).map((m) => m.message);
}

/** The layer-rule messages for a real file of a layer with one import added. */
const refusedImports = (file: string, importLine: string) => reported('@typescript-eslint/no-restricted-imports', file, importLine);

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

describe('the rules on the shape of the code', () => {
  it('refuse an import that closes a cycle of files, as features importing the shell once did', async () => {
    // the shell imports the workspace, which imports the editing feature: importing the shell back closes the loop
    const line = "import { App } from '../../App';\nvoid App;";
    expect(await reported('import-x/no-cycle', 'src/renderer/src/features/edit/use-draft.ts', line)).toHaveLength(1);
    // a file of core that imports one of the files that import it
    expect(await reported('import-x/no-cycle', 'src/core/ids.ts', "import './commands';")).toHaveLength(1);
    // without a loop, the same kind of import is fine
    expect(await reported('import-x/no-cycle', 'src/renderer/src/features/edit/use-draft.ts', "import { useActions } from '../../app';\nvoid useActions;")).toEqual([]);
  });

  it('refuse a feature reaching into another feature past its index', async () => {
    const file = 'src/renderer/src/features/project/ProjectView.tsx';
    const refused = await reported('boundaries/dependencies', file, "import { MapView as Inner } from '../map/MapView';\nvoid Inner;");
    expect(refused).toHaveLength(1);
    expect(refused[0]).toContain("the map feature through its index ('features/map')");
    expect(await reported('boundaries/dependencies', file, "import { MapView as Outer } from '../map';\nvoid Outer;")).toEqual([]);
    // the shell too goes through the index; a feature's own files use one another freely
    expect(await reported('boundaries/dependencies', 'src/renderer/src/App.tsx', "import { TieTable } from './features/lists/TieTable';\nvoid TieTable;")).toHaveLength(1);
    expect(await reported('boundaries/dependencies', 'src/renderer/src/features/map/MapView.tsx', "import { HitGrid as Probe } from './hit-grid';\nvoid Probe;")).toEqual([]);
  });

  it('refuse two modules of core, or two features, that import each other, even through different files and only for types', async () => {
    // errors imports the catalogue's types, so i18n must not import errors
    const refused = await reported('local/no-folder-cycle', 'src/core/i18n/catalogue.ts', "import type { UserError } from '../errors';\nexport type Probe = UserError;");
    expect(refused).toHaveLength(1);
    expect(refused[0]).toContain('src/core/i18n imports src/core/errors, which imports src/core/i18n back');
    // the other lists import the editing feature's parts, so the editing feature must not import the lists
    expect(await reported('local/no-folder-cycle', 'src/renderer/src/features/edit/use-draft.ts', "import type { TieTable } from '../lists';\nexport type Probe = typeof TieTable;")).toHaveLength(1);
    // the way they go now is fine
    expect(await reported('local/no-folder-cycle', 'src/core/errors.ts', "import type { Language } from './i18n/catalogue';\nexport type Probe = Language;")).toEqual([]);
  });
});
