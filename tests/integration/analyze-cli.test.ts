import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program';
import { findAppRoot, SAMPLE_RESOURCE } from '../../src/main/engine/paths';
import { reference } from '../helpers/graph-fixtures';
import { sha256, tempDir } from '../helpers/temp';

const root = findAppRoot();
const KARATE = join(root, 'tests/fixtures/graphs/karate.graphml');

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s), env: { BROBYGGER_DATA_DIR: tempDir() } });
  return { code, out, err };
}

interface Report {
  network: { actors: number; ties: number; directed: boolean; density: number; components: number };
  bondingBridging: {
    groupBy: string;
    eiIndex: number;
    expectedEiIndex: number;
    pMoreBonding: number;
    pMoreBridging: number;
    assortativity: number;
    modularity: number;
    groups: Array<{ group: string; size: number; internal: number; external: number; eiIndex: number }>;
    mixing: { groups: string[]; ties: number[][] };
  };
  actors: Array<{
    id: string;
    label: string;
    group: string;
    degree: number;
    betweenness: number;
    closeness: number;
    eigenvector: number;
    constraint: number;
    effectiveSize: number;
    hierarchy: number;
    eiIndex: number;
    brokerage: { coordinator: number; consultant: number; representative: number; gatekeeper: number; liaison: number; total: number; zTotal: number };
    bonacichPower: number;
    articulationPoint: boolean;
  }>;
  bridges: string[][];
  articulationPoints: string[];
  collaborations: Array<{ a: string; b: string; carriers: number; carriersA: number; carriersB: number; carrierPersons: string[]; formal: boolean; survival: number | null; vertexConnectivity: number | null; flags: string[] }>;
  keyPersons: unknown[];
  power: unknown;
  findings: Array<{ kind: string; severity: string; message: string; recommendation: string }>;
  departure?: { lostCollaborations: Array<[string, string]> };
}

describe('brobygger analyze on the karate club (GraphML, grouped by club)', () => {
  it('prints a JSON document with the documented keys and the reference values', async () => {
    const run = await cli(['analyze', KARATE, '--group-by', 'club', '--json', '--permutations', '1000']);
    expect(run.code).toBe(0);
    const r = JSON.parse(run.out) as Report;
    const ref = reference<{ betweenness: Record<string, number>; closeness: Record<string, number>; eigenvectorIgraph: Record<string, number> }>('karate');
    expect(r.network).toMatchObject({ actors: 34, ties: 78, directed: false, components: 1 });
    expect(r.bondingBridging).toMatchObject({ groupBy: 'club', pMoreBridging: 1 });
    expect(r.bondingBridging.eiIndex).toBeCloseTo(-0.7179, 4);
    expect(r.bondingBridging.expectedEiIndex).toBeCloseTo(0.0303, 4);
    expect(r.bondingBridging.assortativity).toBeCloseTo(0.7175, 4);
    expect(r.bondingBridging.modularity).toBeCloseTo(0.3582, 4);
    expect(r.bondingBridging.groups.map((g) => [g.group, g.size])).toEqual([
      ['Mr. Hi', 17],
      ['Officer', 17],
    ]);
    expect(r.bridges).toEqual([['1', '12']]);
    expect(r.articulationPoints).toEqual(['1']);
    for (const a of r.actors) {
      expect(a.betweenness).toBeCloseTo(ref.betweenness[a.id] ?? NaN, 6);
      expect(a.closeness).toBeCloseTo(ref.closeness[a.id] ?? NaN, 6);
      expect(a.eigenvector).toBeCloseTo(ref.eigenvectorIgraph[a.id] ?? NaN, 5);
    }
    const one = r.actors.find((a) => a.id === '1');
    expect(one?.brokerage).toMatchObject({ coordinator: 174, consultant: 0, representative: 15, gatekeeper: 15, liaison: 0, total: 204 });
    expect(Object.keys(one ?? {})).toEqual(
      expect.arrayContaining(['id', 'label', 'group', 'degree', 'betweenness', 'closeness', 'eigenvector', 'constraint', 'effectiveSize', 'hierarchy', 'eiIndex', 'brokerage', 'bonacichPower', 'articulationPoint']),
    );
    expect(Object.keys(r)).toEqual(expect.arrayContaining(['network', 'bondingBridging', 'actors', 'bridges', 'articulationPoints', 'collaborations', 'keyPersons', 'power', 'findings']));
  });

  it('gives the same p-values for the same seed', async () => {
    const a = JSON.parse((await cli(['analyze', KARATE, '--group-by', 'club', '--json', '--seed', '9', '--permutations', '500'])).out) as Report;
    const b = JSON.parse((await cli(['analyze', KARATE, '--group-by', 'club', '--json', '--seed', '9', '--permutations', '500'])).out) as Report;
    expect(a.bondingBridging.pMoreBonding).toBe(b.bondingBridging.pMoreBonding);
  });
});

