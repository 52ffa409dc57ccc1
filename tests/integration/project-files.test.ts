import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors';
import { formatUserError } from '../../src/core/wording/format-error';
import { LATEST_VERSION } from '../../src/main/engine/migrations';
import { ProjectStore } from '../../src/main/engine/project-store';
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
      ProjectStore.open(path, { tr: da });
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
