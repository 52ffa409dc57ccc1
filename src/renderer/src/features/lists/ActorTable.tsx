import { useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SingleCommandInput } from '../../../../core/commands';
import type { Actor, ActorKind, ProjectData, Sector } from '../../../../core/model/schema';
import { collatorFor, matchesSearch } from '../../../../core/text/collate';
import { useActions } from '../../app';
import { BulkBar, CheckAllCell, CheckCell, DeleteCell, PAGE_ROWS, ShowMore, SortHeader, useBulk, useChecked, useSort } from './table-state';
import { numberText, readNumberText, SectorOptions } from '../edit';
import { BulkEdit, type BulkField } from './bulk-edit';
import './lists.css';
import { ColumnChooser, InlineChoice, InlineText, useEditableCells, useShownColumns, type TableColumn } from './columns';
import { attributeBulkFields, attributeColumns, waveBulkFields, wavesShown } from './element-fields';

type Column = string;
type Row = { actor: Actor; sector: Sector | undefined; sectorLabel: string; related: string[] };
type ActorPatch = Extract<SingleCommandInput, { type: 'actor.update' }>['patch'];

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
  columnsKey,
  emptyHint,
}: {
  data: ProjectData;
  kinds: readonly ActorKind[];
  query: string;
  selected: string | null;
  onSelect: (id: string | null) => void;
  /** where the column choice is kept: the project's file */
  columnsKey: string;
  /** shown instead of the table while the project has no actor of these kinds: what to do first */
  emptyHint?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const actions = useActions();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const isPersons = kinds.includes('person');
  const sort = useSort<Column>('name');
  const [sectorFilter, setSectorFilter] = useState('');
  const [limit, setLimit] = useState(PAGE_ROWS);
  const [editing, setEditing] = useState<string | null>(null);
  const editable = useEditableCells();

  const update = (actor: Actor, patch: ActorPatch) => void actions.apply({ type: 'actor.update', id: actor.id, patch });
  // the columns after name, kind, sector and related: influence, turnover, notes, waves, attributes
  const extraColumns = useMemo((): Array<TableColumn<Row>> => {
    const collator = collatorFor(lang);
    const text = (get: (r: Row) => string) => (a: Row, b: Row) => collator.compare(get(a) || '\uffff', get(b) || '\uffff');
    const editLabel = (field: string, r: Row) => t('details.table.edit', { field, label: r.actor.label });
    const percent = (p: number | null) => (p === null ? '' : numberText(Math.round(p * 1000) / 10, lang));
    return [
      {
        id: 'influence',
        label: t('fields.actor.influence'),
        shownByDefault: false,
        className: 'num',
        compare: (a, b) => (a.actor.influence ?? -Infinity) - (b.actor.influence ?? -Infinity),
        show: (r) => numberText(r.actor.influence, lang),
        edit: (r) => (
          <InlineText
            label={editLabel(t('fields.actor.influence'), r)}
            inputMode="decimal"
            value={numberText(r.actor.influence, lang)}
            onSave={(v) => {
              const n = readNumberText(v);
              if (n === null || !Number.isNaN(n)) update(r.actor, { influence: n });
            }}
          />
        ),
      },
      ...(isPersons
        ? [
            {
              id: 'turnover',
              label: t('details.actor.turnover'),
              shownByDefault: false,
              className: 'num',
              compare: (a: Row, b: Row) => (a.actor.turnover ?? -Infinity) - (b.actor.turnover ?? -Infinity),
              show: (r: Row) => percent(r.actor.turnover),
              edit: (r: Row) => (
                <InlineText
                  label={editLabel(t('details.actor.turnover'), r)}
                  inputMode="decimal"
                  value={percent(r.actor.turnover)}
                  onSave={(v) => {
                    const n = readNumberText(v);
                    if (n === null || !Number.isNaN(n)) update(r.actor, { turnover: n === null ? null : n / 100 });
                  }}
                />
              ),
            },
          ]
        : []),
      ...(data.waves.length > 0
        ? [{ id: 'waves', label: t('fields.actor.waves'), shownByDefault: false, compare: text((r: Row) => wavesShown(data, r.actor.waves, t)), show: (r: Row) => wavesShown(data, r.actor.waves, t) }]
        : []),
      {
        id: 'notes',
        label: t('fields.actor.notes'),
        shownByDefault: false,
        className: 'evidence',
        compare: text((r) => r.actor.notes),
        show: (r) => r.actor.notes,
        edit: (r) => <InlineText label={editLabel(t('fields.actor.notes'), r)} value={r.actor.notes} onSave={(notes) => update(r.actor, { notes })} />,
      },
      ...attributeColumns<Row>(data, 'actors', lang, (r) => r.actor.attributes, (r) => r.actor.label, (r, attributes) => update(r.actor, { attributes }), t),
    ];
    // `update` reads only the actions, which never change
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, lang, t, isPersons]);
  // name, kind, sector and related are laid out by the table itself (the name is edited by double-click)
  const builtIn = useMemo(
    (): Array<TableColumn<Row>> => [
      { id: 'name', label: t('ui.name'), fixed: true, shownByDefault: true, compare: () => 0, show: () => null },
      ...(isPersons ? [] : [{ id: 'kind', label: t('ui.kind'), shownByDefault: true, compare: () => 0, show: () => null }]),
      { id: 'sector', label: t('ui.sector'), shownByDefault: true, compare: () => 0, show: () => null },
      { id: 'related', label: isPersons ? t('ui.organisations') : t('ui.members'), shownByDefault: true, compare: () => 0, show: () => null },
    ],
    [t, isPersons],
  );
  const allColumns = useMemo(() => [...builtIn, ...extraColumns], [builtIn, extraColumns]);
  const { isShown, toggle } = useShownColumns(allColumns, columnsKey, isPersons ? 'persons' : 'organisations');
  const shownOf = (id: string) => {
    const c = allColumns.find((x) => x.id === id);
    return c !== undefined && isShown(c);
  };
  const shownExtra = extraColumns.filter(isShown);

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
    const out: Row[] = data.actors
      .filter((a) => kinds.includes(a.kind) && matchesSearch(a.label, query) && (!sectorFilter || (a.sector ?? '-') === sectorFilter))
      .map((a) => {
        const sector = a.sector ? sectors.get(a.sector) : undefined;
        return { actor: a, sector, sectorLabel: sector ? sector.label[lang] : '', related: related.get(a.id) ?? [] };
      });
    const byName = (x: Row, y: Row) => collator.compare(x.actor.label, y.actor.label);
    const by = extraColumns.find((c) => c.id === sort.key)?.compare ?? (sort.key === 'kind' ? (x: Row, y: Row) => collator.compare(x.actor.kind, y.actor.kind) : sort.key === 'sector' ? (x: Row, y: Row) => collator.compare(x.sectorLabel || '\uffff', y.sectorLabel || '\uffff') : sort.key === 'related' ? (x: Row, y: Row) => (isPersons ? collator.compare(x.related.join(), y.related.join()) : x.related.length - y.related.length) : byName);
    return out.sort((x, y) => sort.sign * by(x, y) || byName(x, y));
  }, [data, kinds, query, lang, isPersons, sectorFilter, sort.key, sort.sign, extraColumns]);

  const ids = useMemo(() => rows.map((r) => r.actor.id as string), [rows]);
  const checks = useChecked(ids);
  const bulk = useBulk(checks);
  const byId = useMemo(() => new Map(data.actors.map((a) => [a.id as string, a])), [data.actors]);
  const bulkFields = useMemo((): BulkField[] => {
    const patchOf = (id: string, patch: ActorPatch): SingleCommandInput => ({ type: 'actor.update', id, patch });
    const number = (text: string | null) => (text === null ? null : readNumberText(text));
    return [
      ...(isPersons
        ? []
        : [
            {
              id: 'kind',
              label: t('ui.kind'),
              input: { kind: 'choice' as const, options: (['organisation', 'department'] as const).map((k) => [k, t(`kinds.${k}`)] as const), nullable: false },
              make: (id: string, v: string | null) => (v === 'organisation' || v === 'department' ? patchOf(id, { kind: v }) : null),
            },
          ]),
      {
        id: 'influence',
        label: t('fields.actor.influence'),
        input: { kind: 'number' },
        make: (id, v) => {
          const n = number(v);
          return n !== null && Number.isNaN(n) ? null : patchOf(id, { influence: n });
        },
      },
      ...(isPersons
        ? [
            {
              id: 'turnover',
              label: t('details.actor.turnover'),
              input: { kind: 'number' as const },
              make: (id: string, v: string | null) => {
                const n = number(v);
                return n !== null && Number.isNaN(n) ? null : patchOf(id, { turnover: n === null ? null : n / 100 });
              },
            },
          ]
        : []),
      ...waveBulkFields(data, t, (id) => byId.get(id)?.waves, (id, waves) => patchOf(id, { waves })),
      ...attributeBulkFields(data, 'actors', lang, (id) => byId.get(id)?.attributes, (id, attributes) => patchOf(id, { attributes })),
    ];
  }, [data, lang, t, byId, isPersons]);

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
          <BulkEdit fields={bulkFields} checks={checks} />
        </BulkBar>
        <ColumnChooser columns={allColumns} isShown={isShown} onToggle={toggle} />
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
        emptyHint !== undefined && !data.actors.some((a) => kinds.includes(a.kind)) ? (
          emptyHint
        ) : (
          <p className="muted empty">{t('ui.empty')}</p>
        )
      ) : (
        <table className="data-table" data-testid={testId}>
          <caption className="visually-hidden">{t('ui.count', { count: rows.length })}</caption>
          <thead>
            <tr>
              <CheckAllCell checks={checks} />
              <SortHeader column="name" sort={sort}>
                {t('ui.name')}
              </SortHeader>
              {!isPersons && shownOf('kind') && (
                <SortHeader column="kind" sort={sort}>
                  {t('ui.kind')}
                </SortHeader>
              )}
              {shownOf('sector') && (
                <SortHeader column="sector" sort={sort}>
                  {t('ui.sector')}
                </SortHeader>
              )}
              {shownOf('related') && (
                <SortHeader column="related" sort={sort}>
                  {isPersons ? t('ui.organisations') : t('ui.members')}
                </SortHeader>
              )}
              {shownExtra.map((c) => (
                <SortHeader key={c.id} column={c.id} sort={sort} className={c.className}>
                  {c.label}
                </SortHeader>
              ))}
              <th aria-label={t('ui.delete')} />
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, limit).map((row) => {
              const { actor, sector, related } = row;
              return (
              <tr
                key={actor.id}
                className={selected === actor.id ? 'selected' : undefined}
                onClick={() => onSelect(actor.id)}
                aria-selected={selected === actor.id}
              >
                <CheckCell checks={checks} id={actor.id} label={actor.label} />
                <td {...editable(editing !== actor.id, 'name', 'rename')} onDoubleClick={() => setEditing(actor.id)}>
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
                {!isPersons && shownOf('kind') && (
                  <td {...editable(selected !== actor.id)}>
                    {selected === actor.id ? (
                      <InlineChoice
                        label={t('details.table.edit', { field: t('ui.kind'), label: actor.label })}
                        value={actor.kind}
                        options={(['organisation', 'department'] as const).map((k) => [k, t(`kinds.${k}`)] as const)}
                        onChange={(kind) => kind && update(actor, { kind })}
                      />
                    ) : (
                      t(`kinds.${actor.kind}`)
                    )}
                  </td>
                )}
                {shownOf('sector') && (
                <td {...editable(selected !== actor.id)} onClick={(e) => selected === actor.id && e.stopPropagation()}>
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
                )}
                {shownOf('related') && <td className="related">{isPersons ? related.join(', ') : related.length}</td>}
                {shownExtra.map((c) => (
                  <td key={c.id} {...editable(selected !== actor.id && c.edit !== undefined, c.className)}>
                    {selected === actor.id && c.edit ? c.edit(row) : c.show(row)}
                  </td>
                ))}
                <DeleteCell label={actor.label} command={{ type: 'actor.remove', id: actor.id }} />
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
