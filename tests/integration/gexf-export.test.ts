import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeGexf } from '../../src/core/format/gexf';
import { NO_SECTOR_COLOR } from '../../src/core/model/defaults';
import type { ProjectData } from '../../src/core/model/schema';
import { ProjectStore } from '../../src/main/engine/project-store';
import { runInProcess } from '../helpers/cli-run';
import { storeOptions } from '../helpers/store';
import { sha256, tempDir } from '../helpers/temp';
import { copySample, SAMPLE_ACTORS, SAMPLE_COUNTS } from './fixtures/sample';

const cli = (args: readonly string[]) => runInProcess(args, { BROBYGGER_DATA_DIR: tempDir('brobygger-data-') });
const python = (code: string, ...args: string[]) => execFileSync('/usr/bin/python3', ['-c', code, ...args], { encoding: 'utf8' });

/**
 * A copy of the sample with a saved map (every actor placed, as the map's layout leaves them), and
 * its ties made to point one way or none when asked (networkx reads no mixed graph).
 */
function sample(directions?: 'directed' | 'undirected'): { dir: string; project: string; data: ProjectData } {
  const dir = tempDir();
  const project = copySample(dir);
  const store = ProjectStore.open(project, storeOptions());
  const before = store.read();
  store.apply({
    type: 'layout.set',
    positions: Object.fromEntries(before.actors.map((a, i) => [a.id, { x: (i % 10) * 80.5 - 300, y: Math.floor(i / 10) * 61.25 - 200 }])),
  });
  if (directions)
    for (const t of before.ties)
      if (t.directed !== (directions === 'directed')) store.apply({ type: 'tie.update', id: t.id, patch: { directed: directions === 'directed' } });
  const data = store.read();
  store.close();
  return { dir, project, data };
}

