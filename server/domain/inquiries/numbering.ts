/** Fills a numbering pattern: `{seq:4}` zero-padded sequence, `{seq}`, `{year}`, `{yy}`. */
export function formatInquiryNumber(pattern: string, seq: number, year: number): string {
  return pattern
    .replace(/\{seq(?::(\d+))?\}/g, (_m, width: string | undefined) =>
      String(seq).padStart(width ? Number(width) : 0, '0'),
    )
    .replace(/\{year\}/g, String(year))
    .replace(/\{yy\}/g, String(year % 100).padStart(2, '0'));
}

export const DEFAULT_INQUIRY_NUMBER_PATTERN = 'AN/{seq:4}/{year}';
