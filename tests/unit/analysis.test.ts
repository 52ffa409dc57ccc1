import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysisOptions, analyze, type AnalysisResult, type AnalyzeOptions } from '../../src/core/analysis/analyze';
import { departureScenario } from '../../src/core/analysis/departure';
import { namesIn, word, type Wording } from '../../src/core/analysis/wording';
import { decodeGraphml } from '../../src/core/format/graphml';
import { decodeProjectJson } from '../../src/core/format/project-json';
import { createTranslator } from '../../src/core/i18n/catalogue';
import { defaultSettings } from '../../src/core/model/defaults';
import type { ProjectData } from '../../src/core/model/schema';
import { findAppRoot } from '../../src/main/engine/paths';
import { sampleData } from '../../scripts/build-sample';
import { refused } from '../helpers/refused';

const root = findAppRoot();
const options = (data: ProjectData, extra: Partial<AnalyzeOptions> = {}) =>
  analysisOptions(data.settings.analysis, { permutations: 0, monteCarloRuns: 0, ...extra });

describe("Zachary's karate club, read from GraphML and analysed whole", () => {
  const data = decodeGraphml(readFileSync(join(root, 'tests/fixtures/graphs/karate.graphml'), 'utf8'), 'karate.graphml');
  const result = analyze(data, options(data, { groupBy: 'club', permutations: 2000, keyPlayers: 1 }));
  const actor = (id: string) => result.actors.find((a) => a.id === id);

  it('reproduces the reference values of analysis.md', () => {
    const bb = result.bondingBridging;
    expect([bb.external, bb.internal]).toEqual([11, 67]);
    expect(bb.eiIndex).toBeCloseTo(-0.7179, 4);
    expect(bb.expectedEiIndex).toBeCloseTo(0.0303, 4);
    expect(bb.assortativity).toBeCloseTo(0.7175, 4);
    expect(bb.modularity).toBeCloseTo(0.3582, 4);
    expect(result.bridges).toEqual([['1', '12']]);
    expect(result.articulationPoints).toEqual(['1']);
    expect(actor('1')?.betweenness).toBeCloseTo(231.071, 3);
    expect(actor('34')?.betweenness).toBeCloseTo(160.552, 3);
    expect(actor('33')?.betweenness).toBeCloseTo(76.69, 3);
    expect([actor('1')?.constraint, actor('34')?.constraint, actor('3')?.constraint].map((x) => x?.toFixed(4))).toEqual(['0.1554', '0.1564', '0.1852']);
    expect([actor('1')?.effectiveSize, actor('34')?.effectiveSize, actor('3')?.effectiveSize].map((x) => x?.toFixed(2))).toEqual(['13.75', '15.24', '7.80']);
    expect([actor('1')?.hierarchy, actor('34')?.hierarchy].map((x) => x?.toFixed(4))).toEqual(['0.0875', '0.2416']);
    const b1 = actor('1')?.brokerage;
    const b34 = actor('34')?.brokerage;
    expect(b1 && [b1.coordinator, b1.consultant, b1.representative, b1.gatekeeper, b1.liaison, b1.total]).toEqual([174, 0, 15, 15, 0, 204]);
    expect(b34 && [b34.coordinator, b34.consultant, b34.representative, b34.gatekeeper, b34.liaison, b34.total]).toEqual([156, 6, 40, 40, 0, 242]);
    expect(result.fragmentation.intact.F).toBe(0);
    expect(result.fragmentation.intact.DF).toBeCloseTo(0.508, 3);
    expect(result.fragmentation.keyPlayers).toMatchObject({ members: ['1'], dfEstimated: false });
    expect(result.fragmentation.keyPlayers.F).toBeCloseTo(0.3163, 4);
    expect(result.fragmentation.keyPlayers.DF).toBeCloseTo(0.6415, 4);
  });

  it('finds the two clubs far more bonded than chance, with a reproducible p-value', () => {
    expect(result.bondingBridging.pMoreBonding).toBeCloseTo(1 / 2001, 6);
    expect(result.bondingBridging.pMoreBridging).toBe(1);
    const again = analyze(data, options(data, { groupBy: 'club', permutations: 2000, keyPlayers: 1 }));
    expect(again.bondingBridging.pMoreBonding).toBe(result.bondingBridging.pMoreBonding);
  });

  it('names the groups of an attribute the codebook defines as a category by its labels, in the panels and the findings', () => {
    const club = {
      key: 'club',
      appliesTo: 'actors' as const,
      label: { da: 'Klub', en: 'Club' },
      type: 'category' as const,
      values: [
        { key: 'Mr. Hi', label: { da: 'Hr. Hi', en: 'Mr Hi' } },
        { key: 'Officer', label: { da: 'Formanden', en: 'The officer' } },
      ],
    };
    // a threshold the two clubs pass (E-I −0.52 and −0.49), so that each is a finding
    const thresholds = { ...data.settings.analysis.thresholds, bondingEi: -0.4 };
    const defined: ProjectData = {
      ...data,
      settings: { ...data.settings, analysis: { ...data.settings.analysis, thresholds } },
      codebooks: { ...data.codebooks, attributes: [club] },
    };
    const grouped = analyze(defined, options(defined, { groupBy: 'club', permutations: 200 }));
    expect(grouped.bondingBridging.groups.map((g) => g.label.da).sort()).toEqual(['Formanden', 'Hr. Hi']);
    const bonded = grouped.findings.filter((f) => f.message.key === 'findings.bondedValueGroup.message');
    const tr = createTranslator('da');
    const said = bonded.map((f) => word(f.message, namesIn(defined, 'da'), tr)).sort();
    expect(said).toEqual([
      expect.stringMatching(/^Aktørerne med Klub »Formanden« har 32 relationer indbyrdes/),
      expect.stringMatching(/^Aktørerne med Klub »Hr\. Hi« har 35 relationer indbyrdes/),
    ]);
    const chance = grouped.findings.find((f) => f.message.key === 'findings.moreBondingThanChance.message');
    expect(chance && word(chance.message, namesIn(defined, 'en'), createTranslator('en'))).toContain('Club');
  });

  it('refuses to group by an attribute the actors do not have, naming those they have', () => {
    const e = refused(() => analyze(data, options(data, { groupBy: 'colour' })));
    expect(e.code).toBe('invalid');
    expect(String(e.params['detail'])).toContain('club');
  });
});

