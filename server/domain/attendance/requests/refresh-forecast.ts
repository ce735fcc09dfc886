import type { Locale } from '../../../../bot/chat/message';
import type { BoundChannel, OutboxItem } from '../../announcements/ports';
import { updateDirect } from '../../notifications/direct-messages';
import { forecastPostKey, requestKey } from './keys';
import type { AnswerRecord, AttendanceRequestDeps, ForecastView, RequestState, Seat } from './ports';
import type { OpenMeeting } from './open-meeting';
import { votingMembers } from './seats';

/**
 * The forecast card in each confidential channel of the committee: posted once, then updated in
 * place. Public channels never get it (names of absent members are not for the public).
 * With `postOnly`, an existing card is left as it is (the request job's run).
 */
export async function refreshForecast(
  deps: AttendanceRequestDeps,
  open: OpenMeeting,
  options: { postOnly?: boolean } = {},
): Promise<number> {
  const { meeting, announced } = open;
  const channels = (await deps.announcements.store.activeBindings(meeting.committeeId)).filter(
    (channel) => channel.confidentiality === 'confidential',
  );
  if (channels.length === 0) return 0;
  const forecast = await deps.forecast(meeting.id, deps.clock());
  if (!forecast) return 0;
  const seats = await deps.store.seats(meeting.committeeId, meeting.start);
  const answers = await deps.store.answers(meeting.id);
  const message = deps.renderer.forecast(announced, forecastView(forecast, seats, answers), deps.locale);
  let queued = 0;
  for (const channel of channels) {
    const post = forecastItem(meeting.id, channel, message);
    if ((await deps.announcements.outbox.enqueue([post])) > 0) {
      queued += 1;
    } else if (!options.postOnly) {
      await deps.announcements.outbox.enqueueUpdate({
        ...post,
        key: `${post.key}:update`,
        operation: 'update',
        updates: post.key,
      });
      queued += 1;
    }
  }
  return queued;
}

function forecastItem(meetingId: string, channel: BoundChannel, message: OutboxItem['message']): OutboxItem {
  return {
    key: forecastPostKey(meetingId, channel),
    operation: 'post',
    target: {
      platform: channel.platform,
      tenantId: channel.tenantId,
      channelId: channel.channelId,
      kind: 'channel',
    },
    message,
    binding: channel.bindingId,
    meeting: meetingId,
  };
}

/** Names for the office: who said yes, who is excused, who is represented by whom, who is silent. */
export function forecastView(
  forecast: ForecastView['forecast'],
  seats: readonly Seat[],
  answers: readonly AnswerRecord[],
): ForecastView {
  const nameOf = new Map(seats.map((seat) => [seat.personId, seat.name]));
  const byPerson = new Map(answers.map((answer) => [answer.personId, answer]));
  const view: ForecastView = {
    forecast,
    attending: [],
    excused: [],
    represented: [],
    open: [],
    notReached: [],
  };
  for (const member of votingMembers(seats)) {
    const answer = byPerson.get(member.personId);
    const standIn = answers.find((a) => a.substituteFor === member.personId);
    if (answer?.response === 'attending') view.attending.push(member.name);
    else if (answer?.response === 'substitute' && standIn)
      view.represented.push({
        member: member.name,
        substitute: nameOf.get(standIn.personId) ?? '?',
        confirmed: standIn.substituteConfirmed === true,
      });
    else if (answer?.response === 'excused' || answer?.response === 'substitute')
      view.excused.push(member.name);
    else {
      view.open.push(member.name);
      if (!answer?.requestedAt) view.notReached.push(member.name);
    }
  }
  return view;
}

/** What the member's request message shows after an answer. */
export function requestState(
  memberId: string,
  seats: readonly Seat[],
  answers: readonly AnswerRecord[],
): RequestState {
  const answer = answers.find((a) => a.personId === memberId);
  const standIn = answers.find((a) => a.substituteFor === memberId);
  if (!answer?.response) return {};
  if (answer.response !== 'substitute' || !standIn) return { response: answer.response };
  return {
    response: 'substitute',
    substituteName: seats.find((seat) => seat.personId === standIn.personId)?.name,
    substituteConfirmed: standIn.substituteConfirmed === true,
  };
}

/** Replaces the member's request message with their current answer, then refreshes the forecast. */
export async function afterAnswer(
  deps: AttendanceRequestDeps,
  open: OpenMeeting,
  memberId: string,
): Promise<RequestState> {
  const seats = await deps.store.seats(open.meeting.committeeId, open.meeting.start);
  const answers = await deps.store.answers(open.meeting.id);
  const state = requestState(memberId, seats, answers);
  // Only a request that went out can be replaced (an update needs its post).
  if (answers.find((a) => a.personId === memberId)?.requestedAt) {
    const message = (locale: Locale) =>
      deps.renderer.request(open.announced, { personId: memberId }, state, 'request', locale);
    await updateDirect(deps.direct, memberId, requestKey(open.meeting.id, memberId), message);
  }
  await refreshForecast(deps, open);
  deps.onQueued?.();
  return state;
}
