import { berlin, berlinParts } from '../time/berlin';

/** Due dates are calendar days: stored as Berlin midnight at the start of the day. */
export function berlinDay(instant: Date): string {
  const p = berlinParts(instant);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

function dayParts(instant: Date): [number, number, number] {
  const p = berlinParts(instant);
  return [p.year, p.month, p.day];
}

/** The due day lies before today (Berlin). Today itself is allowed. */
export function isPastDay(day: Date, now: Date): boolean {
  return berlinDay(day) < berlinDay(now);
}

/** The moment the due day has ended: from then on the item is overdue. */
export function overdueFrom(dueDate: Date): Date {
  const [y, m, d] = dayParts(dueDate);
  return berlin(y, m, d + 1);
}

/** Reminders and escalations go out in office hours: 08:00 Berlin. */
const SEND_HOUR = 8;

/** `days` before the due day at 08:00. */
export function reminderMoment(dueDate: Date, days: number): Date {
  const [y, m, d] = dayParts(dueDate);
  return berlin(y, m, d - days, SEND_HOUR);
}

/** The morning after the due day, 08:00: the office head hears of it. */
export function escalationMoment(dueDate: Date): Date {
  const [y, m, d] = dayParts(dueDate);
  return berlin(y, m, d + 1, SEND_HOUR);
}

/** Calendar days from today (Berlin) to the due day; negative when past. */
export function daysUntil(dueDate: Date, now: Date): number {
  const [y1, m1, d1] = dayParts(now);
  const [y2, m2, d2] = dayParts(dueDate);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/**
 * Which reminder is due now: the smallest offset whose moment has passed, as long as the due day
 * has not ended. Offsets whose moment lay before the item was recorded are not sent, and earlier
 * offsets missed meanwhile are skipped (a catch-up never sends two at once).
 */
export function dueReminderOffset(
  dueDate: Date,
  createdAt: Date,
  now: Date,
  offsets: readonly number[],
): number | undefined {
  if (now >= overdueFrom(dueDate)) return undefined;
  const due = offsets.filter((days) => {
    const moment = reminderMoment(dueDate, days);
    return moment <= now && moment >= createdAt;
  });
  return due.length > 0 ? Math.min(...due) : undefined;
}

/** The weekly digest's moment: Monday 08:00 Berlin. */
export const DIGEST_WEEKDAY = 1;
export const DIGEST_HOUR = 8;

/** The latest digest moment at or before `now`, and its ISO week ("2026-W10"). */
export function digestWeek(now: Date): { moment: Date; week: string } {
  const p = berlinParts(now);
  const back = (p.weekday - DIGEST_WEEKDAY + 7) % 7;
  let moment = berlin(p.year, p.month, p.day - back, DIGEST_HOUR);
  if (moment > now) moment = berlin(p.year, p.month, p.day - back - 7, DIGEST_HOUR);
  return { moment, week: isoWeek(moment) };
}

/** ISO 8601 week of the Berlin day of `instant`. */
export function isoWeek(instant: Date): string {
  const [y, m, d] = dayParts(instant);
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
