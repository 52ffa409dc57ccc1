import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { appVersion, findAppRoot, SAMPLE_RESOURCE } from '../../src/main/engine/paths';
import { browserLauncher, forwardingPageHtml, type Launch } from '../../src/server/open-browser';
import { serveBrowserMode, type ServeOptions } from '../../src/server/serve';
import { tempDir } from '../helpers/temp';

const root = findAppRoot(fileURLToPath(import.meta.url));

/** A launcher that records what it was started with, and exits as the test says. */
function recordingLauncher(outcome: 'runs' | 'missing' | 'gives up' = 'runs') {
  const started: Array<{ command: string; args: readonly string[] }> = [];
  const launch: Launch = (command, args) => {
    started.push({ command, args });
    if (outcome === 'missing') return Promise.reject(new Error(`spawn ${command} ENOENT`));
    return Promise.resolve({ exited: Promise.resolve(outcome === 'gives up' ? 3 : 0) });
  };
  return { started, launch, page: () => started[0]?.args.at(-1) ?? '' };
}

const stops: Array<() => void> = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

/** `serve --open` on the sample with a stand-in renderer; returns once the launcher was started. */
async function serveAndOpen(launch: Launch, extra: Partial<ServeOptions> = {}) {
  const rendererDir = join(tempDir('brobygger-serve-open-'), 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Brobygger</title>');
  let stop = () => {};
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  stops.push(stop);
  const printed: string[] = [];
  let launched = () => {};
  const started = new Promise<void>((resolve) => (launched = resolve));
  const served = serveBrowserMode({
    port: 0,
    dataDir: tempDir('brobygger-serve-open-data-'),
    documentsDir: tempDir('brobygger-serve-open-documents-'),
    samplePath: join(root, 'resources', SAMPLE_RESOURCE),
    rendererDir,
    version: appVersion(root),
    print: (line) => printed.push(line),
    openBrowser: true,
    launch: (command, args) => {
      launched();
      return launch(command, args);
    },
    untilStopped: () => stopped,
    ...extra,
  });
  await Promise.race([started, served.then(() => Promise.reject(new Error('serve ended before it started the browser')))]);
  const url = /http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+/.exec(printed.join('\n'))?.[0] ?? '';
  const token = url.split('#token=')[1] ?? '';
  return { url, token, origin: url.split('#')[0] ?? '', stop: async () => (stop(), await served) };
}

const mode = (path: string) => statSync(path).mode & 0o777;

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (condition()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('serve --open', () => {
  it("starts the browser launcher with a page's path, and never with the token", async () => {
    const launcher = recordingLauncher();
    const { token, url, stop } = await serveAndOpen(launcher.launch);

    expect(token.length).toBeGreaterThan(30);
    expect(launcher.started).toHaveLength(1);
    const argv = [launcher.started[0]?.command ?? '', ...(launcher.started[0]?.args ?? [])];
    expect(argv.join(' ')).not.toContain(token);
    expect(argv.join(' ')).not.toContain('#token');
    expect(argv).toEqual(Object.values(browserLauncher(process.platform, launcher.page())).flat());
    // the page holds the address with the token, for the browser to go on to
    expect(readFileSync(launcher.page(), 'utf8')).toContain(`location.replace(${JSON.stringify(url)})`);
    await stop();
  });

  it('writes the page readable by the user only (0600), in a private folder of its own (0700)', async () => {
    const launcher = recordingLauncher();
    const { stop } = await serveAndOpen(launcher.launch);

    expect(mode(launcher.page()).toString(8)).toBe('600');
    expect(mode(dirname(launcher.page())).toString(8)).toBe('700');
    await stop();
  });

  it('removes the page once a browser has called the API with the token, and not before', async () => {
    const launcher = recordingLauncher();
    const { token, origin, stop } = await serveAndOpen(launcher.launch);
    const page = launcher.page();

    // a stranger's requests (static files are public; the API wants the token) leave it in place
    expect((await fetch(origin)).status).toBe(200);
    const refused = await fetch(`${origin}api/getAppInfo`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"input":{}}' });
    expect(refused.status).toBe(401);
    await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(page)).toBe(true);

    const call = await fetch(`${origin}api/getAppInfo`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: '{"input":{}}',
    });
    expect(call.status).toBe(200);
    await until(() => !existsSync(dirname(page)), 'the page and its folder to go');
    await stop();
  });

  it('removes the page when serve stops before a browser came', async () => {
    const launcher = recordingLauncher();
    const { stop } = await serveAndOpen(launcher.launch);
    expect(existsSync(launcher.page())).toBe(true);

    await stop();
    expect(existsSync(dirname(launcher.page()))).toBe(false);
  });

  it.each([
    ['cannot be started', 'missing'],
    ['exits with an error (no browser configured)', 'gives up'],
  ] as const)('removes the page at once when the launcher %s, and keeps serving', async (_what, outcome) => {
    const launcher = recordingLauncher(outcome);
    const { origin, stop } = await serveAndOpen(launcher.launch);

    await until(() => !existsSync(dirname(launcher.page())), 'the page to go');
    expect((await fetch(origin)).status).toBe(200);
    await stop();
  });
});

describe('the forwarding page', () => {
  it('escapes the address for the attribute and the script it is written into', () => {
    const html = forwardingPageHtml('http://127.0.0.1:1/#token="></script><b>&\'');
    expect(html).not.toContain('"></script><b>');
    expect(html).toContain('content="0; url=http://127.0.0.1:1/#token=&quot;&gt;&lt;/script&gt;&lt;b&gt;&amp;&#39;"');
    expect(html).toContain('location.replace("http://127.0.0.1:1/#token=\\">\\u003c/script>\\u003cb>&\'");');
  });
});
