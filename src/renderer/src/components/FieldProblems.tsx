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
  // the rules word a problem to follow a field's name ("Slut: slutdatoen …"); beside the field itself it stands alone, as a sentence
  const text = problems.map((p) => problemMessage(p, tr)).join('; ');
  return (
    <span className="field-error" role="alert">
      {`${text.charAt(0).toLocaleUpperCase(i18n.language)}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`}
    </span>
  );
}