/**
 * A hand-worked case. Organisations A (civil society), B (municipality), C (civil society);
 * a1, a2 in A; b1, b2 in B; c1 in C; x in both A and C.
 *  A–B: a1–b1 and a1–b2: two ties, but all on A's side through a1 (hinges on one person).
 *  B–C: b2–c1 only (hinges on one relationship), backed by a formal organisation-level tie.
 *  A–C: a2–c1 and the shared member x (two carriers, two persons a side).
 *  a1–a2 are colleagues and x–c1 colleagues in C: neither tie carries anything between organisations.
 */
function handWorked(): ProjectData {
  return decodeProjectJson(
    JSON.stringify({
      format: 'brobygger-project',
      version: 1,
      meta: { name: 'Hand-worked' },
      actors: [
        { id: 'A', kind: 'organisation', label: 'A', sector: 'civil_society' },
        { id: 'B', kind: 'department', label: 'B', sector: 'municipality' },
        { id: 'C', kind: 'organisation', label: 'C', sector: 'civil_society' },
        ...['a1', 'a2', 'b1', 'b2', 'c1', 'x'].map((id) => ({ id, kind: 'person', label: id })),
      ],
      memberships: [
        { id: 'm1', person: 'a1', organisation: 'A', role: 'volunteer' },
        { id: 'm2', person: 'a2', organisation: 'A', role: 'employee' },
        { id: 'm3', person: 'b1', organisation: 'B', role: 'employee' },
        { id: 'm4', person: 'b2', organisation: 'B', role: 'employee' },
        { id: 'm5', person: 'c1', organisation: 'C', role: 'volunteer' },
        { id: 'm6', person: 'x', organisation: 'A', role: 'member' },
        { id: 'm7', person: 'x', organisation: 'C', role: 'member' },
      ],
      ties: [
        { id: 'ab1', source: 'a1', target: 'b1', strength: 4 },
        { id: 'ab2', source: 'a1', target: 'b2', strength: 2 },
        { id: 'bc', source: 'b2', target: 'c1', strength: 5 },
        { id: 'BC', source: 'B', target: 'C', formality: 'formal' },
        { id: 'ac', source: 'a2', target: 'c1' },
        { id: 'aa', source: 'a1', target: 'a2' },
        { id: 'xc', source: 'x', target: 'c1' },
      ],
    }),
    'hand.json',
  );
}

