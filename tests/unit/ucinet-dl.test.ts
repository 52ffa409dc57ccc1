import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors';
import { CODECS } from '../../src/core/format/registry';
import { decodeDl, encodeDl } from '../../src/core/format/ucinet-dl';
import { decodeProjectJson } from '../../src/core/format/project-json';
import { createTranslator } from '../../src/core/i18n/catalogue';
import { defaultCodebooks } from '../../src/core/model/defaults';
import type { ProjectData } from '../../src/core/model/schema';
import { formatUserError } from '../../src/core/wording/format-error';
import { refused, worded } from '../helpers/refused';
import { REPO_ROOT } from '../integration/fixtures/sample';
import { mutate, textEdits } from '../helpers/mutate';

/**
 * UCINET DL read and written. The fixtures are written by tests/fixtures/ucinet/make_dl.py in the
 * forms UCINET's documentation gives (UCINET itself runs only on Windows); where python-igraph's
 * Graph.Read_DL reads a form too, Brobygger's reading is compared with igraph's. networkx and R's
 * network package have no DL reader.
 */

const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures', 'ucinet');
const fixture = (name: string) => join(FIXTURES, name);
/** A fixture read as the app reads it: bytes through the codec, which decodes the text. */
const readFixture = (name: string) => {
  const read = CODECS.ucinet.read;
  if (!read) throw new Error('the UCINET codec reads');
  return read([{ name, bytes: readFileSync(fixture(name)) }], {});
};

const read = (text: string) => decodeDl(text, 'net.dl');
const readError = (text: string) => refused(() => read(text));

/** Ties as `source -> target (strength, type)` by label, `--` for undirected. */
const tiesOf = (data: ProjectData) => {
  const label = new Map(data.actors.map((a) => [a.id, a.label]));
  return data.ties.map((t) => `${label.get(t.source)} ${t.directed ? '->' : '--'} ${label.get(t.target)} (${t.strength}, ${t.type})`);
};

/** Every cell a project's ties fill, as a directed reader sees them: an undirected tie both ways. */
const arcsOf = (data: ProjectData) => {
  const label = new Map(data.actors.map((a) => [a.id, a.label]));
  return data.ties
    .flatMap((t) => {
      const [s, g] = [label.get(t.source) ?? '', label.get(t.target) ?? ''];
      return t.directed ? [[s, g, t.strength]] : [[s, g, t.strength], [g, s, t.strength]];
    })
    .sort((a, b) => String(a).localeCompare(String(b)));
};

