import type { Worker } from 'node:worker_threads';
import type { AnalysisResult, AnalysisStage, AnalyzeOptions } from '../../core/analysis/analyze';
import { UserError } from '../../core/errors';
import type { ProjectData } from '../../core/model/schema';
import type { AnalysisJob, AnalysisReply } from './analysis-worker';
import { engineWorker } from './parallel-paths';
import { projectDelta } from './project-delta';
import { valueOfJsonText, type JsonText } from '../../core/api/json-text';
import type { WindowAnswer } from './window-answer';

/** A stage of an analysis: as the window is sent it (text), and read back where the engine needs it. */
export interface StagedAnswer<Tag> {
  tag: Tag;
  stage: AnalysisStage;
  complete: boolean;
  text: JsonText<AnalysisResult>;
  /** the text read, once, when first asked for */
  result(): AnalysisResult;
}

function stagedAnswer<Tag>(tag: Tag, { stage, complete, text }: WindowAnswer): StagedAnswer<Tag> {
  let read: AnalysisResult | null = null;
  return { tag, stage, complete, text, result: () => (read ??= valueOfJsonText(text)) };
}

export interface PassProgress {
  stage: Exclude<AnalysisStage, 'structure'>;
  /** share of the pass done, 0..1 */
  done: number;
}

const RANK: Record<AnalysisStage, number> = { structure: 0, estimate: 1, exact: 2 };

/**
 * One analysis as its stages come in. A request that a newer one replaced (the project moved on)
 * forwards to the newer one: its callers get the newer answers, labelled with the newer tag.
 */
export class StagedAnalysis<Tag> {
  latest: StagedAnswer<Tag> | null = null;
  progress: PassProgress | null = null;
  private failure: Error | null = null;
  private forward: StagedAnalysis<Tag> | null = null;
  private wake: Array<() => void> = [];

  /** the newest answer beyond `after` (any answer when null); the complete one at the latest */
  answer(after: AnalysisStage | null = null): Promise<StagedAnswer<Tag>> {
    return this.first((latest) => after === null || latest.complete || RANK[latest.stage] > RANK[after], (newer) => newer.answer(null));
  }

  /** the complete answer (exact values where the run makes them) */
  complete(): Promise<StagedAnswer<Tag>> {
    return this.first((latest) => latest.complete, (newer) => newer.complete());
  }

  /** the first answer that `fits`, waiting for it; from the newer request once forwarded */
  private async first(fits: (latest: StagedAnswer<Tag>) => boolean, fromNewer: (newer: StagedAnalysis<Tag>) => Promise<StagedAnswer<Tag>>): Promise<StagedAnswer<Tag>> {
    for (;;) {
      if (this.forward) return fromNewer(this.forward);
      if (this.failure) throw this.failure;
      if (this.latest && fits(this.latest)) return this.latest;
      await new Promise<void>((resolve) => this.wake.push(resolve));
    }
  }

  /** where this request's callers are now answered from */
  current(): StagedAnalysis<Tag> {
    return this.forward ? this.forward.current() : this;
  }

  deliver(answer: StagedAnswer<Tag>): void {
    this.latest = answer;
    if (answer.complete) this.progress = null;
    this.notify();
  }

  setProgress(progress: PassProgress): void {
    this.progress = progress;
  }

  fail(e: Error): void {
    this.failure = e;
    this.notify();
  }

  forwardTo(newer: StagedAnalysis<Tag>): void {
    this.forward = newer;
    this.notify();
  }

  get settled(): boolean {
    return this.failure !== null || this.latest?.complete === true;
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = [];
    for (const w of wake) w();
  }
}

interface Request<Tag> {
  optionSet: string;
  tag: Tag;
  data: ProjectData;
  options: AnalyzeOptions;
  handle: StagedAnalysis<Tag>;
}

/**
 * Runs analyses on their own thread, so a large network never holds up an edit. One analysis
 * runs at a time. Of the requests that arrive meanwhile, only the newest for each set of options
 * is kept: it replaces the older ones, which forward to it. A newer request for the options of
 * the running analysis stops that one at its next step (its answer would be out of date).
 */
export class AnalysisRunner<Tag> {
  private worker: Worker | null = null;
  private nextId = 1;
  private running: { id: number; request: Request<Tag> } | null = null;
  /** the version of the project the thread holds (the last one sent to it) */
  private held: ProjectData | null = null;
  /** by set of options, oldest first */
  private readonly queued = new Map<string, Request<Tag>>();

  /** `exactQuickWork`: see analysis-stages.ts (EXACT_QUICK_WORK); tests lower it */
  constructor(private readonly exactQuickWork?: number) {}

  run(optionSet: string, tag: Tag, data: ProjectData, options: AnalyzeOptions): StagedAnalysis<Tag> {
    const handle = new StagedAnalysis<Tag>();
    this.queued.get(optionSet)?.handle.forwardTo(handle);
    this.queued.set(optionSet, { optionSet, tag, data, options, handle });
    const running = this.running;
    if (running?.request.optionSet === optionSet && !running.request.handle.settled) {
      this.thread().postMessage({ kind: 'cancel', id: running.id } satisfies AnalysisJob);
      running.request.handle.forwardTo(handle);
    }
    this.startNext();
    return handle;
  }

  /** Starts the thread (and its path threads) before the first analysis needs them. */
  warm(): void {
    this.thread();
  }

  async stop(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    this.held = null;
    const stopped = new Error('the analysis thread was stopped');
    const requests = [...(this.running ? [this.running.request] : []), ...this.queued.values()];
    this.running = null;
    this.queued.clear();
    for (const r of requests) r.handle.fail(stopped);
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
    const thread = this.thread();
    const held = this.held;
    thread.postMessage({
      kind: 'run',
      id,
      ...(held ? { delta: projectDelta(held, request.data) } : { data: request.data }),
      options: request.options,
      ...(this.exactQuickWork !== undefined ? { exactQuickWork: this.exactQuickWork } : {}),
    } satisfies AnalysisJob);
    this.held = request.data;
  }

  private onReply(reply: AnalysisReply): void {
    const running = this.running;
    if (running?.id !== reply.id) return;
    const { handle, tag } = running.request;
    switch (reply.kind) {
      case 'progress':
        handle.setProgress({ stage: reply.stage, done: reply.done });
        return;
      case 'stage':
        handle.deliver(stagedAnswer(tag, reply.answer));
        return;
      case 'done':
        handle.deliver(stagedAnswer(tag, reply.answer));
        break;
      case 'cancelled':
        break;
      case 'error':
        handle.fail('user' in reply.error ? UserError.fromSerialized(reply.error.user) : new Error(reply.error.message));
        break;
    }
    this.running = null;
    this.startNext();
  }

  private thread(): Worker {
    if (!this.worker) {
      const w = engineWorker('analysis-worker');
      w.unref();
      w.on('message', (reply: AnalysisReply) => this.onReply(reply));
      // a new thread holds no project yet
      this.held = null;
      w.on('error', (e) => {
        if (this.worker === w) this.worker = null;
        const running = this.running;
        if (running) {
          this.running = null;
          running.request.handle.fail(e);
          this.startNext();
        }
      });
      this.worker = w;
    }
    return this.worker;
  }
}
