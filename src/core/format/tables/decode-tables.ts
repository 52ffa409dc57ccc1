import type { MessageKey, MessageParams } from '../../i18n/catalogue';
import type { SourcePlace } from '../../problems';
import { OKABE_ITO } from '../../model/defaults';
import { ForumKindSchema, RoleSchema, SectorSchema, TargetGroupSchema, TieTypeSchema, WaveSchema, type Activity, type Actor, type Forum, type Membership, type ProjectData, type SeatRole, type Tie, type Wave } from '../../model/schema';
import {
  addAt,
  assembleProject,
  BOOLEAN_ACCEPTED,
  claimId,
  CodebookBuilder,
  freeId,
  Problems,
  readActivityKind,
  readBoolean,
  readConfidence,
  readDate,
  readExcelBoolean,
  readFormality,
  readFrequency,
  readGovernance,
  readIdList,
  readKind,
  readNumber,
  readResourceFlow,
  readTieEnd,
  readWaves,
  validateElement,
  type AttributeValue,
  type ElementSource,
  type Read,
} from '../field-common';
import { ElementSchemas } from '../project-json';
import type { ImportMapping, TableMapping } from './mapping';
import { sourceOf, type Sheet } from './sheet';

/**
 * A network read from tables, the way researchers keep it in Excel: actors, and optionally ties
 * and memberships, each a CSV file or a sheet of a workbook.
 *
 * Column names are matched without regard to case, and Danish names are understood (`navn`,
 * `sektor`, `kilde`, `mål`, `styrke`, …), unless the import mapping names the column a field is
 * read from. Columns that are not one of the model's fields become attributes, typed by column:
 * numbers when every non-empty value is a number (with a decimal comma in `;` files) and none has
 * a leading zero (postcodes stay text), booleans when every value is TRUE/FALSE (or Danish
 * Excel's SAND/FALSK), otherwise text; an empty cell is null.
 *
 * Problems are named `actors.csv row 5 (id "p-3"), column sector`, with the sheet for a
 * workbook. In a CSV file the row is the data row, counted from 1 below the header and not
 * counting empty rows; when the row does not start on line (header line + row) of the file
 * (quoted line breaks or empty lines above it), its line is given too: `ties.csv row 5 (source
 * "a", target "b", line 9)`. In a workbook the row is the sheet's own row, as Excel numbers it.
 */

/** The tables of one network, each a sheet, with how its columns and values map to the model. */
export interface SheetSet {
  /** absent: an edge list, whose actors are the names its ties give */
  actors?: Sheet;
  ties?: Sheet;
  memberships?: Sheet;
  forums?: Sheet;
  /** who sits in which forum: needs the forums table */
  seats?: Sheet;
  waves?: Sheet;
  /** the project's code lists as the CSV set writes them; read first, so the other tables' codes are known */
  codebook?: Sheet;
  /** the activities of the reception timeline */
  activities?: Sheet;
  mapping?: ImportMapping;
}

export interface Column {
  /** the model field this column fills */
  field: string;
  /** the names a header may give it, lower case, preferred first */
  names: readonly string[];
  required?: boolean;
}

export const NOTES = ['notes', 'note', 'noter', 'bemærkninger', 'kommentar'];
export const WAVES = ['waves', 'wave', 'runder', 'runde', 'bølger', 'bølge'];

