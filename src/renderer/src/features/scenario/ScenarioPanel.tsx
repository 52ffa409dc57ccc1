import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisResult } from '../../../../core/analysis/analyze';
import type { Departure, ScenarioSide } from '../../../../core/analysis/departure';
import { isUserError } from '../../../../core/errors';
import { formatUserError } from '../../../../core/wording/format-error';
import { compositeKey, type ActorPair } from '../../../../core/model/pairs';
import type { ProjectData } from '../../../../core/model/schema';
import { translatorOf } from '../../i18n';
import { ActorSelect } from '../edit';
import { pairItemKey, pairName } from './scenario-model';
import type { ScenarioState } from './use-scenario';
import { TableExport } from '../../components/TableExport';

const MEASURES: ReadonlyArray<keyof ScenarioSide> = [
  'actors',
  'ties',
  'components',
  'carriedCollaborations',
  'crossSectorReach',
  'eiIndex',
  'fragmentation',
];
const FRACTIONAL = new Set<keyof ScenarioSide>(['eiIndex', 'fragmentation']);

/**
 * Departure scenario mode: who leaves, and side by side what the network has before and after,
 * which collaborations end and which come to hang on one link; with the resilience plan's
 * suggestions for making it less fragile. Nothing is stored: the engine analyses a copy.
 */
