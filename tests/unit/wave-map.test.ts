/**
 * Two waves on the map, and the waves panel's own workings: which actors and ties are marked as
 * gained, lost, kept or in neither wave, the classes the map draws them with, what the legend
 * lists (and leaves off) while waves are compared, and the commands and choices of the panel.
 */
import { describe, expect, it } from 'vitest';
import { waveOverlay } from '../../src/core/drawing/wave-overlay';
import type { WaveId } from '../../src/core/ids';
import { NO_FILTERS } from '../../src/renderer/src/features/map/filters';
import { DEFAULT_LEGEND_VIEW, legendModel } from '../../src/renderer/src/features/map/legend-model';
import { waveMarkCounts } from '../../src/renderer/src/features/map/legend-waves';
import { mapElements, overlayOf, PLAIN } from '../../src/renderer/src/features/map/map-elements';
import { defaultPair, highlightOfCollaboration, livePair, movedOrder, organisationPresence, presenceChanges } from '../../src/renderer/src/features/waves/wave-model';
import { sampleData } from '../../scripts/build-sample';

const data = sampleData();
const overlay = waveOverlay(data, 'w-2025', 'w-2026');
const count = (marks: ReadonlyMap<string, string>, mark: string) => [...marks.values()].filter((m) => m === mark).length;
const w = (id: string) => id as WaveId;

describe("the map's marks for two waves", () => {
  it('mark every tie and actor of the sample by the waves it is in', () => {
    expect([overlay.from, overlay.to]).toEqual(['2025', '2026']);
    expect(['gained', 'lost', 'kept', 'absent'].map((m) => count(overlay.ties, m))).toEqual([3, 2, 128, 0]);
    expect(overlay.ties.get('t-088')).toBe('gained');
    expect(overlay.ties.get('t-097')).toBe('lost');
    expect(overlay.actors.get('p-ida-lauritsen')).toBe('lost');
    expect(overlay.actors.get('p-signe-dalsgaard')).toBe('gained');
    expect(count(overlay.actors, 'kept')).toBe(data.actors.length - 2);
  });

  it('mark what is in neither wave as absent', () => {
    const third = { ...data, waves: [...data.waves, { id: w('w-2027'), label: '2027', date: null }] };
    const between = waveOverlay(third, 'w-2026', 'w-2027');
    // what lists 2025 alone is in neither 2026 nor the new 2027
    expect(between.actors.get('p-ida-lauritsen')).toBe('absent');
    expect(between.ties.get('t-097')).toBe('absent');
    expect(between.actors.get('p-signe-dalsgaard')).toBe('lost');
  });

  it('become the classes the map draws them with, and nothing while no waves are compared', () => {
    const els = mapElements(data, 'da', overlayOf(null), { ...PLAIN, waves: overlay });
    const classes = (id: string) => String([...els.nodes, ...els.edges].find((e) => e.data.id === id)?.classes ?? '');
    expect(classes('tie:t-088')).toContain('wave-gained');
    expect(classes('tie:t-097')).toContain('wave-lost');
    expect(classes('p-ida-lauritsen')).toContain('wave-lost');
    expect(classes('org-boldklub')).toContain('wave-kept');
    expect(waveMarkCounts(els)).toBe('ties gained:3 lost:2 kept:128 absent:0; actors gained:1 lost:1 kept:68 absent:0');
    const plain = mapElements(data, 'da');
    expect([...plain.nodes, ...plain.edges].some((e) => String(e.classes ?? '').includes('wave-'))).toBe(false);
  });
});

describe('the legend while two waves are compared', () => {
  it('lists the wave marks drawn, and no tie types or formality, which the map then does not draw', () => {
    const plain = legendModel(data, overlayOf(null), DEFAULT_LEGEND_VIEW);
    expect(plain.waves).toBeNull();
    expect(plain.tieTypes.length).toBeGreaterThan(0);
    const m = legendModel(data, overlayOf(null), { ...DEFAULT_LEGEND_VIEW, waves: overlay });
    expect(m.waves).toEqual({ from: '2025', to: '2026', tieGained: true, tieLost: true, tieKept: true, actorJoined: true, actorLeft: true, absent: false });
    expect([m.tieTypes, m.formal, m.informal]).toEqual([[], false, false]);
  });

  it('leaves off what the filters hide', () => {
    const noPersons = { ...NO_FILTERS, hiddenKinds: new Set(['person'] as const) };
    const m = legendModel(data, overlayOf(null), { ...DEFAULT_LEGEND_VIEW, filters: noPersons, waves: overlay });
    // every tie that came or went has a person at an end
    expect(m.waves).toMatchObject({ tieGained: false, tieLost: false, actorJoined: false, actorLeft: false });
  });
});

describe("the waves panel's workings", () => {
  it('moves a wave up or down, but not past either end', () => {
    const order = [w('a'), w('b'), w('c')];
    expect(movedOrder(order, w('b'), -1)).toEqual(['b', 'a', 'c']);
    expect(movedOrder(order, w('b'), 1)).toEqual(['a', 'c', 'b']);
    expect(movedOrder(order, w('a'), -1)).toBeNull();
    expect(movedOrder(order, w('c'), 1)).toBeNull();
  });

  it('compares the last two waves until others are chosen, and falls back when a chosen one goes', () => {
    expect(defaultPair(data)).toEqual(['w-2025', 'w-2026']);
    expect(livePair(data, ['w-2026', 'w-2025'])).toEqual(['w-2026', 'w-2025']);
    expect(livePair(data, ['w-2026', 'w-1999'])).toEqual(['w-2025', 'w-2026']);
    expect(defaultPair({ ...data, waves: data.waves.slice(0, 1) })).toBeNull();
  });

  it('puts a whole organisation in a wave: itself, its members and their memberships', () => {
    const command = organisationPresence(data, 'org-boldklub', w('w-2026'), false);
    expect(command.members).toBe(8);
    expect(command.actors).toHaveLength(9);
    expect(command.actors[0]).toBe('org-boldklub');
    expect(command.memberships).toHaveLength(8);
    // all of them are in every wave now: taking them out of 2026 changes each
    expect(presenceChanges(data, command)).toBe(17);
    expect(presenceChanges(data, { ...command, present: true })).toBe(0);
  });

  it('shows a collaboration on the map with its carriers in both waves', () => {
    const h = highlightOfCollaboration({
      a: 'org-a' as never,
      b: 'org-b' as never,
      before: { carriers: 1, carrierPersons: ['p1', 'p2'] as never, carrierTies: ['t1'] as never, flags: [], hangsOn: null, forums: [], organisationTie: false, severity: null, risk: 0, survival: null },
      after: { carriers: 1, carrierPersons: ['p1', 'p3'] as never, carrierTies: ['t2'] as never, flags: [], hangsOn: null, forums: [], organisationTie: false, severity: null, risk: 0, survival: null },
      because: null,
    });
    expect(h).toEqual({ actors: ['org-a', 'org-b', 'p1', 'p2', 'p3'], ties: ['t1', 't2'] });
  });
});
