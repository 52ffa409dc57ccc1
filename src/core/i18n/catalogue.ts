import i18next, { type InitOptions } from 'i18next';
import * as z from 'zod';
import type { CatalogueShape } from './catalogue-shape';
import { da } from './da';
import { en } from './en';

export type { CatalogueShape } from './catalogue-shape';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
type StripPlural<S> = S extends `${infer B}_one` ? B : S extends `${infer B}_other` ? B : S;
/** A key into the catalogues, e.g. `errors.notFound`; plural keys without their suffix. */
export type MessageKey = StripPlural<Leaves<typeof da>>;
export type MessageParams = Record<string, string | number>;

export const LanguageSchema = z.enum(['da', 'en']);
export type Language = z.infer<typeof LanguageSchema>;
export const DEFAULT_LANGUAGE: Language = 'da';

export const catalogues: Record<Language, CatalogueShape> = { da, en };

/** Options shared by every i18next instance: the app's renderer, the CLI and the engine. */
export function i18nOptions(lang: Language): InitOptions {
  return {
    lng: lang,
    fallbackLng: DEFAULT_LANGUAGE,
    resources: { da: { translation: da }, en: { translation: en } },
    initAsync: false,
    // Output goes to React (which escapes) or to a terminal, never into raw HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
  };
}

export interface Translator {
  readonly lang: Language;
  t(key: MessageKey, params?: MessageParams): string;
}

/**
 * A parameter that is itself a message, e.g. the reason in "x is not a project: {{reason}}":
 * errors cross process boundaries as key and params, and are worded where they are shown.
 */
export const messageRef = (key: MessageKey): string => `$t(${key})`;
const MESSAGE_REF = /^\$t\(([\w.]+)\)$/;

/**
 * The parameters for one language: a value given in both (`label_da`, `label_en`, as a step in
 * the undo history keeps a code's name) is the one in `lang`, under its plain name (`label`).
 */
export function paramsIn(params: MessageParams, lang: Language): MessageParams {
  const out: MessageParams = { ...params };
  const suffix = `_${lang}`;
  for (const [name, value] of Object.entries(params)) if (name.endsWith(suffix)) out[name.slice(0, -suffix.length)] = value;
  return out;
}

export function resolveParams(params: MessageParams, t: (key: string) => string): MessageParams {
  const out: MessageParams = {};
  for (const [name, value] of Object.entries(params)) {
    const ref = typeof value === 'string' ? MESSAGE_REF.exec(value) : null;
    out[name] = ref?.[1] ? t(ref[1]) : value;
  }
  return out;
}

export function createTranslator(lang: Language): Translator {
  const instance = i18next.createInstance();
  void instance.init(i18nOptions(lang));
  const plain = (key: string) => instance.t(key);
  return {
    lang,
    t: (key, params) => instance.t(key, resolveParams(params ?? {}, plain)),
  };
}
