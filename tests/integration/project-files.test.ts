import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors';
import { formatUserError } from '../../src/core/wording/format-error';
import { LATEST_VERSION } from '../../src/main/engine/migrations';
import { checkPages, FULL_CHECK_MAX_BYTES, integrityCheckFor } from '../../src/main/engine/project-checks';
import { ProjectStore } from '../../src/main/engine/project-store';
import { tempSibling } from '../../src/main/engine/temp-files';
import { da, en, newStore, storeOptions } from '../helpers/store';
import { refused } from '../helpers/refused';
import { filesIn, sha256, tempDir } from '../helpers/temp';

const openError = (path: string, readonly = false) =>
  refused(() => ProjectStore.open(path, storeOptions({ readonly })).close());

/** A closed project with some content, for damaging. */
function projectFile(): { path: string; dir: string } {
  const { store, path, dir } = newStore();
  store.apply({
    type: 'batch',
    commands: Array.from({ length: 300 }, (_, i) => ({
      type: 'actor.add' as const,
      actor: { kind: 'person' as const, label: `Person ${i} med et langt navn, så filen fylder flere sider`, notes: 'x'.repeat(200) },
    })),
  });
  store.close();
  return { path, dir };
}

function expectRefusedUnchanged(path: string, code: UserError['code'], message: RegExp): void {
  const dir = join(path, '..');
  const before = sha256(path);
  const files = filesIn(dir);
  const e = openError(path);
  expect(e.code).toBe(code);
  expect(formatUserError(e, en)).toMatch(message);
  expect(sha256(path)).toBe(before);
  expect(filesIn(dir)).toEqual(files);
}

describe('opening a file that is not a healthy project', () => {
  it('says a missing file does not exist', () => {
    const path = join(tempDir(), 'nope.brobygger');
    expect(formatUserError(openError(path), en)).toBe(`${path} does not exist.`);
    expect(existsSync(path)).toBe(false);
  });

  it('refuses an empty file', () => {
    const path = join(tempDir(), 'empty.brobygger');
    writeFileSync(path, '');
    expectRefusedUnchanged(path, 'not-a-project', /^empty\.brobygger is not a Brobygger project: the file is empty\.$/);
  });

  it('refuses a file of random bytes', () => {
    const path = join(tempDir(), 'random.brobygger');
    writeFileSync(path, randomBytes(10_000));
    expectRefusedUnchanged(path, 'not-a-project', /^random\.brobygger is not a Brobygger project: the file is not a database\.$/);
  });

  it('refuses a text file with the right extension', () => {
    const path = join(tempDir(), 'notes.brobygger');
    writeFileSync(path, 'Mødereferat\n'.repeat(50));
    expectRefusedUnchanged(path, 'not-a-project', /not a database/);
  });

  it("refuses another program's SQLite database without touching it", () => {
    const path = join(tempDir(), 'other.brobygger');
    const db = new Database(path);
    db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL); INSERT INTO invoices (amount) VALUES (12.5)');
    db.close();
    expectRefusedUnchanged(path, 'not-a-project', /another program's database/);
  });

  it('refuses a folder named like a project', () => {
    const path = join(tempDir(), 'folder.brobygger');
    mkdirSync(path);
    expect(openError(path).params).toMatchObject({ file: 'folder.brobygger' });
  });

  it('refuses a project from a newer version of Brobygger, saying which versions', () => {
    const { path } = projectFile();
    const db = new Database(path);
    db.pragma('user_version = 42');
    db.close();
    expectRefusedUnchanged(path, 'newer-version', new RegExp(`file format 42; this version reads up to ${LATEST_VERSION}\\)\\. Update Brobygger`));
  });

  it('refuses a project whose pages are damaged, and leaves the file as it was', () => {
    const { path } = projectFile();
    const fd = openSync(path, 'r+');
    writeSync(fd, randomBytes(4096), 0, 4096, 4096 * 3);
    closeSync(fd);
    expectRefusedUnchanged(path, 'corrupt', /^test\.brobygger is damaged and cannot be opened \(.+\)\. The file has not been changed; use a backup\.$/);
  });

  it('refuses a truncated project', () => {
    const { path, dir } = projectFile();
    const cut = join(dir, 'cut.brobygger');
    const bytes = readFileSync(path);
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const e = openError(cut);
    expect(['corrupt', 'not-a-project']).toContain(e.code);
  });

  it('words the refusal in Danish for a Danish user', () => {
    const path = join(tempDir(), 'tom.brobygger');
    writeFileSync(path, '');
    try {
      ProjectStore.open(path, {});
    } catch (e) {
      expect(formatUserError(e as UserError, da)).toBe('tom.brobygger er ikke et Brobygger-projekt: filen er tom.');
    }
  });
});

