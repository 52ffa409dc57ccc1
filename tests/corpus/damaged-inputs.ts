/**
 * A seeded corpus of damaged and mutated inputs of every kind the CLI reads: project files
 * (truncated, bit and byte flips in the header and the pages, random bytes, foreign and newer
 * databases, broken schemas, bad JSON in the settings, the history and the rows, index damage
 * that only integrity_check finds, hot rollback journals and write-ahead logs left by a crash),
 * JSON files (not JSON, wrong shapes, deep nesting, huge numbers, other encodings), CSV folders
 * and GraphML files. The same seed always gives the same corpus.
 *
 * Used by tests/integration/damaged-files.test.ts. To look at it:
 *   npx tsx tests/corpus/damaged-inputs.ts /tmp/corpus [seed]
 */
import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { seededRandom, type Random } from '../../src/core/analysis/random';
import type { CommandInput } from '../../src/core/commands';
import { encodeGraphml } from '../../src/core/format/graphml';
import { encodeProjectJson } from '../../src/core/format/project-json';
import { APPLICATION_ID, LATEST_VERSION } from '../../src/main/engine/migrations';
import { ProjectStore } from '../../src/main/engine/project-store';

/** What is run on an input: CLI commands, and undo and redo through the store. */
export type CorpusCommand = 'info' | 'export' | 'analyze' | 'import-new' | 'import-existing' | 'undo-redo';

export interface CorpusCase {
  /** unique, also the input's file name without extension */
  name: string;
  /** the family of damage, for counting */
  kind: string;
  /** the file or folder given to the commands */
  path: string;
  commands: readonly CorpusCommand[];
}

export interface Corpus {
  cases: CorpusCase[];
  /** the healthy project the project cases were made from (for `import-existing`) */
  base: string;
}

const PROJECT_COMMANDS: readonly CorpusCommand[] = ['info', 'export', 'analyze', 'undo-redo'];
const JSON_COMMANDS: readonly CorpusCommand[] = ['import-new', 'import-existing', 'analyze'];
const FIELD_COMMANDS: readonly CorpusCommand[] = ['analyze'];


/** A small network with something in every table, and a history that can be undone and redone. */
function baseProject(path: string): void {
  const sectors = ['municipality', 'civil_society', 'citizens'];
  const commands: CommandInput[] = [
    { type: 'wave.add', wave: { id: 'w1', label: '2025', date: '2025-03-01' } },
    { type: 'wave.add', wave: { id: 'w2', label: '2026' } },
  ];
  for (let i = 0; i < 5; i++)
    commands.push({
      type: 'actor.add',
      actor: {
        id: `org-${i}`,
        kind: i === 0 ? 'department' : 'organisation',
        label: `Forening ${i} Ærø`,
        sector: sectors[i % 3] ?? null,
        attributes: { postnummer: `50${i}0`, frivillige: i * 3 },
        waves: ['w1'],
      },
    });
  for (let i = 0; i < 16; i++)
    commands.push({
      type: 'actor.add',
      actor: { id: `p-${i}`, kind: 'person', label: `Person ${i} Søgård`, sector: sectors[i % 3] ?? null, notes: 'noter '.repeat(i), attributes: { alder: 30 + i } },
    });
  for (let i = 0; i < 16; i++)
    commands.push({ type: 'membership.add', membership: { id: `m-${i}`, person: `p-${i}`, organisation: `org-${i % 5}`, role: i % 2 ? 'volunteer' : 'employee', waves: ['w1', 'w2'] } });
  for (let i = 0; i < 30; i++) {
    const s = i % 16;
    const t = (i * 7 + 3) % 16;
    if (s === t) continue;
    commands.push({
      type: 'tie.add',
      tie: {
        id: `t-${i}`,
        source: `p-${s}`,
        target: `p-${t}`,
        strength: 1 + (i % 5),
        formality: i % 3 ? 'informal' : 'formal',
        initiative: i % 4 ? 'source' : null,
        attributes: i % 2 ? { projekt: `P${i}` } : {},
        evidence: { source: 'interview', quote: `Vi mødes hver ${i}. uge`, confidence: 'high' },
        waves: ['w2'],
      },
    });
  }
  commands.push({ type: 'tie.add', tie: { id: 't-org', source: 'org-1', target: 'org-2', strength: 3 } });
  commands.push({
    type: 'forum.add',
    forum: {
      id: 'f-1',
      label: 'Samarbejdsforum',
      kind: 'network',
      seats: [
        { actor: 'p-1', represents: 'org-1', role: 'chair' },
        { actor: 'p-2', represents: 'org-2', role: 'member' },
      ],
    },
  });
  const store = ProjectStore.create(path, 'Korpus', {});
  store.apply({ type: 'batch', commands });
  store.apply({ type: 'actor.update', id: 'p-3', patch: { label: 'Omdøbt Åse', attributes: { alder: 41, kommune: 'Bro' } } });
  store.apply({ type: 'project.update', patch: { description: 'Kortlægning' } });
  store.apply({ type: 'actor.remove', id: 'p-4' });
  store.apply({ type: 'tie.update', id: 't-1', patch: { notes: 'fortrydes' } });
  store.undo();
  store.close();
}

const hex = (random: Random, bytes: number) => Buffer.from(Array.from({ length: bytes }, () => random.int(256)));
const pick = <T>(random: Random, list: readonly T[]): T => list[random.int(list.length)] as T;

