import { UserError } from '../errors';
import type { MessageKey, MessageParams } from '../i18n/catalogue';
import type { Actor, Membership, Point, ProjectData, Tie } from '../model/schema';
import type { SourcePlace } from '../problems';
import {
  assembleProject,
  CodebookBuilder,
  Problems,
  readKind,
  readNumber,
  validateElement,
  type ElementSource,
  type Read,
} from './field-common';
import { linesOf, restOf, tokenize, wholeNumber, type Line, type Token } from './pajek-lines';
import { ElementSchemas } from './project-json';

export { encodePajek, type PajekFile } from './pajek-write';

/**
 * Pajek networks (`.net`) and projects (`.paj`), as Pajek, igraph, networkx and R write them
 * (Batagelj & Mrvar, Pajek manual: "Input file formats").
 *
 * Reading: `*Vertices n` numbers the vertices 1…n, which become the actors `v1`…`vn` (the same
 * ids every time the file is read, so a re-import by id updates them); a vertex line gives a
 * label, coordinates and drawing parameters, and a vertex without a line is labelled by its
 * number. `*Arcs` and `*Arcslist` lines are directed ties, `*Edges` and `*Edgeslist` lines
 * undirected ones, and a `*Matrix` gives an arc for every value that is not 0. A line's weight is
 * the tie's strength (none when left out). Its type is the name of the relation the line belongs
 * to (`*Arcs :2 "advice"`, or a line starting `2:`), else its `type` pair, else its label
 * (`l "…"`). A `name value` pair beyond Pajek's own drawing parameters (networkx writes its node
 * and edge attributes so) is kept as a text attribute; `kind` and `sector` fill the actor's
 * fields. The same pair of vertices named on several lines gives several ties, one per line, as
 * networkx, igraph and R read Pajek (as multigraphs).
 *
 * A two-mode network (`*Vertices n n1`) is persons (the first n1) and organisations (the rest),
 * and each of its lines is a membership, whose role is the line's label (a role of the codebook,
 * by key or name) or, without one, the codebook's member role.
 *
 * Coordinates (Pajek's lie in 0…1, y growing downwards as on a screen) become the map's
 * positions, times 1000; when every vertex stands on the same point (networkx writes 0 0 for all
 * when it has no layout), there is no layout to keep. In a `.paj` project the first network is
 * read, and `*Partition` and `*Vector` lists of its size become the actors' attributes.
 *
 * Everything wrong is named by file and line, and nothing is read until everything can be.
 */

/** More vertices than this is a file no map of collaboration holds (and a guard against `*Vertices 999999999`). */
export const MAX_PAJEK_VERTICES = 200_000;
/** The codebook's role for a membership whose line names none (src/core/model/defaults.ts). */
const MEMBER_ROLE = 'member';
/** The scale from Pajek's 0…1 drawing area to the map's coordinates. */
const POSITION_SCALE = 1000;

const SHAPES = new Set(['ellipse', 'box', 'diamond', 'triangle', 'cross', 'empty']);
/** Pajek's drawing parameters of a vertex, which say how it looks, not what it is. */
const VERTEX_DRAWING = new Set(['x_fact', 'y_fact', 's_size', 'size', 'phi', 'r', 'q', 'ic', 'bc', 'bw', 'lc', 'la', 'lr', 'lphi', 'fos', 'font', 'url']);
/** Pajek's drawing parameters of a line; `l` (its label) is read apart. */
const LINE_DRAWING = new Set(['w', 'c', 'p', 's', 'a', 'ap', 'lp', 'lr', 'lphi', 'lc', 'la', 'fos', 'font', 'h1', 'h2', 'a1', 'a2', 'k1', 'k2']);
/** Colours, which Pajek and igraph also take as three numbers (red, green, blue). */
const COLOURS = new Set(['ic', 'bc', 'lc', 'c']);
/** Sections of a `.paj` project that hold nothing Brobygger reads; they are passed over. */
const PASSED_OVER = new Set(['permutation', 'cluster', 'hierarchy']);

type LinkMode = 'arcs' | 'edges' | 'arcslist' | 'edgeslist' | 'matrix';

interface VertexLine {
  line: number;
  label: string | null;
  point: Point | null;
  kind: string | null;
  sector: string | null;
  /** `name value` pairs as entries, not an object: a name from a file may be `__proto__` */
  attributes: Array<[string, string]>;
}

interface Link {
  line: number;
  a: number;
  b: number;
  directed: boolean;
  weight: number | null;
  relation: number | null;
  label: string | null;
  attributes: Array<[string, string]>;
}

