import { Fragment, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SingleCommandInput } from '../../../../core/commands';
import { reversed } from '../../../../core/model/tie-edits';
import { ConfidenceSchema, FormalitySchema, type ProjectData, type Tie } from '../../../../core/model/schema';
import { collatorFor, matchesSearch } from '../../../../core/text/collate';
import { useActions } from '../../app';
import { useDraft } from '../edit';
import { BulkEdit, type BulkField } from './bulk-edit';
import './lists.css';
import { ColumnChooser, InlineChoice, InlineText, useEditableCells, useShownColumns, type TableColumn } from './columns';
import { attributeBulkFields, attributeColumns, waveBulkFields, wavesShown } from './element-fields';
import { BulkBar, CheckAllCell, CheckCell, DeleteCell, PAGE_ROWS, ShowMore, SortHeader, useChecked, useSort } from './table-state';

type TiePatch = Extract<SingleCommandInput, { type: 'tie.update' }>['patch'];
interface Row {
  tie: Tie;
  source: string;
  target: string;
  type: string;
}

const END_VALUES = ['source', 'target', 'both'] as const;
/** The power fields' values as the tables name them (fields-*.ts), each looked up by its own key. */
const choiceLabels = (t: TFunction) => ({
  tieEnd: { source: t('fields.choices.tieEnd.source'), target: t('fields.choices.tieEnd.target'), both: t('fields.choices.tieEnd.both') },
  resourceFlow: {
    toTarget: t('fields.choices.resourceFlow.toTarget'),
    toSource: t('fields.choices.resourceFlow.toSource'),
    both: t('fields.choices.resourceFlow.both'),
    none: t('fields.choices.resourceFlow.none'),
  },
  governance: { partner: t('fields.choices.governance.partner'), supplier: t('fields.choices.governance.supplier') },
});
const FLOW_VALUES = ['toTarget', 'toSource', 'both', 'none'] as const;
const GOVERNANCE_VALUES = ['partner', 'supplier'] as const;

/**
 * The relationships as a spreadsheet with a column for every field of the model (the less used
 * ones hidden until chosen in "Kolonner…", the choice kept per project): sorted by any column,
 * filtered by names and type; the chosen row edited where it stands, and opened in the details
 * panel; ticked rows given any field (wave presence and custom attributes included), reversed or
 * deleted together in one undoable step.
 */
