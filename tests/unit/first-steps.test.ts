import { describe, expect, it } from 'vitest';
import { ActorInputSchema, TieInputSchema } from '../../src/core/commands';
import { namesakes } from '../../src/core/matching/search';
import { firstSteps } from '../../src/core/model/first-steps';
import type { Actor, Tie } from '../../src/core/model/schema';

const actor = (id: string, kind: Actor['kind'], label = id): Actor => ({ ...ActorInputSchema.parse({ kind, label }), id: id as Actor['id'] });
const tie = (source: string, target: string): Tie => ({ ...TieInputSchema.parse({ source, target }), id: 't' as Tie['id'] });

describe('the first steps of a network entered by hand', () => {
  it('start with the organisations in an empty project', () => {
    expect(firstSteps({ actors: [], ties: [] })).toEqual({ done: { organisations: false, persons: false, ties: false }, next: 'organisations' });
  });

  it('go on to the persons once there is an organisation or a department, and to the ties once there are persons', () => {
    expect(firstSteps({ actors: [actor('d', 'department')], ties: [] }).next).toBe('persons');
    expect(firstSteps({ actors: [actor('o', 'organisation'), actor('p', 'person')], ties: [] }).next).toBe('ties');
  });

  it('still ask for the organisations when persons were entered without any', () => {
    expect(firstSteps({ actors: [actor('p', 'person')], ties: [] })).toEqual({ done: { organisations: false, persons: true, ties: false }, next: 'organisations' });
  });

  it('are over once the project has a tie', () => {
    expect(firstSteps({ actors: [actor('p', 'person'), actor('q', 'person')], ties: [tie('p', 'q')] }).next).toBeNull();
  });
});

describe('the actors already called a name', () => {
  const actors = [actor('a', 'person', 'Mette Lund'), actor('b', 'person', 'Mette Lundsgaard'), actor('c', 'organisation', 'Mette Lund'), actor('d', 'person', 'Søren Aagaard')];

  it('are found up to case, spacing, word order and the old spelling of æ, ø and å', () => {
    expect(namesakes(actors, 'mette  lund', ['person']).map((a) => a.id)).toEqual(['a']);
    expect(namesakes(actors, 'Lund, Mette', ['person']).map((a) => a.id)).toEqual(['a']);
    expect(namesakes(actors, 'Soeren Ågaard', ['person']).map((a) => a.id)).toEqual(['d']);
  });

  it('are only those of the kinds asked for, and none for a name not yet typed', () => {
    expect(namesakes(actors, 'Mette Lund', ['organisation', 'department']).map((a) => a.id)).toEqual(['c']);
    expect(namesakes(actors, '  ', ['person'])).toEqual([]);
    expect(namesakes(actors, 'Mette', ['person'])).toEqual([]);
  });
});
