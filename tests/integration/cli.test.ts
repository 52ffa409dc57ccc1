import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InfoReport } from '../../src/cli/info-format';
import type { ProjectData } from '../../src/core/model/schema';
import { LATEST_VERSION } from '../../src/main/engine/migrations';
import { ProjectStore } from '../../src/main/engine/project-store';
import { runInProcess, runProcess, type CliRun } from '../helpers/cli-run';
import { storeOptions } from '../helpers/store';
import { sha256, tempDir } from '../helpers/temp';
import { copySample, SAMPLE, SAMPLE_ACTORS, SAMPLE_COUNTS, stackLines } from './fixtures/sample';

type ExportedJson = ProjectData & { format: string; version: number };

/** The environment a user without settings has: a private data folder, no BROBYGGER_LANG. */
function cleanEnv(): NodeJS.ProcessEnv {
  return { BROBYGGER_DATA_DIR: tempDir('brobygger-data-') };
}

/** Runs the CLI in this process, capturing what it prints. */
const cli = (args: readonly string[], env: NodeJS.ProcessEnv = cleanEnv()): Promise<CliRun> => runInProcess(args, env);
const cliProcess = runProcess;

async function infoJson(file: string): Promise<InfoReport> {
  const run = await cli(['info', '--json', file]);
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.out) as InfoReport;
}

async function exportJson(file: string, to: string): Promise<ExportedJson> {
  const run = await cli(['export', file, '--to', to]);
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(readFileSync(to, 'utf8')) as ExportedJson;
}

/** A user error: exit status 2, nothing on stdout, one message on stderr and no stack trace. */
function expectUserError(run: CliRun): void {
  expect(run.code).toBe(2);
  expect(run.out).toBe('');
  expect(run.err.trim()).not.toBe('');
  expect(stackLines(run.err)).toEqual([]);
  expect(run.err.match(/^(Fejl|Error): /gm)).toHaveLength(1);
}

/** A user error about a whole file: the message is one line. */
function expectFileError(run: CliRun): void {
  expectUserError(run);
  expect(run.err.trimEnd().split('\n')).toHaveLength(1);
}

const writeJson = (path: string, value: unknown) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);

let sampleHash = '';
beforeAll(() => {
  sampleHash = sha256(SAMPLE);
});
afterAll(() => {
  expect(sha256(SAMPLE), 'the shipped sample must never change').toBe(sampleHash);
});

describe('brobygger new', () => {
  it('creates an empty project that info reports with no persons, named after the file', async () => {
    const file = join(tempDir(), 'Kortlægning 2026.brobygger');

    const run = await cli(['new', file]);

    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toContain(file);
    expect(existsSync(file)).toBe(true);
    const info = await infoJson(file);
    expect(info.name).toBe('Kortlægning 2026');
    expect(info.counts).toEqual({
      persons: 0,
      organisations: 0,
      departments: 0,
      memberships: 0,
      ties: 0,
      forums: 0,
      seats: 0,
      waves: 0,
      activities: 0,
    });
    expect(info.history).toEqual({ undoCount: 0, redoCount: 0 });
  });

  it('uses the name given with --name', async () => {
    const file = join(tempDir(), 'p.brobygger');

    expect((await cli(['new', file, '--name', 'Netværk i Nordby'])).code).toBe(0);

    expect((await infoJson(file)).name).toBe('Netværk i Nordby');
  });

  it('refuses to overwrite an existing file with exit 2 and a message naming it', async () => {
    const file = copySample(tempDir(), 'existing.brobygger');
    const before = sha256(file);

    const run = await cli(['new', file, '--lang', 'en']);

    expectUserError(run);
    expect(run.err).toContain(file);
    expect(run.err).toContain('already exists');
    expect(sha256(file)).toBe(before);
  });
});

