import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { duplicateRows, type DuplicateRow, type DuplicateScope } from '../../../../core/matching/duplicates';
import { compositeKey } from '../../../../core/model/pairs';
import type { ProjectData } from '../../../../core/model/schema';
import { useActions } from '../../app';
import { useEscape } from '../../components/use-escape';
import { KeepChoice, MergeSummary, useWordError } from './MergeParts';
import './duplicates.css';

/** Pairs shown at first; a project full of namesakes shows more on request. */
const PAGE = 40;

const NONE_KEY = { all: 'merge.dialog.none', persons: 'merge.dialog.nonePersons', organisations: 'merge.dialog.noneOrganisations' } as const;

/**
 * "Find duplicates": the pairs of actors whose names are alike enough to be one (the matcher in
 * src/core/matching, run here on the project the app holds), best first, each with what tells
 * them apart and which to keep (by default the one with more ties). A merge is one step in the
 * history, so the list follows the project: a merge takes its pair away, Ctrl+Z brings it back.
 */
export function DuplicatesDialog({ data, scope: initialScope }: { data: ProjectData; scope: DuplicateScope }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const actions = useActions();
  const word = useWordError();
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const [scope, setScope] = useState<DuplicateScope>(initialScope);
  const [limit, setLimit] = useState(PAGE);
  /** the user's choice of whom to keep, by pair; pairs not chosen keep their default */
  const [chosen, setChosen] = useState<ReadonlyMap<string, string>>(new Map());
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const close = actions.closeDuplicates;
  useEscape(() => {
    if (!busy) close();
  });
  useEffect(() => dialog.current?.focus(), []);

  const rows = useMemo(() => duplicateRows(data, scope), [data, scope]);
  const keyOf = (row: DuplicateRow) => compositeKey(row.ids);
  const keepOf = (row: DuplicateRow) => chosen.get(keyOf(row)) ?? row.keep;

  const merge = async (row: DuplicateRow) => {
    const keep = keepOf(row);
    const drop = row.ids[0] === keep ? row.ids[1] : row.ids[0];
    const labels = new Map(row.sides.map((s) => [s.id as string, s.label]));
    setBusy(true);
    setError(null);
    try {
      await actions.api.apply({ command: { type: 'actor.merge', keep, drop } });
      setDone(t('merge.dialog.merged', { keep: labels.get(keep) ?? keep, drop: labels.get(drop) ?? drop }));
      // the pair's row is gone: the focus stays in the dialog, where Ctrl+Z and Tab still work
      dialog.current?.focus();
    } catch (e) {
      setError(word(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="modal-backdrop">
      <div ref={dialog} tabIndex={-1} className="modal duplicates" role="dialog" aria-modal="true" aria-labelledby={titleId} aria-busy={busy}>
        <h2 id={titleId}>{t('merge.dialog.title')}</h2>
        <p className="muted">{t('merge.dialog.intro')}</p>
        <div className="duplicates-tools">
          <label className="inline">
            {t('merge.dialog.show')}
            <select value={scope} onChange={(e) => setScope(e.target.value as DuplicateScope)} name="duplicates-scope">
              <option value="all">{t('merge.dialog.showAll')}</option>
              <option value="persons">{t('merge.dialog.showPersons')}</option>
              <option value="organisations">{t('merge.dialog.showOrganisations')}</option>
            </select>
          </label>
          {rows.length > 0 && <span className="muted">{t('merge.dialog.pairs', { count: rows.length })}</span>}
        </div>
        <p role="status" className="duplicates-done">
          {done}
        </p>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        {rows.length === 0 ? (
          <p className="duplicates-empty">{t(NONE_KEY[scope])}</p>
        ) : (
          <ol className="duplicate-list" aria-label={t('merge.dialog.pairs', { count: rows.length })}>
            {rows.slice(0, limit).map((row) => {
              const key = keyOf(row);
              const keep = keepOf(row);
              const drop = row.ids[0] === keep ? row.ids[1] : row.ids[0];
              const keepLabel = row.sides.find((s) => s.id === keep)?.label ?? keep;
              return (
                <li key={key} className="duplicate-pair" aria-label={t('merge.dialog.pair', { a: row.sides[0].label, b: row.sides[1].label })}>
                  <div className="likeness" title={t('merge.score.hint', { score: row.score.toLocaleString(lang, { maximumFractionDigits: 2 }) })}>
                    {t(row.likeness)}
                  </div>
                  <fieldset className="keep-choices">
                    <legend className="visually-hidden">{t('merge.dialog.keep')}</legend>
                    {row.sides.map((side) => (
                      <KeepChoice
                        key={side.id}
                        side={side}
                        group={`keep-${key}`}
                        checked={keep === side.id}
                        onChoose={() => setChosen((m) => new Map(m).set(key, side.id))}
                      />
                    ))}
                  </fieldset>
                  <div className="duplicate-actions">
                    <MergeSummary data={data} keep={keep} drop={drop} />
                    <button type="button" className="primary" disabled={busy} onClick={() => void merge(row)}>
                      {t('merge.dialog.merge', { name: keepLabel })}
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
        )}
        {rows.length > limit && (
          <button type="button" className="link" onClick={() => setLimit((l) => l + PAGE)}>
            {t('merge.dialog.showMore', { shown: limit, total: rows.length })}
          </button>
        )}
        <div className="modal-actions">
          <button type="button" onClick={close} disabled={busy}>
            {t('merge.dialog.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
