import type Database from 'better-sqlite3';
import type { ActivityId, ActorId, ForumId, MembershipId, TieId, ViewId, WaveId } from '../../core/ids';
import { MapViewStateSchema, ViewportStateSchema } from '../../core/model/view-state';
import {
  AttributeCategorySchema,
  AttributesSchema,
  ForumAuthoritySchema,
  PositionsSchema,
  ProjectSettingsSchema,
  type Activity,
  type Actor,
  type ActorKind,
  type AttributeDefinition,
  type Evidence,
  type Forum,
  type Membership,
  type Point,
  type Positions,
  type ProjectData,
  type SavedView,
  type Seat,
  type Tie,
  type Wave,
} from '../../core/model/schema';
import { ACTIVITY_ACTORS, TABLES, WAVE_LINKS, type ActivityActors, type WaveOwner } from './tables';

/**
 * Rows to model. Rows were validated when they were written, so only the JSON columns are
 * parsed again (a file edited by another tool should fail loudly, not subtly).
 */
export interface ActorRow {
  id: string;
  kind: ActorKind;
  label: string;
  sector: string | null;
  attributes: string;
  influence: number | null;
  turnover: number | null;
  notes: string;
}
export const actorFromRow = (r: ActorRow, waves: WaveId[]): Actor => ({
  id: r.id as ActorId,
  kind: r.kind,
  label: r.label,
  sector: r.sector,
  attributes: AttributesSchema.parse(JSON.parse(r.attributes)),
  influence: r.influence,
  turnover: r.turnover,
  notes: r.notes,
  waves,
});

export interface MembershipRow {
  id: string;
  person: string;
  organisation: string;
  role: string;
  start: string | null;
  end: string | null;
}
export const membershipFromRow = (r: MembershipRow, waves: WaveId[]): Membership => ({
  id: r.id as MembershipId,
  person: r.person as ActorId,
  organisation: r.organisation as ActorId,
  role: r.role,
  start: r.start,
  end: r.end,
  waves,
});

/**
 * Ties are the largest table, so they are read as plain value arrays and turned into the model
 * in one step: three times faster than letting the driver build a row object for each first
 * (31 ms against 100 ms for 10,000 ties), which matters because the UI rereads after every edit.
 */
export const TIE_COLUMNS = TABLES.ties.columns.filter((c) => c !== 'sort');
export const TIE_SELECT = `SELECT ${TIE_COLUMNS.map((c) => `"${c}"`).join(', ')} FROM ties`;

/** One tie row as values, in the order of TIE_COLUMNS (the table's columns without its sort key). */
type TieValues = [
  string,
  string,
  string,
  string,
  number,
  number | null,
  Tie['formality'],
  Tie['initiative'],
  Tie['mandate'],
  Tie['resourceFlow'],
  Tie['dependent'],
  Tie['governance'],
  string,
  string,
  Evidence['confidence'],
  string,
  string,
];

export const tieFromValues = (v: TieValues, waves: WaveId[]): Tie => ({
  id: v[0] as TieId,
  source: v[1] as ActorId,
  target: v[2] as ActorId,
  type: v[3],
  directed: v[4] === 1,
  strength: v[5],
  formality: v[6],
  initiative: v[7],
  mandate: v[8],
  resourceFlow: v[9],
  dependent: v[10],
  governance: v[11],
  evidence: { source: v[12], quote: v[13], confidence: v[14] },
  // parsed with JSON only: the attributes were validated when written
  attributes: v[15] === '{}' ? {} : (JSON.parse(v[15]) as Tie['attributes']),
  notes: v[16],
  waves,
});

/** One tie by id, or undefined. */
export function readTie(db: Database.Database, id: string): Tie | undefined {
  const values = db.prepare(`${TIE_SELECT} WHERE id = ?`).raw().get(id) as TieValues | undefined;
  return values && tieFromValues(values, wavesOfOne(db, 'ties', id));
}

