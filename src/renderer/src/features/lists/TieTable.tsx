import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SingleCommandInput } from '../../../../core/commands';
import { ConfidenceSchema, FormalitySchema, type ProjectData, type Tie } from '../../../../core/model/schema';
import { collatorFor, matchesSearch } from '../../../../core/text/collate';
import { useActions } from '../../app';
import { useDraft } from '../edit';
import { BulkBar, CheckAllCell, CheckCell, DeleteCell, PAGE_ROWS, ShowMore, SortHeader, useBulk, useChecked, useSort } from './table-state';

type Column = 'source' | 'target' | 'type' | 'strength' | 'formality' | 'evidence';

/**
 * The relationships as a spreadsheet: sorted by any column, filtered by names and type; the
 * chosen row edited where it stands (type, strength, formality, source of evidence); ticked rows
 * given a type or formality, or deleted, together in one undoable step.
 */
export function TieTable({ data, query }: { data: ProjectData; query: string }) {
  const { t, i18n } = useTranslation();
  const actions = useActions();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const sort = useSort<Column>('source');
  const [typeFilter, setTypeFilter] = useState('');
  const [limit, setLimit] = useState(PAGE_ROWS);
  const [chosen, setChosen] = useState<string | null>(null);

  const rows = useMemo(() => {
    const labels = new Map(data.actors.map((a) => [a.id as string, a.label]));
    const types = new Map(data.codebooks.tieTypes.map((tt) => [tt.key, tt.label[lang]]));
    const collator = collatorFor(lang);
    const out = data.ties
      .map((tie) => ({
        tie,
        source: labels.get(tie.source) ?? tie.source,
        target: labels.get(tie.target) ?? tie.target,
        type: types.get(tie.type) ?? tie.type,
      }))
      .filter((r) => (!typeFilter || r.tie.type === typeFilter) && matchesSearch(`${r.source} ${r.target} ${r.type} ${r.tie.evidence.source}`, query));
    type Row = (typeof out)[number];
    const byEnds = (x: Row, y: Row) => collator.compare(x.source, y.source) || collator.compare(x.target, y.target);
    const compare: Record<Column, (x: Row, y: Row) => number> = {
      source: byEnds,
      target: (x, y) => collator.compare(x.target, y.target),
      type: (x, y) => collator.compare(x.type, y.type),
      strength: (x, y) => (x.tie.strength ?? -Infinity) - (y.tie.strength ?? -Infinity),
      formality: (x, y) => collator.compare(x.tie.formality ?? '', y.tie.formality ?? ''),
      evidence: (x, y) => collator.compare(x.tie.evidence.source || '\uffff', y.tie.evidence.source || '\uffff'),
    };
    return out.sort((x, y) => sort.sign * compare[sort.key](x, y) || byEnds(x, y));
  }, [data, query, lang, typeFilter, sort.key, sort.sign]);

  const ids = useMemo(() => rows.map((r) => r.tie.id as string), [rows]);
  const checks = useChecked(ids);
  const bulk = useBulk(checks);
  const update = (tie: Tie, patch: Extract<SingleCommandInput, { type: 'tie.update' }>['patch']) =>
    void actions.apply({ type: 'tie.update', id: tie.id, patch });

  const { min, max } = data.settings.strengthScale;
  const steps = Number.isInteger(min) && Number.isInteger(max) && max - min <= 20 ? Array.from({ length: max - min + 1 }, (_, i) => min + i) : [];
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
        <BulkBar checks={checks} remove={(id) => ({ type: 'tie.remove', id })}>
          <select value="" aria-label={t('workspace.setType')} onChange={(e) => bulk((id) => ({ type: 'tie.update', id, patch: { type: e.target.value } }))}>
            <option value="">{t('workspace.setType')}</option>
            {typeOptions}
          </select>
          <select
            value=""
            aria-label={t('workspace.setFormality')}
            onChange={(e) => {
              const parsed = FormalitySchema.safeParse(e.target.value);
              const formality = parsed.success ? parsed.data : null;
              bulk((id) => ({ type: 'tie.update', id, patch: { formality } }));
            }}
          >
            <option value="">{t('workspace.setFormality')}</option>
            <option value="formal">{t('formality.formal')}</option>
            <option value="informal">{t('formality.informal')}</option>
            <option value="-">{t('workspace.formalityUnknown')}</option>
          </select>
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
              <SortHeader column="source" sort={sort}>
                {t('ui.source')}
              </SortHeader>
              <SortHeader column="target" sort={sort}>
                {t('ui.target')}
              </SortHeader>
              <SortHeader column="type" sort={sort}>
                {t('ui.type')}
              </SortHeader>
              <SortHeader column="strength" sort={sort}>
                {t('ui.strength')}
              </SortHeader>
              <SortHeader column="formality" sort={sort}>
                {t('ui.formality')}
              </SortHeader>
              <SortHeader column="evidence" sort={sort}>
                {t('ui.evidence')}
              </SortHeader>
              <th aria-label={t('ui.delete')} />
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, limit).map(({ tie, source, target, type }) => {
              const open = chosen === tie.id;
              const label = `${source} – ${target}`;
              return (
                <Fragment key={tie.id}>
                <tr className={open ? 'selected' : undefined} onClick={() => setChosen(tie.id)} aria-selected={open}>
                  <CheckCell checks={checks} id={tie.id} label={label} />
                  <td>{source}</td>
                  <td>
                    {tie.directed ? '→ ' : ''}
                    {target}
                  </td>
                  <td>
                    {open ? (
                      <select value={tie.type} aria-label={t('ui.type')} onChange={(e) => update(tie, { type: e.target.value })}>
                        {typeOptions}
                      </select>
                    ) : (
                      type
                    )}
                  </td>
                  <td className="num">
                    {open && steps.length > 0 ? (
                      <select
                        value={tie.strength ?? ''}
                        aria-label={t('ui.strength')}
                        onChange={(e) => update(tie, { strength: e.target.value === '' ? null : Number(e.target.value) })}
                      >
                        <option value="">–</option>
                        {steps.map((s) => (
                          <option key={s} value={s}>
                            {s}
                          </option>
                        ))}
                      </select>
                    ) : (
                      (tie.strength ?? '')
                    )}
                  </td>
                  <td>
                    {open ? (
                      <select
                        value={tie.formality ?? ''}
                        aria-label={t('ui.formality')}
                        onChange={(e) => {
                          const parsed = FormalitySchema.safeParse(e.target.value);
                          update(tie, { formality: parsed.success ? parsed.data : null });
                        }}
                      >
                        <option value="">–</option>
                        <option value="formal">{t('formality.formal')}</option>
                        <option value="informal">{t('formality.informal')}</option>
                      </select>
                    ) : tie.formality ? (
                      t(`formality.${tie.formality}`)
                    ) : (
                      ''
                    )}
                  </td>
                  <td className="evidence" title={tie.evidence.quote}>
                    {open ? (
                      <input
                        key={tie.evidence.source}
                        className="inline-edit"
                        defaultValue={tie.evidence.source}
                        aria-label={t('workspace.evidenceSource')}
                        onBlur={(e) => {
                          const value = e.target.value.trim();
                          if (value !== tie.evidence.source) update(tie, { evidence: { ...tie.evidence, source: value } });
                        }}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter') e.currentTarget.blur();
                        }}
                      />
                    ) : (
                      tie.evidence.source
                    )}
                  </td>
                  <DeleteCell label={label} command={{ type: 'tie.remove', id: tie.id }} />
                </tr>
                {open && <EvidenceRow key={tie.id} tie={tie} onChange={(evidence) => update(tie, { evidence })} />}
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
function EvidenceRow({ tie, onChange }: { tie: Tie; onChange: (evidence: Tie['evidence']) => void }) {
  const { t } = useTranslation();
  const [draft, change] = useDraft(tie.evidence);
  return (
    <tr className="selected evidence-row">
      <td />
      <td colSpan={7}>
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
