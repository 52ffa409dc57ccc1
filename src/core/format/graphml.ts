import { UserError } from '../errors';
import type { SourcePlace } from '../problems';
import type { Actor, Membership, ProjectData, Tie } from '../model/schema';
import {
  assembleProject,
  claimId,
  CodebookBuilder,
  freeId,
  isRefusal,
  Problems,
  readNumber,
  refusal,
  validateElement,
  type AttributeValue,
  type ElementSource,
  type Read,
  type Refusal,
} from './field-common';
import { actorFields, FieldReader, fieldRoles, tieFields, valueType, type ElementValues, type Report } from './graph-fields';
import { ElementSchemas } from './project-json';
import { attribute, children, escapeXml, textOf, xmlReader, type XmlElement } from './xml';

/**
 * GraphML as Gephi, igraph, networkx and yEd write it (http://graphml.graphdrawing.org).
 *
 * Reading: the `<key>` declarations give each `<data>` value its name, type and default; the
 * first `<graph>` is the network. Node and edge data whose names match an actor's or tie's own
 * fields fill those fields (`label`, or `name` when there is no label; `weight` when there is no
 * `strength`); every other value is kept as a typed attribute. An element that gives no value
 * for a key has the key's default, or no such attribute when the key has none (networkx writes
 * sparse attributes so); an empty number or boolean is null, as is igraph's NaN. yEd's graphics
 * keys (`yfiles.type`) are skipped. Problems are named `file: node "12", attribute "kind"` or
 * `file: edge 57 (source "3", target "99"), attribute "target"`, where an edge's number is its
 * position among the graph's edges, counted from 1.
 */

type GraphmlType = 'boolean' | 'int' | 'long' | 'float' | 'double' | 'string';
const TYPES = new Set<string>(['boolean', 'int', 'long', 'float', 'double', 'string']);
type Domain = 'node' | 'edge';

interface Key {
  id: string;
  name: string;
  type: GraphmlType;
  for: string;
  /** the value of elements that give none; undefined when the key declares no default */
  default: AttributeValue | undefined;
  /** yEd's graphics and other keys that carry markup rather than values */
  skip: boolean;
}

/** What a key means for nodes or edges: one of the element's own fields, or an attribute. */
interface KeyRole {
  key: Key;
  field?: string;
}

const readXml = xmlReader(new Set(['key', 'graph', 'node', 'edge', 'data', 'default', 'hyperedge']));

const XSD_BOOLEANS = new Map([
  ['true', true],
  ['false', false],
  ['1', true],
  ['0', false],
]);

/** A value as its key's type has it: numbers parsed, booleans true/false (or 1/0). */
function typedValue(text: string, type: GraphmlType): AttributeValue | Refusal {
  if (type === 'string') return text;
  const t = text.trim();
  if (t === '') return null;
  if (type === 'boolean') {
    const b = XSD_BOOLEANS.get(t.toLowerCase());
    return b ?? refusal('fieldData.notABoolean', { value: t, accepted: 'true/false, 1/0' });
  }
  // igraph and networkx write NaN for a missing number
  if (t.toLowerCase() === 'nan') return null;
  const n = readNumber(t, false);
  if (n === undefined) return refusal('fieldData.notANumber', { value: t });
  if ((type === 'int' || type === 'long') && !Number.isInteger(n)) return refusal('fieldData.notAnInteger', { value: t });
  return n;
}

/** What each key means for one kind of element; the first key named after a field fills it. */
function keyRoles(keys: readonly Key[], domain: Domain, problems: Problems, place: (k: Key) => SourcePlace) {
  const applicable = keys.filter((k) => !k.skip && (k.for === domain || k.for === 'all'));
  const fields = fieldRoles(applicable, (k) => k.name, domain, (key) =>
    problems.add([0, keys.indexOf(key)], place(key), 'fieldData.duplicateKeyName', { name: key.name, element: domain }),
  );
  const roles = new Map<string, KeyRole>();
  for (const [key, field] of fields) roles.set(key.id, field === undefined ? { key } : { key, field });
  return roles;
}

