import { describe, expect, it } from 'vitest';
import { concentricPositions, placeNewcomers, shoreOfSector, twoShoresPositions, type Point } from '../../src/core/layout';
import { layoutGraph } from '../../src/renderer/src/features/map/map-elements';
import { syntheticProject } from '../bench/generate';
import { mapFixture } from './map-fixture';

const compare = new Intl.Collator('da').compare;

function shores(data = mapFixture(), keep = false) {
  const graph = layoutGraph(data);
  return { graph, positions: twoShoresPositions(graph.nodes, graph.edges, compare, keep) };
}

const at = (positions: Map<string, Point>, id: string): Point => {
  const p = positions.get(id);
  if (!p) throw new Error(`${id} has no position`);
  return p;
};

describe('the two shores', () => {
  it('places every actor, every municipal one left of every civil-society one, the rest between', () => {
    const { graph, positions } = shores();
    expect(positions.size).toBe(graph.nodes.length);
    const xs = (sectors: Array<string | null>) => graph.nodes.filter((n) => sectors.includes(n.sector)).map((n) => at(positions, n.id).x);
    const municipal = xs(['municipality']);
    const civil = xs(['civil_society', 'citizens']);
    const middle = xs(['business']);
    expect(Math.max(...municipal)).toBeLessThan(Math.min(...middle));
    expect(Math.max(...middle)).toBeLessThan(Math.min(...civil));
  });

  it('holds for a large synthetic network too', () => {
    const data = syntheticProject(600, 1500);
    const { graph, positions } = shores(data);
    const xOf = (s: string) => graph.nodes.filter((n) => shoreOfSector(n.sector) === s).map((n) => at(positions, n.id).x);
    expect(Math.max(...xOf('municipality'))).toBeLessThan(Math.min(...xOf('civil')));
  });

  it('puts persons near their organisation, below it', () => {
    const { positions } = shores();
    for (const [person, org] of [
      ['p1', 'job'],
      ['p4', 'club'],
      ['p7', 'firm'],
    ] as const) {
      const p = at(positions, person);
      const o = at(positions, org);
      expect(p.y).toBeGreaterThan(o.y);
      expect(Math.hypot(p.x - o.x, p.y - o.y)).toBeLessThan(200);
    }
  });

  it('keeps a person of one shore out of an organisation on the other, unless drawn inside it', () => {
    // Yusuf (citizens) belongs first to the citizens' group; make his first organisation the jobcentre
    const data = mapFixture();
    data.memberships.unshift({ ...data.memberships[0]!, id: 'm0' as never, person: 'p6' as never, organisation: 'job' as never });
    const plain = shores(data).positions;
    expect(at(plain, 'p6').x).toBeGreaterThan(at(plain, 'firm').x);
    const inside = shores(data, true).positions;
    expect(at(inside, 'p6').x).toBeLessThan(at(inside, 'firm').x);
  });

  it('is deterministic and leaves no two actors on one spot', () => {
    const a = shores().positions;
    const b = shores().positions;
    expect([...a]).toEqual([...b]);
    const spots = new Set([...a.values()].map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(spots.size).toBe(a.size);
  });
});

describe('the concentric layout', () => {
  it('puts the highest value in the middle and lower values further out', () => {
    const { nodes } = layoutGraph(mapFixture());
    const value = (id: string) => (id === 'p4' ? 10 : id === 'p1' ? 5 : 0);
    const positions = concentricPositions(nodes, value, compare);
    const r = (id: string) => Math.hypot(at(positions, id).x, at(positions, id).y);
    expect(r('p4')).toBe(0);
    expect(r('p1')).toBeGreaterThan(0);
    for (const n of nodes) if (value(n.id) === 0) expect(r(n.id)).toBeGreaterThanOrEqual(r('p1') - 1e-9);
    expect(positions.size).toBe(nodes.length);
  });
});

describe('newcomers in a kept arrangement', () => {
  it('go beside their organisation, apart from each other', () => {
    const { nodes, edges } = layoutGraph(mapFixture());
    const placed = new Map<string, Point>([['club', { x: 500, y: 500 }]]);
    const out = placeNewcomers(
      nodes.filter((n) => n.id === 'p4' || n.id === 'p5'),
      edges,
      placed,
      { x: 0, y: 0 },
    );
    const p4 = at(out, 'p4');
    const p5 = at(out, 'p5');
    expect(Math.hypot(p4.x - 500, p4.y - 500)).toBeLessThan(150);
    expect(Math.hypot(p4.x - p5.x, p4.y - p5.y)).toBeGreaterThan(20);
  });
});
