import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors';
import { decodeGexf, encodeGexf } from '../../src/core/format/gexf';
import { decodeProjectJson } from '../../src/core/format/project-json';
import { checkFormatOf, CODECS } from '../../src/core/format/registry';
import { createTranslator } from '../../src/core/i18n/catalogue';
import { defaultCodebooks, NO_SECTOR_COLOR } from '../../src/core/model/defaults';
import type { ProjectData } from '../../src/core/model/schema';
import { formatUserError } from '../../src/core/wording/format-error';
import { refused, worded } from '../helpers/refused';
import { mutate, textEdits } from '../helpers/mutate';

const FIXTURES = join(import.meta.dirname, '../fixtures/gexf');
const fixture = (name: string) => decodeGexf(readFileSync(join(FIXTURES, name), 'utf8'), name);

const read = (text: string) => decodeGexf(text, 'net.gexf');
const readError = (text: string) => refused(() => read(text));

/** A GEXF file from its attribute declarations and the inside of its graph. */
const gexf = (declarations: string, body: string, graph = 'defaultedgetype="undirected"') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n<graph ${graph}>\n${declarations}\n${body}\n</graph>\n</gexf>\n`;

/** The network make_gexf.py writes into every fixture. */
const LABELS = ['Jobcenter Bro', 'Sundhed & Ældre', 'Røde Kors Bro', 'Ældre Sagen Ørby', 'Åse Ærø', 'Søren Ødegård', 'Bjørk Å. Hansen'];
const POSITIONS = { 'kom-1': [-120.5, 80.25], 'kom-2': [-60, 140], 'civ-1': [110, 75.5], 'civ-2': [150.75, -20], 'p-1': [-90, -60], 'p-2': [40, -95.5], 'p-3': [0, 0] };
/** Each tie of the network by its ends: its strength and type. */
const TIES: Record<string, [number, string]> = {
  'p-1 kom-1': [1, 'collaboration'],
  'p-2 civ-1': [3, 'collaboration'],
  'p-1 p-2': [4.5, 'advice'],
  'civ-1 kom-1': [2, 'ressourcer'],
  'p-3 civ-2': [1, 'information'],
  'kom-2 civ-2': [5, 'advice'],
};
const FILES = ['networkx-directed.gexf', 'networkx-undirected.gexf', 'gephi-0.10.gexf', 'gephi-0.9.gexf', 'gephi-0.8.gexf', 'gephi-0.7.gexf'];

/** A tie's ends as the table above names them, whichever way an undirected tie was written. */
const endsOf = (t: { source: string; target: string }) =>
  Object.hasOwn(TIES, `${t.source} ${t.target}`) ? `${t.source} ${t.target}` : `${t.target} ${t.source}`;
const colourOf = (data: ProjectData, book: 'sectors' | 'tieTypes', key: string) => data.codebooks[book].find((e) => e.key === key)?.color;

describe('reading GEXF as networkx and Gephi write it', () => {
  it.each(FILES)('reads %s as the network it holds: actors, labels with æøå, ties, strengths and types', (name) => {
    const data = fixture(name);
    expect(data.actors.map((a) => a.label).sort()).toEqual([...LABELS].sort());
    expect(data.actors.map((a) => [a.id, a.kind, a.sector])).toEqual([
      ['kom-1', 'department', 'municipality'],
      ['kom-2', 'department', 'municipality'],
      ['civ-1', 'organisation', 'civil_society'],
      ['civ-2', 'organisation', 'civil_society'],
      ['p-1', 'person', 'municipality'],
      ['p-2', 'person', 'civil_society'],
      ['p-3', 'person', 'frivillig_forening'],
    ]);
    expect(data.ties).toHaveLength(6);
    const ties = Object.fromEntries(data.ties.map((t) => [endsOf(t), [t.strength, t.type]]));
    expect(ties).toEqual(TIES);
  });

  it.each(FILES)('takes the positions of %s as the saved map, with y turned over as the map draws it', (name) => {
    const data = fixture(name);
    expect(data.positions).toEqual(Object.fromEntries(Object.entries(POSITIONS).map(([id, [x, y]]) => [id, { x, y: y === 0 ? 0 : -(y ?? 0) }])));
  });

  it.each(FILES)('gives a sector the colour every one of its actors has in %s, and leaves a sector whose actors differ alone', (name) => {
    const data = fixture(name);
    expect(colourOf(data, 'sectors', 'municipality')).toBe('#1F77B4');
    expect(colourOf(data, 'sectors', 'civil_society')).toBe(defaultCodebooks().sectors.find((s) => s.key === 'civil_society')?.color);
    expect(colourOf(data, 'sectors', 'frivillig_forening')).toBe('#D55E00');
  });

  it('reads directions as each file gives them: the graph’s default, and Gephi’s type on every edge of a mixed graph', () => {
    const directed = (name: string) => Object.fromEntries(fixture(name).ties.map((t) => [endsOf(t), t.directed]));
    for (const name of ['networkx-directed.gexf', 'gephi-0.9.gexf', 'gephi-0.7.gexf'])
      expect(Object.values(directed(name)), name).toEqual(Array(6).fill(true));
    for (const name of ['networkx-undirected.gexf', 'gephi-0.8.gexf']) expect(Object.values(directed(name)), name).toEqual(Array(6).fill(false));
    expect(directed('gephi-0.10.gexf')).toEqual({
      'p-1 kom-1': true,
      'p-2 civ-1': true,
      'p-1 p-2': false,
      'civ-1 kom-1': true,
      'p-3 civ-2': true,
      'kom-2 civ-2': true,
    });
  });

  it('types the attributes as the files declare them, and keeps those that fill no field', () => {
    const nx = fixture('networkx-directed.gexf');
    expect(nx.actors[0]?.attributes).toEqual({ frivillig: false, ansatte: 38, score: 4.333 });
    expect(nx.actors.find((a) => a.id === 'p-2')?.attributes).toEqual({ frivillig: true, score: 4.333 });
    const gephi = fixture('gephi-0.10.gexf');
    expect(gephi.actors.map((a) => a.attributes['Modularity Class'])).toEqual([0, 0, 1, 1, 0, 1, 1]);
    expect(gephi.ties.find((t) => t.type === 'ressourcer')?.formality).toBe('formal');
  });

  it('takes the static value of a dynamic attribute, or its last', () => {
    const data = fixture('gephi-0.8.gexf');
    expect(data.actors.map((a) => a.attributes['score'])).toEqual(Array(7).fill(2.5));
    const mixed = read(
      gexf(
        '<attributes class="node" mode="dynamic"><attribute id="0" title="score" type="double"/></attributes>',
        `<nodes><node id="a"><attvalues><attvalue for="0" value="1" start="2001" end="2002"/><attvalue for="0" value="7"/><attvalue for="0" value="3" start="2002"/></attvalues></node></nodes>`,
        'mode="dynamic"',
      ),
    );
    expect(mixed.actors[0]?.attributes).toEqual({ score: 7 });
  });

  it('reads a tie’s type from Gephi’s kind, and from the type networkx writes in place of a direction', () => {
    expect(fixture('gephi-0.10.gexf').ties.map((t) => t.type)).toEqual(['collaboration', 'collaboration', 'advice', 'ressourcer', 'information', 'advice']);
    const nx = fixture('networkx-undirected.gexf');
    expect(nx.ties.every((t) => !t.directed)).toBe(true);
    expect(new Set(nx.ties.map((t) => t.type))).toEqual(new Set(['collaboration', 'advice', 'ressourcer', 'information']));
  });

  it('gives a tie type the colour every one of its edges has', () => {
    expect(colourOf(fixture('gephi-0.10.gexf'), 'tieTypes', 'advice')).toBe('#9467BD');
    expect(colourOf(fixture('gephi-0.10.gexf'), 'tieTypes', 'collaboration')).toBe(defaultCodebooks().tieTypes[0]?.color);
  });

  it('names the project by the file’s title, networkx’s graph name, or else the file', () => {
    expect(fixture('gephi-0.10.gexf').meta.name).toBe('Bro netværk');
    expect(fixture('networkx-directed.gexf').meta.name).toBe('Bro netværk');
    expect(fixture('gephi-0.8.gexf').meta.name).toBe('gephi-0.8');
  });

  it('agrees with networkx on every file networkx reads: labels, positions, weights and direction', () => {
    // networkx reads 1.1draft and 1.2draft only, and not its own networkx-directed.gexf (a="None")
    for (const name of ['networkx-undirected.gexf', 'gephi-0.8.gexf', 'gephi-0.7.gexf']) {
      const out = execFileSync(
        '/usr/bin/python3',
        [
          '-c',
          `import json, sys, networkx as nx
