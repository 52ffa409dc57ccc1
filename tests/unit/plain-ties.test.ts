import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { FADED, LINE_LOOKS, MARK, WAVE_LINES } from '../../src/core/drawing/map-styles';
import { isPlainTie, plainLooks, type TieState } from '../../src/renderer/src/features/map/plain-ties';

const tie = (id: string, classes: string, color = '#0072B2', width = 2): ElementDefinition => ({
  group: 'edges',
  data: { id: `tie:${id}`, source: 'a', target: 'b', color, width },
  classes,
});

const state = (over: Partial<{ hidden: string[]; egoOut: string[]; dimmed: string[]; far: boolean }> = {}): TieState => ({
  hidden: (id) => (over.hidden ?? []).includes(id),
  egoOut: (id) => (over.egoOut ?? []).includes(id),
  dimmed: (id) => (over.dimmed ?? []).includes(id),
  far: () => over.far ?? false,
});

describe('the large map tie layer', () => {
  it('draws plain ties and memberships itself, and leaves a finding’s, a proposal and a lost tie to cytoscape', () => {
    expect(isPlainTie(tie('1', 'tie formal'))).toBe(true);
    expect(isPlainTie(tie('2', 'tie informal fragile'))).toBe(true);
    expect(isPlainTie({ group: 'edges', data: { id: 'membership:m1', source: 'a', target: 'o' }, classes: 'membership' })).toBe(true);
    expect(isPlainTie(tie('3', 'tie formal highlighted'))).toBe(false);
    expect(isPlainTie(tie('4', 'tie formal lost'))).toBe(false);
    expect(isPlainTie({ group: 'edges', data: { id: 'proposal:a|b', source: 'a', target: 'b' }, classes: 'proposal' })).toBe(false);
    expect(isPlainTie({ group: 'nodes', data: { id: 'a' } })).toBe(false);
  });

  it('draws a tie in its own colour and width, an informal one dashed, and solid when zoomed far out', () => {
    const look = plainLooks();
    const formal = look(tie('1', 'tie formal'), state());
    expect(formal).toMatchObject({ color: '#0072B2', width: 2, opacity: LINE_LOOKS.tie.opacity, dash: [], arrow: false });
    expect(look(tie('2', 'tie informal'), state())?.dash).toEqual(LINE_LOOKS.informal.dash);
    expect(look(tie('2', 'tie informal'), state({ far: true }))?.dash).toEqual([]);
    expect(look(tie('3', 'tie formal directed'), state())?.arrow).toBe(true);
  });

  it('draws a fragile tie wide and vermilion, as the style table says', () => {
    const fragile = plainLooks()(tie('1', 'tie formal fragile'), state());
    expect(fragile).toMatchObject({ color: MARK.vermilion, width: LINE_LOOKS.fragile.width, opacity: LINE_LOOKS.fragile.opacity });
  });

  it('fades a tie outside a focus or beside a finding, and leaves off one a filter hides', () => {
    const look = plainLooks();
    expect(look(tie('1', 'tie formal'), state({ egoOut: ['tie:1'] }))?.opacity).toBe(FADED.egoOut);
    expect(look(tie('1', 'tie formal'), state({ dimmed: ['tie:1'] }))?.opacity).toBe(FADED.dimmed);
    expect(look(tie('1', 'tie formal'), state({ hidden: ['tie:1'] }))).toBeNull();
    // the same kind of tie unfaded is still drawn as before: fading is per tie, not per look
    expect(look(tie('2', 'tie formal'), state({ dimmed: ['tie:1'] }))?.opacity).toBe(LINE_LOOKS.tie.opacity);
  });

  it('draws two waves compared as the map style does: kept solid, gained and lost in their marks', () => {
    const look = plainLooks();
    expect(look(tie('1', 'tie informal wave-kept'), state())).toMatchObject({ color: WAVE_LINES.kept.color, dash: [], opacity: WAVE_LINES.kept.opacity });
    expect(look(tie('2', 'tie formal wave-gained'), state())).toMatchObject({ color: WAVE_LINES.gained.color, dash: WAVE_LINES.gained.dash });
    expect(look(tie('3', 'tie formal wave-absent'), state())?.opacity).toBe(WAVE_LINES.absent.opacity);
  });

  it('gives ties alike one shared look', () => {
    const look = plainLooks();
    expect(look(tie('1', 'tie formal'), state())).toBe(look(tie('2', 'tie formal'), state()));
    expect(look(tie('1', 'tie formal'), state())).not.toBe(look(tie('3', 'tie formal', '#E69F00'), state()));
  });

  it('draws a membership as a light dotted line', () => {
    const m = plainLooks()({ group: 'edges', data: { id: 'membership:m1', source: 'a', target: 'o', width: 1 }, classes: 'membership' }, state());
    expect(m).toMatchObject({ color: LINE_LOOKS.membership.color, width: LINE_LOOKS.membership.width, dash: LINE_LOOKS.membership.dash });
  });
});