export interface ForumRow {
  id: string;
  label: string;
  kind: string;
  mandate: string;
  /** null in a row written before migration 6, or restored from an undo step recorded before it */
  mandate_link: string | null;
  authority: string | null;
  meetings_per_year: number | null;
  notes: string;
}
export interface SeatRow {
  forum: string;
  actor: string;
  represents: string | null;
  role: Seat['role'];
}
export const seatFromRow = (r: SeatRow): Seat => ({
  actor: r.actor as ActorId,
  represents: r.represents as ActorId | null,
  role: r.role,
});
export const forumFromRow = (r: ForumRow, waves: WaveId[], seats: Seat[]): Forum => ({
  id: r.id as ForumId,
  label: r.label,
  kind: r.kind,
  mandate: r.mandate,
  mandateLink: r.mandate_link ?? '',
  authority: ForumAuthoritySchema.safeParse(r.authority).data ?? null,
  meetingsPerYear: r.meetings_per_year,
  notes: r.notes,
  waves,
  seats,
});

export interface ActivityRow {
  id: string;
  title: string;
  kind: Activity['kind'];
  target_group: string;
  from_week: number;
  to_week: number;
  frequency: Activity['frequency'];
  notes: string;
}
export const activityFromRow = (r: ActivityRow, owners: ActorId[], contacts: ActorId[], waves: WaveId[]): Activity => ({
  id: r.id as ActivityId,
  title: r.title,
  kind: r.kind,
  owners,
  contacts,
  targetGroup: r.target_group,
  window: { from: r.from_week, to: r.to_week },
  frequency: r.frequency,
  notes: r.notes,
  waves,
});

/** One of an activity's lists of actors (its owners or its contacts), in its own order. */
function actorsOfOne(db: Database.Database, list: ActivityActors, id: string): ActorId[] {
  return (db.prepare(`SELECT actor FROM ${ACTIVITY_ACTORS[list]} WHERE activity = ? ORDER BY sort`).pluck().all(id) as string[]).map((a) => a as ActorId);
}

/** One activity by id, with its owners and contacts, or undefined. */
export function readActivity(db: Database.Database, id: string): Activity | undefined {
  const row = db.prepare('SELECT * FROM activities WHERE id = ?').get(id) as ActivityRow | undefined;
  return row && activityFromRow(row, actorsOfOne(db, 'owners', id), actorsOfOne(db, 'contacts', id), wavesOfOne(db, 'activities', id));
}

export interface WaveRow {
  id: string;
  label: string;
  date: string | null;
}
export const waveFromRow = (r: WaveRow): Wave => ({ id: r.id as WaveId, label: r.label, date: r.date });

/** The waves one element is present in, ordered as the project orders its waves. */
export function wavesOfOne(db: Database.Database, owner: WaveOwner, id: string): WaveId[] {
  const { table, column } = WAVE_LINKS[owner];
  return (
    db
      .prepare(`SELECT l.wave FROM ${table} l JOIN waves w ON w.id = l.wave WHERE l.${column} = ? ORDER BY w.sort`)
      .pluck()
      .all(id) as string[]
  ).map((w) => w as WaveId);
}

/** One actor by id, or undefined. */
export function readActor(db: Database.Database, id: string): Actor | undefined {
  const row = db.prepare('SELECT * FROM actors WHERE id = ?').get(id) as ActorRow | undefined;
  return row && actorFromRow(row, wavesOfOne(db, 'actors', id));
}

/** One membership by id, or undefined. */
export function readMembership(db: Database.Database, id: string): Membership | undefined {
  const row = db.prepare('SELECT * FROM memberships WHERE id = ?').get(id) as MembershipRow | undefined;
  return row && membershipFromRow(row, wavesOfOne(db, 'memberships', id));
}

/** One forum by id, with its seats, or undefined. */
export function readForum(db: Database.Database, id: string): Forum | undefined {
  const row = db.prepare('SELECT * FROM forums WHERE id = ?').get(id) as ForumRow | undefined;
  if (!row) return undefined;
  const seats = (
    db.prepare('SELECT forum, actor, represents, role FROM forum_seats WHERE forum = ? ORDER BY sort').all(id) as SeatRow[]
  ).map(seatFromRow);
  return forumFromRow(row, wavesOfOne(db, 'forums', id), seats);
}

const all = <T>(db: Database.Database, sql: string) => db.prepare(sql).all() as T[];

