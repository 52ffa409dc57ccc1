import { UserError } from '../errors';
import { NO_SECTOR_COLOR } from '../model/defaults';
import type { Actor, ActorKind, Codebooks, Membership, Point, ProjectData, Tie } from '../model/schema';
import type { SourcePlace } from '../problems';
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
import { actorFields, FieldReader, fieldRoles, tieFields, valueType, type ElementValues, type GraphDomain, type Report } from './graph-fields';
import { ElementSchemas } from './project-json';
import { attribute, children, escapeXml, textOf, xmlReader, type XmlElement } from './xml';

/**
 * GEXF, Gephi's format (https://gexf.net), as Gephi 0.7–0.10 and networkx write it: versions
 * 1.1draft, 1.2draft and 1.3, under any of their namespaces or none.
 *
 * Reading: `<attributes class="node|edge">` declare each `<attvalue>`'s title, type and default;
 * values whose titles match an actor's or tie's own fields fill them (as GraphML's do, see
 * graph-fields.ts), every other value is kept as a typed attribute. A node's `label` is the
 * actor's. An edge's `weight` is the strength where no attribute is titled `strength` (or
 * `weight`); an edge without one has GEXF's default 1 when others have one (Gephi writes only
 * weights other than 1), else no strength. Its `type` is its direction (`mutual`, both ways,
 * reads as undirected) or, when it is not a direction, the tie's type, which is where networkx
 * writes an edge attribute called `type`; Gephi's `kind` is the tie's type too where no attribute
 * gives one; a `label` is kept as the attribute `label`.
 *
 * `viz:position` becomes the project's saved map layout, with y turned over (Gephi's y axis
 * points up, the map's down); where every actor of a sector has the same `viz:color` (r/g/b, or
 * 1.3's hex), that becomes the sector's colour, and likewise for edges and tie types. `viz:size`,
 * `viz:shape`, alpha and z are not part of the model and are passed over. Dynamic graphs are read
 * as they stand: spells are passed over, and of an attribute's values with start/end the one
 * without is taken, else the last. Gephi's hierarchies are read flat: nested nodes are actors like
 * the others (`pid` is passed over), and edges inside a node are read before the graph's own, in
 * the order of the file. Problems are named as GraphML's are: `file: node "12", attribute "kind"`,
 * `file: edge 57 (source "3", target "99"), attribute "weight"`.
 *
 * Writing: GEXF 1.2draft, which networkx's read_gexf (1.1draft and 1.2draft only) and every Gephi
 * since 0.8 read; 1.3 would add nothing the project uses and networkx cannot read it.
 */

type ValueKind = 'integer' | 'number' | 'boolean' | 'string' | 'list';

/** GEXF's attribute types (in lower case, as Gephi compares them); `list…` types are lists of these. */
const TYPES = new Map<string, ValueKind>([
  ['integer', 'integer'],
  ['int', 'integer'],
  ['long', 'integer'],
  ['short', 'integer'],
  ['byte', 'integer'],
  ['biginteger', 'integer'],
  ['float', 'number'],
  ['double', 'number'],
  ['bigdecimal', 'number'],
  ['boolean', 'boolean'],
  ['bool', 'boolean'],
  ['string', 'string'],
  ['anyuri', 'string'],
  ['char', 'string'],
  ['character', 'string'],
  ['date', 'string'],
]);
const kindOfType = (type: string): ValueKind | undefined => {
  const t = type.trim().toLowerCase();
  return TYPES.get(t) ?? (t.startsWith('list') && TYPES.has(t.slice(4)) ? 'list' : undefined);
};

const BOOLEANS = new Map([
  ['true', true],
  ['false', false],
  ['1', true],
  ['0', false],
]);

/** A list as Gephi writes one (`[a, b]`) or as the GEXF primer does (`a|b`). */
const listItems = (text: string): string[] => {
  const t = text.trim();
  const items = /^\[[\s\S]*\]$/.test(t) ? t.slice(1, -1).split(',') : t.split('|');
  return items.map((s) => s.trim()).filter((s) => s !== '');
};

/**
 * A value as its attribute's type has it: numbers parsed, booleans true/false (or 1/0). A list
 * is kept as text, its items joined by `|`, since an attribute holds one value.
 */
