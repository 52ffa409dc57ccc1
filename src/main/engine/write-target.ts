import { accessSync, constants, statSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { UserError } from '../../core/errors';
import { ioError, isErrno } from './project-file';

const statOrNull = (path: string): Stats | null => {
  try {
    return statSync(path);
  } catch (e) {
    if (isErrno(e, 'ENOENT') || isErrno(e, 'ENOTDIR')) return null;
    throw ioError(path, 'read', e);
  }
};

/**
 * Checks, before anything is written, that a file can be written where the user asked: its
 * folder exists, is a folder and may be written to, and the target is not itself a folder. Each
 * case gets a message naming the folder, instead of an operating-system or SQLite message about
 * a temporary file the user never asked for. `example` is a file name suggested for a folder.
 */
export function checkWriteTarget(target: string, example: string): void {
  const targetStats = statOrNull(target);
  if (targetStats?.isDirectory()) throw new UserError('invalid', 'errors.targetIsFolder', { file: target, example: join(target, example) });
  const folder = dirname(target);
  const stats = statOrNull(folder);
  if (!stats) {
    // the nearest part of the path that exists says whether a folder is missing or a file is in the way
    let existing = dirname(folder);
    while (existing !== dirname(existing) && !statOrNull(existing)) existing = dirname(existing);
    if (statOrNull(existing)?.isDirectory() === false) throw new UserError('invalid', 'errors.notAFolder', { folder: existing, file: target });
    throw new UserError('not-found', 'errors.folderMissing', { folder });
  }
  if (!stats.isDirectory()) throw new UserError('invalid', 'errors.notAFolder', { folder, file: target });
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new UserError('io', 'errors.folderNotWritable', { folder });
  }
}
