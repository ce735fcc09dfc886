import type { ICalDayJsStub } from 'ical-generator';

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

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: BERLIN,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  weekday: 'short',
});

export interface BerlinParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 Sunday … 6 Saturday */
  weekday: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function berlinParts(date: Date): BerlinParts {
  const parts = Object.fromEntries(partsFormat.formatToParts(date).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
  };
}

/** The instant of a Berlin wall-clock time (the offset is taken at that instant, so DST is right). */
export function berlinWallClockToDate(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  let guess = new Date(asUtc - 60 * 60_000);
  for (let i = 0; i < 2; i++) {
    const p = berlinParts(guess);
    const shownAsUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
    guess = new Date(guess.getTime() + (asUtc - shownAsUtc));
  }
  return guess;
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
