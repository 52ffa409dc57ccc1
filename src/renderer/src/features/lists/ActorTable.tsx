import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorKind, ProjectData } from '../../../../core/model/schema';
import { collatorFor, matchesSearch } from '../../../../core/text/collate';
import { useActions } from '../../app';
import { BulkBar, CheckAllCell, CheckCell, DeleteCell, PAGE_ROWS, ShowMore, SortHeader, useBulk, useChecked, useSort } from './table-state';
import { SectorOptions } from '../edit';

type Column = 'name' | 'kind' | 'sector' | 'related';

/**
 * Persons, or organisations and departments, as a spreadsheet: sorted by any column, filtered by
 * name and sector, the name edited in place (double-click or Enter), the sector of the chosen row
 * changed where it stands, and ticked rows given a sector or deleted together in one undoable step.
 */
export function ActorTable({
  data,
  kinds,
  query,
  selected,
  onSelect,
}: {
  data: ProjectData;
  kinds: readonly ActorKind[];
  query: string;
  selected: string | null;
  onSelect: (id: string | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const actions = useActions();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const isPersons = kinds.includes('person');
  const sort = useSort<Column>('name');
  const [sectorFilter, setSectorFilter] = useState('');
  const [limit, setLimit] = useState(PAGE_ROWS);
  const [editing, setEditing] = useState<string | null>(null);

  const rows = useMemo(() => {
    const labels = new Map(data.actors.map((a) => [a.id as string, a.label]));
    const sectors = new Map(data.codebooks.sectors.map((s) => [s.key, s]));
    const roles = new Map(data.codebooks.roles.map((r) => [r.key, r.label[lang]]));
    const related = new Map<string, string[]>();
    for (const m of data.memberships) {
      const [owner, other] = isPersons ? [m.person, m.organisation] : [m.organisation, m.person];
      const text = isPersons ? `${labels.get(other) ?? other} (${roles.get(m.role) ?? m.role})` : (labels.get(other) ?? other);
      const list = related.get(owner);
      if (list) list.push(text);
      else related.set(owner, [text]);
    }
    const collator = collatorFor(lang);
    const out = data.actors
      .filter((a) => kinds.includes(a.kind) && matchesSearch(a.label, query) && (!sectorFilter || (a.sector ?? '-') === sectorFilter))
      .map((a) => {
        const sector = a.sector ? sectors.get(a.sector) : undefined;
        return { actor: a, sector, sectorLabel: sector ? sector.label[lang] : '', related: related.get(a.id) ?? [] };
      });
    const byName = (x: (typeof out)[number], y: (typeof out)[number]) => collator.compare(x.actor.label, y.actor.label);
    const compare: Record<Column, (x: (typeof out)[number], y: (typeof out)[number]) => number> = {
      name: byName,
      kind: (x, y) => collator.compare(x.actor.kind, y.actor.kind),
      sector: (x, y) => collator.compare(x.sectorLabel || '\uffff', y.sectorLabel || '\uffff'),
      related: (x, y) => (isPersons ? collator.compare(x.related.join(), y.related.join()) : x.related.length - y.related.length),
    };
    return out.sort((x, y) => sort.sign * compare[sort.key](x, y) || byName(x, y));
  }, [data, kinds, query, lang, isPersons, sectorFilter, sort.key, sort.sign]);

  const ids = useMemo(() => rows.map((r) => r.actor.id as string), [rows]);
  const checks = useChecked(ids);
  const bulk = useBulk(checks);

  const testId = isPersons ? 'persons-table' : 'organisations-table';
  return (
    <>
      <div className="table-tools">
        <select value={sectorFilter} onChange={(e) => setSectorFilter(e.target.value)} aria-label={t('ui.sector')}>
          <option value="">{t('workspace.allSectors')}</option>
          <SectorOptions data={data} none="-" />
        </select>
        <BulkBar checks={checks} remove={(id) => ({ type: 'actor.remove', id })}>
          <select
            value=""
            aria-label={t('workspace.setSector')}
            onChange={(e) => {
              const sector = e.target.value === '-' ? null : e.target.value;
              bulk((id) => ({ type: 'actor.update', id, patch: { sector } }));
            }}
          >
            <option value="">{t('workspace.setSector')}</option>
            <SectorOptions data={data} none="-" />
          </select>
        </BulkBar>
        <button
          type="button"
          className="find-duplicates"
          title={t('merge.dialog.openHint')}
          onClick={() => actions.openDuplicates(isPersons ? 'persons' : 'organisations')}
        >
          {t('merge.dialog.open')}
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="muted empty">{t('ui.empty')}</p>
      ) : (
        <table className="data-table" data-testid={testId}>
          <caption className="visually-hidden">{t('ui.count', { count: rows.length })}</caption>
          <thead>
            <tr>
              <CheckAllCell checks={checks} />
              <SortHeader column="name" sort={sort}>
                {t('ui.name')}
              </SortHeader>
              {!isPersons && (
                <SortHeader column="kind" sort={sort}>
                  {t('ui.kind')}
                </SortHeader>
              )}
              <SortHeader column="sector" sort={sort}>
                {t('ui.sector')}
              </SortHeader>
              <SortHeader column="related" sort={sort}>
                {isPersons ? t('ui.organisations') : t('ui.members')}
              </SortHeader>
              <th aria-label={t('ui.delete')} />
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, limit).map(({ actor, sector, related }) => (
              <tr
                key={actor.id}
                className={selected === actor.id ? 'selected' : undefined}
                onClick={() => onSelect(actor.id)}
                aria-selected={selected === actor.id}
              >
                <CheckCell checks={checks} id={actor.id} label={actor.label} />
                <td className="name" onDoubleClick={() => setEditing(actor.id)}>
                  {editing === actor.id ? (
                    <InlineName
                      label={actor.label}
                      onDone={(label) => {
                        setEditing(null);
                        if (label !== null && label !== actor.label) void actions.apply({ type: 'actor.update', id: actor.id, patch: { label } });
                      }}
                    />
                  ) : (
                    <span
                      tabIndex={selected === actor.id ? 0 : -1}
                      aria-label={t('workspace.editName', { label: actor.label })}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter' || e.key === 'F2') setEditing(actor.id);
                      }}
                    >
                      {actor.label}
                    </span>
                  )}
                </td>
                {!isPersons && <td>{t(`kinds.${actor.kind}`)}</td>}
                <td onClick={(e) => selected === actor.id && e.stopPropagation()}>
                  {selected === actor.id ? (
                    <select
                      value={actor.sector ?? ''}
                      aria-label={t('ui.sector')}
                      onChange={(e) => void actions.apply({ type: 'actor.update', id: actor.id, patch: { sector: e.target.value || null } })}
                    >
                      <SectorOptions data={data} none="" />
                    </select>
                  ) : (
                    <span className="sector-chip">
                      <span className="swatch" style={{ background: sector?.color ?? '#9A9A9A' }} />
                      {sector ? sector.label[lang] : t('ui.noSector')}
                    </span>
                  )}
                </td>
                <td className="related">{isPersons ? related.join(', ') : related.length}</td>
                <DeleteCell label={actor.label} command={{ type: 'actor.remove', id: actor.id }} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ShowMore shown={Math.min(limit, rows.length)} total={rows.length} onMore={() => setLimit((l) => l + PAGE_ROWS)} />
    </>
  );
}

/** The name typed in place: Enter or leaving saves, Escape cancels; an empty name is not saved. */
function InlineName({ label, onDone }: { label: string; onDone: (label: string | null) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(label);
  const invalid = value.trim() === '';
  const finish = () => onDone(invalid ? null : value.trim());
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') finish();
    if (e.key === 'Escape') {
      // cancels the edit, and only that (not a popover or the map's connect mode as well)
      e.preventDefault();
      onDone(null);
    }
  };
  return (
    <>
      <input
        autoFocus
        className="inline-edit"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onBlur={finish}
        onKeyDown={onKey}
        onClick={(e) => e.stopPropagation()}
        aria-label={t('ui.name')}
        aria-invalid={invalid}
      />
      {invalid && <span className="field-error">{t('workspace.nameRequired')}</span>}
    </>
  );
}
