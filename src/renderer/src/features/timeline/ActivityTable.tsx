import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SingleCommandInput } from '../../../../core/commands';
import { ACTIVITY_KINDS } from '../../../../core/drawing/timeline-layout';
import { ActivityKindSchema, type Activity, type ProjectData } from '../../../../core/model/schema';
import { collatorFor, matchesSearch } from '../../../../core/text/collate';
import { useActions } from '../../app';
import { BulkBar, CheckAllCell, CheckCell, DeleteCell, SortHeader, useBulk, useChecked, useEditableCells, useSort, type SortDirection } from '../lists';
import { KindOptions, TargetGroupOptions } from './activity-options';
import { KindSwatch } from './KindSwatch';
import { readWindow } from './window-draft';
import { signedWeek } from './week-text';

type Column = 'title' | 'kind' | 'owners' | 'targetGroup' | 'weeks';
type Patch = Extract<SingleCommandInput, { type: 'activity.update' }>['patch'];

/**
 * The activities as a spreadsheet, like the other tables: sorted by any column, searched by title
 * owner and target group; the chosen row's title and weeks edited where they stand (the rest in
 * the details under the table);
 * ticked rows given a kind or target group, or deleted, together in one undoable step.
 */
export function ActivityTable({
  data,
  query,
  selected,
  onSelect,
}: {
  data: ProjectData;
  query: string;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const editable = useEditableCells();
  const actions = useActions();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const sort = useSort<Column>('weeks');

  const rows = useMemo(() => {
    const labels = new Map(data.actors.map((a) => [a.id as string, a.label]));
    const groups = new Map(data.codebooks.targetGroups.map((g) => [g.key, g.label[lang]]));
    const collator = collatorFor(lang);
    const out = data.activities
      .map((activity) => ({
        activity,
        owners: activity.owners.map((o) => labels.get(o) ?? o).join(', '),
        targetGroup: groups.get(activity.targetGroup) ?? activity.targetGroup,
      }))
      .filter((r) => matchesSearch(`${r.activity.title} ${r.owners} ${r.targetGroup}`, query));
    type Row = (typeof out)[number];
    const byWeeks = (x: Row, y: Row) => x.activity.window.from - y.activity.window.from || x.activity.window.to - y.activity.window.to;
    const compare: Record<Column, (x: Row, y: Row) => number> = {
      title: (x, y) => collator.compare(x.activity.title, y.activity.title),
      kind: (x, y) => ACTIVITY_KINDS.indexOf(x.activity.kind) - ACTIVITY_KINDS.indexOf(y.activity.kind),
      owners: (x, y) => collator.compare(x.owners, y.owners),
      targetGroup: (x, y) => collator.compare(x.targetGroup, y.targetGroup),
      weeks: byWeeks,
    };
    return out.sort((x, y) => sort.sign * compare[sort.key](x, y) || byWeeks(x, y) || collator.compare(x.activity.title, y.activity.title));
  }, [data, query, lang, sort.key, sort.sign]);

  const ids = useMemo(() => rows.map((r) => r.activity.id as string), [rows]);
  const checks = useChecked(ids);
  const bulk = useBulk(checks);
  const update = (activity: Activity, patch: Patch) => void actions.apply({ type: 'activity.update', id: activity.id, patch });

  return (
    <>
      <div className="table-tools">
        <BulkBar checks={checks} remove={(id) => ({ type: 'activity.remove', id })}>
          <select value="" aria-label={t('timeline.edit.kind')} onChange={(e) => bulk((id) => ({ type: 'activity.update', id, patch: { kind: ActivityKindSchema.parse(e.target.value) } }))}>
            <option value="">{t('timeline.edit.kind')}…</option>
            <KindOptions />
          </select>
          <select value="" aria-label={t('activities.targetGroup')} onChange={(e) => e.target.value && bulk((id) => ({ type: 'activity.update', id, patch: { targetGroup: e.target.value } }))}>
            <option value="">{t('activities.targetGroup')}…</option>
            <TargetGroupOptions data={data} />
          </select>
        </BulkBar>
      </div>
      {rows.length === 0 ? (
        <p className="muted empty">{t('ui.empty')}</p>
      ) : (
        <table className="data-table activities-table" data-testid="activities-table">
          <caption className="visually-hidden">{t('ui.count', { count: rows.length })}</caption>
          {/* narrow columns kept narrow, so the names have the room */}
          <colgroup>
            <col className="col-check" />
            <col />
            <col className="col-kind" />
            <col className="col-owners" />
            <col className="col-weeks" />
            <col className="col-delete" />
          </colgroup>
          <thead>
            <tr>
              <CheckAllCell checks={checks} />
              {/* the target group under each title, to keep the table within the sidebar: sorted by either */}
              <th aria-sort={sort.key === 'title' || sort.key === 'targetGroup' ? sort.direction : 'none'}>
                <SortButton column="title" sort={sort}>
                  {t('timeline.edit.titleField')}
                </SortButton>
                <span className="muted"> · </span>
                <SortButton column="targetGroup" sort={sort}>
                  {t('activities.targetGroup')}
                </SortButton>
              </th>
              <SortHeader column="kind" sort={sort}>
                {t('timeline.edit.kind')}
              </SortHeader>
              <SortHeader column="owners" sort={sort}>
                {t('timeline.edit.owners')}
              </SortHeader>
              <SortHeader column="weeks" sort={sort}>
                {t('timeline.edit.weeks')}
              </SortHeader>
              <th aria-label={t('ui.delete')} />
            </tr>
          </thead>
          <tbody>
            {rows.map(({ activity, owners, targetGroup }) => {
              const open = selected === activity.id;
              return (
                <tr key={activity.id} className={open ? 'selected' : undefined} onClick={() => onSelect(activity.id)} aria-selected={open}>
                  <CheckCell checks={checks} id={activity.id} label={activity.title} />
                  <td {...editable(!open, 'name')}>
                    {open ? (
                      <input
                        key={activity.title}
                        className="inline-edit"
                        defaultValue={activity.title}
                        aria-label={t('timeline.edit.titleField')}
                        onBlur={(e) => {
                          const title = e.target.value.trim();
                          if (title && title !== activity.title) update(activity, { title });
                        }}
                        onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
                      />
                    ) : (
                      activity.title
                    )}
                    <span className="sub">{targetGroup}</span>
                  </td>
                  {/* the swatch, as the timeline's legend explains it; the word for screen readers and on hover (the kind is edited in the details) */}
                  <td className="kind-cell" title={t(`activities.kinds.${activity.kind}`)}>
                    <KindSwatch kind={activity.kind} />
                    <span className="visually-hidden">{t(`activities.kinds.${activity.kind}`)}</span>
                  </td>
                  <td className="related">{owners}</td>
                  <td {...editable(!open, 'weeks')}>{open ? <WeekCells key={`${activity.window.from},${activity.window.to}`} activity={activity} onSave={(window) => update(activity, { window })} /> : `${signedWeek(activity.window.from)} – ${signedWeek(activity.window.to)}`}</td>
                  <DeleteCell label={activity.title} command={{ type: 'activity.remove', id: activity.id }} />
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}

/** A column header's sort button, where one header sorts by two things. */
function SortButton<K extends string>({ column, sort, children }: { column: K; sort: { key: K; direction: SortDirection; toggle: (key: K) => void }; children: ReactNode }) {
  const active = sort.key === column;
  return (
    <button type="button" className="sort" onClick={() => sort.toggle(column)} aria-pressed={active}>
      {children}
      <span className="sort-mark" aria-hidden="true">
        {active ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
      </span>
    </button>
  );
}

/** The chosen row's weeks, typed; saved when both are read and in order, on Enter or on leaving the pair. */
function WeekCells({ activity, onSave }: { activity: Activity; onSave: (window: Activity['window']) => void }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(signedWeek(activity.window.from));
  const [to, setTo] = useState(signedWeek(activity.window.to));
  const reading = readWindow(from, to);
  const save = () => {
    if (reading.ok && (reading.window.from !== activity.window.from || reading.window.to !== activity.window.to)) onSave(reading.window);
  };
  return (
    <span className="row" title={reading.ok ? undefined : t(reading.key, reading.params)}>
      <input
        className="week inline-edit"
        inputMode="numeric"
        value={from}
        aria-label={t('timeline.edit.from')}
        aria-invalid={!reading.ok && reading.field === 'from'}
        onChange={(e) => setFrom(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => e.key === 'Enter' && save()}
      />
      –
      <input
        className="week inline-edit"
        inputMode="numeric"
        value={to}
        aria-label={t('timeline.edit.to')}
        aria-invalid={!reading.ok && reading.field === 'to'}
        onChange={(e) => setTo(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => e.key === 'Enter' && save()}
      />
    </span>
  );
}
