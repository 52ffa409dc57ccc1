import { describe, expect, it } from 'vitest';
import { analysisOptions, analyze, type AnalyzeOptions } from '../../src/core/analysis/analyze';
import { weeksWording } from '../../src/core/analysis/activity-findings';
import { departureScenario } from '../../src/core/analysis/departure';
import { analysisJson, departureText } from '../../src/core/analysis/report';
import { namesIn, word } from '../../src/core/analysis/wording';
import { decodeProjectJson } from '../../src/core/format/project-json';
import { createTranslator } from '../../src/core/i18n/catalogue';
import type { ProjectData } from '../../src/core/model/schema';

/**
 * A hand-worked reception timeline. The municipality: Integrationsafdelingen (Mette) and Jobcenter
 * (Søren). Civil society: Røde Kors (Grethe, Anders), Bro Sogns Kirke (Poul), Bro Boldklub (Jakob,
 * present in 2025 only) and Dansk Flygtningehjælp (Lone).
 *
 * Links to the municipality: Røde Kors two (Mette–Grethe, Mette–Anders), the church two (its
 * organisation tie with Integrationsafdelingen, and Poul–Mette), the football club one
 * (Søren–Jakob), DFH none.
 *
 * Activities, weeks relative to arrival (the timeline −9..26, gaps from 4 weeks):
 *   a1 Velkomstsamtale   authority  Integrationsafdelingen  Mette, Søren  all             −9..−4
 *   a2 Sprogcafé          offer      Røde Kors               Grethe        all              6..26
 *   a3 Sprogcafé i kirken offer      Bro Sogns Kirke         Poul, Mette   all             10..20
 *   a4 Fodbold            activity   Bro Boldklub            Jakob         children_youth   2..26
 *   a5 Lektiecafé         offer      Røde Kors, Integration  Anders, Grethe children_youth  6..26
 *   a6 Familiecafé        offer      DFH                     (none)        families        14..16
 *   a7 Sprogtræning       offer      Røde Kors               Anders, Grethe all              8..12
 *
 * Overlap: a2 and a3 (weeks 10–20) and a3 and a7 (10–12), offers for all from two providers (a2
 * and a7 share their owner): one overlap of a2, a3, a7, weeks 10–20, owners Røde Kors and the church.
 * Gaps, from arrival on, in offers and activities (a1 is an authority task): nothing for all in
 * weeks 0..5; the families likewise (a6 lies later), which is the gap of all, said once; children and
 * young people have the football from week 2, so nothing more than 0..1, under the threshold.
 * Single adults have no activity of their own, so no gap is reported for them.
 * One contact person: a2 (Grethe), a4 (Jakob). One link: a4 (Bro Boldklub, through Søren–Jakob).
 */