describe('reading the DL forms of UCINET’s documentation', () => {
  it('reads a full matrix with labels: a symmetric pair is one undirected tie, a one-way cell a directed tie', async () => {
    const data = await readFixture('fullmatrix-labels.dl');
    expect(data.actors.map((a) => [a.id, a.label, a.kind])).toEqual([
      ['n1', 'Åse', 'person'],
      ['n2', 'Bjørn', 'person'],
      ['n3', 'Cæcilie', 'person'],
      ['n4', 'Dorthe', 'person'],
      ['n5', 'Øjvind', 'person'],
    ]);
    expect(tiesOf(data)).toEqual([
      'Åse -- Bjørn (1, collaboration)',
      'Åse -- Cæcilie (1, collaboration)',
      'Bjørn -- Øjvind (1, collaboration)',
      'Cæcilie -- Dorthe (1, collaboration)',
      'Dorthe -> Øjvind (1, collaboration)',
    ]);
    expect(data.meta.name).toBe('fullmatrix-labels');
  });

  it('takes embedded labels as the actors’ ids, since they name them', async () => {
    const data = await readFixture('fullmatrix-embedded.dl');
    expect(data.actors.map((a) => a.id)).toEqual(['Åse', 'Bjørn', 'Cæcilie', 'Dorthe', 'Øjvind']);
    expect(data.ties.every((t) => !t.directed)).toBe(true);
    expect(data.ties).toHaveLength(5);
  });

  it('reads a matrix whose rows leave out the diagonal, with its values as strengths', async () => {
    expect(tiesOf(await readFixture('diagonal-absent.dl'))).toEqual([
      'Åse -- Bjørn (3, collaboration)',
      'Åse -- Dorthe (2, collaboration)',
      'Bjørn -- Cæcilie (1, collaboration)',
      'Cæcilie -> Dorthe (5, collaboration)',
      'Dorthe -> Cæcilie (4, collaboration)',
    ]);
  });

  it('reads a lower half as an undirected network, leaving the diagonal out', async () => {
    expect(tiesOf(await readFixture('lowerhalf.dl'))).toEqual([
      'Åse -- Bjørn (2, collaboration)',
      'Bjørn -- Cæcilie (1, collaboration)',
      'Åse -- Dorthe (4, collaboration)',
      'Cæcilie -- Dorthe (3, collaboration)',
    ]);
    const upper = read('dl n=3\nformat = upperhalf\ndiagonal absent\ndata:\n1 0\n2\n');
    expect(tiesOf(upper)).toEqual(['n1 -- n2 (1, collaboration)', 'n2 -- n3 (2, collaboration)']);
  });

  it('reads edge lists with labels given or embedded, a value after the pair being the strength', async () => {
    expect(tiesOf(await readFixture('edgelist1-labels.dl'))).toEqual([
      'Åse -- Bjørn (3, collaboration)',
      'Åse -> Cæcilie (2.5, collaboration)',
      'Cæcilie -> Dorthe (1, collaboration)',
      'Øjvind -> Cæcilie (4, collaboration)',
    ]);
    const embedded = await readFixture('edgelist1-embedded.dl');
    expect(embedded.actors.map((a) => a.id)).toEqual(['Åse', 'Bjørn', 'Cæcilie', 'Dorthe', 'Øjvind']);
    expect(tiesOf(embedded)).toEqual([
      'Åse -- Bjørn (2, collaboration)',
      'Cæcilie -> Åse (1, collaboration)',
      'Dorthe -> Cæcilie (4, collaboration)',
      'Øjvind -> Dorthe (1.5, collaboration)',
    ]);
  });

  it('reads a node list: each line a row and the columns of its ties', async () => {
    expect(tiesOf(await readFixture('nodelist1.dl'))).toEqual([
      'Åse -- Bjørn (1, collaboration)',
      'Åse -> Cæcilie (1, collaboration)',
      'Dorthe -> Cæcilie (1, collaboration)',
      'Dorthe -- Øjvind (1, collaboration)',
    ]);
  });

  it('makes each of several matrices a tie type named by its matrix label, known or added to the codebook', async () => {
    const data = await readFixture('multiple-matrices.dl');
    expect(data.actors.map((a) => a.label)).toEqual(['Åse Ørsted', 'Bjørn Æbelø', 'Cæcilie', 'Dorthe']);
    expect(tiesOf(data)).toEqual([
      'Åse Ørsted -- Bjørn Æbelø (1, advice)',
      'Bjørn Æbelø -- Cæcilie (1, advice)',
      'Åse Ørsted -- Cæcilie (2, fælles_projekter)',
      'Bjørn Æbelø -> Dorthe (3, fælles_projekter)',
    ]);
    const added = data.codebooks.tieTypes.slice(defaultCodebooks().tieTypes.length);
    expect(added.map((t) => [t.key, t.label.da])).toEqual([['fælles_projekter', 'Fælles projekter']]);
  });

  it('reads two-mode data as persons (rows), organisations (columns) and their memberships', async () => {
    const data = await readFixture('two-mode.dl');
    expect(data.actors.map((a) => [a.id, a.label, a.kind])).toEqual([
      ['r1', 'Åse Ørsted', 'person'],
      ['r2', 'Bjørn Æbelø', 'person'],
      ['r3', 'Cæcilie', 'person'],
      ['r4', 'Dorthe', 'person'],
      ['c1', 'Røde Kors', 'organisation'],
      ['c2', 'Frivilligcenter', 'organisation'],
      ['c3', 'Jobcenter', 'organisation'],
    ]);
    expect(data.ties).toEqual([]);
    expect(data.memberships.map((m) => [m.id, m.person, m.organisation, m.role])).toEqual([
      ['m1', 'r1', 'c1', 'member'],
      ['m2', 'r1', 'c2', 'member'],
      ['m3', 'r2', 'c2', 'member'],
      ['m4', 'r3', 'c3', 'member'],
      ['m5', 'r4', 'c1', 'member'],
      ['m6', 'r4', 'c3', 'member'],
    ]);
    const edges = await readFixture('edgelist2-embedded.dl');
    expect(edges.memberships.map((m) => `${m.person}@${m.organisation}`)).toEqual([
      'Åse@Frivilligcenter',
      'Bjørn@Frivilligcenter',
      'Bjørn@Jobcenter',
      'Cæcilie@Jobcenter',
    ]);
  });

  it('reads a file saved by a Windows program, in Windows-1252 with CRLF', async () => {
    const data = await readFixture('windows-1252.dl');
    expect(tiesOf(data)).toEqual(['Åse -> Bjørn (1, collaboration)', 'Bjørn -> Cæcilie (2, collaboration)']);
  });

  it('reads each fixture igraph reads as igraph does: the same actors, the same cells, the same values', async () => {
    const files = ['fullmatrix-labels.dl', 'fullmatrix-embedded.dl', 'edgelist1-labels.dl', 'edgelist1-embedded.dl', 'nodelist1.dl'];
    const out = execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        `import igraph, sys, json
out = {}
for f in sys.argv[1:]:
    g = igraph.Graph.Read_DL(f, directed=True)
    w = g.es['weight'] if 'weight' in g.es.attributes() else [1.0] * g.ecount()
    out[f] = {'names': g.vs['name'], 'arcs': sorted([[g.vs[e.source]['name'], g.vs[e.target]['name'], w[e.index]] for e in g.es], key=str)}
print(json.dumps(out))`,
        ...files.map(fixture),
      ],
      { encoding: 'utf8' },
    );
    const igraph = JSON.parse(out) as Record<string, { names: string[]; arcs: Array<[string, string, number]> }>;
    for (const name of files) {
      const data = await readFixture(name);
      const theirs = igraph[fixture(name)];
      expect(data.actors.map((a) => a.label), name).toEqual(theirs?.names);
      expect(arcsOf(data), name).toEqual(theirs?.arcs.sort((a, b) => String(a).localeCompare(String(b))));
    }
  });
});

