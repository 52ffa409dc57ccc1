import type { Worker } from 'node:worker_threads';
import type { AnalysisResult, AnalyzeOptions } from '../../core/analysis/analyze';
import { UserError } from '../../core/errors';
import type { ProjectData } from '../../core/model/schema';
import type { AnalysisJob, AnalysisReply } from './analysis-worker';
import { engineWorker } from './parallel-paths';

interface Request<Tag> {
  tag: Tag;
  data: ProjectData;
  options: AnalyzeOptions;
  waiting: Array<{ resolve: (answer: { tag: Tag; result: AnalysisResult }) => void; reject: (e: Error) => void }>;
}

/**
 * Runs analyses on their own thread, so a large network never holds up an edit. One analysis
 * runs at a time. Of the requests that arrive meanwhile, only the newest for each set of options
 * is kept: it replaces the older ones, whose callers get its answer, labelled with its tag (the
 * project moved on after they asked, so their own answer would be out of date on arrival).
 */
export class AnalysisRunner<Tag> {
  private worker: Worker | null = null;
  private nextId = 1;
  private running: { id: number; request: Request<Tag> } | null = null;
  /** by set of options, oldest first */
  private readonly queued = new Map<string, Request<Tag>>();

  run(optionSet: string, tag: Tag, data: ProjectData, options: AnalyzeOptions): Promise<{ tag: Tag; result: AnalysisResult }> {
    return new Promise((resolve, reject) => {
      const replaced = this.queued.get(optionSet)?.waiting ?? [];
      this.queued.set(optionSet, { tag, data, options, waiting: [...replaced, { resolve, reject }] });
      this.startNext();
    });
  }

  async stop(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    const stopped = new Error('the analysis thread was stopped');
    const requests = [...(this.running ? [this.running.request] : []), ...this.queued.values()];
    this.running = null;
    this.queued.clear();
    for (const r of requests) for (const w of r.waiting) w.reject(stopped);
    if (w) await w.terminate();
  }

  private startNext(): void {
    if (this.running) return;
    const next = this.queued.entries().next();
    if (next.done) return;
    const [optionSet, request] = next.value;
    this.queued.delete(optionSet);
    const id = this.nextId++;
    this.running = { id, request };
    const job: AnalysisJob = { id, data: request.data, options: request.options };
    this.thread().postMessage(job);
  }

  private settle(id: number, outcome: { result: AnalysisResult } | { error: Error }): void {
    const running = this.running;
    if (running?.id !== id) return;
    this.running = null;
    for (const w of running.request.waiting) {
      if ('result' in outcome) w.resolve({ tag: running.request.tag, result: outcome.result });
      else w.reject(outcome.error);
    }
    this.startNext();
  }

  private thread(): Worker {
    if (!this.worker) {
      const w = engineWorker('analysis-worker');
      w.unref();
      w.on('message', (reply: AnalysisReply) => {
        if (reply.ok) this.settle(reply.id, { result: reply.result });
        else if ('user' in reply.error) this.settle(reply.id, { error: UserError.fromSerialized(reply.error.user) });
        else this.settle(reply.id, { error: new Error(reply.error.message) });
      });
      w.on('error', (e) => {
        if (this.worker === w) this.worker = null;
        if (this.running) this.settle(this.running.id, { error: e });
      });
      this.worker = w;
    }
    return this.worker;
  }
}
