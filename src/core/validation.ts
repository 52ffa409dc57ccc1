import type * as z from 'zod';
import { problemsFromZod, type Problem, type ProblemPath } from './problems';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * Parses a value that crossed a boundary. Problems come back as the project's own rules (keys and
 * parameters), under `prefix`, never in the validator's wording.
 */
export function parseIn<S extends z.ZodType>(schema: S, value: unknown, prefix: ProblemPath = []): Parsed<z.output<S>> {
  // the input is reported so that a missing value can be told from one of the wrong type
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: problemsFromZod(result.error, prefix) };
}
