// Word documents made on the device with the `docx` library (its only owner), loaded when the first document
// is asked for, so the game's first load never carries it. Takes plain blocks from core/export.
import type { DocBlock } from '../core/export/debrief-document.ts';

export async function writeDocx(blocks: readonly DocBlock[]): Promise<Uint8Array<ArrayBuffer>> {
  const docx = await import('docx');
  const { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = docx;
  // `bold` and `italics` are docx's run options; the linter mistakes them for String.prototype's old methods.
  const cell = (text: string, strong = false) =>
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: strong })] })] });
  const children = blocks.map((block) => {
    switch (block.kind) {
      case 'title':
        return new Paragraph({ text: block.text, heading: HeadingLevel.TITLE });
      case 'heading':
        return new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_1 });
      case 'subheading':
        return new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_2 });
      case 'paragraph':
        return new Paragraph({ text: block.text });
      case 'bullet':
        return new Paragraph({ text: block.text, bullet: { level: 0 } });
      case 'quote':
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        return new Paragraph({ children: [new TextRun({ text: block.text, italics: true })], indent: { left: 567 } });
      case 'table':
        return new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: block.header.map((t) => cell(t, true)) }),
            ...block.rows.map((row) => new TableRow({ children: row.map((t) => cell(t)) })),
          ],
        });
    }
  });
  const document = new Document({
    creator: 'Practice Paths',
    title: 'Practice Paths debrief',
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
