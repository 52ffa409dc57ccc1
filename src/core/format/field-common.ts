import type * as z from 'zod';
import { UserError } from '../errors';
import type { MessageKey, MessageParams } from '../i18n/catalogue';
import { WaveIdSchema } from '../ids';
import { defaultCodebooks, defaultSettings, OKABE_ITO } from '../model/defaults';
import type { Problem, ProblemPath, SourcePlace } from '../problems';
import { NAMED_CODEBOOKS } from '../rules/codebook-rules';
import { checkProject } from '../rules/project-rules';
import {
  NO_DEFINITE_FORM,
  type Activity,
  type Actor,
  type AttributeDefinition,
  type CodebookName,
  type Codebooks,
  type Forum,
  type Membership,
  type ProjectData,
  type Tie,
  type Wave,
} from '../model/schema';
import { searchKey } from '../text/collate';
import { parseIn } from '../validation';

/**
 * What the field-data readers (GraphML, a folder of CSV files) share: reading values the way
 * other tools and Danish Excel write them, growing the codebooks from the data, and turning the
 * model's own checks into problems named by the reader's places (a row and column, a node and
 * attribute) rather than by the model's paths.
 */

export type AttributeValue = string | number | boolean | null;

/** A value that could not be read, and why, as a message key and its parameters. */
export interface Refusal {
  refused: { key: MessageKey; params: MessageParams };
}
export const refusal = (key: MessageKey, params: MessageParams = {}): Refusal => ({ refused: { key, params } });
export const isRefusal = (v: unknown): v is Refusal => typeof v === 'object' && v !== null && 'refused' in v;

// --- values ---------------------------------------------------------------------------------

