import { formatDateTime } from '../format';
import { t } from '../i18n/catalog';
import type { ChatMessage, Locale } from '../message';

export interface MeetingListEntry {
  committeeShortName: string;
  name: string;
  start: Date;
  cancelled: boolean;
}

export function presentMeetingsList(meetings: MeetingListEntry[], locale: Locale): ChatMessage {
  const lines = meetings.map((m) => {
    const line = t(locale, 'meetings.line', {
      date: formatDateTime(m.start, locale),
      committee: m.committeeShortName,
      name: m.name,
    });
    return m.cancelled ? `${line}: ${t(locale, 'change.cancelled')}` : line;
  });
  return {
    title: t(locale, 'meetings.title'),
    sections: [{ lines: lines.length > 0 ? lines : [t(locale, 'meetings.none')] }],
    fallbackText: t(locale, 'meetings.title'),
  };
}
