import type { SingleCommandInput } from '../commands';
import { sameJson } from '../model/project-patch';
import type { Activity, Actor, CodebookName, Forum, Membership, ProjectData, Tie, Wave } from '../model/schema';

/**
 * What importing a file into a project would do, before it is done: the records it adds, the
 * fields it changes (old → new) and, when asked, the records it removes, with the one batch of
 * commands that does it as a single undoable step. Only the tables the file has are compared, so
 * nothing outside them changes; within a table, only the columns the file has.
 */
export const PLANNED = ['waves', 'actors', 'memberships', 'ties', 'forums', 'activities'] as const;
export type PlannedCollection = (typeof PLANNED)[number];

export interface FieldChange {
  /** the field as the model names it: `label`, `evidence.quote`, `attributes.alder` */
  field: string;
  before: unknown;
  after: unknown;
}

export interface RecordRef {
  collection: PlannedCollection;
  id: string;
  /** how the record is called, for the list the user reads (an actor's name, a tie's two ends) */
  label: string;
}

export interface ImportPlan {
  added: RecordRef[];
  changed: Array<RecordRef & { fields: FieldChange[] }>;
  removed: RecordRef[];
  /** codebook entries the file brings that the project does not have */
  codes: Array<{ codebook: CodebookName; key: string }>;
  /** the commands that carry the plan out, in an order the rules accept; empty when nothing changes */
  commands: SingleCommandInput[];
  /** for each command, the record it writes (null for a codebook entry or the map's positions),
   * so that a problem with a command is named by its record */
  targets: Array<RecordRef | null>;
}

export interface PlanOptions {
  /** records whose id the project has are updated; without it, such an id is refused as taken */
  updateById: boolean;
  /** records of the file's tables that the file no longer has are removed */
  removeMissing: boolean;
  /** the tables the file has (others are left alone); by default every table with a record in it */
  tables?: ReadonlySet<PlannedCollection>;
  /** per table, the fields the file has (others keep their value); by default every field */
  fields?: Partial<Record<PlannedCollection, ReadonlySet<string>>>;
  /**
   * tables the file only names (the waves its rows list, the ends of an edge list): their records
   * are added where the project lacks them, and never update or remove what it has
   */
  addOnly?: ReadonlySet<PlannedCollection>;
}

type AnyRecord = Actor | Membership | Tie | Forum | Wave | Activity;

/** The fields a record is compared by: its own, its evidence's and its attributes' one by one. */
function flatten(record: AnyRecord): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(record)) {
    if (key === 'id') continue;
    if (key === 'evidence' && typeof value === 'object' && value !== null)
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) out.set(`evidence.${k}`, v);
    else if (key === 'window' && typeof value === 'object' && value !== null)
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) out.set(`window.${k}`, v);
    else if (key === 'attributes' && typeof value === 'object' && value !== null)
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) out.set(`attributes.${k}`, v);
    else out.set(key, value);
  }
  return out;
}

const topField = (field: string) => field.split('.')[0] ?? field;

/** Whether the file carries a field: named itself, or as a group (`evidence`, `attributes`). */
const carries = (fields: ReadonlySet<string> | undefined, field: string) =>
  fields === undefined || fields.has(field) || fields.has(topField(field));

/**
 * The changed fields of one record, as a patch for its update command and as the list of
 * changes shown. Attributes the file does not mention are kept; those it gives empty are removed.
 */
