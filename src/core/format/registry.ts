import { UserError } from '../errors';
import type { Language } from '../i18n/catalogue';
import type { AnalysisResult } from '../analysis/analyze';
import type { ProjectData } from '../model/schema';
import { decodeText, encodeText, xmlDeclaredEncoding } from '../text/decode';
import { EXTENSION_OF, sniffFormat, type FileBytes, type FormatId } from './files';
import { decodeGexf, encodeGexf } from './gexf';
import { decodeGraphml, encodeGraphml } from './graphml';
import { decodePajek, encodePajek } from './pajek';
import { decodeProjectJson, encodeProjectJson } from './project-json';
import { csvSheet } from './tables/csv-sheets';
import type { ImportMapping } from './tables/mapping';
import { pythonScript, rScript } from './tables/r-python-scripts';
import { readTables } from './tables/read-tables';
import { suggestMapping } from './tables/suggest';
import { writeCsvSet } from './tables/write-csv';
import { writeXlsx } from './tables/write-xlsx';
import { decodeDl, encodeDl } from './ucinet-dl';

/**
 * Every format's reader and writer behind one shape, so the CLI, the engine and the import
 * wizard treat them alike: files as bytes in, a project out; a project in, files out. Readers
 * check the rules of a valid project (src/core/rules) before they return, and refuse a file
 * with every problem found, named by file, sheet, row and column.
 */
export interface ReadOptions {
  /** how a table file's columns and values map onto the model (the wizard's choices) */
  mapping?: ImportMapping;
}

export interface WriteOptions {
  /** the language the files' own labels are written in (headers of explanation, sheet names) */
  lang: Language;
  /** the analysis of the project, for formats that carry measures beside the data */
  analysis?: AnalysisResult | null;
  /** CSV as Danish Excel opens it: `;` between values, a decimal comma */
  danishExcel?: boolean;
  /** the name the written files are called by (without extension) */
  baseName: string;
  /** with a CSV set: `load_network.R` and `load_network.py`, which load it into R and Python */
  scripts?: boolean;
}

export interface Codec {
  id: FormatId;
  /** reads one input (one file, or the files of a CSV set) */
  read?: (files: readonly FileBytes[], opts: ReadOptions) => Promise<ProjectData>;
  /** writes a project as one file, or several (a CSV set) */
  write?: (data: ProjectData, opts: WriteOptions) => Promise<FileBytes[]>;
}

const text = (file: FileBytes, xml = false) => decodeText(file.bytes, file.name, xml ? xmlDeclaredEncoding(file.bytes) : undefined).text;
const only = (files: readonly FileBytes[], format: FormatId): FileBytes => {
  const [first, ...rest] = files;
  if (!first || rest.length > 0) throw new UserError('invalid', 'errors.badArgument', { name: format, detail: files.map((f) => f.name).join(', ') });
  return first;
};

export const CODECS: Record<FormatId, Codec> = {
  json: {
    id: 'json',
    read: (files) => Promise.resolve(decodeProjectJson(text(only(files, 'json')), only(files, 'json').name)),
    write: (data, opts) => Promise.resolve([{ name: `${opts.baseName}${EXTENSION_OF.json}`, bytes: encodeText(encodeProjectJson(data)) }]),
  },
  csv: {
    id: 'csv',
    read: async (files, opts) => {
      if (opts.mapping || files.length === 1) {
        const read = await readTables(files, 'csv', opts.mapping);
        // a header without rows is no network: say so, rather than import nothing
        if (read.actors.length === 0) throw new UserError('invalid', 'tables.noTables', { file: files.map((f) => f.name).join(', ') });
        return read;
      }
      // a folder: each file is the table its name says (actors.csv, relationer.csv, …)
      const folder = (files[0]?.name ?? '').replace(/[\\/][^\\/]*$/, '');
      const suggested = suggestMapping(files.map(csvSheet));
      // ties alone are an edge list whose ends become the actors; a folder of nothing is not a network
      const read = suggested.tables.actors || suggested.tables.ties ? await readTables(files, 'csv', suggested) : null;
      if (read && read.actors.length > 0) return read;
      throw new UserError('not-found', 'fieldData.missingCsvFile', { folder, file: 'actors.csv' });
    },
    write: (data, opts) => {
      const danishExcel = Boolean(opts.danishExcel);
      const set = writeCsvSet(data, { danishExcel });
      if (!opts.scripts) return Promise.resolve(set);
      return Promise.resolve([
        ...set,
        { name: 'load_network.R', bytes: encodeText(rScript({ danishExcel })) },
        { name: 'load_network.py', bytes: encodeText(pythonScript({ danishExcel })) },
      ]);
    },
  },
  xlsx: {
    id: 'xlsx',
    read: (files, opts) => readTables(files, 'xlsx', opts.mapping),
    write: async (data, opts) => [{ name: `${opts.baseName}${EXTENSION_OF.xlsx}`, bytes: await writeXlsx(data, { lang: opts.lang, analysis: opts.analysis ?? null }) }],
  },
  graphml: {
    id: 'graphml',
    read: (files) => Promise.resolve(decodeGraphml(text(only(files, 'graphml'), true), only(files, 'graphml').name)),
    write: (data, opts) => Promise.resolve([{ name: `${opts.baseName}${EXTENSION_OF.graphml}`, bytes: encodeText(encodeGraphml(data)) }]),
  },
  gexf: {
    id: 'gexf',
    read: (files) => Promise.resolve(decodeGexf(text(only(files, 'gexf'), true), only(files, 'gexf').name)),
    write: (data, opts) => Promise.resolve([{ name: `${opts.baseName}${EXTENSION_OF.gexf}`, bytes: encodeText(encodeGexf(data)) }]),
  },
  pajek: {
    id: 'pajek',
    read: (files) => Promise.resolve(decodePajek(text(only(files, 'pajek')), only(files, 'pajek').name)),
    write: (data, opts) =>
      Promise.resolve(encodePajek(data, { baseName: opts.baseName, lang: opts.lang }).map((f) => ({ name: f.name, bytes: encodeText(f.text) }))),
  },
  ucinet: {
    id: 'ucinet',
    read: (files) => Promise.resolve(decodeDl(text(only(files, 'ucinet')), only(files, 'ucinet').name)),
    write: (data, opts) => {
      const { network, memberships } = encodeDl(data);
      const files: FileBytes[] = [{ name: `${opts.baseName}${EXTENSION_OF.ucinet}`, bytes: encodeText(network) }];
      // a two-mode file beside the network, as UCINET keeps affiliations apart from ties
      if (memberships !== null) files.push({ name: `${opts.baseName}-memberships${EXTENSION_OF.ucinet}`, bytes: encodeText(memberships) });
      return Promise.resolve(files);
    },
  },
};

/**
 * Refuses a file whose bytes show another format than the one it is read as ("this is a GEXF
 * file, not GraphML"), before its reader gets confused by it.
 */
export function checkFormatOf(file: FileBytes, expected: FormatId): void {
  const shown = sniffFormat(file.bytes);
  if (shown !== undefined && shown !== expected)
    throw new UserError('invalid', 'errors.wrongFormat', { file: file.name, shown: `$t(formats.${shown})`, expected: `$t(formats.${expected})` });
}
