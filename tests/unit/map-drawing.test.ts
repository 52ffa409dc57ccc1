import { describe, expect, it } from 'vitest';
import { mapDrawing, type DrawingOptions } from '../../src/core/drawing/map-drawing';
import { mapSvg, num } from '../../src/core/drawing/map-svg';
import { createTranslator } from '../../src/core/i18n/catalogue';
import type { Positions, ProjectData, SavedView } from '../../src/core/model/schema';
import { DEFAULT_MAP_VIEW_STATE, type MapViewState } from '../../src/core/model/view-state';
import { mapFixture } from './map-fixture';

const data: ProjectData = mapFixture();
/** every actor on a row, so that the drawing never needs the layout */
const row = (d: ProjectData): Positions => Object.fromEntries(d.actors.map((a, i) => [a.id, { x: i * 60, y: (i % 3) * 50 }]));
const opts = (over: Partial<DrawingOptions> = {}): DrawingOptions => ({ t: createTranslator('da'), width: 1200, height: 800, date: '2026-12-06', layout: row, ...over });
const view = (state: Partial<MapViewState>, name = 'Visning'): SavedView =>
  ({ id: 'v1', name, slideTitle: '', description: '', speakerNotes: '', state: { ...DEFAULT_MAP_VIEW_STATE, ...state }, positions: null, viewport: null }) as unknown as SavedView;
const texts = (d: ReturnType<typeof mapDrawing>) => [...d.map, ...d.legend, ...d.frame].flatMap((p) => (p.kind === 'text' ? [p.text] : []));

describe('the drawing model of the map', () => {
  it('draws every actor and tie of the project, with a legend of what it shows, a title and a source line', () => {
    const d = mapDrawing(data, null, opts());
    expect(d.actors).toHaveLength(data.actors.length);
    expect(d.ties).toHaveLength(data.ties.length);
    expect(d.sections.map((s) => s.id)).toEqual(['sectors', 'shapes', 'tie-types', 'ties']);
    expect(d.sections[0]?.entries.map((e) => e.label)).toContain('Kommune');
    expect(d.title).toBe(data.meta.name);
    expect(d.source).toContain('6. december 2026');
    expect(texts(d)).toContain('Åse');
    expect(texts(d)).toContain('Signaturforklaring');
  });

  it('leaves off what the view filters out, and what lies outside a hidden focus', () => {
    const noMunicipality = mapDrawing(data, view({ filters: { ...DEFAULT_MAP_VIEW_STATE.filters, hiddenSectors: ['municipality'] } }), opts());
    expect(noMunicipality.actors).not.toContain('p1');
    expect(noMunicipality.actors).not.toContain('job');
    expect(noMunicipality.sections[0]?.entries.map((e) => e.label)).not.toContain('Kommune');
    const focus = mapDrawing(data, view({ focus: { actor: 'p4', steps: 1, hide: true } as MapViewState['focus'] }), opts());
    expect(focus.actors.length).toBeLessThan(data.actors.length);
    expect(focus.actors).toContain('p4');
    expect(focus.sections.at(-1)?.entries[0]?.label).toBe('Fokus på Ole, afstand 1');
  });

  it('names actors by their codes when pseudonymised, in the labels, the focus and the title', () => {
    const codes = new Map(data.actors.map((a, i) => [a.id as string, { code: `X${String(i).padStart(3, '0')}`, label: a.label }]));
    const d = mapDrawing(data, view({ focus: { actor: 'p4', steps: 1, hide: false } as MapViewState['focus'] }, 'Oles netværk'), opts({ pseudonyms: codes }));
    const all = texts(d).join('\n');
    // whole words: "Bo" is a person here, and also the start of the sector "Borgere"
    for (const a of data.actors) expect(all, a.label).not.toMatch(new RegExp(`(^|[^\\p{L}])${a.label}([^\\p{L}]|$)`, 'u'));
    expect(all).toContain('X008');
    expect(d.title).toBe('X008s netværk');
  });

  it('writes the shores\' names over "to bredder", as the map does', () => {
    const d = mapDrawing(data, view({ layout: 'shores' }), opts({ layout: () => ({}) }));
    expect(texts(d)).toEqual(expect.arrayContaining(['Kommunen', 'Civilsamfundet']));
    expect(texts(mapDrawing(data, view({ layout: 'force' }), opts()))).not.toContain('Kommunen');
  });

  it('flows a legend taller than the image into more columns, every entry kept and inside the image', () => {
    const tall = mapDrawing(data, null, opts({ height: 800 }));
    const low = mapDrawing(data, null, opts({ height: 260 }));
    const legendTexts = (d: ReturnType<typeof mapDrawing>) => d.legend.flatMap((p) => (p.kind === 'text' ? [p] : []));
    // the same rows, only placed otherwise
    expect(legendTexts(low).map((p) => p.text)).toEqual(legendTexts(tall).map((p) => p.text));
    for (const p of legendTexts(low)) expect(p.y, p.text).toBeLessThanOrEqual(260);
    const columns = (d: ReturnType<typeof mapDrawing>) => new Set(legendTexts(d).filter((p) => p.size < 13).map((p) => Math.round(p.x / 50))).size;
    expect(columns(tall)).toBeLessThan(columns(low));
  });

  it("draws no legend for an empty project, as the app's map does: nothing drawn, nothing to explain", () => {
    const empty: ProjectData = { ...data, actors: [], ties: [], memberships: [], forums: [] };
    const d = mapDrawing(empty, null, opts());
    expect(d.legend).toEqual([]);
    expect(texts(d)).not.toContain('Signaturforklaring');
    // the first actor brings its legend back
    expect(mapDrawing({ ...empty, actors: data.actors.slice(0, 1) }, null, opts()).legend.length).toBeGreaterThan(0);
  });

  it('is worded in English when asked', () => {
    const d = mapDrawing(data, null, opts({ t: createTranslator('en') }));
    expect(texts(d)).toContain('Legend');
    expect(d.sections[0]?.entries.map((e) => e.label)).toContain('Municipality');
    expect(d.source).toContain('6 December 2026');
  });

  it('writes the same SVG twice for the same input, its text as text in DejaVu Sans', () => {
    const a = mapSvg(mapDrawing(data, null, opts()));
    const b = mapSvg(mapDrawing(mapFixture(), null, opts()));
    expect(a).toBe(b);
    expect(a).toContain('font-family="DejaVu Sans"');
    expect(a).toContain('>Åse</text>');
    expect(a).toContain('>Tømrer</text>');
    expect(a).not.toMatch(/\d\.\d{3,}/);
  });

  it('writes numbers with two decimals at most and no negative zero', () => {
    expect([num(1), num(1.005), num(-0.001), num(2.5), num(1 / 3)]).toEqual(['1', '1', '0', '2.5', '0.33']);
  });

  it('escapes what a user typed: a label is text, never markup', () => {
    const evil = { ...data, actors: data.actors.map((a) => (a.id === 'p1' ? { ...a, label: '<script>&"' } : a)) };
    const svg = mapSvg(mapDrawing(evil, null, opts()));
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;&amp;&quot;');
  });
});
