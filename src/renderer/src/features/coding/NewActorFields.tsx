import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorIndex } from '../../../../core/matching/search';
import { ActorKindSchema, type Actor, type ProjectData } from '../../../../core/model/schema';
import { ActorCombobox } from './ActorCombobox';
import { ChoiceField, type ChoiceOption } from './ChoiceField';
import { digitKeys } from './choice-keys';
import type { NewActor } from './coding-model';

/**
 * What the project needs to know of an actor named for the first time: kind, and for a person
 * their organisation and role there; the sector, which a person takes from their organisation
 * unless the coder says otherwise. All by keyboard, like the rest of the form; the actor is
 * made when the tie is saved, in the same step.
 */
export function NewActorFields({
  data,
  actor,
  organisations,
  describe,
  onChange,
  testId,
}: {
  data: ProjectData;
  actor: NewActor;
  organisations: ActorIndex<Actor>;
  describe: (actor: Actor) => string;
  onChange: (actor: NewActor) => void;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const orgLabel = data.actors.find((a) => a.id === actor.organisation)?.label ?? '';

  const kinds = useMemo((): Array<ChoiceOption<NewActor['kind']>> => {
    const keys = digitKeys(3);
    return ActorKindSchema.options.map((k, i) => ({ value: k, label: t(`kinds.${k}`), key: keys[i] ?? null }));
  }, [t]);
  const roles = useMemo((): Array<ChoiceOption<string>> => {
    const keys = digitKeys(data.codebooks.roles.length);
    return data.codebooks.roles.map((r, i) => ({ value: r.key, label: r.label[lang], key: keys[i] ?? null }));
  }, [data.codebooks.roles, lang]);
  const sectors = useMemo((): Array<ChoiceOption<string | null>> => {
    const keys = digitKeys(data.codebooks.sectors.length);
    return [
      { value: null, label: '–', title: t('coding.unknown'), key: null },
      ...data.codebooks.sectors.map((s, i) => ({ value: s.key, label: s.label[lang], key: keys[i] ?? null })),
    ];
  }, [data.codebooks.sectors, lang, t]);

  const chooseOrganisation = (id: string | null) => {
    const org = data.actors.find((a) => a.id === id);
    // a person usually belongs to their organisation's sector; a sector chosen already stays
    onChange({ ...actor, organisation: id, sector: actor.sector ?? org?.sector ?? null });
  };

  return (
    <fieldset className="new-actor" data-testid={testId}>
      <legend>
        {t('coding.newActor', { name: actor.label })} <span className="muted">{t('coding.newActorNote')}</span>
      </legend>
      <ChoiceField label={t('coding.kind')} options={kinds} value={actor.kind} onChange={(kind) => onChange({ ...actor, kind })} />
      {actor.kind === 'person' && (
        <>
          <ActorCombobox
            label={t('coding.organisation')}
            index={organisations}
            describe={describe}
            value={actor.organisation === null ? null : { id: actor.organisation }}
            valueLabel={orgLabel}
            onChange={(end) => chooseOrganisation(end && 'id' in end ? end.id : null)}
            allowCreate={false}
          />
          {actor.organisation !== null && <ChoiceField label={t('coding.role')} options={roles} value={actor.role} onChange={(role) => onChange({ ...actor, role })} />}
        </>
      )}
      <ChoiceField label={t('coding.sector')} options={sectors} value={actor.sector} onChange={(sector) => onChange({ ...actor, sector })} />
    </fieldset>
  );
}
