import { useTranslation } from 'react-i18next';
import type { NamesPreview } from '../../../../core/api/contract';
import { UserError } from '../../../../core/errors';
import type { ImportMapping } from '../../../../core/format/tables/mapping';
import { scoreWord, type NameEntry, type NameKind } from '../../../../core/import/name-groups';
import { formatUserError } from '../../../../core/wording/format-error';
import { translatorOf } from '../../i18n';
import { ProblemReport } from './problem-report';
import { choiceOf, confirmAll, pendingNames, setNameChoice } from './wizard-names';
import './names.css';

export interface NamesStepProps {
  names: NamesPreview;
  mapping: ImportMapping;
  createUnmatched: boolean;
  onCreateUnmatched: (create: boolean) => void;
  onMapping: (mapping: ImportMapping) => void;
  /** an actor of the project by id, for a decision naming one that is not among the candidates */
  actorLabel: (id: string) => string | undefined;
}

/**
 * Every distinct name of a survey, persons and organisations, with the project's actors most like
 * it and what it becomes: exact matches are chosen already, suggestions wait for the user to
 * confirm them, and names without a match become new actors or are skipped as the box says.
 */
export function NamesStep({ names, mapping, createUnmatched, onCreateUnmatched, onMapping, actorLabel }: NamesStepProps) {
  const { t, i18n } = useTranslation();
  if (names.refusal) {
    const { key, params, problems } = names.refusal;
    return (
      <div className="wizard-names">
        <p role="alert">{formatUserError(new UserError('invalid', key, params), translatorOf(i18n), 'form')}</p>
        {problems.length > 0 && <ProblemReport problems={problems} />}
      </div>
    );
  }
  const entries = names.entries;
  const pending = pendingNames(mapping, entries, createUnmatched);
  // a fuller spelling of a name in the file is a suggestion too
  const count = (match: NameEntry['match']) =>
    entries.filter((e) => (e.match === 'none' && e.similar.length > 0 ? 'suggested' : e.match) === match).length;
  return (
    <div className="wizard-names">
      <p className="muted">{t('names.wizard.intro')}</p>
      {entries.length === 0 ? (
        <p>{t('names.wizard.none')}</p>
      ) : (
        <p>{t('names.wizard.counts', { exact: count('exact'), suggested: count('suggested'), none: count('none') })}</p>
      )}
      <div className="names-options">
        <label className="check">
          <input type="checkbox" checked={createUnmatched} onChange={(e) => onCreateUnmatched(e.target.checked)} />
          {t('names.wizard.createUnmatched')}
        </label>
        {pending.length > 0 && (
          <>
            <span className="names-pending" role="status">
              {t('names.wizard.pending', { count: pending.length })}
            </span>
            <button type="button" onClick={() => onMapping(confirmAll(mapping, entries, createUnmatched))}>
              {t('names.wizard.confirmAll')}
            </button>
          </>
        )}
      </div>
      {(['person', 'organisation'] as const).map((kind) => (
        <NameTable
          key={kind}
          kind={kind}
          entries={entries.filter((e) => e.kind === kind)}
          mapping={mapping}
          createUnmatched={createUnmatched}
          onMapping={onMapping}
          actorLabel={actorLabel}
        />
      ))}
    </div>
  );
}

function NameTable({
  kind,
  entries,
  mapping,
  createUnmatched,
  onMapping,
  actorLabel,
}: { kind: NameKind; entries: NameEntry[] } & Omit<NamesStepProps, 'names' | 'onCreateUnmatched'>) {
  const { t } = useTranslation();
  if (entries.length === 0) return null;
  const caption = t(kind === 'person' ? 'names.wizard.persons' : 'names.wizard.organisations');
  const scored = (score: number) => ({ words: t(scoreWord(score)), score });
  /** an actor of the project as a candidate: its name, and how alike (the same name needs no number) */
  const candidateText = (c: { label: string; score: number }) =>
    c.score >= 1 ? t('names.wizard.candidateExact', { label: c.label }) : t('names.wizard.candidate', { label: c.label, ...scored(c.score) });
  return (
    <section className="value-group" aria-label={caption}>
      <h3>{caption}</h3>
      <table className="data-table value-map name-map">
        <thead>
          <tr>
            <th scope="col">{t('names.wizard.name')}</th>
            <th scope="col" className="num">
              {t('names.wizard.count')}
            </th>
            <th scope="col">{t('names.wizard.best')}</th>
            <th scope="col">{t('names.wizard.becomes')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const choice = choiceOf(mapping, entry, createUnmatched);
            const best = entry.candidates[0];
            const similar = entry.similar[0];
            const chosenActor = choice.startsWith('actor:') ? choice.slice(6) : null;
            const listed = entry.candidates.some((c) => c.actorId === chosenActor);
            const others = entry.spellings.filter((s) => s !== entry.name);
            return (
              <tr key={entry.name} className={choice === '' ? 'unmatched' : undefined}>
                <td>
                  {entry.name}
                  {others.length > 0 && <div className="muted small">{t('names.wizard.alsoWritten', { spellings: others.join(', ') })}</div>}
                </td>
                <td className="num">{entry.count}</td>
                <td>
                  {best
                    ? candidateText(best)
                    : similar
                      ? t('names.wizard.sameInFile', { name: similar.name, ...scored(similar.score) })
                      : t('names.wizard.noMatch')}
                </td>
                <td>
                  <select aria-label={`${caption}: ${entry.name}`} value={choice} onChange={(e) => onMapping(setNameChoice(mapping, entry, e.target.value))}>
                    {choice === '' && <option value="">{t('names.wizard.choose')}</option>}
                    {entry.candidates.map((c) => (
                      <option key={c.actorId} value={`actor:${c.actorId}`}>
                        {candidateText(c)}
                      </option>
                    ))}
                    {chosenActor !== null && !listed && <option value={choice}>{actorLabel(chosenActor) ?? chosenActor}</option>}
                    {choice.startsWith('same:') && !entry.similar.some((s) => `same:${s.name}` === choice) && (
                      <option value={choice}>{t('names.wizard.sameAs', { name: choice.slice(5) })}</option>
                    )}
                    {entry.similar.map((s) => (
                      <option key={s.name} value={`same:${s.name}`}>
                        {t('names.wizard.sameInFile', { name: s.name, ...scored(s.score) })}
                      </option>
                    ))}
                    <option value="new">{t('names.wizard.newActor', { name: entry.label })}</option>
                    <option value="skip">{t('names.wizard.skip')}</option>
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
