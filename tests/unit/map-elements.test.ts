import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../src/core/analysis/analyze';
import { egoNetwork, NO_FILTERS, visibleUnder } from '../../src/renderer/src/features/map/filters';
import { DEFAULT_LEGEND_VIEW, legendModel } from '../../src/renderer/src/features/map/legend-model';
import { firstOrganisation, hiddenElements, mapElements, overlayOf, PLAIN } from '../../src/renderer/src/features/map/map-elements';
import { mapFixture } from './map-fixture';

const data = mapFixture();
const node = (els: ReturnType<typeof mapElements>, id: string) => els.nodes.find((n) => n.data.id === id);
const edge = (els: ReturnType<typeof mapElements>, id: string) => els.edges.find((e) => e.data.id === id);

describe('the map elements', () => {
  it('draw every actor, tie and membership in the plain view, ties in their type colour', () => {
    const els = mapElements(data, 'da');
    expect(els.nodes).toHaveLength(data.actors.length);
    expect(els.edges).toHaveLength(data.ties.length + data.memberships.length);
    expect(edge(els, 'tie:t2')?.data.color).toBe(data.codebooks.tieTypes.find((t) => t.key === 'information')?.color);
    expect(edge(els, 'tie:t2')?.classes).toContain('informal');
    expect(node(els, 'p1')?.data.parent).toBeUndefined();
  });

  it('put persons inside the organisation of their first membership in the compound view', () => {
    expect(firstOrganisation(data).get('p6')).toBe('group');
    const els = mapElements(data, 'da', undefined, { ...PLAIN, compound: true });
    expect(node(els, 'p6')?.data.parent).toBe('group');
    expect(node(els, 'p4')?.data.parent).toBe('club');
    expect(node(els, 'p8')?.data.parent).toBeUndefined();
    expect(node(els, 'club')?.classes).toContain('group');
    // first memberships become containment, a second one stays a line
    const memberships = els.edges.filter((e) => String(e.data.id).startsWith('membership:')).map((e) => e.data.id);
    expect(memberships).toEqual(['membership:m7']);
  });

  it('size actors by the chosen measure from the analysis', () => {
    const result = { actors: data.actors.map((a, i) => ({ id: a.id, degree: i, betweenness: a.id === 'p4' ? 10 : 0, eigenvector: 0 })) } as unknown as AnalysisResult;
    const els = mapElements(data, 'da', undefined, { ...PLAIN, sizeBy: 'betweenness', result });
    expect(Number(node(els, 'p4')?.data.size)).toBeGreaterThan(Number(node(els, 'p5')?.data.size));
    const plain = mapElements(data, 'da');
    expect(node(plain, 'p4')?.data.size).toBe(node(plain, 'p5')?.data.size);
  });

  it('size actors by their strength or betweenness on tie strength, the valued figures and not the counted ones', () => {
    // p4 has the most ties, p5 the strongest: sized by strength p5 is the larger
    const result = {
      actors: data.actors.map((a) => ({ id: a.id, degree: a.id === 'p4' ? 5 : 1, betweenness: a.id === 'p4' ? 10 : 0, eigenvector: 0, valued: { strength: a.id === 'p5' ? 9 : 1, betweenness: a.id === 'p5' ? 4 : 0 } })),
    } as unknown as AnalysisResult;
    for (const sizeBy of ['strength', 'betweennessValued'] as const) {
      const els = mapElements(data, 'da', undefined, { ...PLAIN, sizeBy, result });
      expect(Number(node(els, 'p5')?.data.size)).toBeGreaterThan(Number(node(els, 'p4')?.data.size));
    }
    const counted = mapElements(data, 'da', undefined, { ...PLAIN, sizeBy: 'degree', result });
    expect(Number(node(counted, 'p4')?.data.size)).toBeGreaterThan(Number(node(counted, 'p5')?.data.size));
  });

  it('give back the very same definition for a record whose look is unchanged, and a new one when it changed', () => {
    const first = mapElements(data, 'da');
    const again = mapElements({ ...data }, 'da');
    expect(node(again, 'p1')).toBe(node(first, 'p1'));
    expect(edge(again, 'tie:t1')).toBe(edge(first, 'tie:t1'));
    // a changed record is a new object in a new version of the project
    const renamed = { ...data, actors: data.actors.map((a) => (a.id === 'p1' ? { ...a, label: 'Omdøbt' } : a)) };
    const afterEdit = mapElements(renamed, 'da');
    expect(node(afterEdit, 'p1')).not.toBe(node(first, 'p1'));
    expect(node(afterEdit, 'p1')?.data.label).toBe('Omdøbt');
    expect(node(afterEdit, 'p2')).toBe(node(first, 'p2'));
    // the same record, drawn differently: a fragile tie, another language's sector names
    const marked = mapElements(data, 'da', { fragileTies: new Set(['t1']), keyPersons: new Set() });
    expect(edge(marked, 'tie:t1')?.classes).toContain('fragile');
    expect(edge(mapElements(data, 'da'), 'tie:t1')?.classes).not.toContain('fragile');
    expect(node(mapElements(data, 'en'), 'p1')?.data.sectorLabel).not.toBe(node(first, 'p1')?.data.sectorLabel);
  });

  it('mark a departure scenario and draw proposals as their own edges', () => {
    const els = mapElements(data, 'da', overlayOf(null), {
      ...PLAIN,
      scenario: { leaving: ['p1'], lostTies: ['t1', 't3'], lostCollaborations: [['job', 'club']], weakenedCollaborations: [['int', 'group']] },
      proposals: [
        { source: 'p3', target: 'p5' },
        { source: 'p3', target: 'p5' },
        { source: 'p3', target: 'nobody' },
      ],
    });
    expect(node(els, 'p1')?.classes).toContain('leaving');
    expect(edge(els, 'tie:t1')?.classes).toContain('lost');
    expect(node(els, 'club')?.classes).toContain('collab-lost');
    expect(node(els, 'group')?.classes).toContain('collab-weakened');
    expect(els.edges.filter((e) => e.classes === 'proposal')).toHaveLength(1);
  });
});

