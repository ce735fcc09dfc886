import { describe, expect, it } from 'vitest';
import { isMeetingFreeDay } from '../../server/store/demo/holidays';
import { DEMO_SCHEDULES, planMeetings } from '../../server/store/demo/recurring-meetings';
import { berlin } from '../../server/domain/time/berlin';

const DAY = 86_400_000;

describe('demo meeting schedule', () => {
  it('knows the NRW holidays of 2026 and the Christmas break', () => {
    const free = [
      berlin(2026, 4, 3),
      berlin(2026, 4, 6),
      berlin(2026, 5, 14),
      berlin(2026, 5, 25),
      berlin(2026, 6, 4),
    ];
    for (const day of free) expect(isMeetingFreeDay(day), day.toISOString()).toBe(true);
    expect(isMeetingFreeDay(berlin(2025, 12, 29, 14))).toBe(true);
    expect(isMeetingFreeDay(berlin(2026, 3, 16, 14))).toBe(false);
  });

  it('plans two held meetings, an invited next one and about four months ahead on every day of a year', () => {
    for (let day = 0; day < 366; day++) {
      const now = new Date(Date.UTC(2026, 0, 1, 9) + day * DAY);
      for (const schedule of DEMO_SCHEDULES) {
        const plan = planMeetings(schedule, now);
        const label = `${schedule.committee} at ${now.toISOString()}`;
        const held = plan.filter((m) => m.state === 'durchgefuehrt');
        const ahead = plan.filter((m) => m.start > now);
        expect(
          held.map((m) => m.handle),
          label,
        ).toEqual(['past:2', 'past:1']);
        expect(
          held.every((m) => m.start < now && now.getTime() - m.start.getTime() < 120 * DAY),
          label,
        ).toBe(true);
        expect(ahead[0]?.state, label).toBe('eingeladen');
        // Four weeks at most, six when the Christmas break lies in between.
        expect(ahead[0]!.start.getTime() - now.getTime(), label).toBeLessThan(42 * DAY);
        expect(ahead.length, label).toBeGreaterThanOrEqual(3);
        expect(
          plan.some((m) => isMeetingFreeDay(m.start)),
          label,
        ).toBe(false);
        for (const state of Object.values(schedule.exceptions ?? {})) {
          expect(
            plan.map((m) => m.state),
            label,
          ).toContain(state);
        }
      }
    }
  });
});
