import type { Severity } from '../analysis/dependency';
import { word } from '../analysis/wording';
import { REFERENCES } from '../i18n/help-da';
import { slideDate, slideTitleOf, sourceLine } from '../model/views';
import { counted, countedOf, type ReportContext } from './context';
import type { ReportBlock } from './document';
import { OVERVIEW } from './inputs';

/** How many findings the one-page summary names. */
export const SUMMARY_FINDINGS = 6;
const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** The one-page summary: the network in a sentence, what hangs on one, and the most serious findings with what to do. */
export function summaryBlocks(c: ReportContext): ReportBlock[] {
  const { say, t, names } = c;
  const r = c.result;
  const persons = r.actors.filter((a) => a.kind === 'person').length;
  const fragile = r.collaborations.filter((x) => x.flags.some((f) => f !== 'informal-only')).length;
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      tone: 'lead',
      text: say('report.summary.network', {
        persons: counted('persons', persons),
        organisations: counted('organisations', r.network.actors - persons),
        ties: countedOf('ties', c.data.ties.length),
        collaborations: counted('collaborations', r.collaborations.length),
      }),
    },
    {
      kind: 'paragraph',
      text: fragile ? say('report.summary.fragile', { count: fragile, lost: { decimal: r.expectedCollaborationsLost ?? 0, digits: 1 } }) : t.t('report.summary.noFragile'),
    },
  ];
  // the most serious first; within a severity, the analysis's own order (by kind, most at stake first)
  const ranked = r.findings.map((f, i) => ({ f, i })).sort((x, y) => RANK[x.f.severity] - RANK[y.f.severity] || x.i - y.i);
  const top = ranked.slice(0, SUMMARY_FINDINGS);
  if (top.length === 0) return [...blocks, { kind: 'paragraph', text: t.t('report.summary.noFindings') }];
  blocks.push({ kind: 'heading', text: t.t('report.summary.mostSerious') });
  blocks.push({
    kind: 'bullets',
    items: top.map(({ f }) => `${word(f.message, names, t)} ${t.t('report.summary.recommendation', { text: word(f.recommendation, names, t) })}`),
  });
  if (ranked.length > top.length) blocks.push({ kind: 'paragraph', tone: 'note', text: t.t('report.summary.more', { count: ranked.length - top.length }) });
  return blocks;
}

/** The maps: a figure per chosen view, or the whole network, each with its source line. */
export function mapBlocks(c: ReportContext): ReportBlock[] {
  const { t } = c;
  const date = slideDate(c.date, t.lang);
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: t.t('report.maps.intro') }];
  if (c.views.length === 0) {
    blocks.push({ kind: 'map', view: OVERVIEW, caption: t.t('report.maps.caption', { n: 1, name: t.t('report.maps.overview') }), source: sourceLine(c.data, null, t, date) });
    return blocks;
  }
  c.views.forEach((v, i) => {
    blocks.push({ kind: 'map', view: v.id, caption: t.t('report.maps.caption', { n: i + 1, name: slideTitleOf(v) }), source: sourceLine(c.data, v, t, date) });
    if (v.description.trim()) blocks.push({ kind: 'paragraph', tone: 'note', text: v.description.trim() });
  });
  return blocks;
}

const CITED = [
  'krackhardtStern1988',
  'newman2003',
  'gouldFernandez1989',
  'burt1992',
  'breiger1974',
  'borgatti2006',
  'emerson1962',
  'pfefferSalancik1978',
  'bonacich1987',
  'szreterWoolcock2004',
  'chvatal1979',
  'putnam2000',
  'granovetter1973',
] as const satisfies ReadonlyArray<keyof typeof REFERENCES>;

/** The terms the report uses, defined, and the literature they come from. */
export function methodBlocks(c: ReportContext): ReportBlock[] {
  const { t } = c;
  const terms = ['ei', 'carriers', 'survival', 'keyPerson', 'fragmentation', 'power', 'linking', 'plan'] as const;
  return [
    { kind: 'paragraph', text: t.t('report.methods.intro') },
    { kind: 'bullets', items: terms.map((k) => t.t(`report.methods.terms.${k}`)) },
    { kind: 'heading', text: t.t('report.methods.references') },
    { kind: 'bullets', items: [...CITED].map((k) => REFERENCES[k]).sort((a, b) => a.localeCompare(b, 'en')) },
  ];
}

/** Where the figures come from: the project, its waves and sources, the counts, the date and the app. */
export function provenanceBlocks(c: ReportContext): ReportBlock[] {
  const { say, t, n } = c;
  const d = c.data;
  const k = (key: 'project' | 'date' | 'version' | 'persons' | 'organisations' | 'ties' | 'memberships' | 'forums' | 'activities' | 'waves' | 'sources' | 'settings') =>
    t.t(`report.provenance.${key}`);
  const persons = d.actors.filter((a) => a.kind === 'person').length;
  const inWave = (waves: readonly string[], id: string) => waves.length === 0 || waves.includes(id);
  const waves = d.waves.map((w) => {
    const params = { label: w.label, actors: countedOf('actors', d.actors.filter((a) => inWave(a.waves, w.id)).length), ties: countedOf('ties', d.ties.filter((x) => inWave(x.waves, w.id)).length) };
    return w.date ? say('report.provenance.wave', { ...params, date: slideDate(w.date, t.lang) }) : say('report.provenance.waveNoDate', params);
  });
  const sources = [...new Set(d.ties.map((x) => x.evidence.source.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b, t.lang, { numeric: true }));
  const sourceText = sources.length
    ? sources.join('\n')
    : c.withheldSources > 0
      ? t.t('report.provenance.sourcesLeftOut', { count: c.withheldSources })
      : t.t('report.provenance.noSources');
  // as the analysis ran, which is what the figures rest on
  const s = c.result.options;
  return [
    { kind: 'paragraph', text: t.t('report.provenance.intro') },
    {
      kind: 'table',
      columns: [t.t('report.provenance.item'), t.t('report.provenance.value')],
      numeric: [false, false],
      rows: [
        [k('project'), d.meta.name],
        [k('date'), slideDate(c.date, t.lang)],
        [k('version'), c.appVersion],
        [k('persons'), n.integer(persons)],
        [k('organisations'), n.integer(d.actors.length - persons)],
        [k('ties'), n.integer(d.ties.length)],
        [k('memberships'), n.integer(d.memberships.length)],
        [k('forums'), n.integer(d.forums.length)],
        [k('activities'), n.integer(d.activities.length)],
        [k('waves'), waves.length ? waves.join('\n') : t.t('report.provenance.noWaves')],
        [k('sources'), sourceText],
        [k('settings'), t.t('report.provenance.settingsValue', { permutations: n.integer(s.permutations), runs: n.integer(s.monteCarloRuns), seed: String(s.seed) })],
      ],
    },
  ];
}
