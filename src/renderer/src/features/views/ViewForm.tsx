import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The texts of a view: its name and description, and its slide's title and speaker notes. */
export interface ViewTexts {
  name: string;
  description: string;
  slideTitle: string;
  speakerNotes: string;
}

/** The form that names a new view or edits a view's texts. */
export function ViewForm({ initial, onSave, onCancel, testId }: { initial: ViewTexts; onSave: (texts: ViewTexts) => void; onCancel: () => void; testId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [texts, setTexts] = useState(initial);
  const set = (patch: Partial<ViewTexts>) => setTexts((x) => ({ ...x, ...patch }));
  return (
    <form
      className="view-form"
      data-testid={testId}
      onSubmit={(e) => {
        e.preventDefault();
        if (texts.name.trim()) onSave({ ...texts, name: texts.name.trim(), slideTitle: texts.slideTitle.trim() });
      }}
    >
      <label htmlFor={`${id}-name`}>{t('views.panel.nameLabel')}</label>
      <input id={`${id}-name`} value={texts.name} maxLength={200} required autoFocus onChange={(e) => set({ name: e.target.value })} />
      <label htmlFor={`${id}-description`}>{t('views.panel.descriptionLabel')}</label>
      <textarea id={`${id}-description`} rows={2} value={texts.description} onChange={(e) => set({ description: e.target.value })} />
      <label htmlFor={`${id}-title`}>{t('views.panel.slideTitleLabel')}</label>
      <input id={`${id}-title`} value={texts.slideTitle} maxLength={300} placeholder={t('views.panel.slideTitleHint')} onChange={(e) => set({ slideTitle: e.target.value })} />
      <label htmlFor={`${id}-notes`}>{t('views.panel.notesLabel')}</label>
      <textarea id={`${id}-notes`} rows={3} value={texts.speakerNotes} title={t('views.panel.notesHint')} onChange={(e) => set({ speakerNotes: e.target.value })} />
      <div className="row">
        <button type="submit" className="primary">
          {t('views.panel.saveButton')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('views.panel.cancel')}
        </button>
      </div>
    </form>
  );
}
