import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `serve --open` without the token on a command line: a browser launcher's arguments can be
 * read by every local user (`ps`, /proc/PID/cmdline), so the launcher is given the path of a
 * small forwarding page instead. The page sits in a private folder (0700) of its own, is
 * readable by the user only (0600), holds the address with the token, and sends the browser
 * on to it. It is removed once the token has been used, when the launcher fails, or when the
 * server stops.
 */

/** Starts a program with arguments; resolves once it runs, rejects when it cannot be started. */
export type Launch = (command: string, args: readonly string[]) => Promise<{ exited: Promise<number | null> }>;

export interface ForwardingPage {
  path: string;
  /** removes the page and its folder; safe to call more than once */
  remove(): Promise<void>;
}

const FILE_NAME = 'brobygger.html';

const htmlAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The forwarding page: location.replace (so the page is not left in the history), a meta
 * refresh where scripts are off, and a link as the last resort. It is opened as a file: page,
 * which our Content-Security-Policy does not govern, so its one inline script runs.
 */
export function forwardingPageHtml(url: string): string {
  const attribute = htmlAttribute(url);
  const script = JSON.stringify(url).replace(/</g, '\\u003c');
  return [
    '<!doctype html>',
    '<html>',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="referrer" content="no-referrer">',
    `<meta http-equiv="refresh" content="0; url=${attribute}">`,
    '<title>Brobygger</title>',
    `<script>location.replace(${script});</script>`,
    '</head>',
    `<body><p><a href="${attribute}">Brobygger</a></p></body>`,
    '</html>',
    '',
  ].join('\n');
}

/** Writes the forwarding page into a fresh private folder under `parent` (the system's temp folder). */
export async function writeForwardingPage(url: string, parent: string = tmpdir()): Promise<ForwardingPage> {
  const dir = await mkdtemp(join(parent, 'brobygger-open-'));
  let removed: Promise<void> | null = null;
  const remove = () => (removed ??= rm(dir, { recursive: true, force: true }));
  try {
    // mkdtemp already creates the folder 0700; said again so a umask or platform quirk cannot widen it
    await chmod(dir, 0o700);
    const path = join(dir, FILE_NAME);
    await writeFile(path, forwardingPageHtml(url), { mode: 0o600, flag: 'wx' });
    await chmod(path, 0o600);
    return { path, remove };
  } catch (e) {
    await remove();
    throw e;
  }
}

/** The system's way of opening a file in the default browser. */
export function browserLauncher(platform: NodeJS.Platform, file: string): { command: string; args: string[] } {
  if (platform === 'darwin') return { command: 'open', args: [file] };
  // start's first quoted argument is a window title: an empty one, so a path in quotes is not taken for it
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '', file] };
  return { command: 'xdg-open', args: [file] };
}

/** Launch with child_process.spawn, detached so the browser outlives nothing of ours. */
export const spawnLauncher: Launch = (command, args) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, [...args], { stdio: 'ignore', detached: true });
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve({ exited });
    });
  });

/**
 * Opens `url` in the user's browser through a forwarding page, and removes the page once
 * `used` resolves (the browser has arrived with the token) or the launcher fails. The caller
 * removes it too when the server stops.
 */
export async function openThroughForwardingPage(
  url: string,
  used: Promise<void>,
  opts: { launch: Launch; platform: NodeJS.Platform; parent?: string },
): Promise<ForwardingPage> {
  const page = await writeForwardingPage(url, opts.parent);
  void used.then(() => page.remove());
  const { command, args } = browserLauncher(opts.platform, page.path);
  try {
    const { exited } = await opts.launch(command, args);
    // a launcher that gives up (no browser configured) has not handed the page on
    void exited.then((code) => (code !== 0 && code !== null ? page.remove() : undefined));
  } catch {
    // no launcher on this machine: nobody will read the page; the printed address remains
    await page.remove();
  }
  return page;
}
