import type { Locale } from '../message';

/** "16.11.2026, 12:00 Uhr" / "16/11/2026, 12:00" in Berlin time: a filing deadline. */
export function formatDeadline(instant: Date, locale: Locale): string {
  const text = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    timeZone: 'Europe/Berlin',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(instant);
  return locale === 'de' ? `${text} Uhr` : text;
}

/**
 * A short meeting name for a select option ("5. Sitzung UA DiKO"): Slack cuts option labels at 75
 * characters, so the long committee name in "5. Sitzung des Unterausschusses …" gives way to its short name.
 */
export function shortMeetingName(name: string, committeeShortName: string): string {
  const ordinal = /^\s*(\d+\.\s*Sitzung)\b/.exec(name);
  if (ordinal?.[1]) return `${ordinal[1]} ${committeeShortName}`.trim();
  return committeeShortName ? `${name} (${committeeShortName})` : name;
}
