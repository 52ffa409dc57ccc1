import * as z from 'zod';
import type { MessageKey, MessageParams } from './i18n/catalogue';

/**
 * One problem in user data, as data: where it is and what is wrong, as a catalogue key and its
 * parameters. It is worded only where it is shown (the app names the field as its form labels
 * it; the CLI and files name the row, id and column), so no validator's wording and no internal
 * path ever reaches a user.
 */

/** A step of a place in the model: a property name, or an index into a list. */
export type PathStep = string | number;
export type ProblemPath = readonly PathStep[];

/** Where in an input file a problem lies, named as the file names it. */
export interface SourcePlace {
  file?: string;
  sheet?: string;
  /** a data row, counted as the file's reader counts it (the header is not a row) */
  row?: number;
  /** the line the row starts on, where that is not the row's own number */
  line?: number;
  /** how the row or element names itself: its id, or its two ends */
  names?: Array<{ as: 'id' | 'source' | 'target' | 'person' | 'organisation' | 'forum' | 'actor'; id: string }>;
  column?: string;
  node?: string;
  nodeAt?: number;
  edge?: number;
  key?: string;
  keyAt?: number;
  attribute?: string;
  graph?: boolean;
}

export interface Problem {
  /** the element and field in the model, e.g. `['ties', 3, 'strength']` or `['commands', 1, 'tie', 'target']` */
  path: ProblemPath;
  key: MessageKey;
  params: MessageParams;
  /** the element's own id, where the path names it by its place in a list */
  id?: string;
  /** where it is in the file it was read from */
  at?: SourcePlace;
}

const ParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
const SourcePlaceSchema = z.strictObject({
  file: z.string().optional(),
  sheet: z.string().optional(),
  row: z.number().optional(),
  line: z.number().optional(),
  names: z
    .array(z.strictObject({ as: z.enum(['id', 'source', 'target', 'person', 'organisation', 'forum', 'actor']), id: z.string() }))
    .optional(),
  column: z.string().optional(),
  node: z.string().optional(),
  nodeAt: z.number().optional(),
  edge: z.number().optional(),
  key: z.string().optional(),
  keyAt: z.number().optional(),
  attribute: z.string().optional(),
  graph: z.boolean().optional(),
});

/** How a problem crosses a process boundary (IPC, HTTP); the key is checked where it is worded. */
export const ProblemSchema = z.strictObject({
  path: z.array(z.union([z.string(), z.number()])),
  key: z.string(),
  params: ParamsSchema,
  id: z.string().optional(),
  at: SourcePlaceSchema.optional(),
});

export const problem = (path: ProblemPath, key: MessageKey, params: MessageParams = {}): Problem => ({ path, key, params });

/** The same problem one level further in: `within(['commands', 2], p)`. */
export const within = (prefix: ProblemPath, p: Problem): Problem => ({ ...p, path: [...prefix, ...p.path] });

/** Zod's own messages are replaced by the project's; a rule of ours names its key as its message. */
const RULE_KEY = /^rules\.[\w.]+$/;

const typeWord = (expected: string): MessageKey | null => {
  switch (expected) {
    case 'string':
      return 'rules.type.text';
    case 'number':
    case 'int':
    case 'nan':
      return 'rules.type.number';
    case 'boolean':
      return 'rules.type.boolean';
    case 'array':
    case 'tuple':
    case 'set':
      return 'rules.type.list';
    case 'object':
    case 'record':
    case 'map':
      return 'rules.type.object';
    case 'null':
      return 'rules.type.empty';
    default:
      return null;
  }
};

const listed = (values: readonly unknown[]) =>
  values.map((v) => (typeof v === 'string' ? `"${v}"` : v === null ? 'null' : String(v as number | boolean))).join(', ');

/** What a zod issue means, as one of the project's rules. */
function ruleOf(issue: z.core.$ZodIssue): { key: MessageKey; params: MessageParams } {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return { key: 'rules.required', params: {} };
      if (issue.expected === 'int') return { key: 'rules.integer', params: {} };
      const word = typeWord(issue.expected);
      return word ? { key: 'rules.wrongType', params: { expected: `$t(${word})` } } : { key: 'rules.invalid', params: {} };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { key: 'rules.tooLong', params: { count: max } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'rules.tooMany', params: { count: max } };
      return { key: issue.inclusive === false ? 'rules.below' : 'rules.atMost', params: { max } };
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? { key: 'rules.empty', params: {} } : { key: 'rules.tooShort', params: { count: min } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'rules.tooFew', params: { count: min } };
      return { key: issue.inclusive === false ? 'rules.above' : 'rules.atLeast', params: { min } };
    }
    case 'invalid_format':
      if (RULE_KEY.test(issue.message)) return { key: issue.message as MessageKey, params: {} };
      return { key: issue.format === 'date' ? 'rules.date' : 'rules.invalid', params: {} };
    case 'not_multiple_of':
      return { key: 'rules.integer', params: {} };
    case 'invalid_value':
      return issue.values.length === 1
        ? { key: 'rules.mustBe', params: { value: listed(issue.values) } }
        : { key: 'rules.oneOf', params: { options: listed(issue.values) } };
    case 'unrecognized_keys':
      return { key: 'rules.unknownFields', params: { count: issue.keys.length, fields: listed(issue.keys) } };
    case 'custom':
      return RULE_KEY.test(issue.message) ? { key: issue.message as MessageKey, params: {} } : { key: 'rules.invalid', params: {} };
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return { key: 'rules.invalid', params: {} };
  }
}

/**
 * One problem per zod issue, under `prefix`. A union's failure is reported by the branch that got
 * furthest, so a command with a bad field names that field rather than "no command matches".
 */
export function problemsFromZod(error: z.ZodError, prefix: ProblemPath = []): Problem[] {
  const out: Problem[] = [];
  const visit = (issue: z.core.$ZodIssue, base: ProblemPath) => {
    const path = [...base, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const deepest = issue.errors.reduce((best, branch) => (depthOf(branch) > depthOf(best) ? branch : best));
      for (const inner of deepest) visit(inner, path);
      return;
    }
    const { key, params } = ruleOf(issue);
    out.push({ path, key, params });
  };
  for (const issue of error.issues) visit(issue, prefix);
  return out;
}

const depthOf = (issues: readonly z.core.$ZodIssue[]) => Math.max(0, ...issues.map((i) => i.path.length));
