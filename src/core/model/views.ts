import type { Translator } from '../i18n/catalogue';
import type { ProjectData, SavedView } from './schema';
import type { EmphasisState, MapViewState, ViewportState } from './view-state';

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

/**
 * A saved pan and zoom on a map of another size: the middle of what was seen stays in the middle,
 * and the zoom grows or shrinks so that all that was seen is seen again (the smaller of the two
 * ratios). On a map of the same size it is the saved viewport itself.
 */
export function viewportFor(saved: ViewportState, size: { width: number; height: number }): ViewportState {
  if (saved.width === size.width && saved.height === size.height) return saved;
  const centre = { x: (saved.width / 2 - saved.pan.x) / saved.zoom, y: (saved.height / 2 - saved.pan.y) / saved.zoom };
  const zoom = saved.zoom * Math.min(size.width / saved.width, size.height / saved.height);
  return { pan: { x: size.width / 2 - centre.x * zoom, y: size.height / 2 - centre.y * zoom }, zoom, width: size.width, height: size.height };
}

/** What a slide's source line says: the project, the wave it shows (or compares) and the date it was shown or made. */
export interface SourceLineParts {
  project: string;
  wave: string;
  date: string;
}

/**
 * The source line under every slide and exported map: the project, the wave (the view's wave
 * filter, the two waves it compares, or all waves) and the date, as `t` words them. `date` is
 * given (the day shown or exported), so the same deck made twice on one day is the same.
 */
export function sourceLine(data: ProjectData, view: SavedView | null, t: Translator, date: string): string {
  const label = (id: string) => data.waves.find((w) => w.id === id)?.label ?? id;
  const e = view?.state.emphasis;
  const filter = view?.state.filters.wave ?? null;
  const wave =
    e?.kind === 'waves'
      ? t.t('views.source.compared', { from: label(e.from), to: label(e.to) })
      : filter !== null
        ? t.t('views.source.wave', { wave: label(filter) })
        : data.waves.length > 0
          ? t.t('views.source.allWaves')
          : '';
  const parts: SourceLineParts = { project: data.meta.name, wave, date };
  return wave ? t.t('views.source.line', { ...parts }) : `${parts.project} · ${parts.date}`;
}

/** A date as a slide shows it: "6. december 2026" / "6 December 2026". */
export function slideDate(isoDate: string, lang: 'da' | 'en'): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const when = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(when);
}
