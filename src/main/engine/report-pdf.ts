import SVGtoPDF from 'svg-to-pdfkit';
import { barChartSvg, chartSize } from '../../core/report/chart-svg';
import type { ReportBlock, ReportDocument } from '../../core/report/document';
import type { SavedView } from '../../core/model/schema';
import type { SlideMapRenderer } from './deck-map';
import { DECK_FONT } from './deck-fonts';
import { DECK_FONT_BOLD, pdfWriter } from './pdf-writer';

/** A4 in points, the margins, and the text's width. */
const PAGE = { w: 595.28, h: 841.89 };
const M = { left: 62, right: 62, top: 64, bottom: 70 };
const TEXT_W = PAGE.w - M.left - M.right;
const BOTTOM = PAGE.h - M.bottom;
const BOLD = DECK_FONT_BOLD;
const INK = '#1a1a1a';
const GREY = '#555555';
const ACCENT = '#1f4e79';

/**
 * The report as an A4 PDF without a browser: a title page, the contents with page numbers, each
 * section from a new page, tables that carry their header over a page break, charts and maps as
 * vector (SVG through svg-to-pdfkit, text as text), DejaVu Sans embedded, "Side n" on every page
 * after the title and bookmarks for the sections. The pages are kept in memory until the end, so
 * the contents can name the page each section starts on. Dated by the report's own date, so the
 * same report made twice is the same.
 */
export async function pdfReport(report: ReportDocument, renderMap: SlideMapRenderer, viewOf: (id: string) => SavedView): Promise<{ bytes: Uint8Array; pages: number }> {
  const { doc, finish } = pdfWriter(
    { title: report.title, subject: report.subtitle, date: report.meta.date, lang: report.lang },
    { size: 'A4', margins: M, bufferPages: true, autoFirstPage: false, displayTitle: true },
  );

  titlePage(doc, report);
  // the contents take one page: a report has a dozen sections at most
  doc.addPage();
  const contentsPage = doc.bufferedPageRange().count - 1;
  const starts: number[] = [];
  for (const section of report.sections) {
    doc.addPage();
    starts.push(doc.bufferedPageRange().count - 1);
    doc.outline.addItem(section.title);
    doc.font(BOLD).fontSize(20).fillColor(ACCENT).text(section.title, M.left, M.top, { width: TEXT_W });
    doc.moveDown(0.6);
    for (const block of section.blocks) await drawBlock(doc, block, renderMap, viewOf);
  }
  contents(doc, report, contentsPage, starts);
  const total = doc.bufferedPageRange().count;
  for (let i = 1; i < total; i++) {
    doc.switchToPage(i);
    // the footer sits in the bottom margin: without lifting it, pdfkit would start a new page
    doc.page.margins.bottom = 0;
    doc.font(DECK_FONT).fontSize(9).fillColor(GREY);
    doc.text(report.meta.project, M.left, PAGE.h - 42, { width: TEXT_W / 2, lineBreak: false, ellipsis: true });
    doc.text(`${report.labels.page} ${String(i + 1)}`, M.left + TEXT_W / 2, PAGE.h - 42, { width: TEXT_W / 2, align: 'right', lineBreak: false });
    doc.page.margins.bottom = M.bottom;
  }
  return { bytes: await finish(), pages: total };
}

function titlePage(doc: PDFKit.PDFDocument, report: ReportDocument): void {
  doc.addPage();
  doc.rect(0, 0, PAGE.w, 12).fill(ACCENT);
  doc.font(BOLD).fontSize(28).fillColor(ACCENT).text(report.title, M.left, 250, { width: TEXT_W });
  doc.moveDown(0.4);
  doc.font(DECK_FONT).fontSize(16).fillColor(INK).text(report.subtitle, { width: TEXT_W });
  doc.moveDown(2);
  doc.fontSize(11).fillColor(GREY);
  for (const line of report.titleLines) doc.text(line, { width: TEXT_W }).moveDown(0.3);
}