export const ACTOR_COLUMNS: readonly Column[] = [
  { field: 'id', names: ['id'], required: true },
  { field: 'label', names: ['label', 'navn', 'name'], required: true },
  { field: 'kind', names: ['kind', 'type', 'slags', 'art'] },
  { field: 'sector', names: ['sector', 'sektor'] },
  { field: 'influence', names: ['influence', 'indflydelse'] },
  { field: 'turnover', names: ['turnover', 'udskiftning', 'frafald'] },
  { field: 'notes', names: NOTES },
  { field: 'waves', names: WAVES },
];
export const TIE_COLUMNS: readonly Column[] = [
  { field: 'id', names: ['id'] },
  { field: 'source', names: ['source', 'kilde', 'fra', 'from'], required: true },
  { field: 'target', names: ['target', 'mål', 'til', 'to'], required: true },
  { field: 'type', names: ['type', 'relationstype', 'slags'] },
  { field: 'directed', names: ['directed', 'rettet'] },
  { field: 'strength', names: ['strength', 'styrke', 'weight', 'vægt'] },
  { field: 'formality', names: ['formality', 'formalitet'] },
  { field: 'initiative', names: ['initiative', 'initiativ'] },
  { field: 'mandate', names: ['mandate', 'mandat'] },
  { field: 'resourceFlow', names: ['resource_flow', 'resourceflow', 'ressourcestrøm'] },
  { field: 'dependent', names: ['dependent', 'afhængig', 'afhængighed'] },
  { field: 'governance', names: ['governance', 'styring'] },
  { field: 'evidence.source', names: ['evidence_source', 'belæg'] },
  { field: 'evidence.quote', names: ['evidence_quote', 'citat'] },
  { field: 'evidence.confidence', names: ['confidence', 'sikkerhed'] },
  { field: 'notes', names: NOTES },
  { field: 'waves', names: WAVES },
];
export const MEMBERSHIP_COLUMNS: readonly Column[] = [
  { field: 'id', names: ['id'] },
  { field: 'person', names: ['person'], required: true },
  { field: 'organisation', names: ['organisation', 'organization', 'forening'], required: true },
  { field: 'role', names: ['role', 'rolle'] },
  { field: 'start', names: ['start', 'startdato', 'fra'] },
  { field: 'end', names: ['end', 'slut', 'slutdato', 'til'] },
  { field: 'waves', names: WAVES },
];

export const FORUM_COLUMNS: readonly Column[] = [
  { field: 'id', names: ['id'], required: true },
  { field: 'label', names: ['label', 'navn', 'name'], required: true },
  { field: 'kind', names: ['kind', 'type', 'slags', 'art'] },
  { field: 'mandate', names: ['mandate', 'kommissorium', 'mandat'] },
  { field: 'meetingsPerYear', names: ['meetings_per_year', 'møder_om_året', 'møder_pr_år', 'møder'] },
  { field: 'notes', names: NOTES },
  { field: 'waves', names: WAVES },
];
export const SEAT_COLUMNS: readonly Column[] = [
  { field: 'forum', names: ['forum'], required: true },
  { field: 'actor', names: ['actor', 'aktør', 'person', 'medlem'], required: true },
  { field: 'represents', names: ['represents', 'repræsenterer', 'for'] },
  { field: 'role', names: ['role', 'rolle'] },
];
export const WAVE_COLUMNS: readonly Column[] = [
  { field: 'id', names: ['id'], required: true },
  { field: 'label', names: ['label', 'navn', 'name'] },
  { field: 'date', names: ['date', 'dato'] },
];
export const ACTIVITY_COLUMNS: readonly Column[] = [
  { field: 'id', names: ['id'] },
  { field: 'title', names: ['title', 'titel', 'aktivitet', 'tilbud', 'navn', 'name', 'label'], required: true },
  { field: 'kind', names: ['kind', 'type', 'art', 'slags'] },
  { field: 'owners', names: ['owners', 'owner', 'ejere', 'ejer', 'ejer(e)', 'udbydere', 'udbyder'], required: true },
  { field: 'contacts', names: ['contacts', 'contact', 'kontaktpersoner', 'kontaktperson', 'kontaktperson(er)', 'kontakt'] },
  { field: 'targetGroup', names: ['target_group', 'targetgroup', 'målgruppe', 'målgrupper'] },
  { field: 'window.from', names: ['from_week', 'fra_uge', 'fra', 'from'], required: true },
  { field: 'window.to', names: ['to_week', 'til_uge', 'til', 'to'], required: true },
  { field: 'frequency', names: ['frequency', 'hyppighed'] },
  { field: 'notes', names: NOTES },
  { field: 'waves', names: WAVES },
];
export const CODEBOOK_COLUMNS: readonly Column[] = [
  { field: 'list', names: ['list', 'liste'], required: true },
  { field: 'key', names: ['key', 'nøgle', 'kode'], required: true },
  { field: 'label.da', names: ['label_da', 'dansk', 'navn_da'] },
  { field: 'label.en', names: ['label_en', 'engelsk', 'english', 'navn_en'] },
  { field: 'color', names: ['colour', 'color', 'farve'] },
  { field: 'turnover', names: ['turnover', 'udskiftning', 'frafald'] },
  { field: 'definite.da', names: ['definite_da', 'bestemt_da'] },
  { field: 'definite.en', names: ['definite_en', 'bestemt_en'] },
];

