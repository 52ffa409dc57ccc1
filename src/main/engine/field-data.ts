import { readdirSync, statSync, type Stats } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { decodeCsvSet, type CsvFile } from '../../core/format/csv-set';
import { decodeGraphml } from '../../core/format/graphml';
import { UserError } from '../../core/errors';
import type { ProjectData } from '../../core/model/schema';
import { readProjectJson } from './json-files';
import { readTextFile } from './text-files';
import { ioError, isErrno, PROJECT_EXTENSION } from './project-file';
import { ProjectStore } from './project-store';

export type NetworkKind = 'project' | 'json' | 'graphml' | 'csv';

export interface Network {
  data: ProjectData;
  kind: NetworkKind;
}

const CSV_FILES = ['actors', 'ties', 'memberships'] as const;

/** A folder of CSV files: actors.csv, and ties.csv and memberships.csv when present (any case). */
function readCsvFolder(folder: string): ProjectData {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch (e) {
    throw ioError(folder, 'read', e);
  }
  const find = (name: string) => {
    const wanted = `${name}.csv`;
    return entries.find((e) => e === wanted) ?? entries.find((e) => e.toLowerCase() === wanted);
  };
  const read = (name: string): CsvFile | undefined => {
    const entry = find(name);
    return entry === undefined ? undefined : { name: entry, text: readTextFile(join(folder, entry), { name: join(basename(folder), entry) }) };
  };
  const [actors, ties, memberships] = CSV_FILES.map(read);
  if (!actors) throw new UserError('not-found', 'fieldData.missingCsvFile', { folder, file: 'actors.csv' });
  const data = decodeCsvSet({ actors, ...(ties ? { ties } : {}), ...(memberships ? { memberships } : {}) });
  const name = basename(folder).slice(0, 300).trim();
  return name === '' ? data : { ...data, meta: { ...data.meta, name } };
}

function readProjectFile(path: string): ProjectData {
  const store = ProjectStore.open(path, { readonly: true });
  try {
    return store.read();
  } finally {
    store.close();
  }
}

/**
 * Reads a network from whatever the researcher has: a Brobygger project (opened read-only and
 * closed again), the project JSON format, GraphML, or a folder of CSV files. Nothing is
 * written; the caller decides whether the result becomes a project or is only analysed.
 */
export function readNetwork(path: string): Network {
  const target = resolve(path);
  let stats: Stats;
  try {
    stats = statSync(target);
  } catch (e) {
    if (isErrno(e, 'ENOENT') || isErrno(e, 'ENOTDIR')) throw new UserError('not-found', 'errors.notFound', { file: path });
    throw ioError(path, 'read', e);
  }
  if (stats.isDirectory()) return { data: readCsvFolder(target), kind: 'csv' };
  const file = basename(target);
  switch (extname(target).toLowerCase()) {
    case '.graphml':
    case '.xml':
      return { data: decodeGraphml(readTextFile(target, { xml: true }), file), kind: 'graphml' };
    case '.json':
      return { data: readProjectJson(target), kind: 'json' };
    case PROJECT_EXTENSION:
      return { data: readProjectFile(target), kind: 'project' };
    default:
      throw new UserError('unsupported', 'errors.unsupportedFile', { file });
  }
}
