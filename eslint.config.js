// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import boundaries from 'eslint-plugin-boundaries';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import local from './eslint-rules/no-folder-cycle.js';

/**
 * The architecture's layers, enforced here rather than by habit (see ../shared/design/architecture.md):
 * core imports nothing from the platform; the engine has no Electron; main, preload and the
 * renderer import core (and main the engine), never each other.
 */
const NODE_BUILTINS = [
  'fs', 'path', 'os', 'crypto', 'http', 'https', 'net', 'url', 'child_process', 'worker_threads',
  'stream', 'util', 'events', 'buffer', 'zlib', 'process', 'module', 'assert', 'readline', 'tty',
];
const noNode = [
  { group: ['node:*'], message: 'core and the renderer run without Node: no node: imports.' },
  ...NODE_BUILTINS.map((name) => ({ group: [name, `${name}/*`], message: 'no Node built-ins here.' })),
];
const noElectron = { group: ['electron', 'electron/*'], message: 'only src/main (outside engine) and src/preload may import electron.' };
const noNative = { group: ['better-sqlite3'], message: 'SQLite belongs to the engine.' };
const layer = (/** @type {string[]} */ names) =>
  names.map((n) => ({ group: [`**/${n}/**`, `**/${n}`], message: `this layer must not import from src/${n}.` }));

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.mjs'];

/** @param {Array<object>} patterns */
const restrict = (patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
});

export default defineConfig(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', '**/*.d.ts', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.mjs', 'bin/*.mjs', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-condition': ['error', { allowConstantLoopConditions: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      // dropping a field by destructuring the rest is the idiom for "all but this"
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  // The shape of the code, for every layer: no import cycles between files (type-only imports
  // aside, which vanish at run time), and none between folders (below).
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, boundaries, local },
    settings: {
      'import-x/extensions': SOURCE_EXTENSIONS,
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: SOURCE_EXTENSIONS })],
      // eslint-plugin-boundaries resolves through eslint-module-utils' node resolver
      'import/resolver': { node: { extensions: SOURCE_EXTENSIONS } },
      'boundaries/elements': [
        { type: 'feature', pattern: 'src/renderer/src/features/*', capture: ['feature'] },
        // the rest of the renderer (the shell, app/, components/), so that its imports are checked too
        { type: 'renderer', pattern: 'src/renderer/src' },
      ],
    },
    rules: {
      'import-x/no-cycle': 'error',
      // A feature is used through its index.ts (by other features and by the shell); what else
      // it holds is its own to change. Inside a feature (relationship "internal") anything goes;
      // between two elements that are not nested in one another the relationship is null.
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            {
              to: { element: { type: 'feature', fileInternalPath: '!index.ts' } },
              dependency: { relationship: { to: null } },
              disallow: { to: { element: { type: 'feature' } } },
              message:
                "use the {{to.element.captured.feature}} feature through its index ('features/{{to.element.captured.feature}}'), not its file {{to.element.fileInternalPath}}: export what other features need from features/{{to.element.captured.feature}}/index.ts",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      // the layers of src, the modules of core and of main, the parts of the renderer and its features
      'local/no-folder-cycle': [
        'error',
        { roots: ['src', 'src/core', 'src/main', 'src/renderer/src', 'src/renderer/src/features'] },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: restrict([...noNode, noElectron, noNative, { group: ['react', 'react-dom', 'cytoscape', 'cytoscape-*'], message: 'core has no UI.' }, ...layer(['main', 'preload', 'renderer', 'cli', 'server'])]),
  },
  {
    files: ['src/main/engine/**/*.ts'],
    rules: restrict([
      noElectron,
      ...layer(['preload', 'renderer', 'cli', 'server']),
      { regex: '^\\.\\./(?!\\.\\./)', message: 'the engine must not import the Electron shell around it.' },
    ]),
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/engine/**'],
    rules: restrict([...layer(['preload', 'renderer', 'cli', 'server'])]),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!electron$)(?!\\.\\./core/api/contract$)', message: 'the preload imports only electron and the contract type.' },
            { group: ['../core/api/contract'], allowTypeImports: true, message: 'the preload imports only the contract type.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([...noNode, noElectron, noNative, ...layer(['main', 'preload', 'cli', 'server'])]),
    },
  },
  {
    files: ['src/cli/**/*.ts', 'src/server/**/*.ts'],
    rules: restrict([noElectron, ...layer(['preload', 'renderer'])]),
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
