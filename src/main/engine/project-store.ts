import Database from 'better-sqlite3';
import { randomInt } from 'node:crypto';
import { existsSync, linkSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { HistoryLabel, HistoryState } from '../../core/api/contract';
import { CommandSchema, SingleCommandSchema, type Command, type SingleCommand, type SingleCommandInput } from '../../core/commands';
import { UserError } from '../../core/errors';
import type { RecordRef } from '../../core/import/plan';
import type { Problem } from '../../core/problems';
import { messageRef, type MessageKey } from '../../core/i18n/catalogue';
import { newId, type IdPrefix } from '../../core/ids';
import { defaultCodebooks, defaultSettings } from '../../core/model/defaults';
import type { CodebookName, ProjectData } from '../../core/model/schema';
import type { CompactionPreview, ErasurePreview } from '../../core/model/erasure';
import { parseIn } from '../../core/validation';
import { checkProject } from '../../core/rules/project-rules';
import { Editor, namedByElement } from './edit';
import { readProject, readPseudonyms } from './read-project';
import { History, TableWriter, type Change } from './history';
import { LATEST_VERSION, migrate, MIGRATIONS, type Migration } from './migrations';
import { fileIdentity, isOpenHere, markClosed, markOpen } from './open-files';
import { checkPages, checkReferences, checkSchema, checkStoredJson, isDamage, locateDamage } from './project-checks';
import { damaged, inspectProjectFile, ioError, isErrno, sqliteUserError } from './project-file';
import { openForReading } from './read-only-open';
import { removeStaleTemps, tempSibling } from './temp-files';
import { checkWriteTarget } from './write-target';
import { ProjectCache } from './project-cache';
import { overwriteWhatIsDeleted, purgeFreedContent } from './purge';
import { erasePerson, planErasure } from './erase';
import { compactHistory, planCompaction } from './compact';
import { CODEBOOK_TABLES, codeRow } from './tables';

export interface StoreOptions {
  /** for tests: a deterministic id source */
  makeId?: (prefix: IdPrefix) => string;
  /** for tests of the migration machinery */
  migrations?: readonly Migration[];
  /**
   * Opens for reading only (`info`, `export`): the file is not touched, not even its journal
   * mode; an older file is upgraded in memory. Still refused while another session edits it.
   */
  readonly?: boolean;
}

export interface EditResult {
  created: string[];
}

const randomUnit = () => randomInt(0, 2 ** 32) / 2 ** 32;
const defaultMakeId = (prefix: IdPrefix) => newId(prefix, randomUnit);

/**
 * One open project file. A project is one SQLite file, opened by one Brobygger at a time (an
 * exclusive lock, so a second window or the CLI is refused instead of interleaving edits).
 * Every edit is one transaction and one step in the persisted undo history.
 */
export class ProjectStore {
  private readonly history: History;
  private readonly cache = new ProjectCache();
  private closed = false;
  /** write-ahead logging is switched on at the first edit, so merely opening changes no byte */
  private walActive: boolean;

  private constructor(
    readonly path: string,
    private readonly db: Database.Database,
    private readonly makeId: (prefix: IdPrefix) => string,
    readonly readonly: boolean,
    private readonly identity: string | null,
  ) {
    this.history = new History(db);
    // a reader never switches the journal, even of a file a crash left in write-ahead mode
    this.walActive = !readonly && (db.pragma('journal_mode', { simple: true }) as string) === 'wal';
  }

  get fileName(): string {
    return basename(this.path);
  }

  get formatVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  /**
   * Creates a new project file, empty or holding `initial` as its starting state (not an undo
   * step). It is built beside its final name and linked into place, so a crash leaves either no
   * file or a complete one, and an existing file is never overwritten.
   */
  static create(path: string, name: string, opts: StoreOptions, initial?: ProjectData): ProjectStore {
    const target = resolve(path);
    if (existsSync(target)) throw new UserError('conflict', 'errors.exists', { file: target });
    checkWriteTarget(target, `${name.trim() || 'projekt'}.brobygger`);
    removeStaleTemps(dirname(target));
    const tmp = tempSibling(target);
    try {
      const db = new Database(tmp);
      try {
        overwriteWhatIsDeleted(db);
        db.pragma('foreign_keys = ON');
        migrate(db, basename(target), opts.migrations ?? MIGRATIONS);
        writeInitialContent(db, name);
        if (initial) writeInitialData(db, initial, basename(target), opts);
      } finally {
        db.close();
      }
      linkSync(tmp, target);
    } catch (e) {
      if (isErrno(e, 'EEXIST')) throw new UserError('conflict', 'errors.exists', { file: target });
      if (e instanceof UserError) throw e;
      throw sqliteUserError(target, e) ?? ioError(target, 'write', e);
    } finally {
      rmSync(tmp, { force: true });
      rmSync(`${tmp}-journal`, { force: true });
    }
    return ProjectStore.openChecked(target, opts, false);
  }

  /**
   * Opens an existing project; anything that is not a healthy project is refused unchanged, with
   * one message saying what is wrong: not a project, from a newer version, damaged pages or
   * indexes, a broken schema, references to nothing, or content that cannot be read.
   */
  static open(path: string, opts: StoreOptions): ProjectStore {
    return ProjectStore.openChecked(path, opts, true);
  }

  private static openChecked(path: string, opts: StoreOptions, readFirst: boolean): ProjectStore {
    const target = resolve(path);
    const file = basename(target);
    const migrations = opts.migrations ?? MIGRATIONS;
    const supported = migrations.at(-1)?.version ?? LATEST_VERSION;
    const identity = fileIdentity(target);
    if (isOpenHere(identity)) throw new UserError('locked', 'errors.locked', { file });
    inspectProjectFile(target);
    // a writer tidies up after killed writers in the folder; a reader changes nothing there
    if (!opts.readonly) removeStaleTemps(dirname(target));
    let db: Database.Database | undefined;
    try {
      if (opts.readonly) db = openForReading(target);
      else {
        db = new Database(target, { fileMustExist: true, timeout: 0 });
        overwriteWhatIsDeleted(db);
        db.pragma('locking_mode = EXCLUSIVE');
        // Taking the write lock now makes a second opener fail at once, not at its first edit.
        db.exec('BEGIN EXCLUSIVE; COMMIT');
      }
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > supported) throw new UserError('newer-version', 'errors.newerVersion', { file, found: version, supported });
      checkPages(db, file);
      checkSchema(db, file, version, migrations);
      checkReferences(db, file);
      checkStoredJson(db, file);
      if (opts.readonly) {
        if (version < supported) {
          if (!db.memory) {
            const copy = new Database(db.serialize());
            db.close();
            db = copy;
          }
          upgrade(db, file, migrations);
        }
      } else {
        db.pragma('synchronous = FULL');
        db.pragma('foreign_keys = ON');
        upgrade(db, file, migrations);
      }
      const store = new ProjectStore(target, db, opts.makeId ?? defaultMakeId, opts.readonly ?? false, identity);
      // what every caller does next, done here so that content that cannot be read is refused now
      if (readFirst) {
        store.read();
        store.historyState();
      }
      markOpen(identity);
      return store;
    } catch (e) {
      db?.close();
      if (e instanceof UserError) throw e;
      throw sqliteUserError(target, e, 'read') ?? (isDamage(e) ? damaged(file, 'errors.damageContent') : e);
    }
  }

  /** The project as stored; records no edit touched since the last read are the same objects as then. */
  read(): ProjectData {
    this.assertOpen();
    try {
      return this.cache.read(this.db);
    } catch (e) {
      throw this.unreadable(e, () => locateDamage(this.db));
    }
  }

  /** Every actor's code for pseudonymised exports (P001, O001), by actor id. */
  pseudonyms(): Map<string, string> {
    this.assertOpen();
    return readPseudonyms(this.db);
  }

  /** Applies one command (or batch) as one transaction and one undo step. */
  apply(input: unknown): EditResult {
    this.assertWritable();
    const parsed = parseIn(CommandSchema, input);
    if (!parsed.ok) throw invalidCommand(problemsByElement(parsed.problems, input));
    return this.edit((editor) => editor.apply(parsed.value));
  }

  /** Adds a decoded project (JSON import) as one undo step; ids must not clash with existing ones. */
  importData(data: ProjectData, fileName: string, asWhole = false): EditResult {
    this.assertWritable();
    return this.edit(
      (editor) => {
        editor.importData(data, asWhole);
        return { key: 'history.import', params: { file: fileName } };
      },
      'errors.invalidData',
      fileName,
    );
  }

  /**
   * Applies an import's commands (an update by id, src/core/import/plan.ts) as one undo step
   * named after the file; a problem with a command is named by the record it writes.
   */
  applyImport(commands: readonly SingleCommandInput[], targets: ReadonlyArray<RecordRef | null>, fileName: string): EditResult {
    this.assertWritable();
    const batch = importBatch(commands, targets, fileName);
    if (!batch) return { created: [] };
    try {
      return this.edit(
        (editor) => {
          editor.apply(batch);
          return { key: 'history.import', params: { file: fileName } };
        },
        'errors.invalidData',
        fileName,
      );
    } catch (e) {
      if (e instanceof UserError && e.problems.length > 0) throw refusedImport(e.problems, targets, fileName);
      throw e;
    }
  }

  /**
   * Refuses an import as applyImport would, with every problem, and writes nothing: the commands
   * run by the same rules in a transaction that is always rolled back (in a copy in memory, when
   * the project is open read-only), so the check before an import lists what the import itself
   * would refuse: ids the project already has, references to actors it lacks, strengths outside
   * its scale.
   */
  checkImport(commands: readonly SingleCommandInput[], targets: ReadonlyArray<RecordRef | null>, fileName: string): void {
    this.assertOpen();
    const batch = importBatch(commands, targets, fileName);
    if (!batch) return;
    const db = this.readonly ? new Database(this.db.serialize()) : this.db;
    const rolledBack = new Error('rolled back');
    try {
      db.transaction(() => {
        const editor = new Editor(db, new History(db).recorder(), this.makeId);
        try {
          editor.apply(batch);
        } catch (e) {
          if (e instanceof UserError && e.problems.length > 0) throw refusedImport(e.problems, targets, fileName);
          throw e;
        }
        if (editor.problems.length > 0) throw refusedImport(editor.problems, targets, fileName);
        throw rolledBack;
      })();
    } catch (e) {
      if (e !== rolledBack) throw e;
    } finally {
      if (db !== this.db) db.close();
    }
  }

  undo(): boolean {
    this.assertWritable();
    return this.step('undo');
  }

  redo(): boolean {
    this.assertWritable();
    return this.step('redo');
  }

  /**
   * Undoes or redoes one step. What the step wrote is read back before it commits, so a damaged
   * history entry (unreadable, or rows that no longer fit) is refused and changes nothing.
   */
  private step(direction: 'undo' | 'redo'): boolean {
    let changes: readonly Change[] | null;
    try {
      changes = this.db.transaction(() => {
        const written = direction === 'undo' ? this.history.undo() : this.history.redo();
        if (written) {
          this.cache.touch(written);
          this.cache.read(this.db);
        }
        return written;
      })();
    } catch (e) {
      this.cache.forget();
      if (e instanceof UserError || e instanceof TypeError || e instanceof ReferenceError || !(e instanceof Error)) throw e;
      throw new UserError('corrupt', 'errors.historyDamaged', {
        file: this.fileName,
        action: messageRef(direction === 'undo' ? 'errors.historyUndo' : 'errors.historyRedo'),
      });
    }
    if (!changes) return false;
    this.logWrites();
    return true;
  }

  historyState(): HistoryState {
    this.assertOpen();
    try {
      return this.history.state();
    } catch (e) {
      throw this.unreadable(e, () => 'errors.damageHistory');
    }
  }

  /** A read that failed on what the file holds, as the user is told it; a bug stays a bug. */
  private unreadable(e: unknown, reason: () => MessageKey): unknown {
    if (e instanceof UserError || !isDamage(e)) return e;
    this.cache.forget();
    return sqliteUserError(this.path, e, 'read') ?? damaged(this.fileName, reason());
  }

  /** What deleting this person completely would remove (`erase.ts`); changes nothing. */
  previewErasure(id: string): ErasurePreview {
    this.assertOpen();
    return planErasure(this.db, id).preview;
  }

  /**
   * Deletes a person completely: from the project, from every step of the undo history, and
   * from the file's bytes. Not a step: it cannot be undone.
   */
  erasePerson(id: string): ErasurePreview {
    this.assertWritable();
    const { preview, changes } = this.db.transaction(() => erasePerson(this.db, id))();
    this.cache.touch(changes);
    purgeFreedContent(this.db);
    return preview;
  }

  /** What clearing the undo history would drop (`compact.ts`); changes nothing. */
  previewCompaction(keepDays: number | null): CompactionPreview {
    this.assertOpen();
    return planCompaction(this.db, keepDays);
  }

  /** Drops all of the undo history, or the steps older than `keepDays`, and rewrites the file without them. */
  compactHistory(keepDays: number | null): CompactionPreview {
    this.assertWritable();
    const result = this.db.transaction(() => compactHistory(this.db, keepDays))();
    purgeFreedContent(this.db);
    return result;
  }

  /**
   * Writes a consistent copy of the project (with its history) to `dest`, atomically: the copy
   * is made beside the destination and renamed into place, so `dest` is never half-written.
   */
  saveCopy(dest: string, overwrite: boolean): string {
    this.assertOpen();
    const target = resolve(dest);
    if (target === this.path) throw new UserError('conflict', 'errors.exists', { file: target });
    if (!overwrite && existsSync(target)) throw new UserError('conflict', 'errors.exists', { file: target });
    checkWriteTarget(target, this.fileName);
    removeStaleTemps(dirname(target));
    const tmp = tempSibling(target);
    try {
      this.db.prepare('VACUUM INTO ?').run(tmp);
      if (overwrite) renameSync(tmp, target);
      else linkSync(tmp, target);
    } catch (e) {
      if (isErrno(e, 'EEXIST')) throw new UserError('conflict', 'errors.exists', { file: target });
      throw sqliteUserError(target, e) ?? ioError(target, 'write', e);
    } finally {
      rmSync(tmp, { force: true });
      rmSync(`${tmp}-journal`, { force: true });
    }
    return target;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      // back to a plain single-file database, so a closed project can be copied like any document
      if (this.walActive) this.db.pragma('journal_mode = DELETE');
    } finally {
      this.db.close();
      markClosed(this.identity);
    }
  }

  /**
   * Write-ahead logging while editing: each edit is one small append to the log. It starts after
   * the first committed change, so opening a project, or an edit that is refused, leaves the
   * file byte for byte as it was.
   */
  private logWrites(): void {
    if (!this.walActive) {
      this.db.pragma('journal_mode = WAL');
      this.walActive = true;
    }
  }

  private edit(
    run: (editor: Editor) => HistoryLabel,
    errorKey: 'errors.invalidCommand' | 'errors.invalidData' = 'errors.invalidCommand',
    fileName?: string,
  ): EditResult {
    const result = this.db.transaction(() => {
      const recorder = this.history.recorder();
      const editor = new Editor(this.db, recorder, this.makeId);
      const label = run(editor);
      if (editor.problems.length > 0) {
        const params = { count: editor.problems.length, ...(fileName ? { file: fileName } : {}) };
        throw new UserError('invalid', errorKey, params, editor.problems);
      }
      this.history.push(label, recorder.changes);
      return { created: editor.created, changes: recorder.changes };
    })();
    this.cache.touch(result.changes);
    this.logWrites();
    return { created: result.created };
  }

  private assertOpen(): void {
    if (this.closed) throw new UserError('no-project', 'errors.noProject');
  }

  private assertWritable(): void {
    this.assertOpen();
    if (this.readonly) throw new UserError('unsupported', 'errors.readonly', { file: this.fileName });
  }
}

