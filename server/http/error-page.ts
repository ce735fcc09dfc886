import type { AppError } from './errors';
import { ERRORS } from './error-messages';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** A minimal bilingual page for errors on browser navigations (German first). */
export function renderErrorPage(error: AppError, requestId: string): string {
  const { en } = ERRORS[error.code];
  return `<!doctype html>
<html lang="de">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Fehler – Error</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">
<h1>${escapeHtml(error.message)}</h1>
<p lang="en">${escapeHtml(en)}</p>
<p><a href="/">Zur Startseite</a> · <a href="/" lang="en">Home</a></p>
<p style="color: #666; font-size: 0.8rem">Vorgangsnummer / Request id: ${escapeHtml(requestId)}</p>
</body>
</html>
`;
}
