import type Database from 'better-sqlite3';
import { UserError } from '../../core/errors';

/**
 * A project file's schema history. Append only: a released migration is never edited, since
 * files in the field were made with it. `PRAGMA user_version` holds the last one applied.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/** "Brob" in ASCII: marks a SQLite file as a Brobygger project (`PRAGMA application_id`). */
export const APPLICATION_ID = 0x42726f62;

const INITIAL_SCHEMA = /* sql */ `
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE sectors (
  key      TEXT PRIMARY KEY,
  label_da TEXT NOT NULL,
  label_en TEXT NOT NULL,
  color    TEXT NOT NULL,
  sort     INTEGER NOT NULL
) STRICT;

CREATE TABLE tie_types (
  key      TEXT PRIMARY KEY,
  label_da TEXT NOT NULL,
  label_en TEXT NOT NULL,
  color    TEXT NOT NULL,
  sort     INTEGER NOT NULL
) STRICT;

CREATE TABLE roles (
  key      TEXT PRIMARY KEY,
  label_da TEXT NOT NULL,
  label_en TEXT NOT NULL,
  turnover REAL NOT NULL CHECK (turnover BETWEEN 0 AND 1),
  sort     INTEGER NOT NULL
) STRICT;

CREATE TABLE forum_kinds (
  key      TEXT PRIMARY KEY,
  label_da TEXT NOT NULL,
  label_en TEXT NOT NULL,
  sort     INTEGER NOT NULL
) STRICT;

CREATE TABLE waves (
  id    TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  date  TEXT,
  sort  INTEGER NOT NULL
) STRICT;

CREATE TABLE actors (
  id         TEXT PRIMARY KEY,
  kind       TEXT NOT NULL CHECK (kind IN ('person', 'organisation', 'department')),
  label      TEXT NOT NULL,
  sector     TEXT REFERENCES sectors (key),
  attributes TEXT NOT NULL,
  notes      TEXT NOT NULL,
  sort       INTEGER NOT NULL
) STRICT;
CREATE INDEX actors_sector ON actors (sector);

CREATE TABLE memberships (
  id           TEXT PRIMARY KEY,
  person       TEXT NOT NULL REFERENCES actors (id),
  organisation TEXT NOT NULL REFERENCES actors (id),
  role         TEXT NOT NULL REFERENCES roles (key),
  start        TEXT,
  end          TEXT,
  sort         INTEGER NOT NULL
) STRICT;
CREATE INDEX memberships_person ON memberships (person);
CREATE INDEX memberships_organisation ON memberships (organisation);
CREATE INDEX memberships_role ON memberships (role);

CREATE TABLE ties (
  id                  TEXT PRIMARY KEY,
  source              TEXT NOT NULL REFERENCES actors (id),
  target              TEXT NOT NULL REFERENCES actors (id),
  type                TEXT NOT NULL REFERENCES tie_types (key),
  directed            INTEGER NOT NULL CHECK (directed IN (0, 1)),
  strength            REAL,
  formality           TEXT,
  initiative          TEXT,
  mandate             TEXT,
  resource_flow       TEXT,
  dependent           TEXT,
  governance          TEXT,
  evidence_source     TEXT NOT NULL,
  evidence_quote      TEXT NOT NULL,
  evidence_confidence TEXT,
  notes               TEXT NOT NULL,
  sort                INTEGER NOT NULL,
  CHECK (source <> target)
) STRICT;
CREATE INDEX ties_source ON ties (source);
CREATE INDEX ties_target ON ties (target);
CREATE INDEX ties_type ON ties (type);

CREATE TABLE forums (
  id                TEXT PRIMARY KEY,
  label             TEXT NOT NULL,
  kind              TEXT NOT NULL REFERENCES forum_kinds (key),
  mandate           TEXT NOT NULL,
  meetings_per_year REAL,
  notes             TEXT NOT NULL,
  sort              INTEGER NOT NULL
) STRICT;
CREATE INDEX forums_kind ON forums (kind);

CREATE TABLE forum_seats (
  forum      TEXT NOT NULL REFERENCES forums (id),
  actor      TEXT NOT NULL REFERENCES actors (id),
  represents TEXT REFERENCES actors (id),
  role       TEXT NOT NULL,
  sort       INTEGER NOT NULL,
  PRIMARY KEY (forum, actor)
) STRICT, WITHOUT ROWID;
CREATE INDEX forum_seats_actor ON forum_seats (actor);
CREATE INDEX forum_seats_represents ON forum_seats (represents);

CREATE TABLE actor_waves (
  actor TEXT NOT NULL REFERENCES actors (id),
  wave  TEXT NOT NULL REFERENCES waves (id),
  PRIMARY KEY (actor, wave)
) STRICT, WITHOUT ROWID;
CREATE INDEX actor_waves_wave ON actor_waves (wave);

CREATE TABLE membership_waves (
  membership TEXT NOT NULL REFERENCES memberships (id),
  wave       TEXT NOT NULL REFERENCES waves (id),
  PRIMARY KEY (membership, wave)
) STRICT, WITHOUT ROWID;
CREATE INDEX membership_waves_wave ON membership_waves (wave);

CREATE TABLE tie_waves (
  tie  TEXT NOT NULL REFERENCES ties (id),
  wave TEXT NOT NULL REFERENCES waves (id),
  PRIMARY KEY (tie, wave)
) STRICT, WITHOUT ROWID;
CREATE INDEX tie_waves_wave ON tie_waves (wave);

CREATE TABLE forum_waves (
  forum TEXT NOT NULL REFERENCES forums (id),
  wave  TEXT NOT NULL REFERENCES waves (id),
  PRIMARY KEY (forum, wave)
) STRICT, WITHOUT ROWID;
CREATE INDEX forum_waves_wave ON forum_waves (wave);

-- One row per undoable step: the row images it changed, so undo and redo survive reopening.
CREATE TABLE history (
  seq          INTEGER PRIMARY KEY,
  label_key    TEXT NOT NULL,
  label_params TEXT NOT NULL,
  changes      TEXT NOT NULL,
  undone       INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
  at           TEXT NOT NULL
) STRICT;
CREATE INDEX history_undone ON history (undone, seq);
`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    up: (db) => {
      db.exec(INITIAL_SCHEMA);
      db.pragma(`application_id = ${APPLICATION_ID}`);
    },
  },
  {
    version: 2,
    name: 'influence ratings, personal turnover and tie attributes (for the analyses)',
    up: (db) => {
      db.exec(/* sql */ `
        ALTER TABLE actors ADD COLUMN influence REAL CHECK (influence IS NULL OR influence >= 0);
        ALTER TABLE actors ADD COLUMN turnover REAL CHECK (turnover IS NULL OR turnover BETWEEN 0 AND 1);
        ALTER TABLE ties ADD COLUMN attributes TEXT NOT NULL DEFAULT '{}';
      `);
    },
  },
  {
    version: 3,
    name: "sectors' definite forms, for the findings' sentences",
    up: (db) => {
      db.exec(/* sql */ `
        ALTER TABLE sectors ADD COLUMN definite_da TEXT NOT NULL DEFAULT '';
        ALTER TABLE sectors ADD COLUMN definite_en TEXT NOT NULL DEFAULT '';
      `);
      // the default codebook's sectors get the forms a new project has; others stay unset
      const set = db.prepare('UPDATE sectors SET definite_da = ?, definite_en = ? WHERE key = ? AND label_da = ?');
      for (const s of DEFAULT_DEFINITE_FORMS) set.run(s.da, s.en, s.key, s.labelDa);
    },
  },
  {
    version: 4,
    name: 'map positions in a table of their own; strength scales that cover their ties; indexes on the order',
    up: (db) => {
      // no reference to actors: an undo may bring back the position of an actor deleted since
      db.exec(/* sql */ `
        CREATE TABLE positions (
          actor TEXT PRIMARY KEY,
          x     REAL NOT NULL,
          y     REAL NOT NULL
        ) STRICT, WITHOUT ROWID;
      `);
      // every insert asks for the largest sort key: without an index that scanned 100,000 ties (21 ms an edit)
      db.exec(/* sql */ `
        CREATE INDEX actors_sort ON actors (sort);
        CREATE INDEX memberships_sort ON memberships (sort);
        CREATE INDEX ties_sort ON ties (sort);
        CREATE INDEX forums_sort ON forums (sort);
      `);
      movePositionsOutOfSettings(db);
    },
  },
  {
    version: 5,
    name: 'a stable pseudonym for every actor, for pseudonymised exports',
    up: (db) => {
      // kept when an actor is deleted, so that no code is ever given to someone else
      db.exec(/* sql */ `
        CREATE TABLE pseudonyms (
          actor TEXT PRIMARY KEY,
          code  TEXT NOT NULL UNIQUE
        ) STRICT, WITHOUT ROWID;
      `);
      const actors = db.prepare('SELECT id, kind FROM actors ORDER BY sort').all() as Array<{ id: string; kind: string }>;
      const insert = db.prepare('INSERT INTO pseudonyms (actor, code) VALUES (?, ?)');
      const next = { P: 0, O: 0 };
      for (const a of actors) {
        const prefix = a.kind === 'person' ? 'P' : 'O';
        next[prefix] += 1;
        insert.run(a.id, `${prefix}${String(next[prefix]).padStart(3, '0')}`);
      }
    },
  },
  {
    version: 6,
    name: "a forum's mandate (what it may do) and a link to its written kommissorium",
    up: (db) => {
      // nullable, not NOT NULL DEFAULT '': an undo step recorded before this migration restores a
      // forum row without these columns, and the row is written with them as null
      db.exec(/* sql */ `
        ALTER TABLE forums ADD COLUMN mandate_link TEXT;
        ALTER TABLE forums ADD COLUMN authority TEXT;
      `);
    },
  },
  {
    version: 7,
    name: "the reception timeline's activities, their owners, contacts and waves, and the target groups they are for",
    up: (db) => {
      db.exec(/* sql */ `
        CREATE TABLE target_groups (
          key      TEXT PRIMARY KEY,
          label_da TEXT NOT NULL,
          label_en TEXT NOT NULL,
          sort     INTEGER NOT NULL
        ) STRICT;

        CREATE TABLE activities (
          id           TEXT PRIMARY KEY,
          title        TEXT NOT NULL,
          kind         TEXT NOT NULL CHECK (kind IN ('authority', 'offer', 'activity')),
          target_group TEXT NOT NULL REFERENCES target_groups (key),
          from_week    INTEGER NOT NULL,
          to_week      INTEGER NOT NULL,
          frequency    TEXT CHECK (frequency IS NULL OR frequency IN ('once', 'weekly', 'monthly', 'ongoing')),
          notes        TEXT NOT NULL,
          sort         INTEGER NOT NULL,
          CHECK (from_week <= to_week)
        ) STRICT;
        CREATE INDEX activities_target_group ON activities (target_group);
        CREATE INDEX activities_sort ON activities (sort);

        CREATE TABLE activity_owners (
          activity TEXT NOT NULL REFERENCES activities (id),
          actor    TEXT NOT NULL REFERENCES actors (id),
          sort     INTEGER NOT NULL,
          PRIMARY KEY (activity, actor)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX activity_owners_actor ON activity_owners (actor);

        CREATE TABLE activity_contacts (
          activity TEXT NOT NULL REFERENCES activities (id),
          actor    TEXT NOT NULL REFERENCES actors (id),
          sort     INTEGER NOT NULL,
          PRIMARY KEY (activity, actor)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX activity_contacts_actor ON activity_contacts (actor);

        CREATE TABLE activity_waves (
          activity TEXT NOT NULL REFERENCES activities (id),
          wave     TEXT NOT NULL REFERENCES waves (id),
          PRIMARY KEY (activity, wave)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX activity_waves_wave ON activity_waves (wave);
      `);
      // a project made before gets the default target groups (written out here, so this migration
      // never changes); a new file, still empty, gets the codebooks of its day when it is created
      const existing = db.prepare('SELECT 1 FROM meta LIMIT 1').get() !== undefined;
      const insert = db.prepare('INSERT INTO target_groups (key, label_da, label_en, sort) VALUES (?, ?, ?, ?)');
      if (existing) DEFAULT_TARGET_GROUPS.forEach((g, i) => insert.run(g.key, g.da, g.en, i + 1));
    },
  },
  {
    version: 8,
    name: 'custom attributes defined in the codebook (key, labels, type, categories)',
    up: (db) => {
      // one definition per key for actors and one for ties; the categories are a JSON list of
      // { key, label: { da, en } }, read and checked by the model's schema
      db.exec(/* sql */ `
        CREATE TABLE attribute_defs (
          applies_to TEXT NOT NULL CHECK (applies_to IN ('actors', 'ties')),
          key        TEXT NOT NULL,
          label_da   TEXT NOT NULL,
          label_en   TEXT NOT NULL,
          type       TEXT NOT NULL CHECK (type IN ('text', 'number', 'category', 'date')),
          categories TEXT NOT NULL DEFAULT '[]',
          sort       INTEGER NOT NULL,
          PRIMARY KEY (applies_to, key)
        ) STRICT, WITHOUT ROWID;
      `);
    },
  },
  {
    version: 9,
    name: 'saved views of the map (the slides of the presentation)',
    up: (db) => {
      // the view state, the view's own positions and its pan and zoom are JSON, read and checked
      // by the model's schema; the positions and the viewport are NULL when the view has none
      db.exec(/* sql */ `
        CREATE TABLE views (
          id            TEXT PRIMARY KEY,
          name          TEXT NOT NULL,
          description   TEXT NOT NULL DEFAULT '',
          slide_title   TEXT NOT NULL DEFAULT '',
          speaker_notes TEXT NOT NULL DEFAULT '',
          state         TEXT NOT NULL,
          positions     TEXT,
          viewport      TEXT,
          sort          INTEGER NOT NULL
        ) STRICT;
      `);
    },
  },
  {
    version: 10,
    name: 'codebook names taken once: a second entry of a name gets its key after it',
    up: nameCodesOnce,
  },
];

