import Database from 'better-sqlite3';
import { worded } from '../helpers/refused';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiEvent, ApiInput } from '../../src/core/api/contract';
import { valueOfJsonText } from '../../src/core/api/json-text';
import { AnalysisRunner } from '../../src/main/engine/analysis-runner';
import { applyProjectPatch } from '../../src/core/model/project-patch';
import { ProjectStore } from '../../src/main/engine/project-store';
import { SAMPLE_FILE_NAME, type ProjectService } from '../../src/main/engine/service';
import { call, failure, setup } from '../helpers/service';
import { analysisOptions, analyzeNetwork, prepareNetwork } from '../../src/core/analysis/analyze';
import { en, storeOptions } from '../helpers/store';
import { sha256 } from '../helpers/temp';
import { copySample, SAMPLE, SAMPLE_ACTORS, SAMPLE_COUNTS } from './fixtures/sample';

const addPerson = (service: ProjectService, label: string) =>
  call(service, 'apply', { command: { type: 'actor.add', actor: { kind: 'person', label } } });

const projectChanges = (events: readonly ApiEvent[]) =>
  events.flatMap((e) => (e.type === 'project-changed' ? [e] : []));

let sampleHash = '';
beforeAll(() => {
  sampleHash = sha256(SAMPLE);
});
afterAll(() => {
  expect(sha256(SAMPLE), 'the shipped sample must never change').toBe(sampleHash);
});

describe('starting the app', () => {
  it('opens a working copy of the sample in the documents folder on the very first start', async () => {
    const s = setup();
    const before = sha256(s.samplePath);
    const service = s.start();

    const snapshot = service.startup();

    expect(snapshot).not.toBeNull();
    expect(snapshot?.data.meta.name).toBe('Bro Kommune');
    expect(snapshot?.path).toBe(join(s.documentsDir, SAMPLE_FILE_NAME));
    expect(snapshot?.path).not.toBe(s.samplePath);
    expect(snapshot?.summary.counts).toEqual(SAMPLE_COUNTS);
    expect(existsSync(join(s.documentsDir, SAMPLE_FILE_NAME))).toBe(true);

    // edits go to the working copy; the resource stays as shipped
    await addPerson(service, 'Ny frivillig');
    service.shutdown();
    expect(sha256(s.samplePath)).toBe(before);
  });

  it('reopens the project that was open when the app last closed, with its edits and history', async () => {
    const s = setup();
    const first = s.start();
    const opened = first.startup();
    await addPerson(first, 'Ny frivillig');
    first.shutdown();

    const second = s.start();
    const reopened = second.startup();

    expect(reopened?.path).toBe(opened?.path);
    expect(reopened?.data.actors).toHaveLength(SAMPLE_ACTORS + 1);
    expect(reopened?.data.actors.map((a) => a.label)).toContain('Ny frivillig');
    expect(reopened?.history.undoCount).toBe(1);
  });

  it('opens nothing after the project was closed, instead of the sample again', async () => {
    const s = setup();
    const first = s.start();
    expect(first.startup()).not.toBeNull();
    expect(await call(first, 'closeProject', {})).toBeNull();
    expect(await call(first, 'getProject', {})).toBeNull();
    first.shutdown();

    const second = s.start();

    expect(second.startup()).toBeNull();
    expect(await call(second, 'getProject', {})).toBeNull();
  });

  it('opens the project it is given instead of the last one', () => {
    const s = setup();
    const first = s.start();
    first.startup();
    first.shutdown();
    const other = copySample(s.root, 'other.brobygger');

    const snapshot = s.start().startup(other);

    expect(snapshot?.path).toBe(other);
  });
});

