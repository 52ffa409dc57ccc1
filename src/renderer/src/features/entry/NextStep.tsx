import { useTranslation } from 'react-i18next';
import { firstSteps, type FirstStep } from '../../../../core/model/first-steps';
import type { ProjectData } from '../../../../core/model/schema';
import './entry.css';

/**
 * Once the map has something on it, the first steps leave it; until the project has a tie, the
 * step after this tab's is named under its form, with the way to it (the organisations entered,
 * the persons are next).
 */
export function NextStep({ data, tab, onStep }: { data: ProjectData; tab: string; onStep: (step: FirstStep) => void }) {
  const { t } = useTranslation();
  const { next } = firstSteps(data);
  if (next === null || data.actors.length === 0 || next === tab) return null;
  return (
    <p className="next-step" data-testid="next-step">
      <span>
        <strong>{t('entry.steps.next')}</strong> {t(`entry.steps.${next}`)}
      </span>
      <button type="button" onClick={() => onStep(next)}>
        {t(`entry.steps.go.${next}`)}
      </button>
    </p>
  );
}
