import type { InquiryRules } from '../../domain/committees/rule-settings';
import { filingDeadline as inquiryFilingDeadline } from '../../domain/inquiries/deadline';

/**
 * Last moment to file a written Anfrage for a meeting: the same rule the filing uses (working
 * days skip weekends and the public holidays of the body's state, NRW by default).
 */
export function filingDeadline(
  meetingStart: Date,
  rules: Pick<InquiryRules, 'deadlineDays' | 'deadlineDayKind' | 'deadlineCutoff'>,
  state = 'NW',
): Date {
  return inquiryFilingDeadline(meetingStart, rules, state);
}
