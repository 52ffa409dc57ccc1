import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { buildGraph, type Graph } from '../../src/core/analysis/graph';
import { findAppRoot } from '../../src/main/engine/paths';

const root = findAppRoot();

/** Reference values computed by networkx, igraph and R sna (tests/reference/). */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the shape of the JSON it reads
export function reference<T>(name: string): T {
  return JSON.parse(readFileSync(join(root, 'tests/fixtures/reference', `${name}.json`), 'utf8')) as T;
}

export interface FixtureGraph {
  graph: Graph;
  ids: string[];
  index: Map<string, number>;
  /** node attributes by name, as strings */
  attribute(name: string): string[];
  /** the edges as the file lists them (node indices), and a numeric edge attribute of each */
  edges: { sources: number[]; targets: number[]; values(name: string): number[] };
}

/**
 * The fixture graphs, read with a few regular expressions: enough for these files written by
 * networkx, and independent of the app's own GraphML reader (which has its own tests).
 */
export function fixtureGraph(name: string): FixtureGraph {
  const xml = readFileSync(join(root, 'tests/fixtures/graphs', `${name}.graphml`), 'utf8');
  const keys = new Map([...xml.matchAll(/<key id="([^"]+)" for="node" attr\.name="([^"]+)"/g)].map((m) => [m[1] as string, m[2] as string]));
  const ids: string[] = [];
  const attrs = new Map<string, string[]>();
  for (const m of xml.matchAll(/<node id="([^"]+)"\s*(?:\/>|>([\s\S]*?)<\/node>)/g)) {
    const i = ids.length;
    ids.push(m[1] as string);
    for (const d of (m[2] ?? '').matchAll(/<data key="([^"]+)">([^<]*)<\/data>/g)) {
      const attr = keys.get(d[1] as string);
      if (!attr) continue;
      const list = attrs.get(attr) ?? [];
      list[i] = (d[2] as string).replace(/&amp;/g, '&');
      attrs.set(attr, list);
    }
  }
  const index = new Map(ids.map((id, i) => [id, i]));
  const directed = /edgedefault="directed"/.test(xml);
  const edgeKeys = new Map([...xml.matchAll(/<key id="([^"]+)" for="edge" attr\.name="([^"]+)"/g)].map((m) => [m[2] as string, m[1] as string]));
  const sources: number[] = [];
  const targets: number[] = [];
  const edgeData: string[] = [];
  for (const m of xml.matchAll(/<edge [^>]*source="([^"]+)" target="([^"]+)"\s*(?:\/>|>([\s\S]*?)<\/edge>)/g)) {
    sources.push(index.get(m[1] as string) as number);
    targets.push(index.get(m[2] as string) as number);
    edgeData.push(m[3] ?? '');
  }
  const edgeValues = (name: string) => {
    const key = edgeKeys.get(name);
    return edgeData.map((d) => {
      const found = key === undefined ? null : new RegExp(`<data key="${key}">([^<]*)</data>`).exec(d);
      if (!found) throw new Error(`an edge without ${name}`);
      return Number(found[1]);
    });
  };
  return {
    graph: buildGraph(ids.length, sources, targets, directed),
    ids,
    index,
    attribute: (attr) => ids.map((_, i) => attrs.get(attr)?.[i] ?? ''),
    edges: { sources, targets, values: edgeValues },
  };
}

/** Per-node values keyed by id, from a typed array or list indexed like the fixture. */
export const byId = (f: FixtureGraph, values: ArrayLike<number | null>): Record<string, number | null> =>
  Object.fromEntries(f.ids.map((id, i) => [id, values[i] ?? null]));

/** Every id's value within a relative tolerance (absolute below 1); mismatches listed by id, so a failure says where. */
export function expectClose(actual: Record<string, number | null>, expected: Record<string, number | null>, tolerance = 1e-6): void {
  const wrong = Object.entries(expected)
    .filter(([id, e]) => {
      const a = actual[id];
      if (e === null || a === null || a === undefined) return e !== (a ?? null);
      return Math.abs(a - e) > tolerance * Math.max(1, Math.abs(e));
    })
    .map(([id, e]) => `${id}: expected ${String(e)}, got ${String(actual[id])}`);
  expect(wrong).toEqual([]);
}
