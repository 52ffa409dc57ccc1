import type { ProjectData } from './schema';

/**
 * The order in which a network is mapped by hand: the organisations first (a person belongs to
 * one, and takes their sector from it), then the persons in them with their roles, then the ties
 * between them. The app shows where a project is on that way until it has a tie.
 */
export type FirstStep = 'organisations' | 'persons' | 'ties';
export const FIRST_STEPS: readonly FirstStep[] = ['organisations', 'persons', 'ties'];

export interface FirstStepsState {
  /** what each step has got so far */
  done: Record<FirstStep, boolean>;
  /** the first step not done yet; null once the project has a tie (it is a network) */
  next: FirstStep | null;
}

export function firstSteps(data: Pick<ProjectData, 'actors' | 'ties'>): FirstStepsState {
  const done: Record<FirstStep, boolean> = {
    organisations: data.actors.some((a) => a.kind !== 'person'),
    persons: data.actors.some((a) => a.kind === 'person'),
    ties: data.ties.length > 0,
  };
  return { done, next: done.ties ? null : (FIRST_STEPS.find((s) => !done[s]) ?? null) };
}
