import type { Locale } from './message';

const TIME_ZONE = 'Europe/Berlin';

/** "Mo., 18.11.2019, 15:30 Uhr" / "Mon, 18/11/2019, 15:30", always in Berlin time. */
export function formatDateTime(date: Date, locale: Locale): string {
  const text = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    timeZone: TIME_ZONE,
    weekday: 'short',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
  return locale === 'de' ? `${text} Uhr` : text;
}

export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    timeZone: TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(date);
}