describe('a project open in one session', () => {
  it('is refused to a second session, for editing and for reading, until the first closes it', () => {
    const { path } = projectFile();
    const first = ProjectStore.open(path, storeOptions());
    expect(openError(path).code).toBe('locked');
    expect(formatUserError(openError(path, true), en)).toBe(
      'test.brobygger is already open in another Brobygger window or program. Close it there first.',
    );
    first.close();
    const second = ProjectStore.open(path, storeOptions({ readonly: true }));
    expect(second.read().actors).toHaveLength(300);
    second.close();
  });

  it('can be read without being changed at all', () => {
    const { path } = projectFile();
    const before = sha256(path);
    const reader = ProjectStore.open(path, storeOptions({ readonly: true }));
    expect(reader.read().actors).toHaveLength(300);
    expect(() => reader.apply({ type: 'project.update', patch: { name: 'x' } })).toThrow(UserError);
    reader.close();
    expect(sha256(path)).toBe(before);
  });
});

describe('saving a copy', () => {
  it('writes a complete copy with its history and keeps working on the original', () => {
    const { store, dir } = newStore();
    store.apply({ type: 'actor.add', actor: { kind: 'person', label: 'Åse' } });
    store.apply({ type: 'actor.add', actor: { kind: 'person', label: 'Bo' } });
    store.undo();
    const copy = store.saveCopy(join(dir, 'kopi.brobygger'), false);
    store.apply({ type: 'actor.add', actor: { kind: 'person', label: 'Kun i originalen' } });
    store.close();
    expect(filesIn(dir)).toEqual(['kopi.brobygger', 'test.brobygger']);

    const reopened = ProjectStore.open(copy, storeOptions());
    expect(reopened.read().actors.map((a) => a.label)).toEqual(['Åse']);
    expect(reopened.historyState()).toMatchObject({ undoCount: 1, redoCount: 1 });
    reopened.redo();
    expect(reopened.read().actors.map((a) => a.label)).toEqual(['Åse', 'Bo']);
    reopened.close();
  });

  it('does not overwrite an existing file unless asked, and never the open file itself', () => {
    const { store, dir, path } = newStore();
    const other = join(dir, 'other.brobygger');
    writeFileSync(other, 'keep me');
    const before = sha256(other);
    expect(() => store.saveCopy(other, false)).toThrow(/already exists/);
    expect(() => store.saveCopy(path, true)).toThrow(UserError);
    expect(sha256(other)).toBe(before);
    store.saveCopy(other, true);
    store.close();
    expect(ProjectStore.open(other, storeOptions()).read().meta.name).toBe('Test');
  });

  it('leaves no temporary file behind when the copy cannot be written', () => {
    const { store, dir } = newStore();
    expect(() => store.saveCopy(join(dir, 'missing-folder', 'x.brobygger'), false)).toThrow(UserError);
    store.close();
    expect(filesIn(dir)).toEqual(['test.brobygger']);
  });
});

describe('creating a project', () => {
  it('never overwrites an existing file', () => {
    const dir = tempDir();
    const path = join(dir, 'exists.brobygger');
    writeFileSync(path, 'important notes');
    const before = sha256(path);
    expect(() => ProjectStore.create(path, 'x', storeOptions())).toThrow(/already exists/);
    expect(sha256(path)).toBe(before);
    expect(filesIn(dir)).toEqual(['exists.brobygger']);
  });

  it('a copied project file opens like the original', () => {
    const { path, dir } = projectFile();
    const copy = join(dir, 'copy.brobygger');
    copyFileSync(path, copy);
    const store = ProjectStore.open(copy, storeOptions());
    expect(store.read().actors).toHaveLength(300);
    store.close();
  });
});