g = nx.read_gexf(sys.argv[1])
print(json.dumps({
  "directed": g.is_directed(),
  "nodes": {n: [d["label"], d["viz"]["position"]["x"], d["viz"]["position"]["y"]] for n, d in g.nodes(data=True)},
  "edges": sorted([u, v, d["weight"]] for u, v, d in g.edges(data=True)),
}))`,
          join(FIXTURES, name),
        ],
        { encoding: 'utf8' },
      );
      const nx = JSON.parse(out) as { directed: boolean; nodes: Record<string, [string, number, number]>; edges: Array<[string, string, number]> };
      const data = fixture(name);
      expect(data.ties.every((t) => t.directed === nx.directed), name).toBe(true);
      expect(Object.fromEntries(data.actors.map((a) => [a.id, [a.label, data.positions[a.id]?.x, 0 - (data.positions[a.id]?.y ?? NaN)]])), name).toEqual(nx.nodes);
      const ends = (t: { source: string; target: string }) => (nx.directed || t.source < t.target ? [t.source, t.target] : [t.target, t.source]);
      const edges = nx.edges.map(([u, v, w]) => [...ends({ source: u, target: v }), w]).sort();
      expect(data.ties.map((t) => [...ends(t), t.strength]).sort(), name).toEqual(edges);
    }
  });
});

describe('reading GEXF in any of its forms', () => {
  it('reads a file without namespace, taking the label from the id and edges as undirected when nothing says', () => {
    const data = read('<gexf><graph><nodes><node id="a"/><node id="b" label="Bo"/></nodes><edges><edge source="a" target="b"/></edges></graph></gexf>');
    expect(data.actors.map((a) => [a.id, a.label, a.kind])).toEqual([
      ['a', 'a', 'person'],
      ['b', 'Bo', 'person'],
    ]);
    expect(data.ties).toMatchObject([{ id: 'e1', source: 'a', target: 'b', directed: false, type: 'collaboration', strength: null }]);
    expect(data.positions).toEqual({});
  });

  it('types every GEXF attribute type, with the declared defaults', () => {
    const types = ['integer', 'long', 'short', 'byte', 'biginteger', 'float', 'double', 'bigdecimal', 'boolean', 'string', 'anyURI', 'char', 'date', 'liststring', 'listinteger'];
    const declarations = types.map((t, i) => `<attribute id="${i}" title="${t}" type="${t}"${t === 'long' ? '><default>7</default></attribute>' : '/>'}`).join('');
    const values = ['12', '', '-3', '8', '123456789012', '2.5', '1e3', '0.1', 'TRUE', ' tekst ', 'https://bro.dk', 'å', '2024-03-05', '[rød, grøn]', '1|2|3'];
    const data = read(
      gexf(
        `<attributes class="node">${declarations}</attributes>`,
        `<nodes><node id="a"><attvalues>${values.map((v, i) => (v === '' ? '' : `<attvalue for="${i}" value="${v}"/>`)).join('')}</attvalues></node></nodes>`,
      ),
    );
    expect(data.actors[0]?.attributes).toEqual({
      integer: 12,
      long: 7,
      short: -3,
      byte: 8,
      biginteger: 123456789012,
      float: 2.5,
      double: 1000,
      bigdecimal: 0.1,
      boolean: true,
      string: ' tekst ',
      anyURI: 'https://bro.dk',
      char: 'å',
      date: '2024-03-05',
      liststring: 'rød|grøn',
      listinteger: '1|2|3',
    });
  });

  it('reads the weight as the strength, 1 where an edge has none but others have, and mutual edges as undirected', () => {
    const edges = (declarations: string, attvalue: string) =>
      read(
        gexf(
          declarations,
          `<nodes><node id="a"/><node id="b"/></nodes><edges><edge id="1" source="a" target="b" weight="2.5" type="mutual"/>
           <edge id="2" source="b" target="a">${attvalue}</edge></edges>`,
          'defaultedgetype="directed"',
        ),
      ).ties.map((t) => [t.id, t.strength, t.directed, t.attributes]);
    expect(edges('', '')).toEqual([
      ['1', 2.5, false, {}],
      ['2', 1, true, {}],
    ]);
    expect(read(gexf('', '<nodes><node id="a"/><node id="b"/></nodes><edges><edge source="a" target="b"/></edges>')).ties[0]?.strength).toBeNull();
  });

  it('reads a directed value as the direction of an edge whose type does not say, as a networkx graph converted from GraphML has it', () => {
    const data = read(
      gexf(
        '<attributes class="edge"><attribute id="0" title="directed" type="boolean"/></attributes>',
        `<nodes><node id="a"/><node id="b"/></nodes><edges><edge id="1" source="a" target="b"><attvalues><attvalue for="0" value="false"/></attvalues></edge>
         <edge id="2" source="b" target="a"/><edge id="3" source="b" target="a" type="undirected"><attvalues><attvalue for="0" value="true"/></attvalues></edge></edges>`,
        'defaultedgetype="directed"',
      ),
    );
    expect(data.ties.map((t) => [t.id, t.directed, t.attributes])).toEqual([
      ['1', false, {}],
      ['2', true, {}],
      ['3', false, {}],
    ]);
  });

  it('takes the strength from a strength attribute where the file declares one, and then passes the weight over', () => {
    const data = read(
      gexf(
        '<attributes class="edge"><attribute id="s" title="strength" type="float"/></attributes>',
        `<nodes><node id="a"/><node id="b"/></nodes><edges><edge id="1" source="a" target="b" weight="2.5"/>
         <edge id="2" source="b" target="a" weight="0.5"><attvalues><attvalue for="s" value="4"/></attvalues></edge></edges>`,
      ),
    );
    expect(data.ties.map((t) => [t.id, t.strength, t.attributes])).toEqual([
      ['1', null, {}],
      ['2', 4, {}],
    ]);
  });

  it('reads 1.3’s hex colours, and keeps an edge’s label as an attribute', () => {
    const data = read(
      gexf(
        '<attributes class="node"><attribute id="s" title="sector" type="string"/></attributes>',
        `<nodes><node id="a"><attvalues><attvalue for="s" value="Kirke"/></attvalues><viz:color hex="#a1b2c3"/></node>
         <node id="b"><attvalues><attvalue for="s" value="Kirke"/></attvalues><viz:color hex="A1B2C3" a="0.5"/></node></nodes>
         <edges><edge id="e" source="a" target="b" label="Nabohjælp"><viz:color hex="#abc"/></edge></edges>`,
      ),
    );
    expect(colourOf(data, 'sectors', 'kirke')).toBe('#A1B2C3');
    expect(colourOf(data, 'tieTypes', 'collaboration')).toBe('#AABBCC');
    expect(data.ties[0]?.attributes).toEqual({ label: 'Nabohjælp' });
  });

  it('reads Gephi’s hierarchies flat: nested nodes are actors, and edges inside a node come first', () => {
    const data = read(
      gexf(
        '',
        `<nodes><node id="org" label="Forening"><nodes><node id="p1" pid="org"/><node id="p2"/></nodes><edges><edge source="p1" target="p2"/></edges></node></nodes>
         <edges><edge source="org" target="p1"/></edges>`,
      ),
    );
    expect(data.actors.map((a) => a.id)).toEqual(['org', 'p1', 'p2']);
    expect(data.ties.map((t) => [t.id, t.source, t.target])).toEqual([
      ['e1', 'p1', 'p2'],
      ['e2', 'org', 'p1'],
    ]);
  });

  it('reads GEXF 1.0’s attvalue id, a label from "name", and keeps attributes named after JavaScript’s object machinery', () => {
    const data = read(
      gexf(
        '<attributes class="node"><attribute id="0" title="name" type="string"/><attribute id="1" title="constructor" type="string"/></attributes>',
        '<nodes><node id="a"><attvalues><attvalue id="0" value="Åse"/><attvalue for="1" value="x"/></attvalues></node></nodes>',
      ),
    );
    expect(data.actors[0]).toMatchObject({ label: 'Åse', attributes: { constructor: 'x' } });
    const labelled = read(
      gexf(
        '<attributes class="node"><attribute id="0" title="name" type="string"/></attributes>',
        '<nodes><node id="a" label="Åse"><attvalues><attvalue for="0" value="Åse Ø. Hansen"/></attvalues></node></nodes>',
      ),
    );
    expect(labelled.actors[0]).toMatchObject({ label: 'Åse', attributes: { name: 'Åse Ø. Hansen' } });
    expect(read(encodeGexf(labelled)).actors).toEqual(labelled.actors);
  });

  it('honours the encoding its XML declaration names', async () => {
    const latin1 = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));
    const bytes = latin1('<?xml version="1.0" encoding="ISO-8859-1"?><gexf><graph><nodes><node id="s" label="Søren Ærø"/></nodes></graph></gexf>');
    const data = await CODECS.gexf.read?.([{ name: 'net.gexf', bytes }], {});
    expect(data?.actors[0]?.label).toBe('Søren Ærø');
  });
});

describe('refusing GEXF that cannot be read', () => {
  it('refuses a file that is not XML, saying where the XML breaks', () => {
    const e = readError('<gexf><graph><nodes><node id="a"></graph></gexf>');
    expect(e.key).toBe('fieldData.notXml');
    expect(e.message).toMatch(/^net\.gexf is not valid XML: .+ \(line \d+, column \d+\)\.$/);
  });

  it('refuses XML that is not GEXF, naming the root element it found', () => {
    expect(readError('<?xml version="1.0"?><graphml><graph/></graphml>').message).toBe(
      'net.gexf is not a GEXF file: its root element is <graphml>, not <gexf>.',
    );
    expect(readError('<gexf version="1.3"><meta/></gexf>').message).toBe('net.gexf contains no <graph> element, so there is no network to read.');
  });

  it('says a GraphML file chosen as GEXF is GraphML, before reading it', () => {
    const graphml = new TextEncoder().encode('<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph/></graphml>');
    const e = refused(() => checkFormatOf({ name: 'netværk.gexf', bytes: graphml }, 'gexf'));
    expect(e.message).toBe('netværk.gexf is a GraphML file, not GEXF. Choose the GraphML format, or give the file the right extension.');
    expect(formatUserError(e, createTranslator('da'))).toBe(
      'netværk.gexf er en GraphML-fil, ikke GEXF. Vælg formatet GraphML, eller giv filen den rigtige endelse.',
    );
  });

  it('names the node, the attribute and the reason of every bad value, all at once and in the order of the declarations', () => {
    const e = readError(
      gexf(
        `<attributes class="node"><attribute id="k" title="kind" type="string"/><attribute id="0" title="age" type="integer"/>
         <attribute id="1" title="volunteer" type="boolean"/></attributes>`,
        `<nodes><node id="12"><attvalues><attvalue for="k" value="robot"/><attvalue for="0" value="many"/></attvalues><viz:position x="abc" y="2"/></node>
         <node id="13"><attvalues><attvalue for="0" value="1.5"/><attvalue for="1" value="maybe"/></attvalues><viz:color r="300" g="0" b="0"/></node></nodes>`,
      ),
    );
    expect(e.message).toBe('net.gexf: 6 errors in the data.');
    expect(worded(e.problems)).toEqual([
      { where: 'net.gexf: node "12", attribute "viz:position"', message: 'x="abc" is not a number' },
      { where: 'net.gexf: node "12", attribute "kind"', message: expect.stringMatching(/person.*organisation.*department/) as unknown },
      { where: 'net.gexf: node "12", attribute "age"', message: '"many" is not a number' },
      { where: 'net.gexf: node "13", attribute "viz:color"', message: 'r="300" is not a whole number from 0 to 255' },
      { where: 'net.gexf: node "13", attribute "age"', message: '"1.5" is not a whole number' },
      { where: 'net.gexf: node "13", attribute "volunteer"', message: '"maybe" is neither yes nor no (use true/false, 1/0)' },
    ]);
  });

  it('refuses repeated node ids, edges to nodes that do not exist, self-loops and weights that are no strength, naming each edge', () => {
    const e = readError(
      gexf(
        '',
        `<nodes><node id="a"/><node id="b"/><node id="a"/></nodes>
         <edges><edge source="a" target="b" weight="x"/><edge source="3" target="99"/><edge id="loop" source="b" target="b"/><edge id="0" source="a" target="b" weight="0"/></edges>`,
      ),
    );
    expect(worded(e.problems)).toEqual([
      { where: 'net.gexf: node "a", attribute "id"', message: 'id "a" is used more than once' },
      { where: 'net.gexf: edge 1 (source "a", target "b"), attribute "weight"', message: '"x" is not a number' },
      { where: 'net.gexf: edge 2 (source "3", target "99"), attribute "source"', message: 'a person or organisation "3" does not exist' },
      { where: 'net.gexf: edge 2 (source "3", target "99"), attribute "target"', message: 'a person or organisation "99" does not exist' },
      { where: 'net.gexf: edge 3 (id "loop", source "b", target "b"), attribute "target"', message: 'a tie needs two different actors' },
      { where: 'net.gexf: edge 4 (id "0", source "a", target "b"), attribute "weight"', message: 'must be above 0' },
    ]);
  });

  it('refuses bad declarations, undeclared and repeated values, a wrong default direction and edges without both ends', () => {
    const e = readError(
      gexf(
        `<attributes class="node"><attribute id="v" title="vec" type="vector"/><attribute id="n" title="n" type="integer"><default>x</default></attribute>
           <attribute title="no id" type="string"/><attribute id="t1" title="town" type="string"/><attribute id="t2" title="town" type="string"/><attribute id="t1" title="again" type="string"/></attributes>
         <attributes class="graph"/>`,
        `<nodes><node id="a"><attvalues><attvalue for="w" value="1"/><attvalue value="2"/><attvalue for="t1" value="Bro"/><attvalue for="t1" value="Ørby"/></attvalues></node><node label="no id"/></nodes>
         <edges><edge source="a"/></edges>`,
        'defaultedgetype="sometimes"',
      ),
    );
    expect(worded(e.problems)).toEqual([
      { where: 'net.gexf: graph, attribute "defaultedgetype"', message: 'defaultedgetype "sometimes" is neither directed, undirected nor mutual' },
      { where: 'net.gexf, attribute "vec"', message: expect.stringContaining('type "vector" is not a GEXF type') as unknown },
      { where: 'net.gexf, attribute "n"', message: '"x" is not a number' },
      { where: 'net.gexf', message: '<attribute> no. 3 of <attributes class="node"> has no id' },
      { where: 'net.gexf, attribute "again"', message: 'id "t1" is used more than once' },
      { where: 'net.gexf: graph', message: '<attributes class="graph"> is for neither node nor edge' },
      { where: 'net.gexf, attribute "town"', message: 'another attribute already declares "town" for <node>' },
      { where: 'net.gexf: node "a", attribute "w"', message: 'no <attribute id="w"> is declared for <node>' },
      { where: 'net.gexf: node "a"', message: 'the attribute "for" is missing' },
      { where: 'net.gexf: node "a", attribute "town"', message: 'the value for the attribute "t1" is given more than once' },
      { where: 'net.gexf: node no. 2', message: 'the attribute "id" is missing' },
      { where: 'net.gexf: edge 1 (source "a")', message: 'the attribute "target" is missing' },
    ]);
  });

  it('words its problems in the user’s language', () => {
    const e = readError(gexf('', '<nodes><node id="a"><viz:color hex="rød"/></node></nodes>'));
    expect(worded(e.problems, 'da')).toEqual([{ where: 'net.gexf: knude "a", attribut "viz:color"', message: 'hex="rød" er ikke en farve (skriv #rrggbb)' }]);
  });
});

/** A small project with every field, attribute type, direction and a saved layout. */
function project(): ProjectData {
  return decodeProjectJson(
    JSON.stringify({
      format: 'brobygger-project',
      version: 2,
      meta: { name: 'Rundtur & <Bro>', description: '' },
      codebooks: {
        ...defaultCodebooks(),
        sectors: [...defaultCodebooks().sectors, { key: 'kirke', label: { da: 'Kirke', en: 'Church' }, color: '#A1B2C3' }],
      },
      waves: [
        { id: 'w1', label: 'w1', date: null },
        { id: 'w2', label: 'w2', date: null },
      ],
      actors: [
        {
          id: 'org-1',
          kind: 'organisation',
          label: 'Røde Kors & <Bro> "Syd"',
          sector: 'civil_society',
          influence: 4.5,
          attributes: { founded: 1948, active: true, town: 'Bro', rating: 2.5 },
          notes: 'Første linje\r\nAnden linje\twith tab',
          waves: ['w1', 'w2'],
        },
        { id: 'p-1', kind: 'person', label: 'Åse', turnover: 0.3, sector: 'kirke', attributes: { town: '  Øst ' } },
        { id: 'dep-1', kind: 'department', label: 'Jobcenter', sector: 'municipality' },
        { id: 'p-2', kind: 'person', label: 'Ærø Ømø' },
      ],
      ties: [
        {
          id: 't-1',
          source: 'p-1',
          target: 'org-1',
          type: 'advice',
          directed: true,
          strength: 4,
          formality: 'informal',
          initiative: 'source',
          mandate: 'target',
          resourceFlow: 'both',
          dependent: 'both',
          governance: 'partner',
          evidence: { source: 'Interview 2', quote: '"vi ringer altid"', confidence: 'high' },
          attributes: { since: 2019, paid: false },
          notes: 'note',
          waves: ['w2'],
        },
        { id: 't-2', source: 'org-1', target: 'dep-1', attributes: {} },
        { id: 't-3', source: 'p-2', target: 'p-1', type: 'personal', strength: 1.5, attributes: { since: 2020 } },
      ],
      positions: { 'org-1': { x: 10.5, y: -20 }, 'p-1': { x: 0, y: 0 }, 'dep-1': { x: -5, y: 7.25 } },
    }),
    'rundtur.json',
  );
}

describe('writing GEXF', () => {
  it('reads back the actors, ties, codebook colours, positions and name it wrote', () => {
    const data = project();
    const back = read(encodeGexf(data));
    expect(back.actors).toEqual(data.actors);
    expect(back.ties).toEqual(data.ties);
    expect(back.positions).toEqual(data.positions);
    expect(back.meta.name).toBe(data.meta.name);
    expect(colourOf(back, 'sectors', 'kirke')).toBe('#A1B2C3');
    expect(back.waves.map((w) => w.id)).toEqual(['w1', 'w2']);
  });

  it('declares a typed attribute for every field and every attribute, the tie’s type as tie_type', () => {
    const text = encodeGexf(project());
    for (const [domain, title, type] of <Array<['node' | 'edge', string, string]>>[
      ['node', 'kind', 'string'],
      ['node', 'influence', 'double'],
      ['node', 'founded', 'integer'],
      ['node', 'active', 'boolean'],
      ['node', 'rating', 'double'],
      ['node', 'town', 'string'],
      ['edge', 'tie_type', 'string'],
      ['edge', 'strength', 'double'],
      ['edge', 'evidence_quote', 'string'],
      ['edge', 'since', 'integer'],
      ['edge', 'paid', 'boolean'],
    ])
      expect(text).toMatch(new RegExp(`<attributes class="${domain}" mode="static">(?:\\n {6}<attribute [^\\n]+)*\\n {6}<attribute id="${domain.slice(0, 1)}\\d+" title="${title}" type="${type}"/>`));
    expect(text).not.toMatch(/title="type"/);
  });

  it('writes the direction as the graph’s default when all ties agree, else on every edge as Gephi does', () => {
    const data = project();
    const mixed = encodeGexf(data);
    expect(mixed).toContain('<graph mode="static">');
    expect(mixed).toMatch(/<edge id="t-1" source="p-1" target="org-1" type="directed" weight="4">/);
    expect(mixed).toMatch(/<edge id="t-2" source="org-1" target="dep-1" type="undirected" weight="1">/);
    const directed = encodeGexf({ ...data, ties: data.ties.map((t) => ({ ...t, directed: true })) });
    expect(directed).toContain('<graph mode="static" defaultedgetype="directed">');
    expect(directed).not.toMatch(/<edge [^>]*type=/);
    expect(encodeGexf({ ...data, ties: [] })).toContain('<graph mode="static" defaultedgetype="undirected">');
  });

  it('draws the map in viz: sector colours (grey without one), sizes and shapes by kind, positions with y turned over, tie-type colours', () => {
    const text = encodeGexf(project());
    const node = (id: string) => new RegExp(`<node id="${id}"[^]*?</node>`).exec(text)?.[0] ?? '';
    expect(node('org-1')).toContain('<viz:color r="0" g="158" b="115"/>');
    expect(node('org-1')).toContain('<viz:position x="10.5" y="20" z="0"/>');
    expect(node('org-1')).toContain('<viz:size value="20"/>');
    expect(node('org-1')).toContain('<viz:shape value="square"/>');
    expect(node('dep-1')).toContain('<viz:shape value="diamond"/>');
    expect(node('p-1')).toContain('<viz:color r="161" g="178" b="195"/>');
    expect(node('p-1')).toContain('<viz:shape value="disc"/>');
    expect(node('p-1')).toContain('<viz:size value="11"/>');
    const grey = NO_SECTOR_COLOR.slice(1).match(/../g)?.map((h) => parseInt(h, 16)) ?? [];
    expect(node('p-2')).toContain(`<viz:color r="${grey[0] ?? ''}" g="${grey[1] ?? ''}" b="${grey[2] ?? ''}"/>`);
    expect(node('p-2')).not.toContain('viz:position');
    expect(text).toMatch(/<edge id="t-1"[^]*?<viz:color r="0" g="158" b="115"\/>\n {6}<\/edge>/);
  });

  it('writes no value where the project has none, so networkx never meets an empty number', () => {
    const data = project();
    const withNull = { ...data, actors: data.actors.map((a, i) => (i === 0 ? { ...a, attributes: { ...a.attributes, rating: null } } : a)) };
    const text = encodeGexf(withNull);
    expect(text).not.toMatch(/value=""/);
    expect(read(text).actors[0]?.attributes).toEqual({ founded: 1948, active: true, town: 'Bro' });
  });

  it('writes a file networkx reads: counts, direction, weights, labels, typed attributes and viz', () => {
    const data = project();
    const text = encodeGexf({ ...data, ties: data.ties.map((t) => ({ ...t, directed: true })) });
    const out = execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        `import json, sys, io, networkx as nx
