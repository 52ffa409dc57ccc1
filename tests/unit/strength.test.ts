import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analysisOptions, analyze } from '../../src/core/analysis/analyze';
import { strengthShare } from '../../src/core/model/strength';
import type { ProjectData } from '../../src/core/model/schema';
import { mapElements, TIE_WIDTH, tieWidth } from '../../src/renderer/src/features/map/map-elements';
import { mapFixture } from './map-fixture';

const scale = { min: 1, max: 5 };

describe('the strength share', () => {
  it('runs from 0 at the lowest value of the scale to 1 at the highest', () => {
    expect(strengthShare(1, scale)).toBe(0);
    expect(strengthShare(3, scale)).toBe(0.5);
    expect(strengthShare(5, scale)).toBe(1);
    expect(strengthShare(0.5, { min: 0, max: 1 })).toBe(0.5);
  });

  it('counts a strength outside the scale as the nearest end of it', () => {
    expect(strengthShare(900, scale)).toBe(1);
    expect(strengthShare(0, scale)).toBe(0);
    expect(strengthShare(-1e6, scale)).toBe(0);
    expect(strengthShare(Infinity, scale)).toBe(1);
    expect(strengthShare(-Infinity, scale)).toBe(0);
  });

  it('is unknown without a strength, or on a scale that cannot be used', () => {
    expect(strengthShare(null, scale)).toBeNull();
    expect(strengthShare(undefined, scale)).toBeNull();
    expect(strengthShare(Number.NaN, scale)).toBeNull();
    expect(strengthShare(3, { min: 5, max: 5 })).toBeNull();
    expect(strengthShare(3, { min: 5, max: 1 })).toBeNull();
    expect(strengthShare(3, { min: 1, max: Infinity })).toBeNull();
  });
});

describe('a tie drawn on the map', () => {
  it('gets a width within the style\'s bounds whatever its strength and the scale', () => {
    const finite = fc.double({ noNaN: true, min: -1e9, max: 1e9 });
    fc.assert(
      fc.property(fc.option(fc.oneof(finite, fc.constantFrom(-1e6, 0, 900, Infinity, -Infinity)), { nil: null }), finite, finite, (strength, a, b) => {
        const width = tieWidth(strength, { min: Math.min(a, b), max: Math.max(a, b) });
        return width >= TIE_WIDTH.min && width <= TIE_WIDTH.max && Number.isFinite(width);
      }),
    );
  });

  it('is as wide as the strongest on the scale when its strength of 900 lies beyond a 1–5 scale, and as thin as the weakest at −1e6 or 0', () => {
    const fixture = mapFixture();
    const withStrength = (strength: number): ProjectData => ({
      ...fixture,
      settings: { ...fixture.settings, strengthScale: scale },
      ties: fixture.ties.map((t) => ({ ...t, strength })),
    });
    const widths = (strength: number) =>
      mapElements(withStrength(strength), 'da')
        .edges.filter((e) => String(e.data.id).startsWith('tie:'))
        .map((e) => Number(e.data.width));
    expect(new Set(widths(900))).toEqual(new Set([TIE_WIDTH.max]));
    expect(new Set(widths(-1e6))).toEqual(new Set([TIE_WIDTH.min]));
    expect(new Set(widths(0))).toEqual(new Set([TIE_WIDTH.min]));
    expect(new Set(widths(3))).toEqual(new Set([(TIE_WIDTH.min + TIE_WIDTH.max) / 2]));
  });
});

describe('a collaboration weighed by the analysis', () => {
  // two organisations carried by one tie between their members: the risk grows with its strength
  const project = (strength: number | null): ProjectData => {
    const data = mapFixture();
    return {
      ...data,
      settings: { ...data.settings, strengthScale: scale },
      actors: data.actors.filter((a) => ['job', 'club', 'p1', 'p4'].includes(a.id)),
      memberships: data.memberships.filter((m) => m.person === 'p1' || m.person === 'p4'),
      ties: [{ ...(data.ties[0] as ProjectData['ties'][number]), id: 'only' as ProjectData['ties'][number]['id'], source: 'p1', target: 'p4', strength, formality: 'informal' }] as ProjectData['ties'],
      forums: [],
    };
  };
  const risk = (strength: number | null) => {
    const data = project(strength);
    const c = analyze(data, analysisOptions(data.settings.analysis, { permutations: 0, monteCarloRuns: 0 })).collaborations;
    expect(c).toHaveLength(1);
    return c[0]?.risk ?? NaN;
  };

  it('reads strength through the same share as the map, so a strength beyond the scale weighs as the top of it', () => {
    expect(risk(900)).toBeCloseTo(risk(5), 12);
    expect(risk(-1e6)).toBeCloseTo(risk(1), 12);
    expect(risk(5)).toBeCloseTo(1, 12);
    expect(risk(1)).toBeCloseTo(0.4, 12);
    expect(risk(3)).toBeCloseTo(0.4 + 0.6 * 0.5, 12);
    expect(risk(null)).toBeCloseTo(0.6, 12);
  });
});
