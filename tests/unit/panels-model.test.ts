import { describe, expect, it } from 'vitest';
import { analysisOptions, analyze, type AnalysisResult } from '../../src/core/analysis/analyze';
import { createTranslator } from '../../src/core/i18n/catalogue';
import { namesIn, sayWith } from '../../src/core/analysis/wording';
import type { ProjectData } from '../../src/core/model/schema';
import {
  bondingVerdict,
  byRisk,
  collaborationHighlight,
  collaborationId,
  expectedGroupEi,
  highlightKey,
  highlightOf,
  namesOf,
  nextSort,
  numbersFor,
  sameSelection,
  sortRows,
  type Say,
  type Selection,
} from '../../src/renderer/src/features/panels/panel-model';
import { sampleData } from '../../scripts/build-sample';

const sayIn = (lang: 'da' | 'en'): Say => sayWith(createTranslator(lang), namesIn(sampleData(), lang));
const da = sayIn('da');
const en = sayIn('en');

const analyse = (data: ProjectData): AnalysisResult => analyze(data, analysisOptions(data.settings.analysis, { permutations: 999 }));

/** The project without one person: their ties, memberships and seats go with them. */
function without(data: ProjectData, person: string): ProjectData {
  return {
    ...data,
    actors: data.actors.filter((a) => a.id !== person),
    ties: data.ties.filter((t) => t.source !== person && t.target !== person),
    memberships: data.memberships.filter((m) => m.person !== person),
    forums: data.forums.map((f) => ({ ...f, seats: f.seats.filter((s) => s.actor !== person) })),
  };
}

const data = sampleData();
const result = analyse(data);
const name = namesOf(data);
const idOf = (label: string) => data.actors.find((a) => a.label === label)?.id ?? '';

describe('numbers in the interface language', () => {
  it('writes Danish decimals, thousands and percentages, with a real minus sign', () => {
    const nums = numbersFor('da');
    expect(nums.num(-0.248)).toBe('−0,25');
    expect(nums.num(0.5, 1)).toBe('0,5');
    expect(nums.int(5000)).toBe('5.000');
    expect(nums.pct(0.595)).toMatch(/^60\s%$/);
    expect(numbersFor('en').num(-0.248)).toBe('−0.25');
    expect(numbersFor('en').int(5000)).toBe('5,000');
  });

  it('writes a small negative that rounds to nothing as 0, never as "−0"', () => {
    expect([numbersFor('da').num(-0.003), numbersFor('en').num(-0.004), numbersFor('da').int(-0.2), numbersFor('da').pct(-0.001)]).toEqual(['0', '0', '0', '0\u00a0%']);
    expect(numbersFor('da').num(-0.006)).toBe('−0,01');
  });

  it('keeps one formatter per language', () => {
    expect(numbersFor('da')).toBe(numbersFor('da'));
  });

  it('says a p-value plainly, and a very small one as a bound', () => {
    expect(numbersFor('da').p(0.002, da)).toBe('p = 0,002');
    expect(numbersFor('da').p(0.0002, da)).toBe('p < 0,001');
    expect(numbersFor('en').p(0.31, en)).toBe('p = 0.31');
  });
});

describe('bonding against chance in words', () => {
  const base = result.bondingBridging;
  const tested = { method: 'exact' } as const;

  it('says the sample is more bonding than chance, with the p-value and the permutations', () => {
    expect(bondingVerdict(base, tested, da, numbersFor('da'))).toMatch(/^Netværket er mere sammenbindende end tilfældigt \(p = 0,001; 999 ombytninger\)/);
    expect(bondingVerdict({ ...base, permutations: 5000, pMoreBonding: 1 / 5001 }, tested, en, numbersFor('en'))).toMatch(/^The network is more bonding than chance \(p < 0\.001; 5,000 permutations\)/);
  });

  it('says more bridging, neither, no test and no ties', () => {
    const nums = numbersFor('da');
    expect(bondingVerdict({ ...base, pMoreBonding: 0.99, pMoreBridging: 0.002 }, tested, da, nums)).toContain('mere brobyggende end tilfældigt (p = 0,002;');
    expect(bondingVerdict({ ...base, pMoreBonding: 0.4, pMoreBridging: 0.6 }, tested, da, nums)).toContain('hverken mere sammenbindende eller mere brobyggende end tilfældigt (p = 0,4 og p = 0,6;');
    expect(bondingVerdict({ ...base, permutations: 0, pMoreBonding: null, pMoreBridging: null }, tested, da, nums)).toContain('0 ombytninger');
    expect(bondingVerdict({ ...base, eiIndex: null }, tested, en, numbersFor('en'))).toBe('There are no ties to measure yet.');
  });

  it('says the test is still running while its shufflings are made', () => {
    const untested = { ...base, permutations: 0, pMoreBonding: null, pMoreBridging: null };
    expect(bondingVerdict(untested, { method: 'pending' }, da, numbersFor('da'))).toBe('Testen mod tilfældig fordeling kører stadig; dens svar kommer om lidt.');
    expect(bondingVerdict(untested, { method: 'pending' }, en, numbersFor('en'))).toBe('The test against random mixing is still running; its answer follows shortly.');
  });

  it("reads a group's E-I against what its size gives at random", () => {
    expect(expectedGroupEi(1, 10)).toBe(1);
    expect(expectedGroupEi(10, 10)).toBe(-1);
    expect(expectedGroupEi(5, 10)).toBeCloseTo(15 / 35, 12);
    expect(expectedGroupEi(0, 10)).toBeNull();
  });
});

