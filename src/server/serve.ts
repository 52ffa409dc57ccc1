import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiEvent } from '../core/api/contract';
import { UserError } from '../core/errors';
import { ProjectService } from '../main/engine/service';
import { startBrowserServer, type BrowserServer } from './http-server';
import { openThroughForwardingPage, spawnLauncher, type ForwardingPage, type Launch } from './open-browser';

export interface ServeOptions {
  project?: string | undefined;
  port: number;
  dataDir: string;
  documentsDir: string;
  samplePath: string;
  rendererDir: string;
  version: string;
  print(line: string): void;
  /** also open the address in the system's browser (through a forwarding page: see open-browser.ts) */
  openBrowser?: boolean;
  /** how the browser launcher is started; child_process.spawn unless a test says otherwise */
  launch?: Launch;
  /** resolves when the server should stop (Ctrl+C); without it the server is returned running */
  untilStopped?: (() => Promise<void>) | undefined;
  /** see ServiceOptions.exactQuickWork (tests make the sample take a large network's stages) */
  exactQuickWork?: number;
}

/** Starts browser mode on a project (or on what the app would open at start) and prints its URL. */
export async function serveBrowserMode(
  opts: ServeOptions,
): Promise<{ server: BrowserServer; service: ProjectService; forwarding: ForwardingPage | null }> {
  if (!existsSync(join(opts.rendererDir, 'index.html')))
    throw new UserError('not-found', 'errors.notFound', { file: join(opts.rendererDir, 'index.html') });
  // events reach the server once it is listening; startup happens before that
  const sinks: Array<(event: ApiEvent) => void> = [];
  const service = new ProjectService({
    dataDir: opts.dataDir,
    documentsDir: opts.documentsDir,
    samplePath: opts.samplePath,
    platform: 'browser',
    nativeDialogs: false,
    version: opts.version,
    emit: (event) => sinks.forEach((sink) => sink(event)),
    ...(opts.exactQuickWork !== undefined ? { exactQuickWork: opts.exactQuickWork } : {}),
  });
  service.startup(opts.project);
  const server = await startBrowserServer({ api: service, rendererDir: opts.rendererDir, port: opts.port });
  sinks.push((event) => server.publish(event));
  const tr = service.translator;
  opts.print(tr.t('cli.serving', { url: server.openUrl }));
  opts.print(tr.t('cli.servingHint'));
  // best effort, as before: where no page can be written or no browser started, the printed address remains
  const forwarding: ForwardingPage | null = opts.openBrowser
    ? await openThroughForwardingPage(server.openUrl, server.tokenUsed, {
        launch: opts.launch ?? spawnLauncher,
        platform: process.platform,
      }).catch(() => null)
    : null;
  if (opts.untilStopped) {
    await opts.untilStopped();
    await forwarding?.remove();
    await server.close();
    service.shutdown();
  }
  return { server, service, forwarding };
}
