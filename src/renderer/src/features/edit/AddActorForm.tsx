import { useMemo, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorId } from '../../../../core/ids';
import { namesakes } from '../../../../core/matching/search';
import { ActorKindSchema, type ActorKind, type ProjectData } from '../../../../core/model/schema';
import { collatorFor } from '../../../../core/text/collate';
import { useActions } from '../../app';
import { freshId } from './new-id';
import { RoleOptions, SectorOptions } from './CodeOptions';

/**
 * Adds a person (with the organisation they belong to and their role in it, in one undoable
 * step) or an organisation; what was typed stays in the form if the store refuses it. Every
 * field is labelled and in sight from the start: a role that showed only once an organisation
 * was chosen was missed, and volunteers were saved as employees. A name the project already has
 * is said at once, with the one there is to open instead (the duplicate finder merges two).
 */
export function AddActorForm({
  data,
  defaultKind,
  onOpen,
  autoFocus = false,
}: {
  data: ProjectData;
  defaultKind: ActorKind;
  onOpen: (id: string) => void;
  /** the name field takes the focus (the form was opened to enter an actor) */
  autoFocus?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const actions = useActions();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState<ActorKind>(defaultKind);
  const [sector, setSector] = useState<string>('');
  // the sector follows the organisation chosen until the user chooses one of their own
  const [sectorChosen, setSectorChosen] = useState(false);
  const [organisation, setOrganisation] = useState<string>('');
  const [role, setRole] = useState<string>(data.codebooks.roles.find((r) => r.key === 'employee')?.key ?? data.codebooks.roles[0]?.key ?? '');
  const isPerson = kind === 'person';

  const organisations = useMemo(() => {
    const collator = collatorFor(lang);
    return data.actors.filter((a) => a.kind !== 'person').sort((a, b) => collator.compare(a.label, b.label));
  }, [data.actors, lang]);
  const same = useMemo(() => namesakes(data.actors, label, isPerson ? ['person'] : ['organisation', 'department']), [data.actors, label, isPerson]);
  const placeOf = useMemo(() => {
    const labels = new Map(data.actors.map((a) => [a.id as string, a.label]));
    return (id: string) =>
      data.memberships
        .filter((m) => m.person === id)
        .map((m) => labels.get(m.organisation) ?? m.organisation)
        .join(', ');
  }, [data.actors, data.memberships]);

  const chooseOrganisation = (id: string) => {
    setOrganisation(id);
    // a person usually belongs to their organisation's sector; an explicit choice is kept
    const org = organisations.find((o) => o.id === id);
    if (!sectorChosen) setSector(org?.sector ?? '');
  };

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    if (!label.trim()) return;
    const actor = { kind, label: label.trim(), sector: sector || null };
    const withMembership = isPerson && organisation !== '' && role !== '';
    let ok: boolean;
    if (withMembership) {
      const id = freshId('a') as ActorId;
      ok = await actions.apply({
        type: 'batch',
        commands: [
          { type: 'actor.add', actor: { ...actor, id } },
          { type: 'membership.add', membership: { person: id, organisation, role } },
        ],
      });
    } else ok = await actions.apply({ type: 'actor.add', actor });
    if (ok) setLabel('');
  };

  const kinds: ActorKind[] = defaultKind === 'person' ? ['person'] : ['organisation', 'department'];
  const sectorField = (
    <label className="add-field">
      <span>{t('ui.sector')}</span>
      <select
        value={sector}
        onChange={(e) => {
          setSector(e.target.value);
          setSectorChosen(true);
        }}
        name="sector"
      >
        <SectorOptions data={data} none="" />
      </select>
    </label>
  );
  return (
    <form className="add-actor labelled" onSubmit={(e) => void submit(e)} aria-label={t('ui.addActor')}>
      <label className="add-field name">
        <span>{t('ui.name')}</span>
        <input
          value={label}
          onChange={(e) => setLabel(e.target.value)}
          name="label"
          autoFocus={autoFocus}
          aria-describedby={same.length > 0 ? 'namesake-note' : undefined}
        />
      </label>
      {kinds.length > 1 && (
        <label className="add-field">
          <span>{t('ui.kind')}</span>
          <select value={kind} onChange={(e) => setKind(ActorKindSchema.parse(e.target.value))}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {isPerson ? (
        <>
          <label className="add-field">
            <span>{t('workspace.organisation')}</span>
            <select value={organisation} onChange={(e) => chooseOrganisation(e.target.value)} name="organisation">
              <option value="">{t('workspace.noOrganisation')}</option>
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          <label className="add-field" title={organisation === '' ? t('entry.form.roleWithout') : undefined}>
            <span>{t('workspace.role')}</span>
            <select value={role} onChange={(e) => setRole(e.target.value)} name="role" disabled={organisation === ''}>
              <RoleOptions data={data} />
            </select>
          </label>
          {sectorField}
        </>
      ) : (
        sectorField
      )}
      {same.length > 0 && (
        <div className="namesake-note" id="namesake-note" role="status">
          <p>
            {t(isPerson ? 'entry.form.namesakePerson' : 'entry.form.namesakeOrganisation', { count: same.length, name: same[0]?.label ?? '' })}{' '}
            <span className="muted">{t('entry.form.namesakeHint')}</span>
          </p>
          <div className="namesake-actions">
            {same.slice(0, 3).map((a) => {
              const place = isPerson ? placeOf(a.id) : '';
              return (
                <button key={a.id} type="button" onClick={() => onOpen(a.id)}>
                  {t('entry.form.open', { name: place ? `${a.label} (${place})` : a.label })}
                </button>
              );
            })}
          </div>
        </div>
      )}
      <button type="submit" className="primary" disabled={!label.trim()}>
        {same.length > 0 ? t('entry.form.addAnyway') : t('ui.add')}
      </button>
    </form>
  );
}