describe('brobygger info', () => {
  it("prints the sample's counts in Danish by default", async () => {
    const file = copySample(tempDir());

    const run = await cli(['info', file]);

    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toContain('Projekt: Bro Kommune');
    expect(run.out).toMatch(/^\s+Personer\s+56$/m);
    expect(run.out).toMatch(/^\s+Organisationer\s+8$/m);
    expect(run.out).toMatch(/^\s+Forvaltninger\s+6$/m);
    expect(run.out).toMatch(/^\s+Medlemskaber\s+60$/m);
    expect(run.out).toMatch(/^\s+Relationer\s+133$/m);
    expect(run.out).toMatch(/^\s+Fora\s+4$/m);
    expect(run.out).toMatch(/^\s+Forumpladser\s+27$/m);
    expect(run.out).toMatch(/^\s+Runder\s+2$/m);
    expect(run.out).toMatch(/^\s+Aktiviteter\s+25$/m);
    expect(run.out).toMatch(/^Aktiviteter efter målgruppe:\n\s+Alle nyankomne\s+\d+$/m);
    expect(run.out).not.toContain('Persons');
  });

  it('prints English with --lang en', async () => {
    const file = copySample(tempDir());

    const run = await cli(['info', '--lang', 'en', file]);

    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toContain('Project: Bro Kommune');
    expect(run.out).toMatch(/^\s+Persons\s+56$/m);
    expect(run.out).toMatch(/^\s+Ties\s+133$/m);
    expect(run.out).toMatch(/^\s+Forum seats\s+27$/m);
    expect(run.out).not.toContain('Personer');
  });

  it('prints English when BROBYGGER_LANG=en and no --lang is given', async () => {
    const file = copySample(tempDir());

    const run = await cli(['info', file], { ...cleanEnv(), BROBYGGER_LANG: 'en' });

    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^\s+Persons\s+56$/m);
  });

  it("prints a JSON report with --json holding the documented keys and the sample's exact counts", async () => {
    const file = copySample(tempDir());

    const run = await cli(['info', '--json', file]);

    expect(run).toMatchObject({ code: 0, err: '' });
    const report = JSON.parse(run.out) as Record<string, unknown>;
    expect(Object.keys(report).sort()).toEqual(
      ['byForum', 'bySector', 'byTargetGroup', 'byTieType', 'byWave', 'counts', 'file', 'formatVersion', 'history', 'name'].sort(),
    );
    const info = report as unknown as InfoReport;
    expect(info.file).toBe(file);
    expect(info.formatVersion).toBe(LATEST_VERSION);
    expect(info.name).toBe('Bro Kommune');
    expect(info.counts).toEqual(SAMPLE_COUNTS);
    expect(info.history).toEqual({ undoCount: 0, redoCount: 0 });
    expect(info.bySector.reduce((n, s) => n + s.actors, 0)).toBe(SAMPLE_ACTORS);
    expect(info.byTieType.reduce((n, t) => n + t.ties, 0)).toBe(SAMPLE_COUNTS.ties);
    expect(info.byForum).toHaveLength(SAMPLE_COUNTS.forums);
    expect(info.byForum.reduce((n, f) => n + f.seats, 0)).toBe(SAMPLE_COUNTS.seats);
    expect(info.byWave.map((w) => w.label)).toEqual(['2025', '2026']);
  });

  it('leaves the project file byte-for-byte unchanged', async () => {
    const file = copySample(tempDir());
    const before = sha256(file);

    expect((await cli(['info', file])).code).toBe(0);
    expect((await cli(['info', '--json', file])).code).toBe(0);

    expect(sha256(file)).toBe(before);
  });
});

