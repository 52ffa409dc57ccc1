/**
 * Two waves compared: a network worked by hand, and the sample's two waves, 2025 and 2026.
 * The figures each side shows are the analysis of that wave; what changed is checked element by
 * element, and the sentences in Danish and English.
 */
import { describe, expect, it } from 'vitest';
import { analysisOptions, analyze, type AnalyzeOptions } from '../../src/core/analysis/analyze';
import { analyzeWaves, checkWavePair, compareWaves, type WaveComparison } from '../../src/core/analysis/wave-compare';
import { namesIn, word } from '../../src/core/analysis/wording';
import { decodeProjectJson } from '../../src/core/format/project-json';
import { createTranslator } from '../../src/core/i18n/catalogue';
import type { ProjectData } from '../../src/core/model/schema';
import { sampleData } from '../../scripts/build-sample';
import { refused } from '../helpers/refused';

const options = (data: ProjectData, extra: Partial<AnalyzeOptions> = {}) =>
  analysisOptions(data.settings.analysis, { permutations: 0, monteCarloRuns: 0, ...extra });

/**
 * Worked by hand. A is a municipal department (a1, a2, a3), B, C and D civil-society
 * organisations (b1, b2; c1, c2; d1), E a business (e1). a2 is only in wave 1; a3 and c2 only in
 * wave 2.
 *
 *             wave 1                               wave 2
 *  A–B   a1–b1, a2–b2: two a side              a1–b1 only: hangs on one relationship
 *  A–C   a1–c1 only: one relationship          a1–c1, a3–c2: two a side
 *  B–D   b2–d1 (wave 1 only)                   gone
 *  B–E   -                                     b1–e1 (wave 2 only)
 */
function handWorked(): ProjectData {
  const person = (id: string, sector: string, waves: string[] = []) => ({ id, kind: 'person', label: id, sector, waves });
  return decodeProjectJson(
    JSON.stringify({
      format: 'brobygger-project',
      version: 1,
      meta: { name: 'Hand-worked waves' },
      waves: [
        { id: 'w1', label: 'Runde 1', date: '2025-01-01' },
        { id: 'w2', label: 'Runde 2', date: '2026-01-01' },
      ],
      actors: [
        { id: 'A', kind: 'department', label: 'A', sector: 'municipality' },
        { id: 'B', kind: 'organisation', label: 'B', sector: 'civil_society' },
        { id: 'C', kind: 'organisation', label: 'C', sector: 'civil_society' },
        { id: 'D', kind: 'organisation', label: 'D', sector: 'civil_society' },
        { id: 'E', kind: 'organisation', label: 'E', sector: 'business' },
        person('a1', 'municipality'),
        person('a2', 'municipality', ['w1']),
        person('a3', 'municipality', ['w2']),
        person('b1', 'civil_society'),
        person('b2', 'civil_society'),
        person('c1', 'civil_society'),
        person('c2', 'civil_society', ['w2']),
        person('d1', 'civil_society'),
        person('e1', 'business'),
      ],
      memberships: [
        ['a1', 'A'],
        ['a2', 'A'],
        ['a3', 'A'],
        ['b1', 'B'],
        ['b2', 'B'],
        ['c1', 'C'],
        ['c2', 'C'],
        ['d1', 'D'],
        ['e1', 'E'],
      ].map(([p, o]) => ({ id: `m-${String(p)}`, person: p, organisation: o, role: 'employee' })),
      ties: [
        { id: 't1', source: 'a1', target: 'b1' },
        { id: 't2', source: 'a2', target: 'b2' },
        { id: 't3', source: 'a1', target: 'c1' },
        { id: 't4', source: 'a3', target: 'c2', waves: ['w2'] },
        { id: 't5', source: 'b2', target: 'd1', waves: ['w1'] },
        { id: 't6', source: 'b1', target: 'e1', waves: ['w2'] },
      ],
    }),
    'waves.json',
  );
}

