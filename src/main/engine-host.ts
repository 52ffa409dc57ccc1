import type { Worker } from 'node:worker_threads';
import type { ApiEvent, ApiMethod, ApiResult, ProjectSnapshot } from '../core/api/contract';
import type { EngineReply, EngineRequest } from './engine/worker-protocol';

type Pending = (result: ApiResult<unknown>) => void;
type Request = EngineRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** The main thread's handle on the engine worker: calls by method name, replies by id. */
export class EngineClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(event: ApiEvent) => void>();

  constructor(private readonly worker: Worker) {
    worker.on('message', (reply: EngineReply) => {
      if (reply.kind === 'event') {
        for (const l of this.listeners) l(reply.event);
        return;
      }
      this.pending.get(reply.id)?.(reply.result);
      this.pending.delete(reply.id);
    });
    worker.on('error', (err) => {
      for (const resolve of this.pending.values())
        resolve({
          ok: false,
          error: { code: 'io', key: 'errors.unexpected', params: { detail: err.message }, problems: [], message: err.message },
        });
      this.pending.clear();
    });
  }

  private send(request: Request): Promise<ApiResult<unknown>> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      const message: EngineRequest = { ...request, id };
      this.worker.postMessage(message);
    });
  }

  call(method: ApiMethod, input: unknown): Promise<ApiResult<unknown>> {
    return this.send({ kind: 'call', method, input });
  }

  startup(project: string | undefined): Promise<ApiResult<ProjectSnapshot | null>> {
    return this.send({ kind: 'startup', project }) as Promise<ApiResult<ProjectSnapshot | null>>;
  }

  async shutdown(): Promise<void> {
    await this.send({ kind: 'shutdown' });
    await this.worker.terminate();
  }

  onEvent(listener: (event: ApiEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
