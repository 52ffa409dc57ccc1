import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Departure } from '../../../../core/analysis/departure';
import type { ActorId } from '../../../../core/ids';
import type { SingleCommandInput } from '../../../../core/commands';
import { ActorKindSchema, type Actor, type ProjectData } from '../../../../core/model/schema';
import { collatorFor } from '../../../../core/text/collate';
import { useActions } from '../../app';
import { ActorSelect } from './ActorSelect';
import { RoleOptions, SectorOptions } from './CodeOptions';
import { MergeWithDialog } from '../duplicates';
import { ErasePersonDialog } from './ErasePersonDialog';
import { AttributeFields } from './AttributeFields';
import { numberText, readNumberText, TextField, WavesField } from './fields';
import { InfluenceTower } from './InfluenceTower';
import './details.css';

type ActorPatch = Extract<SingleCommandInput, { type: 'actor.update' }>['patch'];

/**
 * The chosen actor with every field of the model: name, kind and sector edited in place, the
 * influence rating as a Net-Map tower, a person's own turnover, memberships and relationships
 * listed with what can be done to them (a relationship opens in its own details), custom
 * attributes, waves and notes; and the question a leader asks first: what if they left?
 */
export function ActorDetails({
  data,
  actor,
  onClose,
  onScenario,
  onShowTie,
}: {
  data: ProjectData;
  actor: Actor;
  onClose: () => void;
  onScenario: (departure: Departure) => void;
  /** opens one of the actor's relationships in its own details */
  onShowTie?: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const actions = useActions();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const isPerson = actor.kind === 'person';
  const [erasing, setErasing] = useState(false);
  const update = (patch: ActorPatch) => void actions.apply({ type: 'actor.update', id: actor.id, patch });
  const [merging, setMerging] = useState(false);

  const labels = useMemo(() => new Map(data.actors.map((a) => [a.id as string, a.label])), [data.actors]);
  const roles = useMemo(() => new Map(data.codebooks.roles.map((r) => [r.key, r.label[lang]])), [data.codebooks.roles, lang]);
  const types = useMemo(() => new Map(data.codebooks.tieTypes.map((tt) => [tt.key, tt.label[lang]])), [data.codebooks.tieTypes, lang]);
  const memberships = data.memberships.filter((m) => (isPerson ? m.person === actor.id : m.organisation === actor.id));
  const ties = useMemo(() => {
    const collator = collatorFor(lang);
    return data.ties
      .filter((x) => x.source === actor.id || x.target === actor.id)
      .map((x) => {
        const other = x.source === actor.id ? x.target : x.source;
        return { tie: x, other, label: labels.get(other) ?? other };
      })
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [data.ties, actor.id, labels, lang]);

  return (
    <section className="actor-details" aria-label={t('workspace.details', { name: actor.label })} data-testid="actor-details">
      <header>
        <NameField key={`${actor.id}:${actor.label}`} actor={actor} />
        <button type="button" className="icon" onClick={onClose} aria-label={t('workspace.closeDetails')} title={t('workspace.closeDetails')}>
          ×
        </button>
      </header>
      <div className="row">
        <select
          value={actor.kind}
          name="kind"
          aria-label={t('fields.actor.kind')}
          onChange={(e) => {
            const kind = ActorKindSchema.safeParse(e.target.value);
            if (kind.success) update({ kind: kind.data });
          }}
        >
          {ActorKindSchema.options.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
        <select
          value={actor.sector ?? ''}
          aria-label={t('ui.sector')}
          onChange={(e) => void actions.apply({ type: 'actor.update', id: actor.id, patch: { sector: e.target.value || null } })}
        >
          <SectorOptions data={data} none="" />
        </select>
      </div>

      <h3>{t('details.actor.influence')}</h3>
      <InfluenceTower value={actor.influence} max={data.settings.influenceMax} name={actor.label} onChange={(influence) => update({ influence })} />
      {isPerson && (
        <TextField
          label={t('details.actor.turnover')}
          name="turnover"
          inputMode="decimal"
          placeholder={t('details.actor.turnoverHint')}
          value={actor.turnover === null ? '' : numberText(Math.round(actor.turnover * 1000) / 10, lang)}
          invalid={(text) => {
            const n = readNumberText(text);
            return n !== null && (Number.isNaN(n) || n < 0 || n > 100) ? t('rules.probabilityPercent') : null;
          }}
          onSave={(text) => {
            const n = readNumberText(text);
            update({ turnover: n === null ? null : n / 100 });
          }}
        />
      )}

      <button
        type="button"
        className="primary scenario-button"
        onClick={() => onScenario(isPerson ? { persons: [actor.id] } : { organisation: actor.id })}
      >
        {isPerson ? t('workspace.whatIfPerson', { name: actor.label }) : t('workspace.whatIfOrganisation', { name: actor.label })}
      </button>

      <h3>{isPerson ? t('workspace.memberships') : t('workspace.members', { count: memberships.length })}</h3>
      {isPerson && (
        <>
          {memberships.length === 0 && <p className="muted">{t('workspace.noMemberships')}</p>}
          <ul className="plain">
            {memberships.map((m) => (
              <li key={m.id}>
                {labels.get(m.organisation) ?? m.organisation} <span className="muted">({roles.get(m.role) ?? m.role})</span>
                <button
                  type="button"
                  className="icon danger"
                  aria-label={t('workspace.removeMembership', { organisation: labels.get(m.organisation) ?? m.organisation })}
                  title={t('workspace.removeMembership', { organisation: labels.get(m.organisation) ?? m.organisation })}
                  onClick={() => void actions.apply({ type: 'membership.remove', id: m.id })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          <AddMembership data={data} person={actor.id} exclude={memberships.map((m) => m.organisation)} />
        </>
      )}

      <h3>{t('workspace.ties')}</h3>
      {ties.length === 0 && <p className="muted">{t('workspace.noTies')}</p>}
      <ul className="plain">
        {ties.map(({ tie, label }) => (
          <li key={tie.id}>
            {tie.directed ? (tie.source === actor.id ? '→ ' : '← ') : ''}
            {onShowTie ? (
              <button type="button" className="link" onClick={() => onShowTie(tie.id)}>
                {label}
              </button>
            ) : (
              label
            )}{' '}
            <span className="muted">({types.get(tie.type) ?? tie.type})</span>
            <button
              type="button"
              className="icon danger"
              aria-label={t('workspace.removeTie', { label })}
              title={t('workspace.removeTie', { label })}
              onClick={() => void actions.apply({ type: 'tie.remove', id: tie.id })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>

      <h3>{t('details.actor.attributes')}</h3>
      <AttributeFields data={data} owner="actors" attributes={actor.attributes} onChange={(attributes) => update({ attributes })} />
      <WavesField data={data} label={t('details.actor.waves')} waves={actor.waves} onChange={(waves) => update({ waves })} />
      <TextField label={t('details.actor.notes')} name="notes" multiline value={actor.notes} onSave={(notes) => update({ notes })} />

      <div className="row">
        <button type="button" title={t('merge.withActor.buttonHint')} onClick={() => setMerging(true)}>
          {t('merge.withActor.button')}
        </button>
      </div>
      {merging && <MergeWithDialog data={data} actor={actor} onClose={() => setMerging(false)} />}

      {isPerson && (
        <div className="danger-zone">
          <button type="button" className="danger-outline" title={t('privacy.erase.buttonHint')} onClick={() => setErasing(true)}>
            {t('privacy.erase.button')}
          </button>
        </div>
      )}
      {erasing && <ErasePersonDialog api={actions.api} person={actor} onClose={() => setErasing(false)} />}
    </section>
  );
}

/** The name, saved on Enter or on leaving the field; an empty name is refused where it is typed. */
function NameField({ actor }: { actor: Actor }) {
  const { t } = useTranslation();
  const actions = useActions();
  const [value, setValue] = useState(actor.label);
  const invalid = value.trim() === '';
  const save = () => {
    if (invalid || value.trim() === actor.label) return;
    void actions.apply({ type: 'actor.update', id: actor.id, patch: { label: value.trim() } });
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') save();
    if (e.key === 'Escape') {
      // cancels the edit, and only that (not a popover or the map's connect mode as well)
      e.preventDefault();
      setValue(actor.label);
    }
  };
  return (
    <div className="name-field">
      <input
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onBlur={save}
        onKeyDown={onKey}
        aria-label={t('ui.name')}
        aria-invalid={invalid}
        name="name"
      />
      {invalid && <p className="field-error">{t('workspace.nameRequired')}</p>}
    </div>
  );
}

function AddMembership({ data, person, exclude }: { data: ProjectData; person: ActorId; exclude: readonly string[] }) {
  const { t } = useTranslation();
  const actions = useActions();
  const [organisation, setOrganisation] = useState('');
  const [role, setRole] = useState(data.codebooks.roles.find((r) => r.key === 'employee')?.key ?? data.codebooks.roles[0]?.key ?? '');
  const add = async () => {
    if (!organisation || !role) return;
    if (await actions.apply({ type: 'membership.add', membership: { person, organisation, role } })) setOrganisation('');
  };
  return (
    <div className="row">
      <ActorSelect
        data={data}
        value={organisation}
        onChange={setOrganisation}
        label={t('workspace.organisation')}
        placeholder={t('workspace.chooseOrganisation')}
        kinds={['organisation', 'department']}
        exclude={exclude}
        name="membership-organisation"
      />
      <select value={role} onChange={(e) => setRole(e.target.value)} aria-label={t('workspace.role')} name="membership-role">
        <RoleOptions data={data} />
      </select>
      <button type="button" onClick={() => void add()} disabled={!organisation}>
        {t('workspace.addMembership')}
      </button>
    </div>
  );
}
