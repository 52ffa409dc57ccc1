import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SeatRoleSchema, type Forum, type ProjectData, type Seat } from '../../../../core/model/schema';
import { useActions } from '../../app';
import { ActorSelect } from './ActorSelect';
import { freshId } from './new-id';

const SEAT_ROLES = SeatRoleSchema.options;

/** Adds a forum by name and kind; its seats and mandate are given in its details. */
export function AddForumForm({ data, onAdded }: { data: ProjectData; onAdded: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const actions = useActions();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState(data.codebooks.forumKinds[0]?.key ?? 'coordination');
  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    if (!label.trim()) return;
    // the id is made here so that the new forum's details can open at once
    const id = freshId('f');
    if (await actions.apply({ type: 'forum.add', forum: { id, label: label.trim(), kind } })) {
      onAdded(id);
      setLabel('');
    }
  };
  return (
    <form className="add-actor" onSubmit={(e) => void submit(e)} aria-label={t('workspace.addForum')}>
      <input value={label} onChange={(e) => setLabel(e.target.value)} placeholder={t('workspace.forumName')} aria-label={t('workspace.forumName')} name="forumLabel" />
      <select value={kind} onChange={(e) => setKind(e.target.value)} aria-label={t('ui.forumKind')} name="forumKind">
        {data.codebooks.forumKinds.map((k) => (
          <option key={k.key} value={k.key}>
            {k.label[lang]}
          </option>
        ))}
      </select>
      <button type="submit" className="primary" disabled={!label.trim()}>
        {t('ui.add')}
      </button>
    </form>
  );
}

/**
 * A forum's details: name, kind and mandate edited in place, and its seats (who sits, for which
 * organisation, in which role) given and taken away. Each change is one undoable step.
 */
export function ForumDetails({ data, forum, onClose }: { data: ProjectData; forum: Forum; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const actions = useActions();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const labels = new Map(data.actors.map((a) => [a.id as string, a.label]));
  const update = (patch: Partial<Omit<Forum, 'id'>>) => void actions.apply({ type: 'forum.update', id: forum.id, patch });
  const [label, setLabel] = useState(forum.label);
  const [mandate, setMandate] = useState(forum.mandate);
  const setSeats = (seats: Seat[]) => update({ seats });

  return (
    <section className="actor-details" aria-label={t('workspace.forumDetails', { name: forum.label })} data-testid="forum-details">
      <header>
        <div className="name-field">
          <input
            value={label}
            aria-label={t('workspace.forumName')}
            aria-invalid={!label.trim()}
            onChange={(e) => setLabel(e.target.value)}
            onBlur={() => label.trim() && label.trim() !== forum.label && update({ label: label.trim() })}
            onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
          />
          {!label.trim() && <p className="field-error">{t('workspace.nameRequired')}</p>}
        </div>
        <button type="button" className="icon" onClick={onClose} aria-label={t('workspace.closeDetails')} title={t('workspace.closeDetails')}>
          ×
        </button>
      </header>
      <div className="row">
        <select value={forum.kind} aria-label={t('ui.forumKind')} onChange={(e) => update({ kind: e.target.value })}>
          {data.codebooks.forumKinds.map((k) => (
            <option key={k.key} value={k.key}>
              {k.label[lang]}
            </option>
          ))}
        </select>
      </div>
      <textarea
        className="mandate"
        rows={3}
        value={mandate}
        placeholder={t('workspace.mandateText')}
        aria-label={t('workspace.mandateText')}
        onChange={(e) => setMandate(e.target.value)}
        onBlur={() => mandate !== forum.mandate && update({ mandate })}
      />

      <h3>{t('workspace.seats')}</h3>
      {forum.seats.length === 0 && <p className="muted">{t('workspace.noSeats')}</p>}
      <ul className="plain seats">
        {forum.seats.map((seat, i) => (
          <li key={seat.actor}>
            <span className="seat-name">{labels.get(seat.actor) ?? seat.actor}</span>
            {seat.represents && <span className="muted">({labels.get(seat.represents) ?? seat.represents})</span>}
            <select
              value={seat.role}
              aria-label={t('workspace.role')}
              onChange={(e) => setSeats(forum.seats.map((s, k) => (k === i ? { ...s, role: SeatRoleSchema.parse(e.target.value) } : s)))}
            >
              {SEAT_ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`seatRoles.${r}`)}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="icon danger"
              aria-label={t('workspace.removeSeat', { name: labels.get(seat.actor) ?? seat.actor })}
              title={t('workspace.removeSeat', { name: labels.get(seat.actor) ?? seat.actor })}
              onClick={() => setSeats(forum.seats.filter((_, k) => k !== i))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <AddSeat data={data} forum={forum} onAdd={(seat) => setSeats([...forum.seats, seat])} />
    </section>
  );
}

function AddSeat({ data, forum, onAdd }: { data: ProjectData; forum: Forum; onAdd: (seat: Seat) => void }) {
  const { t } = useTranslation();
  const [actor, setActor] = useState('');
  const [represents, setRepresents] = useState('');
  const [role, setRole] = useState<Seat['role']>('member');
  // a person speaks for an organisation they belong to; the first one is the likely answer
  const orgsOf = (person: string) => data.memberships.filter((m) => m.person === person).map((m) => m.organisation as string);
  const choose = (id: string) => {
    setActor(id);
    setRepresents(orgsOf(id)[0] ?? '');
  };
  const add = () => {
    const who = data.actors.find((a) => a.id === actor);
    const org = data.actors.find((a) => a.id === represents);
    if (!who) return;
    onAdd({ actor: who.id, represents: org ? org.id : null, role });
    setActor('');
    setRepresents('');
    // a forum has one chair as a rule: the next seat starts as an ordinary member
    setRole('member');
  };
  return (
    <div className="row add-seat">
      <ActorSelect data={data} value={actor} onChange={choose} label={t('workspace.seatActor')} exclude={forum.seats.map((s) => s.actor)} name="seatActor" />
      <ActorSelect
        data={data}
        value={represents}
        onChange={setRepresents}
        label={t('workspace.represents')}
        placeholder={t('workspace.noOrganisation')}
        kinds={['organisation', 'department']}
        name="seatRepresents"
      />
      <select value={role} onChange={(e) => setRole(SeatRoleSchema.parse(e.target.value))} aria-label={t('workspace.role')} name="seatRole">
        {SEAT_ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`seatRoles.${r}`)}
          </option>
        ))}
      </select>
      <button type="button" onClick={add} disabled={!actor}>
        {t('workspace.addSeat')}
      </button>
    </div>
  );
}