/** The waves of every element of one kind, ordered as the project orders its waves. */
function wavesOfAll(db: Database.Database, owner: WaveOwner): (id: string) => WaveId[] {
  const { table, column } = WAVE_LINKS[owner];
  const byOwner = new Map<string, WaveId[]>();
  for (const r of all<{ owner: string; wave: string }>(
    db,
    `SELECT l.${column} AS owner, l.wave FROM ${table} l JOIN waves w ON w.id = l.wave ORDER BY w.sort`,
  )) {
    const list = byOwner.get(r.owner) ?? [];
    list.push(r.wave as WaveId);
    byOwner.set(r.owner, list);
  }
  return (id) => byOwner.get(id) ?? [];
}

export function readMetaAndSettings(db: Database.Database): Pick<ProjectData, 'meta' | 'settings'> {
  const meta = new Map(all<{ key: string; value: string }>(db, 'SELECT key, value FROM meta').map((r) => [r.key, r.value]));
  return {
    meta: { name: meta.get('name') ?? '', description: meta.get('description') ?? '' },
    settings: ProjectSettingsSchema.parse(JSON.parse(meta.get('settings') ?? '{}')),
  };
}

export function readCodebooks(db: Database.Database): ProjectData['codebooks'] {
  type CodeRow = { key: string; label_da: string; label_en: string };
  const label = (r: CodeRow) => ({ da: r.label_da, en: r.label_en });
  return {
    sectors: all<CodeRow & { color: string; definite_da: string; definite_en: string }>(db, 'SELECT * FROM sectors ORDER BY sort').map(
      (r) => ({ key: r.key, label: label(r), color: r.color, definite: { da: r.definite_da, en: r.definite_en } }),
    ),
    tieTypes: all<CodeRow & { color: string }>(db, 'SELECT * FROM tie_types ORDER BY sort').map((r) => ({
      key: r.key,
      label: label(r),
      color: r.color,
    })),
    roles: all<CodeRow & { turnover: number }>(db, 'SELECT * FROM roles ORDER BY sort').map((r) => ({
      key: r.key,
      label: label(r),
      turnover: r.turnover,
    })),
    forumKinds: all<CodeRow>(db, 'SELECT * FROM forum_kinds ORDER BY sort').map((r) => ({ key: r.key, label: label(r) })),
    targetGroups: all<CodeRow>(db, 'SELECT * FROM target_groups ORDER BY sort').map((r) => ({ key: r.key, label: label(r) })),
    attributes: readAttributeDefinitions(db),
  };
}

interface AttributeDefRow {
  applies_to: AttributeDefinition['appliesTo'];
  key: string;
  label_da: string;
  label_en: string;
  type: AttributeDefinition['type'];
  categories: string;
}

/** The custom attributes the codebook defines, actors' first, each in the order it was defined. */
export function readAttributeDefinitions(db: Database.Database): AttributeDefinition[] {
  return all<AttributeDefRow>(db, "SELECT * FROM attribute_defs ORDER BY applies_to = 'ties', sort").map((r) => ({
    key: r.key,
    appliesTo: r.applies_to,
    label: { da: r.label_da, en: r.label_en },
    type: r.type,
    // the one JSON column here: parsed by the schema, as the actors' attributes are
    values: AttributeCategorySchema.array().parse(JSON.parse(r.categories)),
  }));
}

export const readWaves = (db: Database.Database): Wave[] => all<WaveRow>(db, 'SELECT id, label, date FROM waves ORDER BY sort').map(waveFromRow);

export function readActors(db: Database.Database): Actor[] {
  const waves = wavesOfAll(db, 'actors');
  return all<ActorRow>(db, 'SELECT * FROM actors ORDER BY sort').map((r) => actorFromRow(r, waves(r.id)));
}

export function readMemberships(db: Database.Database): Membership[] {
  const waves = wavesOfAll(db, 'memberships');
  return all<MembershipRow>(db, 'SELECT * FROM memberships ORDER BY sort').map((r) => membershipFromRow(r, waves(r.id)));
}

export function readTies(db: Database.Database): Tie[] {
  const waves = wavesOfAll(db, 'ties');
  return (db.prepare(`${TIE_SELECT} ORDER BY sort`).raw().all() as TieValues[]).map((v) => tieFromValues(v, waves(v[0])));
}

