import Database from 'better-sqlite3';
import * as z from 'zod';
import { UserError } from '../../core/errors';
import { messageRef, type MessageKey } from '../../core/i18n/catalogue';
import { AttributesSchema, ProjectSettingsSchema } from '../../core/model/schema';
import type { Migration } from './migrations';
import { damaged } from './project-file';

/**
 * What Brobygger checks when it opens a project, so that a damaged file is refused at once with
 * one message saying what is wrong, instead of failing later in the middle of a read, an edit or
 * an analysis with SQLite's or a validator's words.
 */

/**
 * Up to this file size `PRAGMA integrity_check` runs on every open; above it only `quick_check`,
 * which finds damaged pages and records and an index with too many or too few entries, but not
 * index entries that name the wrong value for their row. Measured by `npm run bench`
 * (tests/bench/store.ts; the figures are in the README): integrity_check takes 25–61 ms at 2,000
 * actors (1.9 MB) and 0.38–0.57 s at 20,000 actors / 100,000 ties (18.7 MB), against 5–13 ms and
 * 43–85 ms for quick_check; at 20,000 actors that is about a third of a read-only open, a few per
 * cent of the app's. Its cost grows with the file as the read that follows does, so it is kept
 * wherever a project can still be worked with. A sample of every index's entries, tried as the
 * cheaper check, took 0.1 s at 2,000 actors and 0.2–0.8 s at 20,000: no less than the full check.
 */
export const FULL_CHECK_MAX_BYTES = 256 * 1024 * 1024;

export type IntegrityCheck = 'integrity_check' | 'quick_check';

/** Which check a file of this many bytes gets on opening. */
export const integrityCheckFor = (bytes: number, maxFullBytes = FULL_CHECK_MAX_BYTES): IntegrityCheck =>
  bytes <= maxFullBytes ? 'integrity_check' : 'quick_check';

/** Errors that come from what a file holds rather than from a bug: SQLite's, JSON's and zod's. */
export function isDamage(e: unknown): boolean {
  return (
    e instanceof Database.SqliteError ||
    e instanceof SyntaxError ||
    e instanceof z.core.$ZodError ||
    // JSON nested deeper than the stack
    e instanceof RangeError
  );
}

/** SQLite's integrity report, as the reason a user is told. */
function integrityReason(report: readonly string[]): MessageKey {
  if (report.some((line) => /\bindex\b/i.test(line))) return 'errors.damageIndex';
  if (report.some((line) => /^(NULL value|CHECK constraint|NUMERIC value|TEXT value|BLOB value|INTEGER value|REAL value)/.test(line.trim())))
    return 'errors.damageContent';
  return 'errors.damagePages';
}

