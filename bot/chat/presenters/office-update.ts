import { t } from '../i18n/catalog';
import type { ChatMessage, Locale } from '../message';

export interface OfficeUpdate {
  committeeShortName: string;
  text: string;
  authorName: string;
}

/** A Mitteilung der Verwaltung as the office wrote it. */
export function presentOfficeUpdate(update: OfficeUpdate, locale: Locale): ChatMessage {
  return {
    title: t(locale, 'update.title', { committee: update.committeeShortName }),
    text: update.text,
    context: t(locale, 'update.from', { name: update.authorName }),
    fallbackText: `${t(locale, 'update.title', { committee: update.committeeShortName })}: ${update.text.slice(0, 120)}`,
  };
}
