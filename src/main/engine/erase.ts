import type Database from 'better-sqlite3';
import type { HistoryLabel } from '../../core/api/contract';
import { UserError } from '../../core/errors';
import { messageRef, type MessageKey } from '../../core/i18n/catalogue';
import type { ErasurePreview } from '../../core/model/erasure';
import { ChangeRecorder, readSteps, rewriteStep, TableWriter, type Change, type StoredStep } from './history';
import { labelNames, namesOf, PERSON_COLUMNS, scrubPerson, type CurrentRows, type ScrubbedHistory } from './history-scrub';
import { TABLES, WAVE_LINKS, type Row } from './tables';

/**
 * "Delete completely": a person and everything that cannot exist without them leave the
 * project (as `actor.remove` takes them), and every trace of them leaves the undo history
 * (`history-scrub.ts`). Unlike a deletion, this is not a step and cannot be undone. The store
 * then rewrites the file so that nothing of them is left in its free pages (`purge.ts`).
 *
 * Only persons: the data protection concern is natural persons, and an organisation's traces
 * run through other persons' rows (their memberships, the seats that represent it), which a
 * deletion must keep.
 */

/** The label a step gets when its own named the person. */
const NEUTRAL_LABEL: HistoryLabel = { key: 'privacy.neutralStep', params: {} };

interface Plan {
  preview: ErasurePreview;
  scrubbed: ScrubbedHistory;
}

interface Found {
  label: string;
  kind: string;
  present: boolean;
}

/** The person as they are now, or, once deleted, as the history last held them. */
function findActor(db: Database.Database, steps: readonly StoredStep[], id: string): Found {
  const row = db.prepare('SELECT label, kind FROM actors WHERE id = ?').get(id) as { label: string; kind: string } | undefined;
  if (row) return { ...row, present: true };
  for (let i = steps.length - 1; i >= 0; i--) {
    const changes = steps[i]?.changes ?? [];
    for (let j = changes.length - 1; j >= 0; j--) {
      const c = changes[j];
      const image = c?.t === 'actors' ? (c.a ?? c.b) : null;
      if (image && image['id'] === id) return { label: String(image['label']), kind: String(image['kind']), present: false };
    }
  }
  throw new UserError('not-found', 'privacy.errors.noSuchPerson', { id });
}

const KIND_KEYS: Record<string, MessageKey> = {
  organisation: 'kinds.organisation',
  department: 'kinds.department',
};

/** What erasing this person would do; reads only. Refuses an actor that is not a person. */
export function planErasure(db: Database.Database, id: string): Plan {
  const steps = readSteps(db);
  const actor = findActor(db, steps, id);
  if (actor.kind !== 'person')
    throw new UserError('unsupported', 'privacy.errors.notAPerson', { name: actor.label, kind: messageRef(KIND_KEYS[actor.kind] ?? 'kinds.organisation') });
  const names = namesOf(steps, id, actor.present ? actor.label : null);
  names.add(id);
  const scrubbed = scrubPerson(steps, id, currentRows(db), (label) => (labelNames(label, names) ? NEUTRAL_LABEL : null));
  const count = (sql: string) => db.prepare(sql).pluck().get({ id }) as number;
  return {
    scrubbed,
    preview: {
      id,
      label: actor.label,
      present: actor.present,
      memberships: count('SELECT COUNT(*) FROM memberships WHERE person = @id OR organisation = @id'),
      ties: count('SELECT COUNT(*) FROM ties WHERE source = @id OR target = @id'),
      seats: count('SELECT COUNT(*) FROM forum_seats WHERE actor = @id OR represents = @id'),
      activities: count('SELECT COUNT(*) FROM activity_contacts WHERE actor = @id'),
      placed: count('SELECT COUNT(*) FROM positions WHERE actor = @id') > 0,
      history: {
        total: steps.length,
        changed: scrubbed.rewritten.length + scrubbed.dropped.length,
        dropped: scrubbed.dropped.length,
      },
    },
  };
}

/**
 * Erases the person from the project and its history. Call inside a transaction; returns what
 * it deleted from the project's tables (for the store's cache), which is recorded nowhere.
 */
