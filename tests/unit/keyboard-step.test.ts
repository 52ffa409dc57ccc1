import { describe, expect, it } from 'vitest';
import { nearestTo, stepToward } from '../../src/core/drawing/keyboard-step';

// a chosen actor at the origin, its neighbours around it (y grows downwards, as on screen)
const around = [
  { id: 'east', at: { x: 100, y: 10 } },
  { id: 'far-east', at: { x: 300, y: 0 } },
  { id: 'north-east', at: { x: 60, y: -80 } },
  { id: 'south', at: { x: -5, y: 120 } },
  { id: 'west', at: { x: -90, y: 30 } },
];

describe('the arrow keys on the map', () => {
  it('go to the neighbour most nearly in line on the arrow’s side', () => {
    const origin = { x: 0, y: 0 };
    expect(stepToward(origin, 'right', around)).toBe('east');
    expect(stepToward(origin, 'left', around)).toBe('west');
    expect(stepToward(origin, 'down', around)).toBe('south');
    // up: north-east is the only one ahead (y < 0)
    expect(stepToward(origin, 'up', around)).toBe('north-east');
  });

  it('prefer a neighbour in line further away to one close by but off to the side', () => {
    // along 300 + 2·0 = 300 against along 60 + 2·80 = 220 for north-east: in line loses here, as the score says…
    expect(stepToward({ x: 0, y: 0 }, 'right', around.filter((c) => c.id !== 'east'))).toBe('north-east');
    // …and wins once the one off to the side is further across than half the distance along
    expect(stepToward({ x: 0, y: 0 }, 'right', [{ id: 'off', at: { x: 60, y: -130 } }, { id: 'line', at: { x: 300, y: 0 } }])).toBe('line');
  });

  it('go nowhere when no neighbour lies that way, and choose the same one every time on a tie', () => {
    expect(stepToward({ x: 0, y: 0 }, 'up', [{ id: 'below', at: { x: 0, y: 50 } }])).toBeNull();
    expect(stepToward({ x: 0, y: 0 }, 'right', [])).toBeNull();
    const twins = [{ id: 'b', at: { x: 50, y: 10 } }, { id: 'a', at: { x: 50, y: -10 } }];
    expect(stepToward({ x: 0, y: 0 }, 'right', twins)).toBe('a');
    expect(stepToward({ x: 0, y: 0 }, 'right', [...twins].reverse())).toBe('a');
  });

  it('start, with nothing chosen, from the actor nearest the middle of the view', () => {
    expect(nearestTo({ x: 95, y: 0 }, around)).toBe('east');
    expect(nearestTo({ x: 0, y: 0 }, [])).toBeNull();
  });
});
