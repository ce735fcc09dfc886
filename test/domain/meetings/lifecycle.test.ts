import { describe, expect, it } from 'vitest';
import { allowedTransitions, changeMeetingState } from '../../../server/domain/meetings/lifecycle';

const now = new Date('2026-03-01T10:00:00+01:00');
const future = new Date('2026-03-10T14:00:00+01:00');
const past = new Date('2026-02-20T14:00:00+01:00');

describe('meeting lifecycle', () => {
  it('sets the invitation date when the invitation goes out', () => {
    expect(changeMeetingState({ state: 'terminiert', start: future }, 'eingeladen', now)).toEqual({
      state: 'eingeladen',
      cancelled: false,
      invitationDate: now,
    });
  });

  it('marks a cancelled meeting as cancelled', () => {
    expect(changeMeetingState({ state: 'eingeladen', start: future }, 'abgesagt', now).cancelled).toBe(true);
  });

  it('lets a postponed meeting be invited again', () => {
    expect(allowedTransitions('verschoben')).toContain('eingeladen');
  });

  it('refuses to reopen a held or cancelled meeting', () => {
    expect(() => changeMeetingState({ state: 'durchgefuehrt', start: past }, 'eingeladen', now)).toThrowError(
      /durchgeführt/,
    );
    expect(() => changeMeetingState({ state: 'abgesagt', start: future }, 'terminiert', now)).toThrowError();
  });

  it('refuses to mark a future meeting as held', () => {
    expect(() =>
      changeMeetingState({ state: 'eingeladen', start: future }, 'durchgefuehrt', now),
    ).toThrowError(/nach ihrem Beginn/);
    expect(changeMeetingState({ state: 'eingeladen', start: past }, 'durchgefuehrt', now).state).toBe(
      'durchgefuehrt',
    );
  });
});
