import type { Worker } from 'node:worker_threads';
import type { AnalysisResult, AnalyzeOptions } from '../../core/analysis/analyze';
import { UserError, type SerializedUserError } from '../../core/errors';
import type { ProjectData } from '../../core/model/schema';
import { engineWorker } from './parallel-paths';

type Reply =
  | { id: number; ok: true; result: AnalysisResult }
  | { id: number; ok: false; error: { user: SerializedUserError } | { message: string } };

/**
 * Runs analyses on their own thread, so a large network never holds up an edit. One job at a
 * time; a newer request for the same project simply queues behind it, and the engine keeps only
 * the answer for the latest revision.
 */
export class AnalysisRunner {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: AnalysisResult) => void; reject: (e: Error) => void }>();

  private thread(): Worker {
    if (!this.worker) {
      const w = engineWorker('analysis-worker');
      w.unref();
      w.on('message', (reply: Reply) => {
        const waiting = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        if (!waiting) return;
        if (reply.ok) waiting.resolve(reply.result);
        else if ('user' in reply.error) waiting.reject(UserError.fromSerialized(reply.error.user));
        else waiting.reject(new Error(reply.error.message));
      });
      w.on('error', (e) => {
        for (const p of this.pending.values()) p.reject(e);
        this.pending.clear();
        this.worker = null;
      });
      this.worker = w;
    }
    return this.worker;
  }

  run(data: ProjectData, options: AnalyzeOptions): Promise<AnalysisResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.thread().postMessage({ id, data, options });
    });
  }

  async stop(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}
