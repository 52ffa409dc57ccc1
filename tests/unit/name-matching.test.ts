import { describe, expect, it } from 'vitest';
import type { ActorId } from '../../src/core/ids';
import { likelyDuplicates, matchNames, nameKey, nameTokens, scoreTokens } from '../../src/core/matching';
import type { ActorKind } from '../../src/core/model/schema';

const actor = (id: string, label: string, kind: ActorKind = 'person') => ({ id: id as ActorId, label, kind });
const score = (a: string, b: string) => scoreTokens(nameTokens(a), nameTokens(b));

describe('Danish name normalisation', () => {
  it('ignores case, spacing, punctuation and accents', () => {
    expect(nameTokens('  RENÉ   Müller-Olsen ')).toEqual(['rene', 'muller', 'olsen']);
  });

  it('reads å as aa, æ as ae and ø as oe', () => {
    expect(nameKey('Åse Ærø Sørensen')).toBe(nameKey('Aase Aeroe Soerensen'));
    expect(nameKey('Aabenraa Boldklub')).toBe(nameKey('Åbenrå Boldklub'));
  });

  it('reads "Hansen, Jens" as "Jens Hansen"', () => {
    expect(nameTokens('Hansen, Jens')).toEqual(['jens', 'hansen']);
    expect(nameKey('Hansen, Jens')).toBe(nameKey('Jens Hansen'));
  });
});

describe('the score', () => {
  it('is 1 for the same tokens in any order', () => {
    expect(score('Jens Hansen', 'Hansen Jens')).toBe(1);
  });

  it('scores an initial by hand: 0.7 × (2 × 1.9 / 4) + 0.3 × (1 − 3/11) = 0.883', () => {
    // tokens [j, hansen] and [jens, hansen]: hansen = 1, j ~ jens = 0.9; joined "hansen j" vs "hansen jens" differ by 3
    expect(score('J. Hansen', 'Jens Hansen')).toBe(0.883);
  });

  it('scores a typing error by hand: 0.7 × (2 × (1 + 6/7) / 4) + 0.3 × (1 − 1/12) = 0.925', () => {
    // hanssen ~ hansen: Levenshtein 1 over 7 letters
    expect(score('Jens Hanssen', 'Jens Hansen')).toBe(0.925);
  });

  it('does not take "Hans Jensen" for "Jens Hansen"', () => {
    expect(score('Jens Hansen', 'Hans Jensen')).toBeLessThan(0.5);
  });
});

describe('matchNames', () => {
  const actors = [
    actor('a1', 'Jens Hansen'),
    actor('a2', 'Hans Jensen'),
    actor('a3', 'Søren Ærø'),
    actor('a4', 'Aabenraa Boldklub', 'organisation'),
    actor('a5', 'Mette Frederiksen'),
  ];

  it('finds æøå spellings exactly', () => {
    const [m] = matchNames(['soeren aeroe'], actors);
    expect(m).toMatchObject({ decision: 'exact', best: { actorId: 'a3', score: 1 } });
  });

  it('finds aa/å spellings of organisations, only among organisations when asked', () => {
    expect(matchNames(['Åbenrå Boldklub'], actors, { kind: 'organisation' })[0]).toMatchObject({ decision: 'exact', best: { actorId: 'a4' } });
    expect(matchNames(['Åbenrå Boldklub'], actors, { kind: 'person' })[0]).toMatchObject({ decision: 'none', best: null });
  });

  it('finds reversed names exactly, and initials as suggestions', () => {
    const [reversed, initial] = matchNames(['Hansen, Jens', 'J. Hansen'], actors);
    expect(reversed).toMatchObject({ decision: 'exact', best: { actorId: 'a1' } });
    expect(initial).toMatchObject({ decision: 'suggested', best: { actorId: 'a1', score: 0.883 } });
  });

  it('never matches "Jens Hansen" to "Hans Jensen"', () => {
    const [m] = matchNames(['Jens Hansen'], actors.filter((a) => a.id !== 'a1'));
    expect(m!.decision).toBe('none');
    expect(m!.best).toBeNull();
  });

  it('lists at most three candidates, best first', () => {
    const many = ['Jens Hansen', 'Jens Hanssen', 'Jens Hansén', 'J. Hansen', 'Jens Hansen Holm'].map((l, i) => actor(`p${i}`, l));
    const [m] = matchNames(['Jens Hansen'], many);
    expect(m!.candidates).toHaveLength(3);
    expect(m!.candidates.map((c) => c.score)).toEqual([...m!.candidates.map((c) => c.score)].sort((x, y) => y - x));
  });

  it('says none for a name like nobody', () => {
    expect(matchNames(['Ib Ny'], actors)[0]).toMatchObject({ decision: 'none', best: null, candidates: [] });
  });
});

