import type { StylesheetJson } from 'cytoscape';

/**
 * How the map draws two waves compared. Every tie is drawn by where it is present, not by its type
 * or formality: kept thin and grey, gained in long dashes and wide, lost in dots. Pattern and width
 * tell the three apart in greyscale too; the colours (Okabe–Ito bluish green and vermilion) only
 * add to them. Actors that joined get a double ring, those that left a dotted one and a faded fill;
 * what is in neither wave fades away. The legend draws the same samples (Legend.tsx, map.css).
 */
export const WAVE_MARK = {
  gained: '#009E73',
  lost: '#D55E00',
  kept: '#8A8A8A',
} as const;

/** The gained ties' dashes in model units (the edge layer of large maps draws its own dashed and dotted). */
const GAINED_DASH = [12, 4];

export function waveStyles(large: boolean): StylesheetJson {
  return [
    {
      selector: 'edge.wave-kept',
      style: { 'line-color': WAVE_MARK.kept, 'target-arrow-color': WAVE_MARK.kept, 'line-style': 'solid', width: 1.5, opacity: 0.55 },
    },
    {
      selector: 'edge.wave-gained',
      style: {
        'line-color': WAVE_MARK.gained,
        'target-arrow-color': WAVE_MARK.gained,
        'line-style': 'dashed',
        'line-dash-pattern': GAINED_DASH,
        width: 5,
        opacity: 1,
        'z-index': 6,
        'underlay-color': WAVE_MARK.gained,
        'underlay-opacity': large ? 0 : 0.2,
        'underlay-padding': 3,
      },
    },
    {
      selector: 'edge.wave-lost',
      style: { 'line-color': WAVE_MARK.lost, 'target-arrow-color': WAVE_MARK.lost, 'line-style': 'dotted', width: 4, opacity: 0.95, 'z-index': 5 },
    },
    { selector: 'edge.wave-absent', style: { opacity: 0.08 } },
    { selector: 'node.wave-gained', style: { 'border-style': 'double', 'border-color': WAVE_MARK.gained, 'border-width': 6 } },
    {
      selector: 'node.wave-lost',
      style: { 'border-style': 'dotted', 'border-color': WAVE_MARK.lost, 'border-width': 3.5, 'background-opacity': 0.35, color: '#666' },
    },
    { selector: 'node.wave-absent', style: { opacity: 0.15 } },
  ];
}
