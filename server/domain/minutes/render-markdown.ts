import type { Block, DocumentModel } from './document';

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${block.text}`;
    case 'paragraph':
      return block.bold ? `**${block.text}**` : block.text;
    case 'lines':
      // Two trailing spaces: a line break inside the paragraph.
      return block.lines.join('  \n');
    case 'list':
      return block.items.map((item) => `${item.level === 2 ? '  ' : ''}- ${item.text}`).join('\n');
    case 'table': {
      const width = Math.max(block.header?.length ?? 0, ...block.rows.map((row) => row.length));
      const header = block.header ?? Array.from({ length: width }, () => '');
      const line = (cells: string[]) =>
        `| ${Array.from({ length: width }, (_, i) => escapeCell(cells[i] ?? '')).join(' | ')} |`;
      return [line(header), `|${' --- |'.repeat(width)}`, ...block.rows.map(line)].join('\n');
    }
  }
}

/** Markdown with a blank line between blocks; the document is meant to be read and edited. */
export function renderMarkdown(document: DocumentModel): string {
  return `${document.blocks.map(renderBlock).join('\n\n')}\n`;
}
