import { describe, expect, it } from 'vitest';
import { analysisOptions, analyze } from '../../src/core/analysis/analyze';
import { namesIn, word } from '../../src/core/analysis/wording';
import { decodeProjectJson } from '../../src/core/format/project-json';
import { createTranslator, type Language } from '../../src/core/i18n/catalogue';
import type { ProjectData } from '../../src/core/model/schema';
import { marksOf } from '../../src/renderer/src/features/timeline/timeline-marks';

/**
 * A small reception timeline (weeks −9..26, gaps from 4 weeks):
 *   b1 Sprogcafé          offer      Røde Kors        Grethe         all             6..26
 *   b2 Kirkens sprogcafé  offer      Bro Sogns Kirke  Poul, Mette    all            10..20
 *   b3 Fodbold            activity   Bro Boldklub     Jakob          children_youth  2..26
 *   b4 Velkomst           authority  Integration      Mette          all            −9..−4
 * b1 and b2 overlap in weeks 10–20 (offers for all from two providers); all newly arrived are
 * offered nothing in weeks 0–5 (b4 is an authority task, b1 begins in week 6); b1, b3 and b4 hang
 * on one contact person each.
 */
function timeline(): ProjectData {
  const person = (id: string, label: string) => ({ id, kind: 'person', label });
  const org = (id: string, label: string, sector: string, kind = 'organisation') => ({ id, kind, label, sector });
  const member = (id: string, p: string, o: string) => ({ id, person: p, organisation: o, role: 'employee' });
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
      actors: [
        org('int', 'Integrationsafdelingen', 'municipality', 'department'),
        org('rk', 'Røde Kors', 'civil_society'),
        org('kirke', 'Bro Sogns Kirke', 'civil_society'),
        org('klub', 'Bro Boldklub', 'civil_society'),
        person('mette', 'Mette Lund'),
        person('grethe', 'Grethe Nielsen'),
        person('poul', 'Poul Eriksen'),
        person('jakob', 'Jakob Ebbesen'),
      ],
      memberships: [member('m1', 'mette', 'int'), member('m2', 'grethe', 'rk'), member('m3', 'poul', 'kirke'), member('m4', 'jakob', 'klub')],
      ties: [
        { id: 't1', source: 'mette', target: 'grethe' },
        { id: 't2', source: 'poul', target: 'mette' },
        { id: 't3', source: 'mette', target: 'jakob' },
      ],
      activities: [
        activity('b1', 'Sprogcafé', 'offer', ['rk'], ['grethe'], 'all', 6, 26),
        activity('b2', 'Kirkens sprogcafé', 'offer', ['kirke'], ['poul', 'mette'], 'all', 10, 20),
        activity('b3', 'Fodbold', 'activity', ['klub'], ['jakob'], 'children_youth', 2, 26),
        activity('b4', 'Velkomst', 'authority', ['int'], ['mette'], 'all', -9, -4),
      ],
    }),
    'tidslinje.json',
  );
}

const data = timeline();
const result = analyze(data, analysisOptions(data.settings.analysis, { permutations: 0, monteCarloRuns: 0 }));
const marksIn = (lang: Language) => {
  const names = namesIn(data, lang);
  const tr = createTranslator(lang);
  const say = (w: Parameters<typeof word>[0]) => word(w, names, tr);
  return { say, marks: marksOf(result, say, (key) => data.codebooks.targetGroups.find((g) => g.key === key)?.label[lang] ?? key) };
};

describe('the analysis’s findings placed on the timeline', () => {
  const { say, marks } = marksIn('da');
  const activityFindings = result.findings.filter((f) => f.kind.startsWith('activity-'));

  it('puts an overlap on its activities and the weeks they share, with its finding’s sentence and recommendation', () => {
    const overlap = marks.find((m) => m.kind === 'overlap');
    const finding = activityFindings.find((f) => f.kind === 'activity-overlap');
    if (!finding) throw new Error('the analysis finds no overlap');
    expect(overlap).toMatchObject({
      kind: 'overlap',
      activities: ['b1', 'b2'],
      window: { from: 10, to: 20 },
      targetGroup: { key: 'all', label: 'Alle nyankomne' },
      sentence: say(finding.message),
      recommendation: say(finding.recommendation),
    });
  });

  it('puts a gap on its target group’s row and its empty weeks, matched to the sentence that words it', () => {
    const gaps = marks.filter((m) => m.kind === 'gap');
    expect(result.activities.gaps).toEqual([{ targetGroup: 'all', from: 0, to: 5, weeks: 6 }]);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({ activities: [], window: { from: 0, to: 5 }, targetGroup: { key: 'all', label: 'Alle nyankomne' } });
    expect(gaps[0]?.sentence).toBe('Der er intet til alle nyankomne i 6 uger: uge 0–5 efter ankomst.');
  });

  it('marks the activities that hang on one contact person, and those whose owner has one link to the municipality', () => {
    expect(marks.filter((m) => m.kind === 'personDependent').map((m) => m.activities)).toEqual([['b1'], ['b3'], ['b4']]);
    const single = activityFindings.filter((f) => f.kind === 'activity-single-link').map((f) => f.elements.activities);
    expect(marks.filter((m) => m.kind === 'singleLink').map((m) => m.activities)).toEqual(single);
  });

  it('has one mark for each finding about the timeline, each with a key of its own', () => {
    expect(marks).toHaveLength(activityFindings.length);
    expect(new Set(marks.map((m) => m.key)).size).toBe(marks.length);
  });

  it('words the marks in English for an English reader', () => {
    const gap = marksIn('en').marks.find((m) => m.kind === 'gap');
    expect(gap?.targetGroup?.label).toBe('All newly arrived');
    expect(gap?.sentence).toBe('There is nothing for all newly arrived for 6 weeks: weeks 0–5 after arrival.');
  });
});
