import { useMemo, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SingleCommandInput } from '../../../../core/commands';
import type { Membership, ProjectData } from '../../../../core/model/schema';
import { collatorFor, matchesSearch } from '../../../../core/text/collate';
import { useActions } from '../../app';
import type { Problem } from '../../../../core/problems';
import { FieldProblems } from '../../components/FieldProblems';
import { ActorSelect, RoleOptions } from '../edit';
import { useEditableCells } from './columns';
import { BulkBar, CheckAllCell, CheckCell, DeleteCell, PAGE_ROWS, ShowMore, SortHeader, useBulk, useChecked, useSort } from './table-state';

type Column = 'person' | 'organisation' | 'role' | 'start' | 'end';

/** Adds a membership: who, where, in which role. */
export function AddMembershipForm({ data }: { data: ProjectData }) {
  const { t } = useTranslation();
  const actions = useActions();
  const [person, setPerson] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [role, setRole] = useState(data.codebooks.roles.find((r) => r.key === 'employee')?.key ?? data.codebooks.roles[0]?.key ?? '');
  const taken = data.memberships.filter((m) => m.person === person).map((m) => m.organisation as string);
  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    if (!person || !organisation || !role) return;
    if (await actions.apply({ type: 'membership.add', membership: { person, organisation, role } })) setOrganisation('');
  };
  return (
    <form className="add-actor" onSubmit={(e) => void submit(e)} aria-label={t('workspace.addMembershipTitle')}>
      <ActorSelect data={data} value={person} onChange={setPerson} label={t('workspace.person')} kinds={['person']} name="membershipPerson" />
      <ActorSelect
        data={data}
        value={organisation}
        onChange={setOrganisation}
        label={t('workspace.organisation')}
        placeholder={t('workspace.chooseOrganisation')}
        kinds={['organisation', 'department']}
        exclude={taken}
        name="membershipOrganisation"
      />
      <select value={role} onChange={(e) => setRole(e.target.value)} aria-label={t('workspace.role')} name="membershipRole">
        <RoleOptions data={data} />
      </select>
      <button type="submit" className="primary" disabled={!person || !organisation}>
        {t('ui.add')}
      </button>
    </form>
  );
}

/**
 * Memberships as a spreadsheet: sorted by any column, filtered by name and role, the chosen row's
 * role and dates edited where they stand, ticked rows given a role or deleted in one step.
 */