const NUMBER_DOT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const NUMBER_COMMA = /^[+-]?(?:\d+(?:,\d*)?|,\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A number as written in a file: `2.5`, or `2,5` where the decimal comma is allowed (files
 * separated by `;`, as Danish Excel writes them). Undefined when the text is not a finite number.
 */
export function readNumber(text: string, decimalComma: boolean): number | undefined {
  const t = text.trim();
  let n: number | undefined;
  if (NUMBER_DOT.test(t)) n = Number(t);
  else if (decimalComma && NUMBER_COMMA.test(t)) n = Number(t.replace(',', '.'));
  return n !== undefined && Number.isFinite(n) ? n : undefined;
}

const lower = (text: string) => text.trim().toLocaleLowerCase('da');

// Maps, not object literals, for words from files: "constructor" must not find Object's.
const BOOLEAN_WORDS = new Map<string, boolean>([
  ['true', true],
  ['false', false],
  ['1', true],
  ['0', false],
  ['ja', true],
  ['nej', false],
  ['yes', true],
  ['no', false],
  ['sand', true],
  ['falsk', false],
]);
/** Yes or no as people write it: true/false, 1/0, ja/nej, yes/no (and Danish Excel's SAND/FALSK). */
export const readBoolean = (text: string): boolean | undefined => BOOLEAN_WORDS.get(lower(text));
export const BOOLEAN_ACCEPTED = 'true/false, 1/0, ja/nej, yes/no';

/** The words Excel writes for its own booleans, in English and Danish. */
const EXCEL_BOOLEANS = new Map<string, boolean>([
  ['true', true],
  ['false', false],
  ['sand', true],
  ['falsk', false],
]);
export const readExcelBoolean = (text: string): boolean | undefined => EXCEL_BOOLEANS.get(lower(text));

/** A date as ISO 8601, from `2024-03-05`, `05-03-2024` or `5.3.2024`; undefined if neither. */
export function readDate(text: string): string | undefined {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const m = /^(\d{1,2})[-.](\d{1,2})[-.](\d{4})$/.exec(t);
  if (!m) return undefined;
  const [, day = '', month = '', year = ''] = m;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Wave ids in one cell or value, separated by `|`. */
export const readWaves = (text: string): string[] =>
  text
    .split('|')
    .map((w) => w.trim())
    .filter((w) => w !== '');

/** A closed set of values, with the spellings other tools and Danish users give them. */
const wordMap = (words: Record<string, readonly string[]>) => {
  const map = new Map<string, string>();
  for (const [value, spellings] of Object.entries(words)) {
    map.set(value.toLowerCase(), value);
    for (const s of spellings) map.set(s, value);
  }
  /** The model's value for a word; an unknown word is passed on as written, for the schema to refuse. */
  return (text: string): string => map.get(lower(text).replace(/[\s-]+/g, '_')) ?? text.trim();
};

export const readKind = wordMap({
  person: ['personer'],
  organisation: ['organization', 'org', 'organisationer', 'forening', 'virksomhed'],
  department: ['afdeling', 'forvaltning', 'kommunal_afdeling', 'municipal_department'],
});
export const readFormality = wordMap({ formal: ['formel'], informal: ['uformel'] });
export const readTieEnd = wordMap({ source: ['kilde', 'fra'], target: ['mål', 'til'], both: ['begge', 'gensidig'] });
export const readResourceFlow = wordMap({
  toTarget: ['to_target', 'til_mål'],
  toSource: ['to_source', 'til_kilde'],
  both: ['begge'],
  none: ['ingen'],
});
export const readGovernance = wordMap({ partner: ['partnerskab'], supplier: ['leverandør'] });
export const readForumAuthority = wordMap({
  decides: ['besluttende', 'beslutter', 'beslutningskompetence'],
  advises: ['rådgivende', 'rådgiver'],
  coordinates: ['koordinerende', 'koordinerer'],
  shares: ['erfaringsudveksling', 'videndeling', 'vidensdeling'],
});
export const readConfidence = wordMap({ low: ['lav'], medium: ['middel', 'mellem'], high: ['høj'] });
export const readActivityKind = wordMap({
  authority: ['myndighedsopgave', 'myndighedsopgaver', 'myndighed', 'authority_task', 'opgave'],
  offer: ['tilbud'],
  activity: ['aktivitet', 'aktiviteter'],
});
export const readFrequency = wordMap({
  once: ['én_gang', 'en_gang', 'engang', 'enkeltstående'],
  weekly: ['ugentlig', 'ugentligt', 'hver_uge'],
  monthly: ['månedlig', 'månedligt', 'hver_måned'],
  ongoing: ['løbende', 'kontinuerligt', 'fast'],
});

/** Actor ids in one cell, separated by `|` (an activity's owners or contacts). */
export const readIdList = readWaves;

// --- codebooks ------------------------------------------------------------------------------

/** A codebook key from a value a person wrote: lower case, runs of other characters as `_`. */
export function slug(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('da')
    .replace(/[^\p{L}\p{N}_.-]+/gu, '_')
    .replace(/^[_.-]+|[_.-]+$/g, '')
    .slice(0, 60);
}

/**
 * The codebooks of a project read from field data: the defaults, plus a sector or tie type for
 * each value the data uses that the defaults do not know (so data from Gephi or a questionnaire
 * reads as it is), coloured from the Okabe–Ito palette in turn.
 */
export class CodebookBuilder {
  readonly codebooks: Codebooks;
  /** the keys of the entries that came with the defaults, which a table's entry of their name replaces */
  private readonly defaults: Set<string>;

  /** from the defaults, or from a project's own codebooks (which are copied, not changed) */
  constructor(start?: Codebooks) {
    const bookKeys = (c: Codebooks) => NAMED_CODEBOOKS.flatMap((book) => c[book].map((e) => `${book}/${e.key}`));
    this.codebooks = start
      ? {
          sectors: [...start.sectors],
          tieTypes: [...start.tieTypes],
          roles: [...start.roles],
          forumKinds: [...start.forumKinds],
          targetGroups: [...start.targetGroups],
          attributes: [...start.attributes],
        }
      : defaultCodebooks();
    this.defaults = new Set(start ? [] : bookKeys(this.codebooks));
  }

  /** Whether a value names a code of the list, by its key or a label in either language. */
  knows(book: 'sectors' | 'tieTypes', value: string): boolean {
    const wanted = lower(value);
    return this.codebooks[book].some((e) => lower(e.key) === wanted || lower(e.label.da) === wanted || lower(e.label.en) === wanted);
  }

  /** The key for a value given as a key or as a label in either language, adding it if new. */
  code(book: 'sectors' | 'tieTypes', value: string): string {
    const entries = this.codebooks[book];
    const text = value.trim();
    const wanted = lower(text);
    const known =
      entries.find((e) => e.key === text) ??
      entries.find((e) => lower(e.key) === wanted || lower(e.label.da) === wanted || lower(e.label.en) === wanted);
    if (known) return known.key;
    const base = slug(text) || (book === 'sectors' ? 'sector' : 'type');
    let key = base;
    for (let n = 2; entries.some((e) => e.key === key); n++) key = `${base.slice(0, 55)}_${n}`;
    const label = text.slice(0, 200).trim();
    const color = OKABE_ITO[entries.length % OKABE_ITO.length] ?? OKABE_ITO[0];
    if (book === 'sectors') this.codebooks.sectors.push({ key, label: { da: label, en: label }, color, definite: { ...NO_DEFINITE_FORM } });
    else this.codebooks.tieTypes.push({ key, label: { da: label, en: label }, color });
    return key;
  }

  /** The key of a forum kind given as a key or a label in either language, adding it if new. */
  forumKind(value: string): string {
    return this.labelled('forumKinds', value, 'forum');
  }

  knowsForumKind(value: string): boolean {
    return this.knowsLabelled('forumKinds', value);
  }

  /** The key of a target group given as a key or a label in either language, adding it if new. */
  targetGroup(value: string): string {
    return this.labelled('targetGroups', value, 'group');
  }

  knowsTargetGroup(value: string): boolean {
    return this.knowsLabelled('targetGroups', value);
  }

  /** A code of a list whose entries are a key and a label: found by either, or added. */
  private labelled(list: 'forumKinds' | 'targetGroups', value: string, fallback: string): string {
    const text = value.trim();
    const wanted = lower(text);
    const entries = this.codebooks[list];
    const known = entries.find((e) => e.key === text) ?? entries.find((e) => lower(e.key) === wanted || lower(e.label.da) === wanted || lower(e.label.en) === wanted);
    if (known) return known.key;
    const base = slug(text) || fallback;
    let key = base;
    for (let n = 2; entries.some((e) => e.key === key); n++) key = `${base.slice(0, 55)}_${n}`;
    const label = text.slice(0, 200).trim();
    entries.push({ key, label: { da: label, en: label } });
    return key;
  }

  private knowsLabelled(list: 'forumKinds' | 'targetGroups', value: string): boolean {
    const wanted = lower(value);
    return this.codebooks[list].some((e) => lower(e.key) === wanted || lower(e.label.da) === wanted || lower(e.label.en) === wanted);
  }

  /** An attribute definition as a codebook table gives it: it replaces the one of the same key and owner, or is added. */
  define(definition: AttributeDefinition): void {
    const entries = this.codebooks.attributes;
    const at = entries.findIndex((e) => e.key === definition.key && e.appliesTo === definition.appliesTo);
    if (at >= 0) entries[at] = definition;
    else entries.push(definition);
  }

  /** An entry as a codebook table gives it: it replaces the entry of the same key, or is added. */
  set<B extends CodebookName>(book: B, entry: Codebooks[B][number]): void {
    // a default the table names again under a key of its own gives way, rather than leave two
    // codes of one name (which the rules refuse): the codebook table comes before the data
    const names = new Set([searchKey(entry.label.da), searchKey(entry.label.en)]);
    const givesWay = (e: Codebooks[B][number]) =>
      e.key !== entry.key && this.defaults.has(`${book}/${e.key}`) && (names.has(searchKey(e.label.da)) || names.has(searchKey(e.label.en)));
    const entries = this.codebooks[book] as Array<Codebooks[B][number]>;
    for (let i = entries.length - 1; i >= 0; i--) if (givesWay(entries[i] as Codebooks[B][number])) entries.splice(i, 1);
    const at = entries.findIndex((e) => e.key === entry.key);
    if (at >= 0) entries[at] = entry;
    else entries.push(entry);
  }

  /** The key of a role given as a key or a label in either language; undefined if unknown. */
  role(value: string): string | undefined {
    const wanted = lower(value);
    return this.codebooks.roles.find((r) => lower(r.key) === wanted || lower(r.label.da) === wanted || lower(r.label.en) === wanted)
      ?.key;
  }

  roleNames(): string {
    return this.codebooks.roles.map((r) => `${r.label.da} (${r.key})`).join(', ');
  }
}

// --- problems and places --------------------------------------------------------------------

/**
 * Problems in reading order: by section (a file, or keys/nodes/edges), then position, then the
 * column within a row; problems added with the same order keep the order they were found in.
 */
export class Problems {
  private readonly list: Array<{ order: readonly number[]; problem: Problem }> = [];
  private readonly seen = new Set<string>();

  /** Adds a problem at a place in the file; the same problem at the same place is kept once. */
  add(order: readonly number[], at: SourcePlace, key: MessageKey, params: MessageParams = {}): void {
    const id = JSON.stringify([at, key, params]);
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.list.push({ order, problem: { path: [], key, params, at } });
  }

  get count(): number {
    return this.list.length;
  }

  sorted(): Problem[] {
    const compare = (a: readonly number[], b: readonly number[]): number => {
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? -1) - (b[i] ?? -1);
        if (d !== 0) return d;
      }
      return 0;
    };
    return [...this.list].sort((a, b) => compare(a.order, b.order)).map((p) => p.problem);
  }

  /** Refuses the whole file (or set of files) with every problem found. */
  refuse(file: string): never {
    throw new UserError('invalid', 'errors.invalidData', { file, count: this.count }, this.sorted());
  }

  /** Refuses when anything was wrong: nothing is read halfway. */
  throwIfAny(file: string): void {
    if (this.count > 0) this.refuse(file);
  }
}

