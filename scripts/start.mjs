// `npm start`: builds the app and opens it on its sample project. The desktop app when the
// Electron binary is installed; otherwise the same app in the browser (browser mode), so the
// command also works where Electron cannot run (a server, a locked-down machine, CI).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', cwd: root, shell: process.platform === 'win32' });

function electronBinary() {
  const dir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(dir, 'path.txt');
  return existsSync(pathFile) && existsSync(join(dir, 'dist', readFileSync(pathFile, 'utf8')));
}

const build = run(bin('electron-vite'), ['build']);
if (build.status !== 0) process.exit(build.status ?? 1);

if (!electronBinary() && process.env.ELECTRON_SKIP_BINARY_DOWNLOAD !== '1') {
  run(process.execPath, [join(dirname(require.resolve('electron/package.json')), 'install.js')]);
}

if (electronBinary()) {
  process.exit(run(bin('electron-vite'), ['preview']).status ?? 0);
} else {
  console.log('\nElectron is not installed here, so Brobygger opens in your browser instead (browser mode).\n');
  // the analysis threads from the build just made, as the desktop app runs them
  process.env.BROBYGGER_BUILT_WORKERS = '1';
  process.exit(run(bin('tsx'), ['src/cli/index.ts', 'serve', '--open']).status ?? 0);
}
