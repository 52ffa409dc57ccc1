import { parentPort, workerData } from 'node:worker_threads';
import { ProjectService } from './service';
import type { EngineReply, EngineRequest, EngineWorkerData } from './worker-protocol';

/**
 * The engine's thread in the Electron app: better-sqlite3 is synchronous, so it runs here and
 * the main process (and with it every window) never waits on the disk.
 */
const port = parentPort;
if (!port) throw new Error('the engine worker must run as a worker thread');
const data = workerData as EngineWorkerData;
const post = (reply: EngineReply) => port.postMessage(reply);

const service = new ProjectService({
  ...data,
  platform: 'electron',
  nativeDialogs: true,
  emit: (event) => post({ kind: 'event', event }),
});

port.on('message', (request: EngineRequest) => {
  switch (request.kind) {
    case 'call':
      void service.dispatch(request.method, request.input).then((result) => post({ kind: 'result', id: request.id, result }));
      return;
    case 'startup':
      try {
        post({ kind: 'result', id: request.id, result: { ok: true, value: service.startup(request.project) } });
      } catch (e) {
        console.error(service.describe(e));
        void service.dispatch('getProject', {}).then((result) => post({ kind: 'result', id: request.id, result }));
      }
      return;
    case 'shutdown':
      service.shutdown();
      post({ kind: 'result', id: request.id, result: { ok: true, value: null } });
      return;
  }
});