describe('dispatch', () => {
  it('answers an unknown method with an invalid error naming it, without throwing', async () => {
    const s = setup();
    const service = s.start();

    const error = await failure(service, 'dropAllTables', {});

    expect(error.code).toBe('invalid');
    expect(error.params['name']).toBe('method');
    expect(error.message).toContain('dropAllTables');
  });

  it('answers bad input with an invalid error whose problems name the field, without throwing', async () => {
    const s = setup();
    const service = s.start();
    service.startup();

    const error = await failure(service, 'apply', { command: { type: 'actor.add', actor: { kind: 'robot', label: 'R2' } } });

    expect(error.code).toBe('invalid');
    expect(worded(error.problems)).toEqual([{ where: 'apply.command.actor.kind', message: expect.stringContaining('"person"') as unknown }]);
    expect(error.message).toContain('apply.command.actor.kind');
    expect((await call(service, 'getProject', {}))?.data.actors).toHaveLength(SAMPLE_ACTORS);
  });

  it.each([
    ['no input at all', 'apply', undefined, 'apply', 'is required'],
    ['null', 'getAppInfo', null, 'getAppInfo', 'must be a group of fields'],
    ['an unknown language', 'setLanguage', { lang: 'fr' }, 'setLanguage.lang', 'must be one of "da", "en"'],
    ['an unexpected field', 'undo', { steps: 3 }, 'undo', 'unknown field: "steps"'],
    ['an empty path', 'openProject', { path: '  ' }, 'openProject.path', 'must not be empty'],
  ])('answers %s with an invalid error naming where', async (_what, method, input, where, detail) => {
    const s = setup();
    const service = s.start();

    const error = await failure(service, method, input);

    expect(error.code).toBe('invalid');
    expect(worded(error.problems)).toEqual([{ where, message: expect.stringContaining(detail) as unknown }]);
    expect(error.message).toContain(`${where}: `);
  });

  it('answers opening a file that is not a project with a user error, and keeps the open project', async () => {
    const s = setup();
    const service = s.start();
    const opened = service.startup();
    const noise = join(s.root, 'noise.brobygger');
    writeFileSync(noise, randomBytes(10 * 1024));
    const before = sha256(noise);

    const error = await failure(service, 'openProject', { path: noise });

    expect(error.code).toBe('not-a-project');
    expect(error.message).toContain('noise.brobygger');
    expect(sha256(noise)).toBe(before);
    expect((await call(service, 'getProject', {}))?.path).toBe(opened?.path);
  });

  it('answers an edit without an open project with no-project', async () => {
    const s = setup();
    const service = s.start();

    expect((await failure(service, 'apply', { command: { type: 'project.update', patch: { name: 'X' } } })).code).toBe(
      'no-project',
    );
    expect((await failure(service, 'undo', {})).code).toBe('no-project');
  });
});

