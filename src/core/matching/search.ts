import type { Actor } from '../model/schema';
import { collatorFor } from '../text/collate';
import { nameKey, nameTokens } from './normalise';
import { similarity } from './score';

/**
 * Finding an actor while a name is being typed (the interview coding form's "from" and "to"):
 * every word typed must begin a different word of the name, in any order, after the Danish
 * normalisation of `nameTokens` (case, accents, aa/å, ae/æ, oe/ø, "Hansen, Jens"). So "met lu",
 * "Lund M" and "aase" all find "Mette Lund" or "Åse". Behind those come names found more loosely:
 * a word typed without the Danish letters ("Sorensen", "Ase"), a word inside another ("kors" in
 * "Rødekorshuset"), a typing error ("Mete").
 */

type Searchable = Pick<Actor, 'id' | 'kind' | 'label'>;

export interface ActorHit<A extends Searchable = Searchable> {
  actor: A;
  /**
   * 2 for the same name; else in (0, 1]: 1 when every word typed begins a word of the name and
   * the first begins its first word, a little less when the first is elsewhere in the name
   */
  score: number;
}

/** How well one typed word fits one word of a name (0: not at all). */
function wordFit(typed: string, typedLoose: string, word: string, wordLoose: string): number {
  if (word.startsWith(typed)) return 1;
  if (wordLoose.startsWith(typedLoose)) return 0.9;
  if (typed.length >= 3 && word.includes(typed)) return 0.6;
  if (typed.length >= 4 && similarity(typed, word) >= 0.75) return 0.5;
  // a typing error early in a long word not yet typed to its end
  if (typed.length >= 5 && similarity(typed, word.slice(0, typed.length)) >= 0.8) return 0.5;
  return 0;
}

/**
 * The same word with the Danish letters' two-letter spellings read as one plain letter (aa → a,
 * oe → o, ae → a): what a name looks like typed on a keyboard without æ, ø and å.
 */
const loose = (token: string): string => token.replace(/aa/g, 'a').replace(/oe/g, 'o').replace(/ae/g, 'a');

interface Indexed<A> {
  actor: A;
  key: string;
  words: string[];
  looseWords: string[];
}

/** The actors' names normalised once, so that each key typed costs a comparison, not a normalisation. */
export interface ActorIndex<A extends Searchable = Searchable> {
  readonly entries: ReadonlyArray<Indexed<A>>;
}

export function indexActors<A extends Searchable>(actors: readonly A[]): ActorIndex<A> {
  return {
    entries: actors.map((actor) => {
      const words = nameTokens(actor.label);
      return { actor, key: [...words].sort().join(' '), words, looseWords: words.map(loose) };
    }),
  };
}

/**
 * The actors whose names fit what was typed, best first (the same name, then names every typed
 * word begins, then the looser fits), names of equal fit in Danish alphabetical order. Nothing
 * typed finds nothing.
 */
export function searchActors<A extends Searchable>(query: string, actors: ActorIndex<A>, opts: { limit?: number } = {}): Array<ActorHit<A>> {
  const typed = nameTokens(query);
  if (typed.length === 0) return [];
  const typedLoose = typed.map(loose);
  const typedKey = nameKey(query);
  // longer words first: they are the more telling, and a short one should not take their word
  const order = typed.map((_, i) => i).sort((x, y) => (typed[y] as string).length - (typed[x] as string).length);
  const hits: Array<ActorHit<A>> = [];
  for (const e of actors.entries) {
    if (e.key === typedKey) {
      hits.push({ actor: e.actor, score: 2 });
      continue;
    }
    const used = new Set<number>();
    let total = 0;
    let fits = true;
    for (const i of order) {
      let best = 0;
      let bestAt = -1;
      e.words.forEach((word, w) => {
        if (used.has(w)) return;
        const fit = wordFit(typed[i] as string, typedLoose[i] as string, word, e.looseWords[w] as string);
        if (fit > best) {
          best = fit;
          bestAt = w;
        }
      });
      if (bestAt < 0) {
        fits = false;
        break;
      }
      used.add(bestAt);
      total += best;
    }
    if (!fits) continue;
    // of equal fits, a name that begins with what was typed first: "Mette Lund" before "Anne Mette Berg"
    const first = wordFit(typed[0] as string, typedLoose[0] as string, e.words[0] ?? '', e.looseWords[0] ?? '') > 0;
    hits.push({ actor: e.actor, score: (total / typed.length) * 0.99 + (first ? 0.01 : 0) });
  }
  const collator = collatorFor('da');
  hits.sort((a, b) => b.score - a.score || collator.compare(a.actor.label, b.actor.label));
  return opts.limit === undefined ? hits : hits.slice(0, opts.limit);
}

/** Whether a typed name is an actor's name up to spelling and word order (no new actor needed). */
export function sameName(query: string, label: string): boolean {
  const key = nameKey(query);
  return key !== '' && key === nameKey(label);
}

/**
 * The actors of the given kinds already called `name`, up to spelling and word order: a new one
 * of that name may be the same actor entered twice (the duplicate finder merges them if so).
 */
export function namesakes<A extends { label: string; kind: string }>(actors: readonly A[], name: string, kinds: readonly string[]): A[] {
  const key = nameKey(name);
  if (key === '') return [];
  return actors.filter((a) => kinds.includes(a.kind) && nameKey(a.label) === key);
}
