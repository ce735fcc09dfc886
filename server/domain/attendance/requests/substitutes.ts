import type { Locale } from '../../../../bot/chat/message';
import type { Principal } from '../../access/principal';
import { DomainError } from '../../errors';
import { sendDirect } from '../../notifications/direct-messages';
import { substituteAgendaKey, substituteAskKey, substituteDeclinedKey, substituteReleasedKey } from './keys';
import { answeringPerson, memberSeat, openMeeting, type OpenMeeting } from './open-meeting';
import type { AttendanceRequestDeps, RequestState, Seat } from './ports';
import { afterAnswer } from './refresh-forecast';
import { allowedSubstitutes } from './seats';

/** The substitutes the member may name for this meeting (for the form's select). */
export async function substituteChoices(
  deps: AttendanceRequestDeps,
  principal: Principal,
  input: { meetingId: string; personId?: string },
): Promise<{ meetingName: string; choices: Seat[] }> {
  const personId = answeringPerson(principal.personId, input.personId);
  const open = await openMeeting(deps, input.meetingId);
  const { member, seats } = await memberSeat(deps, open.meeting, personId);
  const choices = allowedSubstitutes(seats, member);
  if (choices.length === 0)
    throw new DomainError(
      'substitute_none',
      'Für Sie ist keine Vertretung hinterlegt. Bitte wenden Sie sich an die Geschäftsführung.',
    );
  return { meetingName: open.announced.name, choices };
}

/**
 * "Vertretung benennen": the member is absent and names an allowed substitute, who is asked by
 * direct message to confirm. Naming the same substitute again changes nothing.
 */
export async function nameSubstitute(
  deps: AttendanceRequestDeps,
  principal: Principal,
  input: { meetingId: string; personId?: string; substituteId: string },
): Promise<{ state: RequestState; changed: boolean; reached: number }> {
  const personId = answeringPerson(principal.personId, input.personId);
  const open = await openMeeting(deps, input.meetingId);
  const { member, seats } = await memberSeat(deps, open.meeting, personId);
  const substitute = allowedSubstitutes(seats, member).find((seat) => seat.personId === input.substituteId);
  if (!substitute)
    throw new DomainError('substitute_not_allowed', 'Diese Person darf Sie nicht vertreten.', {
      field: 'substitute',
    });
  const answers = await deps.store.answers(open.meeting.id);
  const current = answers.find((a) => a.substituteFor === personId);
  const ownAnswer = answers.find((a) => a.personId === personId);
  if (current?.personId === substitute.personId && ownAnswer?.response === 'substitute')
    return {
      state: {
        response: 'substitute',
        substituteName: substitute.name,
        substituteConfirmed: current.substituteConfirmed === true,
      },
      changed: false,
      reached: 1,
    };
  const busy = answers.find(
    (a) => a.personId === substitute.personId && a.substituteFor && a.substituteFor !== personId,
  );
  if (busy)
    throw new DomainError(
      'substitute_busy',
      'Diese Person vertritt in dieser Sitzung bereits ein anderes Mitglied.',
      {
        field: 'substitute',
      },
    );
  const now = deps.clock();
  if (current) await releaseSubstitute(deps, open, personId, now, { notify: true });
  await deps.store.saveAnswer(
    open.meeting.id,
    personId,
    { category: 'member', response: 'substitute', substituteFor: null, substituteConfirmed: null },
    now,
  );
  await deps.store.saveAnswer(
    open.meeting.id,
    substitute.personId,
    { category: 'substitute', response: 'substitute', substituteFor: personId, substituteConfirmed: false },
    now,
  );
  await deps.announcements.audit.record({
    actorName: principal.displayName,
    userId: principal.userId,
    personId,
    action: 'update',
    entityType: 'Attendance',
    entityId: `${open.meeting.id}:${personId}`,
    organization: open.meeting.committeeId,
    summary: `Vertretung benannt: ${substitute.name}`,
  });
  const ask = (locale: Locale) => deps.renderer.substituteAsk(open.announced, member, substitute, locale);
  const reached = await sendDirect(
    deps.direct,
    substitute.personId,
    substituteAskKey(open.meeting.id, substitute.personId, personId, now),
    ask,
  );
  return { state: await afterAnswer(deps, open, personId), changed: true, reached };
}

/**
 * The substitute confirms or declines. On confirmation they get the agenda by direct message, the
 * non-public part only if they hold a current membership in the committee; on a decline the
 * member is told and may name someone else.
 */