describe('editing, undo and redo', () => {
  it('announces every change with a project-changed event of a higher revision', async () => {
    const s = setup();
    const service = s.start();
    service.startup();
    const startRevision = projectChanges(s.events).at(-1)?.revision ?? 0;

    const applied = await addPerson(service, 'Ny frivillig');
    const afterApply = projectChanges(s.events).at(-1);
    await call(service, 'undo', {});
    await call(service, 'redo', {});

    expect(applied.created).toHaveLength(1);
    expect(applied.revision).toBeGreaterThan(startRevision);
    expect(afterApply).toEqual({
      type: 'project-changed',
      revision: applied.revision,
      path: join(s.documentsDir, SAMPLE_FILE_NAME),
    });
    const revisions = projectChanges(s.events).map((e) => e.revision);
    expect(revisions.slice(-3)).toEqual([applied.revision, applied.revision + 1, applied.revision + 2]);
    for (let i = 1; i < revisions.length; i++) expect(revisions[i]).toBeGreaterThan(revisions[i - 1] ?? Infinity);
  });

  it('sends the changes since a revision it has sent as a patch, and the whole project for any other', async () => {
    const s = setup();
    const service = s.start();
    service.startup();
    const first = await call(service, 'getProject', {});
    if (!first) throw new Error('no project');
    const { created } = await addPerson(service, 'Ny frivillig');
    await call(service, 'apply', { command: { type: 'actor.update', id: first.data.actors[0]?.id ?? '', patch: { notes: 'Ændret' } } });

    const update = await call(service, 'getProjectChanges', { since: first.revision });
    if (update.kind !== 'patch') throw new Error(`expected a patch, got ${update.kind}`);
    expect(update.since).toBe(first.revision);
    expect(update.patch.actors?.put.map((a) => a.id)).toEqual([first.data.actors[0]?.id, created[0]]);
    expect(update.patch.actors?.removed).toEqual([]);
    expect(update.patch.ties).toBeUndefined();
    expect(applyProjectPatch(first.data, update.patch)).toEqual((await call(service, 'getProject', {}))?.data);
    expect(update.project.history.undoCount).toBe(2);

    // nothing changed since: an empty patch
    const now = await call(service, 'getProjectChanges', { since: update.project.revision });
    expect(now).toMatchObject({ kind: 'patch', patch: {} });
    // a revision never sent, or of a project no longer open: the whole project
    expect((await call(service, 'getProjectChanges', { since: 0 })).kind).toBe('whole');
    await call(service, 'closeProject', {});
    expect(await call(service, 'getProjectChanges', { since: update.project.revision })).toEqual({ kind: 'none' });
    const reopened = await call(service, 'openProject', { path: first.path });
    const afterReopen = await call(service, 'getProjectChanges', { since: update.project.revision });
    expect(afterReopen.kind).toBe('whole');
    expect(reopened.data.actors.find((a) => a.id === created[0])?.label).toBe('Ny frivillig');
  });

  it('undoes and redoes a change, returning the history state each time', async () => {
    const s = setup();
    const service = s.start();
    service.startup();
    const { created } = await addPerson(service, 'Ny frivillig');
    const id = created[0];

    const undone = await call(service, 'undo', {});
    const afterUndo = await call(service, 'getProject', {});
    const redone = await call(service, 'redo', {});
    const afterRedo = await call(service, 'getProject', {});

    expect(undone).toMatchObject({ undoCount: 0, redoCount: 1, undo: null });
    expect(undone.redo?.key).toBe('history.actorAdd');
    expect(afterUndo?.data.actors.some((a) => a.id === id)).toBe(false);
    expect(redone).toMatchObject({ undoCount: 1, redoCount: 0, redo: null });
    expect(redone.undo?.key).toBe('history.actorAdd');
    expect(afterRedo?.data.actors.find((a) => a.id === id)?.label).toBe('Ny frivillig');
  });

  it('answers undo with nothing to undo, and redo with nothing to redo, as errors', async () => {
    const s = setup();
    const service = s.start();
    service.startup();
    const eventsBefore = s.events.length;

    expect((await failure(service, 'undo', {})).code).toBe('nothing-to-undo');
    expect((await failure(service, 'redo', {})).code).toBe('nothing-to-redo');
    expect(s.events.length).toBe(eventsBefore);
  });
});

describe('language', () => {
  it('switches to English, announces it, and words errors in English', async () => {
    const s = setup();
    const service = s.start();
    service.startup();
    expect((await call(service, 'getAppInfo', {})).language).toBe('da');
    expect((await failure(service, 'undo', {})).message).toBe('Der er intet at fortryde.');

    const info = await call(service, 'setLanguage', { lang: 'en' });

    expect(info.language).toBe('en');
    expect((await call(service, 'getAppInfo', {})).language).toBe('en');
    expect(s.events).toContainEqual({ type: 'language-changed', lang: 'en' });
    expect((await failure(service, 'undo', {})).message).toBe(en.t('errors.nothingToUndo'));
    const invalid = await failure(service, 'setLanguage', { lang: 'fr' });
    expect(invalid.message).toMatch(/^The change was refused/);
  });

  it('is remembered: the next start is in English', async () => {
    const s = setup();
    const first = s.start();
    first.startup();
    await call(first, 'setLanguage', { lang: 'en' });
    first.shutdown();

    const second = s.start();
    second.startup();

    expect((await call(second, 'getAppInfo', {})).language).toBe('en');
    expect(second.translator.lang).toBe('en');
    expect((await failure(second, 'undo', {})).message).toBe('There is nothing to undo.');
  });
});

