import { catalogues, type Language } from '../i18n/catalogue';
import type { Actor, ActorKind, ProjectData } from '../model/schema';

/**
 * Writes a project for Pajek and for the tools that read Pajek files: networkx `read_pajek`,
 * igraph `Read_Pajek` (Python) and `read_graph(format = "pajek")` (R), and statnet's
 * `network::read.paj`. What each of them reads decided the form (tests/integration/pajek-export
 * reads every export back with all four):
 *
 * - `<name>.net`, the network of actors and ties: `*Network` (the project's name, unquoted: R
 *   igraph refuses a quoted one), `*Vertices n` with every actor's label in quotes, `*Arcs` for
 *   the directed ties, then `*Edges` for the undirected ones (R network reads a mixed network only
 *   in that order), each line `source target weight l "type"`: the weight is the strength (1
 *   where there is none) and the label is the tie type's key, which every reader keeps as an
 *   edge attribute (`l`, or igraph's `label`). No comment lines and no further sections, since
 *   networkx reads every line after `*Arcs` as a tie. When every actor has a place on the map,
 *   the vertex lines carry it, normalised to 0…1, with a shape by kind (networkx reads the
 *   coordinates only when a shape follows them).
 * - `<name>-memberships.net`, when the project has memberships: a two-mode network
 *   (`*Vertices n n1`, the persons first) whose edges are the memberships, labelled by role.
 *   igraph marks the second mode with its `type` attribute and R network with `bipartite`;
 *   networkx's reader does not read two-mode files.
 * - `<name>-kind.clu` and `<name>-sector.clu`: Pajek partitions of the actors in the order of
 *   `<name>.net`, by kind and by sector (0 for none), with what each number means in comment
 *   lines above them. Pajek's own place for a vertex's class; none of the four readers takes
 *   extra attributes on a vertex line (igraph refuses them).
 *
 * Pajek has no way to escape a quote inside a quoted label, and igraph refuses the `\"` that
 * networkx and R accept: a double quote in a label is written as an apostrophe and a backslash
 * as a slash, and line breaks as spaces. Files are UTF-8 without a byte-order mark (networkx
 * and igraph read a mark as part of the first line) with Unix line ends, which all four read
 * with æ, ø and å intact.
 */

export interface PajekFile {
  name: string;
  text: string;
}

export interface PajekWriteOptions {
  /** the name the files are called by, without extension */
  baseName: string;
  /** the language of the words the files carry (the memberships network's name, the partitions' comments) */
  lang: Language;
}

const KIND_NUMBER: Record<ActorKind, number> = { person: 1, organisation: 2, department: 3 };
const SHAPE: Record<ActorKind, string> = { person: 'ellipse', organisation: 'box', department: 'diamond' };

/** Text for one line of a Pajek file, inside quotes or after `*Network`. */
const clean = (text: string) =>
  text
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/"/g, "'")
    .replace(/\\/g, '/')
    .trim();
const quoted = (text: string) => `"${clean(text)}"`;
/** Coordinates to four decimals, as Pajek writes them, without a trailing `.0000`. */
const coordinate = (v: number) => String(Number(v.toFixed(4)));

export function encodePajek(data: ProjectData, opts: PajekWriteOptions): PajekFile[] {
  const words = catalogues[opts.lang].pajek;
  const kinds = catalogues[opts.lang].kinds;
  const name = clean(data.meta.name) || opts.baseName;
  const number = new Map(data.actors.map((a, i) => [a.id, i + 1]));

  const files: PajekFile[] = [{ name: `${opts.baseName}.net`, text: network(data, name, number) }];
  if (data.memberships.length > 0) files.push({ name: `${opts.baseName}-memberships.net`, text: memberships(data, `${name}: ${words.membershipsTitle}`) });

  const kindLegend = (Object.keys(KIND_NUMBER) as ActorKind[]).map((k) => `${KIND_NUMBER[k]} ${k}: ${kinds[k]}`);
  files.push({ name: `${opts.baseName}-kind.clu`, text: partition(`${name}: ${words.kindPartition}`, kindLegend, data.actors.map((a) => KIND_NUMBER[a.kind])) });
  const sectors = data.codebooks.sectors;
  const sectorLegend = [`0: ${words.noSector}`, ...sectors.map((s, i) => `${i + 1} ${s.key}: ${s.label[opts.lang]}`)];
  const sectorOf = (a: Actor) => (a.sector === null ? 0 : sectors.findIndex((s) => s.key === a.sector) + 1);
  files.push({ name: `${opts.baseName}-sector.clu`, text: partition(`${name}: ${words.sectorPartition}`, sectorLegend, data.actors.map(sectorOf)) });
  return files;
}

