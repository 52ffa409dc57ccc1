import { useMemo } from 'react';
import type { AnalysisResult } from '../../../../core/analysis/analyze';
import { soleCarrier, type Collaboration, type CollaborationFlag, type Severity } from '../../../../core/analysis/dependency';
import type { ProjectData } from '../../../../core/model/schema';
import { explainCollaboration, explainKeyPerson } from './explain';
import { byRisk, collaborationId, danishCollator, namesOf, orDash, sameSelection, type PanelKey } from './panel-model';
import { ChoosableRow, ExplanationText, Section, ShowMore, useLimit, usePanelText, type Choosing } from './panel-parts';
import { TableExport } from '../../components/TableExport';

const FLAG_KEY: Record<CollaborationFlag, PanelKey> = {
  'single-relationship': 'panels.dependency.flagSingleRelationship',
  'single-person': 'panels.dependency.flagSinglePerson',
  'informal-only': 'panels.dependency.flagInformalOnly',
};
/** A flag's badge: one carrier that is a member of both organisations is one person, not one tie. */
const flagKey = (c: Collaboration, f: CollaborationFlag): PanelKey =>
  f === 'single-relationship' && soleCarrier(c)?.kind === 'member' ? 'panels.dependency.flagSharedMember' : FLAG_KEY[f];
const SEVERITY_KEY: Record<Severity, PanelKey> = {
  high: 'panels.dependency.severityHigh',
  medium: 'panels.dependency.severityMedium',
  low: 'panels.dependency.severityLow',
};

const hingesOnOne = (c: Collaboration) => c.flags.includes('single-relationship') || c.flags.includes('single-person');