function typedValue(text: string, kind: ValueKind): AttributeValue | Refusal {
  if (kind === 'string') return text;
  if (kind === 'list') return listItems(text).join('|');
  const t = text.trim();
  if (t === '') return null;
  if (kind === 'boolean') return BOOLEANS.get(t.toLowerCase()) ?? refusal('fieldData.notABoolean', { value: t, accepted: 'true/false, 1/0' });
  // networkx writes NaN for a missing number
  if (t.toLowerCase() === 'nan') return null;
  const n = readNumber(t, false);
  if (n === undefined) return refusal('fieldData.notANumber', { value: t });
  if (kind === 'integer' && !Number.isInteger(n)) return refusal('fieldData.notAnInteger', { value: t });
  return n;
}

/** One `<attribute>` of a class. */
interface Declared {
  id: string;
  title: string;
  kind: ValueKind;
  /** the value of elements that give none; undefined when there is no `<default>` */
  default: AttributeValue | undefined;
}

/** A class's declarations by id, and what each fills: a field, or (undefined) an attribute. */
interface ClassDeclarations {
  byId: Map<string, Declared>;
  roles: Map<Declared, string | undefined>;
  /** where a title stands, so an element's problems come in the order of the declarations */
  rank: (title: string | undefined) => number;
}

/** Whether an edge's `type` (or the graph's `defaultedgetype`) makes it directed. */
const DIRECTIONS = new Map([
  ['directed', true],
  ['undirected', false],
  ['mutual', false],
]);

/** `<attvalue>` attributes that tie a value to a time (dynamic graphs). */
const TIMED = ['start', 'end', 'startopen', 'endopen', 'timestamp', 'timestamps', 'intervals'];

/** Reads the `<attvalues>` of one node or edge: each value typed, and the declared defaults. */
function readValues(el: XmlElement, domain: GraphDomain, declared: ClassDeclarations, report: Report): ElementValues {
  const given = new Map<Declared, Array<{ text: string; timed: boolean }>>();
  for (const values of children(el, 'attvalues'))
    for (const value of children(values, 'attvalue')) {
      // GEXF 1.0 named the attribute by `id`
      const id = attribute(value, 'for') ?? attribute(value, 'id');
      if (id === undefined) {
        report(undefined, 'fieldData.missingAttribute', { name: 'for' });
        continue;
      }
      const d = declared.byId.get(id);
      if (!d) {
        report(id, 'gexf.undeclared', { id, element: domain });
        continue;
      }
      const text = attribute(value, 'value');
      if (text === undefined) {
        report(d.title, 'fieldData.missingAttribute', { name: 'value' });
        continue;
      }
      given.set(d, [...(given.get(d) ?? []), { text, timed: TIMED.some((a) => attribute(value, a) !== undefined) }]);
    }
  const fields: ElementValues['fields'] = new Map();
  const attributes: Array<[string, AttributeValue]> = [];
  for (const [d, field] of declared.roles) {
    const written = given.get(d) ?? [];
    const untimed = written.filter((w) => !w.timed);
    if (untimed.length > 1) report(d.title, 'gexf.repeatedValue', { id: d.id });
    // a dynamic attribute's static value, else its last
    const chosen = untimed[0] ?? written.at(-1);
    let value = d.default;
    if (chosen) {
      const typed = typedValue(chosen.text, d.kind);
      if (isRefusal(typed)) report(d.title, typed.refused.key, typed.refused.params);
      value = isRefusal(typed) ? null : typed;
    }
    if (value === undefined) continue;
    if (field !== undefined) fields.set(field, { value, from: d.title });
    else attributes.push([d.title, value]);
  }
  return { fields, attributes: Object.fromEntries(attributes) };
}

const hex2 = (n: number) => n.toString(16).padStart(2, '0').toUpperCase();