describe('sorting', () => {
  it('orders names the Danish way: Æ, Ø, Å (and Aa) after Z', () => {
    const names = ['Østergaard', 'Andersen', 'Aagaard', 'Ærø', 'Zacho', 'Åberg', 'Bech'];
    expect(sortRows(names, (n) => n, 'ascending')).toEqual(['Andersen', 'Bech', 'Zacho', 'Ærø', 'Østergaard', 'Åberg', 'Aagaard']);
  });

  it('puts missing values last whichever way it sorts, and keeps ties in their given order', () => {
    const rows = [
      { id: 'a', v: 2 },
      { id: 'b', v: null },
      { id: 'c', v: 5 },
      { id: 'd', v: 2 },
    ];
    expect(sortRows(rows, (r) => r.v, 'descending').map((r) => r.id)).toEqual(['c', 'a', 'd', 'b']);
    expect(sortRows(rows, (r) => r.v, 'ascending').map((r) => r.id)).toEqual(['a', 'd', 'c', 'b']);
  });

  it('turns the sorted column round, and starts another in its natural direction', () => {
    const s = { column: 'betweenness' as const, direction: 'descending' as const };
    expect(nextSort(s, 'betweenness', 'descending')).toEqual({ column: 'betweenness', direction: 'ascending' });
    expect(nextSort<'betweenness' | 'label'>(s, 'label', 'ascending')).toEqual({ column: 'label', direction: 'ascending' });
  });

  it('ranks Jobcenter Bro – Bro Boldklub among the high-risk collaborations that head the sample\'s ranking', () => {
    const ranked = byRisk(result.collaborations, name);
    const high = ranked.slice(0, ranked.findIndex((c) => c.severity !== 'high'));
    expect(high.length).toBeGreaterThan(0);
    expect(high.map((c) => `${name(c.a)} – ${name(c.b)}`)).toContain('Jobcenter Bro – Bro Boldklub');
  });
});

describe('what a chosen row shows on the map', () => {
  const jobcenter = idOf('Jobcenter Bro');
  const boldklub = idOf('Bro Boldklub');
  const chosen: Selection = { kind: 'collaboration', id: collaborationId({ a: jobcenter, b: boldklub }) };

  it('shows a collaboration with its organisations, carrier persons and carrier ties', () => {
    const c = result.collaborations.find((x) => collaborationId(x) === chosen.id);
    expect(c).toBeDefined();
    const h = collaborationHighlight(c!);
    expect([...h.actors].sort()).toEqual([jobcenter, boldklub, idOf('Søren Ærø'), idOf('Jakob Ebbesen')].sort());
    expect(h.ties).toEqual(c!.carrierTies);
    expect(h.ties.length).toBe(1);
    const tie = data.ties.find((t) => t.id === h.ties[0]);
    expect([tie?.source, tie?.target].sort()).toEqual([idOf('Søren Ærø'), idOf('Jakob Ebbesen')].sort());
  });

  it('keeps a choice through a re-analysis, by what it names, and lets it lapse when the thing is gone', () => {
    const before = highlightOf(result, data, chosen);
    const again = highlightOf(analyse(structuredClone(data)), data, { ...chosen });
    expect(before).not.toBeNull();
    expect(highlightKey(again)).toBe(highlightKey(before));

    const edited = without(data, idOf('Jakob Ebbesen'));
    expect(highlightOf(analyse(edited), edited, chosen)).toBeNull();
  });

  it('names a group by its actors, a tie by its ends, a forum by its seats', () => {
    const group = highlightOf(result, data, { kind: 'group', id: 'civil_society' });
    expect(group?.actors.length).toBe(result.actors.filter((a) => a.group === 'civil_society').length);
    expect(group?.actors).toContain(boldklub);

    const dyad = result.power.dyads.find((d) => d.score !== null)!;
    expect(highlightOf(result, data, { kind: 'dyad', id: dyad.tie })).toEqual({ actors: [dyad.source, dyad.target], ties: [dyad.tie] });

    const forum = data.forums[0]!;
    const seats = highlightOf(result, data, { kind: 'forum', id: forum.id });
    for (const s of forum.seats) expect(seats?.actors).toContain(s.actor);

    expect(highlightOf(result, data, { kind: 'actor', id: 'nobody' })).toBeNull();
    expect(highlightOf(result, data, { kind: 'group', id: 'nowhere' })).toBeNull();
  });

  it('shows what a key person carries alone', () => {
    const soeren = idOf('Søren Ærø');
    const h = highlightOf(result, data, { kind: 'keyPerson', id: soeren });
    expect(h?.actors).toEqual(expect.arrayContaining([soeren, jobcenter, boldklub, idOf('Jakob Ebbesen')]));
  });

  it('compares choices by kind and id, never by object', () => {
    expect(sameSelection({ kind: 'actor', id: 'x' }, { kind: 'actor', id: 'x' })).toBe(true);
    expect(sameSelection({ kind: 'actor', id: 'x' }, { kind: 'keyPerson', id: 'x' })).toBe(false);
    expect(sameSelection(null, null)).toBe(false);
  });
});
