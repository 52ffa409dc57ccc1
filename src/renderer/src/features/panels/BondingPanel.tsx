import { useMemo, useState } from 'react';
import type { ActorResult, AnalysisResult } from '../../../../core/analysis/analyze';
import { eiCounting } from '../../../../core/analysis/bonding';
import type { ProjectData } from '../../../../core/model/schema';
import { EiChart, type EiBar } from './EiChart';
import { explainActor, explainGroup, explainOrganisation, type ActorFigures as Figures } from './explain';
import { bondingVerdict, danishCollator, expectedGroupEi, groupByName, namesOf, nextSort, orDash, sectorsOf, sortRows, type SortDirection, type SortState } from './panel-model';
import { ChoosableRow, Figure, Section, SectorName, ShowMore, SortHeader, useLimit, usePanelText, type Choosing } from './panel-parts';
import { TableExport } from '../../components/TableExport';

type ActorColumn = 'label' | 'group' | 'degree' | 'betweenness' | 'constraint' | 'brokerage' | 'ei';

/** The actors' table's figure columns, in order after the actor's name. */
const ACTOR_CELLS = ['degree', 'betweenness', 'constraint', 'brokerage', 'ei'] as const satisfies readonly ActorColumn[];

const ACTOR_VALUE: Record<ActorColumn, (a: ActorResult, group: string, figures: Figures) => string | number | null> = {
  label: (a) => a.label,
  group: (_a, group) => group,
  // the ties as entered (Freeman degree counts an undirected tie both ways when some are directed)
  degree: (a, _g, f) => (f === 'valued' ? (a.valued?.strength ?? null) : a.ties),
  betweenness: (a, _g, f) => (f === 'valued' ? (a.valued?.betweenness ?? null) : a.betweenness),
  constraint: (a, _g, f) => (f === 'valued' ? (a.valued?.constraint ?? null) : a.constraint),
  brokerage: (a) => a.brokerage.total,
  ei: (a, _g, f) => (f === 'valued' ? (a.valued?.eiIndex ?? null) : a.eiIndex),
};

