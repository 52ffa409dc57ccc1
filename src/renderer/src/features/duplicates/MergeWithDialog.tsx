import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { defaultKeep, duplicateSide } from '../../../../core/matching/duplicates';
import { matchNames } from '../../../../core/matching';
import type { Actor, ProjectData } from '../../../../core/model/schema';
import { collatorFor } from '../../../../core/text/collate';
import { useActions } from '../../app';
import { useEscape } from '../../components/use-escape';
import { KeepChoice, MergeSummary, useWordError } from './MergeParts';
import './duplicates.css';

/**
 * "Flet med …" from an actor's details: the user names the other actor (those whose names are
 * alike are offered first), chooses which of the two to keep (by default the one with more
 * ties), sees what the merge will do, and merges; one step, undone with Ctrl+Z.
 */
export function MergeWithDialog({ data, actor, onClose }: { data: ProjectData; actor: Actor; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const actions = useActions();
  const word = useWordError();
  const titleId = useId();
  const select = useRef<HTMLSelectElement>(null);
  const [other, setOther] = useState('');
  const [keep, setKeep] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEscape(() => {
    if (!busy) onClose();
  });
  useEffect(() => select.current?.focus(), []);

  // only actors of the same kind can be merged, so only those are offered
  const { suggested, others } = useMemo(() => {
    const pool = data.actors.filter((a) => a.kind === actor.kind && a.id !== actor.id);
    const alike = (matchNames([actor.label], pool)[0]?.candidates ?? []).map((c) => c.actorId as string);
    const first = new Set(alike);
    const collator = collatorFor(lang);
    return {
      suggested: alike.map((id) => pool.find((a) => a.id === id)).filter((a): a is Actor => a !== undefined),
      others: pool.filter((a) => !first.has(a.id)).sort((a, b) => collator.compare(a.label, b.label)),
    };
  }, [data.actors, actor, lang]);

  const sides = useMemo(() => {
    const a = duplicateSide(data, actor.id);
    const b = other ? duplicateSide(data, other) : null;
    return a && b ? ([a, b] as const) : null;
  }, [data, actor.id, other]);
  const keepId = sides ? (keep !== null && sides.some((s) => s.id === keep) ? keep : defaultKeep(...sides)) : null;
  const dropId = sides && keepId ? (sides[0].id === keepId ? sides[1].id : sides[0].id) : null;

  const merge = async () => {
    if (!keepId || !dropId) return;
    setBusy(true);
    setError(null);
    try {
      await actions.api.apply({ command: { type: 'actor.merge', keep: keepId, drop: dropId } });
      onClose();
    } catch (e) {
      setError(word(e));
      setBusy(false);
    }
  };

  return createPortal(
    <div className="modal-backdrop">
      <div className="modal merge-with" role="dialog" aria-modal="true" aria-labelledby={titleId} aria-busy={busy}>
        <h2 id={titleId}>{t('merge.withActor.title', { name: actor.label })}</h2>
        <label>
          {t('merge.withActor.choose')}
          <select ref={select} value={other} onChange={(e) => setOther(e.target.value)} name="merge-with">
            <option value="">{t('merge.withActor.chooseHint')}</option>
            {suggested.length > 0 && (
              <optgroup label={t('merge.withActor.suggested')}>
                {suggested.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.label}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label={t('merge.withActor.others')}>
              {others.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.label}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        {sides && keepId && dropId && (
          <>
            <fieldset className="keep-choices">
              <legend>{t('merge.withActor.which')}</legend>
              {sides.map((side) => (
                <KeepChoice key={side.id} side={side} group="merge-with-keep" checked={keepId === side.id} onChoose={() => setKeep(side.id)} />
              ))}
            </fieldset>
            <p className="muted">{t('merge.withActor.explain')}</p>
            <MergeSummary data={data} keep={keepId} drop={dropId} />
          </>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" className="ghost" onClick={onClose} disabled={busy}>
            {t('merge.withActor.cancel')}
          </button>
          <button type="button" className="primary" onClick={() => void merge()} disabled={busy || !keepId}>
            {t('merge.withActor.confirm')}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