/** Where an element came from, for naming it and its fields in problems. */
export interface ElementSource {
  /** the element, e.g. `actors.csv` row 5 with id "p-3", or node "12" of `net.graphml` */
  at: SourcePlace;
  order: readonly [number, number];
  /** the column or attribute each model field was read from, where its name differs */
  fields: Partial<Record<string, string>>;
  /** names a column or attribute of the element: `{ column: 'sektor' }` or `{ attribute: 'sector' }` */
  name: (field: string) => SourcePlace;
  /** where a column or attribute stands, so an element's problems come in the file's order */
  rank?: (field: string) => number;
}

/** The place of a field: `actors.csv` row 5 (id "p-3"), column sector. */
export const placeOf = (source: ElementSource, field?: string): SourcePlace =>
  field === undefined ? source.at : { ...source.at, ...source.name(field) };

/** Adds a problem at an element, or at one of its columns or attributes (named as in the file). */
export function addAt(problems: Problems, source: ElementSource, field: string | undefined, key: MessageKey, params: MessageParams = {}): void {
  const rank = field === undefined ? -1 : (source.rank?.(field) ?? -1);
  problems.add([...source.order, rank], placeOf(source, field), key, params);
}

/** The source field behind a model path such as `['label']`, `['evidence', 'quote']` or `['attributes', 'Alder']`. */
export function sourceField(source: ElementSource, path: ProblemPath): string | undefined {
  const [top, sub] = path;
  if (top === undefined || (top === 'attributes' && sub === undefined)) return undefined;
  if (top === 'attributes') return String(sub);
  if (top === 'evidence' && typeof sub === 'string') return source.fields[`evidence.${sub}`] ?? `evidence_${sub}`;
  if (top === 'window' && typeof sub === 'string') return source.fields[`window.${sub}`] ?? `${sub}_week`;
  const name = String(top);
  return source.fields[name] ?? name;
}