describe('the filters', () => {
  it('leave off a sector, and the ties and memberships that hang on it', () => {
    const visible = visibleUnder(data, { ...NO_FILTERS, hiddenSectors: new Set(['municipality']) });
    expect(visible.actors.has('job')).toBe(false);
    expect(visible.actors.has('club')).toBe(true);
    expect(visible.ties.has('t1')).toBe(false);
    const hidden = hiddenElements(mapElements(data, 'da'), visible);
    expect(hidden.has('membership:m1')).toBe(true);
    expect(hidden.has('membership:m4')).toBe(false);
  });

  it('filter ties by type, minimum strength (unknown strength falls below) and formality', () => {
    expect([...visibleUnder(data, { ...NO_FILTERS, hiddenTieTypes: new Set(['collaboration']) }).ties].sort()).toEqual(['t2', 't4', 't5']);
    expect([...visibleUnder(data, { ...NO_FILTERS, minStrength: 3 }).ties].sort()).toEqual(['t1', 't3', 't6']);
    expect([...visibleUnder(data, { ...NO_FILTERS, formality: 'informal' }).ties].sort()).toEqual(['t2', 't4']);
  });

  it('filter by kind and by wave', () => {
    expect(visibleUnder(data, { ...NO_FILTERS, hiddenKinds: new Set(['person']) }).actors.size).toBe(5);
    const waved = structuredClone(data);
    waved.actors[0]!.waves = ['w2' as never];
    expect(visibleUnder(waved, { ...NO_FILTERS, wave: 'w1' }).actors.has('job')).toBe(false);
    expect(visibleUnder(waved, { ...NO_FILTERS, wave: 'w2' }).actors.has('job')).toBe(true);
  });
});

describe('the ego focus', () => {
  it('grows by steps through ties and memberships', () => {
    const one = egoNetwork(data, 'p4', 1);
    expect([...one].sort()).toEqual(['club', 'p1', 'p4', 'p5']);
    const two = egoNetwork(data, 'p4', 2);
    expect(two.has('job')).toBe(true);
    expect(two.has('p7')).toBe(true);
    expect(two.size).toBeGreaterThan(one.size);
    expect(egoNetwork(data, 'p4', 3).size).toBeGreaterThanOrEqual(two.size);
  });
});

describe('the legend model', () => {
  it('lists only what is drawn', () => {
    const m = legendModel(data, overlayOf(null), DEFAULT_LEGEND_VIEW);
    expect(m.sectors.map((s) => s.key)).toEqual(['municipality', 'civil_society', 'citizens', 'business']);
    expect(m.noSector).toBe(true);
    expect(m.tieTypes.map((t) => t.key)).toEqual(['collaboration', 'information', 'contract', 'personal']);
    expect(m).toMatchObject({ formal: true, informal: true, membership: true, containment: false, fragile: false, scenario: null, proposals: false, sizeBy: null });
  });

  it('follows the filters, the compound view, the size measure and the overlays', () => {
    const m = legendModel(data, overlayOf(null), {
      ...DEFAULT_LEGEND_VIEW,
      filters: { ...NO_FILTERS, hiddenSectors: new Set(['business']), hiddenTieTypes: new Set(['information']) },
      compound: true,
      sizeBy: 'degree',
      sized: true,
      scenario: { leaving: ['p1'], lostTies: [], lostCollaborations: [], weakenedCollaborations: [] },
      proposals: [{ source: 'p3', target: 'p5' }],
    });
    expect(m.sectors.map((s) => s.key)).not.toContain('business');
    expect(m.tieTypes.map((t) => t.key)).toEqual(['collaboration', 'personal']);
    expect(m).toMatchObject({ containment: true, membership: true, sizeBy: 'degree', proposals: true });
    expect(m.scenario).toEqual({ leaving: true, lostTie: false, lostCollaboration: false, weakenedCollaboration: false });
  });
});
