import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../src/core/analysis/analyze';
import type { ApiOutputs, BrobyggerApi } from '../../src/core/api/contract';
import { jsonTextOf } from '../../src/core/api/json-text';
import { AnalysisModel } from '../../src/renderer/src/state/analysis-model';

/** An engine whose analyses finish when the test says so, labelled with the revision current when asked. */
function slowEngine() {
  let revision = 0;
  const pending: Array<() => void> = [];
  let outstanding = 0;
  let most = 0;
  const api = {
    analyze: () =>
      new Promise<ApiOutputs['analyze']>((resolve) => {
        outstanding++;
        most = Math.max(most, outstanding);
        const tag = revision;
        pending.push(() => {
          outstanding--;
          resolve({ revision: tag, result: jsonTextOf({} as AnalysisResult), stage: 'exact', complete: true });
        });
      }),
  } as unknown as BrobyggerApi;
  return {
    api,
    setRevision: (r: number) => {
      revision = r;
    },
    finishNext: async () => {
      pending.shift()?.();
      await new Promise((r) => setTimeout(r, 0));
    },
    waiting: () => pending.length,
    mostAtOnce: () => most,
  };
}

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

describe('the analysis model', () => {
  it('keeps one request out at a time through a burst of edits, and ends on the newest revision', async () => {
    const engine = slowEngine();
    const model = new AnalysisModel(engine.api);
    for (const revision of [1, 2, 3, 4]) {
      engine.setRevision(revision);
      model.projectChanged(revision);
      await tick();
    }
    expect(engine.waiting()).toBe(1);
    // the first answer is for revision 1: out of date, so it is not shown and the newest is asked for
    await engine.finishNext();
    expect(model.getState()).toMatchObject({ status: 'running', latest: null });
    expect(engine.waiting()).toBe(1);
    await engine.finishNext();
    expect(model.getState()).toMatchObject({ status: 'ready', latest: { revision: 4 } });
    expect(engine.mostAtOnce()).toBe(1);
    model.dispose();
  });

  it('asks for the analysis of an edit as soon as it hears of it, once for changes heard of together', async () => {
    const engine = slowEngine();
    const model = new AnalysisModel(engine.api);
    engine.setRevision(2);
    model.projectChanged(1);
    model.projectChanged(2);
    await tick(1);
    expect(engine.waiting()).toBe(1);
    await engine.finishNext();
    expect(model.getState()).toMatchObject({ status: 'ready', latest: { revision: 2 } });
    model.dispose();
  });

  it('sends the request in the same turn as it hears of the revision, before the window draws anything for it', () => {
    const engine = slowEngine();
    const model = new AnalysisModel(engine.api);
    engine.setRevision(1);
    model.projectChanged(1, '/a.brobygger');
    // no tick: work queued behind the change (a large map drawn for seconds) comes after the request
    expect(engine.waiting()).toBe(1);
    model.dispose();
  });

  it('keeps the result on screen when an edit the analysis does not read brings the same result, and tells the views of the new revision', async () => {
    let revision = 1;
    const same = jsonTextOf({ findings: [] } as unknown as AnalysisResult);
    const api = {
      // a fresh string each time, as each answer is read from the wire anew
      analyze: () => Promise.resolve({ revision, result: (' ' + same).slice(1), stage: 'exact', complete: true }),
    } as unknown as BrobyggerApi;
    const model = new AnalysisModel(api);
    model.projectChanged(1, '/a.brobygger');
    await tick();
    const first = model.getState().latest;
    expect(first).toMatchObject({ revision: 1 });
    revision = 2;
    model.projectChanged(2, '/a.brobygger');
    await tick();
    const second = model.getState().latest;
    expect(second).toMatchObject({ revision: 2 });
    expect(second?.result).toBe(first?.result);
    model.dispose();
  });

  it('takes an answer the engine forwarded from an older request when it is of the newest revision, without asking again', async () => {
    // the engine answers a request that an edit overtook with the newer analysis, labelled with
    // the revision it is of
    let revision = 1;
    const answers: Array<() => void> = [];
    let asked = 0;
    const api = {
      analyze: () =>
        new Promise<ApiOutputs['analyze']>((resolve) => {
          asked++;
          answers.push(() => resolve({ revision, result: jsonTextOf({} as AnalysisResult), stage: 'exact', complete: true }));
        }),
    } as unknown as BrobyggerApi;
    const model = new AnalysisModel(api);
    model.projectChanged(1);
    await tick();
    revision = 2;
    model.projectChanged(2);
    await tick();
    answers.shift()?.();
    await tick();
    expect(model.getState()).toMatchObject({ status: 'ready', latest: { revision: 2 } });
    expect(asked).toBe(1);
    model.dispose();
  });

  it('forgets the analysis when the project closes, and asks afresh when another opens', async () => {
    const engine = slowEngine();
    const model = new AnalysisModel(engine.api);
    engine.setRevision(1);
    model.projectChanged(1);
    await tick();
    model.projectChanged(null);
    await engine.finishNext();
    expect(model.getState()).toMatchObject({ status: 'idle', latest: null });
    engine.setRevision(7);
    model.projectChanged(7);
    await tick();
    await engine.finishNext();
    expect(model.getState()).toMatchObject({ status: 'ready', latest: { revision: 7 } });
    model.dispose();
  });

  it('drops the last project’s findings at once when another project opens in its place', async () => {
    const engine = slowEngine();
    const model = new AnalysisModel(engine.api);
    engine.setRevision(1);
    model.projectChanged(1, '/a.brobygger');
    await tick();
    await engine.finishNext();
    expect(model.getState()).toMatchObject({ status: 'ready', latest: { revision: 1 } });
    // an edit keeps the answer on screen while the next is computed
    engine.setRevision(2);
    model.projectChanged(2, '/a.brobygger');
    expect(model.getState().latest).toMatchObject({ revision: 1 });
    await tick();
    await engine.finishNext();
    // another project: nothing of the first is shown while its own analysis runs
    engine.setRevision(3);
    model.projectChanged(3, '/b.brobygger');
    expect(model.getState()).toMatchObject({ status: 'running', latest: null });
    await tick();
    await engine.finishNext();
    expect(model.getState()).toMatchObject({ status: 'ready', latest: { revision: 3 } });
    model.dispose();
  });

  it('shows each stage of a large network’s analysis, read from the text it comes as, and asks for the next until the exact one', async () => {
    const stages: Array<ApiOutputs['analyze']['stage']> = ['structure', 'estimate', 'exact'];
    const asked: unknown[] = [];
    const api = {
      analyze: async (input: unknown) => {
        asked.push(input);
        await tick(2);
        const stage = stages[asked.length - 1] ?? 'exact';
        // each stage's result as the engine sends it, its JSON text
        return { revision: 4, result: jsonTextOf({ measures: { betweenness: { method: stage } } } as unknown as AnalysisResult), stage, complete: stage === 'exact' };
      },
      analysisProgress: () => Promise.resolve({ revision: 4, stage: 'exact' as const, done: 0.5 }),
    } as unknown as BrobyggerApi;
    const model = new AnalysisModel(api);
    const seen: string[] = [];
    const read: unknown[] = [];
    model.subscribe(() => {
      const latest = model.getState().latest;
      if (latest && seen.at(-1) !== latest.stage) {
        seen.push(latest.stage);
        read.push(latest.result.measures.betweenness);
      }
    });
    model.projectChanged(4, '/big.brobygger');
    while (model.getState().status !== 'ready') await tick(5);
    expect(seen).toEqual(['structure', 'estimate', 'exact']);
    // the window holds each stage's result read from its text
    expect(read).toEqual([{ method: 'structure' }, { method: 'estimate' }, { method: 'exact' }]);
    expect(asked).toEqual([{}, { after: { revision: 4, stage: 'structure' } }, { after: { revision: 4, stage: 'estimate' } }]);
    expect(model.getState().progress).toBeNull();
    model.dispose();
  });

  it('answers again once resumed after a dispose, as React’s strict mode sets its effects up twice at mount', async () => {
    const engine = slowEngine();
    const model = new AnalysisModel(engine.api);
    const seen: string[] = [];
    model.subscribe(() => seen.push(model.getState().status));
    model.projectChanged(null);
    model.dispose();
    model.resume();
    engine.setRevision(1);
    model.projectChanged(1, '/a.brobygger');
    await tick();
    await engine.finishNext();
    expect(model.getState()).toMatchObject({ status: 'ready', latest: { revision: 1 } });
    // a view that subscribed before the teardown still hears of it
    expect(seen.at(-1)).toBe('ready');
    model.dispose();
  });
});
