import { describe, expect, it } from 'vitest';
import { computeLayout, LAYOUTS, layoutGraphOf, organisationBoxes, tieCrossings, layoutCollator, type LayoutName } from '../../src/core/layout';
import { forcePositions } from '../../src/core/layout/force';
import { BOX_LABEL, BOX_PADDING } from '../../src/core/layout/compound';
import type { ProjectData } from '../../src/core/model/schema';
import { sampleData } from '../../scripts/build-sample';
import { syntheticProject } from '../bench/generate';

/** A deterministic shuffle (no Math.random in a test of determinism either). */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const sample = sampleData();

describe('computeLayout', () => {
  it.each(LAYOUTS.map((l) => [l]))('gives the same positions for the same data every time (%s)', (name: LayoutName) => {
    const first = computeLayout(sample, name);
    const again = computeLayout(structuredClone(sample), name);
    expect(again).toEqual(first);
    expect(Object.keys(first).sort()).toEqual(sample.actors.map((a) => a.id).sort());
  });

  it.each([['force'], ['shores'], ['concentric']] as const)('does not depend on the order of the actors and ties in the project (%s)', (name) => {
    const reordered: ProjectData = { ...sample, actors: shuffled(sample.actors, 7), ties: shuffled(sample.ties, 11) };
    expect(computeLayout(reordered, name)).toEqual(computeLayout(sample, name));
    expect(computeLayout(reordered, name, { compound: true })).toEqual(computeLayout(sample, name, { compound: true }));
  });

  it('lays out only the visible actors when asked', () => {
    const visible = new Set(sample.actors.slice(0, 20).map((a) => a.id));
    const positions = computeLayout(sample, 'force', { visible });
    expect(Object.keys(positions).sort()).toEqual([...visible].sort());
  });

  it('keeps a saved arrangement in the manual layout and places the actors it lacks beside their neighbours', () => {
    const saved = computeLayout(sample, 'force');
    const missing = sample.actors[3]?.id as string;
    const { [missing]: _gone, ...rest } = saved;
    const positions = computeLayout({ ...sample, positions: rest }, 'manual');
    for (const [id, p] of Object.entries(rest)) expect(positions[id]).toEqual(p);
    expect(positions[missing]).toBeDefined();
  });

  it('leaves no two actors of the force layout on top of each other', () => {
    const p = Object.values(computeLayout(sample, 'force'));
    for (let i = 0; i < p.length; i++)
      for (let j = i + 1; j < p.length; j++) {
        const a = p[i] as { x: number; y: number };
        const b = p[j] as { x: number; y: number };
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(30);
      }
  });
});

/** The organisations' boxes as cytoscape draws them: around their persons, with padding and the name above. */
function boxesOf(data: ProjectData, positions: Record<string, { x: number; y: number }>) {
  const graph = layoutGraphOf(data);
  return organisationBoxes(graph, layoutCollator.compare).map((box) => {
    const ps = box.members.map((id) => positions[id] as { x: number; y: number });
    return {
      id: box.organisation,
      x1: Math.min(...ps.map((p) => p.x)) - 46 - BOX_PADDING,
      x2: Math.max(...ps.map((p) => p.x)) + 46 - 0 + BOX_PADDING,
      y1: Math.min(...ps.map((p) => p.y)) - 15 - BOX_PADDING - BOX_LABEL,
      y2: Math.max(...ps.map((p) => p.y)) + 28 + BOX_PADDING,
    };
  });
}

function intersecting(boxes: ReturnType<typeof boxesOf>): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i] as (typeof boxes)[number];
      const b = boxes[j] as (typeof boxes)[number];
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) out.push(`${a.id} × ${b.id}`);
    }
  return out;
}

describe('persons in organisations', () => {
  it.each([['force'], ['shores']] as const)('draws no two organisation boxes over each other on the sample (%s)', (name) => {
    const boxes = boxesOf(sample, computeLayout(sample, name, { compound: true }));
    expect(boxes.length).toBeGreaterThan(10);
    expect(intersecting(boxes)).toEqual([]);
  });

  it('draws no two organisation boxes over each other on a larger generated project', () => {
    const data = syntheticProject(400, 900);
    const boxes = boxesOf(data, computeLayout(data, 'force', { compound: true }));
    expect(boxes.length).toBeGreaterThan(10);
    expect(intersecting(boxes)).toEqual([]);
  });
});

describe('ties and unrelated actors', () => {
  it('draws fewer ties through actors that are not their ends than the force layout alone, on the sample', () => {
    const graph = layoutGraphOf(sample);
    const raw = forcePositions(
      graph.nodes.map((n) => ({ id: n.id, hw: 34, hh: 24 })),
      [...graph.edges, ...graph.memberships],
    );
    const before = tieCrossings(raw, graph.edges);
    const after = tieCrossings(new Map(Object.entries(computeLayout(sample, 'force'))), graph.edges);
    expect(after).toBeLessThan(before);
    // the sample: 34 such pairs from ForceAtlas2 alone, 2 after the nudging
    expect(after).toBeLessThanOrEqual(2);
  });
});
