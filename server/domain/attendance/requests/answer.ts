import type { Principal } from '../../access/principal';
import type { AnnouncedMeeting } from '../../announcements/ports';
import { afterAnswer } from './refresh-forecast';
import { answeringPerson, memberSeat, openMeeting } from './open-meeting';
import type { AttendanceRequestDeps, RequestState } from './ports';
import { releaseSubstitute } from './substitutes';

export interface AnswerInput {
  meetingId: string;
  /** The person the request was addressed to (carried by the button). */
  personId?: string;
  response: 'attending' | 'excused';
}

/**
 * "Ich nehme teil" / "Ich bin verhindert" of a voting member. Changing the answer is allowed; the
 * same answer again (a double click) changes nothing.
 */
export async function answerAttendance(
  deps: AttendanceRequestDeps,
  principal: Principal,
  input: AnswerInput,
): Promise<{ state: RequestState; changed: boolean; meeting: AnnouncedMeeting }> {
  const personId = answeringPerson(principal.personId, input.personId);
  const open = await openMeeting(deps, input.meetingId);
  await memberSeat(deps, open.meeting, personId);
  const previous = (await deps.store.answers(open.meeting.id)).find((a) => a.personId === personId);
  if (previous?.response === input.response)
    return { state: { response: input.response }, changed: false, meeting: open.announced };
  const now = deps.clock();
  if (previous?.response === 'substitute')
    await releaseSubstitute(deps, open, personId, now, { notify: true });
  await deps.store.saveAnswer(
    open.meeting.id,
    personId,
    { category: 'member', response: input.response, substituteFor: null, substituteConfirmed: null },
    now,
  );
  await deps.announcements.audit.record({
    actorName: principal.displayName,
    userId: principal.userId,
    personId,
    action: previous?.response ? 'update' : 'create',
    entityType: 'Attendance',
    entityId: `${open.meeting.id}:${personId}`,
    organization: open.meeting.committeeId,
    summary: input.response === 'attending' ? 'Teilnahme zugesagt' : 'Entschuldigt',
  });
  return { state: await afterAnswer(deps, open, personId), changed: true, meeting: open.announced };
}