describe('person-dependency, worked by hand', () => {
  const data = handWorked();
  const result = analyze(data, options(data));
  const pair = (a: string, b: string) => result.collaborations.find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a));

  it('counts as carriers only the ties between the organisations and the members they share', () => {
    expect(pair('A', 'B')).toMatchObject({ carriers: 2, carriersA: 1, carriersB: 2, carrierTies: ['ab1', 'ab2'], sharedMembers: [] });
    expect(pair('B', 'C')).toMatchObject({ carriers: 1, carrierTies: ['bc'], organisationTie: true, formal: true });
    expect(pair('A', 'C')).toMatchObject({ carriers: 2, carriersA: 2, carriersB: 2, carrierTies: ['ac'], sharedMembers: ['x'] });
  });

  it('flags one person, one relationship, and informality', () => {
    expect(pair('A', 'B')?.flags).toEqual(['single-person', 'informal-only']);
    expect(pair('B', 'C')?.flags).toEqual(['single-relationship']);
    expect(pair('A', 'C')?.flags).toEqual(['informal-only']);
  });

  it("lowers a flagged collaboration's severity when a formal agreement backs it", () => {
    expect(pair('B', 'C')?.risk).toBeLessThan(pair('A', 'B')?.risk ?? 0);
  });

  it('gives the exact probability that a collaboration still has a carrier in a year', () => {
    // A–B fails if a1 (volunteer, 0.3) leaves, or both b1 and b2 (employees, 0.15) leave
    expect(pair('A', 'B')?.survival).toBeCloseTo(1 - (0.3 + 0.7 * 0.15 * 0.15), 12);
    // B–C needs both b2 (0.15) and c1 (volunteer, 0.3)
    expect(pair('B', 'C')?.survival).toBeCloseTo(0.85 * 0.7, 12);
    // A–C fails only if x (member, 0.25) leaves and a2–c1 breaks
    expect(pair('A', 'C')?.survival).toBeCloseTo(1 - 0.25 * (1 - 0.85 * 0.7), 12);
    expect(pair('A', 'B')?.survivalMethod).toBe('exact');
  });

  it('names the persons whose departure ends a collaboration', () => {
    const lost = Object.fromEntries(result.keyPersons.map((k) => [k.person, k.collaborationsLost]));
    expect(lost['a1']).toEqual([['A', 'B']]);
    expect(lost['b2']).toEqual([['B', 'C']]);
    expect(lost['c1']).toEqual([['B', 'C']]);
    expect(lost['x']).toBeUndefined();
  });

  it('reports no connectivity count for organisations tied directly, and counts the rest', () => {
    expect(pair('B', 'C')).toMatchObject({ vertexConnectivity: null, edgeConnectivity: null });
    expect(pair('A', 'B')?.vertexConnectivity).toBeGreaterThanOrEqual(1);
    expect(pair('A', 'B')?.connectivityExact).toBe(true);
  });

  it('plans the fewest introductions that remove every single point of failure', () => {
    const plan = result.resiliencePlan;
    expect(plan.every((step) => step.kind === 'introduce')).toBe(true);
    const mended = plan.flatMap((step) => step.mends).sort();
    expect(mended).toEqual([['A', 'B'], ['B', 'C']]);
    // carrying the plan out leaves no collaboration hanging on one person or relationship
    const extra = plan.flatMap((step, i) => (step.kind === 'introduce' ? [{ id: `new${i}`, source: step.persons[0], target: step.persons[1] }] : []));
    const after = decodeProjectJson(JSON.stringify({ format: 'brobygger-project', version: 1, ...data, ties: [...data.ties, ...extra] }), 'after.json');
    const flagged = analyze(after, options(after)).collaborations.filter((c) => c.flags.some((f) => f !== 'informal-only'));
    expect(flagged).toEqual([]);
  });

  it('shows what a departure costs without changing the data', () => {
    const before = JSON.stringify(data);
    const scenario = departureScenario(data, options(data), { persons: ['a1'] });
    expect(scenario.leaving).toEqual(['a1']);
    expect(scenario.lostCollaborations).toEqual([['A', 'B']]);
    expect(scenario.after.carriedCollaborations).toBe(scenario.before.carriedCollaborations - 1);
    const org = departureScenario(data, options(data), { organisation: 'C' });
    // C leaves with c1, who belongs only to C; x stays, being in A too
    expect(org.leaving).toEqual(['C', 'c1']);
    expect(org.lostCollaborations.sort()).toEqual([['A', 'C'], ['B', 'C']]);
    expect(JSON.stringify(data)).toBe(before);
  });

  it('words its findings in Danish and English where they are shown, naming the elements involved', () => {
    const onePerson = result.findings.find((f) => f.kind === 'single-person');
    if (!onePerson) throw new Error('no single-person finding');
    const say = (lang: 'da' | 'en', w: Wording) => word(w, namesIn(data, lang), createTranslator(lang));
    expect(say('da', onePerson.message)).toBe(
      'Samarbejdet mellem A og B hænger på én person hos A: a1 bærer begge relationer. Det overlever året med 68\u00a0% sandsynlighed.',
    );
    expect(say('en', onePerson.message)).toBe(
      'The collaboration between A and B hangs on one person at A: a1 carries both ties. It survives the year with a probability of 68%.',
    );
    expect(onePerson.elements).toMatchObject({ ties: ['ab1', 'ab2'], collaborations: [['A', 'B']] });
    expect(say('da', onePerson.recommendation)).toContain('kontaktperson');
    // the finding itself holds no sentence: a key and the actors and figures it is about
    expect(onePerson.message).toEqual({
      key: 'findings.singlePersonBoth.message',
      params: { a: { actor: 'A' }, b: { actor: 'B' }, side: { actor: 'A' }, person: { actor: 'a1' }, count: 2, survival: { words: { key: 'findings.survivalKnown', params: { pct: { percent: expect.closeTo(0.68, 2) as unknown } } } } },
    });
  });
});