interface ListOfValues {
  line: number;
  name: string;
  integers: boolean;
  expected: number | null;
  values: number[];
}

type Section =
  | { kind: 'start' }
  | { kind: 'vertices' }
  | { kind: 'links'; mode: LinkMode; relation: number | null; line: number; rows: number }
  | { kind: 'list'; list: ListOfValues }
  | { kind: 'skip'; waitsForVertices: boolean };

const lower = (t: Token | undefined) => (t === undefined || t.quoted ? '' : t.text.toLowerCase());
const numberOf = (t: Token | undefined) => (t === undefined || t.quoted ? undefined : readNumber(t.text, false));

export function decodePajek(text: string, fileName: string): ProjectData {
  const problems = new Problems();
  const at = (line: number, attribute?: string): SourcePlace => ({ file: fileName, line, ...(attribute === undefined ? {} : { attribute }) });
  const report = (line: number, key: MessageKey, params: MessageParams = {}, attribute?: string) =>
    problems.add([line], at(line, attribute), key, params);

  // The reading state; typed with `as` since the closures below change it where the compiler's
  // narrowing cannot follow.
  let name = '';
  let count = null as number | null;
  /** a count that could not be read: the lines' vertex numbers cannot be checked against it */
  let countUnknown = false as boolean;
  let firstMode = null as number | null;
  let verticesLine = 0;
  /** past the first network of a `.paj` project: only its lists are read */
  let later = false;
  const vertices = new Map<number, VertexLine>();
  const links: Link[] = [];
  const relationNames = new Map<number, string>();
  const lists: ListOfValues[] = [];
  let section = { kind: 'start' } as Section;

  /** A vertex number, checked against the network's count; undefined (and reported) when it is none. */
  const vertex = (token: Token | undefined, line: number): number | undefined => {
    if (token === undefined) {
      report(line, 'pajek.missingEnd');
      return undefined;
    }
    const k = wholeNumber(token);
    if (k === undefined) {
      report(line, 'pajek.notAVertex', { value: token.text });
      return undefined;
    }
    if (!countUnknown && (k < 1 || k > (count ?? 0))) {
      report(line, 'pajek.vertexOutOfRange', { value: k, count: count ?? 0 });
      return undefined;
    }
    return k;
  };

  /** `name value` pairs after the fixed part of a line; Pajek's drawing parameters are passed over. */
  const pairs = (tokens: readonly Token[], from: number, drawing: ReadonlySet<string>, line: number) => {
    const found: Array<[string, string]> = [];
    let i = from;
    while (i < tokens.length) {
      const key = tokens[i];
      if (!key) break;
      const word = lower(key);
      if (drawing.has(word)) {
        const rgb = COLOURS.has(word) && [1, 2, 3].every((d) => numberOf(tokens[i + d]) !== undefined);
        i += rgb ? 4 : 2;
        continue;
      }
      const value = tokens[i + 1];
      if (value === undefined) {
        report(line, 'pajek.missingValue', { name: key.text });
        break;
      }
      found.push([key.text, value.text]);
      i += 2;
    }
    return found;
  };

  const readVertex = (tokens: Token[], line: number) => {
    const k = vertex(tokens[0], line);
    if (k === undefined) return;
    const before = vertices.get(k);
    if (before) {
      report(line, 'pajek.vertexAgain', { value: k, line: before.line });
      return;
    }
    const label = tokens[1]?.text.trim() || null;
    let i = 2;
    const coordinates: number[] = [];
    while (coordinates.length < 3) {
      const n = numberOf(tokens[i]);
      if (n === undefined) break;
      coordinates.push(n);
      i++;
    }
    const [x, y] = coordinates;
    if (SHAPES.has(tokens[i]?.text.toLowerCase() ?? '')) i++;
    const read: VertexLine = { line, label, point: x !== undefined && y !== undefined ? { x, y } : null, kind: null, sector: null, attributes: [] };
    for (const [key, value] of pairs(tokens, i, VERTEX_DRAWING, line)) {
      const field = key.toLowerCase();
      if (field === 'kind') read.kind = value;
      else if (field === 'sector') read.sector = value;
      else read.attributes.push([key, value]);
    }
    vertices.set(k, read);
  };

  const readLinkLine = (tokens: Token[], line: number, mode: LinkMode, sectionRelation: number | null) => {
    let relation = sectionRelation;
    let i = 0;
    const prefix = /^(\d+):$/.exec(tokens[0]?.quoted ? '' : (tokens[0]?.text ?? ''));
    if (prefix?.[1] !== undefined) {
      relation = Number(prefix[1]);
      i = 1;
    }
    const directed = mode === 'arcs' || mode === 'arcslist';
    if (mode === 'arcslist' || mode === 'edgeslist') {
      const a = vertex(tokens[i], line);
      const ends = tokens.slice(i + 1).map((t) => vertex(t, line));
      if (a === undefined) return;
      for (const b of ends)
        if (b !== undefined) links.push({ line, a, b, directed, weight: null, relation, label: null, attributes: [] });
      return;
    }
    const a = vertex(tokens[i], line);
    const b = vertex(tokens[i + 1], line);
    i += 2;
    let weight: number | null = null;
    const third = tokens[i];
    if (third !== undefined) {
      const w = numberOf(third);
      if (w !== undefined) {
        weight = w;
        i++;
        if (!(w > 0)) report(line, 'pajek.weightNotPositive', { value: third.text }, 'weight');
      } else if (!LINE_DRAWING.has(lower(third)) && lower(third) !== 'l') {
        report(line, 'fieldData.notANumber', { value: third.text }, 'weight');
        return;
      }
    }
    let label: string | null = null;
    const attributes: Array<[string, string]> = [];
    for (const [key, value] of pairs(tokens, i, LINE_DRAWING, line)) {
      if (key === 'l' || key === 'L') label = value.trim() || null;
      else attributes.push([key, value]);
    }
    if (a !== undefined && b !== undefined) links.push({ line, a, b, directed, weight, relation, label, attributes });
  };

  const readMatrixRow = (tokens: Token[], line: number, s: Extract<Section, { kind: 'links' }>) => {
    s.rows += 1;
    if (countUnknown) return;
    const n = count ?? 0;
    const twoMode = firstMode !== null;
    const rows = twoMode ? (firstMode ?? 0) : n;
    const columns = twoMode ? n - (firstMode ?? 0) : n;
    if (s.rows > rows) return; // counted, and reported with the matrix
    if (tokens.length !== columns) {
      report(line, 'pajek.matrixRow', { found: tokens.length, expected: columns });
      return;
    }
    tokens.forEach((t, c) => {
      const value = numberOf(t);
      if (value === undefined) report(line, 'fieldData.notANumber', { value: t.text });
      else if (value < 0) report(line, 'pajek.weightNotPositive', { value: t.text });
      else if (value > 0)
        links.push({ line, a: s.rows, b: twoMode ? rows + c + 1 : c + 1, directed: true, weight: value, relation: s.relation, label: null, attributes: [] });
    });
  };

  const readListLine = (tokens: Token[], line: number, list: ListOfValues) => {
    for (const t of tokens) {
      const value = list.integers ? wholeNumber(t) ?? (/^-\d+$/.test(t.text) ? Number(t.text) : undefined) : numberOf(t);
      if (value === undefined) report(line, list.integers ? 'fieldData.notAnInteger' : 'fieldData.notANumber', { value: t.text });
      else list.values.push(value);
    }
  };

  /** What a section must have had, checked as it ends. */
  const close = (s: Section) => {
    if (s.kind === 'links' && s.mode === 'matrix' && !countUnknown) {
      const expected = firstMode ?? count ?? 0;
      if (s.rows !== expected) report(s.line, 'pajek.matrixRows', { found: s.rows, expected });
    }
    if (s.kind === 'list' && s.list.expected !== null && s.list.values.length !== s.list.expected)
      report(s.list.line, 'pajek.listCount', { found: s.list.values.length, expected: s.list.expected });
  };

  const readCount = (tokens: Token[], line: number) => {
    const n = wholeNumber(tokens[1]);
    if (n === undefined) {
      report(line, 'pajek.badCount', { value: tokens[1]?.text ?? '' });
      countUnknown = true;
      count = 0;
      return;
    }
    if (n > MAX_PAJEK_VERTICES) {
      report(line, 'pajek.tooManyVertices', { count: n, max: MAX_PAJEK_VERTICES });
      countUnknown = true;
      count = 0;
      return;
    }
    count = n;
    if (tokens[2] !== undefined) {
      const n1 = wholeNumber(tokens[2]);
      if (n1 === undefined) report(line, 'pajek.badCount', { value: tokens[2].text });
      else if (n1 > n) report(line, 'pajek.badFirstMode', { first: n1, count: n });
      else firstMode = n1;
    }
  };

  const header = (tokens: Token[], line: Line) => {
    const word = (tokens[0]?.text ?? '').slice(1).toLowerCase();
    const previous = section;
    if (word === 'vertices' && previous.kind === 'list' && previous.list.expected === null) {
      previous.list.expected = wholeNumber(tokens[1]) ?? null;
      if (previous.list.expected === null) report(line.n, 'pajek.badCount', { value: tokens[1]?.text ?? '' });
      return;
    }
    if (word === 'vertices' && previous.kind === 'skip' && previous.waitsForVertices) {
      section = { kind: 'skip', waitsForVertices: false };
      return;
    }
    close(previous);
    switch (word) {
      case 'network':
        if (count !== null) later = true;
        else name = restOf(line.text);
        section = { kind: 'skip', waitsForVertices: false };
        return;
      case 'vertices':
        if (later) section = { kind: 'skip', waitsForVertices: false };
        else if (count !== null) {
          report(line.n, 'pajek.secondVertices', { line: verticesLine });
          section = { kind: 'skip', waitsForVertices: false };
        } else {
          verticesLine = line.n;
          readCount(tokens, line.n);
          section = { kind: 'vertices' };
        }
        return;
      case 'arcs':
      case 'edges':
      case 'arcslist':
      case 'edgeslist':
      case 'matrix': {
        section = { kind: 'skip', waitsForVertices: false };
        if (later) return;
        if (count === null) {
          report(line.n, 'pajek.beforeVertices');
          return;
        }
        const r = /^:(\d+)$/.exec(tokens[1]?.quoted ? '' : (tokens[1]?.text ?? ''));
        const relation = r?.[1] === undefined ? null : Number(r[1]);
        if (relation !== null) {
          const relationName = restOf(line.text.replace(/^\S+\s+/, ''));
          if (relationName !== '') relationNames.set(relation, relationName);
        }
        section = { kind: 'links', mode: word, relation, line: line.n, rows: 0 };
        return;
      }
      case 'partition':
      case 'vector': {
        const list: ListOfValues = { line: line.n, name: restOf(line.text), integers: word === 'partition', expected: null, values: [] };
        lists.push(list);
        section = { kind: 'list', list };
        return;
      }
      default:
        if (!PASSED_OVER.has(word)) report(line.n, 'pajek.unknownSection', { section: tokens[0]?.text ?? '' });
        section = { kind: 'skip', waitsForVertices: PASSED_OVER.has(word) };
    }
  };

  for (const line of linesOf(text)) {
    if (line.text === '' || line.text.startsWith('%')) continue;
    const tokens = tokenize(line.text);
    if (tokens === null) {
      report(line.n, 'pajek.unclosedQuote');
      continue;
    }
    if (line.text.startsWith('*')) {
      header(tokens, line);
      continue;
    }
    const s = section;
    switch (s.kind) {
      case 'start':
        report(line.n, 'pajek.beforeVertices');
        break;
      case 'vertices':
        readVertex(tokens, line.n);
        break;
      case 'links':
        if (s.mode === 'matrix') readMatrixRow(tokens, line.n, s);
        else readLinkLine(tokens, line.n, s.mode, s.relation);
        break;
      case 'list':
        readListLine(tokens, line.n, s.list);
        break;
      case 'skip':
        break;
    }
  }
  close(section);
  if (count === null) throw new UserError('invalid', 'pajek.notPajek', { file: fileName });
  return assemble(
    { name, count: countUnknown ? 0 : count, firstMode, verticesLine, vertices, links, relationNames, lists },
    problems,
    fileName,
  );
}

