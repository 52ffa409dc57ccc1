import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SeatRoleSchema, type Actor, type Forum, type ProjectData, type Seat } from '../../../../core/model/schema';
import { collatorFor } from '../../../../core/text/collate';
import { ActorSelect } from './ActorSelect';

const SEAT_ROLES = SeatRoleSchema.options;

/** The organisations a seat may speak for, the seat holder's own first (the likely answer). */
function useOrganisations(data: ProjectData) {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  return useMemo(() => {
    const collator = collatorFor(lang);
    const all = data.actors.filter((a) => a.kind !== 'person').sort((a, b) => collator.compare(a.label, b.label));
    const byId = new Map(all.map((a) => [a.id as string, a]));
    const own = new Map<string, Actor[]>();
    for (const m of data.memberships) {
      const org = byId.get(m.organisation);
      const list = own.get(m.person) ?? [];
      if (org && !list.includes(org)) own.set(m.person, [...list, org]);
    }
    return { all, ownOf: (actor: string) => own.get(actor) ?? [] };
  }, [data.actors, data.memberships, lang]);
}

/**
 * Which organisation a seat speaks for: none, or one of the seat holder's own organisations
 * (listed first), or any other.
 */
export function RepresentsSelect({ data, actor, value, onChange, label, name }: { data: ProjectData; actor: string; value: string; onChange: (id: string) => void; label: string; name?: string }) {
  const { t } = useTranslation();
  const { all, ownOf } = useOrganisations(data);
  const own = actor === '' ? [] : ownOf(actor);
  const others = all.filter((o) => !own.includes(o));
  return (
    <select value={value} onChange={(e) => onChange(e.target.value)} aria-label={label} name={name}>
      <option value="">{t('coding.forum.noOrganisation')}</option>
      {own.length > 0 && (
        <optgroup label={t('coding.forum.personsOrganisations')}>
          {own.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </optgroup>
      )}
      <optgroup label={own.length > 0 ? t('coding.forum.otherOrganisations') : t('workspace.organisations')}>
        {others.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </optgroup>
    </select>
  );
}

/**
 * A forum's seats: for each, whom it speaks for and in which role, and its removal; and a new
 * seat. Every change is the forum's seats given whole, one undoable step.
 */
export function ForumSeats({ data, forum, onSeats }: { data: ProjectData; forum: Forum; onSeats: (seats: Seat[]) => void }) {
  const { t } = useTranslation();
  const labels = useMemo(() => new Map(data.actors.map((a) => [a.id as string, a.label])), [data.actors]);
  const nameOf = (id: string) => labels.get(id) ?? id;
  const change = (i: number, patch: Partial<Seat>) => onSeats(forum.seats.map((s, k) => (k === i ? { ...s, ...patch } : s)));
  return (
    <>
      <h3>{t('workspace.seats')}</h3>
      {forum.seats.length === 0 && <p className="muted">{t('workspace.noSeats')}</p>}
      <ul className="plain seats forum-seats">
        {forum.seats.map((seat, i) => (
          <li key={seat.actor}>
            <span className="seat-name">{nameOf(seat.actor)}</span>
            <RepresentsSelect
              data={data}
              actor={seat.actor}
              value={seat.represents ?? ''}
              onChange={(id) => change(i, { represents: (data.actors.find((a) => a.id === id)?.id ?? null) })}
              label={t('coding.forum.representsOf', { name: nameOf(seat.actor) })}
              name="seatRepresentsOf"
            />
            <select
              value={seat.role}
              aria-label={t('coding.forum.roleOf', { name: nameOf(seat.actor) })}
              name="seatRoleOf"
              onChange={(e) => change(i, { role: SeatRoleSchema.parse(e.target.value) })}
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
              aria-label={t('workspace.removeSeat', { name: nameOf(seat.actor) })}
              title={t('workspace.removeSeat', { name: nameOf(seat.actor) })}
              onClick={() => onSeats(forum.seats.filter((_, k) => k !== i))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <AddSeat data={data} forum={forum} onAdd={(seat) => onSeats([...forum.seats, seat])} />
    </>
  );
}

function AddSeat({ data, forum, onAdd }: { data: ProjectData; forum: Forum; onAdd: (seat: Seat) => void }) {
  const { t } = useTranslation();
  const { ownOf } = useOrganisations(data);
  const [actor, setActor] = useState('');
  const [represents, setRepresents] = useState('');
  const [role, setRole] = useState<Seat['role']>('member');
  const choose = (id: string) => {
    setActor(id);
    // a person speaks for an organisation they belong to; an organisation for itself
    const who = data.actors.find((a) => a.id === id);
    setRepresents(who && who.kind !== 'person' ? who.id : (ownOf(id)[0]?.id ?? ''));
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
      <RepresentsSelect data={data} actor={actor} value={represents} onChange={setRepresents} label={t('workspace.represents')} name="seatRepresents" />
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
