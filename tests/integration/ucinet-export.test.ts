import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/main/engine/exchange';
import { ProjectStore } from '../../src/main/engine/project-store';
import type { ProjectData } from '../../src/core/model/schema';
import { runInProcess } from '../helpers/cli-run';
import { storeOptions } from '../helpers/store';
import { tempDir } from '../helpers/temp';
import { copySample, REPO_ROOT, SAMPLE_ACTORS, SAMPLE_COUNTS } from './fixtures/sample';

/**
 * The sample exported as UCINET DL and read back by the tools researchers use that read DL:
 * python-igraph (`Graph.Read_DL`) and R igraph (`read_graph(format = "dl")`). networkx and R's
 * network package have no DL reader. DL carries labels and values, not attributes: the actors'
 * and ties' other fields, and the tie types, are not in the file (docs/formats.md).
 *
 * What the file must hold, worked out here from the project on its own terms: every actor, in
 * order, labelled with spaces, commas, equals signs and quotation marks as `_`; a cell for each
 * direction of each tie (both for an undirected tie), holding the largest strength of the ties
 * on it, 1 for a tie without one.
 */

const cli = (args: readonly string[]) => runInProcess(args, { BROBYGGER_DATA_DIR: tempDir('brobygger-data-') });

async function exported(): Promise<{ dir: string; file: string; data: ProjectData }> {
  const dir = tempDir();
  const project = copySample(dir);
  const store = ProjectStore.open(project, storeOptions({ readonly: true }));
  const data = store.read();
  store.close();
  const file = join(dir, 'bro.dl');
  const run = await cli(['export', project, '--to', file, '--lang', 'en']);
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
  return { dir, file, data };
}

const dlLabel = (label: string) => label.trim().replace(/[\s,="]+/g, '_');

/** The cells the file must have: `row column` (numbered from 1) to the value. */
function expectedCells(data: ProjectData): Map<string, number> {
  const at = new Map<string, number>(data.actors.map((a, k) => [a.id, k + 1]));
  const cells = new Map<string, number>();
  for (const t of data.ties) {
    const value = t.strength ?? 1;
    const ends = t.directed ? [[t.source, t.target]] : [[t.source, t.target], [t.target, t.source]];
    for (const [s, g] of ends) {
      const key = `${at.get(s ?? '')} ${at.get(g ?? '')}`;
      cells.set(key, Math.max(cells.get(key) ?? 0, value));
    }
  }
  return cells;
}
const sorted = (cells: ReadonlyMap<string, number>) => [...cells].sort(([a], [b]) => a.localeCompare(b));

const withAeoa = (data: ProjectData) => {
  const actor = data.actors.find((a) => /[æøå]/i.test(a.label));
  if (!actor) throw new Error('the sample has a name with æ, ø or å');
  return actor;
};

describe('UCINET DL written from the sample', () => {
  it('is a network file and a two-mode file of the memberships', async () => {
    const { dir } = await exported();
    expect(readdirSync(dir).filter((f) => f.endsWith('.dl')).sort()).toEqual(['bro-memberships.dl', 'bro.dl']);
  });

  it('reads in python-igraph with every actor in order, labels with æøå, every cell in its direction and its strength', async () => {
    const { file, data } = await exported();
    const out = execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        `import igraph, sys, json
g = igraph.Graph.Read_DL(sys.argv[1], directed=True)
print(json.dumps({'names': g.vs['name'], 'directed': g.is_directed(),
  'cells': [['%d %d' % (e.source + 1, e.target + 1), e['weight']] for e in g.es]}))`,
        file,
      ],
      { encoding: 'utf8' },
    );
    const read = JSON.parse(out) as { names: string[]; directed: boolean; cells: Array<[string, number]> };
    expect(read.names).toHaveLength(SAMPLE_ACTORS);
    expect(read.names).toEqual(data.actors.map((a) => dlLabel(a.label)));
    expect(read.names).toContain(dlLabel(withAeoa(data).label));
    expect(sorted(new Map(read.cells))).toEqual(sorted(expectedCells(data)));
    expect(read.cells).toHaveLength(expectedCells(data).size);
  });

  it('reads in R igraph with the same actors, labels, cells and strengths', async () => {
    const { file, data } = await exported();
    const out = execFileSync(
      'Rscript',
      [
        '-e',
        `suppressMessages(library(igraph)); g <- read_graph(commandArgs(TRUE)[1], format = "dl", directed = TRUE)
e <- as_edgelist(g, names = FALSE)
cat(vcount(g), ecount(g), sep = "\\n"); cat(V(g)$name, sep = "\\n"); cat(paste(e[, 1], e[, 2], E(g)$weight), sep = "\\n")`,
        file,
      ],
      { encoding: 'utf8' },
    )
      .trimEnd()
      .split('\n');
    const cells = expectedCells(data);
    expect(out.slice(0, 2)).toEqual([String(SAMPLE_ACTORS), String(cells.size)]);
    expect(out.slice(2, 2 + SAMPLE_ACTORS)).toEqual(data.actors.map((a) => dlLabel(a.label)));
    const read = out.slice(2 + SAMPLE_ACTORS).map((line): [string, number] => {
      const [s, g, w] = line.split(' ');
      return [`${s} ${g}`, Number(w)];
    });
    expect(sorted(new Map(read))).toEqual(sorted(cells));
  });

  it('imports back into Brobygger with every actor, and each tie in its direction and with its strength', async () => {
    const { file, data } = await exported();
    const back = (await readInput(file)).data;
    expect(back.actors.map((a) => a.label)).toEqual(data.actors.map((a) => dlLabel(a.label)));
    // the file's cells again, read from the ties Brobygger made of them
    const at = new Map(back.actors.map((a, k) => [a.id, k + 1]));
    const cells = new Map<string, number>();
    for (const t of back.ties) {
      const [s, g] = [at.get(t.source), at.get(t.target)];
      cells.set(`${s} ${g}`, t.strength ?? 0);
      if (!t.directed) cells.set(`${g} ${s}`, t.strength ?? 0);
    }
    expect(sorted(cells)).toEqual(sorted(expectedCells(data)));
    // undirected ties come back undirected; two directed ties answering each other with the same
    // strength fill a pair's two cells alike, and come back as one undirected tie
    const mutual =
      data.ties.filter((t) => t.directed && data.ties.some((r) => r.directed && r.source === t.target && r.target === t.source && r.strength === t.strength))
        .length / 2;
    expect(mutual, 'the sample has such a pair').toBe(1);
    expect(back.ties).toHaveLength(SAMPLE_COUNTS.ties - mutual);
    expect(back.ties.filter((t) => !t.directed)).toHaveLength(data.ties.filter((t) => !t.directed).length + mutual);
  });

  it('writes the memberships as persons by organisations, which Brobygger reads back as the same pairs', async () => {
    const { dir, data } = await exported();
    const back = (await readInput(join(dir, 'bro-memberships.dl'))).data;
    const persons = data.actors.filter((a) => a.kind === 'person');
    const organisations = data.actors.filter((a) => a.kind !== 'person');
    expect(back.actors.filter((a) => a.kind === 'person').map((a) => a.label)).toEqual(persons.map((a) => dlLabel(a.label)));
    expect(back.actors.filter((a) => a.kind === 'organisation').map((a) => a.label)).toEqual(organisations.map((a) => dlLabel(a.label)));
    // the project's ids and the file's (r1…, c1…) differ, so pairs are compared by label
    const label = new Map([...data.actors, ...back.actors].map((a) => [a.id, dlLabel(a.label)]));
    const pairs = (memberships: ProjectData['memberships']) =>
      [...new Set(memberships.map((m) => `${label.get(m.person) ?? ''}@${label.get(m.organisation) ?? ''}`))].sort();
    expect(pairs(back.memberships)).toEqual(pairs(data.memberships));
    expect(data.memberships).toHaveLength(SAMPLE_COUNTS.memberships);
  });
});

