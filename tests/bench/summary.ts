/**
 * The last step of `npm run bench`: the figures the scripts before it measured, in one table
 * against the targets of issue 15 (scale). Prints; asserts nothing.
 */
import { readFigures, type FigureKey } from './figures';

const figures = readFigures();
const SMALL = 2_000;
const LARGE = 20_000;

type Row = [label: string, small: FigureKey | null, large: FigureKey | null, unit: 's' | 'ms' | '×', targets: [string, string]];
const rows: Row[] = [
  ['open to first map', `firstMap.${SMALL}`, `firstMap.${LARGE}`, 's', ['≤ 1 s', '≤ 4 s']],
  ['  the same, 50 actors (what opening costs before size)', 'firstMap.50', null, 's', ['—', '']],
  ['open to the first findings on the map', `firstFindings.${SMALL}`, `firstFindings.${LARGE}`, 's', ['≤ 1.5 s', '≤ 8 s']],
  ['  the same, 50 actors', 'firstFindings.50', null, 's', ['—', '']],
  ['approximate betweenness (ε 0.01, δ 0.1) shown', null, `estimateShown.${LARGE}`, 's', ['—', '≤ 15 s']],
  ['exact betweenness shown (replacing the estimate)', `exactShown.${SMALL}`, `exactShown.${LARGE}`, 's', ['—', '—']],
  ['a tie added until the findings reflect it', `tieFindings.${SMALL}`, `tieFindings.${LARGE}`, 'ms', ['≤ 300 ms', '≤ 3,000 ms']],
  ['  the same, 50 actors', 'tieFindings.50', null, 'ms', ['—', '']],
  ['pan, p95 frame, software rendering', `panP95.${SMALL}`, `panP95.${LARGE}`, 'ms', ['≤ 33 ms', '≤ 100 ms']],
  ['analyze --betweenness exact, 10,000-node BA, / python-igraph', 'exactVsIgraph', null, '×', ['≤ 0.4×', '']],
];

const cell = (key: FigureKey | null, unit: Row[3]) => {
  if (key === null) return '—';
  const v = figures[key];
  if (v === undefined) return 'not measured';
  return unit === 's' ? `${v.toFixed(2)} s` : unit === 'ms' ? `${v.toFixed(0)} ms` : `${v.toFixed(2)}×`;
};

console.log('\nIssue 15 targets: measured (target)');
console.log(`  ${''.padEnd(56)} ${'2,000 / 10,000'.padStart(26)} ${'20,000 / 100,000'.padStart(26)}`);
for (const [label, small, large, unit, [ts, tl]] of rows)
  console.log(`  ${label.padEnd(56)} ${`${cell(small, unit)} (${ts})`.padStart(26)} ${large === null ? '' : `${cell(large, unit)} (${tl})`.padStart(26)}`);

// issue 16: the valued path pass against the count-based one, on one thread
console.log('\nIssue 16 target: the valued path pass (distances 1 / strength) / the count-based one');
for (const [label, key] of [
  ['  2,000-actor project', `valuedVsCounted.${SMALL}`],
  ['  10,000-node BA graph, strengths 1–5', 'valuedVsCounted.10000'],
] as const)
  console.log(`  ${label.padEnd(56)} ${`${cell(key, '×')} (≤ 1.5×)`.padStart(26)}`);