/** A `viz:color` as `#RRGGBB`: r, g, b from 0 to 255, or 1.3's hex; undefined when there is none or it is wrong. */
function readColour(el: XmlElement, report: Report): string | undefined {
  const colour = children(el, 'color')[0];
  if (!colour) return undefined;
  const hex = attribute(colour, 'hex');
  if (hex !== undefined) {
    const m = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(hex.trim());
    if (!m?.[1]) {
      report('viz:color', 'gexf.colourHex', { value: hex });
      return undefined;
    }
    const digits = m[1].length === 3 ? m[1].replace(/./g, (c) => c + c) : m[1];
    return `#${digits.toUpperCase()}`;
  }
  let out = '#';
  for (const channel of ['r', 'g', 'b']) {
    const text = attribute(colour, channel);
    if (text === undefined) {
      report('viz:color', 'fieldData.missingAttribute', { name: channel });
      return undefined;
    }
    const n = readNumber(text, false);
    if (n === undefined || !Number.isInteger(n) || n < 0 || n > 255) {
      report('viz:color', 'gexf.colourChannel', { channel, value: text });
      return undefined;
    }
    out += hex2(n);
  }
  // the alpha channel (`a`) is not part of the model: networkx even writes "None" there
  return out;
}

/** Turns Gephi's y (pointing up) into the map's (pointing down), and back; never -0. */
const flipY = (y: number) => 0 - y;

/** A `viz:position` on the map; z is passed over (networkx writes "None" there when it has none). */
function readPosition(el: XmlElement, report: Report): Point | undefined {
  const position = children(el, 'position')[0];
  if (!position) return undefined;
  const point: Partial<Point> = {};
  for (const axis of ['x', 'y'] as const) {
    const text = attribute(position, axis);
    if (text === undefined) {
      report('viz:position', 'fieldData.missingAttribute', { name: axis });
      continue;
    }
    const n = readNumber(text, false);
    if (n === undefined) report('viz:position', 'gexf.coordinate', { axis, value: text });
    else point[axis] = n;
  }
  return point.x === undefined || point.y === undefined ? undefined : { x: point.x, y: flipY(point.y) };
}

/**
 * Codebook colours from the file's own: where every element of a code has a colour and all of
 * them are the same, the code takes it (a sector's from its actors, a tie type's from its ties).
 */
function adoptColours(entries: Array<{ key: string; color: string }>, coloured: ReadonlyArray<{ key: string | null; colour: string | undefined }>): void {
  const byKey = new Map<string, Array<string | undefined>>();
  for (const { key, colour } of coloured) {
    if (key === null) continue;
    const colours = byKey.get(key);
    if (colours) colours.push(colour);
    else byKey.set(key, [colour]);
  }
  for (const entry of entries) {
    const colours = byKey.get(entry.key) ?? [];
    const [first] = colours;
    if (first === undefined || colours.some((c) => c !== first)) continue;
    if (entry.color.toUpperCase() !== first) entry.color = first;
  }
}

const readXml = xmlReader(
  new Set(['graph', 'attributes', 'attribute', 'default', 'nodes', 'node', 'edges', 'edge', 'attvalues', 'attvalue', 'color', 'position', 'meta', 'title', 'description']),
);