function network(data: ProjectData, name: string, number: ReadonlyMap<string, number>): string {
  const lines = [`*Network ${name}`, `*Vertices ${data.actors.length}`];
  const place = placesOf(data);
  data.actors.forEach((a, i) => {
    const p = place?.get(a.id);
    lines.push(`${i + 1} ${quoted(a.label)}${p ? ` ${coordinate(p.x)} ${coordinate(p.y)} ${SHAPE[a.kind]}` : ''}`);
  });
  const line = (t: ProjectData['ties'][number]) =>
    `${number.get(t.source) ?? 0} ${number.get(t.target) ?? 0} ${String(t.strength ?? 1)} l ${quoted(t.type)}`;
  const arcs = data.ties.filter((t) => t.directed);
  const edges = data.ties.filter((t) => !t.directed);
  if (arcs.length > 0) lines.push('*Arcs', ...arcs.map(line));
  if (edges.length > 0) lines.push('*Edges', ...edges.map(line));
  return `${lines.join('\n')}\n`;
}

/**
 * Every actor's place normalised to 0…1 (one scale for both axes, so the map keeps its shape),
 * or undefined unless every actor has one: a file where some vertices have coordinates and
 * some not is read differently by each tool.
 */
function placesOf(data: ProjectData): Map<string, { x: number; y: number }> | undefined {
  const points = data.actors.map((a) => (Object.hasOwn(data.positions, a.id) ? data.positions[a.id] : undefined));
  if (data.actors.length === 0 || points.some((p) => p === undefined)) return undefined;
  const present = points.filter((p) => p !== undefined);
  const xs = present.map((p) => p.x);
  const ys = present.map((p) => p.y);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const span = Math.max(Math.max(...xs) - minX, Math.max(...ys) - minY) || 1;
  return new Map(data.actors.map((a, i) => [a.id, { x: ((points[i]?.x ?? minX) - minX) / span, y: ((points[i]?.y ?? minY) - minY) / span }]));
}

/** Persons first (Pajek's first mode), then organisations and departments, each in the project's order. */
function memberships(data: ProjectData, title: string): string {
  const persons = data.actors.filter((a) => a.kind === 'person');
  const others = data.actors.filter((a) => a.kind !== 'person');
  const ordered = [...persons, ...others];
  const number = new Map(ordered.map((a, i) => [a.id, i + 1]));
  const lines = [`*Network ${clean(title)}`, `*Vertices ${ordered.length} ${persons.length}`];
  ordered.forEach((a, i) => lines.push(`${i + 1} ${quoted(a.label)}`));
  lines.push('*Edges');
  for (const m of data.memberships) lines.push(`${number.get(m.person) ?? 0} ${number.get(m.organisation) ?? 0} 1 l ${quoted(m.role)}`);
  return `${lines.join('\n')}\n`;
}

/** A Pajek partition: what its numbers mean in comment lines, then one number per vertex. */
function partition(title: string, legend: readonly string[], values: readonly number[]): string {
  return `${[`% ${clean(title)}`, ...legend.map((l) => `% ${clean(l)}`), `*Vertices ${values.length}`, ...values.map(String)].join('\n')}\n`;
}