/** A seat's role as written, in English or Danish; undefined for another word. */
const SEAT_ROLES = new Map<string, SeatRole>([
  ['chair', 'chair'],
  ['formand', 'chair'],
  ['forkvinde', 'chair'],
  ['leder', 'chair'],
  ['coordinator', 'coordinator'],
  ['koordinator', 'coordinator'],
  ['tovholder', 'coordinator'],
  ['member', 'member'],
  ['medlem', 'member'],
  ['secretary', 'secretary'],
  ['sekretær', 'secretary'],
  ['referent', 'secretary'],
]);
const CODE_LISTS = ['sectors', 'tieTypes', 'roles', 'forumKinds', 'targetGroups'] as const;
const CODE_LIST_NAMES = new Map<string, (typeof CODE_LISTS)[number]>([
  ['sectors', 'sectors'],
  ['sektorer', 'sectors'],
  ['tietypes', 'tieTypes'],
  ['relationstyper', 'tieTypes'],
  ['roles', 'roles'],
  ['roller', 'roles'],
  ['forumkinds', 'forumKinds'],
  ['forumtyper', 'forumKinds'],
  ['targetgroups', 'targetGroups'],
  ['målgrupper', 'targetGroups'],
]);

/** The model's limit on attributes per element (AttributesSchema), checked once per file here. */
const MAX_ATTRIBUTES = 200;

export const headerKey = (name: string) => name.trim().toLocaleLowerCase('da').replace(/[\s-]+/g, '_');

export interface Row {
  /** the data row, from 1 */
  n: number;
  /** the file line the row starts on, from 1 */
  line: number;
  cells: string[];
  problems: MessageKey[];
}

export interface Table {
  file: string;
  sheet?: string;
  /** the mapping's written value → model value, per field */
  values: TableMapping['values'];
  /** which file of the set, for ordering problems */
  section: number;
  decimalComma: boolean;
  /** the line the header is on, so a row's own line is given only where it differs */
  headerLine: number;
  /** column index of each model field present */
  fields: Map<string, number>;
  /** the header as written, for naming columns */
  header: string[];
  /** attribute columns: index and name */
  attributes: Array<{ index: number; name: string }>;
  rows: Row[];
}

/** Reads a sheet's header and rows, with the structural problems (missing columns, …). */
export function readTable(sheet: Sheet, mapping: TableMapping | undefined, section: number, columns: readonly Column[], problems: Problems): Table | undefined {
  // the header row is the file's own row (or line) number; rows above it (a title) are not read
  const headerNumber = mapping?.headerRow ?? 1;
  const headerAt = sheet.rows.findIndex((r) => r.line >= headerNumber);
  const parsed: Row[] = (headerAt < 0 ? [] : sheet.rows.slice(headerAt)).map((r, n) => ({ n, line: r.line, cells: r.cells, problems: r.problems }));
  const headerLine = parsed[0]?.line ?? 1;
  const file = sheet.file;
  const inFile: SourcePlace = sheet.sheet === undefined ? { file } : { file, sheet: sheet.sheet };
  const order = [section, 0] as const;
  const [headerRow, ...rows] = parsed;
  const wanted = columns.filter((c) => c.required).map((c) => c.names[0] ?? c.field);
  if (!headerRow) {
    problems.add(order, inFile, sheet.sheet === undefined ? 'fieldData.emptyFile' : 'tables.emptySheet', { columns: wanted.join(', ') });
    return undefined;
  }
  const header = headerRow.cells.map((h) => h.trim());
  const before = problems.count;
  if (headerRow.problems.length > 0) for (const key of headerRow.problems) problems.add(order, inFile, key);

  const byKey = new Map<string, number>();
  header.forEach((name, i) => {
    if (name === '') {
      if (rows.some((r) => (r.cells[i] ?? '').trim() !== ''))
        problems.add(order, inFile, 'fieldData.unnamedColumn', { n: i + 1 });
      return;
    }
    const key = headerKey(name);
    if (byKey.has(key)) problems.add(order, { ...inFile, column: name }, 'fieldData.duplicateColumn', { column: name });
    else byKey.set(key, i);
  });
  const fields = new Map<string, number>();
  const taken = new Set<number>();
  const found = header.filter((h) => h !== '').join(', ') || '–';
  for (const [field, name] of Object.entries(mapping?.columns ?? {})) {
    if (name.trim() === '') continue;
    const index = byKey.get(headerKey(name));
    if (index === undefined) problems.add(order, inFile, 'tables.mappedColumnMissing', { field, column: name, found });
    else {
      fields.set(field, index);
      taken.add(index);
    }
  }
  for (const column of columns) {
    if (fields.has(column.field)) continue;
    const index = column.names.map((n) => byKey.get(n)).find((i) => i !== undefined && !taken.has(i));
    if (index !== undefined) {
      fields.set(column.field, index);
      taken.add(index);
    } else if (column.required) {
      const names = column.names.map((n) => `"${n}"`).join('/');
      problems.add(order, inFile, 'fieldData.missingColumn', { column: names, found });
    }
  }
  const attributes = header.flatMap((name, index) => (name === '' || taken.has(index) || byKey.get(headerKey(name)) !== index ? [] : [{ index, name }]));
  if (attributes.length > MAX_ATTRIBUTES) problems.add(order, inFile, 'rules.tooManyAttributes');
  if (problems.count > before) return undefined;
  return {
    file,
    ...(sheet.sheet === undefined ? {} : { sheet: sheet.sheet }),
    values: mapping?.values ?? {},
    headerLine,
    section,
    decimalComma: sheet.decimalComma,
    fields,
    header,
    attributes,
    rows: rows.map((r, i) => ({ ...r, n: i + 1 })),
  };
}