/**
 * Migration 10's work, written out here so that it never changes with the rules: before the rules
 * took a codebook name once, two sectors (or roles, …) could both be called "Kommune". The first
 * of a name keeps it; each later one is named with its key after the name, "Kommune (kommune)",
 * so the migrated file keeps the rules and its entries can be told apart (and merged by hand).
 * Names are compared as a search compares them in this version: case, spacing and "aa"/"å" aside.
 */
function nameCodesOnce(db: Database.Database): void {
  const fold = (name: string) => name.normalize('NFC').toLocaleLowerCase('da').replace(/aa/g, 'å').replace(/\s+/g, ' ').trim();
  for (const table of ['sectors', 'tie_types', 'roles', 'forum_kinds', 'target_groups']) {
    const rows = db.prepare(`SELECT key, label_da, label_en FROM ${table} ORDER BY sort, key`).all() as Array<{ key: string; label_da: string; label_en: string }>;
    const update = db.prepare(`UPDATE ${table} SET label_da = ?, label_en = ? WHERE key = ?`);
    const taken = { da: new Set<string>(), en: new Set<string>() };
    const once = (lang: 'da' | 'en', name: string, key: string): string => {
      let next = name;
      for (let n = 2; taken[lang].has(fold(next)); n++) next = `${name.slice(0, 150)} (${key}${n > 2 ? ` ${n - 1}` : ''})`;
      taken[lang].add(fold(next));
      return next;
    };
    for (const r of rows) {
      const da = once('da', r.label_da, r.key);
      const en = once('en', r.label_en, r.key);
      if (da !== r.label_da || en !== r.label_en) update.run(da, en, r.key);
    }
  }
}