function timeline(): ProjectData {
  const person = (id: string, label: string, waves: string[] = []) => ({ id, kind: 'person', label, waves });
  const org = (id: string, label: string, sector: string, kind = 'organisation') => ({ id, kind, label, sector });
  const member = (id: string, p: string, o: string, waves: string[] = []) => ({ id, person: p, organisation: o, role: 'employee', waves });
  const tie = (id: string, source: string, target: string, waves: string[] = []) => ({ id, source, target, waves });
  const activity = (id: string, title: string, kind: string, owners: string[], contacts: string[], targetGroup: string, from: number, to: number) => ({
    id,
    title,
    kind,
    owners,
    contacts,
    targetGroup,
    window: { from, to },
  });
  return decodeProjectJson(
    JSON.stringify({
      format: 'brobygger-project',
      version: 2,
      meta: { name: 'Tidslinje' },
      waves: [
        { id: 'w1', label: '2025', date: null },
        { id: 'w2', label: '2026', date: null },
      ],
      actors: [
        org('int', 'Integrationsafdelingen', 'municipality', 'department'),
        org('job', 'Jobcenter', 'municipality', 'department'),
        org('rk', 'Røde Kors', 'civil_society'),
        org('kirke', 'Bro Sogns Kirke', 'civil_society'),
        org('klub', 'Bro Boldklub', 'civil_society'),
        org('dfh', 'Dansk Flygtningehjælp', 'civil_society'),
        person('mette', 'Mette Lund'),
        person('soeren', 'Søren Ærø'),
        person('grethe', 'Grethe Nielsen'),
        person('anders', 'Anders Krag'),
        person('poul', 'Poul Eriksen'),
        person('jakob', 'Jakob Ebbesen', ['w1']),
        person('lone', 'Lone Jeppesen'),
      ],
      memberships: [
        member('m1', 'mette', 'int'),
        member('m2', 'soeren', 'job'),
        member('m3', 'grethe', 'rk'),
        member('m4', 'anders', 'rk'),
        member('m5', 'poul', 'kirke'),
        member('m6', 'jakob', 'klub', ['w1']),
        member('m7', 'lone', 'dfh'),
      ],
      ties: [tie('t1', 'mette', 'grethe'), tie('t2', 'mette', 'anders'), tie('t3', 'kirke', 'int'), tie('t4', 'poul', 'mette'), tie('t5', 'soeren', 'jakob', ['w1'])],
      activities: [
        activity('a1', 'Velkomstsamtale', 'authority', ['int'], ['mette', 'soeren'], 'all', -9, -4),
        activity('a2', 'Sprogcafé', 'offer', ['rk'], ['grethe'], 'all', 6, 26),
        activity('a3', 'Sprogcafé i kirken', 'offer', ['kirke'], ['poul', 'mette'], 'all', 10, 20),
        activity('a4', 'Fodbold', 'activity', ['klub'], ['jakob'], 'children_youth', 2, 26),
        activity('a5', 'Lektiecafé', 'offer', ['rk', 'int'], ['anders', 'grethe'], 'children_youth', 6, 26),
        activity('a6', 'Familiecafé', 'offer', ['dfh'], [], 'families', 14, 16),
        activity('a7', 'Sprogtræning', 'offer', ['rk'], ['anders', 'grethe'], 'all', 8, 12),
      ],
    }),
    'tidslinje.json',
  );
}

const options = (data: ProjectData, extra: Partial<AnalyzeOptions> = {}) =>
  analysisOptions(data.settings.analysis, { permutations: 0, monteCarloRuns: 0, ...extra });