export function MembershipTable({ data, query }: { data: ProjectData; query: string }) {
  const { t, i18n } = useTranslation();
  const actions = useActions();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const sort = useSort<Column>('person');
  const [roleFilter, setRoleFilter] = useState('');
  const [limit, setLimit] = useState(PAGE_ROWS);
  const [chosen, setChosen] = useState<string | null>(null);

  const rows = useMemo(() => {
    const labels = new Map(data.actors.map((a) => [a.id as string, a.label]));
    const roles = new Map(data.codebooks.roles.map((r) => [r.key, r.label[lang]]));
    const collator = collatorFor(lang);
    const out = data.memberships
      .map((m) => ({ m, person: labels.get(m.person) ?? m.person, organisation: labels.get(m.organisation) ?? m.organisation, role: roles.get(m.role) ?? m.role }))
      .filter((r) => (!roleFilter || r.m.role === roleFilter) && matchesSearch(`${r.person} ${r.organisation}`, query));
    type Row = (typeof out)[number];
    const byPerson = (x: Row, y: Row) => collator.compare(x.person, y.person) || collator.compare(x.organisation, y.organisation);
    const compare: Record<Column, (x: Row, y: Row) => number> = {
      person: byPerson,
      organisation: (x, y) => collator.compare(x.organisation, y.organisation),
      role: (x, y) => collator.compare(x.role, y.role),
      start: (x, y) => (x.m.start ?? '\uffff').localeCompare(y.m.start ?? '\uffff'),
      end: (x, y) => (x.m.end ?? '\uffff').localeCompare(y.m.end ?? '\uffff'),
    };
    return out.sort((x, y) => sort.sign * compare[sort.key](x, y) || byPerson(x, y));
  }, [data, query, lang, roleFilter, sort.key, sort.sign]);

  const ids = useMemo(() => rows.map((r) => r.m.id as string), [rows]);
  const checks = useChecked(ids);
  const bulk = useBulk(checks);
  const update = (m: Membership, patch: Extract<SingleCommandInput, { type: 'membership.update' }>['patch']) =>
    void actions.apply({ type: 'membership.update', id: m.id, patch });
  const roleOptions = <RoleOptions data={data} />;
  const editable = useEditableCells();
  const dateCell = (m: Membership, key: 'start' | 'end', open: boolean) => (
    <td {...editable(!open, 'num')}>{open ? <DateCell membership={m} field={key} /> : (m[key] ?? '')}</td>
  );

  return (
    <>
      <div className="table-tools">
        <select value={roleFilter} onChange={(e) => setRoleFilter(e.target.value)} aria-label={t('workspace.role')}>
          <option value="">{t('workspace.allRoles')}</option>
          {roleOptions}
        </select>
        <BulkBar checks={checks} remove={(id) => ({ type: 'membership.remove', id })}>
          <select value="" aria-label={t('workspace.setRole')} onChange={(e) => bulk((id) => ({ type: 'membership.update', id, patch: { role: e.target.value } }))}>
            <option value="">{t('workspace.setRole')}</option>
            {roleOptions}
          </select>
        </BulkBar>
      </div>
      {rows.length === 0 ? (
        <p className="muted empty">{t('ui.empty')}</p>
      ) : (
        <table className="data-table" data-testid="memberships-table">
          <caption className="visually-hidden">{t('ui.count', { count: rows.length })}</caption>
          <thead>
            <tr>
              <CheckAllCell checks={checks} />
              <SortHeader column="person" sort={sort}>
                {t('workspace.person')}
              </SortHeader>
              <SortHeader column="organisation" sort={sort}>
                {t('workspace.organisation')}
              </SortHeader>
              <SortHeader column="role" sort={sort}>
                {t('workspace.role')}
              </SortHeader>
              <SortHeader column="start" sort={sort}>
                {t('workspace.start')}
              </SortHeader>
              <SortHeader column="end" sort={sort}>
                {t('workspace.end')}
              </SortHeader>
              <th aria-label={t('ui.delete')} />
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, limit).map(({ m, person, organisation, role }) => {
              const open = chosen === m.id;
              const label = `${person} – ${organisation}`;
              return (
                <tr key={m.id} className={open ? 'selected' : undefined} onClick={() => setChosen(m.id)} aria-selected={open}>
                  <CheckCell checks={checks} id={m.id} label={label} />
                  <td className="name">{person}</td>
                  <td>{organisation}</td>
                  <td {...editable(!open)}>
                    {open ? (
                      <select value={m.role} aria-label={t('workspace.role')} onChange={(e) => update(m, { role: e.target.value })}>
                        {roleOptions}
                      </select>
                    ) : (
                      role
                    )}
                  </td>
                  {dateCell(m, 'start', open)}
                  {dateCell(m, 'end', open)}
                  <DeleteCell label={label} command={{ type: 'membership.remove', id: m.id }} />
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <ShowMore shown={Math.min(limit, rows.length)} total={rows.length} onMore={() => setLimit((l) => l + PAGE_ROWS)} />
    </>
  );
}

/**
 * A membership's start or end date in the chosen row, saved when it is left or on Enter, not at
 * every keystroke (a year typed digit by digit passes through years before the start). A date
 * the rules refuse stays as typed with their reason under it, to be put right or taken back with
 * Escape.
 */
function DateCell({ membership, field }: { membership: Membership; field: 'start' | 'end' }) {
  const { t } = useTranslation();
  const actions = useActions();
  const [draft, setDraft] = useState<string | null>(null);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const stored = membership[field] ?? '';
  const save = async () => {
    if (draft === null) return;
    if (draft === stored) {
      setDraft(null);
      setProblems([]);
      return;
    }
    const refused = await actions.applyAt({ type: 'membership.update', id: membership.id, patch: { [field]: draft === '' ? null : draft } });
    setProblems(refused);
    if (refused.length === 0) setDraft(null);
  };
  return (
    <>
      <input
        type="date"
        className="inline-edit"
        value={draft ?? stored}
        aria-label={t(`workspace.${field}`)}
        aria-invalid={problems.length > 0}
        onClick={(e) => e.stopPropagation()}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => void save()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void save();
          if (e.key === 'Escape' && draft !== null) {
            // takes the edit back, and only that
            e.preventDefault();
            e.stopPropagation();
            setDraft(null);
            setProblems([]);
          }
        }}
      />
      <FieldProblems problems={problems} />
    </>
  );
}
