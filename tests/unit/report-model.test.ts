/**
 * The steering-group report's document, made from the sample (Bro Kommune) in Danish and in
 * English: every section is there, worded from the catalogues, with Danish figures and dates.
 */
import { describe, expect, it } from 'vitest';
import { sampleData } from '../../scripts/build-sample';
import { analysisOptions, analyze } from '../../src/core/analysis/analyze';
import { departureScenario } from '../../src/core/analysis/departure';
import { analyzeWaves } from '../../src/core/analysis/wave-compare';
import { createTranslator, type Language } from '../../src/core/i18n/catalogue';
import { buildReport } from '../../src/core/report/build';
import { barChartSvg } from '../../src/core/report/chart-svg';
import type { ReportDocument } from '../../src/core/report/document';
import { reportDepartures, reportViewOf, reportWavePair } from '../../src/core/report/inputs';
import { reportNumbers } from '../../src/core/report/numbers';

const data = sampleData();
const options = analysisOptions(data.settings.analysis, { permutations: 200, monteCarloRuns: 2_000 });
const result = analyze(data, options);
const departures = reportDepartures(data.views, result).map((d) => departureScenario(data, options, d));
const pair = reportWavePair(data, data.views);
const comparison = pair ? analyzeWaves(data, options, pair[0], pair[1]) : null;

const report = (lang: Language): ReportDocument =>
  buildReport(
    { data, result, departures, comparison, views: data.views, date: '2026-12-06', appVersion: '9.9.9', pseudonymised: false, withheldSources: 0 },
    createTranslator(lang),
  );
const textOf = (doc: ReportDocument): string =>
  doc.sections
    .flatMap((s) => [
      s.title,
      ...s.blocks.flatMap((b) =>
        b.kind === 'heading' || b.kind === 'paragraph'
          ? [b.text]
          : b.kind === 'bullets'
            ? b.items
            : b.kind === 'table'
              ? [...b.columns, ...b.rows.flat()]
              : b.kind === 'chart'
                ? [b.chart.title, ...b.chart.bars.map((x) => `${x.label} ${x.text}`)]
                : [b.caption, b.source],
      ),
    ])
    .join('\n');

describe('the report of the sample', () => {
  it('has every section, in order, in Danish', () => {
    const doc = report('da');
    expect(doc.sections.map((s) => s.id)).toEqual(['summary', 'maps', 'fragile', 'keyPersons', 'plan', 'bonding', 'power', 'timeline', 'waves', 'methods', 'provenance']);
    expect(doc.sections.map((s) => s.title)).toEqual([
      'Sammenfatning',
      'Kortet over netværket',
      'Skrøbelige samarbejder',
      'Nøglepersoner og fratrædelser',
      'Plan for robusthed',
      'Bonding og brobygning',
      'Magt og repræsentation',
      'Modtagelsesforløbet',
      'Udviklingen mellem runderne',
      'Metoder og begreber',
      'Datagrundlag',
    ]);
    expect(doc.title).toBe('Samarbejdsnetværket i Bro Kommune');
    expect(doc.titleLines).toEqual(['Udarbejdet 6. december 2026', 'Lavet med Brobygger 9.9.9']);
    expect(doc.labels).toEqual({ contents: 'Indhold', page: 'Side' });
  });

  it('has every section in English, and no Danish heading left', () => {
    const doc = report('en');
    expect(doc.sections.map((s) => s.title)).toEqual([
      'Summary',
      'The map of the network',
      'Fragile collaborations',
      'Key persons and departures',
      'Resilience plan',
      'Bonding and bridging',
      'Power and representation',
      'The reception timeline',
      'Change between the waves',
      'Methods and definitions',
      'Data provenance',
    ]);
    expect(doc.titleLines[0]).toBe('Prepared 6 December 2026');
    expect(textOf(doc)).toContain('Bro Kommune · all waves · 6 December 2026');
  });

  it('draws a map per saved view, stages the view’s departure and compares the two waves', () => {
    const doc = report('da');
    const maps = doc.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'map');
    expect(maps.map((m) => m.view)).toEqual(data.views.map((v) => v.id));
    expect(maps[0]?.source).toBe('Bro Kommune · alle runder · 6. december 2026');
    expect(textOf(doc)).toContain('Hvis Søren Ærø stopper');
    expect(pair).toEqual(['w-2025', 'w-2026']);
    const waves = doc.sections.find((s) => s.id === 'waves');
    expect(waves?.blocks[0]).toEqual({ kind: 'paragraph', text: 'Sammenligningen af runde 2025 og runde 2026: nøgletal og det, der har ændret sig.' });
  });

  it('words its figures the Danish way: decimal comma, thousands dot, true minus, per cent with a space', () => {
    const text = textOf(report('da'));
    expect(text).toMatch(/E-I-indekset −0,\d\d/);
    expect(text).toContain('200 permutationer, 2.000 Monte Carlo-kørsler');
    expect(text).toMatch(/\d+\u00a0%/);
    const n = reportNumbers('da');
    expect([n.integer(12345), n.decimal(-0.254), n.percent(0.61), n.decimal(null)]).toEqual(['12.345', '−0,25', '61\u00a0%', '–']);
    expect(reportNumbers('en').decimal(-0.254)).toBe('−0.25');
    // a small negative that rounds to nothing is printed as 0, never as "−0"
    expect([n.decimal(-0.004), n.integer(-0.3), n.percent(-0.001)]).toEqual(['0', '0', '0\u00a0%']);
  });

  it('names its fragile collaborations with their carriers and chance of surviving the year, and cites its methods', () => {
    const doc = report('da');
    const fragile = doc.sections.find((s) => s.id === 'fragile')?.blocks.find((b) => b.kind === 'table');
    expect(fragile?.kind === 'table' && fragile.columns).toEqual(['Samarbejde', 'Bæres af', 'Bærere', 'Overlever året', 'Svaghed']);
    expect(fragile?.kind === 'table' && fragile.rows.length).toBeGreaterThan(3);
    const text = textOf(doc);
    for (const cite of ['Krackhardt, D. & Stern, R. N. (1988)', 'Borgatti, S. P. (2006)', 'Szreter, S. & Woolcock, M. (2004)', 'Bonacich, P. (1987)']) expect(text).toContain(cite);
  });

  it('draws the bonding chart as SVG with a bar per group and its value as text', () => {
    const chart = report('da').sections.flatMap((s) => s.blocks).find((b) => b.kind === 'chart');
    expect(chart?.kind).toBe('chart');
    if (chart?.kind !== 'chart') return;
    const svg = barChartSvg(chart.chart, 470);
    expect(svg.match(/<rect /g)?.length).toBeGreaterThanOrEqual(chart.chart.bars.filter((b) => b.value !== null).length);
    for (const b of chart.chart.bars) expect(svg).toContain(`>${b.label}<`);
  });

  it('without saved views draws the whole network once', () => {
    const bare = { ...data, views: [] };
    const doc = buildReport(
      { data: bare, result, departures: [], comparison: null, views: [], date: '2026-12-06', appVersion: '1', pseudonymised: false, withheldSources: 0 },
      createTranslator('da'),
    );
    const maps = doc.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'map');
    expect(maps).toHaveLength(1);
    expect(maps[0]?.caption).toBe('Figur 1: Hele netværket');
    expect(reportViewOf(bare, maps[0]?.kind === 'map' ? maps[0].view : 'x').state.layout).toBe('force');
    expect(doc.sections.map((s) => s.id)).not.toContain('waves');
  });
});
