import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, DocumentModel } from '../../../domain/minutes/document';

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
}

function renderBlock(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ text: block.text, heading: HEADINGS[block.level] })];
    case 'paragraph':
      return [new Paragraph({ children: [new TextRun({ text: block.text, bold: block.bold ?? false })] })];
    case 'lines':
      return [
        new Paragraph({
          children: block.lines.map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0 })),
        }),
      ];
    case 'list':
      return block.items.map((item) => new Paragraph({ text: item.text, bullet: { level: item.level - 1 } }));
    case 'table': {
      const rows = [
        ...(block.header ? [new TableRow({ children: block.header.map((text) => cell(text, true)) })] : []),
        ...block.rows.map((row) => new TableRow({ children: row.map((text) => cell(text)) })),
      ];
      return [new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }), new Paragraph('')];
    }
  }
}

/** A Word document office staff finish the minutes in: headings, tables, paragraphs. */
export async function renderDocx(document: DocumentModel): Promise<Buffer> {
  const doc = new Document({
    title: document.title,
    creator: 'Gremienbot',
    sections: [{ children: document.blocks.flatMap(renderBlock) }],
  });
  return Packer.toBuffer(doc);
}
