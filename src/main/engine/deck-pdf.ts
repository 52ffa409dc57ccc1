import SVGtoPDF from 'svg-to-pdfkit';
import type { DeckSlide } from '../../core/slides/deck';
import { DECK_FONT } from './deck-fonts';
import { DECK_FONT_BOLD, pdfWriter } from './pdf-writer';
import { SLIDE_MAP_HEIGHT, type SlideMapRenderer } from './deck-map';

/** A 16:9 page in points, and the map's room on it. */
const W = 960;
const H = 540;
const MAP = { x: 28, y: 74, w: 904, h: 422 };

/**
 * The deck as PDF, one page per view: its title, the map with its legend as vector (the map's
 * SVG drawn by svg-to-pdfkit, text as text in the embedded DejaVu font) and the source line.
 * Speaker notes are for the presenter and are not printed. The file's dates are the deck's own
 * date, so the same deck made twice is the same.
 */
export async function pdfDeck(slides: readonly DeckSlide[], renderMap: SlideMapRenderer, meta: { title: string; date: string; lang: 'da' | 'en' }): Promise<Uint8Array> {
  const { doc, finish } = pdfWriter(meta, { size: [W, H], margin: 0, autoFirstPage: false });
  for (const s of slides) {
    doc.addPage({ size: [W, H], margin: 0 });
    doc.font(DECK_FONT_BOLD).fontSize(22).fillColor('#1a1a1a').text(s.title, 28, 22, { width: W - 56, height: 44, ellipsis: true, lineBreak: false });
    // drawn at the slides' common map height, so legend and labels are the size they are in the PPTX
    const svg = await renderMap(s.view, { width: Math.round((SLIDE_MAP_HEIGHT * MAP.w) / MAP.h), height: SLIDE_MAP_HEIGHT });
    SVGtoPDF(doc, svg, MAP.x, MAP.y, { width: MAP.w, height: MAP.h, preserveAspectRatio: 'xMidYMid meet', fontCallback: () => DECK_FONT });
    doc.font(DECK_FONT).fontSize(10).fillColor('#555555').text(s.source, 28, H - 30, { width: W - 56, lineBreak: false });
  }
  return finish();
}