/** Reads the `<data>` of one node or edge: each value typed, and the keys' defaults. */
function readData(
  el: XmlElement,
  domain: Domain,
  roles: ReadonlyMap<string, KeyRole>,
  skipped: ReadonlySet<string>,
  report: Report,
): ElementValues {
  const given = new Map<string, AttributeValue>();
  for (const data of children(el, 'data')) {
    const id = attribute(data, 'key');
    if (id === undefined) {
      report(undefined, 'fieldData.missingAttribute', { name: 'key' });
      continue;
    }
    if (skipped.has(id)) continue;
    const role = roles.get(id);
    if (!role) {
      report(id, 'fieldData.undeclaredKey', { key: id, element: domain });
      continue;
    }
    if (given.has(id)) {
      report(role.key.name, 'fieldData.repeatedData', { key: id });
      continue;
    }
    const text = textOf(data);
    if (text === undefined) continue;
    const value = typedValue(text, role.key.type);
    if (isRefusal(value)) {
      report(role.key.name, value.refused.key, value.refused.params);
      given.set(id, null);
    } else given.set(id, value);
  }
  const fields: ElementValues['fields'] = new Map();
  const attributes: Array<[string, AttributeValue]> = [];
  for (const [id, role] of roles) {
    const value = given.has(id) ? (given.get(id) ?? null) : role.key.default;
    if (value === undefined) continue;
    if (role.field !== undefined) fields.set(role.field, { value, from: role.key.name });
    else attributes.push([role.key.name, value]);
  }
  return { fields, attributes: Object.fromEntries(attributes) };
}

