import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { UserError } from '../../core/errors';
import { messageRef, type MessageKey } from '../../core/i18n/catalogue';
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
  if (isCutShort(header, size) && !existsSync(`${path}-journal`) && !existsSync(`${path}-wal`))
    throw damaged(file, 'errors.damageTruncated');
}

/**
 * Whether the file is shorter than its header says. The header's page count is trusted only
 * when SQLite marked it current (the "version valid for" number equals the change counter), and
 * only without a journal or log beside the file, since a crash in the middle of a write can
 * leave the file short until that journal is rolled back.
 */
function isCutShort(header: Buffer, size: number): boolean {
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pages = header.readUInt32BE(28);
  const current = header.readUInt32BE(92) === header.readUInt32BE(24);
  return current && pageSize >= 512 && pages > 0 && size < pages * pageSize;
}

export function isErrno(e: unknown, code: string): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === code;
}

/** What an operating-system error code means for the user, as a catalogue reason. */
const IO_REASONS: Record<string, MessageKey> = {
  EACCES: 'errors.ioDenied',
  EPERM: 'errors.ioDenied',
  ENOSPC: 'errors.ioDiskFull',
  EDQUOT: 'errors.ioDiskFull',
  EROFS: 'errors.ioReadOnly',
  EISDIR: 'errors.ioIsFolder',
  ENOTDIR: 'errors.ioNotFolder',
  ENAMETOOLONG: 'errors.ioNameTooLong',
  EBUSY: 'errors.ioBusy',
  ETXTBSY: 'errors.ioBusy',
  EIO: 'errors.ioDevice',
};

/**
 * A file that could not be read or written, in the user's words: the reason comes from the
 * error's code, never from its message (which is English and may name a temporary file).
 */
export function ioError(path: string, action: 'read' | 'write', e: unknown): UserError {
  const code = errnoCode(e);
  const verb = action === 'read' ? messageRef('errors.ioRead') : messageRef('errors.ioWrite');
  const reason =
    code === 'ENOENT' ? (action === 'read' ? 'errors.ioMissingFile' : 'errors.ioMissingFolder') : code && IO_REASONS[code];
  if (reason) return new UserError('io', 'errors.io', { file: path, action: verb, detail: messageRef(reason) });
  return new UserError('io', 'errors.ioCode', { file: path, action: verb, code: code && /^E[A-Z]+$/.test(code) ? code : '?' });
}

const errnoCode = (e: unknown): string | undefined => {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
};

/** A project that is damaged, with what is wrong as a catalogue reason. */
export const damaged = (file: string, reason: MessageKey): UserError =>
  new UserError('corrupt', 'errors.corrupt', { file, detail: messageRef(reason) });

/** SQLite's error codes, as better-sqlite3 reports them, in the user's terms (never SQLite's wording). */
export function sqliteUserError(path: string, e: unknown, action: 'read' | 'write' = 'write'): UserError | undefined {
  const code = errnoCode(e);
  if (code === undefined || !code.startsWith('SQLITE_')) return undefined;
  const file = basename(path);
  const verb = action === 'read' ? messageRef('errors.ioRead') : messageRef('errors.ioWrite');
  const io = (reason: MessageKey) => new UserError('io', 'errors.io', { file: path, action: verb, detail: messageRef(reason) });
  if (code === 'SQLITE_NOTADB')
    return new UserError('not-a-project', 'errors.notAProject', { file, reason: messageRef('errors.reasonNotSqlite') });
  if (code.startsWith('SQLITE_CORRUPT')) return damaged(file, 'errors.damagePages');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new UserError('locked', 'errors.locked', { file });
  if (code === 'SQLITE_FULL') return io('errors.ioDiskFull');
  if (code.startsWith('SQLITE_READONLY')) return io('errors.ioReadOnly');
  if (code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') return io('errors.ioDenied');
  if (code.startsWith('SQLITE_CANTOPEN')) return io('errors.ioCannotOpen');
  if (code.startsWith('SQLITE_IOERR')) return io('errors.ioDevice');
  return undefined;
}
