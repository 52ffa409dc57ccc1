/**
 * `brobygger analyze <project> --compare-waves A,B`: the sample's two waves compared on the
 * command line, as JSON with its documented keys and as a readable summary, each wave's figures
 * checked against networkx, and the refusals of a wave the project lacks or a flag that clashes.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli-run';
import { tempDir } from '../helpers/temp';
import { copySample } from './fixtures/sample';

const cli = (args: readonly string[]) => runInProcess(args, { BROBYGGER_DATA_DIR: tempDir('brobygger-data-') });
const python = (code: string, ...args: string[]) => execFileSync('/usr/bin/python3', ['-c', code, ...args], { encoding: 'utf8' });

interface Figures {
  wave: string;
  label: string;
  date: string | null;
  actors: number;
  persons: number;
  organisations: number;
  ties: number;
  density: number;
  eiIndex: number;
  collaborations: number;
  flaggedCollaborations: number;
  expectedCollaborationsLost: number;
  keyPersons: number;
}
interface TieChange {
  tie: string;
  source: string;
  target: string;
  type: string;
}
interface Comparison {
  options: Record<string, unknown>;
  a: Figures;
  b: Figures;
  ties: { gained: TieChange[]; lost: TieChange[]; kept: number };
  persons: { joined: Array<{ id: string; label: string }>; left: Array<{ id: string; label: string }> };
  organisations: { joined: unknown[]; left: unknown[] };
  collaborations: Record<'began' | 'ended' | 'weakened' | 'strengthened', Array<{ a: string; b: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null; because: string | null }>>;
  keyPersons: { then: Array<{ person: string; collaborationsLost: string[][]; crossSectorReachLost: number }>; now: Array<{ person: string }> };
  findings: Array<{ kind: string; tone: string; elements: Record<string, unknown>; message: string; recommendation: string | null; wording: { message: { key: string } } }>;
}

async function compared(...flags: string[]): Promise<{ dir: string; project: string; c: Comparison }> {
  const dir = tempDir();
  const project = copySample(dir);
  const run = await cli(['analyze', project, '--compare-waves', 'w-2025,w-2026', '--json', '--permutations', '0', ...flags]);
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
  return { dir, project, c: JSON.parse(run.out) as Comparison };
}

/**
 * Each wave as networkx reads the project's JSON export: the actors present (listing no wave, or
 * this one), the ties present whose ends are too, a simple graph (directed when any tie is, an
 * undirected tie then both ways), its density, and the E-I index of its ties (arcs) by sector.
 */
const NETWORKX = String.raw`
import json, sys
import networkx as nx
p = json.load(open(sys.argv[1], encoding='utf-8'))
def present(x, w): return not x.get('waves') or w in x['waves']
out = {}
for w in ('w-2025', 'w-2026'):
    actors = {a['id']: a for a in p['actors'] if present(a, w)}
    ties = [t for t in p['ties'] if present(t, w) and t['source'] in actors and t['target'] in actors]
    directed = any(t.get('directed') for t in ties)
    g = nx.DiGraph() if directed else nx.Graph()
    g.add_nodes_from(actors)
    for t in ties:
        g.add_edge(t['source'], t['target'])
        if directed and not t.get('directed'): g.add_edge(t['target'], t['source'])
    sector = lambda n: actors[n].get('sector') or '(none)'
    external = sum(1 for u, v in g.edges() if sector(u) != sector(v))
    internal = g.number_of_edges() - external
    out[w] = {
        'actors': g.number_of_nodes(),
        'persons': sum(1 for a in actors.values() if a['kind'] == 'person'),
        'ties': len(ties),
        'density': nx.density(g),
        'eiIndex': (external - internal) / (external + internal),
        'tieIds': sorted(t['id'] for t in ties),
        'actorIds': sorted(actors),
    }
a, b = out['w-2025'], out['w-2026']
out['gained'] = sorted(set(b['tieIds']) - set(a['tieIds']))
out['lost'] = sorted(set(a['tieIds']) - set(b['tieIds']))
out['joined'] = sorted(set(b['actorIds']) - set(a['actorIds']))
out['left'] = sorted(set(a['actorIds']) - set(b['actorIds']))
print(json.dumps(out))
`;