describe('reading DL as people write it', () => {
  it('reads keywords in any case, with or without spaces around =, separated by commas, spaces or lines', () => {
    const forms = [
      'DL N=3\nFORMAT=EDGELIST1\nDATA:\n1 2\n',
      'dl n = 3, format = edgelist1\ndata:\n1,2\n',
      'Dl\nN =3\nFormat= EdgeList1\nData :\n1 2\n',
      'dl n=3 format=edgelist1 data: 1 2',
    ];
    for (const text of forms) expect(tiesOf(read(text)), text).toEqual(['n1 -> n2 (1, collaboration)']);
  });

  it('reads labels over several lines, quoted where they hold a space or a comma', () => {
    const data = read('dl n=4\nlabels:\n"Røde Kors, Bro" Åse\nBjørn,\n"Jobcenter Bro"\ndata:\n0 0 0 0\n0 0 0 0\n0 0 0 0\n0 0 0 0\n');
    expect(data.actors.map((a) => a.label)).toEqual(['Røde Kors, Bro', 'Åse', 'Bjørn', 'Jobcenter Bro']);
  });

  it('keeps a person called "Row", "Labels" or "Format" a label, since a keyword is written in full', () => {
    const data = read('dl n=3\nlabels:\nRow\nLabels\nFormat\ndata:\n0 1 0\n1 0 0\n0 0 0\n');
    expect(data.actors.map((a) => a.label)).toEqual(['Row', 'Labels', 'Format']);
  });

  it('reads row labels and column labels of one-mode data as its actors’ labels', () => {
    const data = read('dl n=2\nrow labels:\nA B\ncolumn labels:\nA B\ndata:\n0 1\n0 0\n');
    expect(tiesOf(data)).toEqual(['A -> B (1, collaboration)']);
  });

  it('gives the actors of embedded labels numbered ids when a label repeats', () => {
    const data = read('dl n=2\nlabels embedded\ndata:\nBo Bo\nBo 0 1\nBo 1 0\n');
    expect(data.actors.map((a) => [a.id, a.label])).toEqual([
      ['n1', 'Bo'],
      ['n2', 'Bo'],
    ]);
  });

  it('reads several matrices of an edge list, each ended by a line "!"', () => {
    const data = read('dl n=3 nm=2 format=edgelist1\nmatrix labels: advice information\ndata:\n1 2\n!\n2 3 4\n');
    expect(tiesOf(data)).toEqual(['n1 -> n2 (1, advice)', 'n2 -> n3 (4, information)']);
  });

  it('names the tie types of unlabelled matrices by their number', () => {
    const data = read('dl n=2 nm=2\ndata:\n0 1\n1 0\n0 2\n0 0\n');
    expect(tiesOf(data)).toEqual(['n1 -- n2 (1, matrix_1)', 'n1 -> n2 (2, matrix_2)']);
  });

  it('gives two-mode memberships the role a matrix label names', () => {
    const data = read('dl nr=1 nc=1 nm=2\nmatrix labels: Frivillig, Leder\ndata:\n1\n1\n');
    expect(data.memberships.map((m) => m.role)).toEqual(['volunteer', 'leader']);
  });

  it('widens the strength scale to the values the file has', () => {
    expect(read('dl n=2 format=edgelist1\ndata:\n1 2 0.5\n2 1 12\n').settings.strengthScale).toEqual({ min: 0.5, max: 12 });
  });
});

