import { mkdirSync, readdirSync, statSync, type Stats } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { UserError } from '../../core/errors';
import { EXTENSION_OF, formatOfName, FORMAT_IDS, type FileBytes, type FormatId } from '../../core/format/files';
import { checkFormatOf, CODECS, type WriteOptions } from '../../core/format/registry';
import type { ImportMapping } from '../../core/format/tables/mapping';
import { tableByName } from '../../core/format/tables/suggest';
import { readSurvey } from '../../core/format/tables/read-survey';
import type { NameEntry } from '../../core/import/name-groups';
import { PLANNED, tablesWithRecords, type ImportPlan, type PlannedCollection } from '../../core/import/plan';
import { resolveSurvey } from '../../core/import/resolve-names';
import { recordPlaces, type RecordPlaces } from '../../core/format/field-common';
import type { ProjectData } from '../../core/model/schema';
import { pseudonymise, type PseudonymKeyEntry, type PseudonymOptions } from '../../core/privacy/pseudonymise';
import { writeFileAtomic } from './atomic-write';
import { ioError, isErrno, PROJECT_EXTENSION } from './project-file';
import { ProjectStore } from './project-store';
import { readFileBytes } from './text-files';
import { checkWriteTarget } from './write-target';

/**
 * Field data in and out of the engine: a path (a file, or a folder of CSV files) read into a
 * project by its format's codec, and a project written to a path in a format. The format is the
 * one asked for, else the one the extension names; a folder is a CSV set.
 */

export interface InputOptions {
  format?: FormatId;
  mapping?: ImportMapping;
  /** the project a survey's names are matched against; null or absent: a new project, with no actors */
  into?: ProjectData | null;
  /** a survey's names that are not exact matches: suggestions taken, the rest new (`--match-names`) */
  matchNames?: boolean;
}

export interface Input {
  data: ProjectData;
  format: FormatId | 'project';
  /** the file or folder's name, for messages and history labels */
  name: string;
  /** the tables the input has, for an update by id that leaves the others alone */
  tables: Set<PlannedCollection>;
  /** where each record was read from, for naming what the project refuses by sheet and row */
  places?: RecordPlaces;
  /** for a survey (a roster or a name generator): every name in it and what it became */
  names?: NameEntry[];
  /** for a survey: the rows left out because a name in them is skipped */
  skippedRows?: number;
}

/** What a survey adds: actors, their ties and memberships, and the waves they are in; nothing is changed or removed. */
const SURVEY_ADDS: ReadonlySet<PlannedCollection> = new Set(['waves', 'actors', 'memberships', 'ties']);

const statOf = (path: string): Stats => {
  try {
    return statSync(path);
  } catch (e) {
    if (isErrno(e, 'ENOENT') || isErrno(e, 'ENOTDIR')) throw new UserError('not-found', 'errors.notFound', { file: path });
    throw ioError(path, 'read', e);
  }
};

/** The files of a CSV set: every `.csv` file in the folder, named with the folder, as problems name them. */
function csvFolder(folder: string): FileBytes[] {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch (e) {
    throw ioError(folder, 'read', e);
  }
  return entries
    .filter((e) => e.toLowerCase().endsWith('.csv'))
    .sort()
    .map((e) => ({ name: join(basename(folder), e), bytes: readFileBytes(join(folder, e)) }));
}

const FORMAT_LIST = [...FORMAT_IDS.map((f) => EXTENSION_OF[f]), PROJECT_EXTENSION].join(', ');

/** The files of an input, before they are read: one file, or a folder's CSV files. */
export interface InputFiles {
  /** the file or folder's name, for messages and history labels */
  name: string;
  format: FormatId;
  files: FileBytes[];
  /** a folder of CSV files, whose tables are the files it has */
  folder: boolean;
}

/**
 * The files of field data given as bytes (a file or a folder dropped on the window, whose path
 * the page cannot know), with the format asked for or their name's.
 */
export function inputFilesOf(name: string, files: FileBytes[], folder: boolean, format?: FormatId): InputFiles {
  if (folder) {
    if (format !== undefined && format !== 'csv') throw new UserError('unsupported', 'errors.folderIsCsv', { file: name, format: `$t(formats.${format})` });
    const csv = files.filter((f) => f.name.toLowerCase().endsWith('.csv'));
    if (csv.length === 0) throw new UserError('not-found', 'fieldData.missingCsvFile', { folder: name, file: 'actors.csv' });
    return { name, format: 'csv', files: csv, folder: true };
  }
  const [file] = files;
  const chosen = format ?? formatOfName(name);
  if (chosen === undefined || !file) throw new UserError('unsupported', 'errors.unsupportedFile', { file: name, formats: FORMAT_LIST });
  if (chosen !== 'csv') checkFormatOf(file, chosen);
  return { name, format: chosen, files: [file], folder: false };
}

