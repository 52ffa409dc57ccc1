import { describe, expect, it } from 'vitest';
import type { ProjectData } from '../../src/core/model/schema';
import { defaultCodebooks } from '../../src/core/model/defaults';
import { digitKeys, optionForKey } from '../../src/renderer/src/features/coding/choice-keys';
import { codingCommand, draftProblem, emptyDraft, undoCodedCommand, type TieDraft } from '../../src/renderer/src/features/coding/coding-model';
import { countingIds } from '../helpers/store';

/** The interview coding form's steps, apart from the screen: what one Enter saves, what one undo takes back. */

const data = { codebooks: defaultCodebooks() };
const draft = (patch: Partial<TieDraft>): TieDraft => ({ ...emptyDraft(data), ...patch });

describe('a coded tie', () => {
  it('is saved as a single tie.add with the power fields, the quote and the session source', () => {
    const saved = codingCommand(
      draft({ source: { id: 'p-mette' }, target: { id: 'o-kors' }, strength: 4, initiative: 'target', mandate: 'source', resourceFlow: 'toTarget', governance: 'partner', quote: ' »Vi ringer til Ali.« ', confidence: 'high' }),
      ' Interview 3, Mette Lund ',
      countingIds(),
    );
    expect(saved?.command).toEqual({
      type: 'tie.add',
      tie: {
        id: 't-1',
        source: 'p-mette',
        target: 'o-kors',
        type: data.codebooks.tieTypes[0]?.key,
        directed: false,
        strength: 4,
        formality: null,
        initiative: 'target',
        mandate: 'source',
        resourceFlow: 'toTarget',
        dependent: null,
        governance: 'partner',
        evidence: { source: 'Interview 3, Mette Lund', quote: '»Vi ringer til Ali.«', confidence: 'high' },
      },
    });
    expect(saved?.coded).toEqual({ tie: 't-1', created: [] });
  });

  it('creates a person named for the first time, with their membership, in the same step', () => {
    const saved = codingCommand(
      draft({ source: { id: 'p-mette' }, target: { create: { label: ' Ali Haddad ', kind: 'person', sector: 'civil_society', organisation: 'o-kors', role: 'volunteer' } } }),
      'Interview 3',
      countingIds(),
    );
    expect(saved?.command).toMatchObject({
      type: 'batch',
      commands: [
        { type: 'actor.add', actor: { id: 'a-1', kind: 'person', label: 'Ali Haddad', sector: 'civil_society' } },
        { type: 'membership.add', membership: { person: 'a-1', organisation: 'o-kors', role: 'volunteer' } },
        { type: 'tie.add', tie: { id: 't-1', source: 'p-mette', target: 'a-1' } },
      ],
    });
    expect(saved?.coded).toEqual({ tie: 't-1', created: ['a-1'] });
    expect(saved?.ends).toEqual({ source: 'p-mette', target: 'a-1' });
  });

  it('is not saved without both ends, nor between an actor and itself', () => {
    expect(draftProblem(draft({ source: { id: 'a' } }))).toBe('needEnds');
    expect(draftProblem(draft({ source: { id: 'a' }, target: { id: 'a' } }))).toBe('sameActor');
    const ali = (label: string) => ({ create: { label, kind: 'person' as const, sector: null, organisation: null, role: '' } });
    expect(draftProblem(draft({ source: ali('Ali Haddad'), target: ali('haddad, ali') }))).toBe('sameActor');
    expect(codingCommand(draft({ source: { id: 'a' } }), '', countingIds())).toBeNull();
  });
});

describe('undoing one coded tie', () => {
  const project = (ties: Array<[string, string, string]>, extra: Partial<ProjectData> = {}) =>
    ({ ties: ties.map(([id, source, target]) => ({ id, source, target })), forums: [], memberships: [], ...extra }) as unknown as ProjectData;

  it('removes the tie and the actors made with it that nothing else uses', () => {
    const command = undoCodedCommand({ tie: 't-1' as never, created: ['a-1' as never] }, project([['t-1', 'p-mette', 'a-1']]));
    expect(command).toEqual({ type: 'batch', commands: [{ type: 'tie.remove', id: 't-1' }, { type: 'actor.remove', id: 'a-1' }] });
  });

  it('keeps an actor made with it that a later tie, a seat or a member uses', () => {
    const coded = { tie: 't-1' as never, created: ['a-1' as never] };
    expect(undoCodedCommand(coded, project([['t-1', 'p', 'a-1'], ['t-2', 'a-1', 'q']]))).toEqual({ type: 'tie.remove', id: 't-1' });
    const seat = { forums: [{ seats: [{ actor: 'a-1' }] }] } as unknown as Partial<ProjectData>;
    expect(undoCodedCommand(coded, project([['t-1', 'p', 'a-1']], seat))).toEqual({ type: 'tie.remove', id: 't-1' });
    const member = { memberships: [{ person: 'a-2', organisation: 'a-1' }] } as unknown as Partial<ProjectData>;
    expect(undoCodedCommand(coded, project([['t-1', 'p', 'a-1']], member))).toEqual({ type: 'tie.remove', id: 't-1' });
  });

  it('does nothing for a tie that is gone already', () => {
    expect(undoCodedCommand({ tie: 't-1' as never, created: [] }, project([]))).toBeNull();
  });
});

describe('the keys of a choice', () => {
  const options = [
    { key: null, label: '–' },
    { key: '1', label: 'Mette Lund' },
    { key: '2', label: 'Røde Kors' },
    { key: '3', label: 'Begge' },
    { key: '4', label: 'Mødested' },
  ];

  it('pick the option showing a digit', () => {
    expect(optionForKey(options, '2', 0)).toBe(2);
    expect(optionForKey(options, '7', 0)).toBeNull();
  });

  it('pick the next option beginning with a letter, round and round', () => {
    expect(optionForKey(options, 'm', -1)).toBe(1);
    expect(optionForKey(options, 'M', 1)).toBe(4);
    expect(optionForKey(options, 'm', 4)).toBe(1);
    expect(optionForKey(options, 'ø', 0)).toBeNull();
    expect(optionForKey(options, 'Enter', 0)).toBeNull();
  });

  it('number the first nine options', () => {
    expect(digitKeys(3)).toEqual(['1', '2', '3']);
    expect(digitKeys(11).slice(8)).toEqual(['9', null, null]);
  });
});