/** Each attribute column's values, typed as the whole column allows. */
export function attributeColumns(table: Table): Array<{ name: string; values: AttributeValue[] }> {
  return table.attributes.map(({ index, name }) => {
    const texts = table.rows.map((r) => (r.cells[index] ?? '').trim());
    const present = texts.filter((t) => t !== '');
    const numbers = present.length > 0 && present.every((t) => readNumber(t, table.decimalComma) !== undefined && !/^[+-]?0\d/.test(t));
    const booleans = !numbers && present.length > 0 && present.every((t) => readExcelBoolean(t) !== undefined);
    const values = texts.map((t): AttributeValue => {
      if (t === '') return null;
      if (numbers) return readNumber(t, table.decimalComma) ?? null;
      if (booleans) return readExcelBoolean(t) ?? null;
      return t;
    });
    return { name, values };
  });
}

/** A written value as the mapping maps it (exactly, else without regard to case); else as written. */
export function mappedValue(values: Record<string, string> | undefined, written: string): string {
  if (!values || written === '') return written;
  if (Object.hasOwn(values, written)) return values[written] ?? written;
  const wanted = written.toLocaleLowerCase('da');
  const key = Object.keys(values).find((k) => k.trim().toLocaleLowerCase('da') === wanted);
  return key === undefined ? written : (values[key] ?? written);
}

/** One row of a table: its cells by field, and the place names for its problems. */
export class RowReader {
  readonly source: ElementSource;

  constructor(
    private readonly table: Table,
    readonly row: Row,
    names: NonNullable<SourcePlace['names']>,
    private readonly problems: Problems,
  ) {
    // in a workbook a row is named as Excel numbers it, so the researcher finds the cell; in a
    // CSV file by its data row, with the line where quoted line breaks or blank lines shift it
    const inSheet = table.sheet !== undefined;
    const place: SourcePlace = {
      file: table.file,
      ...(inSheet ? { sheet: table.sheet } : {}),
      row: inSheet ? row.line : row.n,
      ...(names.length > 0 ? { names } : {}),
      ...(inSheet || row.line === row.n + table.headerLine ? {} : { line: row.line }),
    };
    const fields: Partial<Record<string, string>> = {};
    for (const [field, index] of table.fields) fields[field] = table.header[index];
    this.source = {
      at: place,
      order: [table.section, row.n],
      fields,
      name: (column) => ({ column }),
      rank: (column) => table.header.indexOf(column),
    };
    for (const key of row.problems) problems.add(this.source.order, place, key);
    const extra = row.cells.slice(table.header.length);
    if (extra.some((c) => c.trim() !== ''))
      problems.add(this.source.order, place, 'fieldData.tooManyValues', { found: row.cells.length, expected: table.header.length });
  }

  /** The cell of a field, trimmed; empty when the column is absent or the cell is empty. */
  text(field: string): string {
    const index = this.table.fields.get(field);
    const written = index === undefined ? '' : (this.row.cells[index] ?? '').trim();
    return mappedValue(this.table.values[field], written);
  }

  /** The cell as written (notes keep their spacing). */
  raw(field: string): string {
    const index = this.table.fields.get(field);
    return index === undefined ? '' : (this.row.cells[index] ?? '');
  }

  word(field: string, read: (text: string) => string): string | null {
    const t = this.text(field);
    return t === '' ? null : read(t);
  }

  number(field: string): number | null {
    const t = this.text(field);
    if (t === '') return null;
    const n = readNumber(t, this.table.decimalComma);
    if (n === undefined) this.fail(field, 'fieldData.notANumber', { value: t });
    return n ?? null;
  }

