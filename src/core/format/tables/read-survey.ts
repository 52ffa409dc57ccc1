import { UserError } from '../../errors';
import type { SourcePlace } from '../../problems';
import { Problems, readConfidence, readWaves, type AttributeValue, type ElementSource } from '../field-common';
import type { FileBytes } from '../files';
import { attributeColumns, readTable, RowReader, type Table } from './decode-tables';
import type { ImportMapping, TableKind } from './mapping';
import { sheetsOf } from './read-tables';
import { sourceOf, type Sheet } from './sheet';
import { suggestMapping } from './suggest';
import { NOMINATION_COLUMNS, ROSTER_COLUMNS, SURVEY_TABLES } from './survey-columns';

/**
 * A survey read from its sheets, before any name in it means an actor: a name generator (one row
 * per respondent and contact they named) and a roster (one row per person and organisation).
 * Names are kept as written; what they become is decided against a project's actors by
 * `resolveSurvey` (src/core/import). Problems with the sheets' columns refuse the file at once;
 * problems with a row's values are collected in `problems`, which the resolver adds its own to
 * before it refuses the file with all of them.
 */

/** A name as a row writes it, and where: the row and the column it is in. */
export interface WrittenName {
  text: string;
  source: ElementSource;
  /** the model field the column fills (`respondent`, `contact`, `organisation`, …) */
  field: string;
}

export interface NominationRow {
  source: ElementSource;
  respondent: WrittenName;
  contact: WrittenName;
  respondentOrganisation: WrittenName;
  contactOrganisation: WrittenName;
  /** the relationship's type as written (mapped by the mapping's values), '' for none */
  type: string;
  strength: number | null;
  /** null: the default (a nomination points from respondent to contact) */
  directed: boolean | null;
  evidence: { source: string; quote: string; confidence: string | null };
  notes: string;
  waves: string[];
  attributes: Record<string, AttributeValue>;
}

export interface RosterRow {
  source: ElementSource;
  name: WrittenName;
  organisation: WrittenName;
  /** the role as written, '' for none */
  role: string;
  /** the person's sector as written, '' for none */
  sector: string;
  notes: string;
  waves: string[];
  attributes: Record<string, AttributeValue>;
}

export interface SurveyRead {
  /** the files read, for naming them in messages */
  label: string;
  /** a name for a project that starts as this survey */
  name: string;
  mapping: ImportMapping;
  roster: RosterRow[];
  nominations: NominationRow[];
  /** what was wrong with the rows' values; not yet thrown, so names can still be reviewed */
  problems: Problems;
}

/** Whether a mapping reads a survey (a roster or a name generator). */
export const isSurveyMapping = (mapping: ImportMapping): boolean => SURVEY_TABLES.some((t) => mapping.tables[t] !== undefined);

/** The tables a survey is read with; other tables are imported by id, in an import of their own. */
function othersOf(mapping: ImportMapping): TableKind[] {
  return (Object.keys(mapping.tables) as TableKind[]).filter((t) => !(SURVEY_TABLES as readonly TableKind[]).includes(t));
}

function sheetOf(sheets: readonly Sheet[], source: string, label: string): Sheet {
  const wanted = source.trim().toLocaleLowerCase('da');
  const found = sheets.find((s) => sourceOf(s).toLocaleLowerCase('da') === wanted || s.file.toLocaleLowerCase('da') === wanted);
  if (!found) throw new UserError('invalid', 'tables.unknownSheet', { source, found: sheets.map(sourceOf).join(', ') || '–', file: label });
  return found;
}

const spaced = (names: readonly string[]) => names.slice(0, 3).map((n) => `"${n.replace(/_/g, ' ')}"`).join('/');

/** A name generator's header must name whom the respondent named: a person, or an organisation. */
function requireContact(table: Table, sheet: Sheet, problems: Problems): void {
  if (table.fields.has('contact') || table.fields.has('contactOrganisation')) return;
  const names = (field: string) => spaced(NOMINATION_COLUMNS.find((c) => c.field === field)?.names ?? [field]);
  const inFile: SourcePlace = sheet.sheet === undefined ? { file: sheet.file } : { file: sheet.file, sheet: sheet.sheet };
  const found = table.header.filter((h) => h !== '').join(', ') || '–';
  problems.add([1, 0], inFile, 'names.missingContact', { contact: names('contact'), organisation: names('contactOrganisation'), found });
}

