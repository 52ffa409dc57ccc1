import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { UserError } from '../../core/errors';
import { messageRef } from '../../core/i18n/catalogue';
import { APPLICATION_ID, LATEST_VERSION } from './migrations';

/** The first 16 bytes of every SQLite 3 database file. */
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'binary');

export const PROJECT_EXTENSION = '.brobygger';

/**
 * Looks at a file's bytes before SQLite opens it for writing, so that a file that is not a
 * project, or is one from a newer version, is refused without a single byte changed. The
 * header's version may lag behind a write-ahead log; the store checks it again once open.
 */
export function inspectProjectFile(path: string): void {
  const file = basename(path);
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory())
      throw new UserError('not-a-project', 'errors.notAProject', { file, reason: messageRef('errors.reasonDirectory') });
    size = st.size;
  } catch (e) {
    if (e instanceof UserError) throw e;
    if (isErrno(e, 'ENOENT')) throw new UserError('not-found', 'errors.notFound', { file: path });
    throw ioError(path, 'read', e);
  }
  if (size === 0) throw new UserError('not-a-project', 'errors.notAProject', { file, reason: messageRef('errors.reasonEmpty') });

  const header = Buffer.alloc(100);
  let read: number;
  try {
    const fd = openSync(path, 'r');
    try {
      read = readSync(fd, header, 0, 100, 0);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw ioError(path, 'read', e);
  }
  if (read < 100 || !header.subarray(0, 16).equals(SQLITE_MAGIC))
    throw new UserError('not-a-project', 'errors.notAProject', { file, reason: messageRef('errors.reasonNotSqlite') });
  const userVersion = header.readUInt32BE(60);
  const applicationId = header.readUInt32BE(68);
  if (applicationId !== APPLICATION_ID)
    throw new UserError('not-a-project', 'errors.notAProject', { file, reason: messageRef('errors.reasonForeignDatabase') });
  if (userVersion > LATEST_VERSION)
    throw new UserError('newer-version', 'errors.newerVersion', {
      file,
      found: userVersion,
      supported: LATEST_VERSION,
    });
}

export function isErrno(e: unknown, code: string): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === code;
}

export function ioError(path: string, action: 'read' | 'write', e: unknown): UserError {
  const detail = e instanceof Error ? e.message.replace(/^[A-Z]+: /, '') : String(e);
  return new UserError('io', 'errors.io', {
    file: path,
    action: action === 'read' ? messageRef('errors.ioRead') : messageRef('errors.ioWrite'),
    detail,
  });
}

/** SQLite's error codes, as better-sqlite3 reports them, in the user's terms. */
export function sqliteUserError(path: string, e: unknown): UserError | undefined {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  if (typeof code !== 'string') return undefined;
  const file = basename(path);
  const detail = e instanceof Error ? e.message : code;
  if (code === 'SQLITE_NOTADB')
    return new UserError('not-a-project', 'errors.notAProject', { file, reason: messageRef('errors.reasonNotSqlite') });
  if (code.startsWith('SQLITE_CORRUPT')) return new UserError('corrupt', 'errors.corrupt', { file, detail });
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new UserError('locked', 'errors.locked', { file });
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_READONLY')
    return ioError(path, 'write', e);
  if (code === 'SQLITE_FULL') return ioError(path, 'write', e);
  return undefined;
}
