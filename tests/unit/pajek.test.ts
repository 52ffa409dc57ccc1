import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors';
import { decodePajek, encodePajek, MAX_PAJEK_VERTICES } from '../../src/core/format/pajek';
import { decodeProjectJson } from '../../src/core/format/project-json';
import { CODECS } from '../../src/core/format/registry';
import type { ProjectData } from '../../src/core/model/schema';
import { refused, worded } from '../helpers/refused';
import { mutate, textEdits } from '../helpers/mutate';

/**
 * The Pajek reader on files other tools wrote (tests/fixtures/pajek, made by make_pajek.py and
 * make_pajek.R), each compared with what a reference reader makes of the same file where one
 * can read it; then every kind of bad line, named by file and line.
 */

const FIXTURES = fileURLToPath(new URL('../fixtures/pajek/', import.meta.url));
const fixture = (name: string) => readFileSync(`${FIXTURES}${name}`);
/** A fixture read as the app reads a file: its bytes decoded (UTF-8, Windows-1252), then the codec. */
const readFixture = (name: string) => CODECS.pajek.read?.([{ name, bytes: fixture(name) }], {}) ?? Promise.reject(new Error('no reader'));
const read = (text: string) => decodePajek(text, 'net.net');
const readError = (text: string) => refused(() => read(text));

const python = (code: string, ...args: string[]) => JSON.parse(execFileSync('/usr/bin/python3', ['-c', code, ...args], { encoding: 'utf8' })) as unknown;

/** networkx's reading: labels in vertex order, and every edge as [from, to, weight] by vertex number. */
const NETWORKX = `import sys, json, networkx as nx
g = nx.read_pajek(sys.argv[1])
number = {n: int(d['id']) for n, d in g.nodes(data=True)}
labels = [n for n, _ in sorted(g.nodes(data=True), key=lambda n: int(n[1]['id']))]
edges = [[number[u], number[v], d.get('weight')] for u, v, d in g.edges(data=True)]
if not g.is_directed(): edges = [sorted(e[:2]) + [e[2]] for e in edges]
print(json.dumps({'directed': g.is_directed(), 'labels': labels, 'edges': sorted(edges)}))`;

/** Ours in networkx's shape. */
function asNetworkx(data: ProjectData, directed: boolean) {
  const n = (id: string) => Number(id.slice(1));
  const edges = data.ties.map((t) => {
    const ends = [n(t.source), n(t.target)];
    return [...(directed ? ends : ends.sort((a, b) => a - b)), t.strength];
  });
  return { directed, labels: data.actors.map((a) => a.label), edges: edges.sort((a, b) => String(a).localeCompare(String(b), 'en', { numeric: true })) };
}
const sortedEdges = (r: unknown) => {
  const v = r as { directed: boolean; labels: string[]; edges: number[][] };
  return { ...v, edges: v.edges.sort((a, b) => String(a).localeCompare(String(b), 'en', { numeric: true })) };
};

