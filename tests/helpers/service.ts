import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { ApiEvent, ApiInput, ApiMethod, ApiOutputs } from '../../src/core/api/contract';
import type { SerializedUserError } from '../../src/core/errors';
import { ProjectService } from '../../src/main/engine/service';
import { copySample } from '../integration/fixtures/sample';
import { tempDir } from './temp';

/**
 * The engine's service as the app makes one at start, on a fresh data folder with a copy of the
 * sample standing in for the app's resources; every one made is shut down after its test.
 */
export interface Setup {
  root: string;
  dataDir: string;
  documentsDir: string;
  /** a copy of the shipped sample standing in for the app's resources folder */
  samplePath: string;
  events: ApiEvent[];
  /** a service as the app makes one at start; every one made is shut down after the test */
  start(options?: { exactQuickWork?: number }): ProjectService;
}

const running: ProjectService[] = [];

afterEach(() => {
  for (const service of running.splice(0)) service.shutdown();
});

export function setup(): Setup {
  const root = tempDir('brobygger-service-');
  const resources = join(root, 'resources');
  mkdirSync(resources);
  const events: ApiEvent[] = [];
  const s: Setup = {
    root,
    dataDir: join(root, 'data'),
    documentsDir: join(root, 'Documents', 'Brobygger'),
    samplePath: copySample(resources),
    events,
    start(options = {}) {
      const service = new ProjectService({
        ...options,
        dataDir: s.dataDir,
        documentsDir: s.documentsDir,
        samplePath: s.samplePath,
        platform: 'browser',
        nativeDialogs: false,
        version: '0.0.0-test',
        emit: (event) => events.push(event),
      });
      running.push(service);
      return service;
    },
  };
  return s;
}

/** Calls a method that must succeed, typed by the contract. */
export async function call<M extends ApiMethod>(service: ProjectService, method: M, input: ApiInput<M>): Promise<ApiOutputs[M]> {
  const result = await service.dispatch(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
  return result.value as ApiOutputs[M];
}

/** Calls a method that must fail; the failure must come back as data, never as an exception. */
export async function failure(service: ProjectService, method: string, input: unknown): Promise<SerializedUserError> {
  const result = await service.dispatch(method, input);
  if (result.ok) throw new Error(`${method} succeeded but should have failed`);
  return result.error;
}

