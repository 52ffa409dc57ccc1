import { describe, expect, it } from 'vitest';
import { applyProjectPatch, deepFreeze, diffProjectData, PatchMismatch, sameJson } from '../../src/core/model/project-patch';
import { TieInputSchema } from '../../src/core/commands';
import type { ProjectData, Tie } from '../../src/core/model/schema';
import { defaultCodebooks, defaultSettings } from '../../src/core/model/defaults';

/** A tie with every field at its default, as the store would hold it. */
const tie = (id: string, strength: number | null = null): Tie => ({ ...TieInputSchema.parse({ source: 'a', target: 'b', strength }), id: id as Tie['id'] });

const project = (ties: Tie[]): ProjectData => ({
  meta: { name: 'P', description: '' },
  settings: defaultSettings(),
  codebooks: defaultCodebooks(),
  waves: [],
  actors: [],
  memberships: [],
  ties,
  forums: [],
  activities: [],
  views: [],
  positions: {},
});

describe('a project patch', () => {
  it('is empty between equal versions, even when they share no object', () => {
    expect(diffProjectData(project([tie('t1')]), project([tie('t1')]))).toEqual({});
  });

  it('carries a new tie and no order when the tie is appended', () => {
    const prev = project([tie('t1'), tie('t2')]);
    const next = project([tie('t1'), tie('t2'), tie('t3')]);
    const patch = diffProjectData(prev, next);
    expect(patch).toEqual({ ties: { put: [tie('t3')], removed: [] } });
    const built = applyProjectPatch(prev, patch);
    expect(built).toEqual(next);
    expect(built.ties[0]).toBe(prev.ties[0]);
    expect(built.actors).toBe(prev.actors);
  });

  it('carries a changed tie, a removed one and the order when the order changed', () => {
    const prev = project([tie('t1'), tie('t2'), tie('t3')]);
    const next = project([tie('t3'), tie('t1', 4)]);
    const patch = diffProjectData(prev, next);
    expect(patch.ties).toEqual({ put: [tie('t1', 4)], removed: ['t2'], order: ['t3', 't1'] });
    const built = applyProjectPatch(prev, patch);
    expect(built).toEqual(next);
    expect(built.ties[0]).toBe(prev.ties[2]);
  });

  it('replaces the settings whole when they changed', () => {
    const prev = project([]);
    const next = { ...prev, settings: { ...prev.settings, layout: { positions: { a: { x: 1, y: 2 } } } } };
    expect(diffProjectData(prev, next)).toEqual({ settings: next.settings });
  });

  it('refuses to apply to a version it does not fit', () => {
    expect(() => applyProjectPatch(project([]), { ties: { put: [], removed: ['t9'] } })).toThrow(PatchMismatch);
    expect(() => applyProjectPatch(project([tie('t1')]), { ties: { put: [], removed: [], order: ['t1', 't1'] } })).toThrow(PatchMismatch);
    expect(() => applyProjectPatch(project([tie('t1'), tie('t2')]), { ties: { put: [], removed: [], order: ['t1'] } })).toThrow(PatchMismatch);
  });

  it('compares JSON by content, telling arrays from objects and missing keys from null', () => {
    expect(sameJson({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
    expect(sameJson({ a: null }, {})).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameJson(1, '1')).toBe(false);
  });

  it('freezes a value all the way down', () => {
    const value = deepFreeze({ a: { b: [1, { c: 2 }] } });
    expect(Object.isFrozen(value.a.b[1])).toBe(true);
  });
});