describe('brobygger analyze on the sample project', () => {
  const copy = () => {
    const dir = tempDir();
    const path = join(dir, 'bro.brobygger');
    copyFileSync(join(root, 'resources', SAMPLE_RESOURCE), path);
    return path;
  };

  it('reports in Danish by default the fragile collaborations the sample was built to contain', async () => {
    const path = copy();
    const before = sha256(path);
    const run = await cli(['analyze', path, '--permutations', '200']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Personafhængighed');
    expect(run.out).toContain('Samarbejdet mellem Jobcenter Bro og Bro Boldklub hviler på en enkelt relation, den mellem Søren Ærø og Jakob Ebbesen.');
    expect(run.out).toContain('hænger på én person hos Modtagerkorpset: Abdi Warsame bærer begge relationer.');
    // the sector by its definite form, and "alle" rather than "5 af 5"
    expect(run.out).toContain('I Koordineringsforum for integration har kommunen 6 af 8 pladser og formandsposten.');
    expect(run.out).toContain('I Arbejdsgruppe: Sprog og job har kommunen alle 5 pladser og formandsposten.');
    expect(run.out).toContain('Jakob Ebbesen: 1 samarbejde mistes, 9 par på tværs af sektorer mister forbindelsen');
    expect(run.out).toContain('Åse Østergaard: 7 samarbejder mistes');
    expect(run.out).toContain('Socialpsykiatrien – Røde Kors Bro: 1 bærer; personerne bag: Martin Wulff og Helle Winther,');
    // the ties as entered, not E-I's arcs (an undirected tie once each way), which the next line explains
    expect(run.out).toContain('Netværk (rettet): 70 aktører og 133 relationer, tæthed 0,052, 11 komponenter');
    expect(run.out).toContain('E-I regner med retninger, fordi nogle relationer har retning');
    expect(run.out).toContain('Frivillighed og Civilsamfund – Røde Kors Bro: 3 bærere; personerne bag: ');
    expect(run.out).toContain('Permutationstest (200 ombytninger)');
    expect(run.out).not.toMatch(/\(e\)|\(er\)|bærer\(e\)/);
    expect(run.out).toContain('Introducér');
    expect(sha256(path)).toBe(before);
  });

  it('names the version of each list of brokers: counted, and on tie strength unless --weights none', async () => {
    const valued = await cli(['analyze', copy(), '--permutations', '0']);
    expect(valued.out).toContain('Mest formidlende aktører (betweenness, hver relation talt én gang):\n  Søren Ærø: betweenness 914,9');
    // on strength the order changes: Nadia Rahimi, second when counted, is fifth
    expect(valued.out).toContain('Mest formidlende på relationsstyrke (betweenness på afstande 1 / styrke):\n  Søren Ærø: betweenness 912, styrke 28, constraint 0,402');
    expect(valued.out).toContain('  Nadia Rahimi: betweenness 586,3, styrke 46, constraint 0,189');
    expect(valued.out).toContain('andel af betweenness');
    const counted = await cli(['analyze', copy(), '--permutations', '0', '--weights', 'none', '--lang', 'en']);
    expect(counted.out).toContain('Main brokers (betweenness, each tie counted once):');
    expect(counted.out).not.toContain('on tie strength');
  });

  it('speaks English when asked', async () => {
    const run = await cli(['analyze', copy(), '--lang', 'en', '--permutations', '0']);
    expect(run.out).toContain('Person-dependency');
    expect(run.out).toContain('The collaboration between Jobcenter Bro and Bro Boldklub rests on a single tie, the one between Søren Ærø and Jakob Ebbesen.');
    expect(run.out).toContain('In Koordineringsforum for integration, the municipality holds 6 of the 8 seats and the chair.');
    expect(run.out).toContain('Jakob Ebbesen: 1 collaboration lost, 9 pairs across sectors lose their connection');
    expect(run.out).toContain('Network (directed): 70 actors and 133 ties, density 0.052, 11 components');
    expect(run.out).toContain('Socialpsykiatrien – Røde Kors Bro: 1 carrier, held by Martin Wulff and Helle Winther,');
    expect(run.out).not.toMatch(/\(s\)/);
  });

  it('carries the flags and survival of each collaboration in JSON', async () => {
    const r = JSON.parse((await cli(['analyze', copy(), '--json', '--permutations', '0'])).out) as Report;
    const c = r.collaborations.find((x) => [x.a, x.b].sort().join() === 'org-boldklub,org-jobcenter');
    expect(c).toMatchObject({ carriers: 1, carriersA: 1, carriersB: 1, formal: false, flags: ['single-relationship', 'informal-only'] });
    expect(c?.survival).toBeGreaterThan(0);
    expect(c?.survival).toBeLessThan(1);
    expect(r.findings[0]).toEqual({
      kind: expect.any(String) as unknown,
      severity: 'high',
      elements: expect.anything() as unknown,
      message: expect.any(String) as unknown,
      recommendation: expect.any(String) as unknown,
      wording: { message: { key: expect.stringMatching(/^findings\./) as unknown, params: expect.any(Object) as unknown }, recommendation: expect.anything() as unknown },
    });
  });

  it('shows what a departure would cost', async () => {
    const r = JSON.parse((await cli(['analyze', copy(), '--json', '--permutations', '0', '--leave', 'p-soeren-aeroe'])).out) as Report;
    expect(r.departure?.lostCollaborations.sort()).toEqual([['org-jobcenter', 'org-boldklub'], ['org-jobcenter', 'org-toemrer']]);
  });

  it('analyses one wave only when asked', async () => {
    const r = JSON.parse((await cli(['analyze', copy(), '--json', '--permutations', '0', '--wave', 'w-2025'])).out) as Report;
    expect(r.network.actors).toBe(69);
  });
});

describe('brobygger analyze on a folder of CSV files', () => {
  it("reads Davis's southern women and their events as memberships", async () => {
    const run = await cli(['analyze', join(root, 'tests/fixtures/csv/davis'), '--json', '--permutations', '0', '--group-by', 'organisation']);
    expect(run.code).toBe(0);
    const r = JSON.parse(run.out) as Report;
    expect(r.network.actors).toBe(32);
    // co-membership: two events share a collaboration through every woman attending both
    expect(r.collaborations.length).toBeGreaterThan(0);
    expect(r.collaborations.every((c) => c.carriers >= 1)).toBe(true);
  });
});

describe('brobygger analyze on ids with |, ~, spaces, æøå and emoji', () => {
  const ODD = join(root, 'tests/fixtures/json/odd-ids.json');

  it('writes every pair of organisations in JSON as a pair of ids', async () => {
    const run = await cli(['analyze', ODD, '--json', '--permutations', '0', '--leave', 'p~b']);
    expect(run.code).toBe(0);
    const r = JSON.parse(run.out) as Omit<Report, 'keyPersons'> & {
      keyPersons: Array<{ person: string; collaborationsLost: string[][] }>;
      resiliencePlan: Array<{ kind: string; mends: string[][] }>;
      departure: { lostCollaborations: string[][] };
    };
    expect(r.keyPersons.find((k) => k.person === 'p~b')?.collaborationsLost).toEqual([
      ['Org|1', 'Y'],
      ['Y', '~ æøå 🚲'],
    ]);
    expect(r.resiliencePlan.find((s) => s.kind === 'introduce')?.mends).toEqual([['Org|1', 'Y']]);
    expect(r.departure.lostCollaborations).toEqual([
      ['Org|1', 'Y'],
      ['Y', '~ æøå 🚲'],
    ]);
  });

  it('names those organisations by their labels in the summary', async () => {
    const run = await cli(['analyze', ODD, '--permutations', '0', '--leave', 'p~b']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('\n  Mistes: Forening | Ét – Y-afdelingen og Y-afdelingen – Cykelklubben Øst 🚲\n');
  });
});

describe('brobygger analyze refuses bad input with one clear message and exit status 2', () => {
  const expectRefused = async (args: string[], text: RegExp) => {
    const run = await cli(args);
    expect({ code: run.code, out: run.out }).toEqual({ code: 2, out: '' });
    expect(run.err).toMatch(text);
    expect(run.err).not.toMatch(/\n\s+at /);
  };

  it('an attribute no actor has', () => expectRefused(['analyze', KARATE, '--group-by', 'colour', '--lang', 'en'], /--group-by: "colour" \(sector, organisation, club\)/));
  it('a wave the data does not have', () => expectRefused(['analyze', KARATE, '--wave', 'w-9', '--lang', 'en'], /--wave/));
  it('a negative number of permutations', () => expectRefused(['analyze', KARATE, '--permutations', '-5', '--lang', 'en'], /--permutations/));
  it('a β that is not a number', () => expectRefused(['analyze', KARATE, '--bonacich-beta', 'high', '--lang', 'en'], /--bonacich-beta/));
  it('a person to leave who is not in the data', () => expectRefused(['analyze', KARATE, '--leave', '99', '--lang', 'en'], /--leave: 99/));
  it('a file that is not there', () => expectRefused(['analyze', join(tempDir(), 'none.graphml'), '--lang', 'en'], /does not exist/));
  it('a file of an unknown kind', () => {
    const path = join(tempDir(), 'network.txt');
    writeFileSync(path, 'a b');
    return expectRefused(['analyze', path, '--lang', 'en'], /unknown file type/);
  });
  it('a GraphML edge naming a node that does not exist', () => {
    const path = join(tempDir(), 'broken.graphml');
    writeFileSync(
      path,
      '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected"><node id="a"/><edge source="a" target="b"/></graph></graphml>',
    );
    return expectRefused(['analyze', path, '--lang', 'en'], /broken\.graphml[\s\S]*"b"/);
  });
  it('a folder without actors.csv and without any tie', () => {
    const dir = join(tempDir(), 'data');
    mkdirSync(dir);
    writeFileSync(join(dir, 'ties.csv'), 'source,target\n');
    return expectRefused(['analyze', dir, '--lang', 'en'], /ties\.csv has no sheet or file that can be read as actors or ties/);
  });
});
