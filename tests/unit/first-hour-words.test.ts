/**
 * Issue 17's misleading figures and words, at the rules in core: ties counted as entered beside
 * what E-I counts; what a collaboration with one carrier rests on; the key players named only
 * when it says something; a history step naming a code by its name; the chart's names whole.
 */
import { describe, expect, it } from 'vitest';
import { analysisOptions, analyze } from '../../src/core/analysis/analyze';
import { endsWithOneDeparture, soleCarrier, type Collaboration } from '../../src/core/analysis/dependency';
import { keyPlayerRise } from '../../src/core/analysis/findings';
import { analysisText } from '../../src/core/analysis/report';
import { greedyKeyPlayers } from '../../src/core/analysis/fragmentation';
import { buildGraph } from '../../src/core/analysis/graph';
import { namesIn, sayWith } from '../../src/core/analysis/wording';
import { decodeProjectJson } from '../../src/core/format/project-json';
import { createTranslator, paramsIn } from '../../src/core/i18n/catalogue';
import { ThresholdsSchema, type ProjectData } from '../../src/core/model/schema';
import { labelLines } from '../../src/renderer/src/features/panels/chart-labels';
import { explainCollaboration } from '../../src/renderer/src/features/panels/explain';
import { collaborationId, namesOf, numbersFor } from '../../src/renderer/src/features/panels/panel-model';
import { sampleData } from '../../scripts/build-sample';

interface Small {
  actors: Array<{ id: string; kind: 'person' | 'organisation'; sector?: string }>;
  ties?: Array<{ source: string; target: string; directed?: boolean }>;
  memberships?: Array<[string, string]>;
}
const project = ({ actors, ties = [], memberships = [] }: Small): ProjectData =>
  decodeProjectJson(
    JSON.stringify({
      format: 'brobygger-project',
      version: 1,
      meta: { name: 'Small' },
      actors: actors.map((a) => ({ ...a, label: a.id, sector: a.sector ?? null })),
      ties: ties.map((t, i) => ({ id: `t${String(i)}`, ...t })),
      memberships: memberships.map(([person, organisation], i) => ({ id: `m${String(i)}`, person, organisation, role: 'employee' })),
    }),
    'small.json',
  );
const analysed = (data: ProjectData) => analyze(data, analysisOptions(data.settings.analysis, { permutations: 0, monteCarloRuns: 0 }));
const thresholds = ThresholdsSchema.parse({});

describe('the ties of the bonding panel', () => {
  // five actors in three sectors, six ties, the last of them directed
  const data = project({
    actors: [
      { id: 'anne', kind: 'person', sector: 'municipality' },
      { id: 'bo', kind: 'person', sector: 'municipality' },
      { id: 'cai', kind: 'person', sector: 'civil_society' },
      { id: 'dina', kind: 'person', sector: 'civil_society' },
      { id: 'eva', kind: 'person', sector: 'citizens' },
    ],
    ties: [
      { source: 'anne', target: 'bo' },
      { source: 'cai', target: 'dina' },
      { source: 'anne', target: 'cai' },
      { source: 'bo', target: 'dina' },
      { source: 'dina', target: 'eva' },
      { source: 'eva', target: 'anne', directed: true },
    ],
  });
  const bb = analysed(data).bondingBridging;

  it('are counted as the user entered them, each once', () => {
    expect(bb.entered).toEqual({ external: 4, internal: 2 });
  });

  it('are counted by E-I as arcs when one of them is directed: an undirected tie in both directions', () => {
    expect({ external: bb.external, internal: bb.internal }).toEqual({ external: 7, internal: 4 });
    expect(bb.eiIndex).toBeCloseTo(3 / 11, 10);
  });

  it('are said in words as entered, with how E-I counts them, in Danish and English', () => {
    const da = sayWith(createTranslator('da'), namesIn(data, 'da'));
    const en = sayWith(createTranslator('en'), namesIn(data, 'en'));
    const params = {
      count: 6,
      across: { words: { key: 'panels.bonding.countsAcross', params: { count: 4 } } },
      inside: { words: { key: 'panels.bonding.countsInside', params: { count: 2 } } },
    } as const;
    expect(da('panels.bonding.counts', params)).toBe('Der er 6 relationer: 4 går på tværs af grupperne og 2 ligger inden for en gruppe.');
    expect(en('panels.bonding.counts', params)).toBe('There are 6 ties: 4 cross between groups and 2 lie within a group.');
    expect(en('panels.bonding.arcsNote', { external: 7, internal: 4 })).toContain('so E-I rests on 7 across and 4 within.');
  });

  it("are counted as entered for each actor too, beside Freeman's degree, which counts arcs", () => {
    const anne = analysed(data).actors.find((a) => a.id === 'anne');
    // Bo and Cai without direction, Eva towards Anne: three ties, five arcs
    expect({ ties: anne?.ties, degree: anne?.degree }).toEqual({ ties: 3, degree: 5 });
  });

  it("are given as entered in the command line's text too, with how E-I counts them", () => {
    const text = analysisText(analysed(data), data, createTranslator('da'));
    expect(text).toContain('Netværk (rettet): 5 aktører og 6 relationer');
    expect(text).toContain('(4 relationer på tværs, 2 inden for grupperne)');
    expect(text).toContain('så E-I bygger på 7 på tværs og 4 inden for.');
  });

  it('are counted once each by E-I too when none is directed, however many join one pair', () => {
    const twice = project({
      actors: [
        { id: 'a', kind: 'person', sector: 'municipality' },
        { id: 'b', kind: 'person', sector: 'civil_society' },
      ],
      ties: [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'a' },
      ],
    });
    const result = analysed(twice).bondingBridging;
    expect(result.entered).toEqual({ external: 2, internal: 0 });
    expect({ external: result.external, internal: result.internal }).toEqual({ external: 1, internal: 0 });
  });
});

