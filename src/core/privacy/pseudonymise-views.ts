import type { ActorId } from '../ids';
import type { SavedView } from '../model/schema';

/**
 * Saved views as they may leave the machine pseudonymised: the actors they name (their own
 * arrangement, a focus, a departure scenario) by their codes, descriptions and speaker notes
 * left out, and in the names and slide titles the analyst typed, every actor's name replaced by
 * its code ("Hvis Mette går" becomes "Hvis P003 går"). A highlighted finding is known by a key
 * made of ids, which may be names: it is dropped.
 */
export function pseudonymiseViews(views: readonly SavedView[], rename: ReadonlyMap<string, { code: string; label: string }>): SavedView[] {
  const id = (a: string) => (rename.get(a)?.code ?? a) as ActorId;
  const text = replaceNames(rename);
  return views.map((v) => {
    const e = v.state.emphasis;
    const emphasis =
      e === null || e.kind === 'finding'
        ? null
        : e.kind === 'departure'
          ? { ...e, departure: 'organisation' in e.departure ? { organisation: id(e.departure.organisation) } : { persons: e.departure.persons.map(id) } }
          : e;
    return {
      ...v,
      name: text(v.name),
      slideTitle: text(v.slideTitle),
      description: '',
      speakerNotes: '',
      state: { ...v.state, focus: v.state.focus ? { ...v.state.focus, actor: id(v.state.focus.actor) } : null, emphasis },
      positions: v.positions ? Object.fromEntries(Object.entries(v.positions).map(([a, p]) => [id(a), p])) : null,
    };
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A function that replaces every renamed actor's name in a text by its code, whole words only
 * (a Danish genitive -s included) and regardless of case, longest names first (so "Mette Hansen" goes before "Mette"). The first
 * name alone is replaced too: a title says "Mettes netværk" more often than the full name.
 */
export function replaceNames(rename: ReadonlyMap<string, { code: string; label: string }>): (text: string) => string {
  const pairs: Array<[string, string]> = [];
  for (const { code, label } of rename.values()) {
    pairs.push([label, code]);
    const first = label.split(/\s+/)[0] ?? '';
    if (first.length >= 3 && first !== label) pairs.push([first, code]);
  }
  pairs.sort((a, b) => b[0].length - a[0].length);
  if (pairs.length === 0) return (t) => t;
  const byName = new Map(pairs.map(([n, c]) => [n.toLocaleLowerCase('da'), c]));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${pairs.map(([n]) => escape(n)).join('|')})(?=s?(?![\\p{L}\\p{N}]))`, 'giu');
  return (t) => t.replace(pattern, (m) => byName.get(m.toLocaleLowerCase('da')) ?? m);
}
