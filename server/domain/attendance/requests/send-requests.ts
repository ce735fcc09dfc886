import type { Locale } from '../../../../bot/chat/message';
import { sendDirect } from '../../notifications/direct-messages';
import { reminderKey, requestKey } from './keys';
import type { AttendanceRequestDeps, RequestMeeting } from './ports';
import { votingMembers } from './seats';

const DAY_MS = 86_400_000;
/** The longest lead time a committee may set; the store is asked for meetings up to this far ahead. */
const MAX_LEAD_DAYS = 60;
/** Unanswered members are reminded once, this many days before the session. */
export const REMINDER_DAYS_BEFORE = 2;

/**
 * Sends each voting member of every upcoming meeting within its lead time the attendance request
 * by direct message, and two days before one reminder to those who have not answered. Idempotent:
 * every message has its own outbox key, so another run (second instance, restart) sends nothing twice.
 */
export async function sendDueAttendanceRequests(
  deps: AttendanceRequestDeps,
): Promise<{ requests: number; reminders: number }> {
  const now = deps.clock();
  let requests = 0;
  let reminders = 0;
  for (const meeting of await meetingsInLeadTime(deps, now)) {
    const sent = await requestMeeting(deps, meeting, now);
    requests += sent.requests;
    reminders += sent.reminders;
  }
  return { requests, reminders };
}

/** Upcoming, not cancelled meetings whose request moment (start minus lead time) has come. */
export async function meetingsInLeadTime(deps: AttendanceRequestDeps, now: Date): Promise<RequestMeeting[]> {
  const meetings = await deps.store.meetingsStartingBetween(
    now,
    new Date(now.getTime() + MAX_LEAD_DAYS * DAY_MS),
  );
  return meetings.filter(
    (meeting) =>
      !meeting.cancelled && now.getTime() >= meeting.start.getTime() - meeting.requestDaysBefore * DAY_MS,
  );
}

async function requestMeeting(
  deps: AttendanceRequestDeps,
  meeting: RequestMeeting,
  now: Date,
): Promise<{ requests: number; reminders: number }> {
  const announced = await deps.announcements.store.findMeeting(meeting.id);
  if (!announced) return { requests: 0, reminders: 0 };
  const members = votingMembers(await deps.store.seats(meeting.committeeId, meeting.start));
  const answers = new Map((await deps.store.answers(meeting.id)).map((a) => [a.personId, a]));
  const reminderAt = meeting.start.getTime() - REMINDER_DAYS_BEFORE * DAY_MS;
  const reminderDue = now.getTime() >= reminderAt;
  let requests = 0;
  let reminders = 0;
  for (const member of members) {
    const answer = answers.get(member.personId);
    if (!answer?.requestedAt) {
      const message = (locale: Locale) =>
        deps.renderer.request(announced, member, { response: answer?.response }, 'request', locale);
      if (
        (await sendDirect(deps.direct, member.personId, requestKey(meeting.id, member.personId), message)) > 0
      ) {
        await deps.store.markRequested(meeting.id, member.personId, now);
        requests += 1;
      }
      continue;
    }
    // A request sent after the reminder moment (a meeting planned at short notice) is not chased.
    const askedEarlier = answer.requestedAt.getTime() < reminderAt;
    if (reminderDue && askedEarlier && !answer.response && !answer.remindedAt) {
      const message = (locale: Locale) => deps.renderer.request(announced, member, {}, 'reminder', locale);
      if (
        (await sendDirect(deps.direct, member.personId, reminderKey(meeting.id, member.personId), message)) >
        0
      ) {
        await deps.store.markReminded(meeting.id, member.personId, now);
        reminders += 1;
      }
    }
  }
  return { requests, reminders };
}
