import PDFDocument from 'pdfkit';
import { DECK_FONT, dejaVuPath } from './deck-fonts';

/** The name the bold DejaVu Sans is registered under in every PDF Brobygger writes. */
export const DECK_FONT_BOLD = `${DECK_FONT} Bold`;

export interface PdfMeta {
  title: string;
  subject?: string;
  /** YYYY-MM-DD: the file's dates, so the same document made twice is the same */
  date: string;
  lang: 'da' | 'en';
}

/**
 * A pdfkit document for the images, decks and report alike: their metadata and language, DejaVu
 * Sans (regular and bold) registered for embedding, and the bytes collected in memory; `finish`
 * ends the document and gives them.
 */
export function pdfWriter(meta: PdfMeta, options: PDFKit.PDFDocumentOptions): { doc: PDFKit.PDFDocument; finish: () => Promise<Uint8Array> } {
  const when = new Date(`${meta.date}T00:00:00Z`);
  const doc = new PDFDocument({
    ...options,
    lang: meta.lang === 'da' ? 'da-DK' : 'en-GB',
    info: { Title: meta.title, ...(meta.subject === undefined ? {} : { Subject: meta.subject }), Creator: 'Brobygger', Producer: 'Brobygger', CreationDate: when, ModDate: when },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.registerFont(DECK_FONT, dejaVuPath());
  doc.registerFont(DECK_FONT_BOLD, dejaVuPath('bold'));
  return {
    doc,
    finish: async () => {
      doc.end();
      await done;
      return new Uint8Array(Buffer.concat(chunks));
    },
  };
}