describe('reading Pajek files other tools wrote', () => {
  it('reads networkx’s write_pajek as networkx reads it back: labels with æøå, arcs, parallel arcs and weights', async () => {
    const data = await readFixture('networkx.net');
    expect(asNetworkx(data, true)).toEqual(sortedEdges(python(NETWORKX, `${FIXTURES}networkx.net`)));
    expect(data.ties.every((t) => t.directed)).toBe(true);
    expect(data.meta.name).toBe('networkx');
  });

  it('fills kind, sector and tie type from the pairs networkx writes, and keeps no layout from its 0.0 0.0 for every node', async () => {
    const data = await readFixture('networkx.net');
    expect(data.actors.map((a) => [a.id, a.kind, a.sector])).toEqual([
      ['v1', 'person', 'municipality'],
      ['v2', 'person', 'civil_society'],
      ['v3', 'organisation', 'civil_society'],
      ['v4', 'department', 'municipality'],
      ['v5', 'person', null],
    ]);
    expect(data.ties.map((t) => t.type)).toEqual(['advice', 'information', 'collaboration', 'contract', 'collaboration']);
    expect(data.ties.map((t) => t.attributes)).toEqual([{}, {}, {}, {}, {}]);
    expect(data.positions).toEqual({});
  });

  it('reads python-igraph’s write_pajek (quotes escaped as \\", a layout, shapes, edge labels) as networkx does', async () => {
    // igraph cannot read this file itself: its reader refuses the \" its writer wrote
    const data = await readFixture('igraph.net');
    expect(asNetworkx(data, false)).toEqual(sortedEdges(python(NETWORKX, `${FIXTURES}igraph.net`)));
    expect(data.actors.map((a) => a.label)).toContain('Foreningen "Bro"');
    expect(data.ties.every((t) => !t.directed)).toBe(true);
  });

  it('takes coordinates as the map’s positions, times 1000, y downwards as on screen', async () => {
    const data = await readFixture('igraph.net');
    expect(data.positions).toEqual({
      v1: { x: 100, y: 200 },
      v2: { x: 350, y: 400 },
      v3: { x: 500, y: 100 },
      v4: { x: 650, y: 700 },
      v5: { x: 800, y: 500 },
      v6: { x: 900, y: 900 },
    });
  });

  it('takes an edge label as the tie type, matching the codebook’s types by key or name in either language', async () => {
    const data = await readFixture('igraph.net');
    // "samarbejde" and "rådgivning" are the Danish names of collaboration and advice
    expect(data.ties.map((t) => t.type)).toEqual(['collaboration', 'collaboration', 'advice', 'collaboration', 'information', 'collaboration', 'advice']);
    expect(data.codebooks.tieTypes.map((t) => t.key)).toEqual(['collaboration', 'information', 'advice', 'resources', 'contract', 'personal']);
  });

  it('reads R igraph’s write_graph(format = "pajek") as R network’s read.paj reads it', async () => {
    const data = await readFixture('r-igraph.net');
    const out = execFileSync(
      'Rscript',
      [
        '-e',
        `suppressMessages(library(network)); n <- read.paj(commandArgs(TRUE)[1])
cat(network.size(n), is.directed(n), network.edgecount(n), sep = "\\n")
cat(n %v% "vertex.names", sep = "\\n")
el <- as.edgelist(n); w <- get.edge.attribute(n, setdiff(list.edge.attributes(n), "na")[1])
cat(paste(el[, 1], el[, 2], sep = ">"), sep = "\\n"); cat(sort(w), sep = "\\n")`,
        `${FIXTURES}r-igraph.net`,
      ],
      { encoding: 'utf8' },
    ).trim().split('\n');
    const ties = data.ties.map((t) => `${t.source.slice(1)}>${t.target.slice(1)}`).sort();
    const weights = data.ties.map((t) => t.strength ?? 0).sort((a, b) => a - b).map(String);
    expect(out).toEqual(['5', 'TRUE', '4', ...data.actors.map((a) => a.label), ...ties, ...weights]);
    expect(data.actors.map((a) => a.label)).toEqual(['Åse Østergaard', 'Bjørn "Bjørnen" Æbelø', 'Frivilligcenter Bro', 'Jobcenter Bro', 'Ø']);
  });

  it('reads a two-mode file (Davis’s southern women) as persons, organisations and their memberships, as igraph reads it', async () => {
    const data = await readFixture('davis-two-mode.net');
    const igraph = python(
      `import sys, json, igraph as ig
g = ig.Graph.Read_Pajek(sys.argv[1])
print(json.dumps({'names': g.vs['name'], 'second': g.vs['type'], 'edges': sorted([list(e.tuple) for e in g.es])}))`,
      `${FIXTURES}davis-two-mode.net`,
    );
    const n = (id: string) => Number(id.slice(1)) - 1;
    expect({
      names: data.actors.map((a) => a.label),
      second: data.actors.map((a) => a.kind !== 'person'),
      edges: data.memberships.map((m) => [n(m.person), n(m.organisation)]).sort((a, b) => String(a).localeCompare(String(b), 'en', { numeric: true })),
    }).toEqual({
      ...(igraph as object),
      edges: (igraph as { edges: number[][] }).edges.sort((a, b) => String(a).localeCompare(String(b), 'en', { numeric: true })),
    });
    expect(data.actors.filter((a) => a.kind === 'person')).toHaveLength(18);
    expect(data.actors.filter((a) => a.kind === 'organisation')).toHaveLength(14);
    expect(data.memberships).toHaveLength(89);
    expect(new Set(data.memberships.map((m) => m.role))).toEqual(new Set(['member']));
    expect(data.ties).toEqual([]);
  });

  it('reads the women and their events as networkx’s own copy of Davis’s data has them', async () => {
    const data = await readFixture('davis-two-mode.net');
    const davis = python(
      `import json, networkx as nx
g = nx.davis_southern_women_graph()
print(json.dumps(sorted([[u, v] if u in g.graph['top'] else [v, u] for u, v in g.edges()])))`,
    );
    const label = new Map(data.actors.map((a) => [a.id as string, a.label]));
    const ours = data.memberships.map((m) => [label.get(m.person), label.get(m.organisation)]).sort();
    expect(ours).toEqual((davis as string[][]).sort());
  });

  it('reads *Arcslist and *Edgeslist lines as a vertex and the vertices it points to, as igraph reads them', async () => {
    const data = await readFixture('lists.net');
    expect(data.ties.map((t) => [t.source, t.target, t.directed, t.strength])).toEqual([
      ['v1', 'v2', true, null],
      ['v1', 'v3', true, null],
      ['v2', 'v4', true, null],
      ['v3', 'v4', false, null],
      ['v3', 'v5', false, null],
      ['v5', 'v1', false, null],
    ]);
    const igraph = python(
      `import sys, json, igraph as ig
print(json.dumps([list(e.tuple) for e in ig.Graph.Read_Pajek(sys.argv[1]).es]))`,
      `${FIXTURES}lists.net`,
    ) as number[][];
    // igraph gives the whole graph the direction of its last section, and its ends in order
    const ends = (pairs: number[][]) => pairs.map((p) => [...p].sort((a, b) => a - b).join('-')).sort();
    expect(ends(data.ties.map((t) => [Number(t.source.slice(1)) - 1, Number(t.target.slice(1)) - 1]))).toEqual(ends(igraph));
  });

  it('names tie types after the relations of a multirelational file, by section or by a line’s own prefix', async () => {
    const data = await readFixture('relations.net');
    expect(data.ties.map((t) => [t.source, t.target, t.type, t.directed, t.strength])).toEqual([
      ['v1', 'v2', 'advice', true, 2],
      ['v2', 'v3', 'advice', true, 1],
      ['v3', 'v1', 'venskab', true, null],
      ['v1', 'v4', 'collaboration', false, 3],
      ['v2', 'v4', 'collaboration', false, 1],
      ['v4', 'v1', 'venskab', false, null],
    ]);
    expect(data.codebooks.tieTypes.at(-1)).toMatchObject({ key: 'venskab', label: { da: 'Venskab', en: 'Venskab' } });
  });

  it('reads a *Matrix as an arc for every value that is not 0, weighted by it, as igraph reads it', async () => {
    const data = await readFixture('matrix.net');
    const igraph = python(
      `import sys, json, igraph as ig
g = ig.Graph.Read_Pajek(sys.argv[1])
print(json.dumps([[e.source + 1, e.target + 1, e['weight']] for e in g.es]))`,
      `${FIXTURES}matrix.net`,
    );
    expect(data.ties.map((t) => [Number(t.source.slice(1)), Number(t.target.slice(1)), t.strength])).toEqual(igraph);
    expect(data.ties.every((t) => t.directed)).toBe(true);
  });

  it('reads the first network of a .paj project, with its partition and vector as attributes', async () => {
    const data = await readFixture('project.paj');
    expect(data.meta.name).toBe('Første netværk');
    expect(data.actors.map((a) => [a.label, a.attributes])).toEqual([
      ['Åse', { sektor: 1, alder: 34 }],
      ['Bo', { sektor: 2, alder: 51.5 }],
      ['Cæcilie', { sektor: 2, alder: 28 }],
    ]);
    expect(data.ties.map((t) => [t.source, t.target, t.strength])).toEqual([
      ['v1', 'v2', 1],
      ['v2', 'v3', 2],
    ]);
    expect(Object.keys(data.positions)).toEqual(['v1', 'v2', 'v3']);
  });

  it('reads Windows-1252 with CRLF, comments, blank lines, keywords in any case and Pajek’s drawing parameters', async () => {
    const data = await readFixture('windows.net');
    expect(data.meta.name).toBe('Århus');
    expect(data.actors.map((a) => [a.label, a.attributes])).toEqual([
      ['Århus Kommune', {}],
      ['Frivillig Ærø', {}],
      ['Øster', {}],
    ]);
    expect(data.ties.map((t) => [t.source, t.target, t.directed, t.strength, t.type])).toEqual([
      ['v1', 'v2', true, 2, 'information'],
      ['v2', 'v3', true, 0.75, 'collaboration'],
      ['v3', 'v1', false, 1, 'collaboration'],
    ]);
  });
});

