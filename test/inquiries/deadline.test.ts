import { describe, expect, it } from 'vitest';
import { filingDeadline, isLate, isWorkingDay, publicHolidays } from '../../server/domain/inquiries/deadline';
import { filingDeadline as feedDeadline } from '../../server/http/feeds/filing-deadline';

const working = (deadlineDays: number, deadlineCutoff = '12:00') =>
  ({ deadlineDays, deadlineDayKind: 'working', deadlineCutoff }) as const;
const calendar = (deadlineDays: number, deadlineCutoff = '12:00') =>
  ({ deadlineDays, deadlineDayKind: 'calendar', deadlineCutoff }) as const;

describe('filing deadline', () => {
  it('counts working days back across a weekend', () => {
    // Tuesday 10 March 2026: Monday counts, Sunday and Saturday do not, Friday is the second.
    const meeting = new Date('2026-03-10T17:00:00+01:00');
    expect(filingDeadline(meeting, working(2)).toISOString()).toBe('2026-03-06T11:00:00.000Z');
    expect(filingDeadline(meeting, working(1)).toISOString()).toBe('2026-03-09T11:00:00.000Z');
  });

  it('skips Fronleichnam (4 June 2026) in NRW but not in Berlin', () => {
    const meeting = new Date('2026-06-08T17:00:00+02:00'); // Monday
    expect(filingDeadline(meeting, working(2), 'NW').toISOString()).toBe('2026-06-03T10:00:00.000Z');
    expect(filingDeadline(meeting, working(2), 'BE').toISOString()).toBe('2026-06-04T10:00:00.000Z');
    expect(filingDeadline(meeting, working(2)).toISOString()).toBe('2026-06-03T10:00:00.000Z');
  });

  it('knows public holidays only, per state', () => {
    expect(publicHolidays('NW', 2026).has('2026-06-04')).toBe(true);
    expect(publicHolidays('BE', 2026).has('2026-06-04')).toBe(false);
    expect(isWorkingDay(new Date('2026-06-04T12:00:00Z'), 'NW')).toBe(false);
    expect(isWorkingDay(new Date('2026-06-04T12:00:00Z'), 'BE')).toBe(true);
    expect(isWorkingDay(new Date('2026-06-06T12:00:00Z'), 'BE')).toBe(false);
  });

  it('counts calendar days including weekends and holidays', () => {
    const meeting = new Date('2026-06-08T17:00:00+02:00');
    expect(filingDeadline(meeting, calendar(7)).toISOString()).toBe('2026-06-01T10:00:00.000Z');
    expect(filingDeadline(meeting, calendar(4)).toISOString()).toBe('2026-06-04T10:00:00.000Z');
  });

  it('applies the cut-off time on Berlin clocks; the cut-off minute is still in time', () => {
    const meeting = new Date('2026-03-10T17:00:00+01:00');
    const deadline = filingDeadline(meeting, working(2, '16:30'));
    expect(deadline.toISOString()).toBe('2026-03-06T15:30:00.000Z');
    expect(isLate(new Date('2026-03-06T16:29:00+01:00'), deadline)).toBe(false);
    expect(isLate(new Date('2026-03-06T16:30:00+01:00'), deadline)).toBe(false);
    expect(isLate(new Date('2026-03-06T16:31:00+01:00'), deadline)).toBe(true);
  });

  it('keeps the wall-clock cut-off across the spring change (29 March 2026)', () => {
    const meeting = new Date('2026-03-30T18:00:00+02:00'); // Monday, summer time
    expect(filingDeadline(meeting, calendar(1)).toISOString()).toBe('2026-03-29T10:00:00.000Z');
    expect(filingDeadline(meeting, calendar(3)).toISOString()).toBe('2026-03-27T11:00:00.000Z');
    expect(filingDeadline(meeting, working(1)).toISOString()).toBe('2026-03-27T11:00:00.000Z');
  });

  it('keeps the wall-clock cut-off across the autumn change (25 October 2026)', () => {
    const meeting = new Date('2026-10-26T18:00:00+01:00'); // Monday, winter time
    expect(filingDeadline(meeting, calendar(1)).toISOString()).toBe('2026-10-25T11:00:00.000Z');
    expect(filingDeadline(meeting, calendar(3)).toISOString()).toBe('2026-10-23T10:00:00.000Z');
    expect(filingDeadline(meeting, working(1, '08:00')).toISOString()).toBe('2026-10-23T06:00:00.000Z');
  });

  it('takes the meeting day in Berlin, not in UTC', () => {
    // 00:30 on Tuesday in Berlin is still Monday in UTC.
    const meeting = new Date('2026-06-09T00:30:00+02:00');
    expect(filingDeadline(meeting, calendar(1)).toISOString()).toBe('2026-06-08T10:00:00.000Z');
  });

  it('with zero days the deadline is the cut-off on the meeting day', () => {
    const meeting = new Date('2026-06-08T17:00:00+02:00');
    expect(filingDeadline(meeting, working(0, '09:00')).toISOString()).toBe('2026-06-08T07:00:00.000Z');
  });

  it('is the same deadline the calendar feeds show', () => {
    const meeting = new Date('2026-06-08T17:00:00+02:00');
    expect(feedDeadline(meeting, working(2)).toISOString()).toBe('2026-06-03T10:00:00.000Z');
    expect(feedDeadline(meeting, working(2), 'BE').toISOString()).toBe('2026-06-04T10:00:00.000Z');
  });
});