export async function answerSubstitution(
  deps: AttendanceRequestDeps,
  principal: Principal,
  input: { meetingId: string; memberId: string; substituteId?: string; accept: boolean },
): Promise<{
  accepted: boolean;
  changed: boolean;
  audience?: 'public' | 'confidential';
  memberName: string;
  meetingName: string;
}> {
  const personId = answeringPerson(principal.personId, input.substituteId);
  const open = await openMeeting(deps, input.meetingId);
  const answers = await deps.store.answers(open.meeting.id);
  const own = answers.find((a) => a.personId === personId);
  if (!own || own.substituteFor !== input.memberId)
    throw new DomainError('substitute_not_named', 'Sie sind für diese Sitzung nicht als Vertretung benannt.');
  const seats = await deps.store.seats(open.meeting.committeeId, open.meeting.start);
  const memberName = seats.find((seat) => seat.personId === input.memberId)?.name ?? '?';
  const substituteName = seats.find((seat) => seat.personId === personId)?.name ?? principal.displayName;
  const meetingName = open.announced.name;
  if (input.accept && own.substituteConfirmed === true)
    return { accepted: true, changed: false, memberName, meetingName };
  const now = deps.clock();
  const audit = (summary: string) =>
    deps.announcements.audit.record({
      actorName: principal.displayName,
      userId: principal.userId,
      personId,
      action: 'update',
      entityType: 'Attendance',
      entityId: `${open.meeting.id}:${personId}`,
      organization: open.meeting.committeeId,
      summary,
    });
  if (!input.accept) {
    await releaseSubstitute(deps, open, input.memberId, now, { notify: false });
    await deps.store.saveAnswer(
      open.meeting.id,
      input.memberId,
      { category: 'member', response: 'excused' },
      now,
    );
    await audit(`Vertretung für ${dative(memberName)} abgelehnt`);
    const notice = (locale: Locale) =>
      deps.renderer.substituteDeclined(open.announced, { personId: input.memberId }, substituteName, locale);
    await sendDirect(
      deps.direct,
      input.memberId,
      substituteDeclinedKey(open.meeting.id, input.memberId, personId, now),
      notice,
    );
    await afterAnswer(deps, open, input.memberId);
    return { accepted: false, changed: true, memberName, meetingName };
  }
  await deps.store.saveAnswer(
    open.meeting.id,
    personId,
    {
      category: 'substitute',
      response: 'substitute',
      substituteFor: input.memberId,
      substituteConfirmed: true,
    },
    now,
  );
  const entitled = (await deps.store.seats(open.meeting.committeeId, now)).some(
    (seat) => seat.personId === personId,
  );
  const audience = entitled ? 'confidential' : 'public';
  const agenda = (locale: Locale) => deps.announcements.renderer.agenda(open.announced, audience, locale);
  await sendDirect(deps.direct, personId, substituteAgendaKey(open.meeting.id, personId), agenda);
  await audit(
    `Vertretung für ${dative(memberName)} bestätigt; Tagesordnung ${entitled ? 'mit nichtöffentlichem Teil' : '(öffentlicher Teil)'} gesendet`,
  );
  await afterAnswer(deps, open, input.memberId);
  return { accepted: true, changed: true, audience, memberName, meetingName };
}

/**
 * The member no longer needs the substitute named before (a new answer, another substitute, or
 * the substitute's own decline). Unless they declined themselves, the substitute is told.
 */
export async function releaseSubstitute(
  deps: AttendanceRequestDeps,
  open: OpenMeeting,
  memberId: string,
  now: Date,
  options: { notify: boolean },
): Promise<void> {
  const standIn = (await deps.store.answers(open.meeting.id)).find((a) => a.substituteFor === memberId);
  if (!standIn) return;
  await deps.store.saveAnswer(
    open.meeting.id,
    standIn.personId,
    { category: 'substitute', response: null, substituteFor: null, substituteConfirmed: null },
    now,
  );
  if (!options.notify) return;
  const seats = await deps.store.seats(open.meeting.committeeId, open.meeting.start);
  const name = seats.find((seat) => seat.personId === memberId)?.name ?? '?';
  const notice = (locale: Locale) => deps.renderer.substituteReleased(open.announced, { name }, locale);
  await sendDirect(
    deps.direct,
    standIn.personId,
    substituteReleasedKey(open.meeting.id, standIn.personId, memberId, now),
    notice,
  );
}

/** "für Herrn Pohl" in the audit log. */
function dative(name: string): string {
  return name.replace(/^Herr /, 'Herrn ');
}
