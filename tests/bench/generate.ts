import { seededRandom } from '../../src/core/analysis/random';
import { decodeProjectJson } from '../../src/core/format/project-json';


/**
 * Barabási–Albert preferential attachment (as networkx.barabasi_albert_graph): a star on m + 1
 * nodes, then each new node links to m distinct existing nodes chosen with probability
 * proportional to their degree. Seeded, so every run measures the same graph.
 */
export function barabasiAlbert(n: number, m: number, seed: number): { sources: number[]; targets: number[] } {
  const random = seededRandom(seed);
  const sources: number[] = [];
  const targets: number[] = [];
  const ends: number[] = []; // every edge end once: sampling from it is sampling by degree
  for (let i = 1; i <= m; i++) {
    sources.push(0);
    targets.push(i);
    ends.push(0, i);
  }
  for (let v = m + 1; v < n; v++) {
    const chosen = new Set<number>();
    while (chosen.size < m) chosen.add(ends[random.int(ends.length)] as number);
    for (const u of chosen) {
      sources.push(v);
      targets.push(u);
      ends.push(v, u);
    }
  }
  return { sources, targets };
}

export function graphmlOf(n: number, sources: readonly number[], targets: readonly number[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '<graph edgedefault="undirected">',
  ];
  for (let i = 0; i < n; i++) lines.push(`<node id="n${i}"/>`);
  for (let e = 0; e < sources.length; e++) lines.push(`<edge source="n${sources[e]}" target="n${targets[e]}"/>`);
  lines.push('</graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}

/**
 * A deterministic pseudo-random project shaped like the field: a twentieth of the actors are
 * organisations in five sectors, every person belongs to one (two for one in ten), ties run
 * mostly between persons and mostly within a sector, a third record who took the initiative,
 * and four forums seat members of several organisations.
 */
export function syntheticProject(actors: number, ties: number, seed = 42) {
  const random = seededRandom(seed);
  const sectors = ['municipality', 'civil_society', 'citizens', 'business', 'other_public'];
  const orgs = Math.max(5, Math.floor(actors / 20));
  const sectorOf = (i: number) => sectors[(i < orgs ? i : i % orgs) % sectors.length] as string;
  const list = Array.from({ length: actors }, (_, i) => ({
    id: `a${i}`,
    kind: i < orgs ? (i % 5 === 0 ? 'department' : 'organisation') : 'person',
    label: `Aktør ${i} Ærø`,
    sector: sectorOf(i),
  }));
  const seen = new Set<string>();
  const tieList: Array<Record<string, unknown>> = [];
  const persons = actors - orgs;
  while (tieList.length < ties) {
    const orgTie = random.float() < 0.02;
    const s = orgTie ? random.int(orgs) : orgs + random.int(persons);
    let t = orgTie ? random.int(orgs) : orgs + random.int(persons);
    // two ties in three stay within the sector
    if (!orgTie && random.float() < 0.66) t = orgs + ((Math.floor(random.int(persons) / orgs) * orgs + (s % orgs)) % persons);
    const key = s < t ? `${s}-${t}` : `${t}-${s}`;
    if (s === t || t >= actors || seen.has(key)) continue;
    seen.add(key);
    const withPower = random.float() < 0.33;
    tieList.push({
      id: `t${tieList.length}`,
      source: `a${s}`,
      target: `a${t}`,
      strength: 1 + random.int(5),
      formality: random.float() < 0.3 ? 'formal' : 'informal',
      ...(withPower ? { initiative: random.float() < 0.6 ? 'source' : 'target', mandate: 'source' } : {}),
    });
  }
  const memberships = list.slice(orgs).flatMap((a, i) => {
    const first = { id: `m${i}`, person: a.id, organisation: `a${(orgs + i) % orgs}`, role: i % 3 === 0 ? 'volunteer' : 'employee' };
    return i % 10 === 0 ? [first, { id: `m${i}b`, person: a.id, organisation: `a${(orgs + i + 7) % orgs}`, role: 'member' }] : [first];
  });
  const forums = Array.from({ length: 4 }, (_, f) => ({
    id: `f${f}`,
    label: `Forum ${f}`,
    kind: 'coordination',
    mandate: f % 2 ? 'Kommissorium' : '',
    seats: Array.from({ length: 8 }, (_, k) => ({ actor: `a${orgs + f * 8 + k}`, represents: `a${(f * 8 + k) % orgs}`, role: k === 0 ? 'chair' : 'member' })),
  }));
  return decodeProjectJson(
    JSON.stringify({ format: 'brobygger-project', version: 1, meta: { name: 'Bench' }, actors: list, ties: tieList, memberships, forums }),
    'bench.json',
  );
}
