/**
 * The wave commands in the store: a new wave as a copy of another, copying into a wave that
 * exists, a new order of the waves, and presence set for many elements at once. Each is one
 * undoable step, and each refusal names what is wrong and writes nothing.
 */
import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../../src/core/commands';
import { presentElements } from '../../src/core/analysis/network';
import { onlyInWave, withPresence } from '../../src/core/model/wave-presence';
import type { WaveId } from '../../src/core/ids';
import { newStore } from '../helpers/store';
import { refused, worded } from '../helpers/refused';

/**
 * Two waves. Anne and the club are in both (listing none); Bo only in 2025, Cai only in 2026.
 * Tie t1 (Anne–Bo) is in 2025 only, t2 (Anne–club) in both, t3 (Anne–Cai) in 2026 only.
 */
const seed: CommandInput = {
  type: 'batch',
  commands: [
    { type: 'wave.add', wave: { id: 'w25', label: '2025', date: '2025-03-01' } },
    { type: 'wave.add', wave: { id: 'w26', label: '2026' } },
    { type: 'actor.add', actor: { id: 'club', kind: 'organisation', label: 'Bro Boldklub', sector: 'civil_society' } },
    { type: 'actor.add', actor: { id: 'anne', kind: 'person', label: 'Anne Ørsted', sector: 'municipality' } },
    { type: 'actor.add', actor: { id: 'bo', kind: 'person', label: 'Bo Ærø', sector: 'civil_society', waves: ['w25'] } },
    { type: 'actor.add', actor: { id: 'cai', kind: 'person', label: 'Cai Lund', sector: 'civil_society', waves: ['w26'] } },
    { type: 'membership.add', membership: { id: 'm1', person: 'bo', organisation: 'club', role: 'volunteer', waves: ['w25'] } },
    { type: 'tie.add', tie: { id: 't1', source: 'anne', target: 'bo', waves: ['w25'] } },
    { type: 'tie.add', tie: { id: 't2', source: 'anne', target: 'club' } },
    { type: 'tie.add', tie: { id: 't3', source: 'anne', target: 'cai', waves: ['w26'] } },
  ],
};

function seeded() {
  const { store } = newStore();
  store.apply(seed);
  return store;
}

const wavesOf = (list: ReadonlyArray<{ id: string; waves: readonly string[] }>) => Object.fromEntries(list.map((x) => [x.id, [...x.waves]]));

describe('a new wave as a copy of another', () => {
  it('puts every element of the earlier wave in the new one, as one step that undo takes back', () => {
    const store = seeded();
    const before = store.read();
    store.apply({ type: 'wave.add', wave: { id: 'w27', label: '2027' }, copyFrom: 'w25' });
    const data = store.read();
    expect(data.waves.map((w) => w.id)).toEqual(['w25', 'w26', 'w27']);
    // listed in 2025: now in 2027 too; listing none: in every wave already; only in 2026: not copied
    expect(wavesOf(data.actors)).toEqual({ club: [], anne: [], bo: ['w25', 'w27'], cai: ['w26'] });
    expect(wavesOf(data.ties)).toEqual({ t1: ['w25', 'w27'], t2: [], t3: ['w26'] });
    expect(wavesOf(data.memberships)).toEqual({ m1: ['w25', 'w27'] });
    const present = (wave: string) => presentElements(data, { wave, tieTypes: null });
    expect(present('w27')).toEqual(present('w25'));
    expect(store.historyState().undo).toEqual({ key: 'waves.history.addCopy', params: { label: '2027', from: '2025' } });

    store.undo();
    expect(store.read()).toEqual(before);
    store.close();
  });

  it('copies into a wave that exists, keeping what that wave already has', () => {
    const store = seeded();
    store.apply({ type: 'wave.copy', from: 'w25', wave: 'w26' });
    const data = store.read();
    expect(wavesOf(data.actors)).toEqual({ club: [], anne: [], bo: ['w25', 'w26'], cai: ['w26'] });
    expect(wavesOf(data.ties)).toEqual({ t1: ['w25', 'w26'], t2: [], t3: ['w26'] });
    expect(store.historyState().undo).toEqual({ key: 'waves.history.copy', params: { label: '2026', from: '2025', count: 3 } });
    store.close();
  });

  it('refuses to copy from or into a wave the project lacks, or a wave into itself, and changes nothing', () => {
    const store = seeded();
    const before = store.read();
    const unknownWave = refused(() => store.apply({ type: 'wave.copy', from: 'w24', wave: 'w26' }));
    expect(worded(unknownWave.problems)).toEqual([{ where: 'from', message: 'Wave "w24" does not exist' }]);
    const itself = refused(() => store.apply({ type: 'wave.copy', from: 'w26', wave: 'w26' }));
    expect(worded(itself.problems, 'da')[0]?.message).toBe('en runde kan ikke kopieres til sig selv ("w26"); vælg en anden runde');
    const newFromNothing = refused(() => store.apply({ type: 'wave.add', wave: { id: 'w27', label: '2027' }, copyFrom: 'w24' }));
    expect(worded(newFromNothing.problems)).toEqual([{ where: 'copyFrom', message: 'Wave "w24" does not exist' }]);
    expect(store.read()).toEqual(before);
    expect(store.historyState().undoCount).toBe(1);
    store.close();
  });
});

