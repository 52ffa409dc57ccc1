import type { Language, MessageKey, MessageParams, Translator } from '../i18n/catalogue';
import { numberFormat, withMinus } from '../text/numbers';
import type { ActorPair } from '../model/pairs';
import type { ProjectData } from '../model/schema';

/**
 * Sentences are kept as a catalogue key and typed parameters until they are shown, and worded
 * then, in the language of whoever reads them, by i18next with its plural rules: the findings
 * in the app, the CLI's summary and `analyze --json`, and the analysis panels' explanations.
 * The analysis itself never words anything, so it pays nothing for sentences no one reads.
 */

/** A value a sentence names. */
export type WordValue =
  /** a count: chooses the plural of a sentence (as `count`) and is written in the reader's digits where the text says `{{x, number}}` */
  | number
  /** text as it is: a label the data gives, an attribute value */
  | string
  /** an actor, by its label */
  | { readonly actor: string }
  /** a sector as a sentence names it: its definite form ("kommunen"), or its label where the codebook gives none */
  | { readonly sector: string }
  /** a forum, by its label */
  | { readonly forum: string }
  /** an activity of the reception timeline, by its title */
  | { readonly activity: string }
  /** a target group, by its label as a sentence names it ("børnefamilier", "families with children") */
  | { readonly targetGroup: string }
  /** an actor attribute by the label the codebook gives it, or (with `value`) one of its categories by its label */
  | { readonly attribute: string; readonly value?: string }
  /** two actors, "A – B" (a collaboration between two organisations) */
  | { readonly pair: ActorPair }
  /** a tie from one actor to another, "A → B" */
  | { readonly arc: ActorPair }
  /** items joined as the reader's language joins a list ("a, b og c") */
  | { readonly list: readonly WordValue[] }
  /** a share 0–1 as a percentage ("61 %", "61%") */
  | { readonly percent: number }
  /** a measure with at most `digits` decimals, with a true minus sign ("−0,25") */
  | { readonly decimal: number; readonly digits?: number }
  /** a phrase or sentence of its own ("2 relationer", "Det overlever året med 60 % sandsynlighed.") */
  | { readonly words: Wording };

export type WordParams = Readonly<Record<string, WordValue>>;

/** A sentence before it is worded: what to say, and about what. */
export interface Wording<K extends MessageKey = MessageKey> {
  readonly key: K;
  readonly params: WordParams;
}

/** How the data names what sentences refer to, in one language. */
export interface Names {
  readonly lang: Language;
  actor(id: string): string;
  sector(key: string): string;
  forum(id: string): string;
  activity(id: string): string;
  targetGroup(key: string): string;
  /** an actor attribute's label, or a category's, where the codebook defines it; else as it is */
  attribute(key: string, value?: string): string;
}

/**
 * The names of a project's actors, sectors and forums. An id the project no longer has is shown
 * as itself rather than hidden; a sector's definite form, where the codebook sets one, is what a
 * sentence calls it.
 */
export function namesIn(data: ProjectData, lang: Language): Names {
  let actors: Map<string, string> | undefined;
  let forums: Map<string, string> | undefined;
  let activities: Map<string, string> | undefined;
  const sectors = new Map(data.codebooks.sectors.map((s) => [s.key, s.definite[lang] || s.label[lang]]));
  return {
    lang,
    // built on first use: a sentence about forums needs no map of 20,000 actors
    actor: (id) => (actors ??= new Map(data.actors.map((a) => [a.id as string, a.label]))).get(id) ?? id,
    sector: (key) => sectors.get(key) ?? key,
    forum: (id) => (forums ??= new Map(data.forums.map((f) => [f.id as string, f.label]))).get(id) ?? id,
    activity: (id) => (activities ??= new Map(data.activities.map((a) => [a.id as string, a.title]))).get(id) ?? id,
    targetGroup: (key) => {
      const label = data.codebooks.targetGroups.find((g) => g.key === key)?.label[lang];
      return label === undefined ? key : inSentence(label, lang);
    },
    attribute: (key, value) => {
      const d = data.codebooks.attributes.find((x) => x.appliesTo === 'actors' && x.key === key);
      if (value === undefined) return d?.label[lang] ?? key;
      return d?.values.find((v) => v.key === value)?.label[lang] ?? value;
    },
  };
}

