import type { DepartureScenario } from '../analysis/departure';
import type { WordValue } from '../analysis/wording';
import type { ActorPair } from '../model/pairs';
import type { ReportContext } from './context';
import type { ReportBlock } from './document';

/** At most this many rows in the tables of collaborations and key persons. */
export const MAX_ROWS = 20;

const actors = (ids: readonly string[]): WordValue => ({ list: ids.map((actor) => ({ actor })) });
const pairs = (list: readonly ActorPair[]): WordValue => ({ list: list.map((pair) => ({ pair })) });

/** The collaborations that hang on one relationship or one person, most exposed first. */
export function fragileBlocks(c: ReportContext): ReportBlock[] {
  const { say, text, n, t } = c;
  const fragile = c.result.collaborations.filter((x) => x.flags.some((f) => f !== 'informal-only')).sort((x, y) => y.risk - x.risk);
  if (fragile.length === 0) return [{ kind: 'paragraph', text: t.t('report.fragile.intro') }, { kind: 'paragraph', text: t.t('report.fragile.none') }];
  const shown = fragile.slice(0, MAX_ROWS);
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: t.t('report.fragile.intro') },
    {
      kind: 'table',
      columns: ['collaboration', 'carriers', 'count', 'survival', 'weakness'].map((k) => t.t(`report.fragile.${k as 'collaboration'}`)),
      numeric: [false, false, true, true, false],
      rows: shown.map((x) => [
        text({ pair: [x.a, x.b] }),
        x.carrierPersons.length ? text(actors(x.carrierPersons)) : '–',
        n.integer(x.carriers),
        n.percent(x.survival),
        x.flags.map((f) => say(`analysis.flags.${f}`)).join(', '),
      ]),
    },
  ];
  if (fragile.length > shown.length) blocks.push({ kind: 'paragraph', tone: 'note', text: t.t('report.fragile.shown', { count: fragile.length, shown: shown.length }) });
  return blocks;
}

/** The key persons, and each departure scenario before and after. */
export function keyPersonBlocks(c: ReportContext): ReportBlock[] {
  const { text, n, t } = c;
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: t.t('report.keyPersons.intro') }];
  const keys = [...c.result.keyPersons].sort((x, y) => y.collaborationsLost.length - x.collaborationsLost.length || y.crossSectorReachLost - x.crossSectorReachLost);
  if (keys.length === 0) blocks.push({ kind: 'paragraph', text: t.t('report.keyPersons.none') });
  else
    blocks.push({
      kind: 'table',
      columns: ['person', 'lost', 'reach', 'turnover'].map((k) => t.t(`report.keyPersons.${k as 'person'}`)),
      numeric: [false, false, true, true],
      rows: keys.slice(0, MAX_ROWS).map((k) => [text({ actor: k.person }), text(pairs(k.collaborationsLost)), n.integer(k.crossSectorReachLost), n.percent(k.turnover)]),
    });
  if (c.departures.length) blocks.push({ kind: 'paragraph', text: t.t('report.keyPersons.scenarioIntro') });
  for (const s of c.departures) blocks.push(...scenarioBlocks(c, s));
  return blocks;
}

function scenarioBlocks(c: ReportContext, s: DepartureScenario): ReportBlock[] {
  const { say, text, n, t } = c;
  const [first, ...members] = s.leaving;
  const organisation = first !== undefined && c.data.actors.find((x) => x.id === first)?.kind !== 'person' ? first : null;
  const who =
    organisation === null
      ? say('analysis.departure', { leaving: actors(s.leaving), count: s.leaving.length })
      : members.length === 0
        ? say('analysis.departureOrganisation', { organisation: { actor: organisation } })
        : say('analysis.departureOrganisationMembers', { organisation: { actor: organisation }, count: members.length, members: actors(members) });
  const k = (key: 'carried' | 'crossReach' | 'components' | 'ei' | 'fragmentation') => t.t(`report.keyPersons.${key}`);
  const { before: b, after: a } = s;
  const blocks: ReportBlock[] = [
    { kind: 'heading', text: who },
    {
      kind: 'table',
      columns: [k('carried'), t.t('report.keyPersons.before'), t.t('report.keyPersons.after')].map((x, i) => (i === 0 ? t.t('report.keyPersons.measure') : x)),
      numeric: [false, true, true],
      rows: [
        [k('carried'), n.integer(b.carriedCollaborations), n.integer(a.carriedCollaborations)],
        [k('crossReach'), n.integer(b.crossSectorReach), n.integer(a.crossSectorReach)],
        [k('components'), n.integer(b.components), n.integer(a.components)],
        [k('ei'), n.decimal(b.eiIndex), n.decimal(a.eiIndex)],
        [k('fragmentation'), n.decimal(b.fragmentation, 3), n.decimal(a.fragmentation, 3)],
      ],
    },
  ];
  const items: string[] = [];
  if (s.lostCollaborations.length) items.push(t.t('report.keyPersons.lostList', { list: text(pairs(s.lostCollaborations)) }));
  if (s.weakenedCollaborations.length) items.push(t.t('report.keyPersons.weakenedList', { list: text(pairs(s.weakenedCollaborations)) }));
  if (s.activities.lost.length) items.push(t.t('report.keyPersons.activitiesLost', { list: text({ list: s.activities.lost.map((activity) => ({ activity })) }) }));
  if (items.length) blocks.push({ kind: 'bullets', items });
  return blocks;
}

/** The resilience plan, step by step. */
export function planBlocks(c: ReportContext): ReportBlock[] {
  const { say, t } = c;
  const plan = c.result.resiliencePlan;
  if (plan.length === 0) return [{ kind: 'paragraph', text: t.t('report.plan.none') }];
  return [
    { kind: 'paragraph', text: t.t('report.plan.intro') },
    {
      kind: 'bullets',
      numbered: true,
      items: plan.map((step) =>
        step.kind === 'introduce'
          ? say('analysis.planIntroduce', { a: { actor: step.persons[0] }, b: { actor: step.persons[1] }, count: step.mends.length, mends: pairs(step.mends) })
          : say('analysis.planFormalise', { a: { actor: step.organisations[0] }, b: { actor: step.organisations[1] } }),
      ),
    },
  ];
}

