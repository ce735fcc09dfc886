import { formatDateTime } from '../format';
import { t } from '../i18n/catalog';
import type { ChatMessage, Locale } from '../message';
import type { MeetingChangeSummary } from './meeting-changes';
import type { MeetingView } from './meeting-view';

/** The short notice posted in the agenda's thread after a change. */
export function presentChangeNotice(
  meeting: MeetingView,
  change: MeetingChangeSummary,
  locale: Locale,
): ChatMessage {
  const lines: string[] = [];
  if (change.cancelled) lines.push(`**${t(locale, 'change.cancelled')}**`);
  if (change.supplementAdded) lines.push(t(locale, 'change.supplement'));
  if (change.itemsAdded > 0) lines.push(t(locale, 'change.itemsAdded', { count: change.itemsAdded }));
  if (change.itemsRemoved > 0) lines.push(t(locale, 'change.itemsRemoved', { count: change.itemsRemoved }));
  if (change.reordered) lines.push(t(locale, 'change.reordered'));
  if (change.newStart)
    lines.push(t(locale, 'change.time', { date: formatDateTime(change.newStart, locale) }));
  if (change.newLocation !== undefined)
    lines.push(t(locale, 'change.location', { location: change.newLocation || '–' }));
  return {
    title: t(locale, 'change.title'),
    text: meeting.name,
    sections: [{ lines }],
    fallbackText: t(locale, 'change.fallback', { committee: meeting.committeeShortName }),
  };
}
