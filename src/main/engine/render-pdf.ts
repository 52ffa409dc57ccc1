import SVGtoPDF from 'svg-to-pdfkit';
import { DECK_FONT } from './deck-fonts';
import { DECK_FONT_BOLD, pdfWriter } from './pdf-writer';

/** CSS pixels to PDF points. */
const PT = 0.75;

/**
 * An SVG of the map as a one-page PDF of the same proportions: vector, its text as text in the
 * embedded DejaVu Sans (regular and bold), so it prints sharp and can be searched. The file's
 * dates are the image's own date, so the same image made twice is the same.
 */
export async function svgToPdf(svg: string, size: { width: number; height: number }, meta: { title: string; date: string; lang: 'da' | 'en' }): Promise<Uint8Array> {
  const w = size.width * PT;
  const h = size.height * PT;
  const { doc, finish } = pdfWriter(meta, { size: [w, h], margin: 0 });
  SVGtoPDF(doc, svg, 0, 0, { width: w, height: h, preserveAspectRatio: 'xMidYMid meet', fontCallback: (_family, bold) => (bold ? DECK_FONT_BOLD : DECK_FONT) });
  return finish();
}
