import { describe, expect, it } from 'vitest';
import { formatInquiryNumber } from '../../server/domain/inquiries/numbering';

describe('inquiry number pattern', () => {
  it('fills the default pattern', () => {
    expect(formatInquiryNumber('AN/{seq:4}/{year}', 42, 2026)).toBe('AN/0042/2026');
    expect(formatInquiryNumber('AN/{seq:4}/{year}', 12345, 2026)).toBe('AN/12345/2026');
  });

  it('fills other patterns', () => {
    expect(formatInquiryNumber('{yy}/{seq:3}', 7, 2026)).toBe('26/007');
    expect(formatInquiryNumber('Anfrage {seq}-{year}', 7, 2026)).toBe('Anfrage 7-2026');
  });
});
