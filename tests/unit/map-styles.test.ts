import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/core/i18n/catalogue';
import type { LegendModel } from '../../src/core/drawing/legend-model';
import { legendSections, type LegendEntry } from '../../src/core/drawing/legend-sections';
import { LINE_LOOKS, tieLook, typeMark, type LineLook } from '../../src/core/drawing/map-styles';
import { mapStyle } from '../../src/renderer/src/features/map/map-style';

/** A legend with every entry on, so that every swatch is compared with the map. */
const everything: LegendModel = {
  sectors: [{ key: 'municipality', label: { da: 'Kommune', en: 'Municipality' }, color: '#0072B2' }],
  noSector: true,
  kinds: ['person', 'organisation', 'department'],
  keyPerson: true,
  sizeBy: 'degree',
  sizeAttribute: null,
  colourAttribute: null,
  tieTypes: [
    { key: 'contract', label: { da: 'Kontrakt', en: 'Contract' }, color: '#D55E00' },
    { key: 'resources', label: { da: 'Ressourcer', en: 'Resources' }, color: '#E69F00' },
  ],
  formal: true,
  informal: true,
  directed: true,
  fragile: true,
  membership: true,
  containment: true,
  scenario: { leaving: true, lostTie: true, lostCollaboration: true, weakenedCollaboration: true },
  proposals: true,
  focus: null,
  waves: { from: '2025', to: '2026', tieGained: true, tieLost: true, tieKept: true, actorJoined: true, actorLeft: true, absent: true },
};

/** The map's selector for each legend entry: the element the swatch stands for. */
const SELECTOR: Record<string, string> = {
  formal: 'edge.tie',
  informal: 'edge.informal',
  directed: 'edge.directed',
  fragile: 'edge.fragile',
  membership: 'edge.membership',
  proposal: 'edge.proposal',
  'lost-tie': 'edge.lost',
  'tie-gained': 'edge.wave-gained',
  'tie-lost': 'edge.wave-lost',
  'tie-kept': 'edge.wave-kept',
  'key-person': 'node.key-person',
  'lost-collaboration': 'node.collab-lost',
  'weakened-collaboration': 'node.collab-weakened',
  leaving: 'node.leaving',
  'actor-joined': 'node.wave-gained',
  'actor-left': 'node.wave-lost',
  'actor-absent': 'node.wave-absent',
};

const styleOf = (selector: string): Record<string, unknown> => {
  const rule = mapStyle(false).find((r) => 'selector' in r && r.selector === selector);
  if (!rule || !('style' in rule)) throw new Error(`no rule ${selector}`);
  return rule.style as Record<string, unknown>;
};

const dashed = (s: Record<string, unknown>) => (s['line-style'] === 'dashed' || s['line-style'] === 'dotted' ? (s['line-dash-pattern'] ?? s['line-style']) : null);

describe('the one style table', () => {
  const entries: LegendEntry[] = legendSections(everything, createTranslator('da'), (id) => id).flatMap((s) => s.entries);

  it('draws every line swatch of the legend as the map draws that line: colour, width, dashes and halo', () => {
    const lines = entries.filter((e) => e.swatch.kind === 'line' && Object.hasOwn(SELECTOR, e.id));
    expect(lines.map((e) => e.id).sort()).toEqual(['directed', 'formal', 'fragile', 'informal', 'lost-tie', 'membership', 'proposal', 'tie-gained', 'tie-kept', 'tie-lost']);
    for (const e of lines) {
      if (e.swatch.kind !== 'line') continue;
      const look = e.swatch.look;
      const map = styleOf(SELECTOR[e.id] ?? '');
      expect(dashed(map), e.id).toEqual(look.dash ? [...look.dash] : null);
      if (look.color !== null) expect(map['line-color'], e.id).toBe(look.color);
      if (look.width !== null) expect(map.width, e.id).toBe(look.width);
      expect(map.opacity, e.id).toBe(look.opacity);
      if (look.halo) expect([map['underlay-color'], map['underlay-opacity'], map['underlay-padding']], e.id).toEqual([look.halo.color, look.halo.opacity, look.halo.padding]);
      if (look.arrow) expect(map['target-arrow-shape'], e.id).toBe('triangle');
    }
  });

  it('draws the proposed tie dashed in the legend because the map draws it dashed', () => {
    const proposal = entries.find((e) => e.id === 'proposal');
    expect(proposal?.swatch.kind === 'line' && proposal.swatch.look.dash).toEqual([10, 5]);
    expect(dashed(styleOf('edge.proposal'))).toEqual([10, 5]);
  });

  it('outlines every actor swatch of the legend as the map outlines that actor', () => {
    const actors = entries.filter((e) => e.swatch.kind === 'actor' && Object.hasOwn(SELECTOR, e.id));
    expect(actors.length).toBeGreaterThanOrEqual(6);
    for (const e of actors) {
      if (e.swatch.kind !== 'actor') continue;
      const map = styleOf(SELECTOR[e.id] ?? '');
      expect(map['border-color'], e.id).toBe(e.swatch.look.border);
      expect(map['border-width'], e.id).toBe(e.swatch.look.borderWidth);
    }
  });

  it('marks the tie types the legend marks, at the middle of the line, as the map does', () => {
    for (const key of ['contract', 'resources']) {
      const e = entries.find((x) => x.id === key);
      const mark = typeMark(key);
      expect(e?.swatch.kind === 'line' && e.swatch.look.mid).toBe(mark);
      expect(styleOf(`edge.mark-${String(mark)}`)['mid-target-arrow-shape']).toBe(mark);
    }
  });

  it('tells contract, resource and fragile ties apart without their colour (greyscale print)', () => {
    const grey = (l: LineLook) => JSON.stringify([l.width, l.dash, l.halo ? l.halo.padding : null, l.mid, l.arrow]);
    const own = (type: string) => ({ color: '#000', width: 2, mid: typeMark(type) });
    const contract = tieLook(own('contract'), new Set(['tie', 'formal']));
    const resources = tieLook(own('resources'), new Set(['tie', 'formal']));
    const fragile = tieLook(own('collaboration'), new Set(['tie', 'formal', 'fragile']));
    expect(new Set([grey(contract), grey(resources), grey(fragile)]).size).toBe(3);
    expect(fragile.width).toBeGreaterThan(4);
    expect(LINE_LOOKS.fragile.halo).not.toBeNull();
  });
});
