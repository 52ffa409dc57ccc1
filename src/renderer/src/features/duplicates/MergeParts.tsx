import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isUserError, UserError } from '../../../../core/errors';
import { listOf } from '../../../../core/model/erasure';
import { mergeInputOf, mergeParts, mergeProblems, planMerge } from '../../../../core/model/merge';
import type { ProjectData } from '../../../../core/model/schema';
import { formatUserError } from '../../../../core/wording/format-error';
import { translatorOf } from '../../i18n';
import type { DuplicateSide } from '../../../../core/matching/duplicates';

/**
 * One of two actors that may be one, as a choice of which to keep: the radio, the name, the kind
 * and organisations, and how much each is used (what is lost if the wrong one is kept).
 */
export function KeepChoice({ side, group, checked, onChoose }: { side: DuplicateSide; group: string; checked: boolean; onChoose: () => void }) {
  const { t } = useTranslation();
  const about = [t(`kinds.${side.kind}`), ...(side.kind === 'person' ? [side.organisations.length > 0 ? side.organisations.join(', ') : t('merge.dialog.noOrganisation')] : [])];
  const uses = [
    t('merge.dialog.ties', { count: side.uses.ties }),
    side.kind === 'person' ? t('merge.dialog.memberships', { count: side.uses.memberships }) : t('merge.dialog.members', { count: side.uses.memberships }),
    t('merge.dialog.seats', { count: side.uses.seats }),
  ];
  return (
    <label className={checked ? 'keep-choice chosen' : 'keep-choice'}>
      <input type="radio" name={group} checked={checked} onChange={onChoose} aria-label={t('merge.dialog.keepThis', { name: side.label })} />
      <span className="keep-name">{side.label}</span>
      <span className="keep-about muted">{about.join(' · ')}</span>
      <span className="keep-uses">{uses.join(' · ')}</span>
    </label>
  );
}

/** What merging `drop` into `keep` will do, in a sentence, worked out as the engine will do it. */
export function MergeSummary({ data, keep, drop }: { data: ProjectData; keep: string; drop: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const text = useMemo(() => {
    const input = mergeInputOf(data, keep, drop);
    if (!input) return null;
    const refused = mergeProblems(input.keep, input.drop);
    // a refusal's parameters may be messages themselves, which core's translator words
    const tr = translatorOf(i18n);
    if (refused.length > 0) return refused.map((p) => tr.t(p.key, p.params)).join(' ');
    const parts = mergeParts(planMerge(input));
    return parts.length === 0 ? t('merge.dialog.nothingMoves') : t('merge.dialog.willDo', { list: listOf(parts.map((p) => t(p.key, p.params)), lang) });
  }, [data, keep, drop, t, i18n, lang]);
  return text === null ? null : <p className="merge-summary muted">{text}</p>;
}

/** An error from the engine, worded in the language shown. */
export function useWordError(): (e: unknown) => string {
  const { i18n } = useTranslation();
  return (e) => formatUserError(isUserError(e) ? e : new UserError('io', 'errors.unexpected', { detail: String(e) }), translatorOf(i18n), 'form');
}
