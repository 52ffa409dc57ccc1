import { describe, expect, it } from 'vitest';
import { defaultKeep, duplicateRows, likenessOf, type DuplicateSide } from '../../src/core/matching';
import { defaultCodebooks, defaultSettings } from '../../src/core/model/defaults';
import { joinText, unionWaves } from '../../src/core/model/merge';
import type { Actor, ProjectData, Tie } from '../../src/core/model/schema';
import type { ActorId, TieId, WaveId } from '../../src/core/ids';

const actor = (id: string, label: string, kind: Actor['kind'] = 'person'): Actor => ({
  id: id as ActorId,
  kind,
  label,
  sector: null,
  attributes: {},
  influence: null,
  turnover: null,
  notes: '',
  waves: [],
});
const tie = (id: string, source: string, target: string): Tie => ({
  id: id as TieId,
  source: source as ActorId,
  target: target as ActorId,
  type: 'collaboration',
  directed: false,
  strength: null,
  formality: null,
  initiative: null,
  mandate: null,
  resourceFlow: null,
  dependent: null,
  governance: null,
  evidence: { source: '', quote: '', confidence: null },
  attributes: {},
  notes: '',
  waves: [],
});
const project = (actors: Actor[], ties: Tie[] = []): ProjectData => ({
  meta: { name: 'P', description: '' },
  settings: defaultSettings(),
  codebooks: defaultCodebooks(),
  waves: [],
  actors,
  memberships: [],
  ties,
  forums: [],
  activities: [],
  views: [],
  positions: {},
});
const side = (id: string, ties: number, memberships = 0, seats = 0): DuplicateSide => ({
  id: id as ActorId,
  label: id,
  kind: 'person',
  organisations: [],
  uses: { ties, memberships, seats },
});

describe('the likely duplicates of a project', () => {
  it('are pairs of the same kind, best first, keeping by default the one with more ties', () => {
    const data = project(
      [actor('a', 'Mette Sørensen'), actor('b', 'Sørensen, Mette'), actor('c', 'Mette Sørensen', 'organisation'), actor('d', 'Jens Hansen'), actor('e', 'Jens Hansén'), actor('x', 'X')],
      [tie('t1', 'b', 'x'), tie('t2', 'e', 'x')],
    );
    const rows = duplicateRows(data);
    expect(rows.map((r) => [r.ids, r.keep, r.likeness])).toEqual([
      [['a', 'b'], 'b', 'merge.score.sameName'],
      [['d', 'e'], 'e', 'merge.score.sameName'],
    ]);
    expect(duplicateRows(data, 'organisations')).toEqual([]);
    expect(duplicateRows(data, 'persons')).toHaveLength(2);
  });

  it('word how alike two names are', () => {
    expect(likenessOf(1, 'Mette Lund', 'Mette Lund')).toBe('merge.score.identical');
    expect(likenessOf(1, 'Mette Lund', 'Lund, Mette')).toBe('merge.score.sameName');
    expect(likenessOf(0.93, 'Mette Lund', 'Mete Lund')).toBe('merge.score.veryClose');
    expect(likenessOf(0.8, 'M. Lund', 'Mette Lund')).toBe('merge.score.close');
  });

  it('keep by default the one with more ties, then more memberships and seats, then the first', () => {
    expect(defaultKeep(side('a', 1), side('b', 2))).toBe('b');
    expect(defaultKeep(side('a', 2, 0, 0), side('b', 2, 1, 0))).toBe('b');
    expect(defaultKeep(side('a', 2, 1), side('b', 2, 0, 1))).toBe('a');
  });
});

describe('the merge of texts and waves', () => {
  it('joins two texts keeping both, and adds nothing that is empty or already there', () => {
    expect(joinText('a', 'b', '; ')).toBe('a; b');
    expect(joinText('', 'b', '; ')).toBe('b');
    expect(joinText('a', '  ', '; ')).toBe('a');
    expect(joinText('Vi ses hver uge', 'hver uge', '; ')).toBe('Vi ses hver uge');
    expect(joinText('uge', 'Vi ses hver uge', '; ')).toBe('Vi ses hver uge');
  });

  it('unites waves, an element present in every wave staying so', () => {
    const w = (...ids: string[]) => ids as WaveId[];
    expect(unionWaves(w('w1'), w('w2', 'w1'))).toEqual(['w1', 'w2']);
    expect(unionWaves(w(), w('w2'))).toEqual([]);
    expect(unionWaves(w('w1'), w())).toEqual([]);
  });
});