describe('brobygger analyze --compare-waves on the sample', () => {
  it('prints one JSON document with the documented keys', async () => {
    const { c } = await compared();
    expect(Object.keys(c)).toEqual(['options', 'a', 'b', 'ties', 'persons', 'organisations', 'collaborations', 'keyPersons', 'findings']);
    expect(c.options).toEqual({ groupBy: 'sector', tieTypes: null, permutations: 0, seed: 1, monteCarloRuns: 10_000 });
    const figureKeys = ['wave', 'label', 'date', 'actors', 'persons', 'organisations', 'ties', 'density', 'eiIndex', 'collaborations', 'flaggedCollaborations', 'expectedCollaborationsLost', 'keyPersons'];
    expect(Object.keys(c.a)).toEqual(figureKeys);
    expect(Object.keys(c.b)).toEqual(figureKeys);
    expect(Object.keys(c.ties)).toEqual(['gained', 'lost', 'kept']);
    expect(Object.keys(c.collaborations)).toEqual(['began', 'ended', 'weakened', 'strengthened']);
    expect(Object.keys(c.collaborations.ended[0] ?? {})).toEqual(['a', 'b', 'before', 'after', 'because']);
    expect(Object.keys(c.collaborations.ended[0]?.before ?? {})).toEqual(['carriers', 'carrierPersons', 'carrierTies', 'flags', 'hangsOn', 'forums', 'organisationTie', 'severity', 'risk', 'survival']);
    expect(Object.keys(c.keyPersons)).toEqual(['then', 'now']);
    expect(Object.keys(c.keyPersons.then[0] ?? {})).toEqual(['person', 'collaborationsLost', 'crossSectorReachLost']);
    expect(Object.keys(c.findings[0] ?? {})).toEqual(['kind', 'tone', 'elements', 'message', 'recommendation', 'wording']);
    expect(Object.keys(c.findings[0]?.elements ?? {})).toEqual(['actors', 'ties', 'collaborations']);
  });

  it('counts what the sample changes between 2025 and 2026', async () => {
    const { c } = await compared();
    expect(c.a).toMatchObject({ wave: 'w-2025', label: '2025', date: '2025-03-01', actors: 69, persons: 55, organisations: 14, ties: 130, collaborations: 44, flaggedCollaborations: 15, keyPersons: 10 });
    expect(c.b).toMatchObject({ wave: 'w-2026', label: '2026', date: '2026-03-01', actors: 69, persons: 55, organisations: 14, ties: 131, collaborations: 50, flaggedCollaborations: 13, keyPersons: 8 });
    expect(c.ties.gained.map((t) => t.tie)).toEqual(['t-033', 't-088', 't-104']);
    expect(c.ties.gained[1]).toEqual({ tie: 't-088', source: 'p-amina-hassan', target: 'p-rania-haddad', type: 'collaboration' });
    expect(c.ties.lost.map((t) => t.tie)).toEqual(['t-028', 't-097']);
    expect(c.ties.kept).toBe(128);
    expect(c.persons).toEqual({ joined: [{ id: 'p-signe-dalsgaard', label: 'Signe Dalsgaard' }], left: [{ id: 'p-ida-lauritsen', label: 'Ida Lauritsen' }] });
    expect(c.collaborations.ended.map((x) => [x.a, x.b])).toEqual([['org-sprogcenter', 'org-roede-kors']]);
    expect(c.collaborations.strengthened.map((x) => [x.a, x.b, x.because])).toEqual([
      ['org-integration', 'org-modtagerkorps', 'flag'],
      ['org-roede-kors', 'org-brohus', 'risk'],
      ['org-brohus', 'org-modtagerkorps', 'risk'],
    ]);
    expect(c.collaborations.weakened).toEqual([]);
    expect(c.collaborations.began).toHaveLength(6);
    expect(c.findings[0]).toMatchObject({ kind: 'collaboration-ended', tone: 'worse', wording: { message: { key: 'waves.changes.endedLeft' } } });
    expect(c.findings[0]?.message).toBe('Samarbejdet mellem Sprogcenter Bro og Røde Kors Bro blev i 2025 båret af én relation, men har ingen bærere i 2026: Ida Lauritsen er ikke med længere.');
  });

  it("agrees with networkx on each wave's actors, ties, density and E-I, and on what came and went", async () => {
    const { dir, project, c } = await compared();
    const json = join(dir, 'sample.json');
    expect((await cli(['export', project, '--to', json])).code).toBe(0);
    const nx = JSON.parse(python(NETWORKX, json)) as Record<'w-2025' | 'w-2026', { actors: number; persons: number; ties: number; density: number; eiIndex: number }> &
      Record<'gained' | 'lost' | 'joined' | 'left', string[]>;
    for (const [side, wave] of [[c.a, 'w-2025'], [c.b, 'w-2026']] as const) {
      const ref = nx[wave];
      expect([side.actors, side.persons, side.ties]).toEqual([ref.actors, ref.persons, ref.ties]);
      expect(side.density).toBeCloseTo(ref.density, 12);
      expect(side.eiIndex).toBeCloseTo(ref.eiIndex, 12);
    }
    expect(c.ties.gained.map((t) => t.tie).sort()).toEqual(nx.gained);
    expect(c.ties.lost.map((t) => t.tie).sort()).toEqual(nx.lost);
    expect(c.persons.joined.map((p) => p.id)).toEqual(nx.joined);
    expect(c.persons.left.map((p) => p.id)).toEqual(nx.left);
  });

  it('prints a readable summary in Danish, and in English on request', async () => {
    const dir = tempDir();
    const project = copySample(dir);
    const da = await cli(['analyze', project, '--compare-waves', 'w-2025,w-2026', '--permutations', '0']);
    expect(da.code).toBe(0);
    const lines = da.out.split('\n');
    expect(lines[0]).toBe('Bro Kommune: runde 2025 sammenlignet med runde 2026');
    expect(lines.find((l) => l.trim().startsWith('Relationer '))?.trim().split(/\s+/)).toEqual(['Relationer', '130', '131', '+1']);
    expect(da.out).toContain('3 relationer er kommet til:\n  Lone Jeppesen – Signe Dalsgaard (Samarbejde)\n  Amina Hassan – Rania Haddad (Samarbejde)');
    expect(da.out).toContain('1 person er ikke med længere: Ida Lauritsen');
    expect(da.out).toContain('1 samarbejde er ophørt: Sprogcenter Bro – Røde Kors Bro');
    expect(da.out).toContain('  [Værre] Samarbejdet mellem Sprogcenter Bro og Røde Kors Bro');
    const en = await cli(['analyze', project, '--compare-waves', 'w-2025,w-2026', '--permutations', '0', '--lang', 'en']);
    expect(en.out.split('\n')[0]).toBe('Bro Kommune: wave 2025 compared with wave 2026');
    expect(en.out).toContain('  [Better] The collaboration between Integrationsafdelingen and Modtagerkorpset has grown stronger: in 2025 it hung on one person, Abdi Warsame, in 2026 it is carried by 4 ties between 5 persons.');
  });

  it('refuses a wave the project lacks, a single wave, the same wave twice, and --wave beside it', async () => {
    const dir = tempDir();
    const project = copySample(dir);
    const refusal = async (value: string, ...more: string[]) => {
      const run = await cli(['analyze', project, '--compare-waves', value, '--lang', 'en', ...more]);
      expect(run.code).toBe(2);
      expect(run.out).toBe('');
      return run.err.trim();
    };
    expect(await refusal('w-2025,w-2027')).toBe('Error: Invalid value for --compare-waves: "w-2027" (w-2025, w-2026).');
    expect(await refusal('w-2025')).toBe('Error: Invalid value for --compare-waves: w-2025.');
    expect(await refusal('w-2026,w-2026')).toBe('Error: --compare-waves must name two different waves, but names "w-2026" twice');
    expect(await refusal('w-2025,w-2026', '--wave', 'w-2025')).toBe('Error: --compare-waves cannot be used together with --wave');
  });
});
