import { describe, expect, it } from 'vitest';
import { TieInputSchema } from '../../src/core/commands';
import { isPresent, withPresence } from '../../src/core/model/presence';
import { directionPatch, reversed } from '../../src/core/model/tie-edits';
import { dyadAsymmetry } from '../../src/core/analysis/power';
import type { Tie } from '../../src/core/model/schema';

const tie = TieInputSchema.parse({
  id: 't',
  source: 'kommune',
  target: 'klub',
  directed: true,
  initiative: 'source',
  mandate: 'both',
  resourceFlow: 'toTarget',
  dependent: 'target',
  governance: 'supplier',
}) as Tie;

describe('turning a tie round', () => {
  it('swaps its ends and every power field that names an end, so each fact stays with its actor', () => {
    expect(reversed(tie)).toEqual({ source: 'klub', target: 'kommune', initiative: 'target', mandate: 'both', resourceFlow: 'toSource', dependent: 'source' });
  });

  it('leaves the power analysis of the pair as it was, seen from the other end', () => {
    const before = dyadAsymmetry(tie, undefined, undefined).parts;
    const after = dyadAsymmetry({ ...tie, ...reversed(tie) }, undefined, undefined).parts;
    expect(before).toEqual({ initiative: 1, mandate: 0, resources: 1, dependence: 1, governance: 1 });
    // governance names no end: a supplier tie is read from its source, which the panel words by name
    expect(after).toEqual({ initiative: -1, mandate: 0, resources: -1, dependence: -1, governance: 1 });
  });

  it('keeps unknowns unknown', () => {
    const plain = TieInputSchema.parse({ id: 'u', source: 'a', target: 'b' }) as Tie;
    expect(reversed(plain)).toEqual({ source: 'b', target: 'a', initiative: null, mandate: null, resourceFlow: null, dependent: null });
  });

  it('gives a direction either way, or takes it away', () => {
    expect(directionPatch(tie, 'undirected')).toEqual({ directed: false });
    expect(directionPatch(tie, 'forward')).toEqual({ directed: true });
    expect(directionPatch(tie, 'backward')).toMatchObject({ directed: true, source: 'klub', target: 'kommune' });
  });
});

describe('presence in waves', () => {
  const waves = [{ id: 'w1' }, { id: 'w2' }, { id: 'w3' }];
  it('reads an empty list as every wave, and writes every wave as an empty list', () => {
    expect(isPresent([], 'w2')).toBe(true);
    expect(withPresence([], waves, 'w2', false)).toEqual(['w1', 'w3']);
    expect(withPresence(['w1', 'w3'], waves, 'w2', true)).toEqual([]);
    expect(withPresence([], waves, 'w2', true)).toEqual([]);
  });

  it('keeps the project order of the waves, and an element in no wave is not written', () => {
    expect(withPresence(['w3'], waves, 'w1', true)).toEqual(['w1', 'w3']);
    expect(withPresence(['w3'], waves, 'w3', false)).toEqual(['w3']);
  });
});