describe('save as', () => {
  it('switches to the copy, which holds the same data and the same history', async () => {
    const s = setup();
    const service = s.start();
    const original = service.startup();
    await addPerson(service, 'Ny frivillig');
    await call(service, 'undo', {});
    await addPerson(service, 'Anden frivillig');
    const before = await call(service, 'getProject', {});
    expect(before?.history).toMatchObject({ undoCount: 1, redoCount: 0 });
    const target = join(s.root, 'elsewhere', 'Kopi');
    mkdirSync(join(s.root, 'elsewhere'));

    const saved = await call(service, 'saveProjectAs', { path: target });

    expect(saved.path).toBe(`${target}.brobygger`);
    expect(saved.fileName).toBe('Kopi.brobygger');
    expect((await call(service, 'getProject', {}))?.path).toBe(saved.path);
    expect(saved.data).toEqual(before?.data);
    expect(saved.history).toEqual(before?.history);
    expect(projectChanges(s.events).at(-1)?.path).toBe(saved.path);

    // the original is no longer held open, and the copy is a project of its own on disk
    service.shutdown();
    const copy = ProjectStore.open(saved.path, storeOptions({ readonly: true }));
    const orig = ProjectStore.open(original?.path ?? '', storeOptions());
    try {
      expect(copy.read()).toEqual(before?.data);
      expect(copy.historyState()).toEqual(before?.history);
      expect(orig.read()).toEqual(before?.data);
    } finally {
      copy.close();
      orig.close();
    }
  });

  it('refuses to overwrite an existing file unless told to', async () => {
    const s = setup();
    const service = s.start();
    const original = service.startup();
    const existing = join(s.root, 'existing.brobygger');
    writeFileSync(existing, 'not to be lost');
    const before = sha256(existing);

    const error = await failure(service, 'saveProjectAs', { path: existing });

    expect(error.code).toBe('conflict');
    expect(error.message).toContain(existing);
    expect(sha256(existing)).toBe(before);
    expect((await call(service, 'getProject', {}))?.path).toBe(original?.path);

    const overwritten = await call(service, 'saveProjectAs', { path: existing, overwrite: true });
    expect(overwritten.path).toBe(existing);
    expect(overwritten.summary.counts).toEqual(SAMPLE_COUNTS);
  });

  it('refuses to save a project onto itself', async () => {
    const s = setup();
    const service = s.start();
    const original = service.startup();

    const error = await failure(service, 'saveProjectAs', { path: original?.path ?? '', overwrite: true });

    expect(error.code).toBe('conflict');
    expect((await call(service, 'getProject', {}))?.summary.counts).toEqual(SAMPLE_COUNTS);
  });

  it('lists both files among the recent projects, the copy first, both existing', async () => {
    const s = setup();
    const service = s.start();
    const original = service.startup();
    const saved = await call(service, 'saveProjectAs', { path: join(s.root, 'kopi.brobygger') });

    const recent = await call(service, 'listRecent', {});

    expect(recent.map((r) => r.path)).toEqual([saved.path, original?.path]);
    expect(recent.map((r) => r.exists)).toEqual([true, true]);
    expect(recent.map((r) => r.name)).toEqual(['Bro Kommune', 'Bro Kommune']);
    expect(Date.parse(recent[0]?.openedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(recent[1]?.openedAt ?? ''));
  });
});

describe('new project', () => {
  it('adds the .brobygger extension when it is missing', async () => {
    const s = setup();
    const service = s.start();
    const path = join(s.root, 'Nyt netværk');

    const snapshot = await call(service, 'newProject', { path, name: 'Nyt netværk' });

    expect(snapshot.path).toBe(`${path}.brobygger`);
    expect(existsSync(`${path}.brobygger`)).toBe(true);
    expect(existsSync(path)).toBe(false);
    expect(snapshot.data.meta.name).toBe('Nyt netværk');
    expect(snapshot.summary.counts.persons).toBe(0);
  });

  it('keeps an extension that is already there, in any case', async () => {
    const s = setup();
    const service = s.start();

    expect((await call(service, 'newProject', { path: join(s.root, 'a.brobygger'), name: 'A' })).path).toBe(
      join(s.root, 'a.brobygger'),
    );
    expect((await call(service, 'newProject', { path: join(s.root, 'B.BROBYGGER'), name: 'B' })).path).toBe(
      join(s.root, 'B.BROBYGGER'),
    );
  });

  it('refuses to create a project over an existing file', async () => {
    const s = setup();
    const service = s.start();
    const existing = copySample(s.root, 'taken.brobygger');
    const before = sha256(existing);

    expect((await failure(service, 'newProject', { path: existing, name: 'X' })).code).toBe('conflict');
    expect(sha256(existing)).toBe(before);
  });
});

describe('opening the project that is already open', () => {
  it('shows it again instead of meeting its own lock', async () => {
    const s = setup();
    const service = s.start();
    const first = service.startup();
    expect(first).not.toBeNull();
    await addPerson(service, 'Åse');
    const again = await call(service, 'openProject', { path: first?.path ?? '' });
    expect(again.path).toBe(first?.path);
    expect(again.summary.counts.persons).toBe(SAMPLE_COUNTS.persons + 1);
  });
});

describe('analysis', () => {
  /** an answer as the window reads it: the result from the JSON text it is sent as */
  const analysed = async (service: ProjectService, input: ApiInput<'analyze'>) => {
    const answer = await call(service, 'analyze', input);
    return { ...answer, text: answer.result, result: valueOfJsonText(answer.result) };
  };
  /** how many analyses the service starts while `body` runs */
  const runsDuring = async (body: () => Promise<void>): Promise<number> => {
    const run = vi.spyOn(AnalysisRunner.prototype, 'run');
    try {
      await body();
      return run.mock.calls.length;
    } finally {
      run.mockRestore();
    }
  };

  it('analyses the open project on its own thread and answers again from memory until the project changes', async () => {
    const s = setup();
    const service = s.start();
    service.startup();

    const first = await analysed(service, {});
    expect(first.result.network.actors).toBe(SAMPLE_ACTORS);
    expect(first.result.findings.some((f) => f.kind === 'single-relationship')).toBe(true);
    expect(await runsDuring(async () => expect((await analysed(service, {})).text).toBe(first.text))).toBe(0);

    let second = first;
    expect(
      await runsDuring(async () => {
        await addPerson(service, 'Ny frivillig');
        second = await analysed(service, {});
      }),
    ).toBe(1);
    expect(second.revision).toBeGreaterThan(first.revision);
    expect(second.result.network.actors).toBe(SAMPLE_ACTORS + 1);
  });

  it('stops the running analysis when the project changes, runs only the newest asked for, and gives its answer to those it replaced', async () => {
    const s = setup();
    const service = s.start();
    service.startup();
    // no event-loop turn passes between these calls, so the first analysis is still running
    const first = analysed(service, {});
    await addPerson(service, 'Første');
    const second = analysed(service, {});
    await addPerson(service, 'Anden');
    const third = analysed(service, {});
    const [a, b, c] = await Promise.all([first, second, third]);
    expect(a.text).toBe(c.text);
    expect(b).toEqual({ revision: c.revision, text: c.text, result: c.result, stage: 'exact', complete: true });
    expect(c.result.network.actors).toBe(SAMPLE_ACTORS + 2);
  });

  it('answers again from memory after a change of language, the result holding both', async () => {
    const s = setup();
    const service = s.start();
    service.startup();
    const danish = await analysed(service, {});
    await call(service, 'setLanguage', { lang: 'en' });
    expect(await runsDuring(async () => expect((await analysed(service, {})).text).toBe(danish.text))).toBe(0);
  });

  it('answers a large network in stages, each asked for after the last, with the pass’ progress meanwhile', async () => {
    const s = setup();
    // every network is "large" here: no exact answer at once, an estimate first
    const service = s.start({ exactQuickWork: 0 });
    service.startup();
    const first = await analysed(service, {});
    expect(first).toMatchObject({ stage: 'structure', complete: false });
    expect(first.result.measures.betweenness).toEqual({ method: 'pending' });
    expect(first.result.findings.some((f) => f.kind === 'single-relationship')).toBe(true);
    const progress = await call(service, 'analysisProgress', {});
    expect(progress === null || (progress.revision === first.revision && progress.done >= 0 && progress.done <= 1)).toBe(true);
    const second = await analysed(service, { after: { revision: first.revision, stage: first.stage } });
    expect(second).toMatchObject({ revision: first.revision, stage: 'estimate', complete: false });
    expect(second.result.measures.betweenness).toMatchObject({ method: 'approximate', epsilon: 0.01, delta: 0.1 });
    const third = await analysed(service, { after: { revision: second.revision, stage: second.stage } });
    // the sample's ties have strengths: the exact figures come first, those on tie strength after them
    expect(third).toMatchObject({ revision: first.revision, stage: 'exact', complete: false });
    expect(third.result.measures).toEqual({ betweenness: { method: 'exact' }, closeness: { method: 'exact' }, fragmentation: { method: 'exact' }, bondingTest: { method: 'exact' }, connectivity: { method: 'exact' }, valuedPaths: { method: 'pending' } });
    expect(third.result.actors.every((a) => a.valued !== null && a.valued.betweenness === null)).toBe(true);
    const fourth = await analysed(service, { after: { revision: third.revision, stage: third.stage } });
    expect(fourth).toMatchObject({ revision: first.revision, stage: 'exact', complete: true });
    expect(fourth.result.measures.valuedPaths).toEqual({ method: 'exact' });
    expect(fourth.result.actors.every((a) => a.valued !== null && a.valued.betweenness !== null)).toBe(true);
    // asked again, the complete answer comes at once
    expect((await analysed(service, { after: { revision: fourth.revision, stage: 'exact' } })).text).toBe(fourth.text);
    expect(await call(service, 'analysisProgress', {})).toBeNull();
  });

  it('sends the window only the dyads it shows: those with a score or a linking tie, all of them', async () => {
    const s = setup();
    const service = s.start();
    const opened = service.startup();
    const { result } = await analysed(service, {});
    expect(result.power.dyads.every((d) => d.score !== null || d.linking)).toBe(true);
    const data = opened?.data;
    if (!data) throw new Error('the sample did not open');
    const options = analysisOptions(data.settings.analysis, { permutations: 0, monteCarloRuns: 0 });
    const full = analyzeNetwork(prepareNetwork(data, options), options);
    expect(result.power.dyads).toEqual(full.power.dyads.filter((d) => d.score !== null || d.linking));
    expect(full.power.dyads.length).toBeGreaterThan(result.power.dyads.length);
  });

  it('keeps the analysis under way when an edit changes nothing it reads (the map laid out, a view saved)', async () => {
    const s = setup();
    const service = s.start();
    const opened = service.startup();
    const first = await analysed(service, {});
    const actor = opened?.data.actors[0]?.id ?? '';
    const runs = await runsDuring(async () => {
      await call(service, 'apply', { command: { type: 'layout.move', positions: { [actor]: { x: 1, y: 2 } } } });
      const after = await analysed(service, {});
      expect(after.revision).toBeGreaterThan(first.revision);
      expect(after.text).toBe(first.text);
    });
    expect(runs).toBe(0);
  });

  it('refuses grouping by an attribute no actor has, naming the ones there are', async () => {
    const s = setup();
    const service = s.start();
    service.startup();
    const error = await failure(service, 'analyze', { groupBy: 'shoe size' });
    expect(error.code).toBe('invalid');
    expect(error.message).toContain('shoe size');
    expect(error.message).toContain('stilling');
  });
});

describe('departure scenarios', () => {
  it('shows what the sample loses if Søren Ærø leaves, and changes nothing', async () => {
    const s = setup();
    const service = s.start();
    const opened = service.startup();
    const before = sha256(join(s.documentsDir, SAMPLE_FILE_NAME));
    const { scenario, revision } = await call(service, 'departure', { persons: ['p-soeren-aeroe'] });
    expect(revision).toBe(opened?.revision);
    expect(scenario.leaving).toEqual(['p-soeren-aeroe']);
    expect(scenario.lostCollaborations).toEqual(expect.arrayContaining([['org-jobcenter', 'org-boldklub'], ['org-jobcenter', 'org-toemrer']]));
    expect(scenario.after.carriedCollaborations).toBeLessThan(scenario.before.carriedCollaborations);
    expect(scenario.after.actors).toBe(scenario.before.actors - 1);
    expect((await call(service, 'getProject', {}))?.summary.counts.persons).toBe(SAMPLE_COUNTS.persons);
    service.shutdown();
    expect(sha256(join(s.documentsDir, SAMPLE_FILE_NAME)), 'the project file after the scenario').toBe(before);
  });

  it('sends an organisation away with the members it alone holds', async () => {
    const s = setup();
    const service = s.start();
    service.startup();
    const { scenario } = await call(service, 'departure', { organisation: 'org-boldklub' });
    expect(scenario.leaving[0]).toBe('org-boldklub');
    expect(scenario.leaving).toContain('p-jakob-ebbesen');
  });

  it('refuses persons the project does not have, and a person given as the organisation, naming them', async () => {
    const s = setup();
    const service = s.start();
    service.startup();
    const unknown = await failure(service, 'departure', { persons: ['p-soeren-aeroe', 'p-nobody'] });
    expect(unknown.code).toBe('invalid');
    expect(unknown.message).toContain('p-nobody');
    expect(unknown.message).not.toContain('p-soeren-aeroe');
    const person = await failure(service, 'departure', { organisation: 'p-soeren-aeroe' });
    expect(person.message).toContain('organisation');
    expect((await failure(service, 'departure', { persons: [] })).code).toBe('invalid');
  });
});

describe('damaged files and missing folders in the app', () => {
  it('answers "Gem som" into a folder that does not exist by naming the folder in Danish, and keeps the project open', async () => {
    const s = setup();
    const service = s.start();
    const original = service.startup();
    const missing = join(s.root, 'Ikke oprettet');

    const error = await failure(service, 'saveProjectAs', { path: join(missing, 'Kopi') });

    expect(error.code).toBe('not-found');
    expect(error.message).toBe(`Mappen ${missing} findes ikke. Vælg en mappe, der findes, eller opret den først.`);
    expect(error.message).not.toMatch(/\.tmp|SQLITE|unable to open/);
    expect((await call(service, 'getProject', {}))?.path).toBe(original?.path);
    expect(existsSync(missing)).toBe(false);
  });

  it('refuses a project with bad settings or a missing table with the message the CLI gives, and keeps the open one', async () => {
    const s = setup();
    const service = s.start();
    const original = service.startup();
    const badSettings = copySample(s.root, 'indstillinger.brobygger');
    const missingTable = copySample(s.root, 'uden-relationer.brobygger');
    const raw = (path: string, sql: string) => {
      const db = new Database(path);
      db.exec(sql);
      db.close();
    };
    raw(badSettings, "UPDATE meta SET value = 'not json' WHERE key = 'settings'");
    raw(missingTable, 'PRAGMA foreign_keys = OFF; DROP TABLE tie_waves; DROP TABLE ties');

    const settings = await failure(service, 'openProject', { path: badSettings });
    const table = await failure(service, 'openProject', { path: missingTable });

    expect(settings).toMatchObject({ code: 'corrupt', key: 'errors.corrupt' });
    expect(settings.message).toBe(
      'indstillinger.brobygger er beskadiget og kan ikke åbnes (projektets indstillinger kan ikke læses). Filen er ikke ændret; brug en sikkerhedskopi.',
    );
    expect(table.message).toMatch(/^uden-relationer\.brobygger er beskadiget og kan ikke åbnes \(tabellen "(ties|tie_waves)" mangler\)/);
    expect((await call(service, 'getProject', {}))?.path).toBe(original?.path);
  });
});

describe('deleting a person completely and clearing the history', () => {
  it('previews, then erases a person of the sample, and the window reads the project whole again', async () => {
    const s = setup();
    const service = s.start();
    service.startup();
    const first = await call(service, 'getProject', {});
    if (!first) throw new Error('no project');
    const preview = await call(service, 'previewErasure', { id: 'p-soeren-aeroe' });
    expect(preview).toMatchObject({ id: 'p-soeren-aeroe', label: 'Søren Ærø', present: true });
    expect(preview.ties).toBeGreaterThan(0);
    expect((await call(service, 'getProject', {}))?.revision).toBe(first.revision);

    const { revision, erased } = await call(service, 'erasePerson', { id: 'p-soeren-aeroe' });
    expect(erased).toEqual(preview);
    expect(revision).toBeGreaterThan(first.revision);
    expect(projectChanges(s.events).at(-1)?.revision).toBe(revision);
    const update = await call(service, 'getProjectChanges', { since: first.revision });
    if (update.kind !== 'whole') throw new Error(`expected the whole project, got ${update.kind}`);
    expect(update.project.data.actors.map((a) => a.id)).not.toContain('p-soeren-aeroe');
  });

  it('refuses an organisation in the user\'s language, naming it', async () => {
    const s = setup();
    const service = s.start();
    service.startup();
    const organisation = (await call(service, 'getProject', {}))?.data.actors.find((a) => a.kind === 'organisation');
    const refusal = await failure(service, 'erasePerson', { id: organisation?.id ?? '' });
    expect(refusal).toMatchObject({ code: 'unsupported', key: 'privacy.errors.notAPerson' });
    expect(refusal.message).toBe(
      `"${organisation?.label ?? ''}" er ikke en person (Organisation). Kun personer kan slettes helt. Slet en organisation på den almindelige måde, og ryd fortrydelseshistorikken bagefter, hvis den skal ud af filen.`,
    );
  });

  it('clears the history after a preview that says how many steps go', async () => {
    const s = setup();
    const service = s.start();
    service.startup();
    await addPerson(service, 'Ny frivillig');
    await addPerson(service, 'Endnu en');
    expect(await call(service, 'previewCompaction', { keepDays: 30 })).toEqual({ keepDays: 30, total: 2, dropped: 0 });
    expect(await call(service, 'previewCompaction', { keepDays: null })).toEqual({ keepDays: null, total: 2, dropped: 2 });
    const { compacted } = await call(service, 'compactHistory', { keepDays: null });
    expect(compacted.dropped).toBe(2);
    expect((await call(service, 'getProject', {}))?.history).toEqual({ undoCount: 0, redoCount: 0, undo: null, redo: null });
    expect((await failure(service, 'compactHistory', { keepDays: 0 })).code).toBe('invalid');
  });
});
