import { describe, expect, it } from 'vitest';
import { sameNetwork } from '../../src/core/model/same-content';
import { syntheticProject } from '../bench/generate';

describe('whether two versions of a project hold the same network', () => {
  const data = syntheticProject(50, 250);

  it('holds for a version that only moved actors, renamed the project or saved a view, sharing every record', () => {
    const moved = { ...data, positions: { a1: { x: 5, y: 7 } }, meta: { ...data.meta, name: 'Omdøbt' }, views: [] };
    expect(sameNetwork(data, moved)).toBe(true);
  });

  it('holds for settings and codebooks equal in value though read anew', () => {
    expect(sameNetwork(data, { ...data, settings: structuredClone(data.settings), codebooks: structuredClone(data.codebooks) })).toBe(true);
  });

  it('fails for a tie removed, an actor changed, or another strength scale', () => {
    expect(sameNetwork(data, { ...data, ties: data.ties.slice(1) })).toBe(false);
    expect(sameNetwork(data, { ...data, actors: data.actors.map((a, i) => (i === 0 ? { ...a, label: 'Ny' } : a)) })).toBe(false);
    expect(sameNetwork(data, { ...data, settings: { ...data.settings, strengthScale: { min: 0, max: 9 } } })).toBe(false);
  });
});