describe('refusing DL that cannot be read', () => {
  it('refuses a file that is not DL, naming another format where it is one', () => {
    expect(readError('name,label\n1,a\n').message).toBe('net.dl is not a UCINET DL file: it does not begin with "dl".');
    expect(readError('<?xml version="1.0"?>\n<graphml><graph/></graphml>').message).toBe(
      'net.dl is a GraphML file, not UCINET DL. Choose the GraphML format, or give the file the right extension.',
    );
    expect(readError('*Vertices 2\n1 "a"\n').message).toContain('is a Pajek file, not UCINET DL');
  });

  it('names every wrong count of values, every word that is no number and every wrong count of labels, by line and all at once', () => {
    const e = readError('dl n=3\nformat = fullmatrix\nlabels:\nÅse,Bo\ndata:\n0 1 x\n1 0\n0 1 0 1\n');
    expect(e.message).toBe('net.dl: 4 errors in the data.');
    expect(worded(e.problems)).toEqual([
      { where: 'net.dl, line 3', message: 'labels: gives 2 names, but the file needs 3' },
      { where: 'net.dl, line 6', message: '"x" is not a number' },
      { where: 'net.dl, line 7', message: 'row 2 has 2 values, but needs 3' },
      { where: 'net.dl, line 8', message: 'row 3 has 4 values, but needs 3' },
    ]);
  });

  it('says where the rows run short or run on, and which matrix a row belongs to', () => {
    expect(worded(readError('dl n=3\ndata:\n0 1 0\n1 0 0\n').problems)).toEqual([
      { where: 'net.dl, line 4', message: 'the data end after 2 of 3 rows' },
    ]);
    expect(worded(readError('dl n=2\ndata:\n0 1\n1 0\n0 0\n1 1\n').problems)).toEqual([
      { where: 'net.dl, line 5', message: 'the data need 2 rows, and this is one more' },
    ]);
    expect(worded(readError('dl n=2 nm=2\ndata:\n0 1\n1 0\n0 1\n1\n').problems)).toEqual([
      { where: 'net.dl, line 6', message: 'row 2 of matrix 2 has 1 value, but needs 2' },
    ]);
  });

  it('refuses unknown keywords and formats, sizes that are no count, and a header without size or data', () => {
    const e = readError('dl n=3 format=edgelist1 nm=0\nfoo\nformat = banana\n');
    expect(worded(e.problems)).toEqual([
      { where: 'net.dl, line 1', message: 'nm = 0 is not a whole number of 1 or more' },
      { where: 'net.dl, line 2', message: expect.stringMatching(/^"foo" is not a DL keyword Brobygger knows/) as unknown },
      { where: 'net.dl, line 3', message: 'format = is given more than once' },
      {
        where: 'net.dl, line 3',
        message: 'format = banana is not a DL format Brobygger reads (fullmatrix, lowerhalf, upperhalf, edgelist1, edgelist2, nodelist1, nodelist2)',
      },
      { where: 'net.dl', message: 'there is no "data:" line, so there is no network to read' },
    ]);
    expect(worded(readError('dl\ndata:\n').problems)).toEqual([
      { where: 'net.dl, line 1', message: 'the size is missing: give n = (one-mode) or nr = and nc = (two-mode)' },
    ]);
    expect(worded(readError('dl n=2000000\ndata:\n').problems)).toEqual([
      { where: 'net.dl, line 1', message: 'n = 2000000 is more than Brobygger reads (at most 100000)' },
    ]);
  });

  it('refuses an edge list’s actor numbers out of range, lines of the wrong length, negative values, repeated cells and ties to oneself', () => {
    const e = readError('dl n=3 format=edgelist1\ndata:\n1 4\n1 2 3 4\nx 2\n2 3 -2\n2 3\n2 3 1\n3 3\n');
    expect(worded(e.problems)).toEqual([
      { where: 'net.dl, line 3', message: '"4" is not among the actor numbers 1 to 3' },
      { where: 'net.dl, line 4', message: 'an edge line has two actors and perhaps a value, but this line has 4 entries' },
      { where: 'net.dl, line 5', message: '"x" is not among the actor numbers 1 to 3' },
      { where: 'net.dl, line 6', message: '-2 is below zero: a tie’s strength is positive, and 0 means no tie' },
      { where: 'net.dl, line 8', message: 'the cell from 2 to 3 is given again (first on line 7); a cell of a DL matrix has one value' },
      { where: 'net.dl, line 9', message: 'a tie needs two different actors' },
    ]);
  });

  it('refuses more embedded names than n, and more matrices than nm', () => {
    expect(worded(readError('dl n=2 format=edgelist1\nlabels embedded\ndata:\nÅse Bo\nBo Cæcilie\n').problems)).toEqual([
      { where: 'net.dl, line 5', message: '"Cæcilie" would be name no. 3, but n = 2' },
    ]);
    expect(worded(readError('dl n=2 format=nodelist1\ndata:\n1 2\n!\n2 1\n').problems)).toEqual([
      { where: 'net.dl, line 4', message: 'one matrix more than nm = 1 says' },
    ]);
  });

  it('refuses a two-mode file whose labels or format do not fit it', () => {
    const e = readError('dl nr=2, nc=1\nformat = edgelist1\nlabels:\na b c\ndata:\n');
    expect(worded(e.problems)).toEqual([
      { where: 'net.dl, line 2', message: 'format = edgelist1 is for one-mode data (n =), but the file gives nr = and nc =' },
      { where: 'net.dl, line 3', message: 'labels: does not say which names are rows and which are columns; give row labels: and column labels:' },
    ]);
    expect(worded(readError('dl nr=2\ndata:\n').problems)).toEqual([
      { where: 'net.dl, line 1', message: 'nr = is given without nc =; a two-mode network needs both' },
    ]);
  });

  it('refuses embedded labels that contradict one another', () => {
    const e = readError('dl n=2 nm=2\nlabels embedded\ndata:\nA B\nA 0 1\nB 1 0\nA C\nA 0 1\nC 1 0\n');
    expect(worded(e.problems)).toEqual([
      { where: 'net.dl, line 7', message: 'column 2 is called "C" here, but "B" in the first matrix' },
      { where: 'net.dl, line 9', message: 'the row is called "C", but row 2 is "B"' },
    ]);
  });

  it('refuses an unclosed quotation mark rather than read the rest of the line as one label', () => {
    expect(worded(readError('dl n=2\nlabels: a "b\ndata:\n0 1\n1 0\n').problems)).toEqual([
      { where: 'net.dl, line 2', message: 'a quotation mark is not closed on this line' },
    ]);
  });

  it('words its problems in the user’s language', () => {
    const e = readError('dl n=2 format=edgelist1\ndata:\n1 3\n');
    expect(formatUserError(e, createTranslator('da'))).toBe('net.dl: 1 fejl i data.\n  net.dl, linje 3: "3" er ikke blandt aktørnumrene 1 til 2');
  });
});

