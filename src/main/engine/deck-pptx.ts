import { Resvg } from '@resvg/resvg-js';
import PptxGenJS from 'pptxgenjs';
import type { DeckSlide } from '../../core/slides/deck';
import { DECK_FONT, dejaVuPath } from './deck-fonts';
import { SLIDE_MAP_HEIGHT, type SlideMapRenderer } from './deck-map';

/** 16:9 in inches (PowerPoint's wide layout) and the map's room on it. */
const W = 13.333;
const H = 7.5;
const MAP = { x: 0.4, y: 1.05, w: 12.533, h: 5.85 };
/**
 * The map is drawn SLIDE_MAP_HEIGHT units high (about its size in CSS pixels on the slide), so its
 * legend and labels have about the size they have on screen, then rasterised at about 240 dpi,
 * sharp on a projector and in print. (Drawn 3000 units wide, the legend came out unreadably small.)
 */
const MAP_UNITS = { width: Math.round((SLIDE_MAP_HEIGHT * MAP.w) / MAP.h), height: SLIDE_MAP_HEIGHT };
const MAP_PX_WIDTH = 3000;

/**
 * The deck as PowerPoint: a slide per view with its title, the map with its legend as a
 * high-resolution PNG (from the map's SVG, in the DejaVu font), the source line, and the
 * speaker notes in the slide's notes.
 */
export async function pptxDeck(slides: readonly DeckSlide[], renderMap: SlideMapRenderer, meta: { title: string; lang: 'da' | 'en' }): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = meta.title;
  pptx.company = 'Brobygger';
  pptx.author = 'Brobygger';
  pptx.subject = meta.title;
  pptx.theme = { headFontFace: DECK_FONT, bodyFontFace: DECK_FONT };
  const font = dejaVuPath();
  for (const s of slides) {
    const slide = pptx.addSlide();
    slide.addText(s.title, { x: 0.4, y: 0.25, w: W - 0.8, h: 0.7, fontFace: DECK_FONT, fontSize: 26, bold: true, color: '1A1A1A', lang: meta.lang === 'da' ? 'da-DK' : 'en-GB' });
    const svg = await renderMap(s.view, MAP_UNITS);
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: MAP_PX_WIDTH }, font: { fontFiles: [font], loadSystemFonts: false, defaultFontFamily: DECK_FONT }, background: '#ffffff' }).render().asPng();
    slide.addImage({ data: `data:image/png;base64,${Buffer.from(png).toString('base64')}`, ...MAP, altText: s.title });
    slide.addText(s.source, { x: 0.4, y: H - 0.5, w: W - 0.8, h: 0.35, fontFace: DECK_FONT, fontSize: 11, color: '555555' });
    if (s.notes) slide.addNotes(s.notes);
  }
  const out = (await pptx.write({ outputType: 'nodebuffer', compression: true })) as Buffer;
  return new Uint8Array(out);
}