describe('saving a copy where it cannot go', () => {
  it('names the folder that does not exist, in the user\'s language, without a temporary name or SQLite\'s words', () => {
    const { store, dir } = newStore();
    const missing = join(dir, 'Ikke oprettet');
    const e = refused(() => store.saveCopy(join(missing, 'kopi.brobygger'), false));
    store.close();

    expect(e.code).toBe('not-found');
    expect(formatUserError(e, da)).toBe(`Mappen ${missing} findes ikke. Vælg en mappe, der findes, eller opret den først.`);
    expect(formatUserError(e, en)).toBe(`The folder ${missing} does not exist. Choose a folder that exists, or create it first.`);
    expect(filesIn(dir)).toEqual(['test.brobygger']);
  });

  it('names a file that stands where a folder should be', () => {
    const { store, dir } = newStore();
    writeFileSync(join(dir, 'notes.txt'), 'x');
    const e = refused(() => store.saveCopy(join(dir, 'notes.txt', 'sub', 'kopi.brobygger'), false));
    store.close();
    expect(formatUserError(e, en)).toBe(`${join(dir, 'notes.txt')} is not a folder. Choose a folder for ${join(dir, 'notes.txt', 'sub', 'kopi.brobygger')}.`);
  });

  it.skipIf(process.getuid?.() === 0)('names a folder it may not write to', () => {
    const { store, dir } = newStore();
    const locked = join(dir, 'låst');
    mkdirSync(locked, { mode: 0o555 });
    const e = refused(() => store.saveCopy(join(locked, 'kopi.brobygger'), false));
    store.close();
    expect(formatUserError(e, en)).toBe(`Brobygger may not write to the folder ${locked}. Choose another folder.`);
  });

  it('refuses a new project in a folder that does not exist the same way', () => {
    const dir = tempDir();
    const e = refused(() => ProjectStore.create(join(dir, 'nope', 'x.brobygger'), 'x', storeOptions()));
    expect(formatUserError(e, en)).toBe(`The folder ${join(dir, 'nope')} does not exist. Choose a folder that exists, or create it first.`);
  });
});

describe('a closed project', () => {
  const add = { type: 'actor.add', actor: { id: 'ny-person', kind: 'person', label: 'A' } } as const;
  const sessions: Record<string, (path: string) => void> = {
    'only opened and closed it': (p) => ProjectStore.open(p, storeOptions()).close(),
    'edited it': (p) => {
      const s = ProjectStore.open(p, storeOptions());
      s.apply(add);
      s.close();
    },
    'had its only edit refused': (p) => {
      const s = ProjectStore.open(p, storeOptions());
      expect(() => s.apply({ type: 'tie.add', tie: { source: 'x', target: 'y' } })).toThrow(UserError);
      s.close();
    },
    'edited, undid and redid': (p) => {
      const s = ProjectStore.open(p, storeOptions());
      s.apply(add);
      s.undo();
      s.redo();
      s.close();
    },
    'only read it': (p) => ProjectStore.open(p, storeOptions({ readonly: true })).close(),
    'only read it after a crash left it in write-ahead mode': (p) => {
      const raw = new Database(p);
      raw.pragma('journal_mode = WAL');
      raw.close();
      ProjectStore.open(p, storeOptions({ readonly: true })).close();
    },
    'edited it after a crash left it in write-ahead mode': (p) => {
      const raw = new Database(p);
      raw.pragma('journal_mode = WAL');
      raw.close();
      const s = ProjectStore.open(p, storeOptions());
      s.apply(add);
      s.close();
    },
    'edited it and saved a copy with "Save as"': (p) => {
      const s = ProjectStore.open(p, storeOptions());
      s.apply(add);
      s.saveCopy(join(p, '..', 'kopi.brobygger'), false);
      s.close();
    },
  };
  for (const [how, session] of Object.entries(sessions)) {
    it(`leaves no -journal, -wal or -shm file beside it after a session that ${how}`, () => {
      const { path, dir } = projectFile();
      session(path);
      expect(filesIn(dir).filter((f) => /-(journal|wal|shm)$/.test(f))).toEqual([]);
    });
  }
});

