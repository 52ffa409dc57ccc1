import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors';
import { decodeGraphml, encodeGraphml } from '../../src/core/format/graphml';
import { decodeProjectJson } from '../../src/core/format/project-json';
import { createTranslator } from '../../src/core/i18n/catalogue';
import { formatUserError } from '../../src/core/wording/format-error';
import { defaultCodebooks, OKABE_ITO } from '../../src/core/model/defaults';
import type { ProjectData } from '../../src/core/model/schema';
import { refused, worded } from '../helpers/refused';
import { mutate, textEdits } from '../helpers/mutate';


const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">';
/** A GraphML file from its keys and the inside of its graph. */
const graphml = (keys: string, body: string, edgedefault = 'undirected') =>
  `${HEAD}\n${keys}\n<graph id="G" edgedefault="${edgedefault}">\n${body}\n</graph>\n</graphml>\n`;

const read = (text: string) => decodeGraphml(text, 'net.graphml');
const readError = (text: string) => refused(() => read(text));

const KEYS = `
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="node" attr.name="kind" attr.type="string"/>
  <key id="d2" for="node" attr.name="sector" attr.type="string"/>
  <key id="d3" for="node" attr.name="age" attr.type="int"><default>40</default></key>
  <key id="d4" for="node" attr.name="volunteer" attr.type="boolean"/>
  <key id="d5" for="node" attr.name="score" attr.type="double"/>
  <key id="d6" for="node" attr.name="town" attr.type="string"/>
  <key id="d7" for="edge" attr.name="weight" attr.type="double"/>
  <key id="d8" for="edge" attr.name="type" attr.type="string"/>`;

const SMALL = graphml(
  KEYS,
  `<node id="a"><data key="d0">Åse</data><data key="d3">34</data><data key="d4">true</data><data key="d5">2.5</data><data key="d6">Bro</data></node>
  <node id="b"><data key="d0">Forening B</data><data key="d1">organisation</data><data key="d2">civil_society</data><data key="d4">0</data><data key="d5">NaN</data></node>
  <node id="c"><data key="d0">Jobcenter</data><data key="d1">afdeling</data><data key="d2">Kommune</data></node>
  <edge source="a" target="b"><data key="d7">3</data></edge>
  <edge source="b" target="c" directed="true"><data key="d8">advice</data></edge>`,
);

