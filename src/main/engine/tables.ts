import type { Activity, Actor, AttributeDefinition, CodebookName, Codebooks, Forum, Membership, Point, SavedView, Seat, Tie, Wave } from '../../core/model/schema';

/** A value as SQLite stores it (STRICT tables: TEXT, INTEGER, REAL or NULL). */
export type SqlValue = string | number | null;
export type Row = Record<string, SqlValue>;

export interface TableSpec {
  name: TableName;
  key: readonly string[];
  columns: readonly string[];
}

const spec = (name: TableName, key: readonly string[], columns: readonly string[]): TableSpec => ({
  name,
  key,
  columns,
});

export type TableName =
  | 'meta'
  | 'sectors'
  | 'tie_types'
  | 'roles'
  | 'forum_kinds'
  | 'target_groups'
  | 'waves'
  | 'actors'
  | 'memberships'
  | 'ties'
  | 'forums'
  | 'forum_seats'
  | 'actor_waves'
  | 'membership_waves'
  | 'tie_waves'
  | 'forum_waves'
  | 'activities'
  | 'activity_owners'
  | 'activity_contacts'
  | 'activity_waves'
  | 'positions'
  | 'pseudonyms'
  | 'attribute_defs'
  | 'views';

/** Every table an edit may touch, with its key: what the undo log records row images of. */
export const TABLES: Record<TableName, TableSpec> = {
  meta: spec('meta', ['key'], ['key', 'value']),
  sectors: spec('sectors', ['key'], ['key', 'label_da', 'label_en', 'color', 'definite_da', 'definite_en', 'sort']),
  tie_types: spec('tie_types', ['key'], ['key', 'label_da', 'label_en', 'color', 'sort']),
  roles: spec('roles', ['key'], ['key', 'label_da', 'label_en', 'turnover', 'sort']),
  forum_kinds: spec('forum_kinds', ['key'], ['key', 'label_da', 'label_en', 'sort']),
  target_groups: spec('target_groups', ['key'], ['key', 'label_da', 'label_en', 'sort']),
  waves: spec('waves', ['id'], ['id', 'label', 'date', 'sort']),
  actors: spec('actors', ['id'], ['id', 'kind', 'label', 'sector', 'attributes', 'influence', 'turnover', 'notes', 'sort']),
  memberships: spec('memberships', ['id'], ['id', 'person', 'organisation', 'role', 'start', 'end', 'sort']),
  ties: spec(
    'ties',
    ['id'],
    [
      'id',
      'source',
      'target',
      'type',
      'directed',
      'strength',
      'formality',
      'initiative',
      'mandate',
      'resource_flow',
      'dependent',
      'governance',
      'evidence_source',
      'evidence_quote',
      'evidence_confidence',
      'attributes',
      'notes',
      'sort',
    ],
  ),
  forums: spec('forums', ['id'], ['id', 'label', 'kind', 'mandate', 'mandate_link', 'authority', 'meetings_per_year', 'notes', 'sort']),
  forum_seats: spec('forum_seats', ['forum', 'actor'], ['forum', 'actor', 'represents', 'role', 'sort']),
  actor_waves: spec('actor_waves', ['actor', 'wave'], ['actor', 'wave']),
  membership_waves: spec('membership_waves', ['membership', 'wave'], ['membership', 'wave']),
  tie_waves: spec('tie_waves', ['tie', 'wave'], ['tie', 'wave']),
  forum_waves: spec('forum_waves', ['forum', 'wave'], ['forum', 'wave']),
  activities: spec('activities', ['id'], ['id', 'title', 'kind', 'target_group', 'from_week', 'to_week', 'frequency', 'notes', 'sort']),
  activity_owners: spec('activity_owners', ['activity', 'actor'], ['activity', 'actor', 'sort']),
  activity_contacts: spec('activity_contacts', ['activity', 'actor'], ['activity', 'actor', 'sort']),
  activity_waves: spec('activity_waves', ['activity', 'wave'], ['activity', 'wave']),
  positions: spec('positions', ['actor'], ['actor', 'x', 'y']),
  pseudonyms: spec('pseudonyms', ['actor'], ['actor', 'code']),
  views: spec('views', ['id'], ['id', 'name', 'description', 'slide_title', 'speaker_notes', 'state', 'positions', 'viewport', 'sort']),
  attribute_defs: spec('attribute_defs', ['applies_to', 'key'], ['applies_to', 'key', 'label_da', 'label_en', 'type', 'categories', 'sort']),
};

