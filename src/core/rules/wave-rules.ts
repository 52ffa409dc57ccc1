import { problem, type Problem, type ProblemPath } from '../problems';
import type { ProjectLookup } from './lookup';
import { unknown } from './element-rules';

/**
 * The rules of the wave commands beyond one element's own fields: copying between two waves that
 * exist, a new order that names every wave once, and presence that leaves an element in at least
 * one wave. The editor calls these over the store; they return problems, never throw.
 */

/** Both waves exist and are two: copying a wave onto itself would change nothing. */
export function checkWaveCopy(from: string, to: string, at: ProblemPath, look: ProjectLookup): Problem[] {
  const problems: Problem[] = [];
  if (!look.hasWave(from)) problems.push(unknown([...at, 'from'], 'kinds.wave', from));
  if (!look.hasWave(to)) problems.push(unknown([...at, 'wave'], 'kinds.wave', to));
  if (problems.length === 0 && from === to) problems.push(problem([...at, 'wave'], 'waves.errors.copySame', { id: from }));
  return problems;
}

/** A new order of the waves: every wave the project has (`existing`), each exactly once. */
export function checkWaveOrder(ids: readonly string[], existing: readonly string[], at: ProblemPath): Problem[] {
  const known = new Set(existing);
  const seen = new Set<string>();
  const problems: Problem[] = [];
  ids.forEach((id, i) => {
    if (!known.has(id)) problems.push(unknown([...at, i], 'kinds.wave', id));
    else if (seen.has(id)) problems.push(problem([...at, i], 'waves.errors.orderTwice', { id }));
    seen.add(id);
  });
  const missing = existing.filter((id) => !seen.has(id));
  if (missing.length > 0) problems.push(problem(at, 'waves.errors.orderMissing', { ids: missing.join(', '), count: missing.length }));
  return problems;
}

/**
 * An element taken out of the last wave it is present in: the list would be empty, which reads as
 * present in every wave, so the element is refused by name (remove it instead).
 */
export const noWaveLeft = (at: ProblemPath, label: string, wave: string): Problem => problem(at, 'waves.errors.noWaveLeft', { label, wave });
