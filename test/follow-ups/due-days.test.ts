import { describe, expect, it } from 'vitest';
import {
  daysUntil,
  digestWeek,
  dueReminderOffset,
  escalationMoment,
  isoWeek,
  isPastDay,
  reminderMoment,
} from '../../server/domain/follow-ups/due-days';
import { berlin } from '../../server/domain/time/berlin';

describe('due days in Berlin time', () => {
  it('reminds at 08:00 Berlin, also across the change to summer time', () => {
    const due = berlin(2026, 4, 2);
    expect(reminderMoment(due, 7).toISOString()).toBe('2026-03-26T07:00:00.000Z');
    expect(reminderMoment(due, 1).toISOString()).toBe('2026-04-01T06:00:00.000Z');
    expect(escalationMoment(due).toISOString()).toBe('2026-04-03T06:00:00.000Z');
  });

  it('picks the smallest passed offset, none before the moment and none after the due day', () => {
    const due = berlin(2026, 3, 10);
    const created = berlin(2026, 2, 1);
    expect(dueReminderOffset(due, created, berlin(2026, 3, 3, 7, 59), [7, 1])).toBeUndefined();
    expect(dueReminderOffset(due, created, berlin(2026, 3, 3, 8, 0), [7, 1])).toBe(7);
    expect(dueReminderOffset(due, created, berlin(2026, 3, 10, 23, 59), [7, 1])).toBe(1);
    expect(dueReminderOffset(due, created, berlin(2026, 3, 11, 0, 0), [7, 1])).toBeUndefined();
  });

  it('treats today as not past, yesterday as past', () => {
    const now = berlin(2026, 3, 10, 0, 30);
    expect(isPastDay(berlin(2026, 3, 10), now)).toBe(false);
    expect(isPastDay(berlin(2026, 3, 9), now)).toBe(true);
    expect(daysUntil(berlin(2026, 3, 17), now)).toBe(7);
  });

  it('names ISO weeks and the digest week of the latest Monday 08:00', () => {
    expect(isoWeek(berlin(2026, 1, 1))).toBe('2026-W01');
    expect(isoWeek(berlin(2027, 1, 3))).toBe('2026-W53');
    expect(isoWeek(berlin(2021, 1, 3))).toBe('2020-W53');
    expect(digestWeek(berlin(2026, 3, 9, 8, 0)).week).toBe('2026-W11');
    expect(digestWeek(berlin(2026, 3, 9, 7, 59)).week).toBe('2026-W10');
    expect(digestWeek(berlin(2026, 3, 15, 23, 0)).week).toBe('2026-W11');
  });
});