/** The contents: each section with the number of the page it starts on, joined by dot leaders. */
function contents(doc: PDFKit.PDFDocument, report: ReportDocument, page: number, starts: readonly number[]): void {
  doc.switchToPage(page);
  doc.font(BOLD).fontSize(20).fillColor(ACCENT).text(report.labels.contents, M.left, M.top, { width: TEXT_W });
  let y = M.top + 48;
  doc.font(DECK_FONT).fontSize(12).fillColor(INK);
  report.sections.forEach((s, i) => {
    const no = String((starts[i] ?? 0) + 1);
    const titleW = doc.widthOfString(s.title);
    const noW = doc.widthOfString(no);
    doc.text(s.title, M.left, y, { lineBreak: false });
    doc.text(no, M.left + TEXT_W - noW, y, { lineBreak: false });
    const dots = M.left + titleW + 6;
    const dotsEnd = M.left + TEXT_W - noW - 6;
    if (dotsEnd > dots) doc.fillColor('#999999').text('.'.repeat(Math.floor((dotsEnd - dots) / doc.widthOfString('.'))), dots, y, { lineBreak: false }).fillColor(INK);
    y += 24;
  });
}

/** Room left on the page; a new page when less than `need` is left. */
function ensure(doc: PDFKit.PDFDocument, need: number): void {
  if (doc.y + need > BOTTOM) {
    doc.addPage();
    doc.y = M.top;
  }
}

async function drawBlock(doc: PDFKit.PDFDocument, block: ReportBlock, renderMap: SlideMapRenderer, viewOf: (id: string) => SavedView): Promise<void> {
  doc.x = M.left;
  switch (block.kind) {
    case 'heading':
      ensure(doc, 60);
      doc.moveDown(0.4);
      doc.font(BOLD).fontSize(13.5).fillColor(INK).text(block.text, M.left, doc.y, { width: TEXT_W });
      doc.moveDown(0.4);
      return;
    case 'paragraph': {
      const size = block.tone === 'lead' ? 12 : block.tone === 'note' ? 9.5 : 10.5;
      doc.font(block.tone === 'lead' ? BOLD : DECK_FONT).fontSize(size).fillColor(block.tone === 'note' ? GREY : INK);
      ensure(doc, Math.min(doc.heightOfString(block.text, { width: TEXT_W }), 40));
      doc.text(block.text, M.left, doc.y, { width: TEXT_W, lineGap: 2 });
      doc.moveDown(0.7);
      return;
    }
    case 'bullets': {
      doc.font(DECK_FONT).fontSize(10.5).fillColor(INK);
      // room for "10." in a numbered list
      const indent = block.numbered ? 24 : 16;
      block.items.forEach((item, i) => {
        const mark = block.numbered ? `${String(i + 1)}.` : '•';
        const h = doc.heightOfString(item, { width: TEXT_W - indent, lineGap: 2 });
        ensure(doc, Math.min(h, 60));
        const y = doc.y;
        doc.text(mark, M.left, y, { width: indent - 2, lineBreak: false });
        doc.text(item, M.left + indent, y, { width: TEXT_W - indent, lineGap: 2 });
        doc.moveDown(0.35);
      });
      doc.moveDown(0.4);
      return;
    }
    case 'table':
      table(doc, block);
      return;
    case 'chart': {
      const svg = barChartSvg(block.chart, TEXT_W);
      const { height } = chartSize(block.chart, TEXT_W);
      ensure(doc, height + 10);
      SVGtoPDF(doc, svg, M.left, doc.y, { width: TEXT_W, height, assumePt: true, fontCallback: (_f, bold) => (bold ? BOLD : DECK_FONT) });
      doc.y += height + 12;
      return;
    }
    case 'map': {
      const h = TEXT_W * 0.72;
      ensure(doc, h + 50);
      const svg = await renderMap(viewOf(block.view), { width: 1200, height: Math.round(1200 * 0.72) });
      const top = doc.y;
      doc.rect(M.left, top, TEXT_W, h).lineWidth(0.5).strokeColor('#cccccc').stroke();
      SVGtoPDF(doc, svg, M.left, top, { width: TEXT_W, height: h, preserveAspectRatio: 'xMidYMid meet', fontCallback: (_f, bold) => (bold ? BOLD : DECK_FONT) });
      doc.y = top + h + 6;
      doc.font(BOLD).fontSize(10).fillColor(INK).text(block.caption, M.left, doc.y, { width: TEXT_W });
      doc.font(DECK_FONT).fontSize(8.5).fillColor(GREY).text(block.source, M.left, doc.y, { width: TEXT_W });
      doc.moveDown(1);
      return;
    }
  }
}

