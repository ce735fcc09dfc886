import type { AnnouncedMeeting } from '../../../server/domain/announcements/ports';
import type {
  ForecastView,
  RequestRenderer,
  RequestState,
} from '../../../server/domain/attendance/requests/ports';
import { formatDate, formatDateTime } from '../format';
import type { ChatButton, ChatFact, ChatMessage, Locale } from '../message';
import { ATTEND_ACTION, CONFIRM_ACTION, DECLINE_ACTION, EXCUSE_ACTION, SUBSTITUTE_ACTION } from './ids';
import { rt } from './texts';

/** "Herrn Pohl" after "von": the printed name in the dative. */
export function dative(name: string, locale: Locale): string {
  return locale === 'de' ? name.replace(/^Herr /, 'Herrn ') : name;
}

function meetingFacts(meeting: AnnouncedMeeting, locale: Locale): ChatFact[] {
  const facts = [
    { label: rt(locale, 'fact.meeting'), value: meeting.name },
    { label: rt(locale, 'fact.when'), value: formatDateTime(meeting.start, locale) },
  ];
  if (meeting.locationText) facts.push({ label: rt(locale, 'fact.where'), value: meeting.locationText });
  return facts;
}

export function answerText(state: RequestState, locale: Locale): string | undefined {
  if (state.response === 'attending') return rt(locale, 'answer.attending');
  if (state.response === 'excused') return rt(locale, 'answer.excused');
  if (state.response !== 'substitute') return undefined;
  if (!state.substituteName) return rt(locale, 'answer.excused');
  return rt(locale, state.substituteConfirmed ? 'answer.substituteConfirmed' : 'answer.substitutePending', {
    name: state.substituteName,
  });
}

/** The buttons of a request, carrying the meeting and the person it is addressed to. */
export function requestButtons(meetingId: string, personId: string, locale: Locale): ChatButton[] {
  const value = { meetingId, personId };
  return [
    { actionId: ATTEND_ACTION, label: rt(locale, 'button.attend'), value, style: 'primary' },
    { actionId: EXCUSE_ACTION, label: rt(locale, 'button.excuse'), value },
    { actionId: SUBSTITUTE_ACTION, label: rt(locale, 'button.substitute'), value },
  ];
}

export function presentRequest(
  meeting: AnnouncedMeeting,
  member: { personId: string },
  state: RequestState,
  kind: 'request' | 'reminder',
  locale: Locale,
): ChatMessage {
  const facts = meetingFacts(meeting, locale);
  const answer = answerText(state, locale);
  if (answer) facts.push({ label: rt(locale, 'fact.answer'), value: answer });
  const committee = meeting.committeeShortName;
  return {
    title: rt(locale, kind === 'reminder' ? 'reminder.title' : 'request.title', { committee }),
    text: answer ? undefined : rt(locale, kind === 'reminder' ? 'reminder.text' : 'request.text'),
    facts,
    buttons: requestButtons(meeting.id, member.personId, locale),
    context: answer ? rt(locale, 'answer.context') : undefined,
    fallbackText: rt(locale, 'request.fallback', {
      meeting: meeting.name,
      date: formatDateTime(meeting.start, locale),
    }),
  };
}

export function presentSubstituteAsk(
  meeting: AnnouncedMeeting,
  member: { personId: string; name: string },
  substitute: { personId: string },
  locale: Locale,
): ChatMessage {
  const params = { member: dative(member.name, locale), date: formatDate(meeting.start, locale) };
  const value = { meetingId: meeting.id, memberId: member.personId, personId: substitute.personId };
  return {
    title: rt(locale, 'ask.title'),
    text: rt(locale, 'ask.text', params),
    facts: meetingFacts(meeting, locale),
    buttons: [
      { actionId: CONFIRM_ACTION, label: rt(locale, 'button.confirm'), value, style: 'primary' },
      { actionId: DECLINE_ACTION, label: rt(locale, 'button.decline'), value, style: 'danger' },
    ],
    fallbackText: rt(locale, 'ask.fallback', params),
  };
}

export function presentSubstituteDeclined(
  meeting: AnnouncedMeeting,
  member: { personId: string },
  substituteName: string,
  locale: Locale,
): ChatMessage {
  const text = rt(locale, 'declinedNotice.text', {
    name: substituteName,
    date: formatDate(meeting.start, locale),
  });
  return {
    title: rt(locale, 'declinedNotice.title'),
    text,
    facts: meetingFacts(meeting, locale),
    buttons: [requestButtons(meeting.id, member.personId, locale)[2]!],
    fallbackText: text,
  };
}

export function presentSubstituteReleased(
  meeting: AnnouncedMeeting,
  member: { name: string },
  locale: Locale,
): ChatMessage {
  const text = rt(locale, 'released.text', {
    member: dative(member.name, locale),
    date: formatDate(meeting.start, locale),
  });
  return {
    title: rt(locale, 'released.title'),
    text,
    facts: meetingFacts(meeting, locale),
    fallbackText: text,
  };
}

/** "Anwesenheit: 5. Sitzung ... — erwartet beschlussfähig: 6 von 7, erforderlich 4" with the names. */
export function presentForecast(meeting: AnnouncedMeeting, view: ForecastView, locale: Locale): ChatMessage {
  const { forecast } = view;
  const counts = { expected: forecast.expected, seats: forecast.seats, needed: forecast.needed };
  const verdict = rt(locale, forecast.expectedQuorate ? 'forecast.quorate' : 'forecast.notQuorate', counts);
  const list = (names: string[]) => (names.length > 0 ? names.join(', ') : rt(locale, 'forecast.none'));
  const represented = view.represented.map((r) =>
    rt(locale, r.confirmed ? 'forecast.by' : 'forecast.unconfirmed', {
      member: r.member,
      substitute: r.substitute,
    }),
  );
  const lines = [`**${verdict}**`];
  if (forecast.secondConvocation) lines.push(rt(locale, 'forecast.secondConvocation'));
  const title = rt(locale, 'forecast.title', { meeting: meeting.name });
  return {
    title,
    text: `${formatDateTime(meeting.start, locale)} · ${meeting.committeeShortName}`,
    sections: [{ lines }],
    facts: [
      { label: rt(locale, 'forecast.attending'), value: list(view.attending) },
      { label: rt(locale, 'forecast.excused'), value: list(view.excused) },
      { label: rt(locale, 'forecast.represented'), value: list(represented) },
      { label: rt(locale, 'forecast.open'), value: list(view.open) },
      ...(view.notReached.length
        ? [{ label: rt(locale, 'forecast.notReached'), value: list(view.notReached) }]
        : []),
    ],
    fallbackText: `${title} — ${verdict}`,
  };
}

export const requestRenderer: RequestRenderer = {
  request: presentRequest,
  substituteAsk: presentSubstituteAsk,
  substituteDeclined: presentSubstituteDeclined,
  substituteReleased: presentSubstituteReleased,
  forecast: presentForecast,
};
