import type { SavedView } from '../model/schema';
import { problem, type Problem, type ProblemPath } from '../problems';
import { unknown } from './element-rules';

/**
 * The rules of saved views beyond their own fields: a name no other view has (views are chosen by
 * name, in the app and with `brobygger slides` / `render --view`), and a new order of the slides
 * that names every view once. A view may name actors, sectors or waves that have since gone: it
 * then shows what of it is still there, so those are not problems.
 */

/** Names compare as a reader sees them: case and surrounding spaces do not make two views. */
export const viewNameKey = (name: string): string => name.trim().toLocaleLowerCase('da');

/** The view's name is not one `others` (the project's other views) already have. */
export function checkViewName(view: Pick<SavedView, 'id' | 'name'>, others: ReadonlyArray<Pick<SavedView, 'id' | 'name'>>, at: ProblemPath): Problem[] {
  const key = viewNameKey(view.name);
  const clash = others.find((o) => o.id !== view.id && viewNameKey(o.name) === key);
  return clash ? [problem([...at, 'name'], 'views.errors.nameTaken', { name: view.name.trim() })] : [];
}

/** A new order of the slides: every view the project has (`existing`), each exactly once. */
export function checkViewOrder(ids: readonly string[], existing: readonly string[], at: ProblemPath): Problem[] {
  const known = new Set(existing);
  const seen = new Set<string>();
  const problems: Problem[] = [];
  ids.forEach((id, i) => {
    if (!known.has(id)) problems.push(unknown([...at, i], 'views.element', id));
    else if (seen.has(id)) problems.push(problem([...at, i], 'views.errors.orderTwice', { id }));
    seen.add(id);
  });
  const missing = existing.filter((id) => !seen.has(id));
  if (missing.length > 0) problems.push(problem(at, 'views.errors.orderMissing', { ids: missing.join(', '), count: missing.length }));
  return problems;
}

/** Every view of a project: ids and names each once. */
export function checkViews(views: readonly SavedView[]): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  views.forEach((v, i) => {
    if (ids.has(v.id)) problems.push({ ...problem(['views', i], 'errors.duplicateId', { id: v.id }), id: v.id });
    ids.add(v.id);
    problems.push(...checkViewName(v, views.slice(0, i), ['views', i]).map((p) => ({ ...p, id: v.id })));
  });
  return problems;
}