export function TieTable({
  data,
  query,
  selected,
  onSelect,
  columnsKey,
}: {
  data: ProjectData;
  query: string;
  selected: string | null;
  onSelect: (id: string | null) => void;
  /** where the column choice is kept: the project's file */
  columnsKey: string;
}) {
  const { t, i18n } = useTranslation();
  const actions = useActions();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const [typeFilter, setTypeFilter] = useState('');
  const [limit, setLimit] = useState(PAGE_ROWS);
  const editable = useEditableCells();
  const update = (tie: Tie, patch: TiePatch) => void actions.apply({ type: 'tie.update', id: tie.id, patch });

  const columns = useMemo((): Array<TableColumn<Row>> => {
    const collator = collatorFor(lang);
    const text = (get: (r: Row) => string) => (a: Row, b: Row) => collator.compare(get(a) || '\uffff', get(b) || '\uffff');
    const label = (r: Row) => `${r.source} – ${r.target}`;
    const editLabel = (field: string, r: Row) => t('details.table.edit', { field, label: label(r) });
    const { min, max } = data.settings.strengthScale;
    const steps = Number.isInteger(min) && Number.isInteger(max) && max - min <= 20 ? Array.from({ length: max - min + 1 }, (_, i) => String(min + i)) : [];
    const unknown = '–';
    const choices = choiceLabels(t);
    const endColumn = (id: 'initiative' | 'mandate' | 'dependent'): TableColumn<Row> => ({
      id,
      label: t(`fields.tie.${id}`),
      shownByDefault: false,
      compare: text((r) => (r.tie[id] ? choices.tieEnd[r.tie[id]] : '')),
      show: (r) => (r.tie[id] ? choices.tieEnd[r.tie[id]] : ''),
      edit: (r) => (
        <InlineChoice label={editLabel(t(`fields.tie.${id}`), r)} value={r.tie[id]} unknown={unknown} options={END_VALUES.map((v) => [v, choices.tieEnd[v]] as const)} onChange={(v) => update(r.tie, { [id]: v })} />
      ),
    });
    return [
      { id: 'source', label: t('ui.source'), fixed: true, shownByDefault: true, compare: (a, b) => collator.compare(a.source, b.source) || collator.compare(a.target, b.target), show: (r) => r.source },
      { id: 'target', label: t('ui.target'), fixed: true, shownByDefault: true, compare: (a, b) => collator.compare(a.target, b.target), show: (r) => `${r.tie.directed ? '→ ' : ''}${r.target}` },
      {
        id: 'type',
        label: t('ui.type'),
        shownByDefault: true,
        compare: text((r) => r.type),
        show: (r) => r.type,
        edit: (r) => (
          <InlineChoice label={t('ui.type')} value={r.tie.type} options={data.codebooks.tieTypes.map((tt) => [tt.key, tt.label[lang]] as const)} onChange={(type) => type && update(r.tie, { type })} />
        ),
      },
      {
        id: 'direction',
        label: t('details.table.direction'),
        shownByDefault: false,
        compare: (a, b) => Number(a.tie.directed) - Number(b.tie.directed),
        show: (r) => (r.tie.directed ? t('details.table.directed') : t('details.table.undirected')),
        edit: (r) => (
          <span className="inline-pair" onClick={(e) => e.stopPropagation()}>
            <InlineChoice
              label={editLabel(t('details.table.direction'), r)}
              value={r.tie.directed ? 'directed' : 'undirected'}
              options={[
                ['undirected', t('details.table.undirected')],
                ['directed', t('details.table.directed')],
              ]}
              onChange={(v) => update(r.tie, { directed: v === 'directed' })}
            />
            {r.tie.directed && (
              <button type="button" className="icon" title={t('details.table.reverse')} aria-label={t('details.table.reverse')} onClick={() => update(r.tie, reversed(r.tie))}>
                ⇄
              </button>
            )}
          </span>
        ),
      },
      {
        id: 'strength',
        label: t('ui.strength'),
        shownByDefault: true,
        className: 'num',
        compare: (a, b) => (a.tie.strength ?? -Infinity) - (b.tie.strength ?? -Infinity),
        show: (r) => (r.tie.strength === null ? '' : String(r.tie.strength).replace('.', lang === 'da' ? ',' : '.')),
        edit: (r) =>
          steps.length > 0 ? (
            <InlineChoice label={t('ui.strength')} value={r.tie.strength === null ? null : String(r.tie.strength)} unknown={unknown} options={steps.map((s) => [s, s] as const)} onChange={(s) => update(r.tie, { strength: s === null ? null : Number(s) })} />
          ) : (
            <InlineText
              label={t('ui.strength')}
              inputMode="decimal"
              value={r.tie.strength === null ? '' : String(r.tie.strength)}
              onSave={(s) => update(r.tie, { strength: s.trim() === '' ? null : Number(s.replace(',', '.')) })}
            />
          ),
      },
      {
        id: 'formality',
        label: t('ui.formality'),
        shownByDefault: true,
        compare: text((r) => (r.tie.formality ? t(`formality.${r.tie.formality}`) : '')),
        show: (r) => (r.tie.formality ? t(`formality.${r.tie.formality}`) : ''),
        edit: (r) => (
          <InlineChoice label={t('ui.formality')} value={r.tie.formality} unknown={unknown} options={FormalitySchema.options.map((f) => [f, t(`formality.${f}`)] as const)} onChange={(formality) => update(r.tie, { formality })} />
        ),
      },
      endColumn('initiative'),
      endColumn('mandate'),
      {
        id: 'resourceFlow',
        label: t('fields.tie.resourceFlow'),
        shownByDefault: false,
        compare: text((r) => (r.tie.resourceFlow ? choices.resourceFlow[r.tie.resourceFlow] : '')),
        show: (r) => (r.tie.resourceFlow ? choices.resourceFlow[r.tie.resourceFlow] : ''),
        edit: (r) => (
          <InlineChoice
            label={editLabel(t('fields.tie.resourceFlow'), r)}
            value={r.tie.resourceFlow}
            unknown={unknown}
            options={FLOW_VALUES.map((v) => [v, choices.resourceFlow[v]] as const)}
            onChange={(resourceFlow) => update(r.tie, { resourceFlow })}
          />
        ),
      },
      endColumn('dependent'),
      {
        id: 'governance',
        label: t('fields.tie.governance'),
        shownByDefault: false,
        compare: text((r) => (r.tie.governance ? choices.governance[r.tie.governance] : '')),
        show: (r) => (r.tie.governance ? choices.governance[r.tie.governance] : ''),
        edit: (r) => (
          <InlineChoice
            label={editLabel(t('fields.tie.governance'), r)}
            value={r.tie.governance}
            unknown={unknown}
            options={GOVERNANCE_VALUES.map((v) => [v, choices.governance[v]] as const)}
            onChange={(governance) => update(r.tie, { governance })}
          />
        ),
      },
      {
        id: 'evidence',
        label: t('ui.evidence'),
        shownByDefault: true,
        className: 'evidence',
        compare: text((r) => r.tie.evidence.source),
        show: (r) => <span title={r.tie.evidence.quote}>{r.tie.evidence.source}</span>,
        edit: (r) => <InlineText label={t('workspace.evidenceSource')} value={r.tie.evidence.source} onSave={(source) => update(r.tie, { evidence: { ...r.tie.evidence, source: source.trim() } })} />,
      },
      // the quote and confidence are edited in the chosen row's evidence line, below it
      { id: 'quote', label: t('fields.tie.evidenceQuote'), shownByDefault: false, className: 'evidence', compare: text((r) => r.tie.evidence.quote), show: (r) => r.tie.evidence.quote },
      {
        id: 'confidence',
        label: t('fields.tie.evidenceConfidence'),
        shownByDefault: false,
        compare: text((r) => (r.tie.evidence.confidence ? t(`workspace.confidenceLevels.${r.tie.evidence.confidence}`) : '')),
        show: (r) => (r.tie.evidence.confidence ? t(`workspace.confidenceLevels.${r.tie.evidence.confidence}`) : ''),
      },
      ...(data.waves.length > 0
        ? [{ id: 'waves', label: t('fields.tie.waves'), shownByDefault: false, compare: text((r: Row) => wavesShown(data, r.tie.waves, t)), show: (r: Row) => wavesShown(data, r.tie.waves, t) }]
        : []),
      {
        id: 'notes',
        label: t('fields.tie.notes'),
        shownByDefault: false,
        className: 'evidence',
        compare: text((r) => r.tie.notes),
        show: (r) => r.tie.notes,
        edit: (r) => <InlineText label={editLabel(t('fields.tie.notes'), r)} value={r.tie.notes} onSave={(notes) => update(r.tie, { notes })} />,
      },
      ...attributeColumns<Row>(data, 'ties', lang, (r) => r.tie.attributes, label, (r, attributes) => update(r.tie, { attributes }), t),
    ];
    // `update` reads only the actions, which never change
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, lang, t]);
  const { shown, isShown, toggle } = useShownColumns(columns, columnsKey, 'ties');
  const sort = useSort<string>('source');

  const rows = useMemo(() => {
    const labels = new Map(data.actors.map((a) => [a.id as string, a.label]));
    const types = new Map(data.codebooks.tieTypes.map((tt) => [tt.key, tt.label[lang]]));
    const collator = collatorFor(lang);
    const out: Row[] = data.ties
      .map((tie) => ({
        tie,
        source: labels.get(tie.source) ?? tie.source,
        target: labels.get(tie.target) ?? tie.target,
        type: types.get(tie.type) ?? tie.type,
      }))
      .filter((r) => (!typeFilter || r.tie.type === typeFilter) && matchesSearch(`${r.source} ${r.target} ${r.type} ${r.tie.evidence.source}`, query));
    const byEnds = (x: Row, y: Row) => collator.compare(x.source, y.source) || collator.compare(x.target, y.target);
    const by = columns.find((c) => c.id === sort.key)?.compare ?? byEnds;
    return out.sort((x, y) => sort.sign * by(x, y) || byEnds(x, y));
  }, [data, query, lang, typeFilter, sort.key, sort.sign, columns]);

  const ids = useMemo(() => rows.map((r) => r.tie.id as string), [rows]);
  const checks = useChecked(ids);
  const byId = useMemo(() => new Map(data.ties.map((tie) => [tie.id as string, tie])), [data.ties]);
  const bulkFields = useMemo((): BulkField[] => {
    const choices = choiceLabels(t);
    const patchOf = (id: string, patch: TiePatch): SingleCommandInput => ({ type: 'tie.update', id, patch });
    const choice = <K extends string>(id: string, label: string, values: readonly K[], names: Record<K, string>, nullable: boolean, make: (v: K | null) => TiePatch): BulkField => ({
      id,
      label,
      input: { kind: 'choice', options: values.map((v) => [v, names[v]] as const), nullable },
      make: (rowId, value) => patchOf(rowId, make((values as readonly string[]).includes(value ?? '') ? (value as K) : null)),
    });
    const types = Object.fromEntries(data.codebooks.tieTypes.map((tt) => [tt.key, tt.label[lang]]));
    const { min, max } = data.settings.strengthScale;
    return [
      choice('type', t('ui.type'), data.codebooks.tieTypes.map((tt) => tt.key), types, false, (type) => (type === null ? {} : { type })),
      {
        id: 'direction',
        label: t('details.table.direction'),
        input: {
          kind: 'choice',
          options: [
            ['directed', t('details.table.directed')],
            ['undirected', t('details.table.undirected')],
            ['reverse', t('details.table.reverse')],
          ],
          nullable: false,
        },
        make: (rowId, value) => {
          const tie = byId.get(rowId);
          if (!tie) return null;
          return value === 'reverse' ? patchOf(rowId, reversed(tie)) : patchOf(rowId, { directed: value === 'directed' });
        },
      },
      {
        id: 'strength',
        label: `${t('ui.strength')} (${min}–${max})`,
        input: { kind: 'number' },
        make: (rowId, value) => patchOf(rowId, { strength: value === null ? null : Number(value.replace(',', '.')) }),
      },
      choice('formality', t('ui.formality'), FormalitySchema.options, { formal: t('formality.formal'), informal: t('formality.informal') }, true, (formality) => ({ formality })),
      choice('initiative', t('fields.tie.initiative'), END_VALUES, choices.tieEnd, true, (initiative) => ({ initiative })),
      choice('mandate', t('fields.tie.mandate'), END_VALUES, choices.tieEnd, true, (mandate) => ({ mandate })),
      choice('resourceFlow', t('fields.tie.resourceFlow'), FLOW_VALUES, choices.resourceFlow, true, (resourceFlow) => ({ resourceFlow })),
      choice('dependent', t('fields.tie.dependent'), END_VALUES, choices.tieEnd, true, (dependent) => ({ dependent })),
      choice('governance', t('fields.tie.governance'), GOVERNANCE_VALUES, choices.governance, true, (governance) => ({ governance })),
      {
        id: 'evidenceSource',
        label: t('fields.tie.evidenceSource'),
        input: { kind: 'text' },
        make: (rowId, value) => {
          const tie = byId.get(rowId);
          return tie ? patchOf(rowId, { evidence: { ...tie.evidence, source: (value ?? '').trim() } }) : null;
        },
      },
      {
        id: 'confidence',
        label: t('fields.tie.evidenceConfidence'),
        input: { kind: 'choice', options: ConfidenceSchema.options.map((c) => [c, t(`workspace.confidenceLevels.${c}`)] as const), nullable: true },
        make: (rowId, value) => {
          const tie = byId.get(rowId);
          const parsed = ConfidenceSchema.safeParse(value);
          return tie ? patchOf(rowId, { evidence: { ...tie.evidence, confidence: parsed.success ? parsed.data : null } }) : null;
        },
      },
      ...waveBulkFields(data, t, (id) => byId.get(id)?.waves, (id, waves) => patchOf(id, { waves })),
      ...attributeBulkFields(data, 'ties', lang, (id) => byId.get(id)?.attributes, (id, attributes) => patchOf(id, { attributes })),
    ];
  }, [data, lang, t, byId]);

  const typeOptions = data.codebooks.tieTypes.map((tt) => (
    <option key={tt.key} value={tt.key}>
      {tt.label[lang]}
    </option>
  ));

  return (
    <>
      <div className="table-tools">
        <select value={typeFilter} onChange={(e) => setTypeFilter(e.target.value)} aria-label={t('ui.type')}>
          <option value="">{t('workspace.allTypes')}</option>
          {typeOptions}
        </select>
        <ColumnChooser columns={columns} isShown={isShown} onToggle={toggle} />
        <BulkBar checks={checks} remove={(id) => ({ type: 'tie.remove', id })}>
          <BulkEdit fields={bulkFields} checks={checks} />
        </BulkBar>
      </div>
      {rows.length === 0 ? (
        <p className="muted empty">{t('ui.empty')}</p>
      ) : (
        <table className="data-table" data-testid="ties-table">
          <caption className="visually-hidden">{t('ui.count', { count: rows.length })}</caption>
          <thead>
            <tr>
              <CheckAllCell checks={checks} />
              {shown.map((c) => (
                <SortHeader key={c.id} column={c.id} sort={sort} className={c.className}>
                  {c.label}
                </SortHeader>
              ))}
              <th aria-label={t('ui.delete')} />
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, limit).map((r) => {
              const open = selected === r.tie.id;
              const label = `${r.source} – ${r.target}`;
              return (
                <Fragment key={r.tie.id}>
                  <tr className={open ? 'selected' : undefined} onClick={() => onSelect(r.tie.id)} aria-selected={open}>
                    <CheckCell checks={checks} id={r.tie.id} label={label} />
                    {shown.map((c) => (
                      <td key={c.id} {...editable(!open && c.edit !== undefined, c.className)}>
                        {open && c.edit ? c.edit(r) : c.show(r)}
                      </td>
                    ))}
                    <DeleteCell label={label} command={{ type: 'tie.remove', id: r.tie.id }} />
                  </tr>
                  {open && <EvidenceRow key={r.tie.id} tie={r.tie} span={shown.length + 1} onChange={(evidence) => update(r.tie, { evidence })} />}
                </Fragment>
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
 * The chosen tie's quote and confidence, under its row. The evidence is saved as a whole, so the
 * row keeps a draft of it: a confidence chosen while the quote is still being typed saves both,
 * and a save of the source arriving while the quote is typed leaves the typing alone.
 */
function EvidenceRow({ tie, span, onChange }: { tie: Tie; span: number; onChange: (evidence: Tie['evidence']) => void }) {
  const { t } = useTranslation();
  const [draft, change] = useDraft(tie.evidence);
  return (
    <tr className="selected evidence-row">
      <td />
      <td colSpan={span}>
        <div className="row">
          <textarea
            className="inline-edit"
            rows={2}
            value={draft.quote}
            placeholder={t('workspace.evidenceQuote')}
            aria-label={t('workspace.evidenceQuote')}
            onChange={(e) => change({ quote: e.target.value })}
            onBlur={() => draft.quote !== tie.evidence.quote && onChange({ ...tie.evidence, quote: draft.quote })}
          />
          <select
            value={draft.confidence ?? ''}
            aria-label={t('workspace.confidence')}
            onChange={(e) => {
              const parsed = ConfidenceSchema.safeParse(e.target.value);
              const confidence = parsed.success ? parsed.data : null;
              change({ confidence });
              onChange({ ...tie.evidence, quote: draft.quote, confidence });
            }}
          >
            <option value="">
              {t('workspace.confidence')}: {t('workspace.confidenceUnknown')}
            </option>
            {ConfidenceSchema.options.map((c) => (
              <option key={c} value={c}>
                {t('workspace.confidence')}: {t(`workspace.confidenceLevels.${c}`)}
              </option>
            ))}
          </select>
        </div>
      </td>
    </tr>
  );
}
