import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder for one test, removed after it. */
export function tempDir(prefix = 'brobygger-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Files in a folder, to check that nothing (temporary files, logs) was left behind. */
export const filesIn = (dir: string): string[] => readdirSync(dir).sort();
