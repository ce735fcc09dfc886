const TIME_ZONE = 'Europe/Berlin';

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  weekday: 'short',
});

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export interface BerlinParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday ... 6 = Saturday. */
  weekday: number;
}

/** Wall-clock reading in Köln and Mettmann, independent of the process time zone. */
export function berlinParts(instant: Date): BerlinParts {
  const parts = Object.fromEntries(partsFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
  };
}

function offsetMs(instant: Date): number {
  const p = berlinParts(instant);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return asUtc - Math.floor(instant.getTime() / 60_000) * 60_000;
}

/** The instant at which Berlin clocks show the given date and time (month 1-12). */
export function berlin(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  let instant = wall - offsetMs(new Date(wall));
  // A second pass settles the days on which daylight saving time starts or ends.
  instant = wall - offsetMs(new Date(instant));
  return new Date(instant);
}

/** Same Berlin wall-clock time, `days` calendar days later (or earlier). */
export function addBerlinDays(instant: Date, days: number): Date {
  const p = berlinParts(instant);
  return berlin(p.year, p.month, p.day + days, p.hour, p.minute);
}

/** The next given weekday (0 = Sunday) on or after `from`, at the given Berlin time. */
export function nextWeekday(from: Date, weekday: number, hour: number, minute: number): Date {
  const p = berlinParts(from);
  const ahead = (weekday - p.weekday + 7) % 7;
  return berlin(p.year, p.month, p.day + ahead, hour, minute);
}

export const DAY_MS = 86_400_000;

/**
 * Midnight in Berlin at the start of a calendar day ("2021-02-18"), independent of the server's
 * time zone. `dayOffset` 1 gives the start of the following day (an exclusive end).
 */
export function berlinStartOfDay(isoDate: string, dayOffset = 0): Date {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return berlin(year, month, day + dayOffset);
}