describe('reading GraphML', () => {
  it('types each value by its key and fills in the defaults that <key><default> declares', () => {
    const data = read(SMALL);
    expect(data.actors.map((a) => a.attributes)).toEqual([
      { age: 34, volunteer: true, score: 2.5, town: 'Bro' },
      { age: 40, volunteer: false, score: null },
      { age: 40 },
    ]);
  });

  it('fills the actor’s own fields from label, kind and sector, in English or Danish', () => {
    const data = read(SMALL);
    expect(data.actors.map((a) => [a.id, a.label, a.kind, a.sector])).toEqual([
      ['a', 'Åse', 'person', null],
      ['b', 'Forening B', 'organisation', 'civil_society'],
      ['c', 'Jobcenter', 'department', 'municipality'],
    ]);
  });

  it('takes the label from "name" when there is no "label", and from the node id when there is neither', () => {
    const named = read(graphml('<key id="v_name" for="node" attr.name="name" attr.type="string"/>', '<node id="n0"><data key="v_name">Bo</data></node><node id="n1"/>'));
    expect(named.actors.map((a) => [a.label, a.attributes])).toEqual([
      ['Bo', {}],
      ['n1', {}],
    ]);
    const both = read(
      graphml(
        '<key id="l" for="node" attr.name="label" attr.type="string"/><key id="n" for="node" attr.name="name" attr.type="string"/>',
        '<node id="x"><data key="l">Label</data><data key="n">Name</data></node>',
      ),
    );
    expect(both.actors[0]).toMatchObject({ label: 'Label', attributes: { name: 'Name' } });
  });

  it('reads "weight" as the strength when there is no "strength", and keeps it as an attribute when there is', () => {
    expect(read(SMALL).ties.map((t) => t.strength)).toEqual([3, null]);
    const both = read(
      graphml(
        '<key id="w" for="edge" attr.name="weight" attr.type="double"/><key id="s" for="edge" attr.name="strength" attr.type="int"/>',
        '<node id="a"/><node id="b"/><edge source="a" target="b"><data key="w">0.7</data><data key="s">4</data></edge>',
      ),
    );
    expect(both.ties[0]).toMatchObject({ strength: 4, attributes: { weight: 0.7 } });
  });

  it('makes edges as the graph’s edgedefault says, unless an edge says otherwise', () => {
    expect(read(SMALL).ties.map((t) => t.directed)).toEqual([false, true]);
    const directed = read(graphml('', '<node id="a"/><node id="b"/><edge source="a" target="b"/><edge source="b" target="a" directed="false"/>', 'directed'));
    expect(directed.ties.map((t) => t.directed)).toEqual([true, false]);
    const unsaid = read(`${HEAD}<graph><node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>`);
    expect(unsaid.ties[0]?.directed).toBe(true);
  });

  it('adds a sector or tie type the codebook does not know, labelled as written and coloured from the Okabe–Ito palette', () => {
    const data = read(
      graphml(
        '<key id="s" for="node" attr.name="sector" attr.type="string"/><key id="t" for="edge" attr.name="type" attr.type="string"/>',
        `<node id="a"><data key="s">Frivillig forening</data></node><node id="b"><data key="s">frivillig forening</data></node>
         <node id="c"><data key="s">Kirke</data></node>
         <edge source="a" target="b"><data key="t">Nabohjælp</data></edge><edge source="b" target="c"><data key="t">Rådgivning</data></edge>`,
      ),
    );
    const defaults = defaultCodebooks();
    expect(data.codebooks.sectors.slice(defaults.sectors.length)).toEqual([
      { key: 'frivillig_forening', label: { da: 'Frivillig forening', en: 'Frivillig forening' }, color: OKABE_ITO[5], definite: { da: '', en: '' } },
      { key: 'kirke', label: { da: 'Kirke', en: 'Kirke' }, color: OKABE_ITO[6], definite: { da: '', en: '' } },
    ]);
    expect(data.actors.map((a) => a.sector)).toEqual(['frivillig_forening', 'frivillig_forening', 'kirke']);
    expect(data.codebooks.tieTypes.slice(defaults.tieTypes.length)).toEqual([
      { key: 'nabohjælp', label: { da: 'Nabohjælp', en: 'Nabohjælp' }, color: OKABE_ITO[6] },
    ]);
    expect(data.ties.map((t) => t.type)).toEqual(['nabohjælp', 'advice']);
  });

  it('widens the strength scale to cover the data instead of refusing it', () => {
    const edges = (weights: number[]) =>
      read(
        graphml(
          '<key id="w" for="edge" attr.name="weight" attr.type="double"/>',
          `<node id="a"/><node id="b"/>${weights.map((w) => `<edge source="a" target="b"><data key="w">${w}</data></edge>`).join('')}`,
        ),
      ).settings.strengthScale;
    expect(edges([0.5, 12])).toEqual({ min: 0.5, max: 12 });
    expect(edges([2, 3])).toEqual({ min: 1, max: 5 });
  });

  it('gives edges without an id the ids e1, e2, … by their position, never one the file already uses', () => {
    const data = read(graphml('', '<node id="a"/><node id="b"/><edge source="a" target="b"/><edge id="e1" source="b" target="a"/><edge source="a" target="b"/>'));
    expect(data.ties.map((t) => t.id)).toEqual(['e1_2', 'e1', 'e3']);
  });

  it('reads XML’s own entities and character references, but never expands entities a DTD declares', () => {
    const data = read(
      `<?xml version="1.0"?>\n<!DOCTYPE graphml [ <!ENTITY boom "BOOM"> ]>\n${HEAD.split('\n')[1]}
      <key id="l" for="node" attr.name="label" attr.type="string"/>
      <graph edgedefault="undirected"><node id="a"><data key="l">R&#248;de &amp; Kors &#x2014; &boom;</data></node></graph></graphml>`,
    );
    expect(data.actors[0]?.label).toBe('Røde & Kors — &boom;');
  });

  it('skips yEd’s graphics and reads the graph’s name as the project’s', () => {
    const data = read(
      graphml(
        '<key id="g" for="graph" attr.name="name" attr.type="string"/><key id="y" for="node" yfiles.type="nodegraphics"/>',
        '<data key="g">Bro netværk</data><node id="a"><data key="y"><y:ShapeNode><y:Fill color="#FF0000"/></y:ShapeNode></data></node>',
      ),
    );
    expect(data.meta.name).toBe('Bro netværk');
    expect(data.actors).toHaveLength(1);
    expect(read(graphml('', '<node id="a"/>')).meta.name).toBe('net');
  });

  it('keeps an attribute whose name is also a name of JavaScript’s object machinery', () => {
    const data = read(graphml('<key id="c" for="node" attr.name="constructor" attr.type="string"/>', '<node id="a"><data key="c">x</data></node><node id="b"/>'));
    const expected: Array<Record<string, string>> = [{ constructor: 'x' }, {}];
    expect(data.actors.map((a) => a.attributes)).toEqual(expected);
    expect(read(encodeGraphml(data)).actors).toEqual(data.actors);
  });

  it('reads Danish and other words for the tie’s coded fields', () => {
    const keys = ['formality', 'initiative', 'resource_flow', 'governance', 'confidence', 'evidence_source']
      .map((n) => `<key id="${n}" for="edge" attr.name="${n}" attr.type="string"/>`)
      .join('');
    const data = read(
      graphml(
        keys,
        `<node id="a"/><node id="b"/><edge source="a" target="b"><data key="formality">uformel</data><data key="initiative">Kilde</data>
        <data key="resource_flow">toTarget</data><data key="governance">leverandør</data><data key="confidence">høj</data><data key="evidence_source">Interview 3</data></edge>`,
      ),
    );
    expect(data.ties[0]).toMatchObject({
      formality: 'informal',
      initiative: 'source',
      resourceFlow: 'toTarget',
      governance: 'supplier',
      evidence: { source: 'Interview 3', quote: '', confidence: 'high' },
    });
  });
});

