import { useEffect, useId, useMemo, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectSnapshot } from '../../../../core/api/contract';
import { isUserError, UserError } from '../../../../core/errors';
import { newId, type IdPrefix } from '../../../../core/ids';
import { indexActors } from '../../../../core/matching/search';
import type { Actor } from '../../../../core/model/schema';
import { formatUserError } from '../../../../core/wording/format-error';
import { useActions } from '../../app';
import { useEscape } from '../../components/use-escape';
import { translatorOf } from '../../i18n';
import { ActorCombobox } from './ActorCombobox';
import { codingCommand, defaultRole, draftProblem, emptyDraft, undoCodedCommand, type End, type TieDraft } from './coding-model';
import { keepSession, sessionOf, type SessionEntry } from './coding-session';
import { NewActorFields } from './NewActorFields';
import { SessionList } from './SessionList';
import { TieFields } from './TieFields';
import { keepTabInside } from './focus-trap';
import './coding.css';

/** Ids made here, so that the form knows which tie and which new actors one save made. */
const makeId = (prefix: IdPrefix) => newId(prefix, () => (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) / 2 ** 32);

/**
 * "Kod interview": one interview's relationships entered from the keyboard. The source (the
 * interview) is given once for the session; each tie is its two ends, found by typing, and its
 * type, strength, formality, power fields, quote and confidence, each a field of its own with
 * keys of its own. Enter saves the tie as one step (with any actor named for the first time)
 * and starts the next from the same "from"; the ties of the session are listed below, each
 * with its own undo. A modal dialog on the right, so the map stays in view beside it.
 */
