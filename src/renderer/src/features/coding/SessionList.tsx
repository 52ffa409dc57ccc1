import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectSnapshot } from '../../../../core/api/contract';
import type { SessionEntry } from './coding-session';

/**
 * The ties coded in this session, newest first, each with an undo of its own (which takes back
 * that tie and the actors made with it, not the last step of the project). A tie removed since
 * in another way is shown struck through, without an undo.
 */
export function SessionList({ entries, project, onUndo }: { entries: readonly SessionEntry[]; project: ProjectSnapshot; onUndo: (entry: SessionEntry) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const present = new Set<string>(project.data.ties.map((x) => x.id));
  // a tie saved after the revision the app holds is not gone, only not here yet
  const gone = (e: SessionEntry) => project.revision >= e.revision && !present.has(e.coded.tie);
  const newest = [...entries].reverse();
  return (
    <section className="coding-session" aria-labelledby={headingId} data-testid="coding-session">
      <h3 id={headingId}>{t('coding.sessionTitle', { count: entries.filter((e) => !gone(e)).length })}</h3>
      {entries.length === 0 ? (
        <p className="muted">{t('coding.sessionEmpty')}</p>
      ) : (
        <ol className="coding-entries" reversed>
          {newest.map((e) => (
            <li key={e.coded.tie} className={gone(e) ? 'gone' : undefined}>
              <span className="entry-tie">{e.label}</span>
              {e.createdNames.length > 0 && <span className="muted entry-new">{t('coding.createdWith', { names: e.createdNames.join(', ') })}</span>}
              {!gone(e) && (
                <button type="button" className="entry-undo" onClick={() => onUndo(e)} aria-label={t('coding.undoTieLabel', { tie: e.label })}>
                  {t('coding.undoTie')}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