/** The elements that carry wave presence, and their link tables. */
export const WAVE_LINKS = {
  actors: { table: 'actor_waves', column: 'actor' },
  memberships: { table: 'membership_waves', column: 'membership' },
  ties: { table: 'tie_waves', column: 'tie' },
  forums: { table: 'forum_waves', column: 'forum' },
  activities: { table: 'activity_waves', column: 'activity' },
} as const satisfies Record<string, { table: TableName; column: string }>;
export type WaveOwner = keyof typeof WAVE_LINKS;

export const actorRow = (a: Actor, sort: number): Row => ({
  id: a.id,
  kind: a.kind,
  label: a.label,
  sector: a.sector,
  attributes: JSON.stringify(a.attributes),
  influence: a.influence,
  turnover: a.turnover,
  notes: a.notes,
  sort,
});

export const membershipRow = (m: Membership, sort: number): Row => ({
  id: m.id,
  person: m.person,
  organisation: m.organisation,
  role: m.role,
  start: m.start,
  end: m.end,
  sort,
});

export const tieRow = (t: Tie, sort: number): Row => ({
  id: t.id,
  source: t.source,
  target: t.target,
  type: t.type,
  directed: t.directed ? 1 : 0,
  strength: t.strength,
  formality: t.formality,
  initiative: t.initiative,
  mandate: t.mandate,
  resource_flow: t.resourceFlow,
  dependent: t.dependent,
  governance: t.governance,
  evidence_source: t.evidence.source,
  evidence_quote: t.evidence.quote,
  evidence_confidence: t.evidence.confidence,
  attributes: JSON.stringify(t.attributes),
  notes: t.notes,
  sort,
});

export const forumRow = (f: Forum, sort: number): Row => ({
  id: f.id,
  label: f.label,
  kind: f.kind,
  mandate: f.mandate,
  mandate_link: f.mandateLink,
  authority: f.authority,
  meetings_per_year: f.meetingsPerYear,
  notes: f.notes,
  sort,
});

export const seatRow = (forum: string, s: Seat, sort: number): Row => ({
  forum,
  actor: s.actor,
  represents: s.represents,
  role: s.role,
  sort,
});

export const activityRow = (a: Activity, sort: number): Row => ({
  id: a.id,
  title: a.title,
  kind: a.kind,
  target_group: a.targetGroup,
  from_week: a.window.from,
  to_week: a.window.to,
  frequency: a.frequency,
  notes: a.notes,
  sort,
});

/** An activity's owners and its contacts: the two lists of actors it keeps, in its own order. */
export const ACTIVITY_ACTORS = { owners: 'activity_owners', contacts: 'activity_contacts' } as const satisfies Record<string, TableName>;
export type ActivityActors = keyof typeof ACTIVITY_ACTORS;

export const activityActorRow = (activity: string, actor: string, sort: number): Row => ({ activity, actor, sort });

export const positionRow = (actor: string, p: Point): Row => ({ actor, x: p.x, y: p.y });

export const waveRow = (w: Wave, sort: number): Row => ({ id: w.id, label: w.label, date: w.date, sort });

export const CODEBOOK_TABLES = {
  sectors: 'sectors',
  tieTypes: 'tie_types',
  roles: 'roles',
  forumKinds: 'forum_kinds',
  targetGroups: 'target_groups',
} as const satisfies Record<CodebookName, TableName>;

export type CodeEntry = Codebooks[CodebookName][number];

export function codeRow(entry: CodeEntry, sort: number): Row {
  const row: Row = { key: entry.key, label_da: entry.label.da, label_en: entry.label.en, sort };
  if ('color' in entry) row['color'] = entry.color;
  if ('turnover' in entry) row['turnover'] = entry.turnover;
  if ('definite' in entry) {
    row['definite_da'] = entry.definite.da;
    row['definite_en'] = entry.definite.en;
  }
  return row;
}

export const attributeDefRow = (d: AttributeDefinition, sort: number): Row => ({
  applies_to: d.appliesTo,
  key: d.key,
  label_da: d.label.da,
  label_en: d.label.en,
  type: d.type,
  categories: JSON.stringify(d.values),
  sort,
});

/** A saved view as its row: the map's state, its own positions and its pan and zoom as JSON. */
export const viewRow = (v: SavedView, sort: number): Row => ({
  id: v.id,
  name: v.name,
  description: v.description,
  slide_title: v.slideTitle,
  speaker_notes: v.speakerNotes,
  state: JSON.stringify(v.state),
  positions: v.positions === null ? null : JSON.stringify(v.positions),
  viewport: v.viewport === null ? null : JSON.stringify(v.viewport),
  sort,
});
