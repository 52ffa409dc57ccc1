import { useTranslation } from 'react-i18next';
import { FIRST_STEPS, firstSteps, type FirstStep } from '../../../../core/model/first-steps';
import type { ProjectData } from '../../../../core/model/schema';
import { useActions } from '../../app';
import './entry.css';

/**
 * Where to start, over a map with nothing on it: the organisations first, then the persons in
 * them, then the ties; the step to take next is marked and opens its tab. Field data already in a
 * spreadsheet is imported instead.
 */
export function FirstSteps({ data, onStep }: { data: ProjectData; onStep: (step: FirstStep) => void }) {
  const { t } = useTranslation();
  const actions = useActions();
  const { done, next } = firstSteps(data);
  if (next === null || data.actors.length > 0) return null;
  return (
    <section className="first-steps" aria-labelledby="first-steps-title" data-testid="first-steps">
      <h2 id="first-steps-title">{t('entry.steps.title')}</h2>
      <p>{t('entry.steps.intro')}</p>
      <ol>
        {FIRST_STEPS.map((step, i) => (
          <li key={step} className={step === next ? 'next' : done[step] ? 'done' : undefined} aria-current={step === next ? 'step' : undefined}>
            <span className="step-number" aria-hidden="true">
              {done[step] ? '✓' : i + 1}
            </span>
            <span className="step-text">
              {t(`entry.steps.${step}`)}
              {done[step] && <span className="visually-hidden"> ({t('entry.steps.done')})</span>}
              {step === next && (
                <>
                  <br />
                  <button type="button" className="primary" onClick={() => onStep(step)}>
                    {t(`entry.steps.go.${step}`)}
                  </button>
                </>
              )}
            </span>
          </li>
        ))}
      </ol>
      <p className="first-steps-import">
        <button type="button" className="link" onClick={() => actions.openImport()}>
          {t('entry.steps.import')}
        </button>
      </p>
    </section>
  );
}
