/**
 * CSV for Excel in German locales: semicolon separated, CRLF line ends, every field quoted with
 * inner quotes doubled, and a UTF-8 byte order mark so umlauts survive opening by double-click.
 */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const quote = (value: string | number | null | undefined) => `"${String(value ?? '').replace(/"/g, '""')}"`;
  return `\uFEFF${rows.map((row) => row.map(quote).join(';')).join('\r\n')}\r\n`;
}

/** Formula injection guard: Excel runs cells starting with = + - @ as formulas. */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