  boolean(field: string, fallback: boolean): boolean {
    const t = this.text(field);
    if (t === '') return fallback;
    const b = readBoolean(t);
    if (b === undefined) this.fail(field, 'fieldData.notABoolean', { value: t, accepted: BOOLEAN_ACCEPTED });
    return b ?? fallback;
  }

  date(field: string): string | null {
    const t = this.text(field);
    if (t === '') return null;
    const d = readDate(t);
    if (d === undefined) this.fail(field, 'fieldData.notADate', { value: t });
    return d ?? null;
  }

  fail(field: string, key: MessageKey, params: MessageParams = {}): void {
    addAt(this.problems, this.source, this.source.fields[field] ?? field, key, params);
  }
}

/**
 * Reads the tables of one network as one project. Every problem in every table is reported at
 * once; a set with any problem yields nothing. Without an actors table (an edge list), each name
 * the ties give becomes an actor of that id and label: an organisation, the usual node of a
 * collaboration network between a municipality and its associations.
 */
export function decodeSheetSet(set: SheetSet): ProjectData {
  const problems = new Problems();
  const sheets = [set.actors, set.ties, set.memberships, set.forums, set.seats, set.waves, set.codebook, set.activities].flatMap((f) => (f ? [f] : []));
  const label = [...new Set(sheets.map((f) => f.file))].join(', ');
  const tables = set.mapping?.tables ?? {};
  const refuseUnknown = set.mapping?.unknownCodes === 'refuse';
  const actorTable = set.actors && readTable(set.actors, tables.actors, 0, ACTOR_COLUMNS, problems);
  const tieTable = set.ties && readTable(set.ties, tables.ties, 1, TIE_COLUMNS, problems);
  const membershipTable = set.memberships && readTable(set.memberships, tables.memberships, 2, MEMBERSHIP_COLUMNS, problems);
  const waveTable = set.waves && readTable(set.waves, tables.waves, 3, WAVE_COLUMNS, problems);
  const forumTable = set.forums && readTable(set.forums, tables.forums, 4, FORUM_COLUMNS, problems);
  const seatTable = set.seats && readTable(set.seats, tables.seats, 5, SEAT_COLUMNS, problems);
  const codebookTable = set.codebook && readTable(set.codebook, tables.codebook, 6, CODEBOOK_COLUMNS, problems);
  const activityTable = set.activities && readTable(set.activities, tables.activities, 7, ACTIVITY_COLUMNS, problems);
  if (set.seats && !set.forums) problems.add([5, 0], sheetPlace(set.seats), 'tables.seatsWithoutForums');
  // a table whose columns cannot be read leaves nothing to check row by row
  if ((!actorTable && !tieTable) || problems.count > 0) return problems.refuse(label);

  const book = new CodebookBuilder();
  if (codebookTable) readCodebook(codebookTable, book, problems);
  const withAttributes = (table: Table) => {
    const columns = attributeColumns(table);
    return (i: number) => Object.fromEntries(columns.map((c) => [c.name, c.values[i] ?? null]));
  };
  type Name = NonNullable<SourcePlace['names']>[number];
  const quoted = (as: Name['as'], id: string): Name[] => (id === '' ? [] : [{ as, id }]);

  const actors: Array<Read<Actor>> = [];
  const unreadActors = new Set<string>();
  const actorIds = new Set<string>();
  /** A sector or tie type's key; a value the codebook lacks is added, or refused as the mapping says. */
  const coded = (r: RowReader, list: 'sectors' | 'tieTypes', field: string, text: string): string => {
    if (refuseUnknown && !book.knows(list, text)) r.fail(field, 'tables.unknownCode', { value: text, list });
    return book.code(list, text);
  };
  const actorAttributes = actorTable ? withAttributes(actorTable) : () => ({});
  actorTable?.rows.forEach((row, i) => {
    const id = (row.cells[actorTable.fields.get('id') ?? -1] ?? '').trim();
    const r = new RowReader(actorTable, row, quoted('id', id), problems);
    const sector = r.text('sector');
    const raw = {
      id,
      kind: r.word('kind', readKind) ?? 'person',
      label: r.text('label'),
      sector: sector === '' ? null : coded(r, 'sectors', 'sector', sector),
      attributes: actorAttributes(i),
      influence: r.number('influence'),
      turnover: r.number('turnover'),
      notes: r.raw('notes'),
      waves: readWaves(r.text('waves')),
    };
    if (!claimId(actorIds, id, r.source, problems)) return;
    const actor = validateElement(ElementSchemas.actor, raw, r.source, problems);
    if (actor) actors.push({ value: actor, source: r.source });
    else unreadActors.add(id);
  });

  const ties: Array<Read<Tie>> = [];
  if (tieTable) {
    const tieAttributes = withAttributes(tieTable);
    const readers = tieTable.rows.map((row) => {
      const cell = (field: string) => (row.cells[tieTable.fields.get(field) ?? -1] ?? '').trim();
      const details = cell('id') !== '' ? quoted('id', cell('id')) : [...quoted('source', cell('source')), ...quoted('target', cell('target'))];
      return new RowReader(tieTable, row, details, problems);
    });
    const taken = new Set(readers.map((r) => r.text('id')).filter((id) => id !== ''));
    const tieIds = new Set<string>();
    readers.forEach((r, i) => {
      const type = r.text('type');
      const raw = {
        id: r.text('id') || freeId('t', r.row.n, taken),
        source: r.text('source'),
        target: r.text('target'),
        type: type === '' ? 'collaboration' : coded(r, 'tieTypes', 'type', type),
        directed: r.boolean('directed', false),
        strength: r.number('strength'),
        formality: r.word('formality', readFormality),
        initiative: r.word('initiative', readTieEnd),
        mandate: r.word('mandate', readTieEnd),
        resourceFlow: r.word('resourceFlow', readResourceFlow),
        dependent: r.word('dependent', readTieEnd),
        governance: r.word('governance', readGovernance),
        evidence: {
          source: r.text('evidence.source'),
          quote: r.raw('evidence.quote'),
          confidence: r.word('evidence.confidence', readConfidence),
        },
        attributes: tieAttributes(i),
        notes: r.raw('notes'),
        waves: readWaves(r.text('waves')),
      };
      if (!actorTable) {
        for (const end of [raw.source, raw.target]) {
          if (end === '' || actorIds.has(end)) continue;
          actorIds.add(end);
          const actor = ElementSchemas.actor.safeParse({ id: end, kind: 'organisation', label: end, sector: null, attributes: {}, influence: null, turnover: null, notes: '', waves: [] });
          if (actor.success) actors.push({ value: actor.data, source: { ...r.source, fields: {} } });
        }
      }
      if (!claimId(tieIds, raw.id, r.source, problems)) return;
      const tie = validateElement(ElementSchemas.tie, raw, r.source, problems);
      if (tie) ties.push({ value: tie, source: r.source });
    });
  }

  const memberships: Array<Read<Membership>> = [];
  if (membershipTable) {
    const readers = membershipTable.rows.map((row) => {
      const cell = (field: string) => (row.cells[membershipTable.fields.get(field) ?? -1] ?? '').trim();
      const details =
        cell('id') !== ''
          ? quoted('id', cell('id'))
          : [...quoted('person', cell('person')), ...quoted('organisation', cell('organisation'))];
      return new RowReader(membershipTable, row, details, problems);
    });
    const taken = new Set(readers.map((r) => r.text('id')).filter((id) => id !== ''));
    const membershipIds = new Set<string>();
    for (const r of readers) {
      const roleText = r.text('role');
      const role = roleText === '' ? 'member' : book.role(roleText);
      if (role === undefined) r.fail('role', 'fieldData.unknownRole', { value: roleText, accepted: book.roleNames() });
      const raw = {
        id: r.text('id') || freeId('m', r.row.n, taken),
        person: r.text('person'),
        organisation: r.text('organisation'),
        role: role ?? 'member',
        start: r.date('start'),
        end: r.date('end'),
        waves: readWaves(r.text('waves')),
      };
      if (!claimId(membershipIds, raw.id, r.source, problems)) continue;
      const membership = validateElement(ElementSchemas.membership, raw, r.source, problems);
      if (membership) memberships.push({ value: membership, source: r.source });
    }
  }

  const unreadWaves = new Set<string>();
  const waves = waveTable ? readWaveTable(waveTable, problems, unreadWaves) : undefined;
  const forums = forumTable ? readForums(forumTable, seatTable, book, refuseUnknown, problems) : [];
  const activities = activityTable ? readActivities(activityTable, book, refuseUnknown, problems) : [];

  const first = set.actors ?? set.ties;
  // a workbook is called by its file's name, not by its first sheet's
  const name = (first ? (first.sheet === undefined ? sourceOf(first) : first.file.replace(/^.*[\\/]/, '')) : '').replace(/\.(csv|tsv|txt|xlsx)$/i, '').trim() || 'Tabeller';
  return assembleProject(
    { name, codebooks: book.codebooks, actors, ties, memberships, forums, activities, ...(waves ? { waves } : {}), unreadActors, unreadWaves, derivedActors: !actorTable },
    problems,
    label,
  );
}