describe('reading what Pajek allows', () => {
  it('labels a vertex without a line by its number, and keeps ids v1… so a second import updates the same actors', () => {
    const data = read('*Vertices 3\n2 "Bo"\n*Edges\n1 3\n');
    expect(data.actors.map((a) => [a.id, a.label])).toEqual([
      ['v1', '1'],
      ['v2', 'Bo'],
      ['v3', '3'],
    ]);
    expect(read('*Vertices 3\n2 "Bo"\n*Edges\n1 3\n').actors.map((a) => a.id)).toEqual(['v1', 'v2', 'v3']);
  });

  it('reads labels with or without quotes, apostrophes inside, and names the project from *Network or the file', () => {
    const data = read('*Network "Bro netværk"\n*Vertices 3\n1 Åse\n2 "Lise\'s café"\n3 ""\n');
    expect(data.actors.map((a) => a.label)).toEqual(['Åse', "Lise's café", '3']);
    expect(data.meta.name).toBe('Bro netværk');
    expect(decodePajek('*Vertices 1\n', 'mappe/Ærø.paj').meta.name).toBe('Ærø');
  });

  it('keeps ties between the same two vertices each as its own, as the multigraphs of networkx, igraph and R do', () => {
    const data = read('*Vertices 2\n*Arcs\n1 2 1\n1 2 1\n2 1 3\n');
    expect(data.ties.map((t) => [t.id, t.source, t.target, t.strength])).toEqual([
      ['e1', 'v1', 'v2', 1],
      ['e2', 'v1', 'v2', 1],
      ['e3', 'v2', 'v1', 3],
    ]);
  });

  it('widens the strength scale to the weights, leaves a tie without a weight without strength, and reads decimals', () => {
    const data = read('*Vertices 3\n*Edges\n1 2 0.25\n2 3 12.5\n1 3\n');
    expect(data.ties.map((t) => t.strength)).toEqual([0.25, 12.5, null]);
    expect(data.settings.strengthScale).toEqual({ min: 0.25, max: 12.5 });
  });

  it('keeps a line’s own pairs as attributes and its label beside a relation’s type', () => {
    const data = read('*Vertices 2\n1 "A" 0.1 0.2 box ic Red alder 34\n*Arcs :1 "advice"\n1 2 2 l "i 2019" c Blue kilde survey\n');
    expect(data.actors[0]?.attributes).toEqual({ alder: '34' });
    expect(data.ties[0]).toMatchObject({ type: 'advice', attributes: { label: 'i 2019', kilde: 'survey' } });
  });

  it('keeps a pair whose name is also a name of JavaScript’s object machinery', () => {
    const data = read('*Vertices 2\n1 "A" hasOwnProperty x constructor y\n*Edges\n1 2 1 toString z\n');
    expect(Object.entries(data.actors[0]?.attributes ?? {})).toEqual([
      ['hasOwnProperty', 'x'],
      ['constructor', 'y'],
    ]);
    expect(Object.entries(data.ties[0]?.attributes ?? {})).toEqual([['toString', 'z']]);
  });

  it('gives a two-mode line’s label as the membership’s role, by the codebook’s key or name', () => {
    const data = read('*Vertices 4 2\n*Edges\n1 3 1 l "Frivillig"\n4 2\n2 3 1 l "leader"\n');
    expect(data.memberships.map((m) => [m.id, m.person, m.organisation, m.role])).toEqual([
      ['m1', 'v1', 'v3', 'volunteer'],
      ['m2', 'v2', 'v4', 'member'],
      ['m3', 'v2', 'v3', 'leader'],
    ]);
  });

  it('reads a two-mode *Matrix as the persons’ rows and the organisations’ columns', () => {
    const data = read('*Vertices 5 2\n*Matrix\n1 0 1\n0 1 0\n');
    expect(data.memberships.map((m) => [m.person, m.organisation])).toEqual([
      ['v1', 'v3'],
      ['v1', 'v5'],
      ['v2', 'v4'],
    ]);
  });

  it('passes over the sections of a project it does not read, and every network after the first', () => {
    const data = read('*Network A\n*Vertices 2\n*Edges\n1 2\n*Permutation p\n*Vertices 2\n2\n1\n*Network B\n*Vertices 3\n*Arcs\n1 3\n*Partition q\n*Vertices 3\n1\n1\n1\n');
    expect(data.actors).toHaveLength(2);
    expect(data.ties).toHaveLength(1);
    // the partition belongs to the second network (three vertices), not to this one
    expect(data.actors[0]?.attributes).toEqual({});
  });
});

