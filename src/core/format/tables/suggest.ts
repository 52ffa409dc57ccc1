import { ACTIVITY_COLUMNS, ACTOR_COLUMNS, CODEBOOK_COLUMNS, FORUM_COLUMNS, headerKey, MEMBERSHIP_COLUMNS, SEAT_COLUMNS, TIE_COLUMNS, WAVE_COLUMNS, type Column } from './decode-tables';
import { IMPORT_MAPPING_FORMAT, type ImportMapping, type TableKind, type TableMapping } from './mapping';
import { sourceOf, type Sheet } from './sheet';
import {
  CONTACT_NAMES,
  NOMINATION_COLUMNS,
  RESPONDENT_NAMES,
  ROSTER_COLUMNS,
  ROSTER_NAME_NAMES,
  ROSTER_ORGANISATION_NAMES,
  SURVEY_TABLES,
} from './survey-columns';

/** The columns each table's fields are recognised by. */
export const COLUMNS_OF: Partial<Record<TableKind, readonly Column[]>> = {
  actors: ACTOR_COLUMNS,
  ties: TIE_COLUMNS,
  memberships: MEMBERSHIP_COLUMNS,
  forums: FORUM_COLUMNS,
  seats: SEAT_COLUMNS,
  waves: WAVE_COLUMNS,
  codebook: CODEBOOK_COLUMNS,
  activities: ACTIVITY_COLUMNS,
  roster: ROSTER_COLUMNS,
  nominations: NOMINATION_COLUMNS,
};

/** The names researchers give a file or sheet of each table, in Danish and English, lower case. */
const TABLE_NAMES: ReadonlyArray<[TableKind, readonly string[]]> = [
  ['actors', ['aktører', 'aktoerer', 'aktorer', 'actors', 'actor', 'nodes', 'noder', 'knuder', 'deltagere']],
  ['ties', ['relationer', 'relation', 'ties', 'tie', 'edges', 'kanter', 'forbindelser', 'samarbejder', 'links']],
  ['memberships', ['medlemskaber', 'medlemskab', 'memberships', 'membership', 'tilknytninger']],
  ['forums', ['fora', 'forummer', 'forums', 'forum']],
  ['seats', ['pladser', 'plads', 'seats', 'seat', 'sæder']],
  ['waves', ['bølger', 'bølge', 'runder', 'runde', 'waves', 'wave']],
  ['codebook', ['kodebog', 'kodebøger', 'codebook', 'codebooks', 'koder', 'codes']],
  ['activities', ['aktiviteter', 'aktivitet', 'activities', 'activity', 'tidslinje', 'tidslinjen', 'timeline', 'modtagelse']],
  ['roster', ['roster', 'deltagerliste', 'navneliste', 'personliste', 'medarbejderliste', 'medarbejdere']],
  ['nominations', ['navnegenerator', 'navnegeneratorer', 'nominations', 'nomineringer', 'name_generator', 'namegenerator']],
];

const baseName = (source: string) =>
  source
    .replace(/^.*[\\/]/, '')
    .replace(/\.(csv|tsv|txt)$/i, '')
    .trim()
    .toLocaleLowerCase('da');

/** The table a file or sheet is named as, if its name says. */
export function tableByName(source: string): TableKind | undefined {
  const name = baseName(source);
  const words = name.split(/[\s_.-]+/);
  return TABLE_NAMES.find(([, names]) => names.includes(name) || words.some((w) => names.includes(w)))?.[0];
}

const isNumberLike = (t: string) => /^[+-]?[\d.,\s%]+$/.test(t.trim()) || /^\d{4}-\d{2}-\d{2}/.test(t.trim());

/**
 * The row the column names are on: the first of the first rows with mostly text cells and as
 * many cells as most rows have (a title row above a table has one cell).
 */
export function suggestHeaderRow(sheet: Sheet): number {
  const head = sheet.rows.slice(0, 20);
  const filled = head.map((r) => r.cells.filter((c) => c.trim() !== ''));
  const widest = Math.max(0, ...filled.map((c) => c.length));
  const at = filled.findIndex((cells) => cells.length >= Math.max(1, Math.ceil(widest / 2)) && cells.filter((c) => !isNumberLike(c)).length > cells.length / 2);
  return head[Math.max(0, at)]?.line ?? 1;
}

const headerOf = (sheet: Sheet, headerRow: number): string[] => sheet.rows.find((r) => r.line >= headerRow)?.cells.map((c) => c.trim()) ?? [];

/** Which of a table's fields each header names, by the synonyms the decoder knows. */
function columnsFor(kind: TableKind, header: readonly string[]): Record<string, string> {
  const columns = COLUMNS_OF[kind] ?? [];
  const out: Record<string, string> = {};
  const taken = new Set<number>();
  for (const column of columns) {
    const index = column.names.map((n) => header.findIndex((h, i) => !taken.has(i) && headerKey(h) === n)).find((i) => i >= 0);
    if (index === undefined) continue;
    taken.add(index);
    out[column.field] = header[index] ?? '';
  }
  return out;
}

/** The table a sheet's headers look like, when its name does not say. */
function tableByHeaders(header: readonly string[]): TableKind | undefined {
  const keys = new Set(header.map(headerKey));
  const any = (names: readonly string[]) => names.some((n) => keys.has(n));
  if (any(['list', 'liste']) && any(['key', 'nøgle', 'kode'])) return 'codebook';
  // a window in weeks: the reception timeline's activities
  if (any(['from_week', 'fra_uge']) && any(['to_week', 'til_uge'])) return 'activities';
  if (any(RESPONDENT_NAMES) && any(CONTACT_NAMES)) return 'nominations';
  if (any(['person']) && any(['organisation', 'organization', 'forening'])) return 'memberships';
  // names and organisations without ids: people to be matched by name
  if (any(ROSTER_NAME_NAMES) && any(ROSTER_ORGANISATION_NAMES) && !any(['id'])) return 'roster';
  if (any(['source', 'kilde', 'fra', 'from']) && any(['target', 'mål', 'til', 'to'])) return 'ties';
  if (any(['forum']) && any(['actor', 'aktør', 'person'])) return 'seats';
  if (any(['id', 'label', 'navn', 'name'])) return 'actors';
  return undefined;
}

/**
 * A mapping for a file's sheets: which sheet is which table (by its name, else its headers), the
 * header row, and the columns the headers name. Each table takes the first sheet that fits it.
 * A survey (a roster or a name generator) is imported on its own, so when a sheet looks like one,
 * only the survey's sheets are suggested.
 */
export function suggestMapping(sheets: readonly Sheet[]): ImportMapping {
  const tables: Partial<Record<TableKind, TableMapping>> = {};
  const all = sheets.map((sheet) => {
    const headerRow = suggestHeaderRow(sheet);
    const header = headerOf(sheet, headerRow);
    return { sheet, headerRow, header, kind: tableByName(sourceOf(sheet)) ?? tableByHeaders(header) };
  });
  const isSurvey = (kind: TableKind | undefined) => (SURVEY_TABLES as readonly (TableKind | undefined)[]).includes(kind);
  const guessed = all.some((g) => isSurvey(g.kind)) ? all.filter((g) => isSurvey(g.kind)) : all;
  for (const g of guessed) {
    if (g.kind === undefined || tables[g.kind]) continue;
    tables[g.kind] = { source: sourceOf(g.sheet), headerRow: g.headerRow, columns: columnsFor(g.kind, g.header), values: {} };
  }
  return { format: IMPORT_MAPPING_FORMAT, version: 1, tables, unknownCodes: 'add' };
}