/** Person-dependency: collaborations by risk, the persons they hang on, and key-player loss. */
export function DependencyPanel({ result, data, choosing }: { result: AnalysisResult; data: ProjectData; choosing: Choosing }) {
  const { say, nums } = usePanelText();
  const name = useMemo(() => namesOf(data), [data]);
  const collaborations = useMemo(() => byRisk(result.collaborations, name), [result.collaborations, name]);
  const flagged = useMemo(() => result.collaborations.filter(hingesOnOne).length, [result.collaborations]);
  const [limit, more] = useLimit();
  const keyPersons = useMemo(
    () =>
      [...result.keyPersons].sort(
        (x, y) =>
          y.collaborationsLost.length - x.collaborationsLost.length ||
          y.crossSectorReachLost - x.crossSectorReachLost ||
          danishCollator.compare(name(x.person), name(y.person)),
      ),
    [result.keyPersons, name],
  );
  const [keyLimit, moreKeys] = useLimit();
  const frag = result.fragmentation;
  const keyPlayersChoice = { kind: 'keyPlayers' as const, id: 'key-players' };
  const keyPlayersChosen = sameSelection(choosing.selection, keyPlayersChoice);

  const connectivity = (c: Collaboration) => {
    if (c.vertexConnectivity === null || c.edgeConnectivity === null) return say('panels.dependency.connectivityDirect');
    const count = (v: number) => (c.connectivityExact ? nums.int(v) : say('panels.dependency.atLeast', { value: nums.int(v) }));
    return say('panels.dependency.connectivityCell', { vertex: count(c.vertexConnectivity), edge: count(c.edgeConnectivity) });
  };

  return (
    <div className="panel" data-testid="dependency-panel" data-help-topic="flags">
      <Section title={say('panels.nav.dependency')}>
        <p className="verdict-main">
          {say('panels.dependency.summary', { count: result.collaborations.length, flagged: { words: { key: 'panels.dependency.flagged', params: { count: flagged } } } })}
        </p>
        {result.expectedCollaborationsLost !== null && (
          <p>
            <strong data-testid="expected-lost">{say('panels.dependency.expectedLost', { value: nums.num(result.expectedCollaborationsLost, 1) })}</strong>{' '}
            <span className="muted">{say('panels.dependency.expectedLostNote')}</span>
          </p>
        )}
      </Section>

      <Section title={say('panels.dependency.collaborationsHeading')} note={say('panels.dependency.connectivityNote')} testId="collaborations" topic="carriers">
        {collaborations.length === 0 ? (
          <p className="muted">{say('panels.dependency.collaborationsNone')}</p>
        ) : (
          <>
            <TableExport table="collaborations" rows={collaborations} />
            <table className="data-table panel-table">
              <thead>
                <tr>
                  <th>{say('panels.col.collaboration')}</th>
                  <th>{say('panels.col.carriers')}</th>
                  <th className="num">{say('panels.col.survival')}</th>
                  <th className="num">{say('panels.col.connectivity')}</th>
                  <th>{say('panels.col.flags')}</th>
                </tr>
              </thead>
              <tbody>
                {collaborations.slice(0, limit).map((c) => (
                  <ChoosableRow
                    key={collaborationId(c)}
                    choice={{ kind: 'collaboration', id: collaborationId(c) }}
                    choosing={choosing}
                    label={`${name(c.a)} – ${name(c.b)}`}
                    columns={5}
                    explanation={() => explainCollaboration(c, name, say, nums)}
                  >
                    <td className="related">
                      {c.carrierPersons.length > 0 ? c.carrierPersons.map(name).join(', ') : say('panels.dependency.noCarriers')}
                    </td>
                    <td className="num">{orDash(c.survival, (v) => nums.pct(v), say)}</td>
                    <td className="num nowrap">{connectivity(c)}</td>
                    <td>
                      <div className="badges">
                        {c.severity !== null && <span className={`severity severity-${c.severity}`}>{say(SEVERITY_KEY[c.severity])}</span>}
                        {c.flags.map((f) => (
                          <span key={f} className={`badge flag-${f}`}>
                            {say(flagKey(c, f))}
                          </span>
                        ))}
                      </div>
                    </td>
                  </ChoosableRow>
                ))}
              </tbody>
            </table>
            <ShowMore shown={Math.min(limit, collaborations.length)} total={collaborations.length} onMore={more} />
          </>
        )}
      </Section>

      <Section title={say('panels.dependency.keyPersonsHeading')} note={say('panels.dependency.keyPersonsNote')} testId="key-persons" topic="keyPersons">
        {keyPersons.length === 0 ? (
          <p className="muted">{say('panels.dependency.keyPersonsNone')}</p>
        ) : (
          <>
            <TableExport table="keyPersons" rows={keyPersons} />
            <table className="data-table panel-table">
              <thead>
                <tr>
                  <th>{say('panels.col.person')}</th>
                  <th className="num" title={say('panels.col.lostTitle')}>
                    {say('panels.col.lost')}
                  </th>
                  <th className="num" title={say('panels.col.reachTitle')}>
                    {say('panels.col.reach')}
                  </th>
                  <th className="num" title={say('panels.col.turnoverTitle')}>
                    {say('panels.col.turnover')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {keyPersons.slice(0, keyLimit).map((k) => (
                  <ChoosableRow
                    key={k.person}
                    choice={{ kind: 'keyPerson', id: k.person }}
                    choosing={choosing}
                    label={
                      <>
                        {name(k.person)}
                        {k.articulationPoint && <span className="badge badge-warn">{say('panels.dependency.articulation')}</span>}
                      </>
                    }
                    columns={4}
                    explanation={() => explainKeyPerson(k, name, say, nums)}
                  >
                    <td className="num">{nums.int(k.collaborationsLost.length)}</td>
                    <td className="num">{nums.int(k.crossSectorReachLost)}</td>
                    <td className="num">{nums.pct(k.turnover)}</td>
                  </ChoosableRow>
                ))}
              </tbody>
            </table>
            <ShowMore shown={Math.min(keyLimit, keyPersons.length)} total={keyPersons.length} onMore={moreKeys} />
          </>
        )}
      </Section>

      <Section title={say('panels.dependency.fragmentationHeading')} note={say('panels.dependency.fragmentationNote')} testId="fragmentation" topic="fragmentation">
        {frag.intact.F !== null && (
          <p>{say('panels.dependency.fragmentationIntact', { share: nums.pct(frag.intact.F), F: nums.num(frag.intact.F) })}</p>
        )}
        {frag.keyPlayers.members.length === 0 || frag.keyPlayers.F === null ? (
          <p className="muted">{say('panels.dependency.fragmentationNone')}</p>
        ) : (
          <>
            <p>
              {say('panels.dependency.fragmentationAfter', {
                names: nums.list(frag.keyPlayers.members.map(name)),
                share: nums.pct(frag.keyPlayers.F),
                F: nums.num(frag.keyPlayers.F),
                DF: orDash(frag.keyPlayers.DF, (v) => nums.num(v), say),
                DFintact: orDash(frag.intact.DF, (v) => nums.num(v), say),
              })}{' '}
              {frag.keyPlayers.dfEstimated && <span className="muted">{say('panels.dependency.fragmentationEstimated')}</span>}
            </p>
            <button type="button" aria-pressed={keyPlayersChosen} onClick={() => choosing.onChoose(keyPlayersChoice)}>
              {say('panels.dependency.fragmentationShow')}
            </button>
            {keyPlayersChosen && (
              <ExplanationText
                explanation={{ lines: [say('panels.dependency.explainKeyPlayers')], advice: [say('panels.dependency.recommendKeyPlayers')] }}
                whatToDo={say('panels.common.whatToDo')}
              />
            )}
          </>
        )}
      </Section>
    </div>
  );
}
