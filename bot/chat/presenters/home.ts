import { formatDate, formatDateTime } from '../format';
import { t } from '../i18n/catalog';
import type { ChatButton, ChatMessage, Locale } from '../message';
import type { MeetingListEntry } from './meetings-list';

export interface HomeOverview {
  committees: { shortName: string; name: string }[];
  meetings: MeetingListEntry[];
  openItems: { title: string; dueDate?: Date }[];
  /** Offices get the button to send a Mitteilung. */
  mayAnnounce: boolean;
}

/** App Home / personal tab: my committees, next meetings, my open items. */
export function presentHome(
  home: HomeOverview,
  locale: Locale,
  announceButton: ChatButton | undefined,
): ChatMessage {
  const committees = home.committees.map((c) => `**${c.shortName}**: ${c.name}`);
  const meetings = home.meetings.map(
    (m) =>
      t(locale, 'meetings.line', {
        date: formatDateTime(m.start, locale),
        committee: m.committeeShortName,
        name: m.name,
      }) + (m.cancelled ? `: ${t(locale, 'change.cancelled')}` : ''),
  );
  const items = home.openItems.map((i) =>
    i.dueDate ? `${i.title} (${formatDate(i.dueDate, locale)})` : i.title,
  );
  return {
    title: t(locale, 'home.title'),
    sections: [
      {
        heading: t(locale, 'home.committees'),
        lines: committees.length ? committees : [t(locale, 'home.noCommittees')],
      },
      {
        heading: t(locale, 'home.meetings'),
        lines: meetings.length ? meetings : [t(locale, 'meetings.none')],
      },
      { heading: t(locale, 'home.openItems'), lines: items.length ? items : [t(locale, 'home.noOpenItems')] },
    ],
    buttons: home.mayAnnounce && announceButton ? [announceButton] : undefined,
    fallbackText: t(locale, 'home.title'),
  };
}
