// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