export function decodeGexf(text: string, fileName: string): ProjectData {
  const { root: rootName, element: root } = readXml(text, fileName);
  if (rootName !== 'gexf') throw new UserError('invalid', 'gexf.notGexf', { file: fileName, root: rootName });
  const graph = children(root, 'graph')[0];
  if (!graph) throw new UserError('invalid', 'fieldData.noGraph', { file: fileName });

  const problems = new Problems();
  const inFile = (place: SourcePlace): SourcePlace => ({ file: fileName, ...place });
  const withAttribute = (place: SourcePlace, name?: string): SourcePlace => (name === undefined ? place : { ...place, attribute: name });

  // declarations
  const declared: Record<GraphDomain, Declared[]> = { node: [], edge: [] };
  let declarationNo = 0;
  for (const block of children(graph, 'attributes')) {
    const order = [0, declarationNo++] as const;
    const classText = (attribute(block, 'class') ?? '').trim().toLowerCase();
    if (classText !== 'node' && classText !== 'edge') {
      problems.add(order, inFile({ graph: true }), 'gexf.unknownClass', { value: attribute(block, 'class') ?? '' });
      continue;
    }
    children(block, 'attribute').forEach((el, i) => {
      const order = [0, declarationNo++] as const;
      const id = attribute(el, 'id');
      if (id === undefined) {
        problems.add(order, inFile({}), 'gexf.declarationWithoutId', { n: i + 1, class: classText });
        return;
      }
      const title = (attribute(el, 'title') ?? '').trim() || id;
      const place = inFile({ attribute: title });
      if (declared[classText].some((d) => d.id === id)) {
        problems.add(order, place, 'errors.duplicateId', { id });
        return;
      }
      const type = attribute(el, 'type') ?? 'string';
      const kind = kindOfType(type);
      if (kind === undefined) {
        problems.add(order, place, 'gexf.unknownType', { type });
        return;
      }
      const defaultEl = children(el, 'default')[0];
      const defaultText = defaultEl ? textOf(defaultEl) : undefined;
      let def: AttributeValue | undefined;
      if (defaultText !== undefined) {
        const v = typedValue(defaultText, kind);
        if (isRefusal(v)) problems.add(order, place, v.refused.key, v.refused.params);
        else def = v;
      }
      declared[classText].push({ id, title, kind, default: def });
    });
  }
  const declarations = (domain: GraphDomain): ClassDeclarations => {
    const list = declared[domain];
    const roles = fieldRoles(list, (d) => d.title, domain, (d) =>
      problems.add([0, declarationNo], inFile({ attribute: d.title }), 'gexf.duplicateTitle', { name: d.title, element: domain }),
    );
    return {
      byId: new Map(list.map((d) => [d.id, d])),
      roles,
      rank: (title) => (title === undefined ? -1 : list.findIndex((d) => d.title === title)),
    };
  };
  const nodeDeclarations = declarations('node');
  const edgeDeclarations = declarations('edge');

  const defaultType = (attribute(graph, 'defaultedgetype') ?? '').trim();
  const directedByDefault = DIRECTIONS.get(defaultType.toLowerCase()) ?? false;
  if (defaultType !== '' && !DIRECTIONS.has(defaultType.toLowerCase()))
    problems.add([0, -1], inFile({ graph: true, attribute: 'defaultedgetype' }), 'gexf.defaultEdgeType', { value: defaultType });

  // Gephi's hierarchies, read flat: a node's own nodes and edges follow it, as in the file
  const nodeElements: XmlElement[] = [];
  const nestedEdges: XmlElement[] = [];
  const walk = (container: XmlElement) => {
    for (const nodes of children(container, 'nodes'))
      for (const node of children(nodes, 'node')) {
        nodeElements.push(node);
        walk(node);
        for (const edges of children(node, 'edges')) nestedEdges.push(...children(edges, 'edge'));
      }
  };
  walk(graph);
  const edgeElements = [...nestedEdges, ...children(graph, 'edges').flatMap((edges) => children(edges, 'edge'))];

  const book = new CodebookBuilder();

  // nodes
  const actors: Array<Read<Actor>> = [];
  const unreadActors = new Set<string>();
  const actorIds = new Set<string>();
  const positions = new Map<string, Point>();
  const actorColours: Array<{ key: string | null; colour: string | undefined }> = [];
  nodeElements.forEach((el, i) => {
    const order = [1, i] as const;
    const id = attribute(el, 'id');
    const place = inFile(id === undefined ? { nodeAt: i + 1 } : { node: id });
    if (id === undefined) {
      problems.add(order, place, 'fieldData.missingAttribute', { name: 'id' });
      return;
    }
    const { rank } = nodeDeclarations;
    const report: Report = (name, key, params) => problems.add([...order, rank(name)], withAttribute(place, name), key, params);
    const values = readValues(el, 'node', nodeDeclarations, report);
    const label = attribute(el, 'label');
    if (label !== undefined && label.trim() !== '') {
      // a `name` attribute stands in for a missing label only; beside a label it is an attribute
      const named = values.fields.get('label');
      if (named && named.from.trim().toLowerCase() !== 'label') values.attributes[named.from] = named.value;
      values.fields.set('label', { value: label, from: 'label' });
    }
    const colour = readColour(el, report);
    const position = readPosition(el, report);
    const fields = new FieldReader(values, report);
    const raw = { id, label: fields.text('label') ?? id, ...actorFields(fields, book), attributes: values.attributes };
    const source: ElementSource = { at: place, order, fields: fields.sources(), name: (n) => ({ attribute: n }), rank };
    if (!claimId(actorIds, id, source, problems)) return;
    const actor = validateElement(ElementSchemas.actor, raw, source, problems);
    if (!actor) {
      unreadActors.add(id.trim());
      return;
    }
    actors.push({ value: actor, source });
    actorColours.push({ key: actor.sector, colour });
    if (position) positions.set(actor.id, position);
  });

  // edges
  const takenIds = new Set(edgeElements.flatMap((el) => attribute(el, 'id') ?? []));
  const ties: Array<Read<Tie>> = [];
  const tieIds = new Set<string>();
  const tieColours: Array<{ key: string | null; colour: string | undefined }> = [];
  const edgeTitles = new Set(declared.edge.map((d) => d.title.toLowerCase()));
  // a declared strength (or type) is the edge's even where it gives no value: then it has none
  const edgeFields = new Set([...edgeDeclarations.roles.values()].filter((f) => f !== undefined));
  // Gephi writes a weight only where it is not GEXF's default 1; a file without any says nothing of strength
  const weighted = edgeElements.some((el) => (attribute(el, 'weight') ?? '').trim() !== '');
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
    const { rank } = edgeDeclarations;
    const report: Report = (name, key, params) => problems.add([...order, rank(name)], withAttribute(place, name), key, params);
    const missingEnd = ends.source === undefined || ends.target === undefined;
    for (const end of ['source', 'target'] as const) if (ends[end] === undefined) report(undefined, 'fieldData.missingAttribute', { name: end });
    const values = readValues(el, 'edge', edgeDeclarations, report);
    /** what the edge's own XML attributes give, for fields no declared attribute fills */
    const own = (field: string, from: string, value: AttributeValue) => {
      if (!edgeFields.has(field) && !values.fields.has(field)) values.fields.set(field, { value, from });
    };
    const typeText = (attribute(el, 'type') ?? '').trim();
    const direction = DIRECTIONS.get(typeText.toLowerCase());
    const weight = attribute(el, 'weight');
    if (weight !== undefined && weight.trim() !== '') {
      const n = readNumber(weight, false);
      if (n === undefined) report('weight', 'fieldData.notANumber', { value: weight });
      else own('strength', 'weight', n);
    } else if (weighted) own('strength', 'weight', 1);
    const kind = (attribute(el, 'kind') ?? '').trim();
    if (kind !== '') own('type', 'kind', kind);
    if (typeText !== '' && direction === undefined) own('type', 'type', typeText);
    const label = attribute(el, 'label');
    if (label !== undefined && !edgeTitles.has('label')) values.attributes['label'] = label;
    const colour = readColour(el, report);
    const fields = new FieldReader(values, report);
    const raw = {
      id: given ?? freeId('e', i + 1, takenIds),
      source: ends.source ?? '',
      target: ends.target ?? '',
      // an edge's own type first; then a `directed` value, as Brobygger's GraphML of a mixed network has it
      directed: direction ?? fields.boolean('directed') ?? directedByDefault,
      ...tieFields(fields, book),
      attributes: values.attributes,
    };
    if (missingEnd) return;
    const source: ElementSource = { at: place, order, fields: fields.sources(), name: (n) => ({ attribute: n }), rank };
    if (!claimId(tieIds, raw.id, source, problems)) return;
    const tie = validateElement(ElementSchemas.tie, raw, source, problems);
    if (!tie) return;
    ties.push({ value: tie, source });
    tieColours.push({ key: tie.type, colour });
  });

  adoptColours(book.codebooks.sectors, actorColours);
  adoptColours(book.codebooks.tieTypes, tieColours);

  const meta = children(root, 'meta')[0] ?? {};
  const metaText = (name: string) => {
    const el = children(meta, name)[0];
    return (el ? (textOf(el) ?? '') : '').trim();
  };
  const title = metaText('title') || (attribute(graph, 'name') ?? '').trim();
  const description = metaText('description');
  // Brobygger (and many a Gephi user) writes the network's name as the description
  const descriptionIsName = title === '' && description !== '' && description.length <= 300 && !description.includes('\n');
  const baseName = fileName.replace(/^.*[\\/]/, '').replace(/\.gexf$/i, '').trim();
  const name = (title || (descriptionIsName ? description : '') || baseName || 'GEXF').slice(0, 300).trim();
  const data = assembleProject(
    { name, codebooks: book.codebooks, actors, ties, memberships: [] as Array<Read<Membership>>, unreadActors },
    problems,
    fileName,
  );
  return {
    ...data,
    meta: { name, description: descriptionIsName ? '' : description.slice(0, 20_000) },
    positions: Object.fromEntries(positions),
  };
}