describe('a collaboration with one carrier', () => {
  const data = sampleData();
  const result = analysed(data);
  const name = namesOf(data);
  const idOf = (label: string) => data.actors.find((a) => a.label === label)?.id ?? '';
  const collaboration = (a: string, b: string): Collaboration => {
    const id = collaborationId({ a: idOf(a), b: idOf(b) });
    const c = result.collaborations.find((x) => collaborationId(x) === id);
    if (!c) throw new Error(`the sample lacks ${a} – ${b}`);
    return c;
  };
  const explained = (c: Collaboration, lang: 'da' | 'en') => explainCollaboration(c, name, sayWith(createTranslator(lang), namesIn(data, lang)), numbersFor(lang)).lines.join(' ');

  it('rests on a person when its one carrier is a member of both organisations, not on a tie', () => {
    const c = collaboration('Bro Sogns Kirke', 'Boligselskabet Brohus');
    expect(soleCarrier(c)).toEqual({ kind: 'member', person: idOf('Bjarne Toft') });
    const text = explained(c, 'da');
    expect(text).toContain('Det hviler på én person, Bjarne Toft, der er med i begge organisationer: stopper Bjarne Toft, ophører samarbejdet.');
    expect(text).not.toContain('én relation');
  });

  it("rests on a tie, naming the tie's two persons, when its one carrier is a tie", () => {
    const c = collaboration('Socialpsykiatrien', 'Røde Kors Bro');
    expect(soleCarrier(c)).toMatchObject({ kind: 'tie', persons: [idOf('Martin Wulff'), idOf('Helle Winther')] });
    expect(explained(c, 'en')).toContain('It rests on one tie, the one between Martin Wulff and Helle Winther: if either of the two leaves, the collaboration ends.');
  });

  it('says κ reaches past the collaboration when one departure ends it but the organisations stay connected through others', () => {
    const c = collaboration('Socialpsykiatrien', 'Røde Kors Bro');
    expect(endsWithOneDeparture(c)).toBe(true);
    expect(c.vertexConnectivity).toBe(2);
    const text = explained(c, 'da');
    expect(text).toContain('κ = 2: 2 personer (eller organisationer) skal falde fra, før Socialpsykiatrien og Røde Kors Bro ikke længere kan nå hinanden gennem netværket.');
    expect(text).toContain('Samarbejdet kan altså ophøre med én person, mens organisationerne stadig kan nå hinanden gennem andre.');
  });

  it('says nothing of roundabout ways when κ is 1 as well', () => {
    const c = collaboration('Jobcenter Bro', 'Bro Boldklub');
    expect(c.vertexConnectivity).toBe(1);
    expect(explained(c, 'da')).not.toContain('gennem andre');
  });

  it('has no sole carrier when it has more than one', () => {
    const c = collaboration('Jobcenter Bro', 'Modtagerkorpset');
    expect(c.carriers).toBeGreaterThan(1);
    expect(soleCarrier(c)).toBeNull();
  });
});