/**
 * Validates one element with the project format's own schema; its problems are named by the
 * element's place and the column or attribute each field came from.
 */
export function validateElement<S extends z.ZodType>(
  schema: S,
  raw: Record<string, unknown>,
  source: ElementSource,
  problems: Problems,
): z.output<S> | undefined {
  const parsed = parseIn(schema, raw);
  if (parsed.ok) return parsed.value;
  for (const p of parsed.problems) addAt(problems, source, sourceField(source, p.path), p.key, p.params);
  return undefined;
}

/**
 * Claims an element's id for it. A repeated id is a problem at the element's id, and the caller
 * leaves the element out (checked here, not only in the project-wide check, so that an id whose
 * first use was unreadable is still reported as repeated).
 */
export function claimId(seen: Set<string>, id: string, source: ElementSource, problems: Problems): boolean {
  const key = id.trim();
  if (key === '') return true;
  if (!seen.has(key)) {
    seen.add(key);
    return true;
  }
  addAt(problems, source, source.fields['id'] ?? 'id', 'errors.duplicateId', { id: key });
  return false;
}

export interface Read<T> {
  value: T;
  source: ElementSource;
}

export interface FieldData {
  name: string;
  codebooks: Codebooks;
  actors: Array<Read<Actor>>;
  ties: Array<Read<Tie>>;
  memberships: Array<Read<Membership>>;
  /** forums, with where each of their seats was read from (a row of a seats table) */
  forums?: Array<Read<Forum> & { seats: ElementSource[] }>;
  /** the activities of the reception timeline */
  activities?: Array<Read<Activity>>;
  /** waves as a table of the file gives them; without one, the waves the elements name are made */
  waves?: Array<Read<Wave>>;
  /** ids of actors the schema refused, so references to them are not also reported as unknown */
  unreadActors: ReadonlySet<string>;
  /** likewise, waves of a waves table */
  unreadWaves?: ReadonlySet<string>;
  /** the actors are the ends an edge list names, not records of the file */
  derivedActors?: boolean;
}

