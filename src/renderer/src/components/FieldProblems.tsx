import { useTranslation } from 'react-i18next';
import type { Problem, PathStep } from '../../../core/problems';
import { problemMessage } from '../../../core/wording/format-error';
import { translatorOf } from '../i18n';

/** The problems whose path ends in `field` (`['label', 'da']`): those a field shows beside it. */
export const problemsAt = (problems: readonly Problem[], field: readonly PathStep[]): Problem[] =>
  problems.filter((p) => field.length <= p.path.length && field.every((step, i) => p.path[p.path.length - field.length + i] === step));

/**
 * A field's refusal, worded where it is shown: the rules' problems beside the value the user
 * typed, which stays in the field to be put right.
 */
export function FieldProblems({ problems }: { problems: readonly Problem[] }) {
  const { i18n } = useTranslation();
  if (problems.length === 0) return null;
  const tr = translatorOf(i18n);
  return (
    <span className="field-error" role="alert">
      {problems.map((p) => problemMessage(p, tr)).join('; ')}
    </span>
  );
}
