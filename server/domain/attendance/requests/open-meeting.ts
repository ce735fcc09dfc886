import type { AnnouncedMeeting } from '../../announcements/ports';
import { DomainError } from '../../errors';
import type { AttendanceRequestDeps, RequestMeeting, Seat } from './ports';
import { votingMembers } from './seats';

export interface OpenMeeting {
  meeting: RequestMeeting;
  announced: AnnouncedMeeting;
}

/** The meeting an answer is about: it must exist, not be cancelled and not have begun. */
export async function openMeeting(deps: AttendanceRequestDeps, meetingId: string): Promise<OpenMeeting> {
  const meeting = await deps.store.findMeeting(meetingId);
  const announced = meeting ? await deps.announcements.store.findMeeting(meetingId) : null;
  if (!meeting || !announced)
    throw new DomainError('not_found', 'Diese Sitzung gibt es nicht.', { field: 'meetingId' });
  if (meeting.cancelled)
    throw new DomainError('meeting_closed', 'Die Sitzung ist abgesagt.', { reason: 'cancelled' });
  if (meeting.start.getTime() <= deps.clock().getTime())
    throw new DomainError('meeting_closed', 'Die Sitzung hat bereits begonnen.', { reason: 'past' });
  return { meeting, announced };
}

/** The presser answers for themselves only: the button may name the person it was sent to. */
export function answeringPerson(
  principalPersonId: string | undefined,
  addressed: string | undefined,
): string {
  if (!principalPersonId)
    throw new DomainError(
      'attendance_not_member',
      'Sie sind kein stimmberechtigtes Mitglied dieses Gremiums.',
    );
  if (addressed && addressed !== principalPersonId)
    throw new DomainError('attendance_for_other', 'Sie können nur für sich selbst antworten.');
  return principalPersonId;
}

/** The voting member's seat on the meeting day, or a refusal. */
export async function memberSeat(
  deps: AttendanceRequestDeps,
  meeting: RequestMeeting,
  personId: string,
): Promise<{ member: Seat; seats: Seat[] }> {
  const seats = await deps.store.seats(meeting.committeeId, meeting.start);
  const member = votingMembers(seats).find((seat) => seat.personId === personId);
  if (!member)
    throw new DomainError(
      'attendance_not_member',
      'Sie sind kein stimmberechtigtes Mitglied dieses Gremiums.',
    );
  return { member, seats };
}
