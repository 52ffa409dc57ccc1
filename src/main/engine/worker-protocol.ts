import type { ApiEvent, ApiMethod, ApiResult, ProjectSnapshot } from '../../core/api/contract';

/** Messages between the Electron main thread and the engine's worker thread. */
export type EngineRequest =
  | { id: number; kind: 'call'; method: ApiMethod; input: unknown }
  | { id: number; kind: 'startup'; project: string | undefined }
  | { id: number; kind: 'shutdown' };

export type EngineReply =
  | { kind: 'result'; id: number; result: ApiResult<unknown> | ApiResult<ProjectSnapshot | null> }
  | { kind: 'event'; event: ApiEvent };

export interface EngineWorkerData {
  dataDir: string;
  documentsDir: string;
  samplePath: string;
  version: string;
}
