import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors';
import { APPLICATION_ID, LATEST_VERSION, migrate, MIGRATIONS, type Migration } from '../../src/main/engine/migrations';
import { findAppRoot } from '../../src/main/engine/paths';
import { ProjectStore } from '../../src/main/engine/project-store';
import { storeOptions } from '../helpers/store';
import { tempDir } from '../helpers/temp';

const tables = (db: Database.Database) =>
  db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];

/** The real migrations followed by a second one, as a later version of the app would ship. */
const v2: Migration = {
  version: LATEST_VERSION + 1,
  name: 'a budget per forum',
  up: (db) => {
    db.exec('ALTER TABLE forums ADD COLUMN budget REAL');
    db.exec('ALTER TABLE actors ADD COLUMN age REAL');
    db.exec('UPDATE actors SET age = 3');
  },
};
const failing: Migration = {
  version: LATEST_VERSION + 2,
  name: 'broken',
  up: (db) => {
    db.exec('CREATE TABLE half_done (x INTEGER)');
    throw new Error('disk said no');
  },
};

describe('migrations', () => {
  it('bring a new file to the latest version and mark it as a Brobygger project', () => {
    const db = new Database(':memory:');
    expect(migrate(db, 'mem')).toEqual({ from: 0, to: LATEST_VERSION });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(tables(db)).toContain('history');
    expect(migrate(db, 'mem')).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION });
  });

  it('are numbered from 1 without gaps, so each is applied exactly once', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('upgrade a file from an earlier version when it is opened, keeping its data and history', () => {
    const path = join(tempDir(), 'old.brobygger');
    const store = ProjectStore.create(path, 'Gammel', storeOptions());
    store.apply({ type: 'actor.add', actor: { id: 'a', kind: 'person', label: 'Åse' } });
    store.close();

    const upgraded = ProjectStore.open(path, storeOptions({ migrations: [...MIGRATIONS, v2] }));
    expect(upgraded.formatVersion).toBe(v2.version);
    expect(upgraded.read().actors.map((a) => a.label)).toEqual(['Åse']);
    expect(upgraded.historyState().undoCount).toBe(1);
    upgraded.close();
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT age FROM actors').pluck().get()).toBe(3);
    db.close();
  });

  it('roll back completely when one fails: no new table, no new version', () => {
    const path = join(tempDir(), 'fail.brobygger');
    ProjectStore.create(path, 'Fail', storeOptions()).close();
    expect(() => ProjectStore.open(path, storeOptions({ migrations: [...MIGRATIONS, v2, failing] }))).toThrow('disk said no');
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(tables(db)).not.toContain('half_done');
    expect(db.prepare("SELECT COUNT(*) FROM pragma_table_info('actors') WHERE name = 'age'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuse a file made by a newer version instead of guessing', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${LATEST_VERSION + 5}`);
    try {
      migrate(db, 'future.brobygger');
      throw new Error('expected a refusal');
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).params).toEqual({ file: 'future.brobygger', found: LATEST_VERSION + 5, supported: LATEST_VERSION });
    }
  });

  it('upgrade only in memory when a file is opened for reading', () => {
    const path = join(tempDir(), 'read.brobygger');
    ProjectStore.create(path, 'Læs', storeOptions()).close();
    const reader = ProjectStore.open(path, storeOptions({ readonly: true, migrations: [...MIGRATIONS, v2] }));
    expect(reader.formatVersion).toBe(v2.version);
    reader.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
  });
});

describe('a project saved by the first released file format', () => {
  it('opens with everything it held, the new fields empty, and is saved in the latest format', () => {
    const path = join(tempDir(), 'v1.brobygger');
    copyFileSync(join(findAppRoot(), 'tests/fixtures/format-v1.brobygger'), path);
    const before = new Database(path, { readonly: true });
    const actorsV1 = before.prepare('SELECT id, label, sector FROM actors ORDER BY sort').all();
    const tiesV1 = before.prepare('SELECT COUNT(*) FROM ties').pluck().get();
    expect(before.pragma('user_version', { simple: true })).toBe(1);
    before.close();

    const store = ProjectStore.open(path, storeOptions());
    expect(store.formatVersion).toBe(LATEST_VERSION);
    const data = store.read();
    expect(data.actors.map((a) => ({ id: a.id, label: a.label, sector: a.sector }))).toEqual(actorsV1);
    expect(data.ties).toHaveLength(tiesV1 as number);
    expect(data.actors.every((a) => a.influence === null && a.turnover === null)).toBe(true);
    expect(data.ties.every((t) => Object.keys(t.attributes).length === 0)).toBe(true);
    expect(data.settings.analysis.groupBy).toBe('sector');
    store.close();
  });

  it("gives the default sectors their definite forms and leaves a sector the analyst named alone", () => {
    const path = join(tempDir(), 'v1-sectors.brobygger');
    copyFileSync(join(findAppRoot(), 'tests/fixtures/format-v1.brobygger'), path);
    const db = new Database(path);
    db.prepare("INSERT INTO sectors (key, label_da, label_en, color, sort) VALUES ('kirke', 'Kirke', 'Church', '#000000', 99)").run();
    db.close();
    const store = ProjectStore.open(path, storeOptions());
    const definite = new Map(store.read().codebooks.sectors.map((s) => [s.key, s.definite]));
    expect(definite.get('municipality')).toEqual({ da: 'kommunen', en: 'the municipality' });
    expect(definite.get('civil_society')).toEqual({ da: 'civilsamfundet', en: 'civil society' });
    expect(definite.get('kirke')).toEqual({ da: '', en: '' });
    store.close();
  });
});