export function readForums(db: Database.Database): Forum[] {
  const seats = new Map<string, Seat[]>();
  for (const r of all<SeatRow>(db, 'SELECT forum, actor, represents, role FROM forum_seats ORDER BY forum, sort')) {
    const list = seats.get(r.forum) ?? [];
    list.push(seatFromRow(r));
    seats.set(r.forum, list);
  }
  const waves = wavesOfAll(db, 'forums');
  return all<ForumRow>(db, 'SELECT * FROM forums ORDER BY sort').map((r) => forumFromRow(r, waves(r.id), seats.get(r.id) ?? []));
}

export function readActivities(db: Database.Database): Activity[] {
  const lists = (list: ActivityActors) => {
    const byActivity = new Map<string, ActorId[]>();
    for (const r of all<{ activity: string; actor: string }>(db, `SELECT activity, actor FROM ${ACTIVITY_ACTORS[list]} ORDER BY activity, sort`)) {
      const ids = byActivity.get(r.activity) ?? [];
      ids.push(r.actor as ActorId);
      byActivity.set(r.activity, ids);
    }
    return (id: string) => byActivity.get(id) ?? [];
  };
  const owners = lists('owners');
  const contacts = lists('contacts');
  const waves = wavesOfAll(db, 'activities');
  return all<ActivityRow>(db, 'SELECT * FROM activities ORDER BY sort').map((r) => activityFromRow(r, owners(r.id), contacts(r.id), waves(r.id)));
}

/**
 * Where actors were placed on the map. A row may outlive its actor (undoing a move made before
 * the actor was deleted brings it back), so only the positions of actors there are count.
 */
export function readPositions(db: Database.Database): Positions {
  const rows = db.prepare('SELECT p.actor, p.x, p.y FROM positions p JOIN actors a ON a.id = p.actor').raw().all() as Array<[string, number, number]>;
  return Object.fromEntries(rows.map(([actor, x, y]) => [actor, { x, y }]));
}

/** The position of one actor, or undefined when it has none (or does not exist). */
export function readPosition(db: Database.Database, actor: string): Point | undefined {
  return db.prepare('SELECT p.x, p.y FROM positions p JOIN actors a ON a.id = p.actor WHERE p.actor = ?').get(actor) as Point | undefined;
}

/** The whole project, as stored. */
export function readProject(db: Database.Database): ProjectData {
  return {
    ...readMetaAndSettings(db),
    codebooks: readCodebooks(db),
    waves: readWaves(db),
    actors: readActors(db),
    memberships: readMemberships(db),
    ties: readTies(db),
    forums: readForums(db),
    activities: readActivities(db),
    positions: readPositions(db),
    views: readViews(db),
  };
}

interface ViewRow {
  id: string;
  name: string;
  description: string;
  slide_title: string;
  speaker_notes: string;
  state: string;
  positions: string | null;
  viewport: string | null;
}

/** A view as stored: its JSON columns parsed by the model's schema, as the actors' attributes are. */
const viewFromRow = (r: ViewRow): SavedView => ({
  id: r.id as ViewId,
  name: r.name,
  description: r.description,
  slideTitle: r.slide_title,
  speakerNotes: r.speaker_notes,
  state: MapViewStateSchema.parse(JSON.parse(r.state)),
  positions: r.positions === null ? null : PositionsSchema.parse(JSON.parse(r.positions)),
  viewport: r.viewport === null ? null : ViewportStateSchema.parse(JSON.parse(r.viewport)),
});

/** The saved views, in the order of the slides. */
export const readViews = (db: Database.Database): SavedView[] => all<ViewRow>(db, 'SELECT * FROM views ORDER BY sort').map(viewFromRow);

export function readView(db: Database.Database, id: string): SavedView | undefined {
  const row = db.prepare('SELECT * FROM views WHERE id = ?').get(id) as ViewRow | undefined;
  return row && viewFromRow(row);
}

/** Every actor's code for pseudonymised exports, by actor id. */
export function readPseudonyms(db: Database.Database): Map<string, string> {
  const rows = db.prepare('SELECT actor, code FROM pseudonyms').raw().all() as Array<[string, string]>;
  return new Map(rows);
}
