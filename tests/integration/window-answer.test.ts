/**
 * The analysis leaves its thread as JSON text (window-answer.ts) and is read back only in the
 * window, or in the engine where a report needs it. Whatever JSON cannot carry (NaN, Infinity,
 * undefined, typed arrays) would come out changed; these analyses must come out as they went in.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analysisOptions, beginAnalysis, pathResultsOf, prepareNetwork } from '../../src/core/analysis/analyze';
import { pathStats } from '../../src/core/analysis/paths';
import { valueOfJsonText } from '../../src/core/api/json-text';
import type { ProjectData } from '../../src/core/model/schema';
import { ProjectStore } from '../../src/main/engine/project-store';
import { forWindow, windowAnswer } from '../../src/main/engine/window-answer';
import { syntheticProject } from '../bench/generate';
import { storeOptions } from '../helpers/store';
import { copySample } from './fixtures/sample';

const dir = mkdtempSync(join(tmpdir(), 'brobygger-window-answer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function read(data: Parameters<typeof ProjectStore.create>[3], name: string): ProjectData {
  const store = ProjectStore.create(join(dir, `${name}.brobygger`), name, storeOptions(), data);
  try {
    return store.read();
  } finally {
    store.close();
  }
}

function sample(): ProjectData {
  const store = ProjectStore.open(copySample(dir), storeOptions());
  try {
    return store.read();
  } finally {
    store.close();
  }
}


describe('an analysis sent as its JSON text', () => {
  it.each([
    ['the sample project', sample],
    ['a synthetic network of 300 actors', () => read(syntheticProject(300, 1_200), 'synthetic')],
    // no ties: every spread is zero and every share undefined
    ['a network without ties', () => read({ ...syntheticProject(40, 0), ties: [] }, 'tieless')],
  ])('comes back from %s exactly as it was made, at its first stage and its last', (_, project) => {
    const data = project();
    const options = analysisOptions(data.settings.analysis, { permutations: 50, monteCarloRuns: 100 });
    const net = prepareNetwork(data, options);
    const analysis = beginAnalysis(net, options);
    const structure = { stage: 'structure' as const, result: analysis.first(), complete: false };
    const exact = { stage: 'exact' as const, result: analysis.finish(pathResultsOf(pathStats(net.graph))), complete: true };
    for (const report of [structure, exact]) {
      const sent = windowAnswer(report);
      expect(sent).toMatchObject({ stage: report.stage, complete: report.complete });
      expect(valueOfJsonText(sent.text)).toStrictEqual(structuredClone(forWindow(report).result));
    }
  });
});
