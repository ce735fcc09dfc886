import { berlinParts } from '../time/berlin';
import type { Inquiry, InquiryCommittee, InquiryDeps } from './ports';

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

/** A claim older than this belongs to a caller that died before numbering; a retry may take over. */
const STALE_CLAIM_MS = 30_000;
const WAIT_FOR_NUMBER_MS = 3_000;

/** Numbers taken by Anfragen that did not come through the counter, skipped before giving up. */
const MAX_TAKEN_NUMBERS = 10_000;

/** Draws the next number of the body's counter, only for the one caller holding the claim: no gaps. */
export async function assignNumber(
  deps: InquiryDeps,
  committee: Pick<InquiryCommittee, 'bodyId' | 'numberPattern'>,
  inquiry: Inquiry,
  now: Date,
  staleBefore = new Date(0),
): Promise<Inquiry> {
  if (inquiry.number) return inquiry;
  if (!(await deps.store.claimNumbering(inquiry.id, now, staleBefore))) return inquiry;
  const year = berlinParts(now).year;
  // Numbers taken by Anfragen that did not come through this counter (imported, demo) are skipped.
  for (let attempt = 0; attempt < MAX_TAKEN_NUMBERS; attempt += 1) {
    const seq = await deps.store.nextSequence(committee.bodyId, year);
    const number = formatInquiryNumber(committee.numberPattern, seq, year);
    if (await deps.store.setNumber(inquiry.id, number)) return { ...inquiry, number };
  }
  throw new Error(`no free Anfrage number after ${MAX_TAKEN_NUMBERS} taken ones (body ${committee.bodyId})`);
}

/**
 * A retry found the Anfrage of its first attempt: wait for that attempt's number, never draw another.
 * Null when the first attempt was discarded meanwhile (it lost the limit's last place).
 */
export async function numberOfEarlier(
  deps: InquiryDeps,
  inquiry: Inquiry,
  now: Date,
): Promise<Inquiry | null> {
  for (let waited = 0; !inquiry.number && waited < WAIT_FOR_NUMBER_MS; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const current = await deps.store.find(inquiry.id);
    if (!current) return null;
    inquiry = current;
  }
  if (inquiry.number) return inquiry;
  const committee = await deps.store.committee(inquiry.committeeId);
  if (!committee) return inquiry;
  return assignNumber(deps, committee, inquiry, now, new Date(now.getTime() - STALE_CLAIM_MS));
}
