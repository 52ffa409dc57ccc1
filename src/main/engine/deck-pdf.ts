import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { DeckSlide } from '../../core/slides/deck';
import { DECK_FONT, dejaVuPath } from './deck-fonts';
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
  const when = new Date(`${meta.date}T00:00:00Z`);
  const doc = new PDFDocument({
    size: [W, H],
    margin: 0,
    autoFirstPage: false,
    lang: meta.lang === 'da' ? 'da-DK' : 'en-GB',
    info: { Title: meta.title, Creator: 'Brobygger', Producer: 'Brobygger', CreationDate: when, ModDate: when },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.registerFont(DECK_FONT, dejaVuPath());
  doc.registerFont(`${DECK_FONT} Bold`, dejaVuPath('bold'));
  for (const s of slides) {
    doc.addPage({ size: [W, H], margin: 0 });
    doc.font(`${DECK_FONT} Bold`).fontSize(22).fillColor('#1a1a1a').text(s.title, 28, 22, { width: W - 56, height: 44, ellipsis: true, lineBreak: false });
    // drawn at the slides' common map height, so legend and labels are the size they are in the PPTX
    const svg = await renderMap(s.view, { width: Math.round((SLIDE_MAP_HEIGHT * MAP.w) / MAP.h), height: SLIDE_MAP_HEIGHT });
    SVGtoPDF(doc, svg, MAP.x, MAP.y, { width: MAP.w, height: MAP.h, preserveAspectRatio: 'xMidYMid meet', fontCallback: () => DECK_FONT });
    doc.font(DECK_FONT).fontSize(10).fillColor('#555555').text(s.source, 28, H - 30, { width: W - 56, lineBreak: false });
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
