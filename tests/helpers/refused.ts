import { UserError } from '../../src/core/errors';
import { createTranslator, type Language } from '../../src/core/i18n/catalogue';
import { describeProblem, type PlaceStyle } from '../../src/core/wording/format-error';
import type * as z from 'zod';
import type { Problem, ProblemSchema } from '../../src/core/problems';

/** Runs something that must be refused with a UserError, and returns that error. */
export function refused(run: () => unknown): UserError {
  try {
    run();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a refusal (a UserError), but it succeeded');
}

/** Problems as the command line words them: place and message, in English unless told. */
export function worded(
  problems: ReadonlyArray<Problem | z.infer<typeof ProblemSchema>>,
  lang: Language = 'en',
  style: PlaceStyle = 'text',
): Array<{ where: string; message: string }> {
  const tr = createTranslator(lang);
  return problems.map((p) => describeProblem(p as Problem, tr, style));
}

/** Awaits something that must be refused with a UserError, and returns that error. */
export async function rejected(run: () => Promise<unknown>): Promise<UserError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a refusal (a UserError), but it succeeded');
}