describe('the exact survival of a collaboration', () => {
  /** A and B with persons of their own, each with a yearly turnover, tied as listed. */
  const project = (aTurnover: number[], bTurnover: number[], ties: Array<[number, number]>, shared: number[] = []) =>
    decodeProjectJson(
      JSON.stringify({
        format: 'brobygger-project',
        version: 1,
        actors: [
          { id: 'A', kind: 'organisation', label: 'A' },
          { id: 'B', kind: 'organisation', label: 'B' },
          ...aTurnover.map((turnover, i) => ({ id: `a${i}`, kind: 'person', label: `a${i}`, turnover })),
          ...bTurnover.map((turnover, i) => ({ id: `b${i}`, kind: 'person', label: `b${i}`, turnover })),
          ...shared.map((turnover, i) => ({ id: `s${i}`, kind: 'person', label: `s${i}`, turnover })),
        ],
        memberships: [
          ...aTurnover.map((_, i) => ({ id: `ma${i}`, person: `a${i}`, organisation: 'A', role: 'employee' })),
          ...bTurnover.map((_, i) => ({ id: `mb${i}`, person: `b${i}`, organisation: 'B', role: 'employee' })),
          ...shared.flatMap((_, i) => [
            { id: `msa${i}`, person: `s${i}`, organisation: 'A', role: 'member' },
            { id: `msb${i}`, person: `s${i}`, organisation: 'B', role: 'member' },
          ]),
        ],
        // alternating directions: which end is A's must not depend on how a tie was entered
        ties: ties.map(([x, y], k) =>
          k % 2 ? { id: `t${k}`, source: `b${y}`, target: `a${x}` } : { id: `t${k}`, source: `a${x}`, target: `b${y}` },
        ),
      }),
      'survival.json',
    );
  const survivalOf = (data: ProjectData) => analyze(data, options(data)).collaborations.find((c) => c.a === 'A' && c.b === 'B');

  /** Every combination of who stays, weighed by its probability: the definition itself. */
  function bruteForce(aTurnover: number[], bTurnover: number[], ties: Array<[number, number]>, shared: number[]): number {
    const q = [...aTurnover, ...bTurnover, ...shared];
    const b0 = aTurnover.length;
    const s0 = b0 + bTurnover.length;
    let alive = 0;
    for (let stay = 0; stay < 1 << q.length; stay++) {
      const stays = (i: number) => (stay & (1 << i)) !== 0;
      if (!ties.some(([x, y]) => stays(x) && stays(b0 + y)) && !shared.some((_, i) => stays(s0 + i))) continue;
      alive += q.reduce((p, qi, i) => p * (stays(i) ? 1 - qi : qi), 1);
    }
    return alive;
  }

  it('agrees with enumerating every combination of who stays, on random carrier structures', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 12; round++) {
      const aTurnover = Array.from({ length: 1 + Math.floor(next() * 5) }, () => Math.round(next() * 90) / 100);
      const bTurnover = Array.from({ length: 1 + Math.floor(next() * 5) }, () => Math.round(next() * 90) / 100);
      const shared = Array.from({ length: Math.floor(next() * 3) }, () => Math.round(next() * 90) / 100);
      const ties = new Map<string, [number, number]>();
      const want = 1 + Math.floor(next() * aTurnover.length * bTurnover.length);
      while (ties.size < want) {
        const pair: [number, number] = [Math.floor(next() * aTurnover.length), Math.floor(next() * bTurnover.length)];
        ties.set(pair.join(), pair);
      }
      const c = survivalOf(project(aTurnover, bTurnover, [...ties.values()], shared));
      expect(c?.survivalMethod).toBe('exact');
      expect(c?.survival).toBeCloseTo(bruteForce(aTurnover, bTurnover, [...ties.values()], shared), 12);
    }
  });

  it('stays exact for one person tied to twenty at the other organisation', () => {
    const b = Array.from({ length: 20 }, (_, i) => 0.1 + i / 40);
    const c = survivalOf(project([0.3], b, b.map((_, i) => [0, i])));
    expect(c?.survivalMethod).toBe('exact');
    expect(c?.survival).toBeCloseTo(0.7 * (1 - b.reduce((p, q) => p * q, 1)), 12);
  });
});