describe('refusing Pajek files that cannot be read', () => {
  it('refuses a file that is not Pajek, naming it', () => {
    const e = readError('id,label\n1,Åse\n');
    expect(e.key).toBe('pajek.notPajek');
    expect(e.message).toBe('net.net is not a Pajek network: it has no *Vertices line.');
  });

  it('names the file and line of every bad line, all at once, and reads nothing', () => {
    const e = readError(
      [
        '*Vertices 4', // 1
        '1 "Åse"', // 2
        '1 "Åse igen"', // 3
        '7 "Syv"', // 4
        'x "Ukendt"', // 5
        '2 "Bo', // 6
        '*Arcs', // 7
        '1 9', // 8
        '1 2 0', // 9
        '2 3 -1.5', // 10
        '3 4 meget', // 11
        '4', // 12
        '2 2 1', // 13
        '3 4 1 l', // 14
      ].join('\n'),
    );
    expect(e.code).toBe('invalid');
    expect(e.message).toBe('net.net: 11 errors in the data.');
    expect(worded(e.problems)).toEqual([
      { where: 'net.net, line 3', message: 'vertex 1 is already listed (line 2)' },
      { where: 'net.net, line 4', message: 'vertex 7 does not exist: the network has vertices 1 to 4' },
      { where: 'net.net, line 5', message: '"x" is not a vertex number' },
      { where: 'net.net, line 6', message: 'a quoted text is not closed on the line' },
      { where: 'net.net, line 8', message: 'vertex 9 does not exist: the network has vertices 1 to 4' },
      { where: 'net.net, line 9, attribute "weight"', message: expect.stringMatching(/^the weight 0 is not above 0/) as unknown },
      { where: 'net.net, line 10, attribute "weight"', message: expect.stringMatching(/^the weight -1\.5 is not above 0/) as unknown },
      { where: 'net.net, line 11, attribute "weight"', message: '"meget" is not a number' },
      { where: 'net.net, line 12', message: 'a line needs two vertex numbers' },
      { where: 'net.net, line 13', message: 'a tie needs two different actors' },
      { where: 'net.net, line 14', message: '"l" has no value' },
    ]);
  });

  it('refuses an unknown section, lines before *Vertices, a second *Vertices and counts that are no counts', () => {
    const e = readError('1 2\n*Edges\n*Vertices 3 5\n*Vertices 2\n*Clusters\n');
    expect(worded(e.problems)).toEqual([
      { where: 'net.net, line 1', message: 'the line comes before any *Vertices line, so its vertex numbers mean nothing' },
      { where: 'net.net, line 2', message: 'the line comes before any *Vertices line, so its vertex numbers mean nothing' },
      { where: 'net.net, line 3', message: 'the first mode has 5 vertices, but the network has only 3' },
      { where: 'net.net, line 4', message: 'the network already has a *Vertices line (line 3)' },
      { where: 'net.net, line 5', message: expect.stringMatching(/^Brobygger does not know the section "\*Clusters"/) as unknown },
    ]);
    expect(worded(readError('*Vertices many\n').problems)).toEqual([{ where: 'net.net, line 1', message: '"many" is not a number of vertices (a whole number from 0)' }]);
    expect(worded(readError(`*Vertices ${MAX_PAJEK_VERTICES + 1}\n`).problems)[0]?.message).toBe(
      'a network of 200,001 vertices is more than Brobygger reads (at most 200,000)',
    );
  });

  it('refuses a two-mode line between two persons or two organisations, and a role the codebook lacks', () => {
    const e = readError('*Vertices 4 2\n*Edges\n1 2\n3 4\n1 3 1 l "Kasserer"\n');
    expect(worded(e.problems)).toEqual([
      { where: 'net.net, line 3', message: 'in a two-mode network every line joins one of vertices 1–2 (persons) to one of 3–4 (organisations), but 1 and 2 are on the same side' },
      { where: 'net.net, line 4', message: 'in a two-mode network every line joins one of vertices 1–2 (persons) to one of 3–4 (organisations), but 3 and 4 are on the same side' },
      { where: 'net.net, line 5, attribute "l"', message: expect.stringMatching(/^the role "Kasserer" is not in the codebook; use one of: /) as unknown },
    ]);
  });

  it('refuses a matrix of the wrong shape and lists of the wrong length', () => {
    const e = readError('*Vertices 3\n*Matrix\n0 1\n0 0 x\n*Partition p\n*Vertices 3\n1\n2\n*Vector v\n*Vertices 1\n0.5 y\n');
    expect(worded(e.problems)).toEqual([
      { where: 'net.net, line 2', message: 'the matrix has 2 rows, but the network needs 3' },
      { where: 'net.net, line 3', message: 'the row has 2 values, but the matrix needs 3' },
      { where: 'net.net, line 4', message: '"x" is not a number' },
      { where: 'net.net, line 5', message: 'the list has 2 values, but its *Vertices line says 3' },
      { where: 'net.net, line 11', message: '"y" is not a number' },
    ]);
  });

  it('names a label the model refuses by its line', () => {
    const e = readError(`*Vertices 1\n1 "${'x'.repeat(301)}"\n`);
    expect(worded(e.problems)).toEqual([{ where: 'net.net, line 2', message: 'at most 300 characters' }]);
  });

  it('words its problems in the user’s language', () => {
    const e = readError('*Vertices 2\n*Edges\n1 3\n');
    expect(worded(e.problems, 'da')).toEqual([{ where: 'net.net, linje 3', message: 'knude 3 findes ikke: netværket har knuderne 1 til 2' }]);
  });
});

