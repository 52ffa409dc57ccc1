import { useTranslation } from 'react-i18next';
import { LanguageSchema } from '../../../core/i18n/catalogue';
import { useActions } from '../app';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const actions = useActions();
  return (
    <label className="language">
      <span className="visually-hidden">{t('ui.language')}</span>
      <select
        value={i18n.language === 'en' ? 'en' : 'da'}
        aria-label={t('ui.language')}
        onChange={(e) => {
          const lang = LanguageSchema.safeParse(e.target.value);
          if (lang.success) actions.setLanguage(lang.data);
        }}
      >
        <option value="da">{t('ui.danish')}</option>
        <option value="en">{t('ui.english')}</option>
      </select>
    </label>
  );
}