describe('the order of the waves', () => {
  it('is changed as one step, and every element lists its waves in the new order', () => {
    const store = seeded();
    store.apply({ type: 'wave.copy', from: 'w25', wave: 'w26' });
    store.apply({ type: 'wave.order', ids: ['w26', 'w25'] });
    const data = store.read();
    expect(data.waves.map((w) => w.label)).toEqual(['2026', '2025']);
    expect(data.actors.find((a) => a.id === 'bo')?.waves).toEqual(['w26', 'w25']);
    expect(store.historyState().undo?.key).toBe('waves.history.order');
    store.undo();
    expect(store.read().waves.map((w) => w.label)).toEqual(['2025', '2026']);
    store.close();
  });

  it('must name every wave once', () => {
    const store = seeded();
    const e = refused(() => store.apply({ type: 'wave.order', ids: ['w26', 'w26', 'w99'] }));
    expect(worded(e.problems).map((p) => p.message)).toEqual([
      'wave "w26" is named twice in the new order',
      'Wave "w99" does not exist',
      'the new order leaves out wave w25',
    ]);
    store.close();
  });
});

describe('presence in a wave for many elements at once', () => {
  it('puts elements in a wave, and takes one listing none out of it by listing every other wave', () => {
    const store = seeded();
    store.apply({ type: 'wave.presence', wave: 'w26', present: true, actors: ['bo', 'anne'], memberships: ['m1'] });
    let data = store.read();
    expect(wavesOf(data.actors)).toMatchObject({ anne: [], bo: ['w25', 'w26'] });
    expect(wavesOf(data.memberships)).toEqual({ m1: ['w25', 'w26'] });
    expect(store.historyState().undo).toEqual({ key: 'waves.history.presenceOn', params: { label: '2026', count: 3 } });

    store.apply({ type: 'wave.presence', wave: 'w25', present: false, actors: ['anne'], ties: ['t2'] });
    data = store.read();
    expect(wavesOf(data.actors)).toMatchObject({ anne: ['w26'] });
    expect(wavesOf(data.ties)).toMatchObject({ t2: ['w26'] });
    store.undo();
    expect(wavesOf(store.read().actors)).toMatchObject({ anne: [] });
    store.close();
  });

  it('refuses to take an element out of the only wave it is in, naming it, and writes nothing of the batch', () => {
    const store = seeded();
    const before = store.read();
    const e = refused(() => store.apply({ type: 'wave.presence', wave: 'w25', present: false, actors: ['anne', 'bo'], ties: ['t1', 'tx'] }));
    expect(worded(e.problems, 'en', 'text')).toEqual([
      { where: 'actors[1] (id "bo")', message: '"Bo Ærø" is only in wave "2025" and would then be in no wave; an element without waves counts as present in all. Delete it instead' },
      { where: 'ties[0] (id "t1")', message: '"Anne Ørsted – Bo Ærø" is only in wave "2025" and would then be in no wave; an element without waves counts as present in all. Delete it instead' },
      { where: 'ties[1]', message: 'Tie "tx" does not exist' },
    ]);
    expect(store.read()).toEqual(before);
    store.close();
  });
});

describe('presence as the panel reads it', () => {
  it('counts what is only in a wave, which removing the wave would put in every wave', () => {
    const store = seeded();
    const data = store.read();
    expect(onlyInWave(data, 'w25')).toEqual({ actors: 1, ties: 1, memberships: 1, forums: 0 });
    expect(onlyInWave(data, 'w26')).toEqual({ actors: 1, ties: 1, memberships: 0, forums: 0 });
    store.close();
  });

  it('sets presence in the order of the waves, and says when an element would be in none', () => {
    const order = ['a', 'b', 'c'] as WaveId[];
    const w = (id: string) => id as WaveId;
    expect(withPresence([], order, w('b'), true)).toEqual([]);
    expect(withPresence([], order, w('b'), false)).toEqual(['a', 'c']);
    expect(withPresence([w('c')], order, w('a'), true)).toEqual(['a', 'c']);
    expect(withPresence([w('c')], order, w('c'), false)).toBeNull();
    expect(withPresence([], [w('a')], w('a'), false)).toBeNull();
  });
});
