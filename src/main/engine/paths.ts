import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding Brobygger's package.json, found from any module inside the app. */
export function findAppRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'brobygger') return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`no Brobygger package.json above ${from}`);
    dir = up;
  }
}

export function appVersion(root: string = findAppRoot()): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

export const SAMPLE_RESOURCE = 'bro-kommune.brobygger';

/**
 * Where the app keeps its state outside Electron (the CLI and browser mode), following each
 * platform's convention; BROBYGGER_DATA_DIR overrides it (tests, portable installs).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env['BROBYGGER_DATA_DIR']) return env['BROBYGGER_DATA_DIR'];
  const home = homedir();
  if (process.platform === 'win32') return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), 'Brobygger');
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'Brobygger');
  return join(env['XDG_DATA_HOME'] ?? join(home, '.local', 'share'), 'brobygger');
}

export function defaultDocumentsDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env['BROBYGGER_DOCUMENTS_DIR']) return env['BROBYGGER_DOCUMENTS_DIR'];
  return join(homedir(), 'Documents', 'Brobygger');
}