/** The default target groups as of migration 7. */
const DEFAULT_TARGET_GROUPS = [
  { key: 'all', da: 'Alle nyankomne', en: 'All newly arrived' },
  { key: 'families', da: 'Børnefamilier', en: 'Families with children' },
  { key: 'single_adults', da: 'Enlige voksne', en: 'Single adults' },
  { key: 'children_youth', da: 'Børn og unge', en: 'Children and young people' },
  { key: 'women', da: 'Kvinder', en: 'Women' },
  { key: 'men', da: 'Mænd', en: 'Men' },
  { key: 'unaccompanied', da: 'Uledsagede mindreårige', en: 'Unaccompanied minors' },
] as const;

/**
 * The default sectors' definite forms as of migration 3, written out here because a migration
 * must not change when the defaults do later.
 */
const DEFAULT_DEFINITE_FORMS = [
  { key: 'municipality', labelDa: 'Kommune', da: 'kommunen', en: 'the municipality' },
  { key: 'civil_society', labelDa: 'Civilsamfund', da: 'civilsamfundet', en: 'civil society' },
  { key: 'citizens', labelDa: 'Borgere / målgruppe', da: 'borgerne', en: 'the citizens' },
  { key: 'business', labelDa: 'Erhverv', da: 'erhvervslivet', en: 'business' },
  { key: 'other_public', labelDa: 'Anden offentlig', da: 'andre offentlige', en: 'other public bodies' },
] as const;