describe('the key players', () => {
  it('are not padded with persons whose leaving cuts no one else apart', () => {
    // a path 0 – … – 6: the middle first, then the middles of the halves; the ends that remain
    // then take only their own pairs along, so the search stops short of the five asked for
    const path = buildGraph(7, [0, 1, 2, 3, 4, 5], [1, 2, 3, 4, 5, 6], false);
    expect(greedyKeyPlayers(path, [0, 1, 2, 3, 4, 5, 6], 5).members).toEqual([3, 1, 5]);
    // three persons, no ties, in two organisations: no one's leaving splits anything
    const members = buildGraph(5, [2, 3, 4], [0, 0, 1], false);
    const none = greedyKeyPlayers(members, [2, 3, 4], 3);
    expect(none.members).toEqual([]);
  });

  it('make no finding of three persons without ties', () => {
    const data = project({
      actors: [
        { id: 'kommunen', kind: 'organisation', sector: 'municipality' },
        { id: 'foreningen', kind: 'organisation', sector: 'civil_society' },
        { id: 'pia', kind: 'person' },
        { id: 'per', kind: 'person' },
        { id: 'palle', kind: 'person' },
      ],
      memberships: [
        ['pia', 'kommunen'],
        ['per', 'kommunen'],
        ['palle', 'foreningen'],
      ],
    });
    const result = analysed(data);
    expect(result.findings.filter((f) => f.kind === 'key-player-set')).toEqual([]);
    expect(result.findings.filter((f) => f.severity === 'high')).toEqual([]);
  });

  it('make no finding of one go-between in a handful of actors holding all the brokerage', () => {
    const data = project({
      actors: [
        { id: 'mette', kind: 'person', sector: 'municipality' },
        { id: 'ali', kind: 'person', sector: 'civil_society' },
        { id: 'sara', kind: 'person', sector: 'civil_society' },
      ],
      ties: [
        { source: 'mette', target: 'ali' },
        { source: 'mette', target: 'sara' },
      ],
    });
    const result = analysed(data);
    expect(result.power.sectors.find((x) => x.sector === 'municipality')?.betweennessShare).toBe(1);
    expect(result.findings.map((f) => f.kind)).not.toContain('central-dominance');
  });

  const actors = (n: number) => Array.from({ length: n }, (_, i) => ({ kind: i === 0 ? 'organisation' : 'person' }));
  // (ids are branded; these stand in for them)
  const fragmentation = (members: number, F: number, intact = 0) =>
    ({
      fragmentation: { intact: { F: intact, DF: null }, keyPlayers: { members: Array.from({ length: members }, (_, i) => `p${String(i)}`), F, DF: null, dfEstimated: false } },
    }) as never;

  it('are no finding on a network smaller than the settings allow', () => {
    expect(keyPlayerRise(fragmentation(1, 0.6), { actors: actors(9) } as never, thresholds)).toBeNull();
    expect(keyPlayerRise(fragmentation(1, 0.6), { actors: actors(10) } as never, thresholds)).toBeCloseTo(0.6, 10);
  });

  it('are no finding when they are more than a quarter of the persons', () => {
    // 12 actors, 11 of them persons: 2 are within a quarter, 3 are not
    expect(keyPlayerRise(fragmentation(2, 0.5), { actors: actors(12) } as never, thresholds)).toBeCloseTo(0.5, 10);
    expect(keyPlayerRise(fragmentation(3, 0.5), { actors: actors(12) } as never, thresholds)).toBeNull();
  });

  it('are a finding by the rise in fragmentation they cause, not by what was already apart', () => {
    expect(keyPlayerRise(fragmentation(1, 0.65, 0.6), { actors: actors(20) } as never, thresholds)).toBeNull();
    expect(keyPlayerRise(fragmentation(1, 0.75, 0.6), { actors: actors(20) } as never, thresholds)).toBeCloseTo(0.15, 10);
    expect(keyPlayerRise(fragmentation(1, 0.75, 0.6), { actors: actors(20) } as never, { ...thresholds, fragmentationRise: 0.2 })).toBeNull();
  });
});

describe('words shown for internal keys', () => {
  it('gives a value kept in both languages as the one in the language shown', () => {
    const params = { key: 'kommune', label_da: 'Kommune', label_en: 'Municipality' };
    expect(paramsIn(params, 'da')).toMatchObject({ label: 'Kommune' });
    expect(createTranslator('da').t('history.codes.add.sectors', paramsIn(params, 'da'))).toBe('tilføj sektoren "Kommune"');
    expect(createTranslator('en').t('history.codes.add.sectors', paramsIn(params, 'en'))).toBe('add the sector "Municipality"');
  });

  it("breaks a group's long name in the chart between words rather than cutting it", () => {
    expect(labelLines('Citizens / target group')).toEqual(['Citizens / target', 'group']);
    expect(labelLines('Kommune')).toEqual(['Kommune']);
    expect(labelLines('Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')).toEqual(['Aaaaaaaaaaaaaaaaaaaaa…']);
  });
});