g = nx.read_gexf(io.BytesIO(sys.stdin.buffer.read()))
print(json.dumps({
  "directed": g.is_directed(), "n": g.number_of_nodes(), "m": g.number_of_edges(),
  "labels": [d["label"] for _, d in g.nodes(data=True)],
  "founded": g.nodes["org-1"]["founded"], "active": g.nodes["org-1"]["active"],
  "position": g.nodes["org-1"]["viz"]["position"], "colour": g.nodes["org-1"]["viz"]["color"],
  "edges": {d["id"]: [u, v, d["weight"], d["tie_type"]] for u, v, d in g.edges(data=True)},
}))`,
      ],
      { encoding: 'utf8', input: text },
    );
    expect(JSON.parse(out)).toEqual({
      directed: true,
      n: 4,
      m: 3,
      labels: data.actors.map((a) => a.label),
      founded: 1948,
      active: true,
      position: { x: 10.5, y: 20, z: 0 },
      colour: { r: 0, g: 158, b: 115, a: 1 },
      edges: { 't-1': ['p-1', 'org-1', 4, 'advice'], 't-2': ['org-1', 'dep-1', 1, 'collaboration'], 't-3': ['p-2', 'p-1', 1.5, 'personal'] },
    });
  });
});

/** Edits of a text, with this format's own tokens among what they insert. */
const mutations = textEdits(['<', '>', '"', '&', '&#0;', '</node>', '<attvalue for="n0" value="x"/>', '<viz:color r="-1"/>', 'type="mutual"', '<edge source="a" target="a"/>', '<![CDATA[', '\uFEFF'], { maxLength: 40, maxString: 12 });

/** Decodes, and returns what it threw when that was anything but a UserError. */
function crash(text: string): unknown {
  try {
    read(text);
  } catch (e) {
    if (!(e instanceof UserError)) return e;
  }
  return undefined;
}

describe('GEXF from anywhere', () => {
  it('never throws anything but a UserError for random text', () => {
    const tokens = fc.constantFrom('<', '>', '/', '=', '"', ' ', 'gexf', 'graph', 'nodes', 'node', 'edges', 'edge', 'attvalue', 'attributes', 'attribute', 'viz:color', 'id', 'for', 'source', 'target', 'x');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(tokens, { maxLength: 60 }).map((t) => t.join(''))), (text) => {
        expect(crash(text)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('never throws anything but a UserError for a valid file, randomly damaged', () => {
    const valid = [encodeGexf(project()), readFileSync(join(FIXTURES, 'gephi-0.10.gexf'), 'utf8'), readFileSync(join(FIXTURES, 'gephi-0.8.gexf'), 'utf8')];
    fc.assert(
      fc.property(fc.constantFrom(...valid), mutations, (text, edits) => {
        expect(crash(mutate(text, edits))).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });
});