type Json = Record<string, unknown>;
type Xy = { x: number; y: number };
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const parseObject = (text: unknown): Json | null => {
  if (typeof text !== 'string') return null;
  try {
    const v: unknown = JSON.parse(text);
    return isObject(v) ? v : null;
  } catch {
    return null;
  }
};
/** The positions a version-3 settings object held, finite ones only. */
const positionsIn = (settings: Json | null): Map<string, Xy> => {
  const out = new Map<string, Xy>();
  const layout = settings?.['layout'];
  const positions = isObject(layout) ? layout['positions'] : undefined;
  if (!isObject(positions)) return out;
  for (const [id, p] of Object.entries(positions))
    if (isObject(p) && typeof p['x'] === 'number' && typeof p['y'] === 'number' && Number.isFinite(p['x']) && Number.isFinite(p['y']))
      out.set(id, { x: p['x'], y: p['y'] });
  return out;
};
const withoutLayout = (settings: Json): Json => Object.fromEntries(Object.entries(settings).filter(([k]) => k !== 'layout'));

/**
 * Migration 4's work, written out here so that it never changes with the code around it: the
 * positions leave the settings row for the positions table, in the file and in every step of
 * its undo history (a step that moved actors now records the moved rows), and a scale narrower
 * than the ties on it (possible before the rule layer) is widened to cover them.
 */