const sheetPlace = (sheet: Sheet): SourcePlace => (sheet.sheet === undefined ? { file: sheet.file } : { file: sheet.file, sheet: sheet.sheet });

/** The rows of a codebook table, each replacing the default entry of its key or adding one. */
function readCodebook(table: Table, book: CodebookBuilder, problems: Problems): void {
  const seen = new Set<string>();
  for (const row of table.rows) {
    const r = new RowReader(table, row, [], problems);
    const listText = r.text('list');
    const list = CODE_LIST_NAMES.get(listText.toLowerCase().replace(/[\s_-]+/g, ''));
    const key = r.text('key');
    if (list === undefined) {
      r.fail('list', 'tables.unknownList', { value: listText, accepted: CODE_LISTS.join(', ') });
      continue;
    }
    if (seen.has(`${list}/${key}`)) {
      r.fail('key', 'errors.duplicateId', { id: key });
      continue;
    }
    seen.add(`${list}/${key}`);
    const da = r.text('label.da') || r.text('label.en') || key;
    const label = { da, en: r.text('label.en') || da };
    const colour = r.text('color');
    if (colour !== '' && !/^#[0-9a-fA-F]{6}$/.test(colour)) r.fail('color', 'tables.notAColour', { value: colour });
    const color = /^#[0-9a-fA-F]{6}$/.test(colour) ? colour : (OKABE_ITO[book.codebooks[list].length % OKABE_ITO.length] ?? '#999999');
    const parsed = (() => {
      switch (list) {
        case 'sectors':
          return validateElement(SectorSchema, { key, label, color, definite: { da: r.text('definite.da'), en: r.text('definite.en') } }, r.source, problems);
        case 'tieTypes':
          return validateElement(TieTypeSchema, { key, label, color }, r.source, problems);
        case 'roles': {
          const turnover = r.number('turnover');
          return validateElement(RoleSchema, { key, label, turnover: turnover ?? book.codebooks.roles.find((e) => e.key === key)?.turnover ?? 0.2 }, r.source, problems);
        }
        case 'forumKinds':
          return validateElement(ForumKindSchema, { key, label }, r.source, problems);
        case 'targetGroups':
          return validateElement(TargetGroupSchema, { key, label }, r.source, problems);
      }
    })();
    if (parsed) book.set(list, parsed);
  }
}

function readWaveTable(table: Table, problems: Problems, unread: Set<string>): Array<Read<Wave>> {
  const waves: Array<Read<Wave>> = [];
  const ids = new Set<string>();
  for (const row of table.rows) {
    const id = (row.cells[table.fields.get('id') ?? -1] ?? '').trim();
    const r = new RowReader(table, row, id === '' ? [] : [{ as: 'id', id }], problems);
    const raw = { id, label: r.text('label') || id, date: r.date('date') };
    if (!claimId(ids, id, r.source, problems)) continue;
    const wave = validateElement(WaveSchema, raw, r.source, problems);
    if (wave) waves.push({ value: wave, source: r.source });
    else unread.add(id);
  }
  return waves;
}

/**
 * An activity's window as its row writes it. A week that is not a number is a problem of its own;
 * the window then takes the other week for both, so that no second problem is made of it.
 */
function weeksOf(r: RowReader): { from: number | null; to: number | null } {
  const from = r.number('window.from');
  const to = r.number('window.to');
  const unread = (field: string, value: number | null) => value === null && r.text(field) !== '';
  if (!unread('window.from', from) && !unread('window.to', to)) return { from, to };
  const either = from ?? to ?? 0;
  return { from: either, to: either };
}

/**
 * The activities of the reception timeline: owners and contacts as actor ids joined by `|`, the
 * kind and frequency in English or Danish, the target group as a key or a label (a new one is
 * added to the codebook, or refused as the mapping says), the window as two week numbers.
 */
function readActivities(table: Table, book: CodebookBuilder, refuseUnknown: boolean, problems: Problems): Array<Read<Activity>> {
  const readers = table.rows.map((row) => {
    const id = (row.cells[table.fields.get('id') ?? -1] ?? '').trim();
    return new RowReader(table, row, id === '' ? [] : [{ as: 'id', id }], problems);
  });
  const taken = new Set(readers.map((r) => r.text('id')).filter((id) => id !== ''));
  const ids = new Set<string>();
  const activities: Array<Read<Activity>> = [];
  for (const r of readers) {
    const groupText = r.text('targetGroup');
    if (groupText !== '' && refuseUnknown && !book.knowsTargetGroup(groupText)) r.fail('targetGroup', 'tables.unknownCode', { value: groupText, list: 'targetGroups' });
    const raw = {
      id: r.text('id') || freeId('act', r.row.n, taken),
      title: r.text('title'),
      kind: r.word('kind', readActivityKind) ?? 'offer',
      owners: readIdList(r.text('owners')),
      contacts: readIdList(r.text('contacts')),
      targetGroup: groupText === '' ? 'all' : book.targetGroup(groupText),
      window: weeksOf(r),
      frequency: r.word('frequency', readFrequency),
      notes: r.raw('notes'),
      waves: readWaves(r.text('waves')),
    };
    if (!claimId(ids, raw.id, r.source, problems)) continue;
    const activity = validateElement(ElementSchemas.activity, raw, r.source, problems);
    if (activity) activities.push({ value: activity, source: r.source });
  }
  return activities;
}

/** Forums, each with the seats the seats table gives it (and where each seat was read). */
function readForums(
  table: Table,
  seatTable: Table | undefined,
  book: CodebookBuilder,
  refuseUnknown: boolean,
  problems: Problems,
): Array<Read<Forum> & { seats: ElementSource[] }> {
  const seatsOf = new Map<string, Array<{ seat: Record<string, unknown>; source: ElementSource }>>();
  const forumIds = new Set(table.rows.map((row) => (row.cells[table.fields.get('id') ?? -1] ?? '').trim()));
  for (const row of seatTable?.rows ?? []) {
    if (!seatTable) break;
    const cell = (field: string) => (row.cells[seatTable.fields.get(field) ?? -1] ?? '').trim();
    const r = new RowReader(seatTable, row, [...(cell('forum') ? [{ as: 'forum' as const, id: cell('forum') }] : []), ...(cell('actor') ? [{ as: 'actor' as const, id: cell('actor') }] : [])], problems);
    const forum = r.text('forum');
    if (!forumIds.has(forum)) {
      r.fail('forum', 'tables.unknownForum', { id: forum });
      continue;
    }
    const roleText = r.text('role');
    const role = roleText === '' ? 'member' : SEAT_ROLES.get(roleText.toLocaleLowerCase('da'));
    if (role === undefined) r.fail('role', 'tables.unknownSeatRole', { value: roleText, accepted: 'chair/formand, coordinator/tovholder, member/medlem, secretary/sekretær' });
    const represents = r.text('represents');
    seatsOf.set(forum, [...(seatsOf.get(forum) ?? []), { seat: { actor: r.text('actor'), represents: represents === '' ? null : represents, role: role ?? 'member' }, source: r.source }]);
  }
  const forums: Array<Read<Forum> & { seats: ElementSource[] }> = [];
  const ids = new Set<string>();
  for (const row of table.rows) {
    const id = (row.cells[table.fields.get('id') ?? -1] ?? '').trim();
    const r = new RowReader(table, row, id === '' ? [] : [{ as: 'id', id }], problems);
    const kindText = r.text('kind');
    if (kindText !== '' && refuseUnknown && !book.knowsForumKind(kindText)) r.fail('kind', 'tables.unknownCode', { value: kindText, list: 'forumKinds' });
    const seats = seatsOf.get(id) ?? [];
    const raw = {
      id,
      label: r.text('label'),
      kind: kindText === '' ? 'coordination' : book.forumKind(kindText),
      mandate: r.raw('mandate'),
      meetingsPerYear: r.number('meetingsPerYear'),
      notes: r.raw('notes'),
      waves: readWaves(r.text('waves')),
      seats: seats.map((s) => s.seat),
    };
    if (!claimId(ids, id, r.source, problems)) continue;
    // two seats of one actor in a forum: the second seat's row is the one to fix
    const once = new Set<string>();
    for (const s of seats) {
      const actor = String(s.seat['actor']);
      if (once.has(actor)) addAt(problems, s.source, s.source.fields['actor'] ?? 'actor', 'rules.oneSeatPerActor');
      once.add(actor);
    }
    const forum = validateElement(ElementSchemas.forum, raw, r.source, problems);
    if (forum) forums.push({ value: forum, source: r.source, seats: seats.map((s) => s.source) });
  }
  return forums;
}
