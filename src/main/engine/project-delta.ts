import type { ProjectData } from '../../core/model/schema';

/**
 * A version of a project told as what changed from the one before, for the analysis thread,
 * which keeps the version it was last sent. Copying a whole 20,000-actor project to the thread
 * took 0.7–1.8 s per edit (most of the wait for that edit's findings); an edit changes a few
 * records. The store's versions share every record an edit left alone (ProjectStore.read), so
 * "unchanged" is "the same object", and a list is sent as the old positions of the records it
 * kept, with only the new records themselves.
 */
export type ProjectDelta = {
  [K in keyof ProjectData]?: ProjectData[K] extends ReadonlyArray<infer T> ? { list: Array<number | Fresh<T>> } : { value: ProjectData[K] };
};

/** a record the old version did not have, boxed so that it is never taken for a position */
interface Fresh<T> {
  record: T;
}

export function projectDelta(old: ProjectData, next: ProjectData): ProjectDelta {
  const delta: Record<string, unknown> = {};
  for (const key of Object.keys(next) as Array<keyof ProjectData>) {
    const before: unknown = old[key];
    const after: unknown = next[key];
    if (before === after) continue;
    if (Array.isArray(before) && Array.isArray(after)) {
      const at = new Map<unknown, number>();
      before.forEach((record: unknown, i) => at.set(record, i));
      delta[key] = { list: after.map((record: unknown) => at.get(record) ?? { record }) };
    } else delta[key] = { value: after };
  }
  return delta;
}

export function applyProjectDelta(old: ProjectData, delta: ProjectDelta): ProjectData {
  const next: Record<string, unknown> = { ...old };
  for (const [key, change] of Object.entries(delta) as Array<[keyof ProjectData, { list: Array<number | Fresh<unknown>> } | { value: unknown }]>) {
    if ('value' in change) next[key] = change.value;
    else {
      const before = old[key] as readonly unknown[];
      next[key] = change.list.map((x) => (typeof x === 'number' ? before[x] : x.record));
    }
  }
  return next as ProjectData;
}
