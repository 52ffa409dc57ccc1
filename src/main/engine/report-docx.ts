import { Resvg } from '@resvg/resvg-js';
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  TableLayoutType,
  WidthType,
  type FileChild,
  type IRunOptions,
} from 'docx';
import { barChartSvg, chartSize } from '../../core/report/chart-svg';
import type { ReportBlock, ReportDocument } from '../../core/report/document';
import type { SavedView } from '../../core/model/schema';
import type { SlideMapRenderer } from './deck-map';
import { DECK_FONT, dejaVuPath } from './deck-fonts';
import { bookmarked, contentsField } from './report-docx-toc';

/** The text's width on A4 with 2 cm margins, in pixels at 96 dpi (how docx sizes pictures). */
const TEXT_PX = 642;
/** The same width in twentieths of a point (A4 less two 2 cm margins). */
const TEXT_TWIPS = 11906 - 2 * 1134;
const NUMBERED = 'report-numbered';

/** An SVG as a PNG at twice the size it is shown, in DejaVu Sans (the same letters as the PDF). */
function png(svg: string, width: number): Buffer {
  const r = new Resvg(svg, {
    fitTo: { mode: 'width', value: width * 2 },
    font: { fontFiles: [dejaVuPath(), dejaVuPath('bold')], loadSystemFonts: false, defaultFontFamily: DECK_FONT },
    background: '#ffffff',
  });
  return r.render().asPng();
}

/** A run of text; typed as options, so `bold` is the run's and not the deprecated String.prototype.bold. */
const run = (options: IRunOptions) => new TextRun(options);

const lines = (text: string, bold = false) =>
  text.split('\n').map((line, i) => run({ text: line, bold, ...(i > 0 ? { break: 1 } : {}) }));

async function blockChildren(block: ReportBlock, renderMap: SlideMapRenderer, viewOf: (id: string) => SavedView): Promise<FileChild[]> {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_2 })];
    case 'paragraph':
      return [
        new Paragraph({
          children: [run({ text: block.text, bold: block.tone === 'lead', color: block.tone === 'note' ? '555555' : undefined, size: block.tone === 'note' ? 18 : undefined })],
          spacing: { after: 160 },
        }),
      ];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ children: [new TextRun(item)], ...(block.numbered ? { numbering: { reference: NUMBERED, level: 0 } } : { bullet: { level: 0 } }), spacing: { after: 80 } }));
    case 'table': {
      const cell = (text: string, header: boolean, right: boolean) =>
        new TableCell({
          children: [new Paragraph({ children: lines(text, header), alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT })],
          ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EDF3' } } : {}),
          margins: { top: 40, bottom: 40, left: 80, right: 80 },
        });
      const widths = columnWidths(block);
      return [
        new Table({
          width: { size: TEXT_TWIPS, type: WidthType.DXA },
          columnWidths: widths,
          layout: TableLayoutType.FIXED,
          rows: [
            new TableRow({ tableHeader: true, children: block.columns.map((c, i) => cell(c, true, block.numeric[i] ?? false)) }),
            ...block.rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, false, block.numeric[i] ?? false)) })),
          ],
        }),
        new Paragraph({ text: '' }),
      ];
    }
    case 'chart': {
      const { height } = chartSize(block.chart, TEXT_PX);
      return [new Paragraph({ children: [new ImageRun({ type: 'png', data: png(barChartSvg(block.chart, TEXT_PX), TEXT_PX), transformation: { width: TEXT_PX, height } })] })];
    }
    case 'map': {
      const h = Math.round(TEXT_PX * 0.72);
      const svg = await renderMap(viewOf(block.view), { width: 1200, height: Math.round(1200 * 0.72) });
      return [
        // kept with its caption and source line: a figure's caption never starts the next page alone
        new Paragraph({ keepNext: true, children: [new ImageRun({ type: 'png', data: png(svg, TEXT_PX), transformation: { width: TEXT_PX, height: h }, altText: { name: block.caption, title: block.caption, description: block.source } })] }),
        new Paragraph({ keepNext: true, children: [run({ text: block.caption, bold: true })] }),
        new Paragraph({ children: [new TextRun({ text: block.source, size: 16, color: '555555' })], spacing: { after: 200 } }),
      ];
    }
  }
}

/**
 * Columns as wide as their text wants, in proportion, each at least as wide as its longest word
 * (in characters: Word sets the letters; this only shares the width out).
 */
function columnWidths(block: Extract<ReportBlock, { kind: 'table' }>): number[] {
  const want = block.columns.map((h, c) => {
    const texts = [h, ...block.rows.map((r) => r[c] ?? '')];
    const line = Math.max(...texts.flatMap((t) => t.split('\n')).map((t) => t.length));
    const word = Math.max(...texts.flatMap((t) => t.split(/\s+/)).map((t) => t.length));
    // a margin for the cell's padding and the header's bold letters
    return Math.max(word + 4, Math.min(line, 48));
  });
  const total = want.reduce((a, b) => a + b, 0);
  return want.map((w) => Math.floor((w / total) * TEXT_TWIPS));
}

/**
 * The report as a Word document that stays editable: the same content as the PDF, with real
 * headings (Heading 1 per section, Heading 2 within), a contents field listing the sections
 * (Word adds their pages when it updates the fields on opening), tables as
 * Word tables, the charts and maps as pictures, and the page number in the footer.
 */
export async function docxReport(report: ReportDocument, renderMap: SlideMapRenderer, viewOf: (id: string) => SavedView): Promise<Uint8Array> {
  const body: FileChild[] = [];
  for (const [i, section] of report.sections.entries()) {
    body.push(new Paragraph({ children: [bookmarked(section.id, section.title)], heading: HeadingLevel.HEADING_1, ...(i > 0 ? { pageBreakBefore: true } : {}) }));
    for (const block of section.blocks) body.push(...(await blockChildren(block, renderMap, viewOf)));
  }
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ children: [`${report.labels.page} `, PageNumber.CURRENT], size: 18, color: '555555' })],
      }),
    ],
  });
  const page = { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } };
  const doc = new Document({
    creator: 'Brobygger',
    title: report.title,
    subject: report.subtitle,
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: DECK_FONT, size: 21 } },
        heading1: { run: { font: DECK_FONT, size: 36, bold: true, color: '1F4E79' }, paragraph: { spacing: { after: 200 } } },
        heading2: { run: { font: DECK_FONT, size: 26, bold: true }, paragraph: { spacing: { before: 200, after: 120 } } },
      },
    },
    numbering: {
      config: [{ reference: NUMBERED, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] }],
    },
    sections: [
      {
        properties: { page },
        children: [
          new Paragraph({ children: [run({ text: report.title, bold: true, size: 52, color: '1F4E79' })], spacing: { before: 3600, after: 240 } }),
          new Paragraph({ children: [new TextRun({ text: report.subtitle, size: 32 })], spacing: { after: 600 } }),
          ...report.titleLines.map((l) => new Paragraph({ children: [new TextRun({ text: l, color: '555555' })], spacing: { after: 120 } })),
          new Paragraph({ children: [new PageBreak()] }),
          new Paragraph({ children: [run({ text: report.labels.contents, bold: true, size: 36, color: '1F4E79' })], spacing: { after: 200 } }),
          ...contentsField(report.sections, TEXT_TWIPS),
        ],
      },
      { properties: { page }, footers: { default: footer }, children: body },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