describe('refusing GraphML that cannot be read', () => {
  it('refuses a file that is not XML, saying where the XML breaks', () => {
    const e = readError('name,label\n1,a\n');
    expect(e.key).toBe('fieldData.notXml');
    expect(e.params).toMatchObject({ file: 'net.graphml', line: 1, column: 1 });
    const truncated = readError(SMALL.slice(0, SMALL.indexOf('<edge')));
    expect(truncated.key).toBe('fieldData.notXml');
    expect(truncated.message).toMatch(/^net\.graphml is not valid XML: .+ \(line \d+, column \d+\)\.$/);
  });

  it('refuses XML the parser will not read, such as nesting deeper than a hundred elements', () => {
    const e = readError(`${HEAD}<graph>${'<a>'.repeat(150)}${'</a>'.repeat(150)}</graph></graphml>`);
    expect(e.message).toBe('net.graphml could not be read as XML: its elements are nested too deeply.');
  });

  it("says what is wrong with broken XML in the reader's language, never in the validator's words", () => {
    const tag = readError(`${HEAD}<graph><node id="a"></graph></graphml>`);
    expect(formatUserError(tag, createTranslator('da'))).toMatch(/^net\.graphml er ikke gyldig XML: et element, der er forkert skrevet eller ikke er lukket \(linje \d+, kolonne \d+\)\.$/);
    const entities = readError('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><graphml><graph><node id="&e;"/></graph></graphml>');
    expect(entities.message).toBe('net.graphml could not be read as XML: it uses entities from a DOCTYPE, which Brobygger does not read.');
  });

  it('refuses XML that is not GraphML, naming the root element it found', () => {
    const e = readError('<?xml version="1.0"?><gexf><graph/></gexf>');
    expect(e.message).toBe('net.graphml is not a GraphML file: its root element is <gexf>, not <graphml>.');
  });

  it('refuses GraphML without a <graph>', () => {
    expect(readError(`${HEAD}<key id="d0" for="node"/></graphml>`).message).toBe(
      'net.graphml contains no <graph> element, so there is no network to read.',
    );
  });

  it('names the node, the attribute and the reason of every bad value, all at once and in the order of the keys', () => {
    const e = readError(
      graphml(
        KEYS,
        `<node id="12"><data key="d1">robot</data><data key="d3">many</data></node>
         <node id="13"><data key="d3">1.5</data><data key="d4">maybe</data><data key="d5">abc</data></node>`,
      ),
    );
    expect(e.code).toBe('invalid');
    expect(e.message).toBe('net.graphml: 5 errors in the data.');
    expect(worded(e.problems)).toEqual([
      { where: 'net.graphml: node "12", attribute "kind"', message: expect.stringMatching(/person.*organisation.*department/) as unknown },
      { where: 'net.graphml: node "12", attribute "age"', message: '"many" is not a number' },
      { where: 'net.graphml: node "13", attribute "age"', message: '"1.5" is not a whole number' },
      { where: 'net.graphml: node "13", attribute "volunteer"', message: '"maybe" is neither yes nor no (use true/false, 1/0)' },
      { where: 'net.graphml: node "13", attribute "score"', message: '"abc" is not a number' },
    ]);
  });

  it('refuses repeated node ids, edges to nodes that do not exist and self-loops, naming each edge', () => {
    const e = readError(
      graphml(
        '',
        `<node id="a"/><node id="b"/><node id="a"/>
         <edge source="a" target="b"/><edge source="3" target="99"/><edge id="loop" source="b" target="b"/>`,
      ),
    );
    expect(worded(e.problems)).toEqual([
      { where: 'net.graphml: node "a", attribute "id"', message: 'id "a" is used more than once' },
      { where: 'net.graphml: edge 2 (source "3", target "99"), attribute "source"', message: 'a person or organisation "3" does not exist' },
      { where: 'net.graphml: edge 2 (source "3", target "99"), attribute "target"', message: 'a person or organisation "99" does not exist' },
      { where: 'net.graphml: edge 3 (id "loop", source "b", target "b"), attribute "target"', message: 'a tie needs two different actors' },
    ]);
  });

  it('refuses unknown key types and bad defaults, data for keys never declared, and edges without both ends', () => {
    const e = readError(
      graphml(
        `<key id="v" for="node" attr.name="vec" attr.type="vector"/><key id="n" for="node" attr.name="n" attr.type="int"><default>x</default></key>
         <key id="w" for="edge" attr.name="weight" attr.type="double"/>`,
        `<node id="a"><data key="w">1</data></node><node id="b"/><node/><edge source="a"/><edge source="a" target="b" directed="sometimes"/>`,
      ),
    );
    expect(worded(e.problems)).toEqual([
      { where: 'net.graphml: key "v", attribute "attr.type"', message: expect.stringContaining('"vector" is not a GraphML type') as unknown },
      { where: 'net.graphml: key "n", attribute "default"', message: '"x" is not a number' },
      { where: 'net.graphml: node "a", attribute "w"', message: 'no <key id="w"> is declared for <node>' },
      { where: 'net.graphml: node no. 3', message: 'the attribute "id" is missing' },
      { where: 'net.graphml: edge 1 (source "a")', message: 'the attribute "target" is missing' },
      { where: 'net.graphml: edge 2 (source "a", target "b"), attribute "directed"', message: '"sometimes" is neither yes nor no (use true/false)' },
    ]);
  });

  it('refuses hyperedges and nested graphs rather than reading part of them', () => {
    const e = readError(graphml('', '<node id="a"><graph id="inner"><node id="a1"/></graph></node><hyperedge><endpoint node="a"/></hyperedge>'));
    expect(worded(e.problems).map((p) => p.where)).toEqual(['net.graphml: graph', 'net.graphml: node "a"']);
  });

  it('words its problems in the user’s language', () => {
    const e = readError(graphml('', '<node id="a"/><edge source="a" target="a"/>'));
    expect(worded(e.problems, 'da')).toEqual([
      { where: 'net.graphml: kant 1 (kilde "a", mål "a"), attribut "target"', message: 'en relation skal have to forskellige aktører' },
    ]);
  });
});