describe('two waves compared, worked by hand', () => {
  const data = handWorked();
  const c = analyzeWaves(data, options(data), 'w1', 'w2');
  const pairs = (list: WaveComparison['collaborations']['began']) => list.map((x) => [x.a, x.b]);

  it('gives each wave its own headline figures', () => {
    // wave 1: 12 actors, ties t1 t2 t3 t5 (three cross-sector, one inside civil society)
    expect(c.a).toMatchObject({ wave: 'w1', label: 'Runde 1', date: '2025-01-01', actors: 12, persons: 7, organisations: 5, ties: 4, collaborations: 3, flaggedCollaborations: 2 });
    expect(c.a.density).toBeCloseTo(4 / 66, 12);
    expect(c.a.eiIndex).toBeCloseTo((3 - 1) / 4, 12);
    // wave 2: 13 actors, ties t1 t3 t4 t6, every one across sectors
    expect(c.b).toMatchObject({ wave: 'w2', actors: 13, persons: 8, organisations: 5, ties: 4, collaborations: 3, flaggedCollaborations: 2 });
    expect(c.b.density).toBeCloseTo(4 / 78, 12);
    expect(c.b.eiIndex).toBe(1);
  });

  it('lists the ties gained and lost, and who joined and left', () => {
    expect(c.ties.gained).toEqual([
      { tie: 't4', source: 'a3', target: 'c2', type: 'collaboration' },
      { tie: 't6', source: 'b1', target: 'e1', type: 'collaboration' },
    ]);
    // t2 is listed in both waves, but a2 is not in wave 2: the tie goes with them
    expect(c.ties.lost.map((t) => t.tie)).toEqual(['t2', 't5']);
    expect(c.ties.kept).toBe(2);
    expect(c.persons).toEqual({ joined: ['a3', 'c2'], left: ['a2'] });
    expect(c.organisations).toEqual({ joined: [], left: [] });
  });

  it('finds the collaboration that ended, the one that began, the one that became fragile and the one strengthened', () => {
    expect(pairs(c.collaborations.ended)).toEqual([['B', 'D']]);
    expect(c.collaborations.ended[0]?.after).toBeNull();
    expect(pairs(c.collaborations.began)).toEqual([['B', 'E']]);
    expect(pairs(c.collaborations.weakened)).toEqual([['A', 'B']]);
    expect(c.collaborations.weakened[0]).toMatchObject({ because: 'flag', before: { carriers: 2, flags: ['informal-only'] }, after: { carriers: 1, flags: ['single-relationship', 'informal-only'] } });
    expect(pairs(c.collaborations.strengthened)).toEqual([['A', 'C']]);
    expect(c.collaborations.strengthened[0]).toMatchObject({ because: 'flag', before: { carriers: 1, carrierTies: ['t3'] }, after: { carriers: 2, carrierTies: ['t3', 't4'] } });
  });

  it('names the key persons then and now', () => {
    // wave 1: each end of a one-relationship collaboration, each the only link of its organisation
    expect(c.keyPersons.then.map((k) => [k.person, k.collaborationsLost.length, k.crossSectorReachLost])).toEqual([
      ['a1', 1, 1],
      ['b2', 1, 1],
      ['c1', 1, 1],
      ['d1', 1, 1],
    ]);
    // wave 2: b1 carries A–B and B–E alone; without b1, B and E are cut off from A and C (4 of 5 cross-sector pairs)
    expect(c.keyPersons.now.map((k) => [k.person, k.collaborationsLost.length, k.crossSectorReachLost])).toEqual([
      ['b1', 2, 4],
      ['a1', 1, 3],
      ['e1', 1, 3],
    ]);
  });

  it('says what changed, for the worse first, as keys and parameters', () => {
    expect(c.findings.map((f) => [f.kind, f.tone])).toEqual([
      ['collaboration-ended', 'worse'],
      ['collaboration-fragile', 'worse'],
      ['key-person-new', 'worse'],
      ['key-person-new', 'worse'],
      ['more-bridging', 'better'],
      ['collaboration-strengthened', 'better'],
      ['collaboration-began', 'better'],
      ['key-person-gone', 'better'],
      ['key-person-gone', 'better'],
      ['key-person-gone', 'better'],
      ['ties-changed', 'neutral'],
      ['persons-left', 'neutral'],
      ['persons-joined', 'neutral'],
    ]);
    const fragile = c.findings[1];
    expect(fragile?.elements).toEqual({ actors: ['A', 'B', 'a1', 'a2', 'b1', 'b2'], ties: ['t1', 't2'], collaborations: [['A', 'B']] });
    expect(fragile?.message.key).toBe('waves.changes.fragile');
  });

  it('words the changes in Danish and in English', () => {
    const say = (lang: 'da' | 'en') => {
      const tr = createTranslator(lang);
      const names = namesIn(data, lang);
      return c.findings.map((f) => word(f.message, names, tr));
    };
    const da = say('da');
    expect(da[0]).toBe('Samarbejdet mellem B og D blev i Runde 1 båret af én relation, men har ingen bærere i Runde 2.');
    expect(da[1]).toBe('Samarbejdet mellem A og B er blevet sårbart: i Runde 1 blev det båret af 2 relationer mellem 4 personer, i Runde 2 hænger det på én relation.');
    expect(da[2]).toBe('B1 er nøgleperson i Runde 2, men var det ikke i Runde 1: uden b1 mistes 2 samarbejder (A – B og B – E).');
    expect(da[4]).toBe('Netværket er blevet mere brobyggende fra Runde 1 til Runde 2: E-I-indekset er steget fra 0,5 til 1.');
    expect(da[10]).toBe('Fra Runde 1 til Runde 2 er 2 relationer kommet til og 2 relationer faldet bort; 2 relationer er de samme.');
    expect(da[12]).toBe('2 personer er kommet til i Runde 2: a3 og c2.');
    const en = say('en');
    expect(en[5]).toBe('The collaboration between A and C has grown stronger: in Runde 1 it hung on one tie, in Runde 2 it is carried by 2 ties between 4 persons.');
    expect(en[11]).toBe('a2 is in Runde 1, but not in Runde 2.');
  });

  it('compares the analyses it is given, whichever way round', () => {
    const back = compareWaves(data, analyze(data, options(data, { wave: 'w2' })), analyze(data, options(data, { wave: 'w1' })));
    expect(back.ties.gained.map((t) => t.tie)).toEqual(['t2', 't5']);
    expect(back.persons).toEqual({ joined: ['a2'], left: ['a3', 'c2'] });
    expect(pairs(back.collaborations.ended)).toEqual([['B', 'E']]);
    expect(pairs(back.collaborations.strengthened)).toEqual([['A', 'B']]);
  });

  it('refuses a wave the project lacks, or the same wave twice, naming what was given', () => {
    expect(refused(() => checkWavePair(data, 'w1', 'w9', '--compare-waves')).params).toEqual({ name: '--compare-waves', detail: '"w9" (w1, w2)' });
    const same = refused(() => checkWavePair(data, 'w1', 'w1', '--compare-waves'));
    expect(same.message).toBe('--compare-waves must name two different waves, but names "w1" twice');
  });
});