/**
 * A label as a sentence names it mid-way: a capital first letter made small ("Børnefamilier" →
 * "børnefamilier"), unless the label is an abbreviation or starts with one ("FGU-elever").
 */
function inSentence(label: string, lang: Language): string {
  const first = label.codePointAt(0);
  if (first === undefined) return label;
  const letter = String.fromCodePoint(first);
  const next = label.codePointAt(letter.length);
  const second = next === undefined ? '' : String.fromCodePoint(next);
  if (second !== second.toLocaleLowerCase(lang)) return label;
  return letter.toLocaleLowerCase(lang) + label.slice(letter.length);
}

/** Names for when no project is at hand: every id shown as itself. */
export function plainNames(lang: Language): Names {
  return { lang, actor: (id) => id, sector: (key) => key, forum: (id) => id, activity: (id) => id, targetGroup: (key) => key, attribute: (key, value) => value ?? key };
}

// Intl's formats are costly to make and cheap to use: one of each per language.
const lists = new Map<Language, Intl.ListFormat>();
function listFormat(lang: Language): Intl.ListFormat {
  let f = lists.get(lang);
  if (!f) lists.set(lang, (f = new Intl.ListFormat(lang, { type: 'conjunction' })));
  return f;
}

/** The first letter as a capital, for a name that starts a sentence ("kommunen" → "Kommunen"). */
export function capitalised(text: string, lang: Language): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const letter = String.fromCodePoint(first);
  return letter.toLocaleUpperCase(lang) + text.slice(letter.length);
}

/**
 * A name in the genitive: Danish adds -s, or only an apostrophe after s, x and z ("Bro
 * Boldklubs", "Jens'", "Røde Kors'"); English adds 's, or only an apostrophe after s.
 */
export function genitive(text: string, lang: Language): string {
  if (lang === 'da') return /[sxz]$/i.test(text) ? `${text}'` : `${text}s`;
  return /s$/i.test(text) ? `${text}'` : `${text}'s`;
}

function valueText(value: Exclude<WordValue, number>, names: Names, tr: Translator): string {
  if (typeof value === 'string') return value;
  const lang = names.lang;
  if ('actor' in value) return names.actor(value.actor);
  if ('sector' in value) return names.sector(value.sector);
  if ('forum' in value) return names.forum(value.forum);
  if ('activity' in value) return names.activity(value.activity);
  if ('targetGroup' in value) return names.targetGroup(value.targetGroup);
  if ('attribute' in value) return names.attribute(value.attribute, value.value);
  if ('pair' in value) return `${names.actor(value.pair[0])} – ${names.actor(value.pair[1])}`;
  if ('arc' in value) return `${names.actor(value.arc[0])} → ${names.actor(value.arc[1])}`;
  if ('list' in value) return listFormat(lang).format(value.list.map((item) => (typeof item === 'number' ? String(item) : valueText(item, names, tr))));
  if ('percent' in value) return withMinus(numberFormat(lang, 'percent', value.percent > 0 && value.percent < 0.01 ? 1 : 0).format(value.percent));
  if ('decimal' in value) return withMinus(numberFormat(lang, 'decimal', value.digits ?? 2).format(value.decimal));
  return word(value.words, names, tr);
}

/**
 * A sentence in the reader's language. Every text parameter `name` also comes as `Name`, with a
 * capital first letter for the start of a sentence, and as `name_gen`, in the genitive, so the
 * catalogues can say "{{Sector}} tager initiativet" and "{{organisation_gen}} medlemmer".
 */
export function word(w: Wording, names: Names, tr: Translator): string {
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(w.params)) {
    if (typeof value === 'number') {
      params[name] = value;
      continue;
    }
    const text = valueText(value, names, tr);
    params[name] = text;
    params[`${name.charAt(0).toUpperCase()}${name.slice(1)}`] = capitalised(text, names.lang);
    params[`${name}_gen`] = genitive(text, names.lang);
  }
  return tr.t(w.key, params);
}

/** A sayer: words a key and its parameters (a shorthand for word() over one set of names). */
export function sayWith(tr: Translator, names: Names): (key: MessageKey, params?: WordParams) => string {
  return (key, params = {}) => word({ key, params }, names, tr);
}
