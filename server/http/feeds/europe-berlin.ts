import type { ICalDayJsStub } from 'ical-generator';
import { berlinParts } from '../../domain/time/berlin';

/** The feeds' time zone: every meeting of a German body is on Berlin time. */
export const BERLIN = 'Europe/Berlin';

/**
 * VTIMEZONE for Europe/Berlin with the EU rules in force since 1996 (last Sunday of March 02:00 CET
 * to CEST, last Sunday of October 03:00 CEST to CET). Outlook needs the block to place the events.
 */
export function berlinTimezoneBlock(timezone: string): string | null {
  if (timezone !== BERLIN) return null;
  return [
    'BEGIN:VTIMEZONE',
    'TZID:Europe/Berlin',
    'X-LIC-LOCATION:Europe/Berlin',
    'BEGIN:DAYLIGHT',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'TZNAME:CEST',
    'DTSTART:19700329T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'TZNAME:CET',
    'DTSTART:19701025T030000',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n');
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An instant shown in Berlin wall-clock time, in the day.js shape ical-generator formats with
 * TZID. Without it ical-generator would use the server process's local zone, which in production
 * is often UTC.
 */
export class BerlinTime implements ICalDayJsStub {
  constructor(
    private readonly instant: Date,
    private readonly inUtc = false,
  ) {}

  isValid(): boolean {
    return !Number.isNaN(this.instant.getTime());
  }
  toDate(): Date {
    return new Date(this.instant);
  }
  toJSON(): string {
    return this.instant.toISOString();
  }
  tz(): BerlinTime {
    return new BerlinTime(this.instant, false);
  }
  utc(): BerlinTime {
    return new BerlinTime(this.instant, true);
  }
  /** ical-generator asks only for these two patterns. */
  format(pattern?: string): string {
    const p = this.inUtc
      ? {
          year: this.instant.getUTCFullYear(),
          month: this.instant.getUTCMonth() + 1,
          day: this.instant.getUTCDate(),
          hour: this.instant.getUTCHours(),
          minute: this.instant.getUTCMinutes(),
          second: this.instant.getUTCSeconds(),
        }
      : { ...berlinParts(this.instant), second: this.instant.getUTCSeconds() };
    if (pattern === 'YYYYMMDD') return `${p.year}${pad(p.month)}${pad(p.day)}`;
    if (pattern === 'HHmmss') return `${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
    throw new Error(`Unsupported date pattern: ${pattern}`);
  }
}