const numeric = new Intl.Collator('da', { numeric: true });
const REFERENCE_FIELDS = new Set(['source', 'target', 'person', 'organisation', 'actor', 'represents', 'owners', 'contacts']);

/**
 * The project read from field data: waves made from the wave ids used, a strength scale that
 * covers the data, then the same rules as every project (duplicate ids, unknown or wrong-kind
 * references). Throws every problem at once, or returns the whole project.
 */
export function assembleProject(read: FieldData, problems: Problems, file: string): ProjectData {
  const forums = read.forums ?? [];
  const activities = read.activities ?? [];
  const elements = [...read.actors, ...read.ties, ...read.memberships, ...forums, ...activities];
  const waveIds = new Set(elements.flatMap((e) => e.value.waves));
  // a file with a table of waves names its own; references to others are problems, as in a project
  const waves: Wave[] = read.waves
    ? read.waves.map((w) => w.value)
    : [...waveIds]
        .filter((id) => WaveIdSchema.safeParse(id).success)
        .sort((a, b) => numeric.compare(a, b))
        .map((id) => ({ id: WaveIdSchema.parse(id), label: id, date: null }));

  const settings = defaultSettings();
  const strengths = read.ties.flatMap((t) => (t.value.strength === null ? [] : [t.value.strength]));
  if (strengths.length > 0) {
    settings.strengthScale = {
      min: Math.min(settings.strengthScale.min, ...strengths),
      max: Math.max(settings.strengthScale.max, ...strengths),
    };
  }

  const data: ProjectData = {
    meta: { name: read.name, description: '' },
    settings,
    codebooks: read.codebooks,
    waves,
    actors: read.actors.map((a) => a.value),
    memberships: read.memberships.map((m) => m.value),
    ties: read.ties.map((t) => t.value),
    forums: forums.map((f) => f.value),
    activities: activities.map((a) => a.value),
    positions: {},
    views: [],
  };

  const collections = { actors: read.actors, ties: read.ties, memberships: read.memberships, forums, activities, waves: read.waves ?? [] } as const;
  for (const p of checkProject(data)) {
    const [collection, index, field] = p.path;
    const rows = typeof collection === 'string' && Object.hasOwn(collections, collection) ? collections[collection as keyof typeof collections] : undefined;
    const element = typeof index === 'number' ? (rows as ReadonlyArray<Read<object>> | undefined)?.[index] : undefined;
    if (!element) {
      problems.add([99, 0], { file }, p.key, p.params);
      continue;
    }
    // a seat's problem belongs to the seat's own row: ['forums', 2, 'seats', 0, 'actor']
    const seatAt = collection === 'forums' && field === 'seats' && typeof p.path[3] === 'number' ? p.path[3] : undefined;
    const seat = seatAt === undefined ? undefined : forums[index as number]?.seats[seatAt];
    const at = seat ?? element.source;
    const rest = seat ? p.path.slice(4) : p.path.slice(2);
    const named = seat ? rest[0] : field;
    const owner = (seat && seatAt !== undefined ? forums[index as number]?.value.seats[seatAt] : element.value) as Record<string, unknown> | undefined;
    const referred = typeof named === 'string' && REFERENCE_FIELDS.has(named) ? owner?.[named] : undefined;
    // an activity's owners and contacts are lists: ['activities', 1, 'owners', 0]
    const ref = Array.isArray(referred) && typeof rest[1] === 'number' ? (referred[rest[1]] as unknown) : referred;
    if (typeof ref === 'string' && read.unreadActors.has(ref)) continue;
    if (named === 'waves' && read.unreadWaves?.has(String(p.params['id']))) continue;
    addAt(problems, at, named === undefined ? undefined : sourceField(at, rest), p.key, p.params);
  }
  problems.throwIfAny(file);
  RECORD_SOURCES.set(data, {
    sources: new Map(Object.entries(collections).flatMap(([collection, rows]) => rows.map((r): [string, ElementSource] => [recordKey(collection, (r.value as { id: string }).id), r.source]))),
    derived: new Set([...(read.waves || waves.length === 0 ? [] : ['waves' as const]), ...(read.derivedActors ? ['actors' as const] : [])]),
  });
  return data;
}

