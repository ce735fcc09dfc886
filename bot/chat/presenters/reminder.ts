import { formatDateTime } from '../format';
import { t } from '../i18n/catalog';
import type { ChatMessage, Locale } from '../message';
import type { MeetingView } from './meeting-view';

/** Reminder before a session; refers to the posted agenda, names no items. */
export function presentReminder(meeting: MeetingView, daysBefore: number, locale: Locale): ChatMessage {
  const date = formatDateTime(meeting.start, locale);
  const facts = [{ label: t(locale, 'agenda.when'), value: date }];
  if (meeting.locationText) facts.push({ label: t(locale, 'agenda.where'), value: meeting.locationText });
  return {
    title: t(locale, 'reminder.title', { committee: meeting.committeeShortName }),
    text: `${t(locale, 'reminder.inDays', { days: daysBefore, date })}\n${meeting.name}`,
    facts,
    fallbackText: t(locale, 'reminder.fallback', { committee: meeting.committeeShortName, date }),
  };
}