describe('brobygger info on files that are not healthy projects', () => {
  it('exits 2 naming a file that does not exist', async () => {
    const file = join(tempDir(), 'missing.brobygger');

    const run = await cli(['info', file]);

    expectFileError(run);
    expect(run.err).toContain(`${file} findes ikke`);
    expect(existsSync(file)).toBe(false);
  });

  it('exits 2 for an empty file and leaves it unchanged', async () => {
    const file = join(tempDir(), 'empty.brobygger');
    writeFileSync(file, '');
    const before = sha256(file);

    const run = await cli(['info', '--lang', 'en', file]);

    expectFileError(run);
    expect(run.err).toContain('empty.brobygger is not a Brobygger project: the file is empty');
    expect(sha256(file)).toBe(before);
  });

  it('exits 2 for a file of random bytes and leaves it unchanged', async () => {
    const file = join(tempDir(), 'noise.brobygger');
    writeFileSync(file, randomBytes(10 * 1024));
    const before = sha256(file);

    const run = await cli(['info', file]);

    expectFileError(run);
    expect(run.err).toContain('noise.brobygger er ikke et Brobygger-projekt: filen er ikke en database');
    expect(sha256(file)).toBe(before);
  });

  it('exits 2 for a damaged project, saying it is damaged, and leaves it unchanged', async () => {
    const file = copySample(tempDir(), 'damaged.brobygger');
    const fd = openSync(file, 'r+');
    try {
      // a whole page of the sample's tables overwritten with a fixed pattern
      writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, 8192);
    } finally {
      closeSync(fd);
    }
    const before = sha256(file);

    const da = await cli(['info', file]);
    const en = await cli(['info', '--lang', 'en', file]);

    expectFileError(da);
    expect(da.err).toContain('damaged.brobygger er beskadiget og kan ikke åbnes');
    expect(da.err).toContain('Filen er ikke ændret');
    expectFileError(en);
    expect(en.err).toContain('damaged.brobygger is damaged and cannot be opened');
    expect(sha256(file)).toBe(before);
  });

  it("exits 2 for another program's SQLite database and leaves it unchanged", async () => {
    const file = join(tempDir(), 'other-program.db');
    const db = new Database(file);
    db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL); INSERT INTO invoices (amount) VALUES (12.5);');
    db.close();
    const before = sha256(file);

    const run = await cli(['info', '--lang', 'en', file]);

    expectFileError(run);
    expect(run.err).toContain("other-program.db is not a Brobygger project: it is another program's database");
    expect(sha256(file)).toBe(before);
  });

  it('exits 2 for a project saved by a newer version, saying so, and leaves it unchanged', async () => {
    const file = copySample(tempDir(), 'future.brobygger');
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    const before = sha256(file);

    const run = await cli(['info', '--lang', 'en', file]);

    expectFileError(run);
    expect(run.err).toContain('future.brobygger was saved by a newer version of Brobygger (file format 99');
    expect(sha256(file)).toBe(before);
  });
});

