/** A neutral document (minutes, reports) that Markdown and DOCX renderers both print. */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; bold?: boolean }
  /** Lines printed together, one per line (an address, a vote result). */
  | { kind: 'lines'; lines: string[] }
  | { kind: 'list'; items: { text: string; level: 1 | 2 }[] }
  | { kind: 'table'; header?: string[]; rows: string[][] };

export interface DocumentModel {
  /** File and document title. */
  title: string;
  blocks: Block[];
}