/** Bonding and bridging: the whole network against chance, its groups, organisations and actors. */
export function BondingPanel({ result, data, choosing }: { result: AnalysisResult; data: ProjectData; choosing: Choosing }) {
  const { say, lang, nums } = usePanelText();
  const bb = result.bondingBridging;
  const thresholds = data.settings.analysis.thresholds;
  const name = useMemo(() => namesOf(data), [data]);
  const sector = useMemo(() => sectorsOf(data, lang), [data, lang]);
  // an attribute the codebook defines goes by its label
  const groupBy = data.codebooks.attributes.find((d) => d.appliesTo === 'actors' && d.key === bb.groupBy)?.label[lang] ?? groupByName(bb.groupBy, say);
  const actorCount = result.network.actors;
  // E-I's own counts, said only where they differ from the ties as entered
  const counting = eiCounting(bb, result.network.directed);

  const groups = useMemo(
    () =>
      [...bb.groups]
        .map((g) => ({ row: g, label: g.label[lang], expected: expectedGroupEi(g.size, actorCount) }))
        .sort((x, y) => y.row.size - x.row.size || danishCollator.compare(x.label, y.label)),
    [bb.groups, lang, actorCount],
  );
  const groupLabel = useMemo(() => new Map(groups.map((g) => [g.row.group, g.label])), [groups]);
  const bars: EiBar[] = [
    { key: '', label: say('panels.bonding.wholeNetwork'), ei: bb.eiIndex, expected: bb.expectedEiIndex, total: true },
    ...groups.map((g) => ({ key: g.row.group, label: g.label, ei: g.row.eiIndex, expected: g.expected })),
  ];

  // the most inward-looking organisations first: they are the ones to act on
  const organisations = useMemo(
    () => sortRows(sortRows(bb.organisations, (o) => name(o.organisation), 'ascending'), (o) => o.eiIndex, 'ascending'),
    [bb.organisations, name],
  );
  const [orgLimit, moreOrgs] = useLimit();

  const [sort, setSort] = useState<SortState<ActorColumn>>({ column: 'betweenness', direction: 'descending' });
  const onSort = (column: ActorColumn, natural: SortDirection) => setSort((s) => nextSort(s, column, natural));
  const weights = result.options.weights;
  const [chosenFigures, setFigures] = useState<Figures>('counted');
  const figures: Figures = weights.used ? chosenFigures : 'counted';
  const onStrength = figures === 'valued';
  const actors = useMemo(() => {
    const byName = sortRows(result.actors, (a) => a.label, 'ascending');
    return sortRows(byName, (a) => ACTOR_VALUE[sort.column](a, groupLabel.get(a.group) ?? a.group, figures), sort.direction);
  }, [result.actors, sort, groupLabel, figures]);
  const valuedPending = result.measures.valuedPaths?.method === 'pending';
  // the figure's version under its name, on a line of its own: the column stays as narrow as the name
  const strengthMark = <span className="col-version">{say('panels.col.onStrength')}</span>;
  // the top tenth by betweenness, in the figures shown, are read as the network's go-betweens
  const brokerFrom = useMemo(() => {
    const values = result.actors.map((a) => Number(ACTOR_VALUE.betweenness(a, '', figures) ?? 0)).sort((x, y) => y - x);
    return values[Math.floor(values.length / 10)] ?? Infinity;
  }, [result.actors, figures]);
  const [actorLimit, moreActors] = useLimit();
  // only the counted betweenness is ever an estimate: the valued pass is exact or pending
  const estimated = !onStrength && result.measures.betweenness.method === 'approximate';
  const actorCell = (value: string | number | null, column: ActorColumn): string =>
    orDash(typeof value === 'number' ? value : null, (v) => {
      if (column === 'brokerage' || (column === 'degree' && !onStrength)) return nums.int(v);
      if (column === 'betweenness') return `${estimated ? '≈ ' : ''}${nums.num(v, 1)}`;
      return nums.num(v, column === 'degree' ? 1 : 2);
    }, say);

  const groupCell = (group: string) =>
    bb.groupBy === 'sector' ? <SectorName color={sector(group).color} label={groupLabel.get(group) ?? group} /> : (groupLabel.get(group) ?? group);

  return (
    <div className="panel" data-testid="bonding-panel" data-help-topic="eiIndex">
      <Section title={say('panels.bonding.heading')}>
        <div className="figures">
          <Figure label={say('panels.bonding.eiValue')} value={orDash(bb.eiIndex, (v) => nums.num(v), say)} note={say('panels.bonding.eiScale')} />
          <div className="verdict">
            <p className="verdict-main" data-testid="bonding-verdict">
              {bondingVerdict(bb, result.measures.bondingTest, say, nums)}
            </p>
            {bb.eiIndex !== null && (
              <p className="muted" data-testid="bonding-counts">
                {say('panels.bonding.counts', {
                  count: bb.entered.external + bb.entered.internal,
                  across: { words: { key: 'panels.bonding.countsAcross', params: { count: bb.entered.external } } },
                  inside: { words: { key: 'panels.bonding.countsInside', params: { count: bb.entered.internal } } },
                })}{' '}
                {counting && say(`panels.bonding.${counting}`, { external: bb.external, internal: bb.internal })}{' '}
                {bb.expectedEiIndex !== null && say('panels.bonding.expected', { groupBy, expected: nums.num(bb.expectedEiIndex) })}
              </p>
            )}
          </div>
        </div>
        {bb.valued && (
          <div className="figures">
            <Figure label={say('panels.bonding.eiValued')} value={orDash(bb.valued.eiIndex, (v) => nums.num(v), say)} note={say('panels.bonding.eiValuedNote')} />
          </div>
        )}
        <div className="figures three">
          <Figure
            label={say('panels.bonding.levelSector')}
            value={orDash(bb.levels.sector, (v) => nums.num(v), say)}
            note={bb.levels.sector === null ? say('panels.bonding.levelMissing') : undefined}
          />
          <Figure
            label={say('panels.bonding.levelOrganisation')}
            value={orDash(bb.levels.organisation, (v) => nums.num(v), say)}
            note={bb.levels.organisation === null ? say('panels.bonding.levelMissing') : undefined}
          />
          <p className="panel-note muted">{say('panels.bonding.levelsNote')}</p>
        </div>
        <div className="figures two">
          <Figure label={say('panels.bonding.assortativity')} value={orDash(bb.assortativity, (v) => nums.num(v), say)} note={say('panels.bonding.assortativityNote')} />
          <Figure label={say('panels.bonding.modularity')} value={orDash(bb.modularity, (v) => nums.num(v), say)} note={say('panels.bonding.modularityNote')} />
        </div>
      </Section>

      <Section
        title={say('panels.bonding.groupsHeading', { groupBy })}
        note={counting === 'arcsNote' ? say('panels.bonding.groupsArcsNote') : counting === 'mergedNote' ? say('panels.bonding.groupsMergedNote') : undefined}
        testId="groups"
      >
        <EiChart bars={bars} />
        <TableExport table="bondingGroups" rows={groups.map((g) => g.row)} extra={{ groupBy }} />
        <table className="data-table panel-table">
          <thead>
            <tr>
              <th>{say('panels.col.group')}</th>
              <th className="num">{say('panels.col.size')}</th>
              <th className="num">{say('panels.col.internal')}</th>
              <th className="num">{say('panels.col.external')}</th>
              <th className="num">{say('panels.col.ei')}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <ChoosableRow
                key={g.row.group}
                choice={{ kind: 'group', id: g.row.group }}
                choosing={choosing}
                label={groupCell(g.row.group)}
                columns={5}
                explanation={() => explainGroup(g.row, bb.groupBy === 'sector' ? { sector: g.row.group } : g.label, g.expected, thresholds, say, nums)}
              >
                <td className="num">{nums.int(g.row.size)}</td>
                <td className="num">{nums.int(g.row.internal)}</td>
                <td className="num">{nums.int(g.row.external)}</td>
                <td className="num">{orDash(g.row.eiIndex, (v) => nums.num(v), say)}</td>
              </ChoosableRow>
            ))}
          </tbody>
        </table>
      </Section>

      {organisations.length > 0 && (
        <Section title={say('panels.bonding.organisationsHeading')} note={say('panels.bonding.organisationsNote')} testId="organisation-ei">
          <TableExport table="bondingOrganisations" rows={organisations} />
          <table className="data-table panel-table">
            <thead>
              <tr>
                <th>{say('panels.col.organisation')}</th>
                <th className="num">{say('panels.col.members')}</th>
                <th className="num">{say('panels.col.internal')}</th>
                <th className="num">{say('panels.col.external')}</th>
                <th className="num">{say('panels.col.ei')}</th>
              </tr>
            </thead>
            <tbody>
              {organisations.slice(0, orgLimit).map((o) => (
                <ChoosableRow
                  key={o.organisation}
                  choice={{ kind: 'organisation', id: o.organisation }}
                  choosing={choosing}
                  label={name(o.organisation)}
                  columns={5}
                  explanation={() => explainOrganisation(o, name, thresholds, say, nums)}
                >
                  <td className="num">{nums.int(o.members)}</td>
                  <td className="num">{nums.int(o.internal)}</td>
                  <td className="num">{nums.int(o.external)}</td>
                  <td className="num">{orDash(o.eiIndex, (v) => nums.num(v), say)}</td>
                </ChoosableRow>
              ))}
            </tbody>
          </table>
          <ShowMore shown={Math.min(orgLimit, organisations.length)} total={organisations.length} onMore={moreOrgs} />
        </Section>
      )}

      <Section title={say('panels.bonding.actorsHeading')} note={say('panels.bonding.actorsNote')} testId="actors" topic="betweenness">
        <TableExport table="bondingActors" rows={actors} extra={{ groups: bb.groups, valued: weights.used }} />
        {weights.used ? (
          <p className="panel-figures-choice">
            <span className="segmented" role="group" aria-label={say('panels.figures.label')} data-testid="actor-figures">
              {(['counted', 'valued'] as const).map((f) => (
                <button key={f} type="button" className={figures === f ? 'active' : undefined} aria-pressed={figures === f} onClick={() => setFigures(f)}>
                  {say(f === 'counted' ? 'panels.figures.counted' : 'panels.figures.valued')}
                </button>
              ))}
            </span>
            <span className="muted"> {say(onStrength ? (valuedPending ? 'panels.figures.valuedPending' : 'panels.figures.valuedNote') : 'panels.figures.countedNote')}</span>
          </p>
        ) : (
          weights.asked === 'strength' &&
          weights.tiesWithoutStrength > 0 && (
            <p className="muted" data-testid="actor-figures-missing">
              {say('panels.figures.missing', { count: weights.tiesWithoutStrength })}
            </p>
          )
        )}
        <table className="data-table panel-table sortable">
          <thead>
            <tr>
              <SortHeader column="label" also={{ column: 'group', label: say('panels.col.group') }} sort={sort} natural="ascending" onSort={onSort}>
                {say('panels.col.actor')}
              </SortHeader>
              <SortHeader column="degree" sort={sort} natural="descending" onSort={onSort} numeric title={onStrength ? say('panels.col.strengthTitle') : undefined}>
                {say(onStrength ? 'panels.col.strength' : 'panels.col.degree')}
              </SortHeader>
              <SortHeader
                column="betweenness"
                sort={sort}
                natural="descending"
                onSort={onSort}
                numeric
                title={say(onStrength ? 'panels.col.betweennessValuedTitle' : 'panels.col.betweennessTitle')}
              >
                {say('panels.col.betweenness')}
                {onStrength && strengthMark}
              </SortHeader>
              <SortHeader
                column="constraint"
                sort={sort}
                natural="descending"
                onSort={onSort}
                numeric
                title={say(onStrength ? 'panels.col.constraintValuedTitle' : 'panels.col.constraintTitle')}
              >
                {say('panels.col.constraint')}
                {onStrength && strengthMark}
              </SortHeader>
              <SortHeader column="brokerage" sort={sort} natural="descending" onSort={onSort} numeric title={say('panels.col.brokerageTitle')}>
                {say('panels.col.brokerage')}
              </SortHeader>
              <SortHeader column="ei" sort={sort} natural="ascending" onSort={onSort} numeric title={onStrength ? say('panels.col.eiValuedTitle') : undefined}>
                {say('panels.col.ei')}
                {onStrength && strengthMark}
              </SortHeader>
            </tr>
          </thead>
          <tbody>
            {actors.slice(0, actorLimit).map((a) => (
              <ChoosableRow
                key={a.id}
                choice={{ kind: 'actor', id: a.id }}
                choosing={choosing}
                label={a.label}
                sub={groupCell(a.group)}
                columns={6}
                explanation={() => explainActor(a, groupLabel.get(a.group) ?? a.group, brokerFrom, thresholds, say, nums, figures)}
              >
                {ACTOR_CELLS.map((column) => (
                  <td key={column} className="num">
                    {actorCell(ACTOR_VALUE[column](a, '', figures), column)}
                  </td>
                ))}
              </ChoosableRow>
            ))}
          </tbody>
        </table>
        <ShowMore shown={Math.min(actorLimit, actors.length)} total={actors.length} onMore={moreActors} />
      </Section>
    </div>
  );
}
