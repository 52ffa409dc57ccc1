import * as z from 'zod';
import { ProblemSchema, type Problem } from './problems';
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
  'cancelled',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

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
    const problems = this.problems.map((p) => ({ ...p, path: [...p.path], ...(p.at ? { at: { ...p.at, ...(p.at.names ? { names: [...p.at.names] } : {}) } } : {}) }));
    return { code: this.code, key: this.key, params: { ...this.params }, problems, message };
  }

  static fromSerialized(s: SerializedUserError): UserError {
    // keys are checked where they are worded: an unknown one shows as itself, never as a crash
    return new UserError(s.code, s.key as MessageKey, s.params, s.problems as Problem[]);
  }
}

export const isUserError = (e: unknown): e is UserError => e instanceof UserError;

/** How many problems a message lists before it says "and N more". */
export const MAX_PROBLEMS_SHOWN = 20;
