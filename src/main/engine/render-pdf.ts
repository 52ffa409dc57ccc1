import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { DECK_FONT, dejaVuPath } from './deck-fonts';

/** CSS pixels to PDF points. */
const PT = 0.75;

/**
 * An SVG of the map as a one-page PDF of the same proportions: vector, its text as text in the
 * embedded DejaVu Sans (regular and bold), so it prints sharp and can be searched. The file's
 * dates are the image's own date, so the same image made twice is the same.
 */
export async function svgToPdf(svg: string, size: { width: number; height: number }, meta: { title: string; date: string; lang: 'da' | 'en' }): Promise<Uint8Array> {
  const when = new Date(`${meta.date}T00:00:00Z`);
  const w = size.width * PT;
  const h = size.height * PT;
  const doc = new PDFDocument({
    size: [w, h],
    margin: 0,
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
  SVGtoPDF(doc, svg, 0, 0, { width: w, height: h, preserveAspectRatio: 'xMidYMid meet', fontCallback: (_family, bold) => (bold ? `${DECK_FONT} Bold` : DECK_FONT) });
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
