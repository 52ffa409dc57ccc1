import Database from 'better-sqlite3';
import { copyFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { damaged, isErrno } from './project-file';
import { privateFolder } from './temp-files';

/**
 * SQLite's answers to a read-only open that mean the file needs writing before it can be read:
 * a hot rollback journal left by a crash (READONLY_ROLLBACK), or a write-ahead-log file, whose
 * log can only be read through a shared-memory file that a reader would have to create (with
 * the exclusive locking used here, the exclusive lock a read-only descriptor cannot take).
 */
const NEEDS_RECOVERY = new Set(['SQLITE_READONLY_ROLLBACK', 'SQLITE_READONLY_RECOVERY', 'SQLITE_IOERR_LOCK', 'SQLITE_READONLY_CANTINIT']);

/**
 * Opens a project for reading without changing a byte of it or of anything beside it. In the
 * usual case that is a read-only connection holding a shared lock (so a writer elsewhere is
 * refused while it reads, and an open writer makes this fail with SQLITE_BUSY, before anything
 * is read). A file a crash left with a hot journal or in write-ahead mode is copied, with its
 * journal or log, into a private folder; the copy is opened for writing there, so SQLite rolls
 * it back or replays its log as the app would, and what is read is the committed state, held in
 * memory. The user's file, journal and log stay as they were, for the app to recover.
 */
export function openForReading(path: string): Database.Database {
  const db = new Database(path, { readonly: true, fileMustExist: true, timeout: 0 });
  try {
    // before the first read: a write-ahead log is then never read through a shared-memory file
    db.pragma('locking_mode = EXCLUSIVE');
    db.prepare('SELECT COUNT(*) FROM sqlite_master').get();
    return db;
  } catch (e) {
    db.close();
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && NEEDS_RECOVERY.has(code)) return recoveredCopy(path);
    throw e;
  }
}

function recoveredCopy(path: string): Database.Database {
  const dir = privateFolder();
  try {
    const copy = join(dir, 'project.brobygger');
    copyFileSync(path, copy);
    for (const sidecar of ['-journal', '-wal']) {
      try {
        copyFileSync(`${path}${sidecar}`, `${copy}${sidecar}`);
      } catch (e) {
        if (!isErrno(e, 'ENOENT')) throw e;
      }
    }
    const rw = new Database(copy, { fileMustExist: true, timeout: 0 });
    try {
      // rolls the journal back (or replays the log) and leaves one self-contained file
      rw.pragma('journal_mode = DELETE');
      return new Database(rw.serialize());
    } catch (e) {
      // damaged pages are reported as such; any other failure here is the journal's or the log's
      if (!(e instanceof Database.SqliteError) || /^SQLITE_(CORRUPT|NOTADB)/.test(e.code)) throw e;
      throw damaged(basename(path), 'errors.damageJournal');
    } finally {
      rw.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