/** SQLite's own checks of the file's pages, records, constraints and (where affordable) indexes. */
export function checkPages(db: Database.Database, file: string, maxFullBytes = FULL_CHECK_MAX_BYTES): void {
  const bytes = (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
  const report = (db.prepare(`PRAGMA ${integrityCheckFor(bytes, maxFullBytes)}(1)`).pluck().all() as string[]).filter((line) => line !== 'ok');
  if (report.length > 0) throw damaged(file, integrityReason(report));
}

type Schema = Map<string, string>;

/** Each table's columns (name, type, NOT NULL, key position), as one comparable string per table. */
function schemaOf(db: Database.Database): Schema {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const out: Schema = new Map();
  for (const table of tables) {
    const columns = db.prepare('SELECT name, type, "notnull" AS nn, pk FROM pragma_table_info(?) ORDER BY name').all(table) as Array<{
      name: string;
      type: string;
      nn: number;
      pk: number;
    }>;
    out.set(table, columns.map((c) => `${c.name} ${c.type.toUpperCase()} ${c.nn} ${c.pk}`).join(', '));
  }
  return out;
}

/** The schema a file of each version has, built once from the migrations up to it. */
const expected = new WeakMap<readonly Migration[], Map<number, Schema>>();
function expectedSchema(migrations: readonly Migration[], version: number): Schema {
  let byVersion = expected.get(migrations);
  if (!byVersion) expected.set(migrations, (byVersion = new Map<number, Schema>()));
  let schema = byVersion.get(version);
  if (!schema) {
    const db = new Database(':memory:');
    try {
      db.transaction(() => {
        for (const m of migrations) if (m.version <= version) m.up(db);
      })();
      schema = schemaOf(db);
    } finally {
      db.close();
    }
    byVersion.set(version, schema);
  }
  return schema;
}

/**
 * The file's tables and columns are those its version's migrations made: a table missing,
 * renamed or with a column dropped, renamed or added (which the next migration would then
 * fail on as a "duplicate column") is refused before any migration or read runs.
 */
export function checkSchema(db: Database.Database, file: string, version: number, migrations: readonly Migration[]): void {
  const want = expectedSchema(migrations, version);
  const have = schemaOf(db);
  const refuse = (table: string, problem: MessageKey) =>
    new UserError('corrupt', 'errors.corruptSchema', { file, table, problem: messageRef(problem) });
  for (const [table, columns] of want) {
    const found = have.get(table);
    if (found === undefined) throw refuse(table, 'errors.schemaMissing');
    if (found !== columns) throw refuse(table, 'errors.schemaColumns');
  }
  for (const table of have.keys()) if (!want.has(table)) throw refuse(table, 'errors.schemaUnknown');
  // a trigger another tool added would change what an edit or an undo writes
  const trigger = db.prepare("SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' LIMIT 1").pluck().get() as string | undefined;
  if (trigger !== undefined) throw refuse(trigger, 'errors.schemaTrigger');
}

/** Every reference (tie ends, members, seats, wave links, codes) points at a row that exists. */
export function checkReferences(db: Database.Database, file: string): void {
  // the first broken reference is enough; SQLite stops looking once asked for no more
  if (db.prepare('PRAGMA foreign_key_check').raw().get() !== undefined) throw damaged(file, 'errors.damageReferences');
}

/**
 * The JSON a read does not validate in full (tie attributes are read with JSON.parse only, for
 * speed) and the history's JSON, which is parsed only when a step is undone: checked here in
 * SQL, so a read, an undo or an analysis never meets text that is not what Brobygger wrote.
 */
export function checkStoredJson(db: Database.Database, file: string): void {
  // (a file older than format 2 has no tie attributes yet)
  const tieAttributes = db.prepare("SELECT 1 FROM pragma_table_info('ties') WHERE name = 'attributes'").get() !== undefined;
  const ties = tieAttributes ? (db.prepare("SELECT attributes FROM ties WHERE attributes <> '{}'").pluck().iterate() as IterableIterator<string>) : [];
  for (const text of ties) {
    if (!AttributesSchema.safeParse(parseOrUndefined(text)).success) throw damaged(file, 'errors.damageTies');
  }
  const history = db
    .prepare(
      `SELECT 1 FROM history WHERE
         CASE WHEN json_valid(label_params) THEN json_type(label_params) <> 'object' ELSE 1 END OR
         CASE WHEN json_valid(changes) THEN json_type(changes) <> 'array' ELSE 1 END
       LIMIT 1`,
    )
    .get();
  if (history !== undefined) throw damaged(file, 'errors.damageHistory');
}

const parseOrUndefined = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/**
 * After a read failed on what the file holds: which part it was, as the reason the user is told.
 * Looks at the parts whose JSON the read parses; anything else is "part of the content".
 */
export function locateDamage(db: Database.Database): MessageKey {
  try {
    const settings = db.prepare("SELECT value FROM meta WHERE key = 'settings'").pluck().get() as string | undefined;
    // (a missing row reads as "{}", which lacks the strength scale)
    if (!ProjectSettingsSchema.safeParse(parseOrUndefined(settings ?? '{}')).success) return 'errors.damageSettings';
    for (const text of db.prepare('SELECT attributes FROM actors').pluck().iterate() as IterableIterator<string>) {
      if (!AttributesSchema.safeParse(parseOrUndefined(text)).success) return 'errors.damageActors';
    }
  } catch {
    // the look itself failed: the reason stays general
  }
  return 'errors.damageContent';
}