/** A small project as Brobygger keeps it, with the cases a DL file must carry. */
function project(): ProjectData {
  return decodeProjectJson(
    JSON.stringify({
      format: 'brobygger-project',
      version: 2,
      meta: { name: 'Rundtur' },
      actors: [
        { id: 'org-1', kind: 'organisation', label: 'Røde Kors, Bro "Syd"' },
        { id: 'p-1', kind: 'person', label: '  Åse  Ørsted ' },
        { id: 'p-2', kind: 'person', label: 'Labels:' },
        { id: 'dep-1', kind: 'department', label: 'Jobcenter' },
        { id: 'p-3', kind: 'person', label: 'Bjørn' },
      ],
      ties: [
        { id: 't-1', source: 'p-1', target: 'org-1', type: 'advice', directed: true, strength: 4 },
        { id: 't-2', source: 'org-1', target: 'dep-1', strength: 2.5 },
        { id: 't-3', source: 'p-2', target: 'p-1', type: 'personal' },
        { id: 't-4', source: 'org-1', target: 'dep-1', type: 'information', strength: 3 },
      ],
      memberships: [
        { id: 'm-1', person: 'p-1', organisation: 'org-1', role: 'volunteer' },
        { id: 'm-2', person: 'p-2', organisation: 'dep-1', role: 'employee' },
        { id: 'm-3', person: 'p-2', organisation: 'dep-1', role: 'leader' },
      ],
    }),
    'rundtur.json',
  );
}