describe('brobygger export and import', () => {
  it('exports JSON in the brobygger-project format, version 2, with all actors and ties', async () => {
    const dir = tempDir();
    const file = copySample(dir);
    const to = join(dir, 'bro.json');

    const run = await cli(['export', file, '--to', to]);

    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toContain(to);
    const json = JSON.parse(readFileSync(to, 'utf8')) as ExportedJson;
    expect(json.format).toBe('brobygger-project');
    expect(json.version).toBe(2);
    expect(json.meta.name).toBe('Bro Kommune');
    expect(json.actors).toHaveLength(SAMPLE_ACTORS);
    expect(json.ties).toHaveLength(SAMPLE_COUNTS.ties);
    expect(json.memberships).toHaveLength(SAMPLE_COUNTS.memberships);
    expect(json.forums).toHaveLength(SAMPLE_COUNTS.forums);
    expect(json.waves).toHaveLength(SAMPLE_COUNTS.waves);
  });

  it('imports an export into a new file, giving an equivalent project', async () => {
    const dir = tempDir();
    const original = copySample(dir);
    const exported = await exportJson(original, join(dir, 'original.json'));
    const target = join(dir, 'imported.brobygger');

    const run = await cli(['import', join(dir, 'original.json'), '--into', target]);

    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toContain(`${SAMPLE_ACTORS} aktører`);
    expect(run.out).toContain(`${SAMPLE_COUNTS.ties} relationer`);
    const reexported = await exportJson(target, join(dir, 'imported.json'));
    expect(reexported).toEqual(exported);
    const info = await infoJson(target);
    expect(info.counts).toEqual(SAMPLE_COUNTS);
    // into a new file the import is the starting state, not an undo step
    expect(info.history).toEqual({ undoCount: 0, redoCount: 0 });
  });

  it("refuses to import the same JSON again into that project, naming a duplicate id, and keeps the project's content", async () => {
    const dir = tempDir();
    const json = join(dir, 'bro.json');
    await exportJson(copySample(dir), json);
    const target = join(dir, 'target.brobygger');
    expect((await cli(['import', json, '--into', target])).code).toBe(0);
    const contentBefore = await exportJson(target, join(dir, 'before.json'));

    const run = await cli(['import', '--lang', 'en', json, '--into', target]);

    expectUserError(run);
    expect(run.err).toContain('bro.json');
    expect(run.err).toMatch(/id "org-integration" already exists in the project/);
    expect(await exportJson(target, join(dir, 'after.json'))).toEqual(contentBefore);
    expect((await infoJson(target)).history).toEqual({ undoCount: 0, redoCount: 0 });
  });

  /**
   * Backup and sync tools see any rewrite as a change, so a refused import must not even switch
   * the file's journal mode (which bumps SQLite's change counter in the header).
   */
  it('leaves the target file byte-for-byte unchanged when an import is refused', async () => {
    const dir = tempDir();
    const json = join(dir, 'bro.json');
    await exportJson(copySample(dir), json);
    const target = join(dir, 'target.brobygger');
    expect((await cli(['import', json, '--into', target])).code).toBe(0);
    const before = sha256(target);

    const run = await cli(['import', json, '--into', target]);

    expect(run.code).toBe(2);
    expect(sha256(target)).toBe(before);
  });

  it('refuses a JSON file with a bad value, naming the file, the row and the field', async () => {
    const dir = tempDir();
    const exported = await exportJson(copySample(dir), join(dir, 'bro.json'));
    const tie = exported.ties[3];
    expect(tie).toBeDefined();
    writeJson(join(dir, 'bad-strength.json'), {
      ...exported,
      ties: exported.ties.map((t, i) => (i === 3 ? { ...t, strength: 'high' } : t)),
    });
    const target = join(dir, 'new.brobygger');

    const run = await cli(['import', '--lang', 'en', join(dir, 'bad-strength.json'), '--into', target]);

    expectUserError(run);
    expect(run.err).toContain('bad-strength.json');
    expect(run.err).toMatch(/ties\[3\].*\.strength: /);
    expect(run.err).toContain(`id "${tie?.id ?? ''}"`);
    expect(existsSync(target)).toBe(false);
  });

  it('refuses JSON with a syntax error, naming the line and column', async () => {
    const dir = tempDir();
    // a trailing comma after the last property, on line 3
    writeFileSync(join(dir, 'broken.json'), '{\n  "format": "brobygger-project",\n  "version": 1,\n}\n');

    const run = await cli(['import', '--lang', 'en', join(dir, 'broken.json'), '--into', join(dir, 'x.brobygger')]);

    expectUserError(run);
    expect(run.err).toContain('broken.json is not valid JSON');
    expect(run.err).toContain('line 4, column 1');
    expect(existsSync(join(dir, 'x.brobygger'))).toBe(false);
  });

  /** V8 words "unexpected token" errors without a position; the line and column must still be named. */
  it('names the line and column of an unexpected character in JSON', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.json'), '{\n  "format": "brobygger-project",\n  "version": 1,\n  "actors": [}\n}\n');

    const run = await cli(['import', '--lang', 'en', join(dir, 'broken.json'), '--into', join(dir, 'x.brobygger')]);

    expectUserError(run);
    expect(run.err).toContain('broken.json is not valid JSON');
    expect(run.err).toMatch(/line 4, column 14/);
  });

  it('refuses JSON whose tie points at an unknown actor, naming the tie and the unknown id', async () => {
    const dir = tempDir();
    const exported = await exportJson(copySample(dir), join(dir, 'bro.json'));
    const tie = exported.ties[5];
    expect(tie).toBeDefined();
    writeJson(join(dir, 'dangling.json'), {
      ...exported,
      ties: exported.ties.map((t, i) => (i === 5 ? { ...t, target: 'p-nobody-at-all' } : t)),
    });
    const target = join(dir, 'new.brobygger');

    const run = await cli(['import', '--lang', 'en', join(dir, 'dangling.json'), '--into', target]);

    expectUserError(run);
    expect(run.err).toContain('dangling.json');
    expect(run.err).toContain(`"${tie?.id ?? ''}"`);
    expect(run.err).toContain('"p-nobody-at-all" does not exist');
    expect(existsSync(target)).toBe(false);
  });
});

describe('brobygger as a separate process', () => {
  it('exits with status 2 and no stack trace for a file of random bytes', () => {
    const file = join(tempDir(), 'noise.brobygger');
    writeFileSync(file, randomBytes(10 * 1024));
    const before = sha256(file);

    const run = cliProcess(['info', file]);

    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toContain('noise.brobygger er ikke et Brobygger-projekt');
    expect(stackLines(run.err)).toEqual([]);
    expect(sha256(file)).toBe(before);
  });

  it('exits with status 0 and prints the counts for the sample', () => {
    const file = copySample(tempDir());

    const run = cliProcess(['info', '--json', file]);

    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.out) as InfoReport).counts).toEqual(SAMPLE_COUNTS);
  });
});