/** The files of field data at a path (a file, or a folder of CSV files), not yet read. */
export function inputFilesAt(path: string, format?: FormatId): InputFiles {
  const target = resolve(path);
  const stats = statOf(target);
  const name = basename(target);
  if (stats.isDirectory()) {
    const named = formatOfName(name);
    // a folder called "data.json" is not the JSON file it looks like
    if (format === undefined && named !== undefined && named !== 'csv')
      throw new UserError('unsupported', 'errors.notAFile', { file: name, reason: '$t(errors.reasonDirectory)' });
    if (format !== undefined && format !== 'csv') throw new UserError('unsupported', 'errors.folderIsCsv', { file: name, format: `$t(formats.${format})` });
    const files = csvFolder(target);
    if (files.length === 0) throw new UserError('not-found', 'fieldData.missingCsvFile', { folder: target, file: 'actors.csv' });
    return { name, format: 'csv', files, folder: true };
  }
  return inputFilesOf(name, [{ name, bytes: readFileBytes(target) }], false, format);
}

/** Reads an input's files into a project, without writing anything. */
export async function readFiles(input: InputFiles, opts: InputOptions = {}): Promise<Input> {
  const { name, format, files } = input;
  // a folder with actors.csv is a CSV set by id, whatever else lies beside it
  const byId = !opts.mapping && input.folder && files.some((f) => basename(f.name).toLowerCase() === 'actors.csv');
  const survey = (format === 'csv' || format === 'xlsx') && !byId ? await readSurvey(files, format, opts.mapping) : null;
  if (survey) {
    const resolved = resolveSurvey(survey, opts.into ?? null, opts.matchNames ? 'match' : 'strict');
    const folderName = input.folder ? name.slice(0, 300).trim() : '';
    const data = folderName === '' ? resolved.data : { ...resolved.data, meta: { ...resolved.data.meta, name: folderName } };
    return { data, format, name, tables: new Set(SURVEY_ADDS), names: resolved.names, skippedRows: resolved.skippedRows };
  }
  const data = await readWith(format, files, opts, name);
  const placed = recordPlaces(data);
  const places = placed ? { places: placed } : {};
  // the tables the file has, even empty ones (an empty ties sheet removes every tie with
  // --remove-missing): as the mapping says, else by the files' names (ties.csv, relationer.csv)
  const named = new Set<string>(
    opts.mapping ? Object.keys(opts.mapping.tables) : input.folder ? files.flatMap((f) => tableByName(basename(f.name)) ?? []) : [],
  );
  const tables = format === 'json' ? new Set(PLANNED) : new Set([...PLANNED.filter((t) => named.has(t)), ...tablesWithRecords(data)]);
  if (input.folder) {
    const folderName = name.slice(0, 300).trim();
    return { data: folderName === '' ? data : { ...data, meta: { ...data.meta, name: folderName } }, format, name, tables, ...places };
  }
  return { data, format, name, tables, ...places };
}

/**
 * Checks an input's plan against the project it goes into, as the import itself would, writing
 * nothing; what the project refuses (an id it already has, an actor it lacks) is named by the
 * file's sheet, row and column where the reader kept them.
 */
export function checkPlanned(store: ProjectStore, input: Input, plan: ImportPlan): void {
  try {
    store.checkImport(plan.commands, plan.targets, input.name);
  } catch (e) {
    const places = input.places;
    if (!(e instanceof UserError) || !places || e.problems.length === 0) throw e;
    const problems = e.problems.map((p) => {
      const [collection, ...path] = p.path;
      const at = typeof collection === 'string' && p.id !== undefined ? places.placeOf(collection, p.id, path) : undefined;
      return at ? { ...p, at } : p;
    });
    throw new UserError(e.code, e.key, e.params, problems);
  }
}

/** Reads field data or a project from a path, without writing anything. */
export async function readInput(path: string, opts: InputOptions = {}): Promise<Input> {
  const target = resolve(path);
  if (opts.format === undefined && extname(target).toLowerCase() === PROJECT_EXTENSION && !statOf(target).isDirectory()) {
    const store = ProjectStore.open(target, { readonly: true });
    try {
      const data = store.read();
      return { data, format: 'project', name: basename(target), tables: new Set(PLANNED) };
    } finally {
      store.close();
    }
  }
  return readFiles(inputFilesAt(target, opts.format), opts);
}

