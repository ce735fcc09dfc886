import { describe, expect, it } from 'vitest';
import {
  assertAgendaOpen,
  assertMeetingDeletable,
  invitationSent,
} from '../../../server/domain/meetings/meeting-status';

describe('meeting status rules', () => {
  it('counts a meeting as invited once it has an invitation date or has gone past "terminiert"', () => {
    expect(invitationSent({ state: 'terminiert' })).toBe(false);
    expect(invitationSent({ state: 'verschoben', invitationDate: new Date() })).toBe(true);
    expect(invitationSent({ state: 'durchgefuehrt' })).toBe(true);
  });

  it('deletes only what was never announced', () => {
    expect(() => assertMeetingDeletable({ state: 'terminiert' })).not.toThrow();
    expect(() => assertMeetingDeletable({ state: 'terminiert', publishedAt: new Date() })).toThrow(
      /stattdessen ab/,
    );
    expect(() => assertMeetingDeletable({ state: 'verschoben' })).toThrow();
  });

  it('closes the agenda of held and cancelled meetings', () => {
    expect(() => assertAgendaOpen({ state: 'eingeladen' })).not.toThrow();
    expect(() => assertAgendaOpen({ state: 'abgesagt' })).toThrow(/abgesagt/);
    expect(() => assertAgendaOpen({ state: 'durchgefuehrt' })).toThrow(/stattgefunden/);
  });
});
