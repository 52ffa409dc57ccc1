import { describe, expect, it } from 'vitest';
import { decodeProjectJson } from '../../src/core/format/project-json';
import { summarize } from '../../src/core/model/summary';

const data = decodeProjectJson(
  JSON.stringify({
    format: 'brobygger-project',
    version: 1,
    meta: { name: 'Summary' },
    waves: [
      { id: 'w1', label: '2025', date: '2025-01-01' },
      { id: 'w2', label: '2026', date: null },
    ],
    actors: [
      { id: 'k', kind: 'department', label: 'Jobcenter', sector: 'municipality' },
      { id: 'f', kind: 'organisation', label: 'Forening', sector: 'civil_society' },
      { id: 'a', kind: 'person', label: 'A', sector: 'municipality' },
      { id: 'b', kind: 'person', label: 'B', waves: ['w1'] },
    ],
    memberships: [{ id: 'm', person: 'a', organisation: 'k', role: 'employee', waves: ['w2'] }],
    ties: [
      { id: 't1', source: 'a', target: 'b', type: 'advice', waves: ['w1'] },
      { id: 't2', source: 'k', target: 'f', type: 'contract' },
    ],
    forums: [{ id: 'fo', label: 'Forum', seats: [{ actor: 'a', represents: 'k', role: 'chair' }] }],
  }),
  'summary.json',
);

describe('a project summary', () => {
  const s = summarize(data, 'en');

  it('counts actors by kind and every other element', () => {
    expect(s.counts).toEqual({ persons: 2, organisations: 1, departments: 1, memberships: 1, ties: 2, forums: 1, seats: 1, waves: 2, activities: 0 });
  });

  it('lists every sector of the codebook and, separately, the actors without one', () => {
    expect(s.bySector.map((x) => [x.sector, x.actors])).toEqual([
      ['municipality', 2],
      ['civil_society', 1],
      ['citizens', 0],
      ['business', 0],
      ['other_public', 0],
      [null, 1],
    ]);
  });

  it('counts ties by type with labels in the chosen language', () => {
    expect(s.byTieType.find((t) => t.type === 'contract')).toEqual({ type: 'contract', label: 'Contract / supplier', ties: 1 });
    expect(summarize(data, 'da').byTieType.find((t) => t.type === 'advice')?.label).toBe('Rådgivning');
  });

  it('counts an element with no waves listed as present in every wave', () => {
    expect(s.byWave).toEqual([
      { id: 'w1', label: '2025', actors: 4, ties: 2, memberships: 0 },
      { id: 'w2', label: '2026', actors: 3, ties: 1, memberships: 1 },
    ]);
  });
});
