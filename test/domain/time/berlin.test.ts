import { describe, expect, it } from 'vitest';
import { addBerlinDays, berlin, berlinParts, berlinStartOfDay } from '../../../server/domain/time/berlin';

describe('Berlin wall-clock time', () => {
  it('converts winter and summer times', () => {
    expect(berlin(2019, 11, 18, 14, 0).toISOString()).toBe('2019-11-18T13:00:00.000Z');
    expect(berlin(2021, 6, 1, 16, 30).toISOString()).toBe('2021-06-01T14:30:00.000Z');
  });

  it('starts the day at Berlin midnight, also on the days the clocks change', () => {
    expect(berlinStartOfDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(berlinStartOfDay('2026-03-29', 1).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(berlinStartOfDay('2026-10-25', 1).toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('keeps the wall-clock time across a clock change when adding days', () => {
    const before = berlin(2026, 3, 27, 14, 0);
    expect(berlinParts(addBerlinDays(before, 3))).toMatchObject({ day: 30, hour: 14, minute: 0, weekday: 1 });
  });
});
