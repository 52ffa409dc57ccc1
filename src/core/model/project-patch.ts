import type { Point, Positions, ProjectData } from './schema';

/**
 * What changed between two versions of a project, record by record. After an edit the engine
 * sends this instead of the whole project (3.6 MB at 2,000 actors and 10,000 ties), and the
 * renderer builds the new version from the one it has: records the edit did not touch keep their
 * identity, so the map and the tables redo only what changed.
 */
export interface RecordsPatch<T> {
  /** records that are new or changed, in the order the project now lists them */
  put: T[];
  removed: string[];
  /** every id in the project's order, when that order is not the old one with the new records appended */
  order?: string[];
}

/** The parts of a project sent record by record; the others are small and sent whole when changed. */
export type RecordCollection = 'actors' | 'memberships' | 'ties' | 'forums' | 'activities' | 'views';
type WholePart = 'meta' | 'settings' | 'codebooks' | 'waves';

/** Positions moved, placed or dropped, by actor id: a drag sends the actors it moved, not the map. */
export interface PositionsPatch {
  put: Record<string, Point>;
  removed: string[];
}

export type ProjectPatch = { [K in WholePart]?: ProjectData[K] } & {
  [K in RecordCollection]?: RecordsPatch<ProjectData[K][number]>;
} & { positions?: PositionsPatch };

/** Structural equality of JSON values (objects, arrays, strings, numbers, booleans, null). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!Object.hasOwn(b, k) || !sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/** The old order without the removed records, followed by the new ones as they are listed in `put`. */
function impliedOrder(before: readonly string[], removed: ReadonlySet<string>, added: readonly string[]): string[] {
  const out: string[] = [];
  for (const id of before) if (!removed.has(id)) out.push(id);
  for (const id of added) out.push(id);
  return out;
}

function diffRecords<T extends { id: string }>(prev: readonly T[], next: readonly T[]): RecordsPatch<T> | undefined {
  if (prev === next) return undefined;
  const before = new Map<string, T>();
  for (const r of prev) before.set(r.id, r);
  const put: T[] = [];
  const added: string[] = [];
  const present = new Set<string>();
  for (const r of next) {
    present.add(r.id);
    const old = before.get(r.id);
    if (old === undefined) added.push(r.id);
    if (old === undefined || !sameJson(old, r)) put.push(r);
  }
  const removed = prev.filter((r) => !present.has(r.id)).map((r) => r.id);
  const implied = impliedOrder(
    prev.map((r) => r.id),
    new Set(removed),
    added,
  );
  const reordered = implied.length !== next.length || next.some((r, i) => r.id !== implied[i]);
  if (put.length === 0 && removed.length === 0 && !reordered) return undefined;
  return { put, removed, ...(reordered ? { order: next.map((r) => r.id) } : {}) };
}

/**
 * The patch that turns `prev` into `next`. Records are compared by content (identity first, so a
 * version built from the last one by `applyProjectPatch` or the store's reader costs a pointer
 * comparison per record).
 */
export function diffProjectData(prev: ProjectData, next: ProjectData): ProjectPatch {
  const patch: ProjectPatch = {};
  if (!sameJson(prev.meta, next.meta)) patch.meta = next.meta;
  if (!sameJson(prev.settings, next.settings)) patch.settings = next.settings;
  if (!sameJson(prev.codebooks, next.codebooks)) patch.codebooks = next.codebooks;
  if (!sameJson(prev.waves, next.waves)) patch.waves = next.waves;
  const actors = diffRecords(prev.actors, next.actors);
  if (actors) patch.actors = actors;
  const memberships = diffRecords(prev.memberships, next.memberships);
  if (memberships) patch.memberships = memberships;
  const ties = diffRecords(prev.ties, next.ties);
  if (ties) patch.ties = ties;
  const forums = diffRecords(prev.forums, next.forums);
  if (forums) patch.forums = forums;
  const activities = diffRecords(prev.activities, next.activities);
  if (activities) patch.activities = activities;
  const views = diffRecords(prev.views, next.views);
  if (views) patch.views = views;
  const positions = diffPositions(prev.positions, next.positions);
  if (positions) patch.positions = positions;
  return patch;
}