/**
 * A table across the text's width: columns as wide as their longest word needs (within the
 * page), a bold header on grey that is repeated after a page break, a hairline under each row.
 */
function table(doc: PDFKit.PDFDocument, block: Extract<ReportBlock, { kind: 'table' }>): void {
  const size = 9;
  const pad = 4;
  doc.font(DECK_FONT).fontSize(size);
  const cols = block.columns.length;
  // a column's want: its longest line, at least its longest word, within a share of the width
  // the header is measured in its bold letters, which are wider
  const widest = (texts: readonly string[], split: RegExp, font: string) => {
    doc.font(font).fontSize(size);
    return Math.max(0, ...texts.flatMap((s) => s.split(split)).map((s) => doc.widthOfString(s)));
  };
  const want = block.columns.map((h, c) => {
    const cells = block.rows.map((r) => r[c] ?? '');
    const longest = Math.max(widest([h], /\n/, BOLD), widest(cells, /\n/, DECK_FONT));
    const word = Math.max(widest([h], /\s+/, BOLD), widest(cells, /\s+/, DECK_FONT));
    return { longest: longest + 2 * pad + 1, word: Math.min(word + 2 * pad + 1, TEXT_W / cols) };
  });
  const total = want.reduce((a, w) => a + w.longest, 0);
  let widths = want.map((w) => w.longest);
  if (total > TEXT_W) {
    const floor = want.reduce((a, w) => a + w.word, 0);
    const spare = TEXT_W - floor;
    const extra = want.reduce((a, w) => a + (w.longest - w.word), 0);
    widths = want.map((w) => w.word + (extra > 0 ? ((w.longest - w.word) / extra) * Math.max(0, spare) : 0));
  } else widths = widths.map((w) => w + (TEXT_W - total) / cols);
  const rowHeight = (cells: readonly string[], font: string) => {
    doc.font(font).fontSize(size);
    return Math.max(...cells.map((s, c) => doc.heightOfString(s || ' ', { width: (widths[c] ?? 20) - 2 * pad }))) + 2 * pad;
  };
  const drawRow = (cells: readonly string[], header: boolean) => {
    const font = header ? BOLD : DECK_FONT;
    const h = rowHeight(cells, font);
    const y = doc.y;
    if (header) doc.rect(M.left, y, TEXT_W, h).fill('#e8edf3');
    let x = M.left;
    doc.font(font).fontSize(size).fillColor(INK);
    cells.forEach((s, c) => {
      const w = widths[c] ?? 20;
      doc.text(s, x + pad, y + pad, { width: w - 2 * pad, align: block.numeric[c] ? 'right' : 'left' });
      x += w;
    });
    doc.moveTo(M.left, y + h).lineTo(M.left + TEXT_W, y + h).lineWidth(header ? 0.8 : 0.3).strokeColor(header ? '#7f8c9a' : '#c8c8c8').stroke();
    doc.y = y + h;
    doc.x = M.left;
  };
  ensure(doc, rowHeight(block.columns, BOLD) + rowHeight(block.rows[0] ?? [''], DECK_FONT));
  drawRow(block.columns, true);
  for (const row of block.rows) {
    if (doc.y + rowHeight(row, DECK_FONT) > BOTTOM) {
      doc.addPage();
      doc.y = M.top;
      drawRow(block.columns, true);
    }
    drawRow(row, false);
  }
  doc.moveDown(1);
}
