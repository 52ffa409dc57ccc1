import { useMemo, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ForumAuthoritySchema, type Forum, type ProjectData, type Seat } from '../../../../core/model/schema';
import { useActions } from '../../app';
import { ForumSeats } from './ForumSeats';
import { freshId } from './new-id';
import { useDraft } from './use-draft';
import './forum.css';

/** Adds a forum by name and kind; its seats and mandate are given in its details. */
export function AddForumForm({ data, onAdded }: { data: ProjectData; onAdded: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const actions = useActions();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState(data.codebooks.forumKinds[0]?.key ?? 'coordination');
  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    if (!label.trim()) return;
    // the id is made here so that the new forum's details can open at once
    const id = freshId('f');
    if (await actions.apply({ type: 'forum.add', forum: { id, label: label.trim(), kind } })) {
      onAdded(id);
      setLabel('');
    }
  };
  return (
    <form className="add-actor" onSubmit={(e) => void submit(e)} aria-label={t('workspace.addForum')}>
      <input value={label} onChange={(e) => setLabel(e.target.value)} placeholder={t('workspace.forumName')} aria-label={t('workspace.forumName')} name="forumLabel" />
      <select value={kind} onChange={(e) => setKind(e.target.value)} aria-label={t('ui.forumKind')} name="forumKind">
        {data.codebooks.forumKinds.map((k) => (
          <option key={k.key} value={k.key}>
            {k.label[lang]}
          </option>
        ))}
      </select>
      <button type="submit" className="primary" disabled={!label.trim()}>
        {t('ui.add')}
      </button>
    </form>
  );
}

