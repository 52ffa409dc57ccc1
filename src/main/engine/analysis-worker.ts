import { parentPort } from 'node:worker_threads';
import { runInBackground } from './background-priority';
import type { AnalysisResult, AnalyzeOptions } from '../../core/analysis/analyze';
import { isUserError, type SerializedUserError } from '../../core/errors';
import type { ProjectData } from '../../core/model/schema';
import { analyzeOnThreads, PathMemo } from './parallel-paths';

/**
 * The analysis thread: the engine hands it a project and options and goes on serving edits
 * while it works; the shortest-path pass is spread further over the path workers.
 */
export interface AnalysisJob {
  id: number;
  data: ProjectData;
  options: AnalyzeOptions;
}

export type AnalysisReply =
  | { id: number; ok: true; result: AnalysisResult }
  | { id: number; ok: false; error: { user: SerializedUserError } | { message: string } };

const port = parentPort;
if (!port) throw new Error('analysis-worker must run as a worker thread');
runInBackground();
const reply = (r: AnalysisReply) => port.postMessage(r);
const memo = new PathMemo();
port.on('message', (job: AnalysisJob) => {
  analyzeOnThreads(job.data, job.options, memo).then(
    (result) => reply({ id: job.id, ok: true, result }),
    (e: unknown) =>
      reply({
        id: job.id,
        ok: false,
        error: isUserError(e) ? { user: e.serialize(e.message) } : { message: e instanceof Error ? e.message : String(e) },
      }),
  );
});
