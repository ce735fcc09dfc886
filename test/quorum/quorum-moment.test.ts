import { describe, expect, it } from 'vitest';
import { quorumMomentOf } from '../../server/domain/attendance/presence/session-window';

const start = new Date('2019-11-18T14:00:00+01:00');
const end = new Date('2019-11-18T15:11:00+01:00');

describe('the moment quorum is shown for when none is asked', () => {
  it('is now during the session', () => {
    const now = new Date('2019-11-18T14:30:00+01:00');
    expect(quorumMomentOf({ start, end }, now)).toEqual(now);
  });

  it('is the last moment of a session that is over, not a time when everyone has left', () => {
    expect(quorumMomentOf({ start, end }, new Date('2026-11-22T10:00:00Z')).toISOString()).toBe(
      '2019-11-18T14:10:59.999Z',
    );
  });

  it('is the end of the meeting day in Berlin when the session has no recorded end', () => {
    expect(quorumMomentOf({ start }, new Date('2019-11-20T10:00:00+01:00')).toISOString()).toBe(
      '2019-11-18T22:59:59.999Z',
    );
  });
});