/** The corpus, written into `dir`. */
export function buildCorpus(dir: string, seed = 11): Corpus {
  const random = seededRandom(seed);
  mkdirSync(dir, { recursive: true });
  const cases: CorpusCase[] = [];
  const base = join(dir, 'base.brobygger');
  baseProject(base);
  const baseBytes = readFileSync(base);
  const pageSize = baseBytes.readUInt16BE(16);
  const pages = baseBytes.length / pageSize;

  const add = (kind: string, name: string, path: string, commands: readonly CorpusCommand[]) => {
    if (cases.some((c) => c.name === name)) throw new Error(`duplicate corpus case ${name}`);
    cases.push({ kind, name, path, commands });
  };
  const projectBytes = (kind: string, name: string, bytes: Uint8Array) => {
    const path = join(dir, `${name}.brobygger`);
    writeFileSync(path, bytes);
    add(kind, name, path, PROJECT_COMMANDS);
  };
  const mutated = (kind: string, name: string, change: (b: Buffer) => void) => {
    const b = Buffer.from(baseBytes);
    change(b);
    projectBytes(kind, name, b);
  };
  /** A copy of the base changed by SQL, as another tool (or a careless script) would change it. */
  const withSql = (kind: string, name: string, change: (db: Database.Database) => void) => {
    const path = join(dir, `${name}.brobygger`);
    copyFileSync(base, path);
    const db = new Database(path);
    // off: SQLite's defensive mode, which forbids writing the schema table (index damage below)
    db.unsafeMode(true);
    db.pragma('foreign_keys = OFF');
    change(db);
    db.close();
    add(kind, name, path, PROJECT_COMMANDS);
  };

  // ---- project files: bytes ---------------------------------------------------------------
  projectBytes('empty', 'empty', new Uint8Array());
  for (const n of [1, 15, 16, 50, 99, 100, 101, 512, 4095, 4096, 4097, 8192, 10_000, 65_536])
    projectBytes('random-bytes', `random-${n}`, hex(random, n));
  for (const n of [100, 4096, 20_000]) {
    const b = hex(random, n);
    Buffer.from('SQLite format 3\0', 'binary').copy(b);
    projectBytes('random-bytes', `random-with-magic-${n}`, b);
  }
  projectBytes('not-a-database', 'text-file', Buffer.from('Mødereferat fra netværket\n'.repeat(300)));
  projectBytes('not-a-database', 'json-as-project', Buffer.from('{"format":"brobygger-project","version":1}'));

  const cuts = new Set<number>([1, 15, 16, 99, 100, 101, 200, 1024, pageSize - 1, pageSize, pageSize + 1, 2 * pageSize, baseBytes.length - 1]);
  for (let k = 2; k < pages; k += Math.max(1, Math.floor(pages / 12))) cuts.add(k * pageSize);
  while (cuts.size < 40) cuts.add(1 + random.int(baseBytes.length - 1));
  for (const cut of [...cuts].sort((a, b) => a - b)) projectBytes('truncated', `truncated-at-${cut}`, baseBytes.subarray(0, cut));

  for (let i = 0; i < 48; i++) {
    const offset = random.int(100);
    const bit = random.int(8);
    mutated('header-bit-flip', `header-bit-${i}-${offset}.${bit}`, (b) => {
      b[offset] = (b[offset] ?? 0) ^ (1 << bit);
    });
  }
  const headerFields: Array<[string, number, number[]]> = [
    ['page-size', 16, [0x00, 0x00]],
    ['page-size-odd', 16, [0x03, 0x00]],
    ['write-version', 18, [0x07]],
    ['read-version', 19, [0x09]],
    ['reserved', 20, [0xff]],
    ['payload-fraction', 21, [0x10]],
    ['page-count', 28, [0x7f, 0xff, 0xff, 0xff]],
    ['freelist-trunk', 32, [0x00, 0x00, 0x7f, 0x00]],
    ['freelist-count', 36, [0x00, 0x01, 0x00, 0x00]],
    ['schema-cookie', 40, [0x12, 0x34, 0x56, 0x78]],
    ['schema-format', 44, [0x00, 0x00, 0x00, 0x09]],
    ['text-encoding-utf16', 56, [0x00, 0x00, 0x00, 0x02]],
    ['text-encoding-bad', 56, [0x00, 0x00, 0x00, 0x07]],
    ['autovacuum-root', 52, [0x00, 0x00, 0x00, 0x05]],
    ['valid-for', 92, [0xff, 0xff, 0xff, 0xff]],
  ];
  for (const [field, offset, bytes] of headerFields)
    mutated('header-field', `header-${field}`, (b) => {
      Buffer.from(bytes).copy(b, offset);
    });
  for (const [name, id] of [
    ['zero', 0],
    ['other', 0x12345678],
    ['off-by-one', APPLICATION_ID + 1],
  ] as const)
    mutated('application-id', `application-id-${name}`, (b) => {
      b.writeUInt32BE(id, 68);
    });
  for (const version of [LATEST_VERSION + 1, 99, 2 ** 31 - 1, 2 ** 32 - 1])
    mutated('newer-version', `user-version-${version}`, (b) => {
      b.writeUInt32BE(version, 60);
    });
  {
    const path = join(dir, 'foreign-database.brobygger');
    const db = new Database(path);
    db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL); INSERT INTO invoices (amount) VALUES (12.5)');
    db.close();
    add('application-id', 'foreign-database', path, PROJECT_COMMANDS);
  }

  for (let i = 0; i < 90; i++) {
    const page = 1 + random.int(pages - 1);
    const within = random.float() < 0.4 ? random.int(12) : random.int(pageSize);
    const offset = page * pageSize + within;
    const xor = 1 + random.int(255);
    mutated('page-byte-flip', `page-byte-${i}-p${page}-${within}`, (b) => {
      b[offset] = (b[offset] ?? 0) ^ xor;
    });
  }
  for (let i = 0; i < 12; i++) {
    const offset = 100 + random.int(pageSize - 100);
    mutated('schema-page-flip', `schema-page-byte-${i}-${offset}`, (b) => {
      b[offset] = (b[offset] ?? 0) ^ (1 + random.int(255));
    });
  }
  for (let i = 0; i < 16; i++) {
    const page = 1 + random.int(pages - 1);
    const fill = i % 3 === 0 ? Buffer.alloc(pageSize) : i % 3 === 1 ? Buffer.alloc(pageSize, 0xa5) : hex(random, pageSize);
    mutated('page-overwritten', `page-overwritten-${i}-p${page}`, (b) => {
      fill.copy(b, page * pageSize);
    });
  }
  for (let i = 0; i < 6; i++) {
    const a = 1 + random.int(pages - 1);
    const c = 1 + random.int(pages - 1);
    mutated('page-swap', `pages-swapped-${a}-${c}`, (b) => {
      const first = Buffer.from(b.subarray(a * pageSize, (a + 1) * pageSize));
      b.copy(b, a * pageSize, c * pageSize, (c + 1) * pageSize);
      first.copy(b, c * pageSize);
    });
  }

  // ---- project files: schema -------------------------------------------------------------
  const db0 = new Database(base, { readonly: true });
  const tables = db0.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  const columns = new Map(tables.map((t) => [t, db0.prepare('SELECT name, pk FROM pragma_table_info(?)').all(t) as Array<{ name: string; pk: number }>]));
  const indexes = db0.prepare("SELECT name, tbl_name AS tbl FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").all() as Array<{ name: string; tbl: string }>;
  db0.close();
  for (const table of tables) {
    withSql('missing-table', `missing-table-${table}`, (db) => {
      db.exec(`DROP TABLE "${table}"`);
    });
  }
  for (const table of ['actors', 'ties', 'meta', 'history', 'sectors'])
    withSql('renamed-table', `renamed-table-${table}`, (db) => {
      db.exec(`ALTER TABLE "${table}" RENAME TO "${table}_old"`);
    });
  for (const [table, cols] of columns) {
    for (const col of cols.filter((c) => c.pk === 0).slice(0, 3)) {
      withSql('renamed-column', `renamed-column-${table}-${col.name}`, (db) => {
        db.exec(`ALTER TABLE "${table}" RENAME COLUMN "${col.name}" TO "${col.name}_x"`);
      });
    }
  }
  for (const [table, col] of [
    ['actors', 'notes'],
    ['actors', 'influence'],
    ['ties', 'attributes'],
    ['ties', 'evidence_quote'],
    ['sectors', 'definite_da'],
    ['forums', 'mandate'],
    ['history', 'at'],
    ['waves', 'date'],
  ] as const)
    withSql('dropped-column', `dropped-column-${table}-${col}`, (db) => {
      db.exec(`ALTER TABLE "${table}" DROP COLUMN "${col}"`);
    });
  for (const [table, col] of [
    ['actors', 'age REAL'],
    ['ties', 'weight REAL'],
    ['meta', 'extra TEXT'],
  ] as const)
    withSql('extra-column', `extra-column-${table}`, (db) => {
      db.exec(`ALTER TABLE "${table}" ADD COLUMN ${col}`);
    });
  for (const version of [0, 1, 2].filter((v) => v < LATEST_VERSION))
    withSql('duplicate-column', `columns-of-later-version-at-${version}`, (db) => {
      db.pragma(`user_version = ${version}`);
    });
  withSql('extra-table', 'extra-table', (db) => {
    db.exec('CREATE TABLE saved_views (id TEXT PRIMARY KEY, name TEXT)');
  });
  for (const index of indexes.slice(0, 4))
    withSql('dropped-index', `dropped-index-${index.name}`, (db) => {
      db.exec(`DROP INDEX "${index.name}"`);
    });
  withSql('view', 'with-a-view', (db) => {
    db.exec('CREATE VIEW people AS SELECT * FROM actors');
  });
  withSql('trigger', 'with-a-trigger', (db) => {
    db.exec("CREATE TRIGGER no_more BEFORE INSERT ON actors BEGIN SELECT RAISE(ABORT, 'no more actors'); END");
  });

  // ---- project files: content ------------------------------------------------------------
  const settingsValues = [
    'not json',
    '',
    'null',
    '[]',
    '"text"',
    '42',
    '{}',
    '{"strengthScale": {"min": 5, "max": 1}}',
    '{"strengthScale": {"min": 1, "max": 5}, "analysis": {"permutations": -3}}',
    '{"strengthScale": {"min": 1, "max": 5}, "unknown": true}',
    '{"strengthScale": "1-5"}',
    `{"strengthScale": {"min": 1, "max": 5}, "layout": {"positions": {"p-1": {"x": "left", "y": 0}}}}`,
    `{"strengthScale": {"min": 1, "max": 5}, "analysis": {"groupBy": ${'['.repeat(5000)}${']'.repeat(5000)}}}`,
    '{"strengthScale": {"min": 1e400, "max": 5}}',
    '{"strengthScale": {"min": 1, "max": 5}',
  ];
  settingsValues.forEach((value, i) =>
    withSql('bad-settings', `bad-settings-${i}`, (db) => {
      db.prepare("UPDATE meta SET value = ? WHERE key = 'settings'").run(value);
    }),
  );
  withSql('bad-settings', 'settings-row-missing', (db) => {
    db.exec("DELETE FROM meta WHERE key = 'settings'");
  });
  withSql('bad-meta', 'meta-empty', (db) => {
    db.exec('DELETE FROM meta');
  });
  withSql('bad-meta', 'name-too-long', (db) => {
    db.prepare("UPDATE meta SET value = ? WHERE key = 'name'").run('x'.repeat(100_000));
  });

  const labelValues = ['not json', '', 'null', '[]', '"x"', '7', '{"label": {"nested": 1}}', '{"count": true}', '{"label": null}', '{'];
  labelValues.forEach((value, i) => {
    for (const which of ['newest', 'oldest'] as const)
      withSql('bad-history-label', `bad-label-params-${which}-${i}`, (db) => {
        db.prepare(`UPDATE history SET label_params = ? WHERE seq = (SELECT ${which === 'newest' ? 'MAX' : 'MIN'}(seq) FROM history WHERE undone = 0)`).run(value);
      });
  });
  withSql('bad-history-label', 'unknown-label-key', (db) => {
    db.exec("UPDATE history SET label_key = 'no.such.key' WHERE undone = 0");
  });
  const changeValues = [
    'not json',
    '',
    'null',
    '{}',
    '[]',
    '[1, 2]',
    '[{"t": "nosuch", "b": null, "a": {"id": "x"}}]',
    '[{"t": "actors", "b": null, "a": {"id": "x"}}]',
    '[{"t": "actors", "b": null, "a": {"id": "p-1", "kind": "person", "label": "Dublet", "attributes": "{}", "notes": "", "sort": 1}}]',
    '[{"t": "actors", "b": null, "a": {"id": "ny", "kind": "robot", "label": "R", "attributes": "{}", "notes": "", "sort": 99}}]',
    '[{"t": "actors", "b": null, "a": {"id": "ny", "kind": "person", "label": "R", "attributes": "not json", "notes": "", "sort": 99}}]',
    '[{"t": "ties", "b": null, "a": {"id": "t-x", "source": "nobody", "target": "p-1", "type": "collaboration", "directed": 0, "evidence_source": "", "evidence_quote": "", "notes": "", "attributes": "{}", "sort": 1}}]',
    '[{"t": "tie_waves", "b": {"tie": "t-2", "wave": "w2"}, "a": {"tie": "t-2", "wave": "w1"}}]',
    '[{"t": "actors", "b": {"id": "p-1"}, "a": {"id": "p-1", "label": 5}}]',
    `[${'['.repeat(3000)}${']'.repeat(3000)}]`,
    '[{"t": "meta", "b": {"key": "settings", "value": "{}"}, "a": {"key": "settings", "value": "not json"}}]',
  ];
  changeValues.forEach((value, i) => {
    for (const which of ['undo', 'redo'] as const)
      withSql('bad-history-changes', `bad-changes-${which}-${i}`, (db) => {
        db.prepare(`UPDATE history SET changes = ? WHERE seq = (SELECT ${which === 'undo' ? 'MAX(seq) FROM history WHERE undone = 0' : 'MIN(seq) FROM history WHERE undone = 1'})`).run(value);
      });
  });

  const attributeValues = ['not json', '', 'null', '[]', '"x"', '{"": 1}', '{"a": {"b": 1}}', '{"a": [1, 2]}', `{"${'k'.repeat(200)}": 1}`, `{"a": "${'x'.repeat(3000)}"}`, '{"a": 1', `{"a": ${'['.repeat(5000)}${']'.repeat(5000)}}`];
  attributeValues.forEach((value, i) => {
    withSql('bad-actor-attributes', `bad-actor-attributes-${i}`, (db) => {
      db.prepare("UPDATE actors SET attributes = ? WHERE id = 'p-5'").run(value);
    });
    withSql('bad-tie-attributes', `bad-tie-attributes-${i}`, (db) => {
      db.prepare("UPDATE ties SET attributes = ? WHERE id = 't-3'").run(value);
    });
  });
  const rowDamage: Array<[string, string]> = [
    ['actor-kind', "UPDATE actors SET kind = 'robot' WHERE id = 'p-6'"],
    ['tie-directed', "UPDATE ties SET directed = 5 WHERE id = 't-5'"],
    ['actor-turnover', "UPDATE actors SET turnover = 7 WHERE id = 'p-7'"],
    ['role-turnover', "UPDATE roles SET turnover = -1"],
    ['tie-self', "UPDATE ties SET target = source WHERE id = 't-6'"],
    ['tie-strength-huge', "UPDATE ties SET strength = 1e308 WHERE id = 't-7'"],
    ['tie-strength-negative', "UPDATE ties SET strength = -900 WHERE id = 't-8'"],
    ['tie-formality', "UPDATE ties SET formality = 'sort of' WHERE id = 't-9'"],
    ['actor-label-empty', "UPDATE actors SET label = '' WHERE id = 'p-8'"],
    ['wave-date', "UPDATE waves SET date = 'yesterday' WHERE id = 'w1'"],
  ];
  for (const [name, sql] of rowDamage)
    withSql('bad-row', `bad-row-${name}`, (db) => {
      db.pragma('ignore_check_constraints = ON');
      db.exec(sql);
    });
  const dangling: Array<[string, string]> = [
    ['tie-source', "UPDATE ties SET source = 'nobody' WHERE id = 't-10'"],
    ['membership-organisation', "UPDATE memberships SET organisation = 'org-none' WHERE id = 'm-3'"],
    ['seat-forum', "UPDATE forum_seats SET forum = 'f-none' WHERE actor = 'p-1'"],
    ['wave-link', "UPDATE tie_waves SET wave = 'w-none' WHERE tie = 't-2'"],
    ['sector-code', "DELETE FROM sectors WHERE key = 'citizens'"],
    ['actor-deleted', "DELETE FROM actors WHERE id = 'p-9'"],
  ];
  for (const [name, sql] of dangling)
    withSql('dangling-reference', `dangling-${name}`, (db) => {
      db.exec(sql);
    });

  // index damage that integrity_check finds and quick_check does not: the index is hidden from
  // SQLite while rows change, so its entries no longer match the table
  const staleIndex: Array<[string, string, string]> = [
    ['actors_sector', 'actors', "UPDATE actors SET sector = 'citizens' WHERE sector = 'municipality'"],
    ['actors_sector', 'actors', "DELETE FROM actors WHERE id = 'p-15'"],
    ['ties_source', 'ties', "UPDATE ties SET source = 'p-0' WHERE id IN ('t-1', 't-2')"],
    ['ties_type', 'ties', "INSERT INTO ties SELECT 't-new', source, target, type, directed, strength, formality, initiative, mandate, resource_flow, dependent, governance, evidence_source, evidence_quote, evidence_confidence, notes, 999, attributes FROM ties WHERE id = 't-2'"],
    ['memberships_person', 'memberships', "UPDATE memberships SET person = 'p-0' WHERE id = 'm-1'"],
    ['history_undone', 'history', 'UPDATE history SET undone = 1 - undone'],
    ['forum_seats_actor', 'forum_seats', "UPDATE forum_seats SET actor = 'p-3' WHERE actor = 'p-2'"],
    ['tie_waves_wave', 'tie_waves', "DELETE FROM tie_waves WHERE tie = 't-2'"],
  ];
  staleIndex.forEach(([index, table, sql], i) =>
    withSql('stale-index', `stale-index-${i}-${index}`, (db) => {
      const row = db.prepare('SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master WHERE name = ?').get(index) as Record<string, unknown>;
      if (row['tbl_name'] !== table) throw new Error(`${index} is not an index of ${table}`);
      db.pragma('writable_schema = ON');
      db.prepare('DELETE FROM sqlite_master WHERE name = ?').run(index);
      db.pragma('writable_schema = RESET');
      db.exec(sql);
      db.pragma('writable_schema = ON');
      db.prepare('INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES (@type, @name, @tbl_name, @rootpage, @sql)').run(row);
      db.pragma('writable_schema = RESET');
    }),
  );

  // ---- project files: left by a crash ----------------------------------------------------
  /** The base with a transaction in flight, copied as a kill -9 would leave it: file and journal. */
  const crashed = (name: string, kind: string, mode: 'journal' | 'wal', mutate?: (sidecar: Buffer) => Buffer) => {
    const work = join(dir, `.work-${name}`);
    mkdirSync(work);
    const live = join(work, 'live.brobygger');
    copyFileSync(base, live);
    const db = new Database(live);
    if (mode === 'wal') {
      db.pragma('journal_mode = WAL');
      db.pragma('wal_autocheckpoint = 0');
      db.exec("UPDATE actors SET label = label || ' (rettet)'");
      db.exec("UPDATE ties SET notes = 'efter nedbrud'");
    } else {
      db.pragma('cache_size = 2');
      db.exec('BEGIN');
      db.exec("UPDATE actors SET notes = notes || printf('%.2000c', 'x')");
      db.exec("UPDATE ties SET evidence_quote = printf('%.3000c', 'y')");
    }
    const path = join(dir, `${name}.brobygger`);
    copyFileSync(live, path);
    const sidecar = mode === 'wal' ? '-wal' : '-journal';
    const bytes = readFileSync(`${live}${sidecar}`);
    writeFileSync(`${path}${sidecar}`, mutate ? mutate(bytes) : bytes);
    if (mode === 'journal') db.exec('ROLLBACK');
    db.close();
    rmSync(work, { recursive: true, force: true });
    add(kind, name, path, PROJECT_COMMANDS);
  };
  crashed('hot-journal', 'hot-journal', 'journal');
  crashed('hot-journal-truncated', 'hot-journal', 'journal', (j) => j.subarray(0, Math.floor(j.length / 2)));
  crashed('hot-journal-header-only', 'hot-journal', 'journal', (j) => j.subarray(0, 512));
  crashed('hot-journal-zero-header', 'hot-journal', 'journal', (j) => Buffer.concat([Buffer.alloc(28), j.subarray(28)]));
  crashed('hot-journal-random', 'hot-journal', 'journal', (j) => hex(random, j.length));
  for (let i = 0; i < 6; i++)
    crashed(`hot-journal-flipped-${i}`, 'hot-journal', 'journal', (j) => {
      const copy = Buffer.from(j);
      const at = random.int(copy.length);
      copy[at] = (copy[at] ?? 0) ^ (1 + random.int(255));
      return copy;
    });
  crashed('wal-left', 'wal-left', 'wal');
  crashed('wal-truncated', 'wal-left', 'wal', (w) => w.subarray(0, Math.floor(w.length / 3)));
  crashed('wal-header-only', 'wal-left', 'wal', (w) => w.subarray(0, 32));
  crashed('wal-random', 'wal-left', 'wal', (w) => hex(random, w.length));
  for (let i = 0; i < 6; i++)
    crashed(`wal-flipped-${i}`, 'wal-left', 'wal', (w) => {
      const copy = Buffer.from(w);
      const at = random.int(copy.length);
      copy[at] = (copy[at] ?? 0) ^ (1 + random.int(255));
      return copy;
    });
  {
    const path = join(dir, 'empty-journal.brobygger');
    copyFileSync(base, path);
    writeFileSync(`${path}-journal`, '');
    add('hot-journal', 'empty-journal', path, PROJECT_COMMANDS);
  }

  // ---- JSON --------------------------------------------------------------------------------
  const reader = ProjectStore.open(base, { readonly: true });
  const data = reader.read();
  reader.close();
  const jsonText = encodeProjectJson(data);
  const json = JSON.parse(jsonText) as Record<string, unknown>;
  const jsonFile = (kind: string, name: string, content: string | Uint8Array) => {
    const path = join(dir, `${name}.json`);
    writeFileSync(path, content);
    add(kind, name, path, JSON_COMMANDS);
  };
  jsonFile('json-valid', 'json-valid', jsonText);
  const notJson = ['not json', '', ' ', '{', '[1, 2', '{"format": "brobygger-project", "version": 1,}', 'NaN', '// comment\n{}', "{'format': 'x'}", '{"a": 1} trailing', '\uFEFF\uFEFF{}', '{"format": "brobygger-project", "version": 1, "meta": {"name": "x\u0001y"}}', '"\\uZZZZ"', `${'['.repeat(200_000)}x`, '{"a":'.repeat(50_000)];
  notJson.forEach((text, i) => jsonFile('not-json', `not-json-${i}`, text));
  const shapes: unknown[] = [
    [],
    null,
    42,
    'text',
    {},
    { format: 'something-else', version: 1 },
    { format: 'brobygger-project' },
    { format: 'brobygger-project', version: '1' },
    { format: 'brobygger-project', version: 2 },
    { format: 'brobygger-project', version: 0 },
    { format: 'brobygger-project', version: 1.5 },
    { format: 'brobygger-project', version: 1, actors: {} },
    { format: 'brobygger-project', version: 1, actors: [1, 'a', null] },
    { format: 'brobygger-project', version: 1, ties: 'x' },
    { format: 'brobygger-project', version: 1, meta: [] },
    { format: 'brobygger-project', version: 1, settings: [] },
    { format: 'brobygger-project', version: 1, settings: { strengthScale: { min: 5, max: 1 } } },
    { format: 'brobygger-project', version: 1, codebooks: { sectors: 'x' } },
    { format: 'brobygger-project', version: 1, actors: [{ kind: 'person', label: 'no id' }] },
    { format: 'brobygger-project', version: 1, actors: [{ id: 'a', kind: 'person', label: 'A' }, { id: 'a', kind: 'person', label: 'B' }] },
    { format: 'brobygger-project', version: 1, actors: [{ id: 'a', kind: 'robot', label: 'A' }] },
    { format: 'brobygger-project', version: 1, ties: [{ id: 't', source: 'x', target: 'y' }] },
    { format: 'brobygger-project', version: 1, extra: true },
    { ...json, actors: [...(json['actors'] as unknown[]), { id: 'huge', kind: 'person', label: 'H', influence: 1e308 }] },
    { ...json, ties: (json['ties'] as Array<Record<string, unknown>>).map((t, i) => (i === 0 ? { ...t, strength: 900 } : t)) },
    { ...json, ties: (json['ties'] as Array<Record<string, unknown>>).map((t, i) => (i === 0 ? { ...t, strength: -1e308 } : t)) },
    { ...json, settings: { strengthScale: { min: -1e308, max: 1e308 } } },
  ];
  shapes.forEach((value, i) => jsonFile('json-shape', `json-shape-${i}`, JSON.stringify(value)));
  // numbers JavaScript cannot hold, written as text
  jsonFile('json-huge', 'json-version-1e400', jsonText.replace('"version": 1', '"version": 1e400'));
  jsonFile('json-huge', 'json-strength-30-digits', jsonText.replace(/"strength": \d+/, '"strength": 123456789012345678901234567890'));
  jsonFile('json-huge', 'json-strength-1e400', jsonText.replace(/"strength": \d+/, '"strength": -1e400'));
  jsonFile('json-deep', 'json-deep-attributes', JSON.stringify({ ...json, actors: [{ id: 'd', kind: 'person', label: 'D', attributes: { a: 0 } }] }).replace('"a":0', `"a":${'['.repeat(100_000)}${']'.repeat(100_000)}`));
  jsonFile('json-deep', 'json-deep-top', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
  jsonFile('json-deep', 'json-deep-notes', JSON.stringify({ ...json, meta: { name: 'x', description: 'y' } }).replace('"description":"y"', `"description":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`));
  jsonFile('json-huge', 'json-huge-number-text', jsonText.replace('"version": 1', '"version": 1' + '0'.repeat(400)));
  jsonFile('json-huge', 'json-huge-string', JSON.stringify({ ...json, meta: { name: 'x'.repeat(5_000_000), description: '' } }));
  // encodings: the same project with æ, ø and å in its labels
  const danish = JSON.stringify({ format: 'brobygger-project', version: 1, meta: { name: 'Ærø Kommune' }, actors: [{ id: 'a', kind: 'person', label: 'Søren Ærø Åby' }, { id: 'b', kind: 'organisation', label: 'Forening for Øst' }], ties: [{ id: 't', source: 'a', target: 'b' }] });
  const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();
  jsonFile('json-encoding', 'json-utf8', danish);
  jsonFile('json-encoding', 'json-utf8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(danish)]));
  jsonFile('json-encoding', 'json-windows-1252', Buffer.from(danish, 'latin1'));
  jsonFile('json-encoding', 'json-utf16le-bom', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(danish, 'utf16le')]));
  jsonFile('json-encoding', 'json-utf16be-bom', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(danish)]));
  jsonFile('json-encoding', 'json-utf16le-no-bom', Buffer.from(danish, 'utf16le'));
  jsonFile('json-encoding', 'json-utf16be-no-bom', utf16be(danish));
  const utf32le: Buffer[] = [Buffer.from([0xff, 0xfe, 0, 0])];
  for (const c of danish) {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(c.codePointAt(0) ?? 0);
    utf32le.push(b);
  }
  jsonFile('json-encoding', 'json-utf32le-bom', Buffer.concat(utf32le));
  jsonFile('json-encoding', 'json-utf8-bom-invalid', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(danish, 'latin1')]));
  jsonFile('json-encoding', 'json-utf16-odd-length', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(danish, 'utf16le'), Buffer.from([0x41])]));
  jsonFile('json-encoding', 'json-invalid-utf8', Buffer.concat([Buffer.from(danish.slice(0, 60)), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1]), Buffer.from(danish.slice(60))]));
  jsonFile('json-encoding', 'json-binary', hex(random, 3000));
  jsonFile('json-encoding', 'json-project-bytes', baseBytes);
  // random mutations of a valid file: a value replaced at a random path, bytes flipped, text cut
  const wrongValues: unknown[] = [null, 0, -1, 1e308, 'x', '', true, [], {}, [1], { a: 1 }, 'ÆØÅ'.repeat(200), -0.5];
  for (let i = 0; i < 70; i++) {
    const copy = JSON.parse(jsonText) as unknown;
    let node = copy as Record<string, unknown>;
    const path: string[] = [];
    for (let depth = 0; depth < 6; depth++) {
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      const key = pick(random, keys);
      path.push(key);
      const next = node[key];
      if (typeof next !== 'object' || next === null || random.float() < 0.25) {
        node[key] = pick(random, wrongValues);
        break;
      }
      node = next as Record<string, unknown>;
    }
    jsonFile('json-mutated-value', `json-value-${i}-${path.join('.').replace(/[^\w.-]/g, '_').slice(0, 60)}`, JSON.stringify(copy));
  }
  const jsonBytes = Buffer.from(jsonText);
  for (let i = 0; i < 40; i++) {
    const b = Buffer.from(jsonBytes);
    for (let k = 0; k <= random.int(3); k++) {
      const at = random.int(b.length);
      b[at] = pick(random, [0x22, 0x2c, 0x7b, 0x7d, 0x5b, 0x5d, 0x3a, 0x30, 0x00, 0xff, 0xc3, random.int(256)]);
    }
    jsonFile('json-byte-flip', `json-bytes-${i}`, b);
  }
  for (let i = 0; i < 20; i++) {
    const cut = random.int(jsonBytes.length);
    jsonFile('json-truncated', `json-truncated-${i}-${cut}`, jsonBytes.subarray(0, cut));
  }

  // ---- CSV folders (as `analyze` reads them) ----------------------------------------------
  const actorsCsv = ['id;navn;type;sektor;alder', ...data.actors.map((a) => `${a.id};${a.label};${a.kind};${a.sector ?? ''};${String(a.attributes['alder'] ?? '')}`)].join('\r\n');
  const tiesCsv = ['kilde;mål;styrke;formalitet', ...data.ties.map((t) => `${t.source};${t.target};${t.strength ?? ''};${t.formality ?? ''}`)].join('\r\n');
  const membershipsCsv = ['person;organisation;rolle', ...data.memberships.map((m) => `${m.person};${m.organisation};${m.role}`)].join('\r\n');
  const csvFolder = (kind: string, name: string, files: Record<string, string | Uint8Array | null>) => {
    const path = join(dir, name);
    mkdirSync(path);
    for (const [file, content] of Object.entries(files)) {
      if (content === null) mkdirSync(join(path, file));
      else writeFileSync(join(path, file), content);
    }
    add(kind, name, path, FIELD_COMMANDS);
  };
  const valid = { 'actors.csv': actorsCsv, 'ties.csv': tiesCsv, 'memberships.csv': membershipsCsv };
  csvFolder('csv-valid', 'csv-valid', valid);
  csvFolder('csv-broken', 'csv-no-actors', { 'ties.csv': tiesCsv });
  csvFolder('csv-broken', 'csv-empty-folder', {});
  csvFolder('csv-broken', 'csv-actors-empty', { 'actors.csv': '' });
  csvFolder('csv-broken', 'csv-header-only', { 'actors.csv': 'id;navn' });
  csvFolder('csv-broken', 'csv-wrong-header', { 'actors.csv': 'who;what\r\na;b' });
  csvFolder('csv-broken', 'csv-bad-kind', { 'actors.csv': 'id;navn;type\r\na;A;robot' });
  csvFolder('csv-broken', 'csv-duplicate-ids', { 'actors.csv': 'id;navn\r\na;A\r\na;B' });
  csvFolder('csv-broken', 'csv-unknown-tie-end', { 'actors.csv': 'id;navn\r\na;A', 'ties.csv': 'kilde;mål\r\na;nobody' });
  csvFolder('csv-broken', 'csv-bad-strength', { ...valid, 'ties.csv': 'kilde;mål;styrke\r\np-1;p-2;meget' });
  csvFolder('csv-broken', 'csv-huge-strength', { ...valid, 'ties.csv': `kilde;mål;styrke\r\np-1;p-2;1${'0'.repeat(400)}` });
  csvFolder('csv-broken', 'csv-unterminated-quote', { 'actors.csv': 'id;navn\r\na;"A\r\nb;B' });
  csvFolder('csv-broken', 'csv-huge-field', { 'actors.csv': `id;navn\r\na;${'x'.repeat(1_000_000)}` });
  csvFolder('csv-broken', 'csv-too-many-columns', { 'actors.csv': `${Array.from({ length: 300 }, (_, i) => `c${i}`).join(';')}\r\n${Array.from({ length: 300 }, () => 'v').join(';')}` });
  csvFolder('csv-broken', 'csv-actors-is-folder', { 'actors.csv': null });
  csvFolder('csv-encoding', 'csv-windows-1252', { 'actors.csv': Buffer.from('id;navn\r\np-1;Søren Ærø Åby\r\np-2;Øst', 'latin1') });
  csvFolder('csv-encoding', 'csv-utf8-bom', { 'actors.csv': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(actorsCsv)]) });
  csvFolder('csv-encoding', 'csv-utf16le-bom', { 'actors.csv': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(actorsCsv, 'utf16le')]) });
  csvFolder('csv-encoding', 'csv-utf16be-bom', { 'actors.csv': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(actorsCsv)]) });
  csvFolder('csv-encoding', 'csv-utf16le-no-bom', { 'actors.csv': Buffer.from(actorsCsv, 'utf16le') });
  csvFolder('csv-encoding', 'csv-binary', { 'actors.csv': hex(random, 5000) });
  for (let i = 0; i < 30; i++) {
    const which = pick(random, ['actors.csv', 'ties.csv', 'memberships.csv'] as const);
    const bytes = Buffer.from(valid[which]);
    let content: Buffer;
    if (i % 3 === 0) content = bytes.subarray(0, random.int(bytes.length));
    else {
      content = Buffer.from(bytes);
      for (let k = 0; k <= random.int(4); k++) content[random.int(content.length)] = pick(random, [0x3b, 0x22, 0x0a, 0x0d, 0x2c, 0x00, 0xe6, random.int(256)]);
    }
    csvFolder('csv-mutated', `csv-mutated-${i}-${which.replace('.csv', '')}`, { ...valid, [which]: content });
  }

  // ---- GraphML (as `analyze` reads it) ----------------------------------------------------
  const graphml = encodeGraphml(data);
  const graphmlFile = (kind: string, name: string, content: string | Uint8Array, ext = 'graphml') => {
    const path = join(dir, `${name}.${ext}`);
    writeFileSync(path, content);
    add(kind, name, path, FIELD_COMMANDS);
  };
  graphmlFile('graphml-valid', 'graphml-valid', graphml);
  graphmlFile('graphml-valid', 'graphml-as-xml', graphml, 'xml');
  const graphmlBroken = [
    '',
    'not xml',
    '<graphml>',
    '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"></graphml>',
    '<?xml version="1.0"?><html><body>nope</body></html>',
    '<graphml><graph edgedefault="undirected"><node/><node/></graph></graphml>',
    '<graphml><graph edgedefault="undirected"><node id="a"/><edge source="a" target="zz"/></graph></graphml>',
    '<graphml><graph edgedefault="sideways"><node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>',
    '<graphml><graph edgedefault="undirected"><node id="a"/><node id="a"/></graph></graphml>',
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]><graphml><graph edgedefault="undirected"><node id="&lol4;"/></graph></graphml>',
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><graphml><graph><node id="&xxe;"/></graph></graphml>',
    `<graphml><graph edgedefault="undirected">${'<graph>'.repeat(20_000)}${'</graph>'.repeat(20_000)}</graph></graphml>`,
    `<graphml><key id="d0" for="node" attr.name="x" attr.type="double"/><graph edgedefault="undirected"><node id="a"><data key="d0">1e400</data></node></graph></graphml>`,
    `<graphml><key id="d0" for="edge" attr.name="weight" attr.type="double"/><graph edgedefault="undirected"><node id="a"/><node id="b"/><edge source="a" target="b"><data key="d0">lots</data></edge></graph></graphml>`,
    `<graphml><graph edgedefault="undirected"><node id="${'n'.repeat(100_000)}"/></graph></graphml>`,
  ];
  graphmlBroken.forEach((text, i) => graphmlFile('graphml-broken', `graphml-broken-${i}`, text));
  const danishGraphml = '<?xml version="1.0" encoding="ISO-8859-1"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="l" for="node" attr.name="label" attr.type="string"/><graph edgedefault="undirected"><node id="a"><data key="l">Søren Ærø</data></node><node id="b"><data key="l">Åse</data></node><edge source="a" target="b"/></graph></graphml>';
  graphmlFile('graphml-encoding', 'graphml-latin1-declared', Buffer.from(danishGraphml, 'latin1'));
  graphmlFile('graphml-encoding', 'graphml-windows-1252-undeclared', Buffer.from(danishGraphml.replace(' encoding="ISO-8859-1"', ''), 'latin1'));
  graphmlFile('graphml-encoding', 'graphml-utf16le-bom', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(danishGraphml.replace('ISO-8859-1', 'UTF-16'), 'utf16le')]));
  graphmlFile('graphml-encoding', 'graphml-utf16be-bom', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(danishGraphml.replace('ISO-8859-1', 'UTF-16'))]));
  graphmlFile('graphml-encoding', 'graphml-binary', hex(random, 4000));
  const graphmlBytes = Buffer.from(graphml);
  for (let i = 0; i < 30; i++) {
    let b: Buffer;
    if (i % 3 === 0) b = graphmlBytes.subarray(0, random.int(graphmlBytes.length));
    else {
      b = Buffer.from(graphmlBytes);
      for (let k = 0; k <= random.int(4); k++) b[random.int(b.length)] = pick(random, [0x3c, 0x3e, 0x22, 0x2f, 0x26, 0x3d, 0x00, random.int(256)]);
    }
    graphmlFile('graphml-mutated', `graphml-mutated-${i}`, b);
  }
  // inputs of a kind analyze does not read
  graphmlFile('unknown-kind', 'unknown-extension', 'id;navn\na;A', 'txt');
  graphmlFile('unknown-kind', 'no-extension', graphml, 'data');
  {
    const path = join(dir, 'folder-named.json');
    mkdirSync(path);
    add('unknown-kind', 'folder-named-json', path, FIELD_COMMANDS);
  }
  return { cases, base };
}

// `npx tsx tests/corpus/damaged-inputs.ts <dir> [seed]` writes the corpus for a look
if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const out = process.argv[2];
  if (!out) throw new Error('usage: tsx tests/corpus/damaged-inputs.ts <dir> [seed]');
  const { cases } = buildCorpus(resolve(out), Number(process.argv[3] ?? 11));
  const kinds = new Map<string, number>();
  for (const c of cases) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
  console.log(`${cases.length} inputs in ${out}`);
  for (const [kind, n] of [...kinds].sort()) console.log(`  ${kind.padEnd(24)} ${n}`);
}