interface Network {
  name: string;
  count: number;
  firstMode: number | null;
  verticesLine: number;
  vertices: ReadonlyMap<number, VertexLine>;
  links: readonly Link[];
  relationNames: ReadonlyMap<number, string>;
  lists: readonly ListOfValues[];
}

/** Fields a line gives by its place (its numbers, its label): a problem with one is named by the line alone. */
const BY_PLACE = new Set(['id', 'label', 'source', 'target', 'type', 'directed', 'person', 'organisation', 'role']);

/** A line as the place of an element; other fields are named as the pair (or the weight) they came from. */
function sourceAt(fileName: string, line: number): ElementSource {
  return {
    at: { file: fileName, line },
    order: [line, 0],
    fields: { strength: 'weight' },
    name: (field) => (BY_PLACE.has(field) ? {} : { attribute: field }),
  };
}

/** The network as Brobygger's project: actors, then ties or memberships, through the common rules. */
function assemble(net: Network, problems: Problems, fileName: string): ProjectData {
  const book = new CodebookBuilder();
  const id = (k: number) => `v${k}`;
  const listed = net.lists.filter((l) => l.expected === net.count && l.values.length === net.count);

  const actors: Array<Read<Actor>> = [];
  const unreadActors = new Set<string>();
  for (let k = 1; k <= net.count; k++) {
    const v = net.vertices.get(k);
    const attributes: Array<[string, string | number]> = [...(v?.attributes ?? [])];
    listed.forEach((l, i) => {
      const value = l.values[k - 1];
      if (value !== undefined) attributes.push([l.name.slice(0, 100).trim() || `${l.integers ? 'partition' : 'vector'} ${i + 1}`, value]);
    });
    const twoMode = net.firstMode !== null;
    const raw = {
      id: id(k),
      kind: twoMode ? (k <= (net.firstMode ?? 0) ? 'person' : 'organisation') : readKind(v?.kind ?? 'person'),
      label: v?.label ?? String(k),
      sector: v?.sector ? book.code('sectors', v.sector) : null,
      attributes: Object.fromEntries(attributes),
      influence: null,
      turnover: null,
    };
    const source = sourceAt(fileName, v?.line ?? net.verticesLine);
    const actor = validateElement(ElementSchemas.actor, raw, source, problems);
    if (actor) actors.push({ value: actor, source });
    else unreadActors.add(raw.id);
  }

  const ties: Array<Read<Tie>> = [];
  const memberships: Array<Read<Membership>> = [];
  net.links.forEach((link, i) => {
    const source = sourceAt(fileName, link.line);
    if (net.firstMode !== null) {
      const first = net.firstMode;
      const aFirst = link.a <= first;
      if (aFirst === link.b <= first) {
        problems.add([link.line], source.at, 'pajek.sameMode', { first, next: first + 1, count: net.count, a: link.a, b: link.b });
        return;
      }
      const role = link.label === null ? MEMBER_ROLE : book.role(link.label);
      if (role === undefined) {
        problems.add([link.line], { ...source.at, attribute: 'l' }, 'fieldData.unknownRole', { value: link.label ?? '', accepted: book.roleNames() });
        return;
      }
      const raw = {
        id: `m${memberships.length + 1}`,
        person: id(aFirst ? link.a : link.b),
        organisation: id(aFirst ? link.b : link.a),
        role,
        start: null,
        end: null,
        waves: [],
      };
      const membership = validateElement(ElementSchemas.membership, raw, source, problems);
      if (membership) memberships.push({ value: membership, source });
      return;
    }
    // the type: the line's relation, else a `type` pair (as networkx writes it), else its label;
    // whichever is not the type is kept as an attribute
    const relationName = link.relation === null ? undefined : (net.relationNames.get(link.relation) ?? String(link.relation));
    const typePair = link.attributes.find(([key]) => key === 'type')?.[1];
    const typeName = relationName ?? typePair ?? link.label;
    const attributes = link.attributes.filter(([key]) => !(key === 'type' && typeName === typePair));
    if (typeName !== link.label && link.label !== null) attributes.push(['label', link.label]);
    const raw = {
      id: `e${i + 1}`,
      source: id(link.a),
      target: id(link.b),
      type: typeName === null ? 'collaboration' : book.code('tieTypes', typeName),
      directed: link.directed,
      strength: link.weight,
      // the power fields, evidence and the rest take the model's defaults: unknown, none
      attributes: Object.fromEntries(attributes),
      notes: '',
      waves: [],
    };
    // a weight already refused by its line is not refused again by the model's rules
    if (raw.strength !== null && !(raw.strength > 0)) return;
    const tie = validateElement(ElementSchemas.tie, raw, source, problems);
    if (tie) ties.push({ value: tie, source });
  });

  const baseName = fileName.replace(/^.*[\\/]/, '').replace(/\.(net|paj)$/i, '').trim();
  const projectName = (net.name || baseName || 'Pajek').slice(0, 300).trim();
  const data = assembleProject({ name: projectName, codebooks: book.codebooks, actors, ties, memberships, unreadActors }, problems, fileName);
  return { ...data, positions: positionsOf(net) };
}

/**
 * The map's positions from the vertices' coordinates, or none when the file has no layout: no
 * coordinates, or every vertex on one point (networkx writes `0.0 0.0` for every node without one).
 */
function positionsOf(net: Network): Record<string, Point> {
  const placed = [...net.vertices].flatMap(([k, v]) => (v.point ? [[k, v.point] as const] : []));
  const [first] = placed;
  if (!first || placed.every(([, p]) => p.x === first[1].x && p.y === first[1].y)) return {};
  return Object.fromEntries(placed.map(([k, p]) => [`v${k}`, { x: p.x * POSITION_SCALE, y: p.y * POSITION_SCALE }]));
}