export function decodeGraphml(text: string, fileName: string): ProjectData {
  const { root: rootName, element: root } = readXml(text, fileName);
  if (rootName !== 'graphml') throw new UserError('invalid', 'fieldData.notGraphml', { file: fileName, root: rootName });
  const graph = children(root, 'graph')[0];
  if (!graph) throw new UserError('invalid', 'fieldData.noGraph', { file: fileName });

  const problems = new Problems();
  const inFile = (place: SourcePlace): SourcePlace => ({ file: fileName, ...place });
  const withAttribute = (place: SourcePlace, name?: string): SourcePlace => (name === undefined ? place : { ...place, attribute: name });

  // keys
  const keys: Key[] = [];
  const skipped = new Set<string>();
  const keyIds = new Set<string>();
  children(root, 'key').forEach((el, i) => {
    const id = attribute(el, 'id');
    const place = inFile(id === undefined ? { keyAt: i + 1 } : { key: id });
    if (id === undefined) {
      problems.add([0, i], place, 'fieldData.missingAttribute', { name: 'id' });
      return;
    }
    if (keyIds.has(id)) {
      problems.add([0, i], place, 'errors.duplicateId', { id });
      return;
    }
    keyIds.add(id);
    if (attribute(el, 'yfiles.type') !== undefined) {
      skipped.add(id);
      return;
    }
    const type = (attribute(el, 'attr.type') ?? 'string').trim().toLowerCase();
    if (!TYPES.has(type)) {
      problems.add([0, i], withAttribute(place, 'attr.type'), 'fieldData.unknownType', { type });
      return;
    }
    const defaultEl = children(el, 'default')[0];
    const defaultText = defaultEl ? textOf(defaultEl) : undefined;
    let def: AttributeValue | undefined;
    if (defaultText !== undefined) {
      const v = typedValue(defaultText, type as GraphmlType);
      if (isRefusal(v)) problems.add([0, i], withAttribute(place, 'default'), v.refused.key, v.refused.params);
      else def = v;
    }
    const name = (attribute(el, 'attr.name') ?? '').trim() || id;
    keys.push({ id, name, type: type as GraphmlType, for: (attribute(el, 'for') ?? 'all').trim().toLowerCase(), default: def, skip: false });
  });
  const keyPlace = (k: Key) => inFile({ key: k.id });
  /** an element's problems come in the order of the keys; the element's own attributes first */
  const keyRank = (name: string | undefined) => (name === undefined ? -1 : keys.findIndex((k) => k.name === name));
  const nodeRoles = keyRoles(keys, 'node', problems, keyPlace);
  const edgeRoles = keyRoles(keys, 'edge', problems, keyPlace);

  if (children(graph, 'hyperedge').length > 0) problems.add([0, 0], inFile({ graph: true }), 'fieldData.hyperedge');
  const graphData = new Map<string, string>();
  for (const data of children(graph, 'data')) {
    const key = keys.find((k) => k.id === attribute(data, 'key'));
    const value = textOf(data);
    if (key && value !== undefined) graphData.set(key.name.toLowerCase(), value.trim());
  }

  const book = new CodebookBuilder();

  // nodes
  const actors: Array<Read<Actor>> = [];
  const unreadActors = new Set<string>();
  const actorIds = new Set<string>();
  children(graph, 'node').forEach((el, i) => {
    const order = [1, i] as const;
    const id = attribute(el, 'id');
    const place = inFile(id === undefined ? { nodeAt: i + 1 } : { node: id });
    const at = (name?: string) => withAttribute(place, name);
    if (id === undefined) {
      problems.add(order, at(), 'fieldData.missingAttribute', { name: 'id' });
      return;
    }
    const report: Report = (name, key, params) => problems.add([...order, keyRank(name)], at(name), key, params);
    if (children(el, 'graph').length > 0) report(undefined, 'fieldData.nestedGraph');
    const values = readData(el, 'node', nodeRoles, skipped, report);
    const fields = new FieldReader(values, report);
    const raw = { id, label: fields.text('label') ?? id, ...actorFields(fields, book), attributes: values.attributes };
    const source: ElementSource = { at: place, order, fields: fields.sources(), name: (n) => ({ attribute: n }), rank: keyRank };
    if (!claimId(actorIds, id, source, problems)) return;
    const actor = validateElement(ElementSchemas.actor, raw, source, problems);
    if (actor) actors.push({ value: actor, source });
    else unreadActors.add(id.trim());
  });

  // edges
  const edgeElements = children(graph, 'edge');
  const takenIds = new Set(edgeElements.flatMap((el) => attribute(el, 'id') ?? []));
  const directedByDefault = (attribute(graph, 'edgedefault') ?? 'directed').trim() !== 'undirected';
  const ties: Array<Read<Tie>> = [];
  const tieIds = new Set<string>();
  edgeElements.forEach((el, i) => {
    const order = [2, i] as const;
    const given = attribute(el, 'id');
    const ends = { source: attribute(el, 'source'), target: attribute(el, 'target') };
    const names: NonNullable<SourcePlace['names']> = [
      ...(given === undefined ? [] : [{ as: 'id' as const, id: given }]),
      ...(ends.source === undefined ? [] : [{ as: 'source' as const, id: ends.source }]),
      ...(ends.target === undefined ? [] : [{ as: 'target' as const, id: ends.target }]),
    ];
    const place = inFile({ edge: i + 1, ...(names.length > 0 ? { names } : {}) });
    const at = (name?: string) => withAttribute(place, name);
    const report: Report = (name, key, params) => problems.add([...order, keyRank(name)], at(name), key, params);
    const missingEnd = ends.source === undefined || ends.target === undefined;
    for (const end of ['source', 'target'] as const)
      if (ends[end] === undefined) report(undefined, 'fieldData.missingAttribute', { name: end });
    const values = readData(el, 'edge', edgeRoles, skipped, report);
    const fields = new FieldReader(values, report);
    const directedText = attribute(el, 'directed');
    let directed = directedByDefault;
    if (directedText !== undefined) {
      const d = typedValue(directedText, 'boolean');
      if (typeof d === 'boolean') directed = d;
      else report('directed', 'fieldData.notABoolean', { value: directedText, accepted: 'true/false' });
    } else {
      const given = fields.boolean('directed');
      if (given !== null) directed = given;
    }
    const raw = {
      id: given ?? freeId('e', i + 1, takenIds),
      source: ends.source ?? '',
      target: ends.target ?? '',
      directed,
      ...tieFields(fields, book),
      attributes: values.attributes,
    };
    if (missingEnd) return;
    const source: ElementSource = { at: place, order, fields: fields.sources(), name: (n) => ({ attribute: n }), rank: keyRank };
    if (!claimId(tieIds, raw.id, source, problems)) return;
    const tie = validateElement(ElementSchemas.tie, raw, source, problems);
    if (tie) ties.push({ value: tie, source });
  });

  const baseName = fileName.replace(/^.*[\\/]/, '').replace(/\.(graphml|xml)$/i, '').trim();
  const name = (graphData.get('name') || graphData.get('label') || baseName || 'GraphML').slice(0, 300).trim();
  const data = assembleProject(
    { name, codebooks: book.codebooks, actors, ties, memberships: [] as Array<Read<Membership>>, unreadActors },
    problems,
    fileName,
  );
  const description = graphData.get('description');
  return description ? { ...data, meta: { ...data.meta, description: description.slice(0, 20_000) } } : data;
}

// --- writing --------------------------------------------------------------------------------

interface OutKey {
  id: string;
  domain: 'graph' | Domain;
  name: string;
  type: GraphmlType;
}

/** The GraphML type that keeps an attribute's values: numbers, booleans, else strings. */
function attributeType(values: readonly AttributeValue[]): GraphmlType {
  const type = valueType(values);
  return type === 'integer' ? 'int' : type;
}

/**
 * Writes actors as nodes and ties as edges, for Gephi, igraph and networkx: a typed key for
 * each of the model's fields and each attribute. Edges are undirected unless a tie is directed;
 * in a network of both, each edge's `directed` value says which it is. Memberships, forums and the codebooks'
 * labels and colours are not part of GraphML's model and are not written.
 */
