const TIME_ZONE = 'Europe/Berlin';

const wallClock = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
});

function offsetMs(instant: Date): number {
  const parts = Object.fromEntries(wallClock.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
  const asUtc = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
  );
  return asUtc - Math.floor(instant.getTime() / 60_000) * 60_000;
}

/**
 * Midnight in Köln and Mettmann at the start of a calendar day ("2021-02-18"), independent of the
 * server's time zone. `dayOffset` 1 gives the start of the following day (an exclusive end).
 */
export function berlinStartOfDay(isoDate: string, dayOffset = 0): Date {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  const wall = Date.UTC(year, month - 1, day + dayOffset);
  let instant = wall - offsetMs(new Date(wall));
  // A second pass settles the days on which daylight saving time starts or ends.
  instant = wall - offsetMs(new Date(instant));
  return new Date(instant);
}
