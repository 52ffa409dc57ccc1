import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { ioError } from './project-file';
import { removeStaleTemps, tempSibling } from './temp-files';
import { checkWriteTarget } from './write-target';

/**
 * Writes a file so that readers see the old content or the new, never a mix: the bytes go to a
 * temporary sibling, are flushed to disk, and the sibling is renamed over the target. A folder
 * that is missing or may not be written is refused first, naming it.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, example = basename(path)): void {
  checkWriteTarget(path, example);
  removeStaleTemps(dirname(path));
  const tmp = tempSibling(path);
  try {
    const fd = openSync(tmp, 'wx');
    try {
      writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw ioError(path, 'write', e);
  }
}
