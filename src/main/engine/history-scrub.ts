import type { HistoryLabel } from '../../core/api/contract';
import type { Change, StoredStep } from './history';
import { WAVE_LINKS, type Row, type TableName } from './tables';

/**
 * Takes one person out of an undo history, as if they had never been entered, while every
 * other row's history stays as it was: a row image that belongs to the person (their actor row,
 * a membership or a tie with them at either end, their forum seats, their places as an activity's
 * contact person, wave links and map position)
 * is read as "no row at that time". A change between two such images goes; a change from one to
 * an image of someone else (a membership handed from them to another person) becomes that row's
 * insertion, with the wave links the row had then, and the reverse becomes its deletion. Undo
 * and redo replay row images, so the history then leads through exactly the states the project
 * had, without the person's rows.
 *
 * Pure: it reads the steps and the rows as they are now, and returns the steps to write back.
 */

export interface ScrubbedHistory {
  /** steps whose changes or label changed, with their new content (seq as before) */
  rewritten: StoredStep[];
  /** steps left with no change at all */
  dropped: number[];
}

/** The rows as they are now, for the memberships and ties the scrub has to follow through time. */
export interface CurrentRows {
  row(table: 'memberships' | 'ties', id: string): Row | null;
  waves(table: 'memberships' | 'ties', id: string): readonly string[];
}

/** The columns by which a row belongs to a person. */
export const PERSON_COLUMNS: Partial<Record<TableName, readonly string[]>> = {
  actors: ['id'],
  memberships: ['person', 'organisation'],
  ties: ['source', 'target'],
  forum_seats: ['actor', 'represents'],
  activity_contacts: ['actor'],
  actor_waves: ['actor'],
  positions: ['actor'],
  pseudonyms: ['actor'],
};

/** Rows whose wave links exist only while they do: a link belongs to whom its row belongs. */
const PARENTS = ['memberships', 'ties'] as const;
type Parent = (typeof PARENTS)[number];
const LINK_OF: Record<Parent, { table: TableName; column: string }> = {
  memberships: WAVE_LINKS.memberships,
  ties: WAVE_LINKS.ties,
};
const parentOfLink = (t: TableName): Parent | undefined => PARENTS.find((p) => LINK_OF[p].table === t);
const isParent = (t: TableName): t is Parent => (PARENTS as readonly string[]).includes(t);

export const belongsTo = (person: string, table: TableName, row: Row | null): boolean =>
  row !== null && (PERSON_COLUMNS[table]?.some((c) => row[c] === person) ?? false);

/** A followed membership or tie: its image and its wave links at the point the walk has reached. */
interface Followed {
  image: Row | null;
  waves: Set<string>;
}