/** A small project with ties both ways, memberships and a map. */
function project(): ProjectData {
  return decodeProjectJson(
    JSON.stringify({
      format: 'brobygger-project',
      version: 2,
      meta: { name: 'Rundtur "Bro"', description: '' },
      actors: [
        { id: 'org-1', kind: 'organisation', label: 'Røde Kors "Syd"\nBro', sector: 'civil_society' },
        { id: 'p-1', kind: 'person', label: 'Åse Ørsted', sector: 'municipality' },
        { id: 'dep-1', kind: 'department', label: 'Jobcenter C:\\Bro' },
        { id: 'p-2', kind: 'person', label: 'Bo' },
      ],
      ties: [
        { id: 't-1', source: 'p-1', target: 'org-1', type: 'advice', directed: true, strength: 4 },
        { id: 't-2', source: 'org-1', target: 'dep-1' },
        { id: 't-3', source: 'p-2', target: 'p-1', strength: 2.5, type: 'personal' },
      ],
      memberships: [
        { id: 'm-1', person: 'p-1', organisation: 'dep-1', role: 'employee' },
        { id: 'm-2', person: 'p-2', organisation: 'org-1', role: 'volunteer' },
      ],
      positions: { 'org-1': { x: 100, y: 50 }, 'p-1': { x: 300, y: 250 }, 'dep-1': { x: -100, y: 350 }, 'p-2': { x: 0, y: 0 } },
    }),
    'rundtur.json',
  );
}
const write = (data: ProjectData) => encodePajek(data, { baseName: 'rundtur', lang: 'en' });

