import type { ActorResult, AnalysisResult } from '../analysis/analyze';
import type { DepartureScenario, ScenarioSide } from '../analysis/departure';
import type { Collaboration, KeyPerson, Severity } from '../analysis/dependency';
import type { Finding } from '../analysis/findings';
import type { DyadAsymmetry, ForumRepresentation, SectorShare } from '../analysis/power';
import { MEASURE_DIGITS, type WaveMeasure } from '../analysis/wave-compare-report';
import type { WaveComparison } from '../analysis/wave-compare';
import type { CellValue } from '../format/tables/table-columns-out';
import type { exportTablesDa } from '../i18n/export-tables-da';
import { tableOf, type ColumnSpec, type ExportColumnType, type ExportTable, type TableSpec } from './table';
import type { TableWords } from './words';

/**
 * Every analysis table the app shows, as columns to copy and save: the Analyse tab's bonding and
 * bridging, power and person-dependency tables, the findings, a departure scenario's before and
 * after, two waves side by side, and the timeline's overlaps, gaps and vulnerable activities.
 * A panel hands over the rows it shows, in its order, and `panelTable` reads them into typed rows
 * with `tableOf`. Where a panel puts two things in one cell ("A → B", badges), a table has a
 * column for each, so Excel can sort and filter by them; names are the project's current ones.
 */

type BondingGroup = AnalysisResult['bondingBridging']['groups'][number];
type OrganisationEi = AnalysisResult['bondingBridging']['organisations'][number];

/** A mark of the reception timeline as the app words it (the renderer's TimelineMark fits). */
export interface TimelineMarkRow {
  kind: 'overlap' | 'gap' | 'personDependent' | 'singleLink';
  sentence: string;
  recommendation: string;
  activities: readonly string[];
  window: { from: number; to: number } | null;
  targetGroup: { label: string } | null;
}

export type ScenarioMeasure = keyof ScenarioSide;

/** Each table: the rows a panel shows, and what else its columns or title need. */
interface PanelTables {
  bondingGroups: { row: BondingGroup; extra: { groupBy: string } };
  bondingOrganisations: { row: OrganisationEi; extra: undefined };
  bondingActors: { row: ActorResult; extra: { groups: ReadonlyArray<Pick<BondingGroup, 'group' | 'label'>>; valued?: boolean } };
  powerSectors: { row: SectorShare; extra: undefined };
  powerDyads: { row: DyadAsymmetry; extra: undefined };
  powerLinking: { row: DyadAsymmetry; extra: undefined };
  powerForums: { row: ForumRepresentation; extra: undefined };
  collaborations: { row: Collaboration; extra: undefined };
  keyPersons: { row: KeyPerson; extra: undefined };
  findings: { row: Finding; extra: undefined };
  scenario: { row: ScenarioMeasure; extra: { scenario: DepartureScenario; leaving: readonly string[] } };
  waveFigures: { row: WaveMeasure; extra: { comparison: WaveComparison } };
  timelineMarks: { row: TimelineMarkRow; extra: undefined };
}

export type PanelTableId = keyof PanelTables;
type Row<K extends PanelTableId> = PanelTables[K]['row'];
type Extra<K extends PanelTableId> = PanelTables[K]['extra'];

/** A panel's table, named by id, with its rows (and what else it needs, where it needs more). */
export type PanelTableInput<K extends PanelTableId = PanelTableId> = K extends PanelTableId
  ? { table: K; rows: ReadonlyArray<Row<K>> } & (Extra<K> extends undefined ? { extra?: undefined } : { extra: Extra<K> })
  : never;

type ColumnKey = keyof typeof exportTablesDa.col;

/** Column makers for rows of one type, headed in the reader's language. */
function columnsFor<R>(w: TableWords) {
  const make =
    (type: ExportColumnType) =>
    (key: ColumnKey, value: (row: R) => CellValue, digits?: number): ColumnSpec<R> =>
      digits === undefined ? { name: w.say(`exportTables.col.${key}`), type, value } : { name: w.say(`exportTables.col.${key}`), type, value, digits };
  return { text: make('text'), number: make('number'), share: make('share'), boolean: make('boolean') };
}

