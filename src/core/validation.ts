import * as z from 'zod';
import zodDanish from 'zod/v4/locales/da.js';
import zodEnglish from 'zod/v4/locales/en.js';
import { problemsFromZod, type Problem } from './errors';
import type { Language, Translator } from './i18n/catalogue';

// Only the two locales the app speaks, so bundles do not carry zod's forty others.
const locales: Record<Language, () => { localeError: z.core.$ZodErrorMap }> = {
  da: zodDanish,
  en: zodEnglish,
};
const errorMaps = new Map<Language, z.core.$ZodErrorMap>();

function errorMapFor(lang: Language): z.core.$ZodErrorMap {
  let map = errorMaps.get(lang);
  if (!map) {
    map = locales[lang]().localeError;
    errorMaps.set(lang, map);
  }
  return map;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Parses a value that crossed a boundary, with messages in the user's language. */
export function parseIn<S extends z.ZodType>(schema: S, value: unknown, tr: Translator, where = ''): Parsed<z.output<S>> {
  const result = schema.safeParse(value, { error: errorMapFor(tr.lang) });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: problemsFromZod(result.error, tr, where) };
}