// --- writing --------------------------------------------------------------------------------

const NAMESPACE = 'http://www.gexf.net/1.2draft';
const VIZ_NAMESPACE = 'http://www.gexf.net/1.2draft/viz';

/**
 * Node sizes: half the map's diameters (22 and 40 pixels), as Gephi and sigma.js draw a size as
 * the radius, so that with the map's positions the actors stand as far apart as on the map.
 */
const SIZE: Record<ActorKind, number> = { person: 11, organisation: 20, department: 20 };
/** The map tells kinds apart by shape too; GEXF 1.2's shapes nearest the map's. */
const SHAPE: Record<ActorKind, string> = { person: 'disc', organisation: 'square', department: 'diamond' };
/** The map's line colour for a tie whose type the codebook lacks. */
const UNKNOWN_TIE_COLOUR = '#6B6B6B';

type GexfType = 'integer' | 'long' | 'double' | 'boolean' | 'string';

interface Column<T> {
  id: string;
  title: string;
  type: GexfType;
  /** the element's value; undefined or null writes none (networkx cannot read an empty number) */
  value: (element: T) => AttributeValue | undefined;
}

const viz = (name: string, attributes: Record<string, string | number>) =>
  `<viz:${name} ${Object.entries(attributes)
    .map(([k, v]) => `${k}="${typeof v === 'number' ? String(v) : escapeXml(v)}"`)
    .join(' ')}/>`;