function compare(before: AnyRecord, after: AnyRecord, fields: ReadonlySet<string> | undefined): { patch: Record<string, unknown>; changes: FieldChange[] } {
  const was = flatten(before);
  const is = flatten(after);
  const changes: FieldChange[] = [];
  for (const field of new Set([...was.keys(), ...is.keys()])) {
    if (!carries(fields, field)) continue;
    const b = was.get(field);
    const a = is.get(field);
    // an attribute the file does not have is not one it removes
    if (field.startsWith('attributes.') && a === undefined) continue;
    if (!sameJson(b ?? null, a ?? null)) changes.push({ field, before: b ?? null, after: a ?? null });
  }
  const patch: Record<string, unknown> = {};
  for (const c of changes) {
    const top = topField(c.field);
    if (top === 'evidence' || top === 'attributes' || top === 'window') {
      const current = (patch[top] as Record<string, unknown> | undefined) ?? { ...(before as unknown as Record<string, Record<string, unknown>>)[top] };
      const key = c.field.slice(top.length + 1);
      if (top === 'attributes' && c.after === null) current[key] = null;
      else current[key] = c.after;
      patch[top] = current;
    } else patch[c.field] = c.after;
  }
  return { patch, changes };
}

/** Actors' names by id, looked up once per project: a tie is named by its two ends. */
type ActorNames = ReadonlyMap<string, string>;
const actorNames = (data: ProjectData): ActorNames => new Map(data.actors.map((a) => [a.id, a.label]));

const labelOf = (names: ActorNames, collection: PlannedCollection, record: AnyRecord): string => {
  const actor = (id: string) => names.get(id) ?? id;
  switch (collection) {
    case 'actors':
    case 'forums':
    case 'waves':
      return (record as Actor | Forum | Wave).label;
    case 'ties': {
      const t = record as Tie;
      return `${actor(t.source)} – ${actor(t.target)}`;
    }
    case 'memberships': {
      const m = record as Membership;
      return `${actor(m.person)} – ${actor(m.organisation)}`;
    }
    case 'activities':
      return (record as Activity).title;
  }
};

/** The command that adds a record of a table. */
function addCommand(collection: PlannedCollection, record: AnyRecord): SingleCommandInput {
  switch (collection) {
    case 'waves':
      return { type: 'wave.add', wave: record as Wave };
    case 'actors':
      return { type: 'actor.add', actor: record as Actor };
    case 'memberships':
      return { type: 'membership.add', membership: record as Membership };
    case 'ties':
      return { type: 'tie.add', tie: record as Tie };
    case 'forums':
      return { type: 'forum.add', forum: record as Forum };
    case 'activities':
      return { type: 'activity.add', activity: record as Activity };
  }
}

/** The command that changes some fields of a record; the store parses the patch like any other. */
function updateCommand(collection: PlannedCollection, id: string, patch: Record<string, unknown>): SingleCommandInput {
  switch (collection) {
    case 'waves':
      return { type: 'wave.update', id, patch: patch };
    case 'actors':
      return { type: 'actor.update', id, patch: patch };
    case 'memberships':
      return { type: 'membership.update', id, patch: patch };
    case 'ties':
      return { type: 'tie.update', id, patch: patch };
    case 'forums':
      return { type: 'forum.update', id, patch: patch };
    case 'activities':
      return { type: 'activity.update', id, patch: patch };
  }
}

function removeCommand(collection: PlannedCollection, id: string): SingleCommandInput {
  switch (collection) {
    case 'waves':
      return { type: 'wave.remove', id };
    case 'actors':
      return { type: 'actor.remove', id };
    case 'memberships':
      return { type: 'membership.remove', id };
    case 'ties':
      return { type: 'tie.remove', id };
    case 'forums':
      return { type: 'forum.remove', id };
    case 'activities':
      return { type: 'activity.remove', id };
  }
}

/** The command that adds a codebook entry the project does not have. */
function codeCommand(codebook: CodebookName, data: ProjectData, key: string): SingleCommandInput | null {
  switch (codebook) {
    case 'sectors': {
      const entry = data.codebooks.sectors.find((e) => e.key === key);
      return entry ? { type: 'code.add', code: { codebook, entry } } : null;
    }
    case 'tieTypes': {
      const entry = data.codebooks.tieTypes.find((e) => e.key === key);
      return entry ? { type: 'code.add', code: { codebook, entry } } : null;
    }
    case 'roles': {
      const entry = data.codebooks.roles.find((e) => e.key === key);
      return entry ? { type: 'code.add', code: { codebook, entry } } : null;
    }
    case 'forumKinds': {
      const entry = data.codebooks.forumKinds.find((e) => e.key === key);
      return entry ? { type: 'code.add', code: { codebook, entry } } : null;
    }
    case 'targetGroups': {
      const entry = data.codebooks.targetGroups.find((e) => e.key === key);
      return entry ? { type: 'code.add', code: { codebook, entry } } : null;
    }
  }
}

