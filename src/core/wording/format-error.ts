import { MAX_PROBLEMS_SHOWN, type UserError } from '../errors';
import type { Translator } from '../i18n/catalogue';

/** The user's view of an error: one sentence, then at most MAX_PROBLEMS_SHOWN problems by place. */
export function formatUserError(error: UserError, tr: Translator): string {
  const lines = [tr.t(error.key, error.params)];
  for (const p of error.problems.slice(0, MAX_PROBLEMS_SHOWN)) lines.push(`  ${p.where}: ${p.message}`);
  const rest = error.problems.length - MAX_PROBLEMS_SHOWN;
  if (rest > 0) lines.push(`  ${tr.t('errors.moreProblems', { count: rest })}`);
  return lines.join('\n');
}
