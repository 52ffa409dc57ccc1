/**
 * The analysis thread is sent each version of the project as changes to the one before it
 * (engine/project-delta.ts). The changes are read from the store's own versions, on a real
 * project file, after each kind of edit; and the analyses the runner makes from them equal
 * analyses of the whole project.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analysisOptions, analyzeNetwork, prepareNetwork, type AnalysisResult } from '../../src/core/analysis/analyze';
import type { ProjectData } from '../../src/core/model/schema';
import { AnalysisRunner } from '../../src/main/engine/analysis-runner';
import { ProjectStore } from '../../src/main/engine/project-store';
import { applyProjectDelta, projectDelta } from '../../src/main/engine/project-delta';
import { forWindow } from '../../src/main/engine/window-answer';
import { syntheticProject } from '../bench/generate';
import { storeOptions } from '../helpers/store';

/** what the analysis thread sends of a fresh analysis (the dyads the window shows) */
const asSent = (result: AnalysisResult): unknown => to10Digits(forWindow({ stage: 'exact', result, complete: true }).result);
/** betweenness brought up to date after an edit adds in another order than a fresh pass: the same to 10 digits */
const to10Digits = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (_, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(10)) : v)));

const dir = mkdtempSync(join(tmpdir(), 'brobygger-delta-'));
const store = ProjectStore.create(join(dir, 'delta.brobygger'), 'Delta', storeOptions(), syntheticProject(300, 1_200));
const runner = new AnalysisRunner<number>();
afterAll(async () => {
  await runner.stop();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** a run of edits of every kind the analysis reads, each returning the project as read after it */
function* edits(): Generator<ProjectData> {
  const first = store.read();
  const persons = first.actors.filter((a) => a.kind === 'person');
  const [p0, p1, p2, p3] = persons as [(typeof persons)[number], (typeof persons)[number], (typeof persons)[number], (typeof persons)[number]];
  store.apply({ type: 'tie.add', tie: { source: p0.id, target: p3.id, type: 'collaboration' } });
  yield store.read();
  store.apply({ type: 'tie.remove', id: first.ties[5]?.id ?? '' });
  yield store.read();
  const added = store.apply({ type: 'actor.add', actor: { kind: 'person', label: 'Ny person' } });
  yield store.read();
  store.apply({ type: 'tie.add', tie: { source: added.created[0] ?? '', target: p1.id, type: 'collaboration' } });
  yield store.read();
  store.apply({ type: 'actor.update', id: p2.id, patch: { label: 'Omdøbt' } });
  yield store.read();
  store.apply({ type: 'actor.remove', id: p1.id });
  yield store.read();
  store.undo();
  yield store.read();
  store.apply({ type: 'settings.update', settings: { ...first.settings, analysis: { ...first.settings.analysis, permutations: 199 } } });
  yield store.read();
}

describe('a project version as changes to the last', () => {
  it('gives the new version from the old one after every kind of edit, carrying only the records the edit made', () => {
    let old = store.read();
    for (const next of edits()) {
      const delta = projectDelta(old, next);
      expect(applyProjectDelta(old, delta)).toEqual(next);
      // every record the edit left alone goes as its old position (an undone removal brings an
      // actor back with its ties and memberships)
      const fresh = Object.values(delta).flatMap((change) => ('list' in change ? change.list.filter((x) => typeof x !== 'number') : []));
      expect(fresh.length).toBeLessThan(20);
      old = next;
    }
    // nothing changed: nothing to send
    expect(projectDelta(old, old)).toEqual({});
  });

  it('lets the analysis thread analyse each version from the changes alone, as a fresh analysis of the whole project would', async () => {
    const read = store.read();
    const options = analysisOptions(read.settings.analysis, { monteCarloRuns: 0 });
    let tag = 0;
    expect(to10Digits((await runner.run('default', tag++, read, options).complete()).result())).toEqual(asSent(analyzeNetwork(prepareNetwork(read, options), options)));
    for (const data of edits()) {
      const now = analysisOptions(data.settings.analysis, { monteCarloRuns: 0 });
      const answer = await runner.run('default', tag++, data, now).complete();
      expect(to10Digits(answer.result())).toEqual(asSent(analyzeNetwork(prepareNetwork(data, now), now)));
    }
  }, 120_000);
});