describe('the reception timeline analysed', () => {
  const data = timeline();
  const result = analyze(data, options(data));
  const tl = result.activities;

  it('finds the overlap of several providers with the same kind for the same target group at the same time', () => {
    expect(tl.overlaps).toEqual([{ kind: 'offer', targetGroup: 'all', activities: ['a2', 'a3', 'a7'], owners: ['rk', 'kirke'], window: { from: 10, to: 20 } }]);
  });

  it('finds the weeks after arrival in which a target group with activities is offered nothing, an offer for all counting for every group', () => {
    expect(tl.gaps).toEqual([{ targetGroup: 'all', from: 0, to: 5, weeks: 6 }]);
  });

  it('counts no authority task as an offer, and reports each group whose gaps are its own', () => {
    const noOffersForAll = { ...data, activities: data.activities.filter((a) => !['a2', 'a3', 'a7'].includes(a.id)) };
    expect(analyze(noOffersForAll, options(noOffersForAll)).activities.gaps).toEqual([
      { targetGroup: 'all', from: 0, to: 26, weeks: 27 },
      { targetGroup: 'families', from: 0, to: 13, weeks: 14 },
      { targetGroup: 'families', from: 17, to: 26, weeks: 10 },
    ]);
  });

  it('reports a gap only from the threshold of weeks on, and only within the timeline', () => {
    const longer = analyze(data, { ...options(data), thresholds: { ...data.settings.analysis.thresholds, gapWeeks: 7 } }).activities.gaps;
    expect(longer).toEqual([]);
    const later = { ...data, settings: { ...data.settings, timeline: { from: 2, to: 26 } } };
    expect(analyze(later, options(later)).activities.gaps).toEqual([{ targetGroup: 'all', from: 2, to: 5, weeks: 4 }]);
  });

  it('finds the activities carried by a single contact person', () => {
    expect(tl.personDependent).toEqual([
      { activity: 'a2', contact: 'grethe' },
      { activity: 'a4', contact: 'jakob' },
    ]);
  });

  it("counts the links between an activity's only owner and the municipality, and names the one link of an owner that has only one", () => {
    expect(tl.activities.map((a) => [a.id, a.municipalLinks])).toEqual([
      ['a1', null],
      ['a2', 2],
      ['a3', 2],
      ['a4', 1],
      ['a5', null],
      ['a6', 0],
      ['a7', 2],
    ]);
    expect(tl.singleLink).toEqual([{ activity: 'a4', owner: 'klub', partner: 'job', tie: 't5', sharedMember: null }]);
  });

  it('flags each activity with what was found about it', () => {
    expect(Object.fromEntries(tl.activities.map((a) => [a.id, a.flags]))).toEqual({
      a1: [],
      a2: ['overlap', 'person-dependent'],
      a3: ['overlap'],
      a4: ['person-dependent', 'single-link'],
      a5: [],
      a6: [],
      a7: ['overlap'],
    });
  });

  it('counts a member of both the owner and a department as a link, like a tie', () => {
    const shared = { ...data, memberships: [...data.memberships, { ...data.memberships[5], id: 'm8', person: 'jakob', organisation: 'job' }] } as ProjectData;
    const withMember = analyze({ ...shared, ties: shared.ties.filter((t) => t.id !== 't5') }, options(shared)).activities;
    expect(withMember.singleLink).toEqual([{ activity: 'a4', owner: 'klub', partner: 'job', tie: null, sharedMember: 'jakob' }]);
  });

  it('reads a wave: an activity whose only contact is not in it has none, and its owner has lost its link', () => {
    const w2 = analyze(data, options(data, { wave: 'w2' })).activities;
    const football = w2.activities.find((a) => a.id === 'a4');
    expect(football).toMatchObject({ contacts: [], municipalLinks: 0, flags: [] });
    expect(w2.personDependent.map((p) => p.activity)).toEqual(['a2']);
  });

  it('turns each into a finding with a recommendation, in Danish and English', () => {
    const say = (lang: 'da' | 'en') => {
      const tr = createTranslator(lang);
      const names = namesIn(data, lang);
      return result.findings.filter((f) => f.kind.startsWith('activity-')).map((f) => [f.kind, word(f.message, names, tr), word(f.recommendation, names, tr)]);
    };
    const da = say('da');
    expect(da.map(([kind]) => kind).sort()).toEqual(
      ['activity-gap', 'activity-overlap', 'activity-person-dependent', 'activity-person-dependent', 'activity-single-link'].sort(),
    );
    const text = (kind: string) => da.filter(([k]) => k === kind).map(([, message]) => message);
    expect(text('activity-overlap')).toEqual([
      '2 udbydere har tilbud til alle nyankomne i samme periode (uge 10–20 efter ankomst): Sprogcafé (Røde Kors), Sprogcafé i kirken (Bro Sogns Kirke) og Sprogtræning (Røde Kors).',
    ]);
    expect(text('activity-gap')).toEqual(['Der er intet til alle nyankomne i 6 uger: uge 0–5 efter ankomst.']);
    expect(say('en').find(([kind]) => kind === 'activity-gap')?.[1]).toBe('There is nothing for all newly arrived for 6 weeks: weeks 0–5 after arrival.');
    expect(text('activity-person-dependent')).toEqual([
      'Fodbold (Bro Boldklub) har kun én kontaktperson, Jakob Ebbesen. Stopper Jakob Ebbesen, er der ingen at gå til.',
      'Sprogcafé (Røde Kors) har kun én kontaktperson, Grethe Nielsen. Stopper Grethe Nielsen, er der ingen at gå til.',
    ]);
    expect(text('activity-single-link')).toEqual([
      'Fodbold drives af Bro Boldklub, hvis eneste forbindelse til kommunen er én relation: relationen mellem Søren Ærø og Jakob Ebbesen.',
    ]);
    const en = say('en').find(([kind]) => kind === 'activity-single-link');
    expect(en?.[1]).toBe('Fodbold is run by Bro Boldklub, whose only link to the municipality is one tie: the tie between Søren Ærø and Jakob Ebbesen.');
    expect(en?.[2]).toContain('Give Bro Boldklub a regular contact in the municipality for Fodbold, for example in Jobcenter');
  });

  it('names the activities and elements of each finding, so the timeline and the map can show them', () => {
    const single = result.findings.find((f) => f.kind === 'activity-single-link');
    expect(single?.elements).toEqual({ actors: ['klub', 'job', 'soeren', 'jakob'], ties: ['t5'], forums: [], collaborations: [], activities: ['a4'] });
    expect(result.findings.find((f) => f.kind === 'activity-overlap')?.elements.activities).toEqual(['a2', 'a3', 'a7']);
  });

  it('is in analyze --json as an activities section', () => {
    const json = analysisJson(result, data, createTranslator('en')) as Record<string, unknown>;
    expect(Object.keys(json).slice(-2)).toEqual(['activities', 'findings']);
    expect(Object.keys(json['activities'] as object)).toEqual(['timeline', 'activities', 'overlaps', 'gaps', 'personDependent', 'singleLink']);
  });

  it('words weeks around arrival as a reader counts them', () => {
    const tr = createTranslator('da');
    // the span as the one parameter of a sentence that says nothing else
    const say = (from: number, to: number) => word({ key: 'findings.activities.titleBy', params: { activity: weeksWording(from, to), owners: '' } }, namesIn(data, 'da'), tr).replace(/ \(\)$/, '');
    expect([say(-8, -5), say(-1, -1), say(-2, 3), say(0, 26), say(4, 4)]).toEqual([
      '8–5 uger før ankomst',
      '1 uge før ankomst',
      'fra 2 uger før til uge 3 efter ankomst',
      'uge 0–26 efter ankomst',
      'uge 4 efter ankomst',
    ]);
  });
});