describe('writing Pajek', () => {
  it('writes the network, the memberships two-mode, and partitions by kind and sector', () => {
    expect(write(project()).map((f) => f.name)).toEqual(['rundtur.net', 'rundtur-memberships.net', 'rundtur-kind.clu', 'rundtur-sector.clu']);
    expect(write({ ...project(), memberships: [] }).map((f) => f.name)).toEqual(['rundtur.net', 'rundtur-kind.clu', 'rundtur-sector.clu']);
  });

  it('writes arcs before edges, each with its weight (1 where none) and its type as the label', () => {
    const [net] = write(project());
    expect(net?.text).toBe(
      [
        "*Network Rundtur 'Bro'",
        '*Vertices 4',
        "1 \"Røde Kors 'Syd' Bro\" 0.5 0.125 box",
        '2 "Åse Ørsted" 1 0.625 ellipse',
        '3 "Jobcenter C:/Bro" 0 0.875 diamond',
        '4 "Bo" 0.25 0 ellipse',
        '*Arcs',
        '2 1 4 l "advice"',
        '*Edges',
        '1 3 1 l "collaboration"',
        '4 2 2.5 l "personal"',
        '',
      ].join('\n'),
    );
  });

  it('writes no coordinates unless every actor has a place on the map', () => {
    const data = project();
    const [net] = write({ ...data, positions: { 'p-1': { x: 1, y: 2 } } });
    expect(net?.text.split('\n').slice(2, 6)).toEqual(["1 \"Røde Kors 'Syd' Bro\"", '2 "Åse Ørsted"', '3 "Jobcenter C:/Bro"', '4 "Bo"']);
  });

  it('writes memberships persons first, as Pajek’s two modes, labelled by role', () => {
    const [, two] = write(project());
    expect(two?.text).toBe(
      [
        "*Network Rundtur 'Bro': memberships",
        '*Vertices 4 2',
        '1 "Åse Ørsted"',
        '2 "Bo"',
        "3 \"Røde Kors 'Syd' Bro\"",
        '4 "Jobcenter C:/Bro"',
        '*Edges',
        '1 4 1 l "employee"',
        '2 3 1 l "volunteer"',
        '',
      ].join('\n'),
    );
  });

  it('writes the partitions with what their numbers mean in comments, in the chosen language', () => {
    const files = encodePajek(project(), { baseName: 'rundtur', lang: 'da' });
    expect(files[2]?.text).toBe(
      ["% Rundtur 'Bro': aktørtype", '% 1 person: Person', '% 2 organisation: Organisation', '% 3 department: Forvaltning', '*Vertices 4', '2', '1', '3', '1', ''].join('\n'),
    );
    expect(files[3]?.text.split('\n').slice(0, 4)).toEqual(["% Rundtur 'Bro': sektor", '% 0: ingen sektor', '% 1 municipality: Kommune', '% 2 civil_society: Civilsamfund']);
    expect(files[3]?.text.split('\n').slice(-6)).toEqual(['*Vertices 4', '2', '1', '0', '0', '']);
  });

  it('reads back its own files: labels, directions, weights, types, the map’s shape and the memberships', () => {
    const data = project();
    const [net, two] = write(data);
    const back = decodePajek(net?.text ?? '', 'rundtur.net');
    expect(back.actors.map((a) => a.label)).toEqual(["Røde Kors 'Syd' Bro", 'Åse Ørsted', 'Jobcenter C:/Bro', 'Bo']);
    const id = (actor: string) => `v${data.actors.findIndex((a) => a.id === actor) + 1}`;
    const ends = (t: { source: string; target: string }) => [t.source, t.target].join('>');
    expect(back.ties.map((t) => [ends(t), t.directed, t.strength, t.type]).sort()).toEqual(
      data.ties.map((t) => [ends({ source: id(t.source), target: id(t.target) }), t.directed, t.strength ?? 1, t.type]).sort(),
    );
    // positions come back on one scale, moved and shrunk to 0…1000 together
    expect(back.positions).toEqual({ v1: { x: 500, y: 125 }, v2: { x: 1000, y: 625 }, v3: { x: 0, y: 875 }, v4: { x: 250, y: 0 } });
    const members = decodePajek(two?.text ?? '', 'rundtur-memberships.net');
    expect(members.actors.map((a) => [a.label, a.kind])).toEqual([
      ['Åse Ørsted', 'person'],
      ['Bo', 'person'],
      ["Røde Kors 'Syd' Bro", 'organisation'],
      ['Jobcenter C:/Bro', 'organisation'],
    ]);
    expect(members.memberships.map((m) => [m.person, m.organisation, m.role])).toEqual([
      ['v1', 'v4', 'employee'],
      ['v2', 'v3', 'volunteer'],
    ]);
  });

  it('writes an empty project as a network of no vertices, which reads back as empty', () => {
    const empty = { ...project(), actors: [], ties: [], memberships: [], positions: {} };
    const [net] = write(empty);
    expect(net?.text).toBe("*Network Rundtur 'Bro'\n*Vertices 0\n");
    expect(read(net?.text ?? '').actors).toEqual([]);
  });
});