export function ScenarioPanel({
  data,
  departure,
  onDeparture,
  state,
  result,
  showProposals,
  onShowProposals,
}: {
  data: ProjectData;
  departure: Departure | null;
  onDeparture: (departure: Departure | null) => void;
  state: ScenarioState;
  result: AnalysisResult | null;
  showProposals: boolean;
  onShowProposals: (show: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const labels = useMemo(() => new Map(data.actors.map((a) => [a.id as string, a.label])), [data.actors]);
  const label = (id: string) => labels.get(id) ?? id;
  const titles = useMemo(() => new Map(data.activities.map((a) => [a.id as string, a.title])), [data.activities]);
  const pair = (p: ActorPair) => pairName(p, label);
  const format = useMemo(() => {
    const whole = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
    const fraction = new Intl.NumberFormat(lang, { maximumFractionDigits: 2, minimumFractionDigits: 2 });
    const signed = new Intl.NumberFormat(lang, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
    const list = new Intl.ListFormat(lang, { type: 'conjunction' });
    return { whole, fraction, signed, list };
  }, [lang]);

  const start = (id: string) => {
    if (!id) return;
    const actor = data.actors.find((a) => a.id === id);
    if (!actor) return;
    if (actor.kind !== 'person') onDeparture({ organisation: actor.id });
    else if (departure && 'persons' in departure) onDeparture({ persons: [...departure.persons, actor.id] });
    else onDeparture({ persons: [actor.id] });
  };
  const persons = departure && 'persons' in departure ? departure.persons : [];
  const scenario = state.scenario;
  const plan = result?.resiliencePlan ?? [];

  return (
    <div className="scenario" data-testid="scenario" data-help-topic="departureScenario">
      <p className="muted">{t('workspace.scenarioIntro')}</p>
      <div className="row">
        <ActorSelect
          data={data}
          value=""
          onChange={start}
          label={departure ? t('workspace.scenarioAdd') : t('workspace.scenarioStart')}
          placeholder={departure ? t('workspace.scenarioAdd') : t('workspace.scenarioStart')}
          kinds={departure && 'persons' in departure ? ['person'] : ['person', 'organisation', 'department']}
          exclude={persons}
          name="scenario-actor"
        />
        {departure && (
          <button type="button" onClick={() => onDeparture(null)}>
            {t('workspace.scenarioEnd')}
          </button>
        )}
      </div>

      {departure && (
        <>
          <h3>{t('workspace.scenarioLeaving')}</h3>
          <ul className="chips" aria-label={t('workspace.scenarioLeaving')}>
            {'organisation' in departure ? (
              <li className="chip">{label(departure.organisation)}</li>
            ) : (
              departure.persons.map((p) => (
                <li key={p} className="chip">
                  {label(p)}
                  <button
                    type="button"
                    className="icon"
                    aria-label={t('workspace.scenarioRemove', { name: label(p) })}
                    title={t('workspace.scenarioRemove', { name: label(p) })}
                    onClick={() => {
                      const rest = departure.persons.filter((x) => x !== p);
                      onDeparture(rest.length ? { persons: rest } : null);
                    }}
                  >
                    ×
                  </button>
                </li>
              ))
            )}
          </ul>
          {'organisation' in departure && scenario && scenario.leaving.length > 1 && (
            <p className="muted">{scenario.leaving.slice(1).map(label).join(', ')}</p>
          )}
        </>
      )}

      {state.status === 'computing' && !scenario && <p className="muted" aria-busy="true">{t('workspace.scenarioComputing')}</p>}
      {state.status === 'failed' && (
        <p className="field-error" role="alert">
          {t('workspace.scenarioFailed', {
            message: isUserError(state.error) ? formatUserError(state.error, translatorOf(i18n), 'form') : String(state.error),
          })}
        </p>
      )}

      {departure && scenario && (
        <>
          <TableExport table="scenario" rows={MEASURES} extra={{ scenario, leaving: 'organisation' in departure ? [departure.organisation] : departure.persons }} />
          <table className="data-table compare" data-testid="scenario-table">
            <thead>
              <tr>
                <th>{t('workspace.measure')}</th>
                <th className="num">{t('workspace.before')}</th>
                <th className="num">{t('workspace.after')}</th>
                <th className="num">{t('workspace.change')}</th>
              </tr>
            </thead>
            <tbody>
              {MEASURES.map((m) => {
                const before = scenario.before[m];
                const after = scenario.after[m];
                const f = FRACTIONAL.has(m) ? format.fraction : format.whole;
                const change = before !== null && after !== null ? after - before : null;
                return (
                  <tr key={m} className={change ? 'changed' : undefined}>
                    <td>{t(`workspace.measures.${m}`)}</td>
                    <td className="num">{before === null ? '–' : f.format(before)}</td>
                    <td className="num">{after === null ? '–' : f.format(after)}</td>
                    <td className="num">{change === null || Math.abs(change) < 1e-12 ? '' : format.signed.format(change)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {scenario.lostCollaborations.length === 0 &&
            scenario.weakenedCollaborations.length === 0 &&
            scenario.activities.lost.length === 0 &&
            scenario.activities.unlinked.length === 0 && <p className="muted">{t('workspace.nothingLost')}</p>}
          {scenario.lostCollaborations.length > 0 && (
            <>
              <h3 className="lost">{t('workspace.lost', { count: scenario.lostCollaborations.length })}</h3>
              <ul className="plain" data-testid="scenario-lost">
                {scenario.lostCollaborations.map((p) => (
                  <li key={pairItemKey(p)}>{pair(p)}</li>
                ))}
              </ul>
            </>
          )}
          {scenario.weakenedCollaborations.length > 0 && (
            <>
              <h3 className="weakened">{t('workspace.weakened', { count: scenario.weakenedCollaborations.length })}</h3>
              <ul className="plain" data-testid="scenario-weakened">
                {scenario.weakenedCollaborations.map((p) => (
                  <li key={pairItemKey(p)}>{pair(p)}</li>
                ))}
              </ul>
            </>
          )}
          {scenario.activities.lost.length > 0 && (
            <>
              <h3 className="lost">{t('activities.scenario.lost', { count: scenario.activities.lost.length })}</h3>
              <ul className="plain" data-testid="scenario-activities-lost">
                {scenario.activities.lost.map((id) => (
                  <li key={id}>{titles.get(id) ?? id}</li>
                ))}
              </ul>
            </>
          )}
          {scenario.activities.unlinked.length > 0 && (
            <>
              <h3 className="weakened">{t('activities.scenario.unlinked', { count: scenario.activities.unlinked.length })}</h3>
              <ul className="plain" data-testid="scenario-activities-unlinked">
                {scenario.activities.unlinked.map((id) => (
                  <li key={id}>{titles.get(id) ?? id}</li>
                ))}
              </ul>
            </>
          )}
          <p className="muted small">{t('workspace.scenarioUnchanged')}</p>
        </>
      )}

      <h3>{t('workspace.plan')}</h3>
      {plan.length === 0 ? (
        <p className="muted">{t('workspace.noPlan')}</p>
      ) : (
        <>
          <label className="check">
            <input type="checkbox" checked={showProposals} onChange={(e) => onShowProposals(e.target.checked)} />
            {t('workspace.showProposals')}
          </label>
          <ol className="plan" data-testid="resilience-plan">
            {plan.slice(0, 30).map((action) => {
              const [a, b] = action.kind === 'introduce' ? action.persons : action.organisations;
              const text =
                action.kind === 'introduce'
                  ? t('workspace.planIntroduce', { a: label(a), b: label(b) })
                  : t('workspace.planFormalise', { a: label(a), b: label(b) });
              return (
                <li key={compositeKey([action.kind, a, b])}>
                  {text} <span className="muted">— {t('workspace.planMends', { list: format.list.format(action.mends.map(pair)) })}</span>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </div>
  );
}
