import type Database from 'better-sqlite3';
import * as z from 'zod';
import type { HistoryLabel, HistoryState } from '../../core/api/contract';
import type { MessageKey } from '../../core/i18n/catalogue';
import { TABLES, type Row, type TableName, type TableSpec } from './tables';

/**
 * Undo and redo by row images. Every write an edit makes goes through a ChangeRecorder, which
 * keeps the row before and after; a step is stored in the project's `history` table, so the
 * whole undo stack survives closing and reopening the file. Cascades are ordinary recorded
 * writes, so undoing a deletion restores everything it took with it.
 */
export interface Change {
  t: TableName;
  /** the row before the write; null for an insert */
  b: Row | null;
  /** the row after the write; null for a delete */
  a: Row | null;
}

const SqlValueSchema = z.union([z.string(), z.number(), z.null()]);
const RowSchema = z.record(z.string(), SqlValueSchema);
const ChangesSchema = z.array(
  z.object({
    t: z.enum(Object.keys(TABLES) as [TableName, ...TableName[]]),
    b: RowSchema.nullable(),
    a: RowSchema.nullable(),
  }),
);
const LabelParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

type Statements = {
  insert: Database.Statement;
  update: Database.Statement | null;
  delete: Database.Statement;
  get: Database.Statement;
};

/** Prepared statements per table, built once per connection. */
export class TableWriter {
  private readonly statements = new Map<TableName, Statements>();

  constructor(private readonly db: Database.Database) {}

  private for(table: TableSpec): Statements {
    let s = this.statements.get(table.name);
    if (!s) {
      const where = table.key.map((k) => `"${k}" = @${k}`).join(' AND ');
      const cols = table.columns.map((c) => `"${c}"`).join(', ');
      const params = table.columns.map((c) => `@${c}`).join(', ');
      const sets = table.columns
        .filter((c) => !table.key.includes(c))
        .map((c) => `"${c}" = @${c}`)
        .join(', ');
      s = {
        insert: this.db.prepare(`INSERT INTO ${table.name} (${cols}) VALUES (${params})`),
        update: sets ? this.db.prepare(`UPDATE ${table.name} SET ${sets} WHERE ${where}`) : null,
        delete: this.db.prepare(`DELETE FROM ${table.name} WHERE ${where}`),
        get: this.db.prepare(`SELECT ${cols} FROM ${table.name} WHERE ${where}`),
      };
      this.statements.set(table.name, s);
    }
    return s;
  }

  private keyOf(table: TableSpec, row: Row): Row {
    const key: Row = {};
    for (const k of table.key) key[k] = row[k] ?? null;
    return key;
  }

  private full(table: TableSpec, row: Row): Row {
    const out: Row = {};
    for (const c of table.columns) out[c] = row[c] ?? null;
    return out;
  }

  get(name: TableName, key: Row): Row | undefined {
    const table = TABLES[name];
    return this.for(table).get.get(this.keyOf(table, key)) as Row | undefined;
  }

  insert(name: TableName, row: Row): void {
    const table = TABLES[name];
    this.for(table).insert.run(this.full(table, row));
  }

  update(name: TableName, row: Row): void {
    const table = TABLES[name];
    const stmt = this.for(table).update;
    if (!stmt) throw new Error(`${name} rows are only inserted and deleted`);
    stmt.run(this.full(table, row));
  }

  delete(name: TableName, key: Row): void {
    const table = TABLES[name];
    this.for(table).delete.run(this.keyOf(table, key));
  }
}

const sameRow = (a: Row, b: Row) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a[k] ?? null) !== (b[k] ?? null)) return false;
  return true;
};

/** Writes rows and remembers what each write changed. */
export class ChangeRecorder {
  readonly changes: Change[] = [];

  constructor(private readonly writer: TableWriter) {}

  get(table: TableName, key: Row): Row | undefined {
    return this.writer.get(table, key);
  }

  insert(table: TableName, row: Row): void {
    this.writer.insert(table, row);
    this.changes.push({ t: table, b: null, a: this.writer.get(table, row) ?? row });
  }

  /** Writes the full row; a write that changes nothing is not recorded. */
  update(table: TableName, row: Row): void {
    const before = this.writer.get(table, row);
    if (!before) throw new Error(`update of a missing ${table} row`);
    const after = { ...before, ...row };
    if (sameRow(before, after)) return;
    this.writer.update(table, after);
    this.changes.push({ t: table, b: before, a: after });
  }

  delete(table: TableName, key: Row): void {
    const before = this.writer.get(table, key);
    if (!before) return;
    this.writer.delete(table, key);
    this.changes.push({ t: table, b: before, a: null });
  }
}

