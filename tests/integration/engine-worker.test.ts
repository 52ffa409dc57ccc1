import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { ApiEvent, ProjectSnapshot } from '../../src/core/api/contract';
import { EngineClient } from '../../src/main/engine-host';
import { findAppRoot, SAMPLE_RESOURCE } from '../../src/main/engine/paths';
import type { EngineWorkerData } from '../../src/main/engine/worker-protocol';
import { tempDir } from '../helpers/temp';

/** The Electron app's engine thread, started the way main starts it (TypeScript loaded by tsx). */
function startEngine(workerData: EngineWorkerData): EngineClient {
  const entry = pathToFileURL(join(findAppRoot(), 'src/main/engine/worker.ts')).href;
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new EngineClient(new Worker(bootstrap, { eval: true, workerData }));
}

describe('the engine worker', () => {
  it('opens the sample on first start, answers calls by name and reports changes as events', async () => {
    const dir = tempDir();
    const samplePath = join(dir, 'shipped.brobygger');
    copyFileSync(join(findAppRoot(), 'resources', SAMPLE_RESOURCE), samplePath);
    const engine = startEngine({ dataDir: join(dir, 'data'), documentsDir: join(dir, 'docs'), samplePath, version: 'test' });
    const events: ApiEvent[] = [];
    engine.onEvent((e) => events.push(e));

    const started = await engine.startup(undefined);
    expect(started.ok && started.value?.data.meta.name).toBe('Bro Kommune');
    expect(started.ok && started.value?.path).toBe(join(dir, 'docs', 'Bro Kommune.brobygger'));

    const applied = await engine.call('apply', { command: { type: 'actor.add', actor: { kind: 'person', label: 'Ny frivillig' } } });
    expect(applied.ok).toBe(true);
    const project = await engine.call('getProject', {});
    expect(project.ok && (project.value as ProjectSnapshot).summary.counts.persons).toBe(57);

    expect((await engine.call('undo', {})).ok).toBe(true);
    expect((await engine.call('redo', {})).ok).toBe(true);
    const nothingLeft = await engine.call('redo', {});
    expect(nothingLeft.ok ? null : nothingLeft.error.code).toBe('nothing-to-redo');

    await engine.shutdown();
    const revisions = events.filter((e) => e.type === 'project-changed').map((e) => e.revision);
    expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
    expect(revisions.length).toBeGreaterThanOrEqual(4);
  });
});
