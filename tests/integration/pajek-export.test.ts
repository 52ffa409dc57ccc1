import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProjectData } from '../../src/core/model/schema';
import { readInput } from '../../src/main/engine/exchange';
import { ProjectStore } from '../../src/main/engine/project-store';
import { runInProcess } from '../helpers/cli-run';
import { storeOptions } from '../helpers/store';
import { sha256, tempDir } from '../helpers/temp';
import { copySample, SAMPLE_ACTORS, SAMPLE_COUNTS } from './fixtures/sample';

/**
 * The sample exported to Pajek by the CLI and read back by the tools researchers use: networkx,
 * python-igraph, R igraph and R network (statnet), each compared with the project (counts, arcs
 * and edges, weights, labels with æøå, the type labels, coordinates, the two modes), and by
 * Brobygger itself.
 */

const cli = (args: readonly string[]) => runInProcess(args, { BROBYGGER_DATA_DIR: tempDir('brobygger-data-') });
const python = (code: string, ...args: string[]) => JSON.parse(execFileSync('/usr/bin/python3', ['-c', code, ...args], { encoding: 'utf8' })) as unknown;
const r = (code: string, ...args: string[]) =>
  execFileSync('Rscript', ['-e', `suppressPackageStartupMessages({library(igraph); library(network)})\n${code}`, ...args], { encoding: 'utf8' }).trim().split('\n');

function sample(positions = false): { dir: string; project: string; data: ProjectData } {
  const dir = tempDir();
  const project = copySample(dir);
  const store = ProjectStore.open(project, storeOptions());
  if (positions) {
    const data = store.read();
    // a map 800 wide and 400 high, away from the origin
    store.apply({ type: 'layout.set', positions: Object.fromEntries(data.actors.map((a, i) => [a.id, { x: 200 + (i % 10) * 80, y: -100 + Math.floor(i / 10) * 50 }])) });
  }
  const data = store.read();
  store.close();
  return { dir, project, data };
}

async function exportTo(project: string, to: string): Promise<void> {
  const run = await cli(['export', project, '--to', to, '--lang', 'en']);
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
}

const byNumber = (data: ProjectData) => new Map(data.actors.map((a, i) => [a.id as string, i + 1]));
/** Each tie as `from>to weight type` by vertex number; undirected ties with their ends in order when asked. */
function tieLines(data: ProjectData, opts: { unordered?: boolean; doubled?: boolean } = {}): string[] {
  const n = byNumber(data);
  return data.ties
    .flatMap((t) => {
      const a = n.get(t.source) ?? 0;
      const b = n.get(t.target) ?? 0;
      const line = (x: number, y: number) => `${x}>${y} ${t.strength ?? 1} ${t.type}`;
      if (t.directed) return [line(a, b)];
      if (opts.doubled) return [line(a, b), line(b, a)];
      return [opts.unordered ? line(Math.min(a, b), Math.max(a, b)) : line(a, b)];
    })
    .sort();
}