export function scrubPerson(
  steps: readonly StoredStep[],
  person: string,
  now: CurrentRows,
  neutralLabel: (label: HistoryLabel) => HistoryLabel | null,
): ScrubbedHistory {
  const owned = (t: TableName, row: Row | null) => belongsTo(person, t, row);
  const keyOf = (row: Row | null) => String(row?.['id'] ?? '');
  const linkParent = (t: TableName, c: Change): string => {
    const parent = parentOfLink(t);
    return parent ? String((c.b ?? c.a)?.[LINK_OF[parent].column] ?? '') : '';
  };

  // the memberships and ties that belong to the person at some time, followed from the oldest step
  const followed: Record<Parent, Map<string, Followed>> = { memberships: new Map(), ties: new Map() };
  const follow = (t: Parent, id: string) => {
    if (!followed[t].has(id)) followed[t].set(id, { image: now.row(t, id), waves: new Set(now.waves(t, id)) });
  };
  for (const step of steps) for (const c of step.changes) if (isParent(c.t) && (owned(c.t, c.b) || owned(c.t, c.a))) follow(c.t, keyOf(c.b ?? c.a));
  // rows that belonged to them since before the oldest step (an import into a new file) have no
  // images, but their wave links may have changed since
  for (const step of steps)
    for (const c of step.changes) {
      const parent = parentOfLink(c.t);
      if (parent && !followed[parent].has(linkParent(c.t, c)) && owned(parent, now.row(parent, linkParent(c.t, c)))) follow(parent, linkParent(c.t, c));
    }

  // back from now to before the oldest step, so the walk forward starts from what was there then
  const done = steps.filter((s) => !s.undone);
  for (let i = done.length - 1; i >= 0; i--) {
    const changes = done[i]?.changes ?? [];
    for (let j = changes.length - 1; j >= 0; j--) {
      const c = changes[j];
      if (!c) continue;
      const parent = parentOfLink(c.t);
      if (isParent(c.t)) {
        const f = followed[c.t].get(keyOf(c.b ?? c.a));
        if (f) f.image = c.b;
      } else if (parent) {
        const f = followed[parent].get(linkParent(c.t, c));
        const wave = String((c.b ?? c.a)?.['wave'] ?? '');
        if (f && c.a && !c.b) f.waves.delete(wave);
        else if (f && c.b && !c.a) f.waves.add(wave);
      }
    }
  }

  const rewritten: StoredStep[] = [];
  const dropped: number[] = [];
  for (const step of steps) {
    const out: Change[] = [];
    let touched = false;
    for (const c of step.changes) {
      const parent = parentOfLink(c.t);
      const f = isParent(c.t) ? followed[c.t].get(keyOf(c.b ?? c.a)) : parent ? followed[parent].get(linkParent(c.t, c)) : undefined;
      if (f && isParent(c.t)) {
        const link = LINK_OF[c.t];
        const linkRow = (wave: string): Row => ({ [link.column]: keyOf(c.b ?? c.a), wave });
        const wasTheirs = owned(c.t, c.b);
        const isTheirs = owned(c.t, c.a);
        if (c.b && c.a && wasTheirs && !isTheirs) {
          // handed from the person to someone else: the row appears now, with its wave links
          out.push({ t: c.t, b: null, a: c.a });
          for (const w of f.waves) out.push({ t: link.table, b: null, a: linkRow(w) });
          touched = true;
        } else if (c.b && c.a && !wasTheirs && isTheirs) {
          // handed to the person: the row goes now, its wave links first
          for (const w of f.waves) out.push({ t: link.table, b: linkRow(w), a: null });
          out.push({ t: c.t, b: c.b, a: null });
          touched = true;
        } else if (wasTheirs || isTheirs) {
          const b = wasTheirs ? null : c.b;
          const a = isTheirs ? null : c.a;
          if (b || a) out.push({ t: c.t, b, a });
          touched = true;
        } else out.push(c);
        f.image = c.a;
      } else if (f && parent) {
        const wave = String((c.b ?? c.a)?.['wave'] ?? '');
        if (c.a) f.waves.add(wave);
        else f.waves.delete(wave);
        if (owned(parent, f.image)) touched = true;
        else out.push(c);
      } else if (owned(c.t, c.b) || owned(c.t, c.a)) {
        const b = owned(c.t, c.b) ? null : c.b;
        const a = owned(c.t, c.a) ? null : c.a;
        if (b || a) out.push({ t: c.t, b, a });
        touched = true;
      } else out.push(c);
    }
    if (out.length === 0) {
      dropped.push(step.seq);
      continue;
    }
    const label = neutralLabel(step.label);
    if (touched || label) rewritten.push({ ...step, label: label ?? step.label, changes: out });
  }
  return { rewritten, dropped };
}

/** Every name an actor has had: from their row now and from every image of it in the history. */
export function namesOf(steps: readonly StoredStep[], actor: string, current: string | null): Set<string> {
  const names = new Set<string>();
  if (current !== null) names.add(current);
  for (const step of steps)
    for (const c of step.changes)
      if (c.t === 'actors')
        for (const row of [c.b, c.a]) if (row && row['id'] === actor && typeof row['label'] === 'string') names.add(row['label']);
  return names;
}

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('da');

/**
 * Whether a label's parameters name any of these: a parameter that holds a name as a whole
 * word, case and accents as written (a namesake's label is made neutral too; that costs
 * nothing but a less specific label).
 */
export function labelNames(label: HistoryLabel, names: ReadonlySet<string>): boolean {
  const wanted = [...names].map(fold).filter((n) => n.trim() !== '');
  return Object.values(label.params).some((value) => {
    if (typeof value !== 'string') return false;
    const text = fold(value);
    return wanted.some((name) => {
      let at = text.indexOf(name);
      while (at >= 0) {
        const before = text.slice(0, at);
        const after = text.slice(at + name.length);
        if (!/[\p{L}\p{N}]$/u.test(before) && !/^[\p{L}\p{N}]/u.test(after)) return true;
        at = text.indexOf(name, at + 1);
      }
      return false;
    });
  });
}
