import { Resvg } from '@resvg/resvg-js';
import { DECK_FONT, dejaVuPath } from './deck-fonts';
import { UNITS_PER_INCH, withDensity } from './render-png-density';

/**
 * An SVG of the map as PNG, drawn by resvg with DejaVu Sans (the app's own copy, so æøå look the
 * same on every machine and no system font is looked for). `scale` is pixels per SVG unit: 2×
 * a 1240-unit-wide map is 2480 pixels, A4's width at 300 dpi, and the file says so (300 dpi).
 */
export function svgToPng(svg: string, scale: number, transparent: boolean): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles: [dejaVuPath(), dejaVuPath('bold')], loadSystemFonts: false, defaultFontFamily: DECK_FONT },
    ...(transparent ? {} : { background: '#ffffff' }),
  });
  return new Uint8Array(withDensity(resvg.render().asPng(), UNITS_PER_INCH * scale));
}