const rgb = (hex: string) => ({
  r: parseInt(hex.slice(1, 3), 16),
  g: parseInt(hex.slice(3, 5), 16),
  b: parseInt(hex.slice(5, 7), 16),
});

function columnsOf<T extends { attributes: Record<string, AttributeValue> }>(prefix: string, own: Array<Omit<Column<T>, 'id'>>, elements: readonly T[]): Array<Column<T>> {
  const names = [...new Set(elements.flatMap((e) => Object.keys(e.attributes)))];
  const value = (e: T, name: string) => (Object.hasOwn(e.attributes, name) ? e.attributes[name] : undefined);
  const custom = names.map((name): Omit<Column<T>, 'id'> => ({ title: name, type: valueType(elements.map((e) => value(e, name) ?? null)), value: (e) => value(e, name) }));
  return [...own, ...custom].map((c, i) => ({ ...c, id: `${prefix}${i}` }));
}

function attributesBlock<T>(domain: GraphDomain, columns: ReadonlyArray<Column<T>>): string[] {
  return [
    `    <attributes class="${domain}" mode="static">`,
    ...columns.map((c) => `      <attribute id="${c.id}" title="${escapeXml(c.title)}" type="${c.type}"/>`),
    '    </attributes>',
  ];
}

function attvalues<T>(element: T, columns: ReadonlyArray<Column<T>>): string[] {
  const lines = columns.flatMap((c) => {
    const v = c.value(element);
    return v === undefined || v === null ? [] : [`          <attvalue for="${c.id}" value="${escapeXml(String(v))}"/>`];
  });
  return lines.length === 0 ? [] : ['        <attvalues>', ...lines, '        </attvalues>'];
}

/**
 * Writes actors as nodes and ties as edges, so that Gephi shows the project's map: every field
 * and attribute declared with its type; nodes with their sector's colour (grey without one), a
 * size and shape by kind, and the saved position (y turned over) where the project has one;
 * edges with their tie type's colour, the strength as weight (1 where none), and their direction:
 * the graph's `defaultedgetype` when all ties agree, else on every edge and no default, as Gephi
 * writes a mixed graph (Gephi drops an edge whose type contradicts the default). Memberships,
 * forums, waves' dates and the codebooks' labels are not part of GEXF's model and are not written.
 */
