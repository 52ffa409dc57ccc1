import type Database from 'better-sqlite3';

/**
 * What keeps deleted content out of a project file's bytes. The data name real persons, so a
 * row that is deleted (an actor, a history step dropped from the redo stack) must not stay
 * readable in the file's free pages or in its write-ahead log.
 */

/**
 * Every writable connection overwrites what it deletes with zeros (SQLite's `secure_delete`),
 * in the table's page and in pages it frees. It costs a little extra writing per delete.
 */
export function overwriteWhatIsDeleted(db: Database.Database): void {
  db.pragma('secure_delete = ON');
}

/**
 * Rewrites the file without free pages (VACUUM) and then empties the write-ahead log into it
 * (`wal_checkpoint(TRUNCATE)`), so that nothing deleted before survives anywhere in the file or
 * beside it. VACUUM's working copy is kept in memory, not in a temporary file on disk. Runs
 * outside any transaction.
 */
export function purgeFreedContent(db: Database.Database): void {
  const tempStore = db.pragma('temp_store', { simple: true }) as number;
  db.pragma('temp_store = MEMORY');
  try {
    db.exec('VACUUM');
  } finally {
    db.pragma(`temp_store = ${tempStore}`);
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
}