function diffPositions(prev: Positions, next: Positions): PositionsPatch | undefined {
  if (prev === next) return undefined;
  const put: Array<[string, Point]> = [];
  for (const [id, p] of Object.entries(next)) {
    const old = Object.hasOwn(prev, id) ? prev[id] : undefined;
    if (old === undefined || old.x !== p.x || old.y !== p.y) put.push([id, p]);
  }
  const removed = Object.keys(prev).filter((id) => !Object.hasOwn(next, id));
  return put.length > 0 || removed.length > 0 ? { put: Object.fromEntries(put), removed } : undefined;
}

function applyPositions(prev: Positions, patch: PositionsPatch | undefined): Positions {
  if (!patch) return prev;
  const removed = new Set(patch.removed);
  for (const id of removed) if (!Object.hasOwn(prev, id)) throw new PatchMismatch(`no position of ${id} to remove`);
  // entries, not assignment: an actor may be called "__proto__"
  return Object.fromEntries([...Object.entries(prev).filter(([id]) => !removed.has(id)), ...Object.entries(patch.put)]);
}

/** Thrown when a patch does not fit the version it is applied to: the caller reloads the whole project. */
export class PatchMismatch extends Error {}

function applyRecords<T extends { id: string }>(prev: readonly T[], patch: RecordsPatch<T> | undefined): T[] {
  if (!patch) return prev as T[];
  const byId = new Map<string, T>();
  for (const r of prev) byId.set(r.id, r);
  const removed = new Set(patch.removed);
  const added: string[] = [];
  for (const r of patch.put) {
    if (!byId.has(r.id)) added.push(r.id);
    byId.set(r.id, r);
  }
  for (const id of removed) if (!byId.delete(id)) throw new PatchMismatch(`no record ${id} to remove`);
  const order =
    patch.order ??
    impliedOrder(
      prev.map((r) => r.id),
      removed,
      added,
    );
  if (order.length !== byId.size) throw new PatchMismatch('the order does not list every record');
  const seen = new Set<string>();
  return order.map((id) => {
    const r = byId.get(id);
    if (r === undefined || seen.has(id)) throw new PatchMismatch(`no record ${id}, or listed twice`);
    seen.add(id);
    return r;
  });
}

/** The version `patch` describes, built from `prev`; what it does not change is shared with `prev`. */
export function applyProjectPatch(prev: ProjectData, patch: ProjectPatch): ProjectData {
  return {
    meta: patch.meta ?? prev.meta,
    settings: patch.settings ?? prev.settings,
    codebooks: patch.codebooks ?? prev.codebooks,
    waves: patch.waves ?? prev.waves,
    actors: applyRecords(prev.actors, patch.actors),
    memberships: applyRecords(prev.memberships, patch.memberships),
    ties: applyRecords(prev.ties, patch.ties),
    forums: applyRecords(prev.forums, patch.forums),
    activities: applyRecords(prev.activities, patch.activities),
    positions: applyPositions(prev.positions, patch.positions),
    views: applyRecords(prev.views, patch.views),
  };
}

/** `next`, with every record that equals the one of its id in `prev` replaced by that one. */
export function shareRecords<T extends { id: string }>(prev: readonly T[], next: readonly T[]): T[] {
  const before = new Map<string, T>();
  for (const r of prev) before.set(r.id, r);
  return next.map((r) => {
    const old = before.get(r.id);
    return old !== undefined && sameJson(old, r) ? old : r;
  });
}

/** `next`, with every part and record that equals its counterpart in `prev` replaced by that counterpart. */
export function shareUnchanged(prev: ProjectData, next: ProjectData): ProjectData {
  return applyProjectPatch(prev, diffProjectData(prev, next));
}

/**
 * Freezes a JSON value and everything in it. Versions of a project share their records, so a
 * record changed in place would change every version that holds it; frozen, such a write throws.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
