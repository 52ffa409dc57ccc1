import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ActorKindSchema, type ActorKind, type ProjectData } from '../../../../core/model/schema';
import { useActions } from '../../App';

/** Adds a person or organisation; what was typed stays in the form if the store refuses it. */
export function AddActorForm({ data, defaultKind }: { data: ProjectData; defaultKind: ActorKind }) {
  const { t, i18n } = useTranslation();
  const actions = useActions();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState<ActorKind>(defaultKind);
  const [sector, setSector] = useState<string>('');

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    if (!label.trim()) return;
    const ok = await actions.apply({
      type: 'actor.add',
      actor: { kind, label: label.trim(), sector: sector || null },
    });
    if (ok) setLabel('');
  };

  const kinds: ActorKind[] = defaultKind === 'person' ? ['person'] : ['organisation', 'department'];
  return (
    <form className="add-actor" onSubmit={(e) => void submit(e)} aria-label={t('ui.addActor')}>
      <input
        value={label}
        onChange={(e) => setLabel(e.target.value)}
        placeholder={t('ui.name')}
        aria-label={t('ui.name')}
        name="label"
      />
      {kinds.length > 1 && (
        <select value={kind} onChange={(e) => setKind(ActorKindSchema.parse(e.target.value))} aria-label={t('ui.kind')}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
      )}
      <select value={sector} onChange={(e) => setSector(e.target.value)} aria-label={t('ui.sector')} name="sector">
        <option value="">{t('ui.noSector')}</option>
        {data.codebooks.sectors.map((s) => (
          <option key={s.key} value={s.key}>
            {s.label[lang]}
          </option>
        ))}
      </select>
      <button type="submit" className="primary" disabled={!label.trim()}>
        {t('ui.add')}
      </button>
    </form>
  );
}
