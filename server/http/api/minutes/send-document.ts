import type { Response } from 'express';
import type { DocumentModel } from '../../../domain/minutes/document';
import { renderMarkdown } from '../../../domain/minutes/render-markdown';
import { renderDocx } from './render-docx';

export type DocumentFormat = 'json' | 'md' | 'docx';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Sends a document as JSON (for the dashboard page) or as a download (Markdown, Word). */
export async function sendDocument(
  res: Response,
  format: DocumentFormat,
  document: DocumentModel,
  fileName: string,
  json: () => object,
): Promise<void> {
  if (format === 'json') {
    res.json(json());
    return;
  }
  const name = `${fileName}.${format}`;
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
  );
  res.setHeader('Cache-Control', 'private, no-store');
  if (format === 'md') {
    res.type('text/markdown; charset=utf-8').send(renderMarkdown(document));
    return;
  }
  res.type(DOCX_TYPE).send(await renderDocx(document));
}