export function encodeGraphml(data: ProjectData): string {
  const keys: OutKey[] = [];
  const add = (domain: OutKey['domain'], name: string, type: GraphmlType) => {
    const key = { id: `d${keys.length}`, domain, name, type };
    keys.push(key);
    return key;
  };
  const graphName = add('graph', 'name', 'string');
  const graphDescription = add('graph', 'description', 'string');

  /** a key and its value for an element; undefined writes nothing, null an empty value */
  type Cell<T> = [OutKey, (element: T) => AttributeValue | undefined];
  const nodeCells: Array<Cell<Actor>> = [
    [add('node', 'label', 'string'), (a) => a.label],
    [add('node', 'kind', 'string'), (a) => a.kind],
    [add('node', 'sector', 'string'), (a) => a.sector ?? undefined],
    [add('node', 'influence', 'double'), (a) => a.influence ?? undefined],
    [add('node', 'turnover', 'double'), (a) => a.turnover ?? undefined],
    [add('node', 'notes', 'string'), (a) => a.notes || undefined],
    [add('node', 'waves', 'string'), (a) => a.waves.join('|') || undefined],
  ];
  const edgeCells: Array<Cell<Tie>> = [
    [add('edge', 'type', 'string'), (t) => t.type],
    [add('edge', 'strength', 'double'), (t) => t.strength ?? undefined],
    [add('edge', 'formality', 'string'), (t) => t.formality ?? undefined],
    [add('edge', 'initiative', 'string'), (t) => t.initiative ?? undefined],
    [add('edge', 'mandate', 'string'), (t) => t.mandate ?? undefined],
    [add('edge', 'resource_flow', 'string'), (t) => t.resourceFlow ?? undefined],
    [add('edge', 'dependent', 'string'), (t) => t.dependent ?? undefined],
    [add('edge', 'governance', 'string'), (t) => t.governance ?? undefined],
    [add('edge', 'evidence_source', 'string'), (t) => t.evidence.source || undefined],
    [add('edge', 'evidence_quote', 'string'), (t) => t.evidence.quote || undefined],
    [add('edge', 'confidence', 'string'), (t) => t.evidence.confidence ?? undefined],
    [add('edge', 'notes', 'string'), (t) => t.notes || undefined],
    [add('edge', 'waves', 'string'), (t) => t.waves.join('|') || undefined],
  ];
  const attributeCells = <T extends { attributes: Record<string, AttributeValue> }>(domain: Domain, elements: readonly T[]) => {
    const names = [...new Set(elements.flatMap((e) => Object.keys(e.attributes)))];
    const value = (e: T, name: string) => (Object.hasOwn(e.attributes, name) ? e.attributes[name] : undefined);
    return names.map((name): Cell<T> => {
      const type = attributeType(elements.map((e) => value(e, name) ?? null));
      // an empty number or boolean reads back as null; an empty string would read back as ''
      return [add(domain, name, type), (e) => (type === 'string' ? (value(e, name) ?? undefined) : value(e, name))];
    });
  };
  nodeCells.push(...attributeCells('node', data.actors));
  edgeCells.push(...attributeCells('edge', data.ties));

  // networkx refuses a file whose edges differ from edgedefault, and igraph ignores such marks: a
  // mixed network is written directed, each edge saying its own direction as data (an undirected
  // tie is one arc from source to target), as the CSV set's Python loader has it
  const allDirected = data.ties.length > 0 && data.ties.every((t) => t.directed);
  const mixed = !allDirected && data.ties.some((t) => t.directed);
  if (mixed) edgeCells.splice(1, 0, [add('edge', 'directed', 'boolean'), (t) => t.directed]);

  const cell = (key: OutKey, value: AttributeValue | undefined) => {
    if (value === undefined) return '';
    return `\n      <data key="${key.id}">${value === null ? '' : escapeXml(String(value))}</data>`;
  };
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.map((k) => `  <key id="${k.id}" for="${k.domain}" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`),
    `  <graph id="G" edgedefault="${allDirected || mixed ? 'directed' : 'undirected'}">`,
    `    <data key="${graphName.id}">${escapeXml(data.meta.name)}</data>`,
    ...(data.meta.description ? [`    <data key="${graphDescription.id}">${escapeXml(data.meta.description)}</data>`] : []),
  ];
  for (const a of data.actors) {
    const cells = nodeCells.map(([key, get]) => cell(key, get(a))).join('');
    lines.push(`    <node id="${escapeXml(a.id)}">${cells}\n    </node>`);
  }
  for (const t of data.ties) {
    const cells = edgeCells.map(([key, get]) => cell(key, get(t))).join('');
    lines.push(`    <edge id="${escapeXml(t.id)}" source="${escapeXml(t.source)}" target="${escapeXml(t.target)}">${cells}\n    </edge>`);
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
