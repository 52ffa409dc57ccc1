import * as z from 'zod';
import { createTranslator, type MessageKey, type MessageParams, type Translator } from './i18n/catalogue';

/**
 * What went wrong, from the user's point of view. The CLI maps every code to exit status 2, the
 * app shows the message in a dialog; neither shows a stack trace.
 */
export const ErrorCodeSchema = z.enum([
  'not-found',
  'not-a-project',
  'corrupt',
  'newer-version',
  'locked',
  'invalid',
  'conflict',
  'io',
  'no-project',
  'nothing-to-undo',
  'nothing-to-redo',
  'unsupported',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** One problem in user data: `where` names the file and row or field, e.g. `ties[3].strength`. */
export const ProblemSchema = z.strictObject({ where: z.string(), message: z.string() });
export type Problem = z.infer<typeof ProblemSchema>;

export const SerializedUserErrorSchema = z.strictObject({
  code: ErrorCodeSchema,
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  problems: z.array(ProblemSchema),
  message: z.string(),
});
export type SerializedUserError = z.infer<typeof SerializedUserErrorSchema>;

let english: Translator | undefined;
/** The English wording, for logs and stack traces; users see the message in their language. */
const inEnglish = (key: MessageKey, params: MessageParams) => (english ??= createTranslator('en')).t(key, params);

export class UserError extends Error {
  override readonly name = 'UserError';
  readonly code: ErrorCode;
  readonly key: MessageKey;
  readonly params: MessageParams;
  readonly problems: Problem[];

  constructor(code: ErrorCode, key: MessageKey, params: MessageParams = {}, problems: Problem[] = []) {
    super(inEnglish(key, params));
    this.code = code;
    this.key = key;
    this.params = params;
    this.problems = problems;
  }

  serialize(message: string): SerializedUserError {
    return { code: this.code, key: this.key, params: { ...this.params }, problems: this.problems, message };
  }

  static fromSerialized(s: SerializedUserError): UserError {
    return new UserError(s.code, s.key as MessageKey, s.params, s.problems);
  }
}

export const isUserError = (e: unknown): e is UserError => e instanceof UserError;

/** How many problems a message lists before it says "and N more". */
export const MAX_PROBLEMS_SHOWN = 20;

/** Turns a zod issue path into the reader's notation: `ties[3].evidence.quote`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/**
 * One problem per zod issue. Zod's own messages are already in the user's language (the caller
 * parses with that locale); the project's cross-field rules carry a catalogue key instead.
 */
export function problemsFromZod(error: z.ZodError, tr: Translator, prefix = ''): Problem[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path);
    const joined = path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
    const where = prefix && path ? joined : prefix || path || '(root)';
    const message = issue.message.startsWith('rules.') ? tr.t(issue.message as MessageKey) : issue.message;
    return { where, message };
  });
}
