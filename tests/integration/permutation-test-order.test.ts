import { describe, expect, it, vi } from 'vitest';
import { analysisOptions, analyzeNetwork, prepareNetwork } from '../../src/core/analysis/analyze';
import { analyzeInStages } from '../../src/main/engine/analysis-stages';
import { pathWork } from '../../src/main/engine/parallel-paths';
import { syntheticProject } from '../bench/generate';
import { NotedMemo, rounded } from './analysis-equality';

/** what the analysis did, in order: its stages, the plans of a path update, the permutation tests begun */
const noted = vi.hoisted(() => ({ events: [] as string[] }));

vi.mock('../../src/main/engine/parallel-paths', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/main/engine/parallel-paths')>();
  return {
    ...real,
    parallelPermutations: (...args: Parameters<typeof real.parallelPermutations>) => {
      noted.events.push('test');
      return real.parallelPermutations(...args);
    },
  };
});

describe('the permutation test of bonding and bridging in a staged analysis', () => {
  const data = syntheticProject(300, 1_200);
  const options = analysisOptions(data.settings.analysis, { permutations: 200, monteCarloRuns: 0 });
  const edited = { ...data, ties: data.ties.slice(1) };
  // a network whose whole pass is not quick, as 20,000 actors are on this kind of machine
  const exactQuickWork = pathWork(prepareNetwork(data, options).graph) / 2;
  const stages = { mode: 'auto' as const, progressive: true, onStage: (r: { stage: string }) => noted.events.push(r.stage), exactQuickWork };

  it('begins at once on opening, beside the structure stage', async () => {
    noted.events.length = 0;
    await analyzeInStages(data, options, { ...stages, memo: new NotedMemo(noted.events) });
    expect(noted.events.indexOf('test')).toBeLessThan(noted.events.indexOf('structure'));
  });

  it('waits after an edit to a large network until the first findings are out and the paths planned, and the answers stay those of a fresh analysis', async () => {
    const memo = new NotedMemo(noted.events);
    await analyzeInStages(data, options, { ...stages, memo });
    noted.events.length = 0;
    const report = await analyzeInStages(edited, options, { ...stages, memo });
    expect(noted.events.slice(0, 3)).toEqual(['structure', 'plan', 'test']);
    expect(report.stage).toBe('exact');
    expect(rounded(report.result)).toEqual(rounded(analyzeNetwork(prepareNetwork(edited, options), options)));
  });

  it('begins at once after an edit to a small network, whose one answer is exact', async () => {
    const memo = new NotedMemo(noted.events);
    await analyzeInStages(data, options, { mode: 'auto', progressive: true, memo });
    noted.events.length = 0;
    const report = await analyzeInStages(edited, options, { mode: 'auto', progressive: true, memo, onStage: (r) => noted.events.push(r.stage) });
    expect(noted.events.slice(0, 2)).toEqual(['test', 'plan']);
    expect(report.stage).toBe('exact');
  });
});