describe('a departure scenario on the reception timeline', () => {
  const data = timeline();
  const scenario = (departure: Parameters<typeof departureScenario>[2]) => departureScenario(data, options(data), departure).activities;

  it('lists the activities a leaving person takes with them, being their only contact', () => {
    expect(scenario({ persons: ['grethe'] })).toEqual({ lost: ['a2'], unlinked: [] });
    expect(scenario({ persons: ['jakob'] })).toEqual({ lost: ['a4'], unlinked: [] });
  });

  it('lists the activities whose owner loses its only link to the municipality', () => {
    expect(scenario({ persons: ['soeren'] })).toEqual({ lost: [], unlinked: ['a4'] });
    // Mette carries both of Røde Kors's links; the church keeps its organisation tie with Integrationsafdelingen
    expect(scenario({ persons: ['mette'] })).toEqual({ lost: [], unlinked: ['a2', 'a7'] });
  });

  it('lists the activities an organisation leaving takes with it, with the members it alone holds', () => {
    expect(scenario({ organisation: 'rk' })).toEqual({ lost: ['a2', 'a5', 'a7'], unlinked: [] });
  });

  it('says so in the summary, naming the activities by their titles', () => {
    const s = departureScenario(data, options(data), { persons: ['grethe', 'soeren'] });
    const text = departureText(s, data, createTranslator('da'));
    expect(text).toContain('Aktiviteter, der mister deres kontaktperson eller ejer: Sprogcafé');
    expect(text).toContain('Aktiviteter, hvis ejer mister sin forbindelse til kommunen: Fodbold');
  });
});