describe('temporary files left by killed Brobygger processes', () => {
  /** A process id that was in use a moment ago and is not any more. */
  function deadPid(): number {
    const run = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    return Number(run.stdout);
  }
  const temp = (target: string, pid: number) => {
    const [, host] = /\.\d+-([0-9a-f]{6})\.[0-9a-f]{12}\.tmp$/.exec(tempSibling(target)) ?? [];
    return join(target, '..', `.${basename(target)}.${pid}-${host ?? ''}.0123456789ab.tmp`);
  };

  it('are removed by the next write to the folder when their process is gone, and only then', () => {
    const dir = tempDir();
    const target = join(dir, 'ny.brobygger');
    const dead = temp(target, deadPid());
    const live = temp(target, process.ppid);
    const ours = temp(target, process.pid);
    const foreign = join(dir, '.ny.brobygger.4242-zzzzzz.0123456789ab.tmp');
    const legacy = join(dir, '.ny.brobygger.0123456789ab.tmp');
    for (const f of [dead, `${dead}-journal`, live, ours, foreign, legacy]) writeFileSync(f, 'partial');

    ProjectStore.create(target, 'Ny', storeOptions()).close();

    expect(existsSync(dead)).toBe(false);
    expect(existsSync(`${dead}-journal`)).toBe(false);
    for (const f of [live, ours, foreign, legacy]) expect(existsSync(f), f).toBe(true);
  });

  it('are removed when a project in the folder is opened for editing or saved as, not when it is only read', () => {
    const { path, dir } = projectFile();
    const dead = temp(join(dir, 'other.brobygger'), deadPid());
    writeFileSync(dead, 'partial');
    ProjectStore.open(path, storeOptions({ readonly: true })).close();
    expect(existsSync(dead)).toBe(true);
    ProjectStore.open(path, storeOptions()).close();
    expect(existsSync(dead)).toBe(false);

    const copyDir = tempDir();
    const stale = temp(join(copyDir, 'kopi.brobygger'), deadPid());
    writeFileSync(stale, 'partial');
    const store = ProjectStore.open(path, storeOptions());
    store.saveCopy(join(copyDir, 'kopi.brobygger'), false);
    store.close();
    expect(filesIn(copyDir)).toEqual(['kopi.brobygger']);
  });
});

describe('the check on opening', () => {
  it('runs integrity_check up to its size limit and quick_check above it', () => {
    expect(integrityCheckFor(2 * 1024 * 1024)).toBe('integrity_check');
    expect(integrityCheckFor(20 * 1024 * 1024)).toBe('integrity_check');
    expect(integrityCheckFor(FULL_CHECK_MAX_BYTES)).toBe('integrity_check');
    expect(integrityCheckFor(FULL_CHECK_MAX_BYTES + 1)).toBe('quick_check');
  });

  it('refuses index entries gone stale, which quick_check does not see', () => {
    const { path } = projectFile();
    const db = new Database(path);
    db.unsafeMode(true);
    const row = db.prepare("SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master WHERE name = 'actors_sector'").get() as Record<string, unknown>;
    db.pragma('writable_schema = ON');
    db.prepare("DELETE FROM sqlite_master WHERE name = 'actors_sector'").run();
    db.pragma('writable_schema = RESET');
    db.exec("UPDATE actors SET sector = 'citizens'");
    db.pragma('writable_schema = ON');
    db.prepare('INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES (@type, @name, @tbl_name, @rootpage, @sql)').run(row);
    db.pragma('writable_schema = RESET');
    db.close();

    const reader = new Database(path, { readonly: true });
    expect(reader.pragma('quick_check', { simple: true })).toBe('ok');
    // above the size limit that is all that runs: the trade-off the limit makes
    expect(() => checkPages(reader, 'test.brobygger', 0)).not.toThrow();
    reader.close();
    expectRefusedUnchanged(path, 'corrupt', /^test\.brobygger is damaged and cannot be opened \(one of the file's indexes does not match its data\)\./);
  });
});
