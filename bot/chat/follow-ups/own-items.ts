import { overdueFrom } from '../../../server/domain/follow-ups/due-days';
import type { TrackedFollowUp } from '../../../server/domain/follow-ups/tracking';
import { isOverdueAt } from '../../../server/domain/follow-ups/view';
import { formatDate } from '../format';
import type { ChatMessage, Locale } from '../message';
import { baseFacts, itemButtons } from './presenters';
import { ft } from './texts';

/** The `aufträge` answer: a summary, then one card per open item with its buttons. */
export function presentOwnItems(items: TrackedFollowUp[], now: Date, locale: Locale): ChatMessage[] {
  if (items.length === 0) {
    const text = ft(locale, 'list.none');
    return [{ title: ft(locale, 'list.title'), text, fallbackText: text }];
  }
  const counts = { count: items.length, overdue: items.filter((f) => isOverdueAt(f, now)).length };
  const summary = ft(locale, 'list.count', counts);
  return [
    { title: ft(locale, 'list.title'), text: summary, fallbackText: summary },
    ...items.slice(0, 10).map((f) => {
      const title = ft(locale, 'item.title', { kind: ft(locale, `kind.${f.kind}`), title: f.title });
      const overdue =
        f.dueDate && isOverdueAt(f, now)
          ? ft(locale, 'item.overdue', { date: formatDate(overdueFrom(f.dueDate), locale) })
          : undefined;
      return {
        title,
        ...(overdue ? { text: overdue } : {}),
        facts: baseFacts(f, locale),
        buttons: itemButtons(f, locale),
        fallbackText: title,
      };
    }),
  ];
}
