import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/main/engine/exchange';
import { ProjectStore } from '../../src/main/engine/project-store';
import type { ProjectData } from '../../src/core/model/schema';
import { runInProcess } from '../helpers/cli-run';
import { storeOptions } from '../helpers/store';
import { tempDir } from '../helpers/temp';
import { copySample, SAMPLE_ACTORS, SAMPLE_COUNTS } from './fixtures/sample';

/**
 * The sample exported as GraphML and read back by the tools researchers use: networkx, python-igraph
 * and R igraph (R's network package reads no GraphML). The sample has directed and undirected ties,
 * the case networkx refused before each edge said its direction as data.
 */

const cli = (args: readonly string[]) => runInProcess(args, { BROBYGGER_DATA_DIR: tempDir('brobygger-data-') });

async function exported(): Promise<{ file: string; data: ProjectData }> {
  const dir = tempDir();
  const project = copySample(dir);
  const store = ProjectStore.open(project, storeOptions({ readonly: true }));
  const data = store.read();
  store.close();
  const file = join(dir, 'bro.graphml');
  const run = await cli(['export', project, '--to', file, '--lang', 'en']);
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
  return { file, data };
}

const withAeoa = (data: ProjectData) => {
  const actor = data.actors.find((a) => /[æøå]/i.test(a.label));
  if (!actor) throw new Error('the sample has a name with æ, ø or å');
  return actor;
};
const attributed = (data: ProjectData) => {
  const actor = data.actors.find((a) => Object.keys(a.attributes).length > 0);
  if (!actor) throw new Error('the sample has an actor with a custom attribute');
  return actor;
};
const strengthSum = (data: ProjectData) => data.ties.reduce((s, t) => s + (t.strength ?? 0), 0);

describe('GraphML written from the sample', () => {
  it('reads in networkx with every actor and tie, each tie in its own direction, labels with æøå and attributes', async () => {
    const { file, data } = await exported();
    const someone = withAeoa(data);
    const custom = attributed(data);
    const [attribute, value] = Object.entries(custom.attributes)[0] ?? ['', null];
    const out = execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        `import networkx as nx, sys, json
g = nx.read_graphml(sys.argv[1])
arcs = [d for _, _, d in g.edges(data=True)]
print(json.dumps({'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(), 'directed': g.is_directed(),
  'directedTies': sum(1 for d in arcs if d['directed']), 'weights': sum(d.get('strength', 0) for d in arcs),
  'label': g.nodes[sys.argv[2]]['label'], 'attribute': g.nodes[sys.argv[3]].get(sys.argv[4])}))`,
        file,
        someone.id,
        custom.id,
        attribute,
      ],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(out)).toEqual({
      nodes: SAMPLE_ACTORS,
      // a DiGraph keeps one arc per ordered pair: the sample has no two ties on one pair
      edges: SAMPLE_COUNTS.ties,
      directed: true,
      directedTies: data.ties.filter((t) => t.directed).length,
      weights: strengthSum(data),
      label: someone.label,
      attribute: value,
    });
  });

  it('reads in python-igraph with the same counts, labels and strengths', async () => {
    const { file, data } = await exported();
    const someone = withAeoa(data);
    const out = execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        `import igraph, sys, json
g = igraph.Graph.Read_GraphML(sys.argv[1])
v = g.vs.find(id=sys.argv[2])
print(json.dumps({'nodes': g.vcount(), 'edges': g.ecount(), 'label': v['label'],
  'directedTies': sum(1 for d in g.es['directed'] if d), 'weights': sum(s for s in g.es['strength'] if s == s)}))`,
        file,
        someone.id,
      ],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(out)).toEqual({
      nodes: SAMPLE_ACTORS,
      edges: SAMPLE_COUNTS.ties,
      label: someone.label,
      directedTies: data.ties.filter((t) => t.directed).length,
      weights: strengthSum(data),
    });
  });

  it('reads in R igraph with the same counts, labels and strengths', async () => {
    const { file, data } = await exported();
    const someone = withAeoa(data);
    const out = execFileSync(
      'Rscript',
      [
        '-e',
        `suppressMessages(library(igraph)); a <- commandArgs(TRUE)
g <- read_graph(a[1], format = "graphml")
cat(vcount(g), ecount(g), V(g)[V(g)$id == a[2]]$label, sum(E(g)$directed), sum(E(g)$strength, na.rm = TRUE), sep = "\\n")`,
        file,
        someone.id,
      ],
      { encoding: 'utf8' },
    ).split('\n');
    expect(out.slice(0, 5)).toEqual([
      String(SAMPLE_ACTORS),
      String(SAMPLE_COUNTS.ties),
      someone.label,
      String(data.ties.filter((t) => t.directed).length),
      String(strengthSum(data)),
    ]);
  });

  it('imports back into Brobygger as the same actors and ties', async () => {
    const { file, data } = await exported();
    const back = (await readInput(file)).data;
    const present = <T extends { attributes: Record<string, unknown> }>(rows: readonly T[]) =>
      rows.map((r) => ({ ...r, attributes: Object.fromEntries(Object.entries(r.attributes).filter(([, v]) => v !== null)) }));
    expect(present(back.actors)).toEqual(present(data.actors));
    expect(present(back.ties)).toEqual(present(data.ties));
  });
});
