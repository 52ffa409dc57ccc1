/**
 * Figures the bench scripts measure, gathered in one file so that the last script of
 * `npm run bench` can print them together against the targets of issue 15 (summary.ts).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FILE = join(tmpdir(), 'brobygger-bench-figures.json');

export type FigureKey =
  | `firstMap.${number}`
  | `firstFindings.${number}`
  | `estimateShown.${number}`
  | `exactShown.${number}`
  | `tieFindings.${number}`
  | `panP95.${number}`
  | 'exactVsIgraph'
  | `valuedVsCounted.${number}`;

/** a measured value: seconds or milliseconds as the key's row says, or a ratio */
export function recordFigure(key: FigureKey, value: number): void {
  const figures = readFigures();
  figures[key] = value;
  writeFileSync(FILE, JSON.stringify(figures));
}

export function readFigures(): Partial<Record<FigureKey, number>> {
  return existsSync(FILE) ? (JSON.parse(readFileSync(FILE, 'utf8')) as Partial<Record<FigureKey, number>>) : {};
}

export function clearFigures(): void {
  rmSync(FILE, { force: true });
}