/** An import's commands parsed into one batch; every command that does not parse is refused together. */
function importBatch(commands: readonly SingleCommandInput[], targets: ReadonlyArray<RecordRef | null>, fileName: string): Command | null {
  const parsed: SingleCommand[] = [];
  const problems: Problem[] = [];
  commands.forEach((c, i) => {
    const result = parseIn(SingleCommandSchema, c, ['commands', i]);
    if (result.ok) parsed.push(result.value);
    else problems.push(...result.problems);
  });
  if (problems.length > 0) throw refusedImport(problems, targets, fileName);
  return parsed.length === 0 ? null : { type: 'batch', commands: parsed };
}

/** An import refused, each problem named by the record its command writes: ['commands', i, 'actor', 'label'] becomes ['actors', 'label'] with the actor's id. */
function refusedImport(found: readonly Problem[], targets: ReadonlyArray<RecordRef | null>, fileName: string): UserError {
  const byRecord = (p: Problem): Problem => {
    const i = p.path[0] === 'commands' ? p.path[1] : undefined;
    const target = typeof i === 'number' ? targets[i] : undefined;
    return target ? { ...p, path: [target.collection, ...p.path.slice(3)], id: target.id } : p;
  };
  return new UserError('invalid', 'errors.invalidData', { file: fileName, count: found.length }, found.map(byRecord));
}

