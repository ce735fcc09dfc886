import { describe, expect, it } from 'vitest';
import { berlin } from '../../server/domain/time/berlin';
import { filingDeadline } from '../../server/http/feeds/filing-deadline';

const at = (iso: string) => new Date(iso);

describe('Anfragen filing deadline', () => {
  it('skips the weekend for working days', () => {
    // Meeting Monday 23 Nov 2026 17:00; 2 working days back: Thursday 19 Nov, 12:00 CET.
    const deadline = filingDeadline(at('2026-11-23T17:00:00+01:00'), {
      deadlineDays: 2,
      deadlineDayKind: 'working',
      deadlineCutoff: '12:00',
    });
    expect(deadline.toISOString()).toBe('2026-11-19T11:00:00.000Z');
  });

  it('counts calendar days including weekends, across the change to summer time', () => {
    // Meeting Wednesday 1 Apr 2026 (CEST); 7 days back: Wednesday 25 Mar (CET), 09:00.
    const deadline = filingDeadline(at('2026-04-01T17:00:00+02:00'), {
      deadlineDays: 7,
      deadlineDayKind: 'calendar',
      deadlineCutoff: '09:00',
    });
    expect(deadline.toISOString()).toBe('2026-03-25T08:00:00.000Z');
  });

  it('takes the Berlin date of a meeting that starts just after midnight', () => {
    const deadline = filingDeadline(at('2026-07-02T00:30:00+02:00'), {
      deadlineDays: 1,
      deadlineDayKind: 'working',
      deadlineCutoff: '23:59',
    });
    expect(deadline.toISOString()).toBe('2026-07-01T21:59:00.000Z');
  });

  it('converts Berlin wall-clock times in winter and summer', () => {
    expect(berlin(2026, 1, 15, 12, 0).toISOString()).toBe('2026-01-15T11:00:00.000Z');
    expect(berlin(2026, 7, 15, 12, 0).toISOString()).toBe('2026-07-15T10:00:00.000Z');
  });
});