export function CodingDialog({ project }: { project: ProjectSnapshot }) {
  const { t, i18n } = useTranslation();
  const actions = useActions();
  const titleId = useId();
  const introId = useId();
  const data = project.data;
  const dialog = useRef<HTMLElement>(null);
  const evidenceRef = useRef<HTMLInputElement>(null);
  const sourceRef = useRef<HTMLInputElement>(null);
  const targetRef = useRef<HTMLInputElement>(null);

  const [initial] = useState(() => sessionOf(project.path));
  const [evidenceSource, setEvidenceSource] = useState(initial.evidenceSource);
  const [draft, setDraft] = useState<TieDraft>(() => emptyDraft(data, liveEnd(initial.source, data.actors)));
  const [entries, setEntries] = useState<SessionEntry[]>(initial.entries);
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [busy, setBusy] = useState(false);
  // the names of actors this form made, until the project the app holds has them too
  const [madeNames, setMadeNames] = useState<ReadonlyMap<string, string>>(new Map());

  useEffect(() => keepSession(project.path, { evidenceSource, source: draft.source, entries }), [project.path, evidenceSource, draft.source, entries]);

  const close = actions.closeCoding;
  useEscape(close);
  // the focus starts where the coder starts, and goes back where it came from
  useEffect(() => {
    const before = document.activeElement;
    const start = initial.evidenceSource.trim() === '' ? evidenceRef : initial.source ? targetRef : sourceRef;
    start.current?.focus();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, [initial]);

  const index = useMemo(() => indexActors(data.actors), [data.actors]);
  const organisations = useMemo(() => indexActors(data.actors.filter((a) => a.kind !== 'person')), [data.actors]);
  const labels = useMemo(() => new Map(data.actors.map((a) => [a.id as string, a.label])), [data.actors]);
  const orgsOf = useMemo(() => {
    const out = new Map<string, string[]>();
    for (const m of data.memberships) out.set(m.person, [...(out.get(m.person) ?? []), labels.get(m.organisation) ?? m.organisation]);
    return out;
  }, [data.memberships, labels]);
  const describe = (a: Actor) => (a.kind === 'person' ? (orgsOf.get(a.id) ?? []).join(', ') : t(`kinds.${a.kind}`));
  const nameOf = (end: End | null) => (!end ? '' : 'id' in end ? (labels.get(end.id) ?? madeNames.get(end.id) ?? '') : end.create.label);

  const setEnd = (which: 'source' | 'target', end: End | null) => {
    // a new person gets the likely role at once, so that a chosen organisation makes a membership
    const full = end && 'create' in end && end.create.role === '' ? { create: { ...end.create, role: defaultRole(data) } } : end;
    setDraft((d) => ({ ...d, [which]: full }));
    setProblem(null);
  };
  const word = (e: unknown) =>
    formatUserError(isUserError(e) ? e : new UserError('io', 'errors.unexpected', { detail: String(e) }), translatorOf(i18n), 'form');

  const save = async (e: SyntheticEvent) => {
    e.preventDefault();
    if (busy) return;
    const wrong = draftProblem(draft);
    if (wrong) {
      setProblem(t(wrong === 'needEnds' ? 'coding.needEnds' : 'workspace.sameActor'));
      (draft.source ? targetRef : sourceRef).current?.focus();
      return;
    }
    const made = codingCommand(draft, evidenceSource, makeId);
    if (!made) return;
    const tie = `${nameOf(draft.source)} ${draft.directed ? '→' : '–'} ${nameOf(draft.target)}`;
    const createdNames = [draft.source, draft.target].flatMap((end) => (end && 'create' in end ? [end.create.label.trim()] : []));
    setBusy(true);
    try {
      const result = await actions.api.apply({ command: made.command });
      setMadeNames((m) => {
        const next = new Map(m);
        if (draft.source && 'create' in draft.source) next.set(made.ends.source, draft.source.create.label.trim());
        if (draft.target && 'create' in draft.target) next.set(made.ends.target, draft.target.create.label.trim());
        return next;
      });
      setEntries((es) => [...es, { coded: made.coded, label: tie, revision: result.revision, createdNames }]);
      // the next tie of the interview starts from the same person, with the same source
      setDraft(emptyDraft(data, { id: made.ends.source }));
      setProblem(null);
      setAnnouncement(t('coding.saved', { tie }));
      targetRef.current?.focus();
    } catch (err) {
      setProblem(word(err));
    } finally {
      setBusy(false);
    }
  };

  const undo = async (entry: SessionEntry) => {
    // the project the app holds may not have the save yet: ask for it
    let current = actions.project.current?.data ?? data;
    if (!current.ties.some((x) => x.id === entry.coded.tie)) {
      await actions.project.refresh();
      current = actions.project.current?.data ?? current;
    }
    const command = undoCodedCommand(entry.coded, current);
    try {
      if (command) await actions.api.apply({ command });
      setEntries((es) => es.filter((x) => x !== entry));
      setAnnouncement(t('coding.undone', { tie: entry.label }));
      setProblem(null);
      // the actor the form starts from may have gone with it
      if (draft.source && 'id' in draft.source && entry.coded.created.includes(draft.source.id as Actor['id'])) setEnd('source', null);
    } catch (err) {
      setProblem(word(err));
    }
  };

  return (
    <div className="coding-backdrop">
      <section
        ref={dialog}
        className="coding-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={introId}
        aria-busy={busy}
        onKeyDown={(e) => keepTabInside(e, dialog.current)}
        data-testid="coding-dialog"
      >
        <header className="coding-head">
          <h2 id={titleId}>{t('coding.title')}</h2>
          <button type="button" className="icon" onClick={close} aria-label={t('coding.close')} title={t('coding.closeTitle')}>
            ×
          </button>
        </header>
        <p id={introId} className="muted coding-intro">
          {t('coding.intro')}
        </p>
        <div className="coding-body">
          <form className="coding-form" onSubmit={(e) => void save(e)} noValidate>
            <label className="coding-evidence">
              <span className="choice-label">{t('coding.evidenceSource')}</span>
              <input
                ref={evidenceRef}
                value={evidenceSource}
                placeholder={t('coding.evidenceSourcePlaceholder')}
                onChange={(e) => setEvidenceSource(e.target.value)}
                name="coding-evidence-source"
                maxLength={500}
              />
            </label>
            <div className="coding-ends">
              <ActorCombobox
                label={t('coding.from')}
                index={index}
                describe={describe}
                value={draft.source}
                valueLabel={nameOf(draft.source)}
                onChange={(end) => setEnd('source', end)}
                onTaken={(end) => {
                  if (!('create' in end)) targetRef.current?.focus();
                }}
                inputRef={sourceRef}
                testId="coding-source"
              />
              {draft.source && 'create' in draft.source && (
                <NewActorFields
                  data={data}
                  actor={draft.source.create}
                  organisations={organisations}
                  describe={describe}
                  onChange={(create) => setEnd('source', { create })}
                  testId="coding-new-source"
                />
              )}
              <ActorCombobox
                label={t('coding.to')}
                index={index}
                describe={describe}
                value={draft.target}
                valueLabel={nameOf(draft.target)}
                onChange={(end) => setEnd('target', end)}
                exclude={draft.source && 'id' in draft.source ? [draft.source.id] : []}
                inputRef={targetRef}
                testId="coding-target"
              />
              {draft.target && 'create' in draft.target && (
                <NewActorFields
                  data={data}
                  actor={draft.target.create}
                  organisations={organisations}
                  describe={describe}
                  onChange={(create) => setEnd('target', { create })}
                  testId="coding-new-target"
                />
              )}
            </div>
            <TieFields data={data} draft={draft} from={nameOf(draft.source)} to={nameOf(draft.target)} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} />
            <div className="coding-actions">
              {problem && (
                <p className="field-error" role="alert">
                  {problem}
                </p>
              )}
              <button type="submit" className="primary" disabled={busy} aria-keyshortcuts="Enter">
                {t('coding.save')} <kbd>Enter</kbd>
              </button>
            </div>
          </form>
        </div>
        <p role="status" className="coding-status">
          {announcement}
        </p>
        <SessionList entries={entries} project={project} onUndo={(entry) => void undo(entry)} />
      </section>
    </div>
  );
}

/** A kept "from" that is still in the project (an edit meanwhile may have removed it). */
function liveEnd(end: End | null, actors: readonly Actor[]): End | null {
  if (!end || 'create' in end) return null;
  return actors.some((a) => a.id === end.id) ? end : null;
}
