import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { i18nOptions, resolveParams, type Language, type Translator } from '../../core/i18n/catalogue';

/** The renderer's i18next, on the same catalogues as the CLI and the engine. */
export function createI18n(lang: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init(i18nOptions(lang));
  return instance;
}

/** Core's Translator over the renderer's instance, for wording errors the engine sent as keys. */
export function translatorOf(instance: i18n): Translator {
  const plain = (key: string) => instance.t(key);
  return {
    get lang() {
      const lang: Language = instance.language === 'en' ? 'en' : 'da';
      return lang;
    },
    t: (key, params) => instance.t(key, resolveParams(params ?? {}, plain)),
  };
}