describe('likelyDuplicates', () => {
  it('pairs near-duplicates of the same kind only', () => {
    const pairs = likelyDuplicates({
      actors: [
        { ...actor('a1', 'Jens Hansen') },
        { ...actor('a2', 'Hansen, Jens') },
        { ...actor('a3', 'Hans Jensen') },
        { ...actor('o1', 'Jens Hansen', 'organisation') },
        { ...actor('a4', 'Søren Ærø') },
        { ...actor('a5', 'Soeren Aeroe') },
      ].map((a) => ({ ...a, sector: null, attributes: {}, influence: null, turnover: null, notes: '', waves: [] })),
    });
    expect(pairs).toEqual([
      { ids: ['a1', 'a2'], score: 1 },
      { ids: ['a4', 'a5'], score: 1 },
    ]);
  });

  it('handles 2,000 actors quickly', () => {
    const first = ['Jens', 'Mette', 'Søren', 'Anne', 'Lars', 'Karen', 'Peter', 'Hanne', 'Ole', 'Birgit'];
    const last = ['Hansen', 'Jensen', 'Nielsen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen'];
    const actors = Array.from({ length: 2000 }, (_, i) => ({
      ...actor(`a${i}`, `${first[i % 10]} ${String.fromCharCode(65 + ((i / 10) % 26))}${'bcdfghjklm'[i % 7]}${i} ${last[Math.floor(i / 100) % 10]}`),
      sector: null, attributes: {}, influence: null, turnover: null, notes: '', waves: [],
    }));
    const started = performance.now();
    likelyDuplicates({ actors });
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('matching many names against a large project', () => {
  it('finds the same matches comparing by blocks as comparing each name with every actor', () => {
    const first = ['Mette', 'Lars', 'Søren', 'Åse', 'Ali', 'Fatima', 'Jens', 'Karin', 'Ahmad', 'Maja', 'Niels', 'Ida'];
    const last = ['Lund', 'Sørensen', 'Hansen', 'Haddad', 'Østergaard', 'Bæk', 'Møller', 'Holm', 'Karimi', 'Nielsen', 'Jensen', 'Friis'];
    const actors = Array.from({ length: 1_200 }, (_, i) => ({
      id: `p${i}` as ActorId,
      kind: 'person' as const,
      label: `${first[i % 12] ?? ''} ${last[Math.floor(i / 12) % 12] ?? ''}${i >= 144 ? ` ${Math.floor(i / 144)}` : ''}`,
    }));
    // initials, reversed names, aa/oe spellings and a typo after the first letters: what surveys write
    const names = Array.from({ length: 240 }, (_, i) => {
      const a = actors[(i * 37) % actors.length]?.label ?? '';
      const [f = '', l = '', n = ''] = a.split(' ');
      return [`${f.charAt(0)}. ${l} ${n}`, `${l}, ${f} ${n}`, a.replace('å', 'aa').replace('ø', 'oe'), `${f} ${l}e ${n}`][i % 4]?.trim() ?? '';
    });
    const together = matchNames(names, actors);
    const oneByOne = names.map((n) => matchNames([n], actors)[0]);
    expect(together).toEqual(oneByOne);
  });
});
