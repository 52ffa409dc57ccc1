import { useEffect, useState } from 'react';
import type { BrobyggerApi } from '../../../../core/api/contract';
import type { Departure, DepartureScenario } from '../../../../core/analysis/departure';

export interface ScenarioState {
  status: 'none' | 'computing' | 'ready' | 'failed';
  /** the latest answer for this departure, kept on screen while a newer one is computed */
  scenario: DepartureScenario | null;
  error: unknown;
}

interface Answer {
  key: string;
  revision: number;
  scenario: DepartureScenario | null;
  error: unknown;
}

/**
 * The departure scenario for the project as it is now: asked again after every edit (the
 * revision); an answer to an older question is shown only until the newer one arrives.
 */
export function useScenario(api: BrobyggerApi, departure: Departure | null, revision: number): ScenarioState {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const key = departure ? JSON.stringify(departure) : '';
  useEffect(() => {
    if (!key) return;
    let current = true;
    // the effect keys on the departure's content, so it reads it back from the key
    const asked = JSON.parse(key) as Departure;
    api.departure('persons' in asked ? { persons: [...asked.persons] } : { organisation: asked.organisation }).then(
      ({ scenario }) => {
        if (current) setAnswer({ key, revision, scenario, error: null });
      },
      (error: unknown) => {
        if (current) setAnswer({ key, revision, scenario: null, error });
      },
    );
    return () => {
      current = false;
    };
  }, [api, key, revision]);

  if (!key) return { status: 'none', scenario: null, error: null };
  const sameQuestion = answer?.key === key;
  if (sameQuestion && answer.revision === revision)
    return answer.error ? { status: 'failed', scenario: null, error: answer.error } : { status: 'ready', scenario: answer.scenario, error: null };
  return { status: 'computing', scenario: sameQuestion ? answer.scenario : null, error: null };
}
