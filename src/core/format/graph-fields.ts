import type { MessageKey, MessageParams } from '../i18n/catalogue';
import {
  readConfidence,
  readFormality,
  readGovernance,
  readKind,
  readNumber,
  readResourceFlow,
  readTieEnd,
  readWaves,
  type AttributeValue,
  type CodebookBuilder,
} from './field-common';

/**
 * What the graph formats (GraphML, GEXF) share beyond XML: which named node and edge values
 * fill an actor's or a tie's own fields, and how those values become the model's fields. A
 * format reads its values by name (a GraphML key's `attr.name`, a GEXF attribute's `title`);
 * the rest are kept as the element's typed attributes.
 */

export type GraphDomain = 'node' | 'edge';

/** The model field each value name (in lower case) fills; Maps, since names come from files. */
const NODE_FIELDS: ReadonlyArray<[string, string]> = [
  ['label', 'label'],
  ['kind', 'kind'],
  ['sector', 'sector'],
  ['influence', 'influence'],
  ['turnover', 'turnover'],
  ['notes', 'notes'],
  ['waves', 'waves'],
];
const EDGE_FIELDS: ReadonlyArray<[string, string]> = [
  ['type', 'type'],
  // GEXF's own `type` on an edge is its direction, so Brobygger writes the tie's type under this name
  ['tie_type', 'type'],
  ['strength', 'strength'],
  ['formality', 'formality'],
  ['initiative', 'initiative'],
  ['mandate', 'mandate'],
  ['resourceflow', 'resourceFlow'],
  ['resource_flow', 'resourceFlow'],
  ['dependent', 'dependent'],
  ['governance', 'governance'],
  ['evidence_source', 'evidence.source'],
  ['evidence_quote', 'evidence.quote'],
  ['confidence', 'evidence.confidence'],
  ['notes', 'notes'],
  ['waves', 'waves'],
  // Brobygger's GraphML of a mixed network, and networkx users, say an edge's direction as data
  ['directed', 'directed'],
];

/**
 * The field each declared value fills (undefined: an attribute of that name), for one kind of
 * element: the first declaration named after a field fills it; `name` gives the label where no
 * value is called `label`, and `weight` the strength where none is called `strength`. A second
 * declaration of an attribute's name is left out and reported through `duplicate`.
 */
export function fieldRoles<D>(
  declared: readonly D[],
  nameOf: (d: D) => string,
  domain: GraphDomain,
  duplicate: (d: D) => void,
): Map<D, string | undefined> {
  const names = new Set(declared.map((d) => nameOf(d).trim().toLowerCase()));
  const fields = new Map(domain === 'node' ? NODE_FIELDS : EDGE_FIELDS);
  if (domain === 'node' && !names.has('label')) fields.set('name', 'label');
  if (domain === 'edge' && !names.has('strength')) fields.set('weight', 'strength');
  const roles = new Map<D, string | undefined>();
  const filled = new Set<string>();
  const attributes = new Set<string>();
  for (const d of declared) {
    const field = fields.get(nameOf(d).trim().toLowerCase());
    if (field !== undefined && !filled.has(field)) {
      filled.add(field);
      roles.set(d, field);
    } else if (attributes.has(nameOf(d))) duplicate(d);
    else {
      attributes.add(nameOf(d));
      roles.set(d, undefined);
    }
  }
  return roles;
}

/** XML Schema's booleans, as both formats write them. */
const XSD_BOOLEANS = new Map([
  ['true', true],
  ['false', false],
  ['1', true],
  ['0', false],
]);

/** One node's or edge's values: those that fill the model's fields (and the name each came from), and its attributes. */
export interface ElementValues {
  fields: Map<string, { value: AttributeValue; from: string }>;
  attributes: Record<string, AttributeValue>;
}

/** Records a problem at an element, or at one of its attributes. */
export type Report = (attribute: string | undefined, key: MessageKey, params?: MessageParams) => void;

/** Field values as the model wants them, refusing what cannot be one (a word for a number). */
export class FieldReader {
  constructor(
    private readonly values: ElementValues,
    private readonly report: Report,
  ) {}

  text(field: string): string | null {
    const v = this.values.fields.get(field)?.value ?? null;
    if (v === null) return null;
    const s = String(v);
    return s.trim() === '' ? null : s;
  }

  boolean(field: string): boolean | null {
    const entry = this.values.fields.get(field);
    const v = entry?.value ?? null;
    if (v === null || typeof v === 'boolean') return v;
    const b = typeof v === 'string' ? (v.trim() === '' ? null : XSD_BOOLEANS.get(v.trim().toLowerCase())) : undefined;
    if (b !== undefined) return b;
    this.report(entry?.from ?? field, 'fieldData.notABoolean', { value: String(v), accepted: 'true/false' });
    return null;
  }

  number(field: string): number | null {
    const entry = this.values.fields.get(field);
    const v = entry?.value ?? null;
    if (v === null || typeof v === 'number') return v;
    if (typeof v === 'string' && v.trim() === '') return null;
    const n = typeof v === 'string' ? readNumber(v, false) : undefined;
    if (n !== undefined) return n;
    this.report(entry?.from ?? field, 'fieldData.notANumber', { value: String(v) });
    return null;
  }

  /** The attribute name each model field was read from, for naming problems. */
  sources(): Partial<Record<string, string>> {
    const out: Partial<Record<string, string>> = {};
    for (const [field, { from }] of this.values.fields) out[field] = from;
    return out;
  }
}

/** An actor's own fields but its id and label, from a node's values; a sector the codebook lacks is added to it. */
export function actorFields(fields: FieldReader, book: CodebookBuilder) {
  const sector = fields.text('sector');
  return {
    kind: readKind(fields.text('kind') ?? 'person'),
    sector: sector === null ? null : book.code('sectors', sector),
    influence: fields.number('influence'),
    turnover: fields.number('turnover'),
    notes: fields.text('notes') ?? '',
    waves: readWaves(fields.text('waves') ?? ''),
  };
}

/** A tie's own fields but its id, ends and direction, from an edge's values; a type the codebook lacks is added to it. */
export function tieFields(fields: FieldReader, book: CodebookBuilder) {
  const word = (field: string, read: (t: string) => string) => {
    const t = fields.text(field);
    return t === null ? null : read(t);
  };
  const type = fields.text('type');
  return {
    type: type === null ? 'collaboration' : book.code('tieTypes', type),
    strength: fields.number('strength'),
    formality: word('formality', readFormality),
    initiative: word('initiative', readTieEnd),
    mandate: word('mandate', readTieEnd),
    resourceFlow: word('resourceFlow', readResourceFlow),
    dependent: word('dependent', readTieEnd),
    governance: word('governance', readGovernance),
    evidence: {
      source: fields.text('evidence.source') ?? '',
      quote: fields.text('evidence.quote') ?? '',
      confidence: word('evidence.confidence', readConfidence),
    },
    notes: fields.text('notes') ?? '',
    waves: readWaves(fields.text('waves') ?? ''),
  };
}

/** The type a set of attribute values keeps in a typed format: numbers, booleans, else text. */
export function valueType(values: readonly AttributeValue[]): 'boolean' | 'integer' | 'long' | 'double' | 'string' {
  const present = values.filter((v) => v !== null);
  if (present.length > 0 && present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.length > 0 && present.every((v) => typeof v === 'number')) {
    if (!present.every((v) => Number.isSafeInteger(v))) return 'double';
    return present.every((v) => Math.abs(v) <= 2 ** 31 - 1) ? 'integer' : 'long';
  }
  return 'string';
}