const SEVERITY = { high: 'ui.severityHigh', medium: 'ui.severityMedium', low: 'ui.severityLow' } as const;
const severityWord = (w: TableWords, s: Severity | null) => (s === null ? null : w.say(SEVERITY[s]));

/** A power part as who it favours: a name, a word for an even part, nothing where none is recorded. */
function favoured(w: TableWords, d: DyadAsymmetry, part: number | null, even: keyof typeof exportTablesDa.values): string | null {
  if (part === null) return null;
  if (part === 0) return w.say(`exportTables.values.${even}`);
  return w.actor(part > 0 ? d.source : d.target);
}

/** after − before, where both are known */
const difference = (before: number | null, after: number | null): number | null => (before === null || after === null ? null : after - before);

/** A value to the decimals it is shown with (a rounded-away negative is a plain 0). */
const rounded = (value: number | null, digits: number): number | null => (value === null ? null : Number(value.toFixed(digits)) + 0);

const SPECS: { [K in PanelTableId]: (w: TableWords, extra: Extra<K>) => TableSpec<Row<K>> } = {
  bondingGroups: (w, { groupBy }) => {
    const c = columnsFor<BondingGroup>(w);
    return {
      title: w.say('panels.bonding.groupsHeading', { groupBy }),
      columns: [
        c.text('group', (g) => g.label[w.lang]),
        c.number('actors', (g) => g.size),
        c.number('internal', (g) => g.internal),
        c.number('external', (g) => g.external),
        c.number('ei', (g) => g.eiIndex, 2),
      ],
    };
  },
  bondingOrganisations: (w) => {
    const c = columnsFor<OrganisationEi>(w);
    return {
      title: w.say('panels.bonding.organisationsHeading'),
      columns: [
        c.text('organisation', (o) => w.actor(o.organisation)),
        c.number('members', (o) => o.members),
        c.number('internal', (o) => o.internal),
        c.number('external', (o) => o.external),
        c.number('ei', (o) => o.eiIndex, 2),
      ],
    };
  },
  bondingActors: (w, { groups, valued }) => {
    const c = columnsFor<ActorResult>(w);
    const label = new Map(groups.map((g) => [g.group, g.label[w.lang]]));
    return {
      title: w.say('panels.bonding.actorsHeading'),
      columns: [
        c.text('actor', (a) => w.actor(a.id)),
        c.text('group', (a) => label.get(a.group) ?? a.group),
        c.number('degree', (a) => a.ties),
        c.number('betweenness', (a) => a.betweenness, 2),
        c.number('constraint', (a) => a.constraint, 3),
        c.number('brokerage', (a) => a.brokerage.total),
        c.number('ei', (a) => a.eiIndex, 2),
        // where the analysis is valued, both versions go out, each column named by its version
        ...(valued
          ? [
              c.number('strength', (a) => a.valued?.strength ?? null, 2),
              c.number('betweennessValued', (a) => a.valued?.betweenness ?? null, 2),
              c.number('constraintValued', (a) => a.valued?.constraint ?? null, 3),
              c.number('eiValued', (a) => a.valued?.eiIndex ?? null, 2),
            ]
          : []),
      ],
    };
  },
  powerSectors: (w) => {
    const c = columnsFor<SectorShare>(w);
    return {
      title: w.say('panels.power.sectorsHeading'),
      columns: [
        c.text('sector', (s) => w.sector(s.sector)),
        c.share('initiativeShare', (s) => s.initiative),
        c.share('mandateShare', (s) => s.mandate),
        c.share('resourcesShare', (s) => s.resourcesGiven),
        c.share('betweennessShare', (s) => s.betweennessShare),
        c.share('populationShare', (s) => s.populationShare),
      ],
    };
  },
  powerDyads: (w) => {
    const c = columnsFor<DyadAsymmetry>(w);
    return {
      title: w.say('panels.power.dyadsHeading'),
      columns: [
        c.text('from', (d) => w.actor(d.source)),
        c.text('to', (d) => w.actor(d.target)),
        c.text('stronger', (d) => (d.score === null ? null : d.score === 0 ? w.say('exportTables.values.balanced') : w.actor(d.score > 0 ? d.source : d.target))),
        c.number('asymmetry', (d) => (d.score === null ? null : Math.abs(d.score)), 2),
        c.text('initiative', (d) => favoured(w, d, d.parts.initiative, 'both')),
        c.text('mandate', (d) => favoured(w, d, d.parts.mandate, 'shared')),
        c.text('resourcesFrom', (d) => favoured(w, d, d.parts.resources, 'evenly')),
        // the dependent end is the one the part does not favour
        c.text('dependent', (d) => favoured(w, d, d.parts.dependence === null ? null : -d.parts.dependence, 'mutual')),
        c.text('supplier', (d) => (d.parts.governance === null ? null : d.parts.governance === 1 ? w.actor(d.target) : w.say('exportTables.values.partnership'))),
        c.boolean('linking', (d) => d.linking),
      ],
    };
  },
  powerLinking: (w) => {
    const c = columnsFor<DyadAsymmetry>(w);
    const sectorOf = (id: string) => {
      const s = w.actorRecord(id)?.sector ?? null;
      return s === null ? null : w.sector(s);
    };
    const carries = (d: DyadAsymmetry) => {
      const t = w.tieRecord(d.tie);
      const mandate = t?.mandate === 'source' || t?.mandate === 'target';
      const funds = t?.resourceFlow === 'toTarget' || t?.resourceFlow === 'toSource' || t?.resourceFlow === 'both';
      return w.say(mandate && funds ? 'panels.power.carriesBoth' : mandate ? 'panels.power.carriesMandate' : 'panels.power.carriesResources');
    };
    return {
      title: w.say('panels.power.linkingHeading'),
      columns: [
        c.text('from', (d) => w.actor(d.source)),
        c.text('to', (d) => w.actor(d.target)),
        c.text('fromSector', (d) => sectorOf(d.source)),
        c.text('toSector', (d) => sectorOf(d.target)),
        c.text('carries', carries),
      ],
    };
  },
  powerForums: (w) => {
    const c = columnsFor<ForumRepresentation>(w);
    const sectors = (keys: readonly string[]) => (keys.length === 0 ? null : w.list(keys.map(w.sector)));
    return {
      title: w.say('panels.power.forumsHeading'),
      columns: [
        c.text('forum', (f) => f.label),
        c.number('seats', (f) => f.seats),
        c.text('distribution', (f) => (f.bySector.length === 0 ? null : f.bySector.map((s) => `${w.sector(s.sector)} ${String(s.seats)}`).join(', '))),
        c.text('dominant', (f) => (f.dominant === null ? null : w.sector(f.dominant))),
        c.text('chair', (f) => sectors(f.chairSectors)),
        c.boolean('hasMandate', (f) => f.hasMandate),
        c.text('missing', (f) => sectors(f.missing)),
      ],
    };
  },
  collaborations: (w) => {
    const c = columnsFor<Collaboration>(w);
    const direct = (x: Collaboration) => x.vertexConnectivity === null || x.edgeConnectivity === null;
    return {
      title: w.say('panels.dependency.collaborationsHeading'),
      columns: [
        c.text('organisationA', (x) => w.actor(x.a)),
        c.text('organisationB', (x) => w.actor(x.b)),
        c.text('carrierPersons', (x) => (x.carrierPersons.length === 0 ? null : x.carrierPersons.map(w.actor).join(', '))),
        c.number('carriers', (x) => x.carriers),
        c.share('survival', (x) => x.survival),
        c.number('vertexConnectivity', (x) => x.vertexConnectivity),
        c.number('edgeConnectivity', (x) => x.edgeConnectivity),
        c.boolean('connectivityExact', (x) => (direct(x) ? null : x.connectivityExact)),
        c.text('severity', (x) => severityWord(w, x.severity)),
        c.boolean('singleRelationship', (x) => x.flags.includes('single-relationship')),
        c.boolean('singlePerson', (x) => x.flags.includes('single-person')),
        c.boolean('informalOnly', (x) => x.flags.includes('informal-only')),
        c.number('risk', (x) => x.risk, 2),
      ],
    };
  },
  keyPersons: (w) => {
    const c = columnsFor<KeyPerson>(w);
    return {
      title: w.say('panels.dependency.keyPersonsHeading'),
      columns: [
        c.text('person', (k) => w.actor(k.person)),
        c.number('collaborationsLost', (k) => k.collaborationsLost.length),
        c.number('reachLost', (k) => k.crossSectorReachLost),
        c.share('turnover', (k) => k.turnover),
        c.boolean('articulation', (k) => k.articulationPoint),
      ],
    };
  },
  findings: (w) => {
    const c = columnsFor<Finding>(w);
    return {
      title: w.say('exportTables.titles.findings'),
      columns: [
        c.text('severity', (f) => severityWord(w, f.severity)),
        c.text('finding', (f) => w.word(f.message)),
        c.text('recommendation', (f) => w.word(f.recommendation)),
      ],
    };
  },
  // a scenario's and a comparison's measures mix counts and fractions in one column: each is
  // given to the decimals the app shows it with, and a workbook shows them as they are
  scenario: (w, { scenario, leaving }) => {
    const c = columnsFor<ScenarioMeasure>(w);
    const digits = (m: ScenarioMeasure) => (m === 'eiIndex' || m === 'fragmentation' ? 2 : 0);
    return {
      title: w.say('exportTables.titles.scenario', { count: leaving.length, leaving: w.list(leaving.map(w.actor)) }),
      columns: [
        c.text('measure', (m) => w.say(`workspace.measures.${m}`)),
        c.number('before', (m) => rounded(scenario.before[m], digits(m))),
        c.number('after', (m) => rounded(scenario.after[m], digits(m))),
        c.number('change', (m) => rounded(difference(scenario.before[m], scenario.after[m]), digits(m))),
      ],
    };
  },
  waveFigures: (w, { comparison }) => {
    const c = columnsFor<WaveMeasure>(w);
    const [a, b] = [comparison.a, comparison.b];
    const named = (spec: ColumnSpec<WaveMeasure>, name: string): ColumnSpec<WaveMeasure> => ({ ...spec, name });
    return {
      title: w.say('exportTables.titles.waveFigures', { a: a.label, b: b.label }),
      columns: [
        c.text('measure', (m) => w.say(`waves.measures.${m}`)),
        named(c.number('before', (m) => rounded(a[m], MEASURE_DIGITS[m])), a.label),
        named(c.number('after', (m) => rounded(b[m], MEASURE_DIGITS[m])), b.label),
        c.number('change', (m) => rounded(difference(a[m], b[m]), MEASURE_DIGITS[m])),
      ],
    };
  },
  timelineMarks: (w) => {
    const c = columnsFor<TimelineMarkRow>(w);
    return {
      title: w.say('timeline.marks.title'),
      columns: [
        c.text('kind', (m) => w.say(`timeline.marks.${m.kind}`)),
        c.text('finding', (m) => m.sentence),
        c.text('targetGroup', (m) => m.targetGroup?.label ?? null),
        c.number('fromWeek', (m) => m.window?.from ?? null),
        c.number('toWeek', (m) => m.window?.to ?? null),
        c.text('activities', (m) => (m.activities.length === 0 ? null : m.activities.map(w.activity).join(', '))),
        c.text('recommendation', (m) => m.recommendation || null),
      ],
    };
  },
};

/** The spec of the input's table. The input's table, rows and extra belong together
 * (PanelTableInput), which TypeScript cannot follow through the lookup. */
function specOf<K extends PanelTableId>(input: PanelTableInput<K>, words: TableWords): TableSpec<Row<K>> {
  return (SPECS[input.table] as (w: TableWords, extra: Extra<K>) => TableSpec<Row<K>>)(words, input.extra);
}

/** A panel's table as typed rows, headed and worded in the reader's language. */
export function panelTable<K extends PanelTableId>(input: PanelTableInput<K>, words: TableWords): ExportTable {
  return tableOf(specOf(input, words), input.rows);
}

/** A panel's table's title alone, without reading its rows: what its buttons are named by. */
export function panelTableTitle<K extends PanelTableId>(input: PanelTableInput<K>, words: TableWords): string {
  return specOf(input, words).title;
}
