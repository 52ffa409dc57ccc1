import Database from 'better-sqlite3';
import { randomBytes, randomInt } from 'node:crypto';
import { existsSync, linkSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { HistoryLabel, HistoryState } from '../../core/api/contract';
import { CommandSchema } from '../../core/commands';
import { UserError } from '../../core/errors';
import type { Problem } from '../../core/problems';
import type { Translator } from '../../core/i18n/catalogue';
import { newId, type IdPrefix } from '../../core/ids';
import { defaultCodebooks, defaultSettings } from '../../core/model/defaults';
import type { CodebookName, ProjectData } from '../../core/model/schema';
import type { CompactionPreview, ErasurePreview } from '../../core/model/erasure';
import { parseIn } from '../../core/validation';
import { checkProject } from '../../core/rules/project-rules';
import { Editor, namedByElement } from './edit';
import { readProject } from './read-project';
import { History, TableWriter, type Change } from './history';
import { LATEST_VERSION, migrate, MIGRATIONS, type Migration } from './migrations';
import { fileIdentity, isOpenHere, markClosed, markOpen } from './open-files';
import { inspectProjectFile, ioError, isErrno, sqliteUserError } from './project-file';
import { ProjectCache } from './project-cache';
import { overwriteWhatIsDeleted, purgeFreedContent } from './purge';
import { erasePerson, planErasure } from './erase';
import { compactHistory, planCompaction } from './compact';
import { CODEBOOK_TABLES, codeRow } from './tables';

export interface StoreOptions {
  tr: Translator;
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

/** A sibling path for writing a file before it is moved into place in one rename. */
const tempBeside = (path: string) => join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);

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
    private tr: Translator,
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

  setTranslator(tr: Translator): void {
    this.tr = tr;
  }

  /**
   * Creates a new project file, empty or holding `initial` as its starting state (not an undo
   * step). It is built beside its final name and linked into place, so a crash leaves either no
   * file or a complete one, and an existing file is never overwritten.
   */
  static create(path: string, name: string, opts: StoreOptions, initial?: ProjectData): ProjectStore {
    const target = resolve(path);
    if (existsSync(target)) throw new UserError('conflict', 'errors.exists', { file: target });
    const tmp = tempBeside(target);
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
    }
    return ProjectStore.open(target, opts);
  }

  /** Opens an existing project; anything that is not a healthy project is refused unchanged. */
  static open(path: string, opts: StoreOptions): ProjectStore {
    const target = resolve(path);
    const file = basename(target);
    const migrations = opts.migrations ?? MIGRATIONS;
    const supported = migrations.at(-1)?.version ?? LATEST_VERSION;
    const identity = fileIdentity(target);
    if (isOpenHere(identity)) throw new UserError('locked', 'errors.locked', { file });
    inspectProjectFile(target);
    let db: Database.Database | undefined;
    try {
      if (opts.readonly) {
        db = new Database(target, { readonly: true, fileMustExist: true, timeout: 0 });
        // a read takes the shared lock, which fails at once while another session edits the file
        db.prepare('SELECT COUNT(*) FROM sqlite_master').get();
      } else {
        db = new Database(target, { fileMustExist: true, timeout: 0 });
        overwriteWhatIsDeleted(db);
        db.pragma('locking_mode = EXCLUSIVE');
        // Taking the write lock now makes a second opener fail at once, not at its first edit.
        db.exec('BEGIN EXCLUSIVE; COMMIT');
      }
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > supported) throw new UserError('newer-version', 'errors.newerVersion', { file, found: version, supported });
      const check = db.pragma('quick_check', { simple: true }) as string;
      if (check !== 'ok') throw new UserError('corrupt', 'errors.corrupt', { file, detail: integrityDetail(check) });
      if (opts.readonly) {
        if (version < supported) {
          const copy = new Database(db.serialize());
          db.close();
          db = copy;
          migrate(db, file, migrations, keepsTheRules(file));
        }
      } else {
        db.pragma('synchronous = FULL');
        db.pragma('foreign_keys = ON');
        migrate(db, file, migrations, keepsTheRules(file));
      }
      const store = new ProjectStore(target, db, opts.tr, opts.makeId ?? defaultMakeId, opts.readonly ?? false, identity);
      markOpen(identity);
      return store;
    } catch (e) {
      db?.close();
      if (e instanceof UserError) throw e;
      throw sqliteUserError(target, e) ?? e;
    }
  }

  /** The project as stored; records no edit touched since the last read are the same objects as then. */
  read(): ProjectData {
    this.assertOpen();
    return this.cache.read(this.db);
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

  undo(): boolean {
    this.assertWritable();
    return this.stepped(this.db.transaction(() => this.history.undo())());
  }

  redo(): boolean {
    this.assertWritable();
    return this.stepped(this.db.transaction(() => this.history.redo())());
  }

  private stepped(changes: readonly Change[] | null): boolean {
    if (!changes) return false;
    this.cache.touch(changes);
    this.logWrites();
    return true;
  }

  historyState(): HistoryState {
    this.assertOpen();
    return this.history.state();
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
    const tmp = tempBeside(target);
    try {
      this.db.prepare('VACUUM INTO ?').run(tmp);
      if (overwrite) renameSync(tmp, target);
      else linkSync(tmp, target);
    } catch (e) {
      if (isErrno(e, 'EEXIST')) throw new UserError('conflict', 'errors.exists', { file: target });
      throw sqliteUserError(target, e) ?? ioError(target, 'write', e);
    } finally {
      rmSync(tmp, { force: true });
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

/** SQLite's integrity report, reduced to its first finding without its "*** in database" banner. */
const integrityDetail = (report: string) =>
  report
    .split('\n')
    .map((line) => line.replace(/\*\*\* in database \w+ \*\*\*/, '').trim())
    .find((line) => line !== '') ?? report;

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
  const problems = checkProject(readProject(db));
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
    for (const book of Object.keys(CODEBOOK_TABLES) as CodebookName[]) {
      codebooks[book].forEach((entry, i) => writer.insert(CODEBOOK_TABLES[book], codeRow(entry, i + 1)));
    }
  })();
}
