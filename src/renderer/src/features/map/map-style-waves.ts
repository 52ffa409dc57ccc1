import type { StylesheetJson } from 'cytoscape';

import { WAVE_ACTORS, WAVE_LINES } from '../../../../core/drawing/map-styles';
import { cyLine } from './cy-looks';

// the looks are the style table's (src/core/drawing/map-styles.ts): the legend and the image writers draw them too
export { WAVE_MARK } from '../../../../core/drawing/map-styles';

/** How the map draws two waves compared: kept, gained and lost ties, joined and left actors. */
export function waveStyles(large: boolean): StylesheetJson {
  return [
    { selector: 'edge.wave-kept', style: { ...cyLine(WAVE_LINES.kept), 'line-style': 'solid' } },
    { selector: 'edge.wave-gained', style: { ...cyLine(WAVE_LINES.gained, large), 'z-index': 6 } },
    { selector: 'edge.wave-lost', style: { ...cyLine(WAVE_LINES.lost), 'z-index': 5 } },
    { selector: 'edge.wave-absent', style: { opacity: WAVE_LINES.absent.opacity } },
    { selector: 'node.wave-gained', style: { 'border-style': 'double', 'border-color': WAVE_ACTORS.gained.border, 'border-width': WAVE_ACTORS.gained.borderWidth } },
    {
      selector: 'node.wave-lost',
      style: {
        'border-style': 'dotted',
        'border-color': WAVE_ACTORS.lost.border,
        'border-width': WAVE_ACTORS.lost.borderWidth,
        'background-opacity': WAVE_ACTORS.lost.fillOpacity,
        color: '#666',
      },
    },
    { selector: 'node.wave-absent', style: { opacity: WAVE_ACTORS.absent.opacity } },
  ];
}
