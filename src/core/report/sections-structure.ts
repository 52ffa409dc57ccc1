import { weeksWording } from '../analysis/activity-findings';
import { eiCounting } from '../analysis/bonding';
import { MEASURE_DIGITS, WAVE_MEASURES } from '../analysis/wave-compare-report';
import { word } from '../analysis/wording';
import { countedOf, type ReportContext } from './context';
import type { BarChart, ReportBlock } from './document';

/** A bar's colour when the groups are not sectors (the codebook's colours are the sectors'). */
const GROUP_COLOUR = '#4c78a8';

/** Bonding and bridging: the whole network's E-I and what it means, each group's as a chart and a table. */
export function bondingBlocks(c: ReportContext): ReportBlock[] {
  const { say, n, t } = c;
  const bb = c.result.bondingBridging;
  const colours = new Map(c.data.codebooks.sectors.map((s) => [s.key, s.color]));
  const label = (g: (typeof bb.groups)[number]) => g.label[t.lang];
  const counting = eiCounting(bb, c.result.network.directed);
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: t.t('report.bonding.intro') },
    {
      kind: 'paragraph',
      text: [
        say('report.bonding.whole', { ei: { decimal: bb.eiIndex ?? 0 }, external: countedOf('ties', bb.entered.external), internal: bb.entered.internal, expected: { decimal: bb.expectedEiIndex ?? 0 } }),
        ...(counting ? [say(`panels.bonding.${counting}`, { external: bb.external, internal: bb.internal })] : []),
      ].join(' '),
    },
  ];
  if (bb.eiIndex !== null && bb.expectedEiIndex !== null)
    blocks.push({ kind: 'paragraph', tone: 'lead', text: t.t(bb.eiIndex < bb.expectedEiIndex ? 'report.bonding.readingBonding' : 'report.bonding.readingBridging') });
  if (bb.levels.sector !== null && bb.levels.organisation !== null)
    blocks.push({ kind: 'paragraph', text: t.t('report.bonding.levels', { sector: n.decimal(bb.levels.sector), organisation: n.decimal(bb.levels.organisation) }) });
  const chart: BarChart = {
    title: t.t('report.bonding.chartTitle'),
    min: -1,
    max: 1,
    bars: bb.groups.map((g) => ({
      label: label(g),
      value: g.eiIndex,
      text: n.decimal(g.eiIndex),
      color: (bb.groupBy === 'sector' ? colours.get(g.group) : undefined) ?? GROUP_COLOUR,
    })),
  };
  if (chart.bars.length) blocks.push({ kind: 'chart', chart });
  blocks.push({
    kind: 'table',
    columns: ['group', 'size', 'internal', 'external', 'ei'].map((k) => t.t(`report.bonding.${k as 'group'}`)),
    numeric: [false, true, true, true, true],
    rows: bb.groups.map((g) => [label(g), n.integer(g.size), n.integer(g.internal), n.integer(g.external), n.decimal(g.eiIndex)]),
  });
  return blocks;
}