describe("the sample's two waves, 2025 and 2026", () => {
  const data = sampleData();
  const c = analyzeWaves(data, options(data, { monteCarloRuns: 10_000 }), 'w-2025', 'w-2026');
  const pairs = (list: WaveComparison['collaborations']['began']) => list.map((x) => [x.a, x.b]);

  it('has Ida Lauritsen leave and Signe Dalsgaard join, with the ties they take and bring', () => {
    expect(c.persons).toEqual({ joined: ['p-signe-dalsgaard'], left: ['p-ida-lauritsen'] });
    expect(c.ties.lost.map((t) => t.tie)).toEqual(['t-028', 't-097']);
    expect(c.ties.gained.map((t) => t.tie)).toEqual(['t-033', 't-088', 't-104']);
    expect(c.a.ties - c.ties.lost.length + c.ties.gained.length).toBe(c.b.ties);
  });

  it('finds Sprogcenter – Røde Kors ended with Ida, and Integrationsafdelingen – Modtagerkorpset no longer hanging on Abdi', () => {
    expect(pairs(c.collaborations.ended)).toEqual([['org-sprogcenter', 'org-roede-kors']]);
    // only the shared forum seat is left in 2026
    expect(c.collaborations.ended[0]?.after).toMatchObject({ carriers: 0, forums: ['f-koordinering'] });
    const modtagerkorps = c.collaborations.strengthened.find((x) => x.b === 'org-modtagerkorps' && x.a === 'org-integration');
    expect(modtagerkorps).toMatchObject({ because: 'flag', before: { hangsOn: 'p-abdi-warsame', flags: ['single-person', 'informal-only'] }, after: { hangsOn: null } });
    expect(modtagerkorps?.after?.carrierTies).toContain('t-088');
    // the new working group of 2026 brings collaborations that only a shared forum makes
    expect(c.collaborations.began.every((x) => x.before === null && x.after?.carriers === 0)).toBe(true);
    expect(c.b.collaborations - c.a.collaborations).toBe(c.collaborations.began.length - c.collaborations.ended.filter((x) => x.after === null).length);
  });

  it('has Ida Lauritsen and Hanne Krogh as key persons in 2025 only', () => {
    const then = new Set(c.keyPersons.then.map((k) => k.person));
    const now = new Set(c.keyPersons.now.map((k) => k.person));
    expect([...then].filter((p) => !now.has(p)).sort()).toEqual(['p-hanne-krogh', 'p-ida-lauritsen']);
    expect([...now].filter((p) => !then.has(p))).toEqual([]);
    expect(c.keyPersons.then.length).toBe(c.a.keyPersons);
  });

  it('says first what got worse, in Danish', () => {
    const tr = createTranslator('da');
    const first = c.findings[0];
    expect(first?.tone).toBe('worse');
    expect(first && word(first.message, namesIn(data, 'da'), tr)).toBe(
      'Samarbejdet mellem Sprogcenter Bro og Røde Kors Bro blev i 2025 båret af én relation, men har ingen bærere i 2026: Ida Lauritsen er ikke med længere.',
    );
  });
});