/** Replays a step's changes backwards (undo) or forwards (redo). */
export function replay(writer: TableWriter, changes: readonly Change[], direction: 'undo' | 'redo'): void {
  const ordered = direction === 'undo' ? [...changes].reverse() : changes;
  for (const c of ordered) {
    const from = direction === 'undo' ? c.a : c.b;
    const to = direction === 'undo' ? c.b : c.a;
    if (from === null && to !== null) writer.insert(c.t, to);
    else if (from !== null && to === null) writer.delete(c.t, from);
    else if (to !== null) writer.update(c.t, to);
  }
}

interface HistoryRow {
  seq: number;
  label_key: string;
  label_params: string;
  changes: string;
}

const toLabel = (row: Pick<HistoryRow, 'label_key' | 'label_params'>): HistoryLabel => ({
  key: row.label_key as MessageKey,
  params: LabelParamsSchema.parse(JSON.parse(row.label_params)),
});

/** One stored step as the history table holds it. */
export interface StoredStep {
  seq: number;
  /** on the redo stack */
  undone: boolean;
  label: HistoryLabel;
  changes: readonly Change[];
  /** when it was made (ISO 8601) */
  at: string;
}

/** Every stored step, oldest first: the undo stack from its bottom, then the redo stack. */
export function readSteps(db: Database.Database): StoredStep[] {
  const rows = db.prepare('SELECT seq, label_key, label_params, changes, undone, at FROM history ORDER BY seq').all() as Array<
    HistoryRow & { undone: number; at: string }
  >;
  return rows.map((r) => ({ seq: r.seq, undone: r.undone === 1, label: toLabel(r), changes: ChangesSchema.parse(JSON.parse(r.changes)), at: r.at }));
}

/** Writes a step's label and changes back in place, keeping its place in the stack and its time. */
export function rewriteStep(db: Database.Database, step: Pick<StoredStep, 'seq' | 'label' | 'changes'>): void {
  db.prepare('UPDATE history SET label_key = ?, label_params = ?, changes = ? WHERE seq = ?').run(
    step.label.key,
    JSON.stringify(step.label.params),
    JSON.stringify(step.changes),
    step.seq,
  );
}

export class History {
  private readonly writer: TableWriter;

  constructor(private readonly db: Database.Database) {
    this.writer = new TableWriter(db);
  }

  recorder(): ChangeRecorder {
    return new ChangeRecorder(this.writer);
  }

  /** Stores a finished step; a new step discards whatever could have been redone. */
  push(label: HistoryLabel, changes: readonly Change[]): void {
    if (changes.length === 0) return;
    this.db.prepare('DELETE FROM history WHERE undone = 1').run();
    this.db
      .prepare('INSERT INTO history (label_key, label_params, changes, at) VALUES (?, ?, ?, ?)')
      .run(label.key, JSON.stringify(label.params), JSON.stringify(changes), new Date().toISOString());
  }

  /** Undoes the latest step and returns what it wrote; null when there is none. Call inside a transaction. */
  undo(): readonly Change[] | null {
    const row = this.db
      .prepare('SELECT seq, label_key, label_params, changes FROM history WHERE undone = 0 ORDER BY seq DESC LIMIT 1')
      .get() as HistoryRow | undefined;
    if (!row) return null;
    const changes = ChangesSchema.parse(JSON.parse(row.changes));
    replay(this.writer, changes, 'undo');
    this.db.prepare('UPDATE history SET undone = 1 WHERE seq = ?').run(row.seq);
    return changes;
  }

  /** Redoes the step undone last and returns what it wrote; null when there is none. Call inside a transaction. */
  redo(): readonly Change[] | null {
    const row = this.db
      .prepare('SELECT seq, label_key, label_params, changes FROM history WHERE undone = 1 ORDER BY seq ASC LIMIT 1')
      .get() as HistoryRow | undefined;
    if (!row) return null;
    const changes = ChangesSchema.parse(JSON.parse(row.changes));
    replay(this.writer, changes, 'redo');
    this.db.prepare('UPDATE history SET undone = 0 WHERE seq = ?').run(row.seq);
    return changes;
  }

  state(): HistoryState {
    const counts = this.db
      .prepare('SELECT SUM(undone = 0) AS undo, SUM(undone = 1) AS redo FROM history')
      .get() as { undo: number | null; redo: number | null };
    const undo = this.db
      .prepare('SELECT label_key, label_params FROM history WHERE undone = 0 ORDER BY seq DESC LIMIT 1')
      .get() as HistoryRow | undefined;
    const redo = this.db
      .prepare('SELECT label_key, label_params FROM history WHERE undone = 1 ORDER BY seq ASC LIMIT 1')
      .get() as HistoryRow | undefined;
    return {
      undoCount: counts.undo ?? 0,
      redoCount: counts.redo ?? 0,
      undo: undo ? toLabel(undo) : null,
      redo: redo ? toLabel(redo) : null,
    };
  }
}