/**
 * Brings a file up to this version's schema. The schema was checked first, so a migration that
 * fails on SQLite, JSON or a schema (data it cannot convert) means the file's content is damaged;
 * any other failure is a bug and stays one.
 */
function upgrade(db: Database.Database, file: string, migrations: readonly Migration[]): void {
  try {
    migrate(db, file, migrations, keepsTheRules(file));
  } catch (e) {
    if (e instanceof UserError || !isDamage(e)) throw e;
    throw damaged(file, 'errors.damageUpgrade');
  }
}

const invalidCommand = (problems: UserError['problems']) =>
  new UserError('invalid', 'errors.invalidCommand', { count: problems.length }, problems);

/** A command's problems with each `patch` named as the element its command patches. */
function problemsByElement(problems: readonly Problem[], input: unknown): Problem[] {
  const typeOf = (v: unknown) => (typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string' ? (v as { type: string }).type : '');
  const commands = typeof input === 'object' && input !== null ? (input as { commands?: unknown }).commands : undefined;
  return problems.flatMap((p) => {
    const inner = p.path[0] === 'commands' && typeof p.path[1] === 'number' && Array.isArray(commands) ? typeOf(commands[p.path[1]]) : typeOf(input);
    return namedByElement([p], inner);
  });
}

/**
 * A migrated file must keep the rules every other writer keeps; a file that does not is refused
 * as damaged, naming what is wrong, and the migration is undone.
 */
const keepsTheRules = (file: string) => (db: Database.Database) => {
  let data: ProjectData;
  try {
    data = readProject(db);
  } catch (e) {
    // content a migration could not have made readable (settings, attributes) is named as such
    if (e instanceof UserError || !isDamage(e)) throw e;
    throw damaged(file, locateDamage(db));
  }
  const problems = checkProject(data);
  if (problems.length > 0) throw new UserError('corrupt', 'errors.brokenRules', { file, count: problems.length }, problems);
};

/** Fills a new file with a whole project; problems (clashing or dangling ids) abort the creation. */
function writeInitialData(db: Database.Database, data: ProjectData, fileName: string, opts: StoreOptions): void {
  db.transaction(() => {
    const editor = new Editor(db, new History(db).recorder(), opts.makeId ?? defaultMakeId);
    editor.importData(data, true);
    if (editor.problems.length > 0)
      throw new UserError('invalid', 'errors.invalidData', { file: fileName, count: editor.problems.length }, editor.problems);
  })();
}

/** A new project's starting point: its name, default settings and the default codebooks. */
function writeInitialContent(db: Database.Database, name: string): void {
  const writer = new TableWriter(db);
  const codebooks = defaultCodebooks();
  db.transaction(() => {
    writer.insert('meta', { key: 'name', value: name });
    writer.insert('meta', { key: 'description', value: '' });
    writer.insert('meta', { key: 'settings', value: JSON.stringify(defaultSettings()) });
    writer.insert('meta', { key: 'created_at', value: new Date().toISOString() });
    // (a file made with older migrations, as the migration tests make, has the code lists of its day)
    const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
    for (const book of Object.keys(CODEBOOK_TABLES) as CodebookName[]) {
      if (tables.has(CODEBOOK_TABLES[book])) codebooks[book].forEach((entry, i) => writer.insert(CODEBOOK_TABLES[book], codeRow(entry, i + 1)));
    }
  })();
}
