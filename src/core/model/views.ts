import type { SavedView } from './schema';
import type { EmphasisState, MapViewState } from './view-state';

/**
 * What becomes of saved views when an actor leaves the project: its place in a view's own
 * arrangement goes, a focus on it ends, and a departure scenario goes on without it (or ends when
 * nobody is left to leave). So a view never keeps the id (often the name) of someone deleted.
 */
export function viewWithoutActor(view: SavedView, actor: string): SavedView {
  const positions = view.positions && Object.hasOwn(view.positions, actor) ? Object.fromEntries(Object.entries(view.positions).filter(([id]) => id !== actor)) : view.positions;
  const focus = view.state.focus?.actor === actor ? null : view.state.focus;
  const emphasis = emphasisWithout(view.state.emphasis, actor);
  if (positions === view.positions && focus === view.state.focus && emphasis === view.state.emphasis) return view;
  const state: MapViewState = { ...view.state, focus, emphasis };
  return { ...view, state, positions };
}

function emphasisWithout(e: EmphasisState | null, actor: string): EmphasisState | null {
  if (e?.kind !== 'departure') return e;
  const d = e.departure;
  if ('organisation' in d) return d.organisation === actor ? null : e;
  if (!d.persons.includes(actor as (typeof d.persons)[number])) return e;
  const persons = d.persons.filter((p) => p !== actor);
  return persons.length > 0 ? { ...e, departure: { persons } } : null;
}

/** The heading a view's slide shows: its slide title, or its name when it has none. */
export const slideTitleOf = (view: Pick<SavedView, 'name' | 'slideTitle'>): string => view.slideTitle.trim() || view.name;

/** The views named, in the order given; names compare as the rules do (case and spaces aside). */
export function viewsByName(views: readonly SavedView[], names: readonly string[]): { found: SavedView[]; unknown: string[] } {
  const key = (s: string) => s.trim().toLocaleLowerCase('da');
  const found: SavedView[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const v = views.find((x) => key(x.name) === key(name) || x.id === name);
    if (v) found.push(v);
    else unknown.push(name);
  }
  return { found, unknown };
}
