import type { Locale } from './message';

const TIME_ZONE = 'Europe/Berlin';

/** Building an Intl.DateTimeFormat costs far more than using one: one per locale and style. */
const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, style: 'date' | 'dateTime'): Intl.DateTimeFormat {
  const id = `${locale}:${style}`;
  let format = formats.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
      timeZone: TIME_ZONE,
      ...(style === 'dateTime' ? { weekday: 'short' } : {}),
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      ...(style === 'dateTime' ? { hour: '2-digit', minute: '2-digit' } : {}),
    });
    formats.set(id, format);
  }
  return format;
}

/** "Mo., 18.11.2019, 15:30 Uhr" / "Mon, 18/11/2019, 15:30", always in Berlin time. */
export function formatDateTime(date: Date, locale: Locale): string {
  const text = formatter(locale, 'dateTime').format(date);
  return locale === 'de' ? `${text} Uhr` : text;
}

export function formatDate(date: Date, locale: Locale): string {
  return formatter(locale, 'date').format(date);
}