describe('UCINET DL imported on the command line', () => {
  it('creates a project from a DL file', async () => {
    const dir = tempDir();
    const project = join(dir, 'ny.brobygger');
    const run = await cli(['import', join(REPO_ROOT, 'tests', 'fixtures', 'ucinet', 'multiple-matrices.dl'), '--into', project, '--lang', 'en']);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const store = ProjectStore.open(project, storeOptions({ readonly: true }));
    const data = store.read();
    store.close();
    expect([data.actors.length, data.ties.length, new Set(data.ties.map((t) => t.type)).size]).toEqual([4, 4, 2]);
  });

  it('refuses a damaged file with every problem by file and line (exit 2), and creates nothing', async () => {
    const dir = tempDir();
    const file = join(dir, 'skadet.dl');
    writeFileSync(file, 'dl n=3\nformat = edgelist1\ndata:\n1 2\n2 9\n3 x 1\n');
    const project = join(dir, 'ny.brobygger');
    const run = await cli(['import', file, '--into', project, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      'Error: skadet.dl: 2 errors in the data.\n  skadet.dl, line 5: "9" is not among the actor numbers 1 to 3\n  skadet.dl, line 6: "x" is not among the actor numbers 1 to 3\n',
    );
    expect(existsSync(project)).toBe(false);
  });

  it('names the format of a file that is not DL', async () => {
    const dir = tempDir();
    const file = join(dir, 'net.dl');
    writeFileSync(file, '*Vertices 2\n1 "Åse"\n2 "Bo"\n*Edges\n1 2\n');
    const run = await cli(['import', file, '--into', join(dir, 'ny.brobygger'), '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.err).toContain('net.dl is a Pajek file, not UCINET DL.');
  });
});
