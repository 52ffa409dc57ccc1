import { useMemo } from 'react';
import type { AnalysisResult } from '../../../../core/analysis/analyze';
import type { DyadAsymmetry } from '../../../../core/analysis/power';
import type { ProjectData } from '../../../../core/model/schema';
import { dyadParts, explainDyad, explainForum, explainSector, recordedParts, strongerSide } from './explain';
import { danishCollator, namesOf, orDash, sectorsOf, type Numbers } from './panel-model';
import { ChoosableRow, Figure, Section, SectorName, ShowMore, useLimit, usePanelText, type Choosing } from './panel-parts';
import { TableExport } from '../../components/TableExport';

/** A share as a number and a bar, so a column of shares reads at a glance. */
function ShareCell({ value, nums, none }: { value: number | null; nums: Numbers; none: string }) {
  if (value === null) return <td className="num muted">{none}</td>;
  return (
    <td className="num share">
      {nums.pct(value)}
      <span className="share-bar" aria-hidden="true">
        <span style={{ width: `${Math.round(Math.min(1, Math.max(0, value)) * 100)}%` }} />
      </span>
    </td>
  );
}

/** Power asymmetry: sectors' shares, reciprocity and hierarchy, uneven ties, linking ties, forums. */
export function PowerPanel({ result, data, choosing }: { result: AnalysisResult; data: ProjectData; choosing: Choosing }) {
  const { say, lang, nums } = usePanelText();
  const power = result.power;
  const thresholds = data.settings.analysis.thresholds;
  const name = useMemo(() => namesOf(data), [data]);
  const sector = useMemo(() => sectorsOf(data, lang), [data, lang]);
  const sectorLabel = (key: string) => sector(key).label;
  const none = say('panels.common.none');

  const ties = useMemo(() => new Map(data.ties.map((t) => [t.id as string, t])), [data.ties]);
  const actorSector = useMemo(() => new Map<string, string | null>(result.actors.map((a) => [a.id, a.sector])), [result.actors]);
  const tieLabel = (d: DyadAsymmetry) => `${name(d.source)} ${ties.get(d.tie)?.directed ? '→' : '–'} ${name(d.target)}`;

  // the strongest imbalance first, whichever way it leans; of equal ones, those resting on
  // more recorded parts (a score of 1 from initiative alone says less than one from three parts)
  const dyads = useMemo(
    () =>
      power.dyads
        .filter((d) => d.score !== null)
        .sort(
          (x, y) =>
            Math.abs(y.score ?? 0) - Math.abs(x.score ?? 0) ||
            recordedParts(y) - recordedParts(x) ||
            danishCollator.compare(name(x.source), name(y.source)),
        ),
    [power.dyads, name],
  );
  const [dyadLimit, moreDyads] = useLimit();
  const linking = useMemo(
    () => power.dyads.filter((d) => d.linking).sort((x, y) => danishCollator.compare(name(x.source), name(y.source)) || danishCollator.compare(name(x.target), name(y.target))),
    [power.dyads, name],
  );
  const [linkLimit, moreLinks] = useLimit();
  const parity = power.forums[0]?.parityShare ?? null;
  const sectors = useMemo(() => [...power.sectors].sort((x, y) => y.populationShare - x.populationShare), [power.sectors]);

  const carries = (tieId: string) => {
    const t = ties.get(tieId);
    const mandate = t?.mandate === 'source' || t?.mandate === 'target';
    const funds = t?.resourceFlow === 'toTarget' || t?.resourceFlow === 'toSource' || t?.resourceFlow === 'both';
    return mandate && funds ? say('panels.power.carriesBoth') : mandate ? say('panels.power.carriesMandate') : say('panels.power.carriesResources');
  };

  return (
    <div className="panel" data-testid="power-panel" data-help-topic="sectorShares">
      <Section title={say('panels.power.sectorsHeading')} note={say('panels.power.sectorsNote')} testId="sector-shares" topic="sectorShares">
        <TableExport table="powerSectors" rows={sectors} />
        <table className="data-table panel-table">
          <thead>
            <tr>
              <th>{say('panels.col.sector')}</th>
              <th className="num">{say('panels.col.initiative')}</th>
              <th className="num">{say('panels.col.mandate')}</th>
              <th className="num">{say('panels.col.resources')}</th>
              <th className="num" title={say('panels.col.centralTitle')}>
                {say('panels.col.central')}
              </th>
              <th className="num">{say('panels.col.population')}</th>
            </tr>
          </thead>
          <tbody>
            {sectors.map((s) => (
              <ChoosableRow
                key={s.sector}
                choice={{ kind: 'sector', id: s.sector }}
                choosing={choosing}
                label={<SectorName color={sector(s.sector).color} label={sectorLabel(s.sector)} />}
                columns={6}
                explanation={() => explainSector(s, sectorLabel(s.sector), thresholds, say, nums)}
              >
                <ShareCell value={s.initiative} nums={nums} none={none} />
                <ShareCell value={s.mandate} nums={nums} none={none} />
                <ShareCell value={s.resourcesGiven} nums={nums} none={none} />
                <ShareCell value={s.betweennessShare} nums={nums} none={none} />
                <ShareCell value={s.populationShare} nums={nums} none={none} />
              </ChoosableRow>
            ))}
          </tbody>
        </table>
      </Section>

      <Section title={say('panels.power.reciprocityHeading')} topic="reciprocity">
        {power.reciprocity.arcs === null ? (
          <p className="muted">{say('panels.power.reciprocityNone')}</p>
        ) : (
          <div className="figures two">
            <Figure
              label={say('panels.power.reciprocity')}
              value={nums.pct(power.reciprocity.arcs)}
              note={`${say('panels.power.reciprocityArcs', { value: nums.pct(power.reciprocity.arcs) })}; ${say('panels.power.reciprocityDyads', {
                value: orDash(power.reciprocity.dyads, (v) => nums.pct(v), say),
              })}.`}
            />
            {result.network.directed && power.krackhardtHierarchy !== null ? (
              <Figure
                label={say('panels.power.hierarchy')}
                value={nums.num(power.krackhardtHierarchy)}
                note={`${power.krackhardtHierarchy >= thresholds.hierarchy ? say('panels.power.hierarchyHigh') : say('panels.power.hierarchyLow')} ${say('panels.power.hierarchyNote')}`}
              />
            ) : (
              <Figure label={say('panels.power.hierarchy')} value={none} note={say('panels.power.hierarchyUndirected')} />
            )}
          </div>
        )}
      </Section>

      <Section title={say('panels.power.dyadsHeading')} note={say('panels.power.dyadsNote')} testId="dyads" topic="dyadAsymmetry">
        {dyads.length === 0 ? (
          <p className="muted">{say('panels.power.dyadsNone')}</p>
        ) : (
          <>
            <TableExport table="powerDyads" rows={dyads} />
            <table className="data-table panel-table">
              <thead>
                <tr>
                  <th>{say('panels.col.tie')}</th>
                  <th className="num">{say('panels.col.score')}</th>
                  <th>{say('panels.col.parts')}</th>
                </tr>
              </thead>
              <tbody>
                {dyads.slice(0, dyadLimit).map((d) => {
                  const side = strongerSide(d);
                  return (
                    <ChoosableRow
                      key={d.tie}
                      choice={{ kind: 'dyad', id: d.tie }}
                      choosing={choosing}
                      label={tieLabel(d)}
                      sub={side ? say('panels.power.strongerIs', { name: name(side.stronger) }) : say('panels.power.balanced')}
                      columns={3}
                      explanation={() => explainDyad(d, name, say, nums)}
                    >
                      <td className="num">{nums.num(Math.abs(d.score ?? 0))}</td>
                      <td>
                        <div className="badges">
                          {dyadParts(d, name, say).map((part) => (
                            <span key={part} className="badge">
                              {part}
                            </span>
                          ))}
                          {d.linking && <span className="badge badge-linking">{say('panels.power.linking')}</span>}
                        </div>
                      </td>
                    </ChoosableRow>
                  );
                })}
              </tbody>
            </table>
            <ShowMore shown={Math.min(dyadLimit, dyads.length)} total={dyads.length} onMore={moreDyads} />
          </>
        )}
      </Section>

      <Section title={`${say('panels.power.linkingHeading')} (${nums.int(linking.length)})`} note={say('panels.power.linkingNote')} testId="linking" topic="linkingTies">
        {linking.length === 0 ? (
          <p className="muted">{say('panels.power.linkingNone')}</p>
        ) : (
          <>
            <TableExport table="powerLinking" rows={linking} />
            <table className="data-table panel-table">
              <thead>
                <tr>
                  <th>{say('panels.col.tie')}</th>
                  <th>{say('panels.col.sectors')}</th>
                  <th>{say('panels.col.carries')}</th>
                </tr>
              </thead>
              <tbody>
                {linking.slice(0, linkLimit).map((d) => (
                  <ChoosableRow
                    key={d.tie}
                    choice={{ kind: 'linking', id: d.tie }}
                    choosing={choosing}
                    label={tieLabel(d)}
                    columns={3}
                    explanation={() => explainDyad(d, name, say, nums)}
                  >
                    <td>
                      {sectorLabel(actorSector.get(d.source) ?? '')} → {sectorLabel(actorSector.get(d.target) ?? '')}
                    </td>
                    <td>{carries(d.tie)}</td>
                  </ChoosableRow>
                ))}
              </tbody>
            </table>
            <ShowMore shown={Math.min(linkLimit, linking.length)} total={linking.length} onMore={moreLinks} />
          </>
        )}
      </Section>

      <Section
        title={say('panels.power.forumsHeading')}
        note={parity !== null && parity > 0 ? say('panels.power.forumsNote', { count: Math.round(1 / parity), parity: nums.pct(parity) }) : undefined}
        testId="forums"
        topic="forumRepresentation"
      >
        {power.forums.length > 0 && <TableExport table="powerForums" rows={power.forums} />}
        {power.forums.length === 0 ? (
          <p className="muted">{say('panels.power.forumsNone')}</p>
        ) : (
          <table className="data-table panel-table">
            <thead>
              <tr>
                <th>{say('panels.col.forum')}</th>
                <th className="num">{say('panels.col.seats')}</th>
                <th>{say('panels.col.distribution')}</th>
              </tr>
            </thead>
            <tbody>
              {power.forums.map((f) => (
                <ChoosableRow
                  key={f.forum}
                  choice={{ kind: 'forum', id: f.forum }}
                  choosing={choosing}
                  label={f.label}
                  columns={3}
                  explanation={() => explainForum(f, sectorLabel, say, nums)}
                >
                  <td className="num">{nums.int(f.seats)}</td>
                  <td>
                    <span className="seat-bar" aria-hidden="true">
                      {f.bySector.map((s) => (
                        <span key={s.sector} style={{ width: `${s.share * 100}%`, background: sector(s.sector).color ?? '#9A9A9A' }} />
                      ))}
                    </span>
                    <span className="seat-list">{f.bySector.map((s) => `${sectorLabel(s.sector)} ${nums.int(s.seats)}`).join(' · ')}</span>
                    <span className="badges">
                      {f.dominant !== null && <span className="badge badge-warn">{say('panels.power.forumDominant', { sector: { sector: f.dominant } })}</span>}
                      {f.chairSectors.length > 0 && (
                        <span className="badge">{say('panels.power.forumChair', { sectors: nums.list(f.chairSectors.map(sectorLabel)) })}</span>
                      )}
                      {!f.hasMandate && <span className="badge badge-warn">{say('panels.power.forumNoMandate')}</span>}
                      {f.missing.length > 0 && (
                        <span className="badge">{say('panels.power.forumMissing', { sectors: nums.list(f.missing.map(sectorLabel)) })}</span>
                      )}
                    </span>
                  </td>
                </ChoosableRow>
              ))}
            </tbody>
          </table>
        )}
      </Section>
    </div>
  );
}