function movePositionsOutOfSettings(db: Database.Database): void {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'settings'").pluck().get();
  const settings = parseObject(row);
  if (settings) {
    const insert = db.prepare('INSERT INTO positions (actor, x, y) VALUES (?, ?, ?)');
    for (const [id, p] of positionsIn(settings)) insert.run(id, p.x, p.y);
    const next = withoutLayout(settings);
    const scale = next['strengthScale'];
    if (isObject(scale) && typeof scale['min'] === 'number' && typeof scale['max'] === 'number') {
      const range = db.prepare('SELECT MIN(strength) AS lo, MAX(strength) AS hi FROM ties WHERE strength IS NOT NULL').get() as {
        lo: number | null;
        hi: number | null;
      };
      if (range.lo !== null && range.hi !== null)
        next['strengthScale'] = { min: Math.min(scale['min'], range.lo), max: Math.max(scale['max'], range.hi) };
    }
    db.prepare("UPDATE meta SET value = ? WHERE key = 'settings'").run(JSON.stringify(next));
  }

  const steps = db.prepare('SELECT seq, changes FROM history').all() as Array<{ seq: number; changes: string }>;
  const update = db.prepare('UPDATE history SET changes = ? WHERE seq = ?');
  const drop = db.prepare('DELETE FROM history WHERE seq = ?');
  for (const step of steps) {
    let changes: unknown;
    try {
      changes = JSON.parse(step.changes);
    } catch {
      continue;
    }
    if (!Array.isArray(changes)) continue;
    let touched = false;
    const out: unknown[] = [];
    for (const c of changes) {
      const isSettings = isObject(c) && c['t'] === 'meta' && (isObject(c['b']) || isObject(c['a'])) && ((c['b'] ?? c['a']) as Json)['key'] === 'settings';
      if (!isSettings) {
        out.push(c);
        continue;
      }
      touched = true;
      const before = isObject(c['b']) ? parseObject(c['b']['value']) : null;
      const after = isObject(c['a']) ? parseObject(c['a']['value']) : null;
      const was = positionsIn(before);
      const is = positionsIn(after);
      for (const id of new Set([...was.keys(), ...is.keys()])) {
        const b = was.get(id);
        const a = is.get(id);
        if (b && a && b.x === a.x && b.y === a.y) continue;
        out.push({ t: 'positions', b: b ? { actor: id, ...b } : null, a: a ? { actor: id, ...a } : null });
      }
      const bValue = before ? JSON.stringify(withoutLayout(before)) : null;
      const aValue = after ? JSON.stringify(withoutLayout(after)) : null;
      if (bValue !== aValue || bValue === null)
        out.push({
          t: 'meta',
          b: isObject(c['b']) ? { ...c['b'], value: bValue ?? c['b']['value'] } : null,
          a: isObject(c['a']) ? { ...c['a'], value: aValue ?? c['a']['value'] } : null,
        });
    }
    if (!touched) continue;
    if (out.length === 0) drop.run(step.seq);
    else update.run(JSON.stringify(out), step.seq);
  }
}

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

/**
 * Brings a project file up to the latest schema in one transaction: either every pending
 * migration is applied and `user_version` moves, or nothing changes.
 */
export function migrate(
  db: Database.Database,
  fileName: string,
  migrations: readonly Migration[] = MIGRATIONS,
  /** checks the migrated file against the rules, inside the same transaction; throws to undo it all */
  verify?: (db: Database.Database) => void,
): { from: number; to: number } {
  const latest = migrations.at(-1)?.version ?? 0;
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > latest)
    throw new UserError('newer-version', 'errors.newerVersion', { file: fileName, found: from, supported: latest });
  if (from === latest) return { from, to: from };
  db.transaction(() => {
    for (const m of migrations) if (m.version > from) m.up(db);
    db.pragma(`user_version = ${latest}`);
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) throw new Error(`migration to ${latest} left ${broken.length} broken references`);
    verify?.(db);
  })();
  return { from, to: latest };
}