async function exportTo(project: string, to: string, ...flags: string[]): Promise<void> {
  const run = await cli(['export', project, '--to', to, '--lang', 'en', ...flags]);
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const sectorColour = (data: ProjectData, key: string | null) => data.codebooks.sectors.find((s) => s.key === key)?.color ?? NO_SECTOR_COLOR;

describe('a GEXF export of the sample', () => {
  it('reads back in Brobygger as the same actors, ties, saved map and colours', async () => {
    const { dir, project, data } = sample();
    const file = join(dir, 'bro.gexf');
    await exportTo(project, file);
    const back = decodeGexf(readFileSync(file, 'utf8'), 'bro.gexf');
    expect(back.actors).toEqual(data.actors);
    expect(back.ties).toEqual(data.ties);
    expect(back.positions).toEqual(data.positions);
    expect(Object.keys(back.positions)).toHaveLength(SAMPLE_ACTORS);
    expect(back.codebooks.sectors.map((s) => [s.key, s.color])).toEqual(data.codebooks.sectors.map((s) => [s.key, s.color]));
    expect(back.meta.name).toBe(data.meta.name);
  });

  it('imports through the command line into a new project as the same network and map', async () => {
    const { dir, project, data } = sample();
    const file = join(dir, 'bro.gexf');
    await exportTo(project, file);
    const into = join(dir, 'fra-gephi.brobygger');
    const run = await cli(['import', file, '--into', into, '--lang', 'en']);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const store = ProjectStore.open(into, storeOptions({ readonly: true }));
    const back = store.read();
    store.close();
    expect(back.actors).toEqual(data.actors);
    expect(back.ties).toEqual(data.ties);
    expect(back.positions).toEqual(data.positions);
    expect(back.waves.map((w) => w.id)).toEqual(data.waves.map((w) => w.id));
  });

  it('writes the sample’s mixed directions as Gephi does, on every edge; networkx, which reads no mixed graph, refuses it', async () => {
    const { dir, project, data } = sample();
    const file = join(dir, 'bro.gexf');
    await exportTo(project, file);
    const out = python(
      `import json, sys, xml.etree.ElementTree as ET
ns = {"g": "http://www.gexf.net/1.2draft"}
graph = ET.parse(sys.argv[1]).getroot().find("g:graph", ns)
print(json.dumps({"default": graph.get("defaultedgetype"), "types": {e.get("id"): e.get("type") for e in graph.iter("{http://www.gexf.net/1.2draft}edge")}}))`,
      file,
    );
    const written = JSON.parse(out) as { default: string | null; types: Record<string, string> };
    expect(written.default).toBeNull();
    expect(written.types).toEqual(Object.fromEntries(data.ties.map((t) => [t.id, t.directed ? 'directed' : 'undirected'])));
    expect(new Set(Object.values(written.types))).toEqual(new Set(['directed', 'undirected']));
    const nx = python(
      `import sys, networkx as nx
try:
    nx.read_gexf(sys.argv[1])
    print("read")
except nx.NetworkXError as e:
    print(e)`,
      file,
    );
    expect(nx.trim()).toBe('Directed edge found in undirected graph.');
  });

  it.each(['directed', 'undirected'] as const)(
    'reads in networkx with its ties all %s: counts, direction, weights, labels with æøå, typed attributes, positions and colours',
    async (directions) => {
      const { dir, project, data } = sample(directions);
      const file = join(dir, 'bro.gexf');
      await exportTo(project, file);
      const out = python(
        `import json, sys, networkx as nx
g = nx.read_gexf(sys.argv[1])
print(json.dumps({
  "directed": g.is_directed(), "multigraph": g.is_multigraph(), "n": g.number_of_nodes(), "m": g.number_of_edges(),
  "nodes": {n: [d["label"], d["kind"], d.get("sector"), d.get("ansatte"), d.get("stilling"),
               [d["viz"]["position"]["x"], d["viz"]["position"]["y"]], [d["viz"]["color"][c] for c in "rgb"]]
            for n, d in g.nodes(data=True)},
  "edges": {d["id"]: [sorted([u, v]) if not g.is_directed() else [u, v], d["weight"], d["tie_type"], d.get("evidence_source")]
            for u, v, d in g.edges(data=True)},
}))`,
        file,
      );
      const nx = JSON.parse(out) as {
        directed: boolean;
        multigraph: boolean;
        n: number;
        m: number;
        nodes: Record<string, [string, string, string | null, number | null, string | null, [number, number], number[]]>;
        edges: Record<string, [string[], number, string, string | null]>;
      };
      expect(nx.directed).toBe(directions === 'directed');
      expect([nx.n, nx.m]).toEqual([SAMPLE_ACTORS, SAMPLE_COUNTS.ties]);
      const attribute = (a: ProjectData['actors'][number], name: string) => (Object.hasOwn(a.attributes, name) ? a.attributes[name] : null) ?? null;
      expect(nx.nodes).toEqual(
        Object.fromEntries(
          data.actors.map((a) => {
            const p = data.positions[a.id] ?? { x: NaN, y: NaN };
            return [a.id, [a.label, a.kind, a.sector, attribute(a, 'ansatte'), attribute(a, 'stilling'), [p.x, 0 - p.y], rgb(sectorColour(data, a.sector))]];
          }),
        ),
      );
      expect(data.actors.some((a) => /[æøåÆØÅ]/.test(a.label))).toBe(true);
      expect(typeof Object.values(nx.nodes).find((n) => n[3] !== null)?.[3]).toBe('number');
      const ends = (t: { source: string; target: string }) => (directions === 'directed' ? [t.source, t.target] : [t.source, t.target].sort());
      expect(nx.edges).toEqual(
        Object.fromEntries(data.ties.map((t) => [t.id, [ends(t), t.strength ?? 1, t.type, t.evidence.source || null]])),
      );
    },
  );
});

describe('a GEXF file the command line cannot import', () => {
  it('is refused with every problem by file and place, and the project is left as it was', async () => {
    const { dir, project } = sample();
    const file = join(dir, 'fra-gephi.gexf');
    writeFileSync(
      file,
      `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
<attributes class="node"><attribute id="0" title="alder" type="integer"/></attributes>
<nodes><node id="ny-1" label="Ny Ø"><attvalues><attvalue for="0" value="mange"/></attvalues></node><node id="ny-2" label="Ny Å"/></nodes>
<edges><edge id="0" source="ny-1" target="ny-2" weight="-1"/><edge id="1" source="ny-1" target="findes-ikke"/></edges>
</graph></gexf>`,
    );
    const before = sha256(project);
    const run = await cli(['import', file, '--into', project, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      [
        'Error: fra-gephi.gexf: 3 errors in the data.',
        '  fra-gephi.gexf: node "ny-1", attribute "alder": "mange" is not a number',
        '  fra-gephi.gexf: edge 1 (id "0", source "ny-1", target "ny-2"), attribute "weight": must be above 0',
        '  fra-gephi.gexf: edge 2 (id "1", source "ny-1", target "findes-ikke"), attribute "target": a person or organisation "findes-ikke" does not exist',
        '',
      ].join('\n'),
    );
    expect(sha256(project)).toBe(before);
  });

  it('says a GraphML file named .gexf is GraphML', async () => {
    const { dir, project } = sample();
    const file = join(dir, 'net.gexf');
    writeFileSync(file, '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected"/></graphml>');
    const run = await cli(['import', file, '--into', project, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.err).toBe('Error: net.gexf is a GraphML file, not GEXF. Choose the GraphML format, or give the file the right extension.\n');
  });
});