/** Power between the sectors, and representation in the forums. */
export function powerBlocks(c: ReportContext): ReportBlock[] {
  const { say, n, t, sectorLabel } = c;
  const p = c.result.power;
  const k = (key: 'sector' | 'initiative' | 'mandate' | 'resources' | 'central' | 'population') => t.t(`report.power.${key}`);
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: t.t('report.power.intro') },
    {
      kind: 'table',
      columns: [k('sector'), k('initiative'), k('mandate'), k('resources'), k('central'), k('population')],
      numeric: [false, true, true, true, true, true],
      rows: p.sectors.map((s) => [sectorLabel(s.sector), n.percent(s.initiative), n.percent(s.mandate), n.percent(s.resourcesGiven), n.percent(s.betweennessShare), n.percent(s.populationShare)]),
    },
  ];
  if (p.linkingTies.length) blocks.push({ kind: 'paragraph', text: t.t('report.power.linking', { count: p.linkingTies.length }) });
  if (p.forums.length === 0) {
    blocks.push({ kind: 'paragraph', text: t.t('report.power.noForums') });
    return blocks;
  }
  blocks.push({ kind: 'paragraph', text: t.t('report.power.forumsIntro') });
  blocks.push({
    kind: 'table',
    columns: ['forum', 'seats', 'bySector', 'chair', 'hasMandate'].map((x) => t.t(`report.power.${x as 'forum'}`)),
    numeric: [false, true, false, false, false],
    rows: p.forums.map((f) => [
      f.label,
      n.integer(f.seats),
      f.bySector.map((s) => `${sectorLabel(s.sector)} ${n.integer(s.seats)}`).join(', '),
      f.chairSectors.map(sectorLabel).join(', ') || '–',
      t.t(f.hasMandate ? 'report.power.yes' : 'report.power.no'),
    ]),
  });
  const notes: string[] = [];
  for (const f of p.forums) {
    if (f.dominant !== null) notes.push(say('report.power.dominant', { forum: f.label, sector: { sector: f.dominant } }));
    if (f.missing.length) notes.push(say('report.power.missing', { forum: f.label, sectors: { list: f.missing.map((s) => sectorLabel(s)) } }));
  }
  if (notes.length) blocks.push({ kind: 'bullets', items: notes });
  return blocks;
}

/** The reception timeline's activities and what is flagged on them; none when the project has no timeline. */
export function timelineBlocks(c: ReportContext): ReportBlock[] | null {
  const { t, names } = c;
  const tl = c.result.activities;
  if (tl.activities.length === 0) return null;
  const when = (from: number, to: number) => {
    const w = weeksWording(from, to);
    return typeof w === 'object' && 'words' in w ? word(w.words, names, t) : c.text(w);
  };
  return [
    { kind: 'paragraph', text: t.t('report.timeline.intro') },
    {
      kind: 'table',
      columns: ['activity', 'targetGroup', 'when', 'flagsHeading'].map((x) => t.t(`report.timeline.${x as 'activity'}`)),
      numeric: [false, false, false, false],
      rows: [...tl.activities]
        .sort((x, y) => x.window.from - y.window.from || x.window.to - y.window.to)
        .map((a) => [a.title, names.targetGroup(a.targetGroup), when(a.window.from, a.window.to), a.flags.map((f) => t.t(`report.timeline.flags.${f}`)).join(', ') || '–']),
    },
  ];
}

/** The comparison of two waves: the headline figures side by side and what changed. */
export function waveBlocks(c: ReportContext): ReportBlock[] | null {
  const cmp = c.comparison;
  if (!cmp) return null;
  const { say, n, t, names } = c;
  const figure = (m: (typeof WAVE_MEASURES)[number], x: number | null) => (MEASURE_DIGITS[m] === 0 && x !== null ? n.integer(x) : n.decimal(x, MEASURE_DIGITS[m]));
  const change = (m: (typeof WAVE_MEASURES)[number]) => {
    const [x, y] = [cmp.a[m], cmp.b[m]];
    if (x === null || y === null) return '';
    const d = Number((y - x).toFixed(MEASURE_DIGITS[m]));
    return d === 0 ? '' : `${d > 0 ? '+' : ''}${figure(m, d)}`;
  };
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: t.t('report.waves.intro', { a: cmp.a.label, b: cmp.b.label }) },
    {
      kind: 'table',
      columns: [say('waves.compare.measure'), cmp.a.label, cmp.b.label, say('waves.compare.change')],
      numeric: [false, true, true, true],
      rows: WAVE_MEASURES.map((m) => [say(`waves.measures.${m}`), figure(m, cmp.a[m]), figure(m, cmp.b[m]), change(m)]),
    },
  ];
  const changes = cmp.findings.filter((f) => f.tone !== 'neutral').slice(0, 12);
  if (changes.length) {
    blocks.push({ kind: 'heading', text: t.t('report.waves.changes') });
    blocks.push({ kind: 'bullets', items: changes.map((f) => word(f.message, names, t)) });
  }
  return blocks;
}