/** A small project with every field and attribute type in use. */
function project(): ProjectData {
  return decodeProjectJson(
    JSON.stringify({
      format: 'brobygger-project',
      version: 1,
      meta: { name: 'Rundtur', description: 'til Gephi & tilbage' },
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
        { id: 'p-1', kind: 'person', label: 'Åse', turnover: 0.3, attributes: { town: '  Øst ', rating: null } },
        { id: 'dep-1', kind: 'department', label: 'Jobcenter', sector: 'municipality' },
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
        { id: 't-2', source: 'org-1', target: 'dep-1', attributes: { since: null } },
      ],
    }),
    'rundtur.json',
  );
}

describe('writing GraphML', () => {
  it('reads back the actors and ties it wrote', () => {
    const data = project();
    const back = read(encodeGraphml(data));
    expect(back.actors).toEqual(data.actors);
    expect(back.ties).toEqual(data.ties);
    expect(back.meta).toEqual(data.meta);
    expect(back.waves.map((w) => w.id)).toEqual(['w1', 'w2']);
  });

  it('declares a typed key for every field and every attribute', () => {
    const text = encodeGraphml(project());
    for (const [domain, name, type] of [
      ['node', 'label', 'string'],
      ['node', 'influence', 'double'],
      ['node', 'founded', 'int'],
      ['node', 'active', 'boolean'],
      ['node', 'rating', 'double'],
      ['node', 'town', 'string'],
      ['edge', 'strength', 'double'],
      ['edge', 'evidence_quote', 'string'],
      ['edge', 'since', 'int'],
      ['edge', 'paid', 'boolean'],
    ])
      expect(text).toMatch(new RegExp(`<key id="d\\d+" for="${domain}" attr.name="${name}" attr.type="${type}"/>`));
  });

  it('writes a network of directed and undirected ties as directed, each edge saying its direction as data', () => {
    const data = project();
    const mixed = encodeGraphml(data);
    expect(mixed).toContain('edgedefault="directed"');
    expect(mixed).toMatch(/<key id="(d\d+)" for="edge" attr.name="directed" attr.type="boolean"\/>/);
    expect(mixed).not.toMatch(/<edge [^>]*directed=/);
    const back = decodeGraphml(mixed, 'mixed.graphml');
    expect(back.ties.map((t) => t.directed)).toEqual(data.ties.map((t) => t.directed));
    expect(back.ties.every((t) => !('directed' in t.attributes))).toBe(true);
    const directed = encodeGraphml({ ...data, ties: data.ties.map((t) => ({ ...t, directed: true })) });
    expect(directed).toContain('edgedefault="directed"');
    expect(directed).not.toContain('attr.name="directed"');
    const undirected = encodeGraphml({ ...data, ties: data.ties.map((t) => ({ ...t, directed: false })) });
    expect(undirected).toContain('edgedefault="undirected"');
    expect(undirected).not.toContain('attr.name="directed"');
  });

  it('reads an edge direction given as data where the edge itself says nothing', () => {
    const keys = '<key id="dir" for="edge" attr.name="directed" attr.type="boolean"/>';
    const body = '<node id="a"/><node id="b"/><edge source="a" target="b"><data key="dir">false</data></edge><edge source="b" target="a" directed="true"><data key="dir">false</data></edge>';
    expect(read(graphml(keys, body, 'directed')).ties.map((t) => t.directed)).toEqual([false, true]);
  });
});

