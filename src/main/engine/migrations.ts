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
];

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

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

/**
 * Brings a project file up to the latest schema in one transaction: either every pending
 * migration is applied and `user_version` moves, or nothing changes.
 */
export function migrate(
  db: Database.Database,
  fileName: string,
  migrations: readonly Migration[] = MIGRATIONS,
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
  })();
  return { from, to: latest };
}
