import { describe, expect, it } from 'vitest';
import type { ActorId } from '../../src/core/ids';
import { indexActors, sameName, searchActors } from '../../src/core/matching';
import type { ActorKind } from '../../src/core/model/schema';

/** Finding an actor by what is typed so far, as the interview coding form does. */

const actor = (label: string, kind: ActorKind = 'person') => ({ id: label.toLowerCase().replace(/\W+/g, '-') as ActorId, label, kind });
const ACTORS = indexActors([
  actor('Mette Lund'),
  actor('Anne Mette Berg'),
  actor('Åse Østergaard'),
  actor('Søren Ærø'),
  actor('René Müller'),
  actor('Jens Hansen'),
  actor('Hans Jensen'),
  actor('Røde Kors Bro', 'organisation'),
  actor('Rødekorshuset', 'organisation'),
  actor('Aabenraa Boldklub', 'organisation'),
]);
const found = (query: string) => searchActors(query, ACTORS).map((h) => h.actor.label);

describe('searching actors by a name being typed', () => {
  it('finds a name by the beginnings of its words, in any order', () => {
    expect(found('met')).toEqual(['Mette Lund', 'Anne Mette Berg']);
    expect(found('met lu')).toEqual(['Mette Lund']);
    expect(found('Lund M')).toEqual(['Mette Lund']);
    expect(found('Hansen, Jens')[0]).toBe('Jens Hansen');
  });

  it('puts the same name first, whatever its spelling', () => {
    const hits = searchActors('jens hansen', ACTORS);
    expect(hits[0]).toMatchObject({ actor: { label: 'Jens Hansen' }, score: 2 });
    // "Hans Jensen" has the same letters but not the same words
    expect(hits.map((h) => h.actor.label)).not.toContain('Hans Jensen');
  });

  it('reads å as aa, ø as oe and æ as ae, and accents as plain letters', () => {
    expect(found('aase')).toEqual(['Åse Østergaard']);
    expect(found('åbenrå')).toEqual(['Aabenraa Boldklub']);
    expect(found('oest')).toEqual(['Åse Østergaard']);
    expect(found('aeroe')).toEqual(['Søren Ærø']);
    expect(found('rene mul')).toEqual(['René Müller']);
  });

  it('finds a name typed without the Danish letters, after those typed with them', () => {
    expect(found('Ase')).toEqual(['Åse Østergaard']);
    expect(found('Sorensen')).toEqual([]);
    expect(found('Soren')).toEqual(['Søren Ærø']);
    expect(found('ro')).toEqual(['Røde Kors Bro', 'Rødekorshuset']);
    // "roe" begins "Røde" as written; inside "Ærø" it is a looser fit
    expect(searchActors('roe', ACTORS).map((h) => [h.actor.label, h.score])).toEqual([
      ['Røde Kors Bro', 1],
      ['Rødekorshuset', 1],
      ['Søren Ærø', 0.594],
    ]);
  });

  it('finds a word inside another and a typing error, below the words that begin', () => {
    expect(found('kors')).toEqual(['Røde Kors Bro', 'Rødekorshuset']);
    const typo = searchActors('Mete', ACTORS);
    expect(typo.map((h) => h.actor.label)).toEqual(['Mette Lund', 'Anne Mette Berg']);
    expect(typo[0]?.score).toBeLessThan(1);
  });

  it('finds nothing for nothing typed, and stops at the limit', () => {
    expect(found('  ')).toEqual([]);
    expect(found('xyz')).toEqual([]);
    expect(searchActors('r', ACTORS, { limit: 2 })).toHaveLength(2);
  });

  it('tells a name already in the project from a new one', () => {
    expect(sameName('lund, mette', 'Mette Lund')).toBe(true);
    expect(sameName('Aase Oestergaard', 'Åse Østergaard')).toBe(true);
    expect(sameName('Mette', 'Mette Lund')).toBe(false);
    expect(sameName('', '')).toBe(false);
  });
});