describe('brobygger info on a project open for editing elsewhere', () => {
  it('is refused with exit 2 while the project is open, and works once it is closed', async () => {
    const file = copySample(tempDir());
    const store = ProjectStore.open(file, storeOptions());
    let refused: CliRun;
    let refusedEn: CliRun;
    try {
      refused = await cli(['info', file]);
      refusedEn = await cli(['info', '--lang', 'en', file]);
    } finally {
      store.close();
    }

    expectFileError(refused);
    expect(refused.err).toContain('bro-kommune.brobygger er allerede åben');
    expectFileError(refusedEn);
    expect(refusedEn.err).toContain('bro-kommune.brobygger is already open');
    const after = await cli(['info', '--json', file]);
    expect(after.code).toBe(0);
    expect((JSON.parse(after.out) as InfoReport).counts).toEqual(SAMPLE_COUNTS);
  });

  it('is refused with exit 2 in another process while the project is open in this one', () => {
    const file = copySample(tempDir());
    const store = ProjectStore.open(file, storeOptions());
    let refused: CliRun;
    try {
      refused = cliProcess(['info', '--lang', 'en', file]);
    } finally {
      store.close();
    }

    expect(refused.code).toBe(2);
    expect(refused.err).toContain('bro-kommune.brobygger is already open');
    expect(stackLines(refused.err)).toEqual([]);
    expect(cliProcess(['info', file]).code).toBe(0);
  });

  /**
   * SQLite's lock is a POSIX advisory lock, which the OS drops for the whole process when the
   * process closes any descriptor of the file: a refused second open in the same process must
   * not touch the file, or the editing session silently loses its lock.
   */
  it('stays locked for other processes after a refused open in the same process', async () => {
    const file = copySample(tempDir());
    const store = ProjectStore.open(file, storeOptions());
    let inProcess: CliRun;
    let otherProcess: CliRun;
    try {
      inProcess = await cli(['info', file]);
      otherProcess = cliProcess(['info', '--lang', 'en', file]);
    } finally {
      store.close();
    }

    expect(inProcess.code).toBe(2);
    expect(otherProcess.code).toBe(2);
    expect(otherProcess.err).toContain('is already open');
  });
});


describe('brobygger where the user pointed at the wrong place', () => {
  it('exports in the format the extension names: GraphML to .graphml, not JSON', async () => {
    const dir = tempDir();
    const file = copySample(dir);
    const out = join(dir, 'bro.graphml');

    const run = await cli(['export', file, '--to', out, '--lang', 'en']);

    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<\?xml[^>]*>\s*<graphml/);
    expect(run.out).toBe(`Exported ${file} as GraphML to ${out}.\n`);
  });

  it('exits 2 for export --to the project file itself, and leaves the project as it was', async () => {
    const file = copySample(tempDir());
    const before = sha256(file);

    const run = await cli(['export', file, '--to', file, '--lang', 'en']);

    expectFileError(run);
    expect(run.err).toContain('bro-kommune.brobygger is the project itself; choose another name for the export.');
    expect(sha256(file)).toBe(before);
  });

  it('exits 2 for export, new and import into a folder that does not exist, naming the folder', async () => {
    const dir = tempDir();
    const file = copySample(dir);
    const missing = join(dir, 'findes-ikke');
    await exportJson(file, join(dir, 'bro.json'));

    const runs = [
      await cli(['export', file, '--to', join(missing, 'bro.json')]),
      await cli(['new', join(missing, 'ny.brobygger')]),
      await cli(['import', join(dir, 'bro.json'), '--into', join(missing, 'ny.brobygger')]),
    ];

    for (const run of runs) {
      expectFileError(run);
      expect(run.err).toContain(`Mappen ${missing} findes ikke`);
      expect(run.err).not.toMatch(/\.tmp|SQLITE|unable to open/);
    }
  });

  it('exits 2 for analyze on a file of a kind it does not read', async () => {
    const path = join(tempDir(), 'noter.txt');
    writeFileSync(path, 'id;navn\n');

    const run = await cli(['analyze', path, '--lang', 'en']);

    expectFileError(run);
    expect(run.err).toContain('noter.txt: unknown file type');
  });
});
