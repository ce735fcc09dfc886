import type { InquiryRules } from '../../domain/committees/rule-settings';
import { berlin, berlinParts } from '../../domain/time/berlin';

/**
 * Last moment to file a written Anfrage for a meeting: N calendar or working days before the
 * meeting day, at the cut-off time (Berlin time). Working days skip weekends only; public
 * holidays come with the Anfragen rules.
 */
export function filingDeadline(
  meetingStart: Date,
  rules: Pick<InquiryRules, 'deadlineDays' | 'deadlineDayKind' | 'deadlineCutoff'>,
): Date {
  const meetingDay = berlinParts(meetingStart);
  // Noon UTC keeps the date arithmetic away from DST edges.
  const day = new Date(Date.UTC(meetingDay.year, meetingDay.month - 1, meetingDay.day, 12));
  let remaining = rules.deadlineDays;
  while (remaining > 0) {
    day.setUTCDate(day.getUTCDate() - 1);
    const weekday = day.getUTCDay();
    if (rules.deadlineDayKind === 'calendar' || (weekday !== 0 && weekday !== 6)) remaining -= 1;
  }
  const [hour, minute] = rules.deadlineCutoff.split(':').map(Number);
  return berlin(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), hour ?? 0, minute ?? 0);
}