describe('a Pajek export of the sample', () => {
  it('writes the network, the memberships two-mode and the partitions by kind and sector', async () => {
    const { dir, project } = sample();
    await exportTo(project, join(dir, 'bro.net'));
    expect(readdirSync(dir).filter((f) => /\.(net|clu)$/.test(f)).sort()).toEqual(['bro-kind.clu', 'bro-memberships.net', 'bro-sector.clu', 'bro.net']);
  });

  it('reads in networkx as a directed multigraph of every actor and tie, with weights, æøå labels and the types', async () => {
    const { dir, project, data } = sample();
    await exportTo(project, join(dir, 'bro.net'));
    const read = python(
      `import sys, json, networkx as nx
g = nx.read_pajek(sys.argv[1])
number = {n: int(d['id']) for n, d in g.nodes(data=True)}
print(json.dumps({'directed': g.is_directed(), 'name': g.graph.get('name'), 'nodes': g.number_of_nodes(),
  'labels': [n for n, _ in sorted(g.nodes(data=True), key=lambda n: int(n[1]['id']))],
  'ties': sorted('%d>%d %g %s' % (number[u], number[v], d['weight'], d['l']) for u, v, d in g.edges(data=True))}))`,
      join(dir, 'bro.net'),
    );
    // after *Arcs, networkx reads every line as an arc, an undirected tie's as one arc from its first end
    expect(read).toEqual({ directed: true, name: data.meta.name, nodes: SAMPLE_ACTORS, labels: data.actors.map((a) => a.label), ties: tieLines(data) });
    expect(data.actors.some((a) => /[æøå]/i.test(a.label))).toBe(true);
  });

  it('reads in python-igraph with every actor and tie, weights, æøå labels and the types', async () => {
    const { dir, project, data } = sample();
    await exportTo(project, join(dir, 'bro.net'));
    const read = python(
      `import sys, json, igraph as ig
g = ig.Graph.Read_Pajek(sys.argv[1])
print(json.dumps({'directed': g.is_directed(), 'labels': g.vs['name'],
  'ties': sorted('%d>%d %g %s' % (min(e.tuple) + 1, max(e.tuple) + 1, e['weight'], e['label']) for e in g.es)}))`,
      join(dir, 'bro.net'),
    );
    // igraph takes the whole graph's direction from its last section (*Edges): documented in docs/formats.md
    const unordered = tieLines({ ...data, ties: data.ties.map((t) => ({ ...t, directed: false })) }, { unordered: true });
    expect(read).toEqual({ directed: false, labels: data.actors.map((a) => a.label), ties: unordered });
  });

  it('reads in R igraph and R network: counts, arcs and edges, weights, æøå labels and the types', async () => {
    const { dir, project, data } = sample();
    await exportTo(project, join(dir, 'bro.net'));
    const out = r(
      `p <- commandArgs(TRUE)[1]
g <- read_graph(p, format = "pajek")
cat(vcount(g), ecount(g), is_directed(g), sum(E(g)$weight), sep = "\\n")
cat(V(g)$name, sep = "\\n")
n <- read.paj(p)
cat(network.size(n), is.directed(n), network.edgecount(n), sep = "\\n")
cat(network.vertex.names(n), sep = "\\n")
# each edge's ends in the order of its attributes (as.edgelist sorts them); the weights are the
# edge attribute named after the network's title
tails <- sapply(n$mel, function(e) e$outl); heads <- sapply(n$mel, function(e) e$inl)
cat(paste0(tails, ">", heads, " ", as.character(n %e% (n %n% "title")), " ", n %e% "l"), sep = "\\n")`,
      join(dir, 'bro.net'),
    );
    const labels = data.actors.map((a) => a.label);
    const weights = data.ties.reduce((s, t) => s + (t.strength ?? 1), 0);
    const directed = data.ties.filter((t) => t.directed).length;
    const undirected = data.ties.length - directed;
    expect(out.slice(0, 4 + SAMPLE_ACTORS)).toEqual([String(SAMPLE_ACTORS), String(SAMPLE_COUNTS.ties), 'FALSE', String(weights), ...labels]);
    const network = out.slice(4 + SAMPLE_ACTORS);
    // R network reads *Edges after *Arcs as Pajek means them: an arc each way
    expect(network.slice(0, 3 + SAMPLE_ACTORS)).toEqual([String(SAMPLE_ACTORS), 'TRUE', String(directed + 2 * undirected), ...labels]);
    expect(network.slice(3 + SAMPLE_ACTORS).sort()).toEqual(tieLines(data, { doubled: true }));
  });

  it('writes the memberships two-mode, which igraph, R igraph and R network read (networkx’s reader does not)', async () => {
    const { dir, project, data } = sample();
    await exportTo(project, join(dir, 'bro.net'));
    const file = join(dir, 'bro-memberships.net');
    const persons = data.actors.filter((a) => a.kind === 'person');
    const others = data.actors.filter((a) => a.kind !== 'person');
    const order = [...persons, ...others];
    const number = new Map(order.map((a, i) => [a.id as string, i + 1]));
    const memberships = data.memberships.map((m) => `${number.get(m.person)}-${number.get(m.organisation)} ${m.role}`).sort();

    const igraph = python(
      `import sys, json, igraph as ig
g = ig.Graph.Read_Pajek(sys.argv[1])
print(json.dumps({'labels': g.vs['name'], 'second': g.vs['type'],
  'memberships': sorted('%d-%d %s' % (e.source + 1, e.target + 1, e['label']) for e in g.es)}))`,
      file,
    );
    expect(igraph).toEqual({ labels: order.map((a) => a.label), second: order.map((a) => a.kind !== 'person'), memberships });

    const out = r(
      `p <- commandArgs(TRUE)[1]
g <- read_graph(p, format = "pajek")
cat(is_bipartite(g), sum(!V(g)$type), ecount(g), sep = "\\n")
n <- read.paj(p)
cat(n %n% "bipartite", network.edgecount(n), sep = "\\n")
cat(paste0(sapply(n$mel, function(e) e$outl), "-", sapply(n$mel, function(e) e$inl), " ", n %e% "l"), sep = "\\n")`,
      file,
    );
    expect(out.slice(0, 5)).toEqual(['TRUE', String(persons.length), String(SAMPLE_COUNTS.memberships), String(persons.length), String(SAMPLE_COUNTS.memberships)]);
    expect(out.slice(5).sort()).toEqual(memberships);

    const networkx = python(
      `import sys, json, networkx as nx
try:
    nx.read_pajek(sys.argv[1]); print(json.dumps('read'))
except ValueError:
    print(json.dumps('refused'))`,
      file,
    );
    expect(networkx, 'networkx reads "*Vertices n" only, as docs/formats.md says').toBe('refused');
  });

  it('writes partitions that give every actor’s kind and sector in the network’s order', async () => {
    const { dir, project, data } = sample();
    await exportTo(project, join(dir, 'bro.net'));
    const clu = `import sys, json
print(json.dumps([int(l) for l in open(sys.argv[1], encoding='utf-8').read().split('\\n') if l.strip() and not l.startswith(('%', '*'))]))`;
    const kinds = { person: 1, organisation: 2, department: 3 } as const;
    expect(python(clu, join(dir, 'bro-kind.clu'))).toEqual(data.actors.map((a) => kinds[a.kind]));
    const sectors = data.codebooks.sectors.map((s) => s.key);
    expect(python(clu, join(dir, 'bro-sector.clu'))).toEqual(data.actors.map((a) => (a.sector === null ? 0 : sectors.indexOf(a.sector) + 1)));
    // R reads it as Pajek's partitions are read there: past the comments and the *Vertices line
    const inR = execFileSync('Rscript', ['-e', 'cat(scan(commandArgs(TRUE)[1], what = "", comment.char = "%", quiet = TRUE)[-(1:2)], sep = "\\n")', join(dir, 'bro-kind.clu')], { encoding: 'utf8' });
    expect(inR.trim().split('\n').map(Number)).toEqual(data.actors.map((a) => kinds[a.kind]));
  });

  it('carries the map’s positions as coordinates in 0…1 that networkx, igraph and R network read', async () => {
    const { dir, project, data } = sample(true);
    await exportTo(project, join(dir, 'bro.net'));
    const expected = data.actors.map((a) => {
      const p = data.positions[a.id] ?? { x: NaN, y: NaN };
      // the map spans 720 × 300 from (200, -100): one scale keeps its shape
      return [Number(((p.x - 200) / 720).toFixed(4)), Number(((p.y + 100) / 720).toFixed(4))];
    });
    const networkx = python(
      `import sys, json, networkx as nx
g = nx.read_pajek(sys.argv[1])
print(json.dumps([[d['x'], d['y']] for _, d in sorted(g.nodes(data=True), key=lambda n: int(n[1]['id']))]))`,
      join(dir, 'bro.net'),
    );
    expect(networkx).toEqual(expected);
    const igraph = python('import sys, json, igraph as ig\ng = ig.Graph.Read_Pajek(sys.argv[1])\nprint(json.dumps([list(p) for p in zip(g.vs["x"], g.vs["y"])]))', join(dir, 'bro.net'));
    expect(igraph).toEqual(expected);
    const network = r('n <- read.paj(commandArgs(TRUE)[1]); cat(n %v% "x", n %v% "y", sep = "\\n")', join(dir, 'bro.net')).map(Number);
    expect(network).toEqual([...expected.map((p) => p[0]), ...expected.map((p) => p[1])]);
    const shapes = python('import sys, json, igraph as ig\nprint(json.dumps(ig.Graph.Read_Pajek(sys.argv[1]).vs["shape"]))', join(dir, 'bro.net'));
    expect(shapes).toEqual(data.actors.map((a) => ({ person: 'ellipse', organisation: 'box', department: 'diamond' })[a.kind]));
  });
});