describe('turnover simulated by Monte Carlo', () => {
  it('agrees with the exact survival when too many persons carry a collaboration to enumerate', () => {
    const n = 18;
    const data = decodeProjectJson(
      JSON.stringify({
        format: 'brobygger-project',
        version: 1,
        actors: [
          { id: 'A', kind: 'organisation', label: 'A' },
          { id: 'B', kind: 'organisation', label: 'B' },
          ...Array.from({ length: n }, (_, i) => [
            { id: `a${i}`, kind: 'person', label: `a${i}` },
            { id: `b${i}`, kind: 'person', label: `b${i}` },
          ]).flat(),
        ],
        memberships: Array.from({ length: n }, (_, i) => [
          { id: `ma${i}`, person: `a${i}`, organisation: 'A', role: 'volunteer' },
          { id: `mb${i}`, person: `b${i}`, organisation: 'B', role: 'volunteer' },
        ]).flat(),
        // few carriers survive: each tie needs both its volunteers
        ties: Array.from({ length: n }, (_, i) => ({ id: `t${i}`, source: `a${i}`, target: `b${i}` })),
        settings: { ...defaultSettings() },
        codebooks: {
          roles: [{ key: 'volunteer', label: { da: 'Frivillig', en: 'Volunteer' }, turnover: 0.9 }],
        },
      }),
      'mc.json',
    );
    const exact = 1 - (1 - 0.1 * 0.1) ** n;
    const c = analyze(data, options(data, { monteCarloRuns: 40_000, seed: 3 })).collaborations[0];
    expect(c?.survivalMethod).toBe('monte-carlo');
    expect(c?.survival).toBeCloseTo(exact, 2);
    const again = analyze(data, options(data, { monteCarloRuns: 40_000, seed: 3 })).collaborations[0];
    expect(again?.survival).toBe(c?.survival);
  });
});

