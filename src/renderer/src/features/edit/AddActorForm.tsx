import { useMemo, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorId } from '../../../../core/ids';
import { ActorKindSchema, type ActorKind, type ProjectData } from '../../../../core/model/schema';
import { collatorFor } from '../../../../core/text/collate';
import { useActions } from '../../app';
import { freshId } from './new-id';
import { RoleOptions, SectorOptions } from './CodeOptions';

/**
 * Adds a person (with the organisation they belong to, in one undoable step) or an organisation;
 * what was typed stays in the form if the store refuses it.
 */
export function AddActorForm({ data, defaultKind }: { data: ProjectData; defaultKind: ActorKind }) {
  const { t, i18n } = useTranslation();
  const actions = useActions();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState<ActorKind>(defaultKind);
  const [sector, setSector] = useState<string>('');
  const [organisation, setOrganisation] = useState<string>('');
  const [role, setRole] = useState<string>(data.codebooks.roles.find((r) => r.key === 'employee')?.key ?? data.codebooks.roles[0]?.key ?? '');

  const organisations = useMemo(() => {
    const collator = collatorFor(lang);
    return data.actors.filter((a) => a.kind !== 'person').sort((a, b) => collator.compare(a.label, b.label));
  }, [data.actors, lang]);

  const chooseOrganisation = (id: string) => {
    setOrganisation(id);
    // a person usually belongs to their organisation's sector; an explicit choice is kept
    const org = organisations.find((o) => o.id === id);
    if (!sector && org?.sector) setSector(org.sector);
  };

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    if (!label.trim()) return;
    const actor = { kind, label: label.trim(), sector: sector || null };
    const withMembership = kind === 'person' && organisation !== '' && role !== '';
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
        <SectorOptions data={data} none="" />
      </select>
      {kind === 'person' && (
        <>
          <select
            value={organisation}
            onChange={(e) => chooseOrganisation(e.target.value)}
            aria-label={t('workspace.organisation')}
            name="organisation"
          >
            <option value="">{t('workspace.noOrganisation')}</option>
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
          {organisation !== '' && (
            <select value={role} onChange={(e) => setRole(e.target.value)} aria-label={t('workspace.role')} name="role">
              <RoleOptions data={data} />
            </select>
          )}
        </>
      )}
      <button type="submit" className="primary" disabled={!label.trim()}>
        {t('ui.add')}
      </button>
    </form>
  );
}
