import { DomainError } from '../errors';
import type { MeetingState } from './lifecycle';

type MeetingFacts = { state: MeetingState; invitationDate?: Date; publishedAt?: Date };

/** Once the Ladung has gone out, agenda numbers are frozen and additions become Nachträge. */
export function invitationSent(meeting: MeetingFacts): boolean {
  return (
    meeting.invitationDate !== undefined ||
    meeting.state === 'eingeladen' ||
    meeting.state === 'durchgefuehrt'
  );
}

/** Held or cancelled meetings keep their agenda as it was. */
export function assertAgendaOpen(meeting: MeetingFacts): void {
  if (meeting.state === 'durchgefuehrt' || meeting.state === 'abgesagt') {
    throw new DomainError(
      'meeting_closed',
      meeting.state === 'abgesagt'
        ? 'Die Sitzung ist abgesagt; ihre Tagesordnung kann nicht mehr geändert werden.'
        : 'Die Sitzung hat stattgefunden; ihre Tagesordnung kann nicht mehr geändert werden.',
      { state: meeting.state },
    );
  }
}

/** Only a meeting nobody has heard of yet may disappear; anything announced is cancelled instead. */
export function assertMeetingDeletable(meeting: MeetingFacts): void {
  if (invitationSent(meeting) || meeting.publishedAt !== undefined || meeting.state !== 'terminiert') {
    throw new DomainError(
      'meeting_already_announced',
      'Die Sitzung wurde bereits veröffentlicht oder eingeladen und kann nicht gelöscht werden. Bitte sagen Sie sie stattdessen ab.',
      { state: meeting.state },
    );
  }
}
