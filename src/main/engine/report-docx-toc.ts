import { Bookmark, LeaderType, Paragraph, TabStopType, TextRun, XmlAttributeComponent, XmlComponent } from 'docx';

/*
 * The docx package writes a contents field with no entries in it: Word fills it in when it opens
 * the file (after asking), LibreOffice shows the bare field code. This writes the same TOC field
 * with its entries already in it, each a title and a PAGEREF field to a bookmark on its heading:
 * LibreOffice shows the sections listed (it keeps a field's result as written, so no page numbers,
 * rather than wrong ones), Word fills in the pages when it updates the fields on opening.
 */

class FieldCharAttributes extends XmlAttributeComponent<{ type: string; dirty?: boolean }> {
  protected override readonly xmlKeys = { type: 'w:fldCharType', dirty: 'w:dirty' };
}
class FieldChar extends XmlComponent {
  constructor(type: 'begin' | 'separate' | 'end') {
    super('w:fldChar');
    this.root.push(new FieldCharAttributes(type === 'begin' ? { type, dirty: true } : { type }));
  }
}
class SpaceAttributes extends XmlAttributeComponent<{ space: string }> {
  protected override readonly xmlKeys = { space: 'xml:space' };
}
class Instruction extends XmlComponent {
  constructor(text: string) {
    super('w:instrText');
    this.root.push(new SpaceAttributes({ space: 'preserve' }));
    this.root.push(text);
  }
}

/** The bookmark a section's heading carries (a letter first, then letters, digits and _). */
export const sectionBookmark = (id: string): string => `section_${id.replace(/[^A-Za-z0-9]/g, '_')}`;

/** A heading's text inside the bookmark the contents refers to. */
export const bookmarked = (id: string, text: string): Bookmark => new Bookmark({ id: sectionBookmark(id), children: [new TextRun(text)] });

/**
 * The TOC field over the level-1 headings, with an entry per section already in it. The docx
 * package keeps its field characters (and a page reference as a paragraph's child) to itself:
 * ours are XmlComponents of the same shape, which it writes as it writes its own.
 */
/* eslint-disable @typescript-eslint/no-unsafe-class-instance-assignment */
export function contentsField(entries: ReadonlyArray<{ id: string; title: string }>, textWidth: number): Paragraph[] {
  const tabStops = [{ type: TabStopType.RIGHT, position: textWidth, leader: LeaderType.DOT }];
  return entries.map((e, i) => {
    const first = i === 0;
    const last = i === entries.length - 1;
    return new Paragraph({
      tabStops,
      spacing: { after: 80 },
      children: [
        ...(first
          ? [new TextRun({ children: [new FieldChar('begin')] }), new TextRun({ children: [new Instruction(' TOC \\o "1-1" \\h \\z \\u ')] }), new TextRun({ children: [new FieldChar('separate')] })]
          : []),
        new TextRun(e.title),
        new TextRun({ text: '\t' }),
        // the page, as a field of its own with an empty result: the page is not known until
        // the document is laid out; Word works it out when it updates the fields
        new TextRun({ children: [new FieldChar('begin')] }),
        new TextRun({ children: [new Instruction(` PAGEREF ${sectionBookmark(e.id)} \\h `)] }),
        new TextRun({ children: [new FieldChar('separate')] }),
        new TextRun({ children: [new FieldChar('end')] }),
        ...(last ? [new TextRun({ children: [new FieldChar('end')] })] : []),
      ],
    });
  });
}
/* eslint-enable @typescript-eslint/no-unsafe-class-instance-assignment */
