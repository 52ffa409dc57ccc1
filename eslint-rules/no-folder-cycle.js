// @ts-check
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/**
 * `local/no-folder-cycle`: the modules directly under a root folder (each subfolder, and each
 * file at the top) must import one another one way only. `src/core/errors.ts` may import
 * `src/core/i18n/`, or the other way round, but not both, even when the files involved differ
 * and so import-x/no-cycle (which looks at files) sees no cycle. Type-only imports count: a
 * module that needs another's types depends on it.
 *
 * Options: `[{ roots: ['src', 'src/core'] }]`, relative to the working directory; a file is
 * checked in each root it lies under (src/core/errors.ts as part of `core` in src, and as
 * `errors` in src/core). The file being linted
 * is read from its text as given (an editor's unsaved buffer, a test's probe); every other file
 * from disk, and kept until it changes.
 */

/** @typedef {{ mtimeMs: number, module: string, targets: Map<string, string> }} FileEdges */

/** @type {Map<string, FileEdges>} per root and absolute file path */
const cache = new Map();

const SOURCE = /\.(?:[cm]?ts|tsx)$/;

/** @param {string} dir @returns {string[]} */
function sourceFiles(dir) {
  /** @type {string[]} */
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/**
 * The module under `root` that a path belongs to (`i18n` for root/i18n/x.ts, `errors` for
 * root/errors.ts), or null outside root.
 * @param {string} root @param {string} path
 */
function moduleOf(root, path) {
  const rel = relative(root, path);
  if (rel === '' || rel.startsWith('..') || rel.startsWith(sep)) return null;
  const [first] = rel.split(sep);
  if (!first) return null;
  return rel.includes(sep) ? first : first.slice(0, first.length - extname(first).length) || first;
}

/**
 * The other modules a file imports (relative specifiers only), each with the first specifier.
 * @param {string} root @param {string} file @param {string[]} specifiers
 */
function targetsOf(root, file, specifiers) {
  const own = moduleOf(root, file);
  /** @type {Map<string, string>} */
  const targets = new Map();
  for (const spec of specifiers) {
    if (!spec.startsWith('.')) continue;
    const target = moduleOf(root, resolve(dirname(file), spec));
    if (target && target !== own && !targets.has(target)) targets.set(target, spec);
  }
  return targets;
}

/** @param {string} root @param {string} file @returns {FileEdges} */
function edgesOnDisk(root, file) {
  const { mtimeMs } = statSync(file);
  const key = `${root}\0${file}`;
  const held = cache.get(key);
  if (held && held.mtimeMs === mtimeMs) return held;
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const edges = {
    mtimeMs,
    module: moduleOf(root, file) ?? '',
    targets: targetsOf(root, file, info.importedFiles.map((f) => f.fileName)),
  };
  cache.set(key, edges);
  return edges;
}

/**
 * The module graph under root from disk, without one file (whose imports come from its text):
 * module → (module it imports → a file that does so).
 * @param {string} root @param {string} except
 */
function moduleGraph(root, except) {
  /** @type {Map<string, Map<string, string>>} */
  const graph = new Map();
  for (const file of sourceFiles(root)) {
    if (file === except) continue;
    const { module, targets } = edgesOnDisk(root, file);
    let out = graph.get(module);
    if (!out) graph.set(module, (out = new Map()));
    for (const target of targets.keys()) if (!out.has(target)) out.set(target, relative(process.cwd(), file));
  }
  return graph;
}

/**
 * A way from `from` back to `to` in the graph, as steps "a → b (file)", or null.
 * @param {Map<string, Map<string, string>>} graph @param {string} from @param {string} to
 */
function pathBack(graph, from, to) {
  /** @type {Map<string, { prev: string, file: string } | null>} */
  const seen = new Map([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const at = /** @type {string} */ (queue.shift());
    for (const [next, file] of graph.get(at) ?? []) {
      if (seen.has(next)) continue;
      seen.set(next, { prev: at, file });
      if (next === to) {
        /** @type {string[]} */
        const steps = [];
        for (let m = to, step = seen.get(m); step; m = step.prev, step = seen.get(m)) steps.unshift(`${step.prev} → ${m} (${step.file})`);
        return steps;
      }
      queue.push(next);
    }
  }
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
export const noFolderCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'the modules under a root folder import one another one way only' },
    schema: [
      {
        type: 'object',
        properties: { roots: { type: 'array', items: { type: 'string' }, minItems: 1 } },
        required: ['roots'],
        additionalProperties: false,
      },
    ],
    messages: {
      cycle: "{{root}}/{{own}} imports {{root}}/{{target}}, which imports {{root}}/{{own}} back: {{steps}}. Move what both need below them, or what needs both above them.",
    },
  },
  create(context) {
    const option = /** @type {{ roots: string[] }} */ (context.options[0]);
    const file = context.physicalFilename;
    const roots = option.roots.map((r) => resolve(context.cwd, r)).filter((root) => moduleOf(root, file) !== null);
    if (roots.length === 0) return {};
    /** @type {Array<{ node: import('estree').Node, spec: string }>} */
    const imports = [];
    /** @param {import('estree').Node} node @param {unknown} source */
    const note = (node, source) => {
      if (source && typeof source === 'object' && 'value' in source && typeof source.value === 'string') imports.push({ node, spec: source.value });
    };
    return {
      ImportDeclaration: (node) => note(node, node.source),
      ExportNamedDeclaration: (node) => note(node, node.source),
      ExportAllDeclaration: (node) => note(node, node.source),
      ImportExpression: (node) => note(node, node.source),
      // `import('../x').T` in a type
      /** @param {any} node */
      TSImportType: (node) => note(node, node.argument?.literal),
      'Program:exit'() {
        for (const root of roots) {
          const own = /** @type {string} */ (moduleOf(root, file));
          const targets = targetsOf(root, file, imports.map((i) => i.spec));
          if (targets.size === 0) continue;
          const graph = moduleGraph(root, file);
          const rootName = relative(context.cwd, root).split(sep).join('/');
          for (const [target, spec] of targets) {
            const steps = pathBack(graph, target, own);
            const at = imports.find((i) => i.spec === spec);
            if (steps && at) context.report({ node: at.node, messageId: 'cycle', data: { root: rootName, own, target, steps: steps.join(', ') } });
          }
        }
      },
    };
  },
};

export default { rules: { 'no-folder-cycle': noFolderCycle } };