describe('a Pajek export read back by Brobygger', () => {
  it('imports as the same labels, directions, weights and types, and the memberships as persons and organisations', async () => {
    const { dir, project, data } = sample(true);
    await exportTo(project, join(dir, 'bro.net'));
    const net = (await readInput(join(dir, 'bro.net'))).data;
    expect(net.meta.name).toBe(data.meta.name);
    expect(net.actors.map((a) => a.label)).toEqual(data.actors.map((a) => a.label));
    expect(tieLines(net)).toEqual(tieLines(data));
    expect(Object.keys(net.positions)).toHaveLength(SAMPLE_ACTORS);

    const two = (await readInput(join(dir, 'bro-memberships.net'))).data;
    expect(two.memberships).toHaveLength(SAMPLE_COUNTS.memberships);
    const label = new Map(two.actors.map((a) => [a.id as string, a]));
    const original = new Map(data.actors.map((a) => [a.id as string, a.label]));
    expect(two.memberships.map((m) => [label.get(m.person)?.label, label.get(m.organisation)?.label, m.role]).sort()).toEqual(
      data.memberships.map((m) => [original.get(m.person), original.get(m.organisation), m.role]).sort(),
    );
    expect(two.actors.filter((a) => a.kind === 'person')).toHaveLength(data.actors.filter((a) => a.kind === 'person').length);
  });

  it('imports into a new project by the CLI, and again by id without adding anything', async () => {
    const { dir, project } = sample();
    await exportTo(project, join(dir, 'bro.net'));
    const into = join(dir, 'fra-pajek.brobygger');
    const first = await cli(['import', join(dir, 'bro.net'), '--into', into, '--lang', 'en']);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    const again = await cli(['import', join(dir, 'bro.net'), '--into', into, '--update-by-id', '--dry-run', '--json']);
    const plan = JSON.parse(again.out) as { counts: Record<'added' | 'changed' | 'removed', Record<string, number>> };
    expect(plan.counts.added).toMatchObject({ actors: 0, ties: 0 });
    expect(plan.counts.changed).toMatchObject({ actors: 0, ties: 0 });
  });
});