function readWith(format: FormatId, files: readonly FileBytes[], opts: InputOptions, name: string): Promise<ProjectData> {
  const read = CODECS[format].read;
  if (!read) throw new UserError('unsupported', 'errors.cannotRead', { file: name, format: `$t(formats.${format})` });
  return read(files, opts.mapping ? { mapping: opts.mapping } : {});
}

export interface OutputOptions extends Omit<WriteOptions, 'baseName'> {
  format?: FormatId;
  /** persons (and organisations, when asked) by their codes, and no text written about them */
  pseudonymise?: PseudonymOptions | null;
  /** the actors' codes (the store's `pseudonyms`), needed when pseudonymising */
  codes?: ReadonlyMap<string, string>;
  /** where the key linking codes to names goes; nowhere unless given */
  keyFile?: string;
  /** the project's own file, which an export must never overwrite */
  projectPath?: string;
}

export interface Output {
  format: FormatId;
  /** every file written, the key file last when there is one */
  written: string[];
}

/** The format a destination asks for: given, else by extension; a folder, or a name without one, is a CSV set. */
export function formatOfTarget(to: string, given?: FormatId): FormatId {
  if (given !== undefined) return given;
  const target = resolve(to);
  if (to.endsWith('/') || to.endsWith('\\') || isFolder(target) || extname(target) === '') return 'csv';
  const format = formatOfName(basename(target));
  if (format === undefined) throw new UserError('unsupported', 'errors.unsupportedFile', { file: basename(target), formats: FORMAT_LIST });
  return format;
}

const isFolder = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

const keyFileText = (key: readonly PseudonymKeyEntry[]) =>
  // a CSV both Excel and R read: the code first, then what it stands for
  `code,id,label,kind\n${key.map((k) => [k.code, k.id, k.label, k.kind].map(csvCell).join(',')).join('\n')}\n`;
const csvCell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Writes a project to a path in a format; every file is written whole or not at all. */
export async function writeOutput(data: ProjectData, to: string, opts: OutputOptions): Promise<Output> {
  if (opts.projectPath !== undefined && resolve(to) === resolve(opts.projectPath))
    throw new UserError('conflict', 'errors.exportOverProject', { file: basename(to) });
  const format = formatOfTarget(to, opts.format);
  const write = CODECS[format].write;
  if (opts.scripts && format !== 'csv')
    throw new UserError('invalid', 'errors.badArgument', { name: '--with-scripts', detail: '$t(tablesWrite.scriptsNeedCsv)' });
  // a CSV set is a folder: `--to net.csv` writes the set in a folder `net` beside it
  const asked = resolve(to);
  const target = format === 'csv' && extname(asked).toLowerCase() === '.csv' && !isFolder(asked) ? asked.slice(0, -4) : asked;
  if (!write) throw new UserError('unsupported', 'errors.cannotWrite', { file: basename(target), format: `$t(formats.${format})` });
  const pseudo = opts.pseudonymise ? pseudonymise(data, opts.codes ?? new Map(), opts.pseudonymise) : null;
  const baseName = format === 'csv' ? basename(target) : basename(target, extname(target));
  const files = await write(pseudo?.data ?? data, { ...opts, baseName });
  const written: string[] = [];
  const folder = format === 'csv' ? target : resolve(target, '..');
  if (format === 'csv' && !isFolder(folder)) {
    // a new folder for the set, in a folder that exists
    checkWriteTarget(folder, 'actors.csv');
    mkdirSync(folder);
  }
  for (const file of files) {
    const path = format === 'csv' || files.length > 1 ? join(folder, basename(file.name)) : target;
    if (opts.projectPath !== undefined && resolve(path) === resolve(opts.projectPath))
      throw new UserError('conflict', 'errors.exportOverProject', { file: basename(path) });
    checkWriteTarget(path, basename(file.name));
    writeFileAtomic(path, file.bytes, basename(file.name));
    written.push(path);
  }
  if (pseudo && opts.keyFile !== undefined) {
    const keyPath = resolve(opts.keyFile);
    checkWriteTarget(keyPath, 'key.csv');
    writeFileAtomic(keyPath, keyFileText(pseudo.key), 'key.csv');
    written.push(keyPath);
  }
  return { format, written };
}