/** Edits of a text, with this format's own tokens among what they insert. */
const mutations = textEdits(['<', '>', '"', '&', '&#0;', '&#x110000;', '</node>', '<data key="d3">', '<edge source="a" target="a"/>', '<!DOCTYPE x [<!ENTITY a "b">]>', '<![CDATA[', ']]>', '\uFEFF'], { maxLength: 40, maxString: 12 });

/** Decodes, and returns what it threw when that was anything but a UserError. */
function crash(text: string): unknown {
  try {
    read(text);
  } catch (e) {
    if (!(e instanceof UserError)) return e;
  }
  return undefined;
}

describe('GraphML from anywhere', () => {
  it('never throws anything but a UserError for random text', () => {
    const tokens = fc.constantFrom('<', '>', '/', '=', '"', "'", '&', ';', '#', ' ', 'graphml', 'graph', 'node', 'edge', 'key', 'data', 'id', 'source', 'target', 'for', 'attr.type', 'int', 'x');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(tokens, { maxLength: 60 }).map((t) => t.join(''))), (text) => {
        expect(crash(text)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('never throws anything but a UserError for a valid file, randomly damaged', () => {
    const valid = [SMALL, encodeGraphml(project())];
    fc.assert(
      fc.property(fc.constantFrom(...valid), mutations, (text, edits) => {
        expect(crash(mutate(text, edits))).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });
});