describe('a Pajek file refused by the CLI', () => {
  it('exits 2 naming the file and line of each problem, and writes nothing', async () => {
    const { dir, project } = sample();
    const bad = join(dir, 'forkert.net');
    writeFileSync(bad, '*Vertices 2\n1 "Åse"\n*Arcs\n1 3 2\n2 1 0\n');
    const before = sha256(project);
    const run = await cli(['import', bad, '--into', project, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.err).toContain('forkert.net: 2 errors in the data.');
    expect(run.err).toContain('forkert.net, line 4: vertex 3 does not exist: the network has vertices 1 to 2');
    expect(run.err).toContain('forkert.net, line 5, attribute "weight": the weight 0 is not above 0');
    expect(sha256(project)).toBe(before);
  });

  it('names a file of another format for what it is', async () => {
    const dir = tempDir();
    const file = join(dir, 'net.net');
    writeFileSync(file, '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph/></graphml>\n');
    const run = await cli(['import', file, '--into', join(dir, 'p.brobygger'), '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.err).toContain('net.net is a GraphML file, not Pajek.');
    const csv = join(dir, 'tabel.net');
    writeFileSync(csv, 'id,label\n1,Åse\n');
    const notPajek = await cli(['import', csv, '--into', join(dir, 'p.brobygger'), '--lang', 'en']);
    expect(notPajek.code).toBe(2);
    expect(notPajek.err).toContain('tabel.net is not a Pajek network: it has no *Vertices line.');
  });
});
