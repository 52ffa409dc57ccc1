import { parentPort } from 'node:worker_threads';
import { runInBackground } from './background-priority';
import type { AnalysisStage, AnalyzeOptions } from '../../core/analysis/analyze';
import { isUserError, type SerializedUserError } from '../../core/errors';
import type { ProjectData } from '../../core/model/schema';
import { analyzeInStages, PathMemo, type StageReport } from './analysis-stages';
import { applyProjectDelta, type ProjectDelta } from './project-delta';
import { windowAnswer, type WindowAnswer } from './window-answer';
import { PassCancelled, warmPathThreads } from './parallel-paths';

/**
 * The analysis thread: the engine hands it a project and options and goes on serving edits
 * while it works; the shortest-path passes are spread further over the path workers. It answers
 * in stages (see analysis-stages.ts), tells the exact pass' progress, and stops a job (its path
 * threads at their next source) when a newer one has made it useless.
 */
export type AnalysisJob =
  | ({ kind: 'run'; id: number; options: AnalyzeOptions; exactQuickWork?: number } & ({ data: ProjectData } | { delta: ProjectDelta }))
  | { kind: 'cancel'; id: number };

export type AnalysisReply =
  | { id: number; kind: 'stage' | 'done'; answer: WindowAnswer }
  | { id: number; kind: 'progress'; stage: Exclude<AnalysisStage, 'structure'>; done: number }
  | { id: number; kind: 'cancelled' }
  | { id: number; kind: 'error'; error: { user: SerializedUserError } | { message: string } };

const port = parentPort;
if (!port) throw new Error('analysis-worker must run as a worker thread');
runInBackground();
// a project was just opened: the path threads start while its map is drawn, not when asked
warmPathThreads();
const reply = (r: AnalysisReply) => port.postMessage(r);
const answer = (id: number, kind: 'stage' | 'done', report: StageReport) => reply({ id, kind, answer: windowAnswer(report) });
const memo = new PathMemo();
const cancelled = new Set<number>();
/** the version of the project the last job brought: the next one comes as changes to it */
let held: ProjectData | null = null;
port.on('message', (job: AnalysisJob) => {
  if (job.kind === 'cancel') {
    cancelled.add(job.id);
    return;
  }
  const { id } = job;
  const data = 'data' in job ? job.data : held && applyProjectDelta(held, job.delta);
  if (!data) {
    reply({ id, kind: 'error', error: { message: 'the analysis thread was sent changes without the project they change' } });
    return;
  }
  held = data;
  analyzeInStages(data, job.options, {
    mode: 'auto',
    progressive: true,
    ...(job.exactQuickWork !== undefined ? { exactQuickWork: job.exactQuickWork } : {}),
    memo,
    onStage: (report) => answer(id, 'stage', report),
    onProgress: (stage, done) => reply({ id, kind: 'progress', stage, done }),
    cancelled: () => cancelled.has(id),
  })
    .then(
      (report) => answer(id, 'done', report),
      (e: unknown) => {
        if (e instanceof PassCancelled) reply({ id, kind: 'cancelled' });
        else
          reply({
            id,
            kind: 'error',
            error: isUserError(e) ? { user: e.serialize(e.message) } : { message: e instanceof Error ? e.message : String(e) },
          });
      },
    )
    .finally(() => cancelled.delete(id));
});