export function encodeGexf(data: ProjectData): string {
  const nodeColumns = columnsOf<Actor>(
    'n',
    [
      { title: 'kind', type: 'string', value: (a) => a.kind },
      { title: 'sector', type: 'string', value: (a) => a.sector },
      { title: 'influence', type: 'double', value: (a) => a.influence },
      { title: 'turnover', type: 'double', value: (a) => a.turnover },
      { title: 'notes', type: 'string', value: (a) => a.notes || undefined },
      { title: 'waves', type: 'string', value: (a) => a.waves.join('|') || undefined },
    ],
    data.actors,
  );
  const edgeColumns = columnsOf<Tie>(
    'e',
    [
      // not `type`: networkx writes an edge attribute of that name as the edge's direction
      { title: 'tie_type', type: 'string', value: (t) => t.type },
      { title: 'strength', type: 'double', value: (t) => t.strength },
      { title: 'formality', type: 'string', value: (t) => t.formality },
      { title: 'initiative', type: 'string', value: (t) => t.initiative },
      { title: 'mandate', type: 'string', value: (t) => t.mandate },
      { title: 'resource_flow', type: 'string', value: (t) => t.resourceFlow },
      { title: 'dependent', type: 'string', value: (t) => t.dependent },
      { title: 'governance', type: 'string', value: (t) => t.governance },
      { title: 'evidence_source', type: 'string', value: (t) => t.evidence.source || undefined },
      { title: 'evidence_quote', type: 'string', value: (t) => t.evidence.quote || undefined },
      { title: 'confidence', type: 'string', value: (t) => t.evidence.confidence },
      { title: 'notes', type: 'string', value: (t) => t.notes || undefined },
      { title: 'waves', type: 'string', value: (t) => t.waves.join('|') || undefined },
    ],
    data.ties,
  );

  const colourOf = (book: Codebooks['sectors'] | Codebooks['tieTypes'], key: string | null, none: string) =>
    (key === null ? undefined : book.find((e) => e.key === key)?.color) ?? none;
  const directed = new Set(data.ties.map((t) => t.directed));
  const mixed = directed.size > 1;
  const defaultType = mixed ? '' : ` defaultedgetype="${directed.has(true) ? 'directed' : 'undirected'}"`;

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${NAMESPACE}" xmlns:viz="${VIZ_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`,
    `    xsi:schemaLocation="${NAMESPACE} ${NAMESPACE}/gexf.xsd" version="1.2">`,
    '  <meta>',
    '    <creator>Brobygger</creator>',
    `    <description>${escapeXml(data.meta.name)}</description>`,
    '  </meta>',
    `  <graph mode="static"${defaultType}>`,
    ...attributesBlock('node', nodeColumns),
    ...attributesBlock('edge', edgeColumns),
    '    <nodes>',
  ];
  for (const a of data.actors) {
    const position = Object.hasOwn(data.positions, a.id) ? data.positions[a.id] : undefined;
    lines.push(
      `      <node id="${escapeXml(a.id)}" label="${escapeXml(a.label)}">`,
      ...attvalues(a, nodeColumns),
      `        ${viz('color', rgb(colourOf(data.codebooks.sectors, a.sector, NO_SECTOR_COLOR)))}`,
      ...(position ? [`        ${viz('position', { x: position.x, y: flipY(position.y), z: 0 })}`] : []),
      `        ${viz('size', { value: SIZE[a.kind] })}`,
      `        ${viz('shape', { value: SHAPE[a.kind] })}`,
      '      </node>',
    );
  }
  lines.push('    </nodes>', '    <edges>');
  for (const t of data.ties) {
    const type = mixed ? ` type="${t.directed ? 'directed' : 'undirected'}"` : '';
    lines.push(
      `      <edge id="${escapeXml(t.id)}" source="${escapeXml(t.source)}" target="${escapeXml(t.target)}"${type} weight="${String(t.strength ?? 1)}">`,
      ...attvalues(t, edgeColumns),
      `        ${viz('color', rgb(colourOf(data.codebooks.tieTypes, t.type, UNKNOWN_TIE_COLOUR)))}`,
      '      </edge>',
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
