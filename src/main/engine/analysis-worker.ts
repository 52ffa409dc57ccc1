import { parentPort } from 'node:worker_threads';
import { analyzeNetwork, prepareNetwork, type AnalyzeOptions } from '../../core/analysis/analyze';
import { isUserError } from '../../core/errors';
import type { ProjectData } from '../../core/model/schema';
import { parallelPathStats } from './parallel-paths';

/**
 * The analysis thread: the engine hands it a project and options and goes on serving edits
 * while it works; the shortest-path pass is spread further over the path workers.
 */
export interface AnalysisJob {
  id: number;
  data: ProjectData;
  options: AnalyzeOptions;
}

const port = parentPort;
if (!port) throw new Error('analysis-worker must run as a worker thread');
port.on('message', (job: AnalysisJob) => {
  void (async () => {
    try {
      const net = prepareNetwork(job.data, job.options);
      const paths = await parallelPathStats(net.graph);
      port.postMessage({ id: job.id, ok: true, result: analyzeNetwork(net, { ...job.options, paths }) });
    } catch (e) {
      port.postMessage({
        id: job.id,
        ok: false,
        error: isUserError(e) ? { user: e.serialize(e.message) } : { message: e instanceof Error ? e.message : String(e) },
      });
    }
  })();
});
