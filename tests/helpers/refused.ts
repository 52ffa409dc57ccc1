import { UserError } from '../../src/core/errors';

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