/** A web address a link can open (in Electron, the user's browser); a path on a shared drive is shown only. */
function webAddress(text: string): string | null {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Meetings a year as typed: a number from 0 to 366, empty for unknown; undefined when neither. */
function meetingsOf(text: string): number | null | undefined {
  const t = text.trim().replace(',', '.');
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 && n <= 366 ? n : undefined;
}

/**
 * A forum's details, every field of it: name, kind, mandate (what the forum may do), meetings a
 * year, its kommissorium as text and as a link to the document, chair and coordinator, its
 * seats (who sits, for which organisation, in which role) and notes. Each change is one
 * undoable step; a text is saved when the field is left, and follows an undo while untouched.
 */
export function ForumDetails({ data, forum, onClose }: { data: ProjectData; forum: Forum; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const actions = useActions();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const labels = new Map(data.actors.map((a) => [a.id as string, a.label]));
  const update = (patch: Partial<Omit<Forum, 'id'>>) => void actions.apply({ type: 'forum.update', id: forum.id, patch });
  const stored = useMemo(
    () => ({
      label: forum.label,
      mandate: forum.mandate,
      mandateLink: forum.mandateLink,
      meetings: forum.meetingsPerYear === null ? '' : String(forum.meetingsPerYear),
      notes: forum.notes,
    }),
    [forum],
  );
  const [draft, setDraft] = useDraft(stored);
  const meetings = meetingsOf(draft.meetings);
  const link = webAddress(draft.mandateLink);
  const setSeats = (seats: Seat[]) => update({ seats });
  /** One seat in a role (chair, coordinator) and whoever held it before back to an ordinary seat. */
  const holdRole = (role: 'chair' | 'coordinator', actor: string) =>
    setSeats(forum.seats.map((s) => (s.actor === actor ? { ...s, role } : s.role === role ? { ...s, role: 'member' } : s)));
  const holderOf = (role: 'chair' | 'coordinator') => forum.seats.find((s) => s.role === role)?.actor ?? '';

  return (
    <section className="actor-details forum-details" aria-label={t('workspace.forumDetails', { name: forum.label })} data-testid="forum-details">
      <header>
        <div className="name-field">
          <input
            value={draft.label}
            aria-label={t('workspace.forumName')}
            aria-invalid={!draft.label.trim()}
            onChange={(e) => setDraft({ label: e.target.value })}
            onBlur={() => draft.label.trim() && draft.label.trim() !== forum.label && update({ label: draft.label.trim() })}
            onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
          />
          {!draft.label.trim() && <p className="field-error">{t('workspace.nameRequired')}</p>}
        </div>
        <button type="button" className="icon" onClick={onClose} aria-label={t('workspace.closeDetails')} title={t('workspace.closeDetails')}>
          ×
        </button>
      </header>
      <div className="forum-grid">
        <label>
          <span>{t('ui.forumKind')}</span>
          <select value={forum.kind} onChange={(e) => update({ kind: e.target.value })} name="forumKind">
            {data.codebooks.forumKinds.map((k) => (
              <option key={k.key} value={k.key}>
                {k.label[lang]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('coding.forum.authority')}</span>
          <select
            value={forum.authority ?? ''}
            onChange={(e) => update({ authority: ForumAuthoritySchema.safeParse(e.target.value).data ?? null })}
            name="forumAuthority"
          >
            <option value="">{t('coding.forum.authorityUnknown')}</option>
            {ForumAuthoritySchema.options.map((a) => (
              <option key={a} value={a}>
                {t(`coding.forum.authorities.${a}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('coding.forum.meetingsPerYear')}</span>
          <input
            value={draft.meetings}
            inputMode="decimal"
            aria-invalid={meetings === undefined}
            onChange={(e) => setDraft({ meetings: e.target.value })}
            onBlur={() => meetings !== undefined && meetings !== forum.meetingsPerYear && update({ meetingsPerYear: meetings })}
            onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
            name="forumMeetings"
          />
        </label>
        {(['chair', 'coordinator'] as const).map((role) => (
          <label key={role}>
            <span>{t(`coding.forum.${role}`)}</span>
            <select value={holderOf(role)} onChange={(e) => e.target.value && holdRole(role, e.target.value)} name={role === 'chair' ? 'forumChair' : 'forumCoordinator'}>
              <option value="">{t('coding.forum.noOne')}</option>
              {forum.seats.map((s) => (
                <option key={s.actor} value={s.actor}>
                  {labels.get(s.actor) ?? s.actor}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {meetings === undefined && <p className="field-error">{t('coding.forum.meetingsInvalid')}</p>}
      <label className="forum-text">
        <span>{t('coding.forum.mandateText')}</span>
        <textarea
          className="mandate"
          rows={4}
          value={draft.mandate}
          placeholder={t('coding.forum.mandateTextPlaceholder')}
          onChange={(e) => setDraft({ mandate: e.target.value })}
          onBlur={() => draft.mandate !== forum.mandate && update({ mandate: draft.mandate })}
          name="forumMandate"
        />
      </label>
      <div className="forum-link">
        <label className="forum-text">
          <span>{t('coding.forum.mandateLink')}</span>
          <input
            value={draft.mandateLink}
            placeholder={t('coding.forum.mandateLinkPlaceholder')}
            onChange={(e) => setDraft({ mandateLink: e.target.value })}
            onBlur={() => draft.mandateLink.trim() !== forum.mandateLink && update({ mandateLink: draft.mandateLink.trim() })}
            onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
            name="forumMandateLink"
          />
        </label>
        {link && (
          <a href={link} target="_blank" rel="noreferrer noopener" title={t('coding.forum.openLinkTitle')}>
            {t('coding.forum.openLink')}
          </a>
        )}
      </div>
      <ForumSeats data={data} forum={forum} onSeats={setSeats} />
      <label className="forum-text">
        <span>{t('coding.forum.notes')}</span>
        <textarea
          rows={2}
          value={draft.notes}
          onChange={(e) => setDraft({ notes: e.target.value })}
          onBlur={() => draft.notes !== forum.notes && update({ notes: draft.notes })}
          name="forumNotes"
        />
      </label>
    </section>
  );
}