describe('writing DL', () => {
  it('writes an edge list with the labels given, one per line, in the form igraph and UCINET read', () => {
    const { network } = encodeDl(project());
    expect(network.split('\r\n')).toEqual([
      'dl n=5',
      'format = edgelist1',
      'labels:',
      'Røde_Kors_Bro_Syd_',
      'Åse_Ørsted',
      'Labels:_',
      'Jobcenter',
      'Bjørn',
      'data:',
      '1 4 3',
      '2 1 4',
      '2 3 1',
      '3 2 1',
      '4 1 3',
      '',
    ]);
  });

  it('reads back as the same actors and cells, the labels as written and undirected ties undirected', () => {
    const back = read(encodeDl(project()).network);
    expect(back.actors.map((a) => [a.id, a.label])).toEqual([
      ['n1', 'Røde_Kors_Bro_Syd_'],
      ['n2', 'Åse_Ørsted'],
      ['n3', 'Labels:_'],
      ['n4', 'Jobcenter'],
      ['n5', 'Bjørn'],
    ]);
    // two ties on one pair are one cell, with the larger strength; a tie without one is 1
    expect(tiesOf(back)).toEqual([
      'Røde_Kors_Bro_Syd_ -- Jobcenter (3, collaboration)',
      'Åse_Ørsted -> Røde_Kors_Bro_Syd_ (4, collaboration)',
      'Åse_Ørsted -- Labels:_ (1, collaboration)',
    ]);
  });

  it('writes memberships as a two-mode file of persons by organisations, and none without memberships', () => {
    const { memberships } = encodeDl(project());
    expect(memberships?.split('\r\n')).toEqual([
      'dl nr=3, nc=2',
      'format = edgelist2',
      'row labels:',
      'Åse_Ørsted',
      'Labels:_',
      'Bjørn',
      'column labels:',
      'Røde_Kors_Bro_Syd_',
      'Jobcenter',
      'data:',
      '1 1',
      '2 2',
      '',
    ]);
    const back = read(memberships ?? '');
    expect(back.memberships.map((m) => `${m.person}@${m.organisation}`)).toEqual(['r1@c1', 'r2@c2']);
    expect(encodeDl({ ...project(), memberships: [] }).memberships).toBeNull();
  });

  it('writes an empty project as a network of no actors, which reads back empty', () => {
    const empty = { ...project(), actors: [], ties: [], memberships: [] };
    const back = read(encodeDl(empty).network);
    expect([back.actors.length, back.ties.length]).toEqual([0, 0]);
  });
});

/** Edits of a text, with this format's own tokens among what they insert. */
const mutations = textEdits(['"', ',', '=', '!', '\n', ' -1', ' 0', 'n=', 'nm=3', 'labels:', 'data:', 'embedded', '99999'], { maxLength: 20, maxString: 8 });

/** Reads, and returns what was wrong when it was anything but a UserError naming a line (or the file). */
function crash(text: string): unknown {
  try {
    read(text);
  } catch (e) {
    if (!(e instanceof UserError)) return e;
    const unplaced = e.problems.filter((p) => p.at?.file !== 'net.dl');
    if (unplaced.length > 0) return unplaced;
  }
  return undefined;
}

describe('DL from anywhere', () => {
  it('never throws anything but a UserError for random text', () => {
    const tokens = fc.constantFrom('dl', 'n', 'nr', 'nc', 'nm', '=', ',', ' ', '\n', '"', '!', ':', 'format', 'fullmatrix', 'edgelist1', 'nodelist2', 'labels', 'labels:', 'embedded', 'row', 'data:', '1', '2', '0', '-3', 'x');
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.array(tokens, { maxLength: 60 }).map((t) => `dl ${t.join(' ')}`)), (text) => {
        expect(crash(text)).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });

  it('never throws anything but a UserError for a valid file, randomly damaged', () => {
    const valid = ['fullmatrix-embedded.dl', 'diagonal-absent.dl', 'edgelist1-embedded.dl', 'multiple-matrices.dl', 'two-mode.dl'].map((f) =>
      readFileSync(fixture(f), 'utf8'),
    );
    fc.assert(
      fc.property(fc.constantFrom(...valid, encodeDl(project()).network), mutations, (text, edits) => {
        expect(crash(mutate(text, edits))).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });
});
