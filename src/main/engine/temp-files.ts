import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/**
 * Temporary files Brobygger writes beside a target before moving them into place (new projects,
 * "Save as" copies, exported JSON), and the private folders where a read-only command recovers a
 * crashed project. Their names carry the writing process's id and a tag of its machine, so a
 * later run can tell one left by a killed process (which it removes) from one still being
 * written (which it leaves alone), also on a folder shared between machines.
 */
const HOST = createHash('sha256').update(hostname()).digest('hex').slice(0, 6);
const OWNER = `${process.pid}-${HOST}`;

/** `.<name>.<pid>-<host>.<random>.tmp`, and SQLite's sidecars of it. */
const TEMP_SIBLING = /^\.(.+)\.(\d+)-([0-9a-f]{6})\.[0-9a-f]{12}\.tmp(?:-journal|-wal|-shm)?$/;
const PRIVATE_COPY = /^brobygger-read-(\d+)-([0-9a-f]{6})-/;

/** A hidden sibling path for writing a file before it is moved into place in one rename. */
export const tempSibling = (target: string): string =>
  join(dirname(target), `.${basename(target)}.${OWNER}.${randomBytes(6).toString('hex')}.tmp`);

/** Whether the process that wrote a temporary file is provably gone: same machine, no such process. */
function abandoned(pid: number, host: string): boolean {
  if (host !== HOST || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    // EPERM: the process exists and belongs to someone else
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Removes the temporary files that killed Brobygger processes left in a folder (a partial
 * project from an interrupted import, say). Only names of ours whose writer is gone are touched;
 * anything that cannot be listed or removed is left as it is.
 */
export function removeStaleTemps(dir: string): void {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of entries) {
    const m = TEMP_SIBLING.exec(name);
    if (m && abandoned(Number(m[2]), m[3] ?? '')) rmSync(join(dir, name), { force: true });
  }
}

/** A new private folder (readable by this user only) for recovering a copy of a project. */
export function privateFolder(): string {
  removeStalePrivateFolders();
  return mkdtempSync(join(tmpdir(), `brobygger-read-${OWNER}-`));
}

function removeStalePrivateFolders(): void {
  let entries: string[];
  try {
    entries = readdirSync(tmpdir());
  } catch {
    return;
  }
  for (const name of entries) {
    const m = PRIVATE_COPY.exec(name);
    if (m && abandoned(Number(m[1]), m[2] ?? '')) rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}
