import Holidays from 'date-holidays';
import type { InquiryRules } from '../committees/rule-settings';
import { berlin, berlinParts } from '../time/berlin';

export type DeadlineRules = Pick<InquiryRules, 'deadlineDays' | 'deadlineDayKind' | 'deadlineCutoff'>;

const holidayCache = new Map<string, Set<string>>();

/** Public holidays ("2026-06-04") of a German state in a year; NW when the state is unknown. */
export function publicHolidays(state: string, year: number): Set<string> {
  const cacheKey = `${state}:${year}`;
  const cached = holidayCache.get(cacheKey);
  if (cached) return cached;
  const calendar = new Holidays('DE', state || 'NW');
  const days = new Set(
    (calendar.getHolidays(year) || []).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)),
  );
  holidayCache.set(cacheKey, days);
  return days;
}

function isoDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/** Monday to Friday and not a public holiday of the state. */
export function isWorkingDay(day: Date, state: string): boolean {
  const weekday = day.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !publicHolidays(state, day.getUTCFullYear()).has(isoDay(day));
}

/**
 * Last moment to file an Anfrage for a meeting: N working days (Monday to Friday, not a public
 * holiday of the body's state) or N calendar days before the meeting day, at the cut-off time on
 * Berlin clocks.
 */
export function filingDeadline(meetingStart: Date, rules: DeadlineRules, state = 'NW'): Date {
  const meetingDay = berlinParts(meetingStart);
  // A calendar date held at noon UTC: stepping days never meets a daylight saving edge.
  const day = new Date(Date.UTC(meetingDay.year, meetingDay.month - 1, meetingDay.day, 12));
  let remaining = rules.deadlineDays;
  while (remaining > 0) {
    day.setUTCDate(day.getUTCDate() - 1);
    if (rules.deadlineDayKind === 'calendar' || isWorkingDay(day, state)) remaining -= 1;
  }
  const [hour = 0, minute = 0] = rules.deadlineCutoff.split(':').map(Number);
  return berlin(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), hour, minute);
}

/** Filed after the deadline (the deadline minute itself still counts as in time). */
export function isLate(now: Date, deadline: Date): boolean {
  return now.getTime() > deadline.getTime();
}