/** Edits of a text, with this format's own tokens among what they insert. */
const mutations = textEdits(['"', '\\"', '\n', '*Arcs\n', '*Vertices 3 9\n', '*Matrix\n', '2:', ':1', ' 0 ', ' -1 ', ' l ', '%', '\r', '999999999'], { maxLength: 30, maxString: 12 });

/** Decodes, and returns what it threw when that was anything but a UserError. */
function crash(text: string): unknown {
  try {
    read(text);
  } catch (e) {
    if (!(e instanceof UserError)) return e;
  }
  return undefined;
}

describe('Pajek from anywhere', () => {
  it('never throws anything but a UserError for random text', () => {
    const tokens = fc.constantFrom('*Vertices', '*Arcs', '*Edges', '*Arcslist', '*Matrix', '*Partition', '*Network', ' ', '\n', '"', '1', '2', '3', '0', '-1', 'l', 'x', ':1', '2:', '0.5');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(tokens, { maxLength: 60 }).map((t) => t.join(' '))), (text) => {
        expect(crash(text)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('never throws anything but a UserError for a valid file, randomly damaged', () => {
    const valid = [...write(project()).map((f) => f.text), fixture('relations.net').toString('utf8'), fixture('project.paj').toString('utf8')];
    fc.assert(
      fc.property(fc.constantFrom(...valid), mutations, (text, edits) => {
        expect(crash(mutate(text, edits))).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });
});