const written = (r: RowReader, field: string): WrittenName => ({ text: r.text(field), source: r.source, field });

function nominationRows(table: Table, problems: Problems): NominationRow[] {
  const attributes = attributeColumns(table);
  return table.rows.map((row, i) => {
    const r = new RowReader(table, row, [], problems);
    const directed = r.text('directed');
    return {
      source: r.source,
      respondent: written(r, 'respondent'),
      contact: written(r, 'contact'),
      respondentOrganisation: written(r, 'respondentOrganisation'),
      contactOrganisation: written(r, 'contactOrganisation'),
      type: r.text('type'),
      strength: r.number('strength'),
      directed: directed === '' ? null : r.boolean('directed', true),
      evidence: { source: r.text('evidence.source'), quote: r.raw('evidence.quote'), confidence: r.word('evidence.confidence', readConfidence) },
      notes: r.raw('notes'),
      waves: readWaves(r.text('waves')),
      attributes: Object.fromEntries(attributes.map((c) => [c.name, c.values[i] ?? null])),
    };
  });
}

function rosterRows(table: Table, problems: Problems): RosterRow[] {
  const attributes = attributeColumns(table);
  return table.rows.map((row, i) => {
    const r = new RowReader(table, row, [], problems);
    return {
      source: r.source,
      name: written(r, 'name'),
      organisation: written(r, 'organisation'),
      role: r.text('role'),
      sector: r.text('sector'),
      notes: r.raw('notes'),
      waves: readWaves(r.text('waves')),
      attributes: Object.fromEntries(attributes.map((c) => [c.name, c.values[i] ?? null])),
    };
  });
}

/**
 * The survey in a file of tables, read through the mapping given (else the one suggested; a
 * mapping of decisions on names alone takes the tables suggested), or null when the mapping reads
 * no survey table. A survey is imported on its own: a mapping that
 * also reads tables by id is refused, naming them.
 */
export async function readSurvey(files: readonly FileBytes[], format: 'csv' | 'xlsx', given?: ImportMapping): Promise<SurveyRead | null> {
  // a mapping of no tables (only decisions on names) reads the tables suggested
  const tablesGiven = given !== undefined && Object.keys(given.tables).length > 0;
  if (given && tablesGiven && !isSurveyMapping(given)) return null;
  const sheets = await sheetsOf(files, format);
  const mapping = given && tablesGiven ? given : { ...suggestMapping(sheets), ...(given ? { unknownCodes: given.unknownCodes, names: given.names, organisations: given.organisations } : {}) };
  if (!isSurveyMapping(mapping)) return null;
  const label = files.map((f) => f.name).join(', ');
  const others = othersOf(mapping);
  if (others.length > 0) throw new UserError('invalid', 'names.surveyAlone', { file: label, tables: others.map((t) => mapping.tables[t]?.source ?? t).join(', ') });

  const problems = new Problems();
  const rosterSheet = mapping.tables.roster && sheetOf(sheets, mapping.tables.roster.source, label);
  const nominationSheet = mapping.tables.nominations && sheetOf(sheets, mapping.tables.nominations.source, label);
  const rosterTable = rosterSheet && readTable(rosterSheet, mapping.tables.roster, 0, ROSTER_COLUMNS, problems);
  const nominationTable = nominationSheet && readTable(nominationSheet, mapping.tables.nominations, 1, NOMINATION_COLUMNS, problems);
  if (nominationSheet && nominationTable) requireContact(nominationTable, nominationSheet, problems);
  // columns that cannot be read leave no rows to read
  if (problems.count > 0) problems.refuse(label);

  const first = rosterSheet ?? nominationSheet;
  const name = (first ? sourceOf(first) : '').replace(/\.(csv|tsv|txt)$/i, '').trim() || 'Spørgeskema';
  return {
    label,
    name,
    mapping,
    roster: rosterTable ? rosterRows(rosterTable, problems) : [],
    nominations: nominationTable ? nominationRows(nominationTable, problems) : [],
    problems,
  };
}