/** The tables a file has when nothing says otherwise: those with a record in them. */
export function tablesWithRecords(data: ProjectData): Set<PlannedCollection> {
  return new Set(PLANNED.filter((c) => data[c].length > 0));
}

export function planImport(current: ProjectData, incoming: ProjectData, opts: PlanOptions): ImportPlan {
  const tables = opts.tables ?? tablesWithRecords(incoming);
  const plan: ImportPlan = { added: [], changed: [], removed: [], codes: [], commands: [], targets: [] };
  type Step = [SingleCommandInput, RecordRef | null];
  const currentNames = actorNames(current);
  // a new tie may join actors the project has (a survey's ties do): named from either
  const incomingNames = new Map([...currentNames, ...actorNames(incoming)]);
  const adds: Step[] = [];
  const updates: Step[] = [];
  const removes: Step[] = [];

  for (const codebook of ['sectors', 'tieTypes', 'roles', 'forumKinds', 'targetGroups'] as const) {
    const have = new Set(current.codebooks[codebook].map((c) => c.key));
    for (const { key } of incoming.codebooks[codebook]) {
      const command = have.has(key) ? null : codeCommand(codebook, incoming, key);
      if (!command) continue;
      plan.codes.push({ codebook, key });
      plan.commands.push(command);
      plan.targets.push(null);
    }
  }

  for (const collection of PLANNED) {
    if (!tables.has(collection)) continue;
    const existing = new Map<string, AnyRecord>((current[collection] as readonly AnyRecord[]).map((r) => [r.id, r]));
    const seen = new Set<string>();
    const addOnly = opts.addOnly?.has(collection) ?? false;
    for (const record of incoming[collection] as readonly AnyRecord[]) {
      seen.add(record.id);
      const before = existing.get(record.id);
      if (addOnly && before) continue;
      const ref = { collection, id: record.id, label: labelOf(before ? currentNames : incomingNames, collection, before ?? record) };
      if (!before || !opts.updateById) {
        // an id the project has, without updating by id: the rules refuse it as taken, naming it
        plan.added.push(ref);
        adds.push([addCommand(collection, record), ref]);
        continue;
      }
      const { patch, changes } = compare(before, record, opts.fields?.[collection]);
      if (changes.length === 0) continue;
      plan.changed.push({ ...ref, fields: changes });
      updates.push([updateCommand(collection, record.id, patch), ref]);
    }
    if (opts.removeMissing && !addOnly)
      for (const [id, record] of existing)
        if (!seen.has(id)) {
          const ref = { collection, id, label: labelOf(currentNames, collection, record) };
          plan.removed.push(ref);
          removes.push([removeCommand(collection, id), ref]);
        }
  }
  // removals last, most dependent first (ties before the actors at their ends), so that a tie the
  // file moves to another actor is updated before its old end goes
  removes.reverse();
  for (const [command, ref] of [...adds, ...updates, ...removes]) {
    plan.commands.push(command);
    plan.targets.push(ref);
  }
  if (Object.keys(incoming.positions).length > 0) {
    const moved = Object.entries(incoming.positions).filter(([id, p]) => {
      const was = Object.hasOwn(current.positions, id) ? current.positions[id] : undefined;
      return was === undefined || was.x !== p.x || was.y !== p.y;
    });
    if (moved.length > 0) {
      plan.commands.push({ type: 'layout.move', positions: Object.fromEntries(moved) });
      plan.targets.push(null);
    }
  }
  return plan;
}