describe('the sample project Bro Kommune', () => {
  const data = sampleData();
  const result: AnalysisResult = analyze(data, options(data));
  const pair = (a: string, b: string) => result.collaborations.find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a));
  const kinds = new Set(result.findings.map((f) => f.kind));

  it('finds the collaborations it was built to have hang on one relationship or one person', () => {
    expect(pair('org-jobcenter', 'org-boldklub')?.flags).toContain('single-relationship');
    expect(pair('org-socialpsykiatri', 'org-roede-kors')?.flags).toContain('single-relationship');
    expect(pair('org-jobcenter', 'org-modtagerkorps')?.flags).toContain('single-person');
    expect(pair('org-brohus', 'org-kirke')).toMatchObject({ carriers: 1, sharedMembers: ['p-bjarne-toft'] });
  });

  it('sees the well-backed collaboration as such', () => {
    const c = pair('org-integration', 'org-roede-kors');
    expect(c?.flags).toEqual([]);
    expect(c?.formal).toBe(true);
    expect(c?.carriers).toBeGreaterThanOrEqual(5);
  });

  it('reports the football club bonded inward, the municipality dominating a forum, a forum without terms of reference', () => {
    expect(result.bondingBridging.organisations.find((o) => o.organisation === 'org-boldklub')?.eiIndex).toBeLessThan(-0.6);
    expect([...kinds]).toEqual(expect.arrayContaining(['bonded-organisation', 'forum-dominance', 'forum-no-mandate', 'municipal-dominance', 'key-person']));
  });

  it('gives ties with no recorded power no asymmetry score, rather than a balanced zero', () => {
    const unrecorded = result.power.dyads.find((d) => d.tie === 't-058');
    expect(unrecorded?.score).toBeNull();
    expect(result.power.dyads.some((d) => d.score !== null && d.score > 0.5)).toBe(true);
    expect(result.power.linkingTies.length).toBeGreaterThan(0);
  });
});

describe('a tie that alone holds two parts together, worked by hand', () => {
  // two triangles of persons joined only by p1–q1 (recorded twice, as two tie types);
  // r hangs off p2, a bridge with a single actor on one side
  const data = decodeProjectJson(
    JSON.stringify({
      format: 'brobygger-project',
      version: 1,
      meta: { name: 'Two triangles' },
      actors: ['p1', 'p2', 'p3', 'q1', 'q2', 'q3', 'r'].map((id) => ({ id, kind: 'person', label: id })),
      ties: [
        ...[['p1', 'p2'], ['p2', 'p3'], ['p3', 'p1'], ['q1', 'q2'], ['q2', 'q3'], ['q3', 'q1'], ['p2', 'r']].map(([source, target]) => ({
          id: `${source}${target}`,
          source,
          target,
        })),
        { id: 'pq-info', source: 'p1', target: 'q1', type: 'information' },
        { id: 'pq-collab', source: 'q1', target: 'p1', type: 'collaboration' },
      ],
    }),
    'triangles.json',
  );
  const result = analyze(data, options(data));

  it('counts the actors on either side of each bridge', () => {
    expect(result.bridgeTies.map(([a, b, left, right]) => [[a, b].sort().join('–'), [left, right].sort()])).toEqual(
      expect.arrayContaining([
        ['p1–q1', [3, 4]],
        ['p2–r', [1, 6]],
      ]),
    );
    expect(result.bridgeTies).toHaveLength(2);
  });

  it('reports only the bridge with at least two actors a side, with every tie between its ends', () => {
    const found = result.findings.filter((f) => f.kind === 'bridge-tie');
    expect(found).toHaveLength(1);
    expect([...(found[0]?.elements.actors ?? [])].sort()).toEqual(['p1', 'q1']);
    expect([...(found[0]?.elements.ties ?? [])].sort()).toEqual(['pq-collab', 'pq-info']);
    const message = found[0] ? word(found[0].message, namesIn(data, 'en'), createTranslator('en')) : '';
    expect(message).toMatch(/only link between two parts of the network, of (4 and 3|3 and 4) actors/);
  });
});