// --- where records came from, after reading --------------------------------------------------

const RECORD_SOURCES = new WeakMap<ProjectData, { sources: ReadonlyMap<string, ElementSource>; derived: ReadonlySet<'waves' | 'actors'> }>();
const recordKey = (collection: string, id: string) => `${collection}\u0000${id}`;

/** Where each record of field data was read from, so a problem the project finds later (an id it already has) is named by file, sheet, row and column. */
export interface RecordPlaces {
  placeOf(collection: string, id: string, path: ProblemPath): SourcePlace | undefined;
  /**
   * Tables made from what the file names rather than read from it: the waves its elements list
   * (without a waves table), the actors an edge list's ends name. Their records are added where
   * a project lacks them, but never update or remove what it has.
   */
  derived: ReadonlySet<'waves' | 'actors'>;
}

/**
 * The places of the records a reader returned, while the project is the one it returned (a copy
 * made afterwards has none); undefined for data not read by a field-data reader.
 */
export function recordPlaces(data: ProjectData): RecordPlaces | undefined {
  const kept = RECORD_SOURCES.get(data);
  if (!kept) return undefined;
  const { sources, derived } = kept;
  return {
    derived,
    placeOf: (collection, id, path) => {
      const source = sources.get(recordKey(collection, id));
      if (!source) return undefined;
      const field = path.length === 0 ? undefined : sourceField(source, path);
      return placeOf(source, field);
    },
  };
}

/** An id of the form `${prefix}${n}` for an element the file gave none, clashing with no given id. */
export function freeId(prefix: string, n: number, taken: Set<string>): string {
  let id = `${prefix}${n}`;
  for (let k = 2; taken.has(id); k++) id = `${prefix}${n}_${k}`;
  taken.add(id);
  return id;
}