export function erasePerson(db: Database.Database, id: string): { preview: ErasurePreview; changes: Change[] } {
  // an entry merged into this person is the same natural person under another name: it leaves
  // the history too (it is in the project no more, so only its traces in the history are left)
  const changes: Change[] = [];
  for (const merged of mergedInto(readSteps(db), id)) {
    const steps = readSteps(db);
    const names = namesOf(steps, merged, null);
    names.add(merged);
    writeScrubbed(db, scrubPerson(steps, merged, currentRows(db), (label) => (labelNames(label, names) ? NEUTRAL_LABEL : null)));
    // what is left of them in the project: the code they had
    changes.push(...deleteRows(db, merged));
  }
  const { preview, scrubbed } = planErasure(db, id);
  writeScrubbed(db, scrubbed);
  return { preview, changes: [...changes, ...deleteRows(db, id)] };
}

function writeScrubbed(db: Database.Database, scrubbed: ScrubbedHistory): void {
  for (const step of scrubbed.rewritten) rewriteStep(db, step);
  const drop = db.prepare('DELETE FROM history WHERE seq = ?');
  for (const seq of scrubbed.dropped) drop.run(seq);
}

/**
 * The actors merged into a person, and into those in turn: a merge step's label names both ids,
 * and a step that deletes an actor while handing its rows to the person (a merge in a batch) says
 * the same by its changes. Only persons; the person themselves is not among them.
 */
function mergedInto(steps: readonly StoredStep[], id: string): string[] {
  const into = new Map<string, Set<string>>();
  const add = (keep: string, drop: string) => {
    if (keep !== drop) into.set(keep, new Set([...(into.get(keep) ?? []), drop]));
  };
  for (const step of steps) {
    const { keepId, dropId } = step.label.params;
    if (step.label.key === 'merge.history' && typeof keepId === 'string' && typeof dropId === 'string') add(keepId, dropId);
    const deleted = new Set(step.changes.flatMap((c) => (c.t === 'actors' && c.a === null && c.b?.['kind'] === 'person' ? [String(c.b['id'])] : [])));
    if (deleted.size === 0) continue;
    for (const c of step.changes)
      for (const column of PERSON_COLUMNS[c.t] ?? [])
        if (c.b && c.a && deleted.has(String(c.b[column])) && !deleted.has(String(c.a[column]))) add(String(c.a[column]), String(c.b[column]));
  }
  const found = new Set<string>();
  const visit = (keep: string) => {
    for (const drop of into.get(keep) ?? [])
      if (drop !== id && !found.has(drop)) {
        found.add(drop);
        visit(drop);
      }
  };
  visit(id);
  return [...found];
}

/** The rows that belong to the person now, deleted in an order the references allow. */
function deleteRows(db: Database.Database, id: string): Change[] {
  const rec = new ChangeRecorder(new TableWriter(db));
  const all = (sql: string) => db.prepare(sql).all({ id }) as Row[];
  for (const owner of ['memberships', 'ties'] as const) {
    const { table, column } = WAVE_LINKS[owner];
    const where = owner === 'memberships' ? 'person = @id OR organisation = @id' : 'source = @id OR target = @id';
    for (const key of db.prepare(`SELECT id FROM ${owner} WHERE ${where}`).pluck().all({ id }) as string[]) {
      for (const link of db.prepare(`SELECT ${column}, wave FROM ${table} WHERE ${column} = ?`).all(key) as Row[]) rec.delete(table, link);
      rec.delete(owner, { id: key });
    }
  }
  for (const seat of all('SELECT forum, actor FROM forum_seats WHERE actor = @id OR represents = @id')) rec.delete('forum_seats', seat);
  // the activities they were the contact of stay, without them (a person owns none: owners are organisations)
  for (const contact of all('SELECT activity, actor FROM activity_contacts WHERE actor = @id')) rec.delete('activity_contacts', contact);
  for (const link of all('SELECT actor, wave FROM actor_waves WHERE actor = @id')) rec.delete('actor_waves', link);
  rec.delete('positions', { actor: id });
  // the code stays with no one: it is never given again, and nothing links it to them any more
  rec.delete('pseudonyms', { actor: id });
  rec.delete('actors', { id });
  return rec.changes;
}

/** The memberships and ties as they are now, as the history records their rows. */
function currentRows(db: Database.Database): CurrentRows {
  return {
    row: (table, key) => {
      const cols = TABLES[table].columns.map((c) => `"${c}"`).join(', ');
      return (db.prepare(`SELECT ${cols} FROM ${table} WHERE id = ?`).get(key) as Row | undefined) ?? null;
    },
    waves: (table, key) => {
      const { table: links, column } = WAVE_LINKS[table];
      return db.prepare(`SELECT wave FROM ${links} WHERE ${column} = ?`).pluck().all(key) as string[];
    },
  };
}
