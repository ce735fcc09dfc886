const ZONE = 'Europe/Berlin';

function berlinParts(instant: Date) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return {
    year: value('year'),
    month: value('month'),
    day: value('day'),
    hour: value('hour'),
    minute: value('minute'),
  };
}

/** "14:15" on Berlin clocks, whatever the browser's time zone. */
export function berlinClock(instant: Date): string {
  const { hour, minute } = berlinParts(instant);
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** The instant a Berlin wall clock shows `time` ("14:15") on the Berlin day of `day`; null when not a time. */
export function berlinTimeOnDay(day: Date, time: string): Date | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!match) return null;
  const { year, month, day: dayOfMonth } = berlinParts(day);
  const wanted = Date.UTC(year, month - 1, dayOfMonth, Number(match[1]), Number(match[2]));
  // Berlin is one or two hours ahead of UTC; correct the guess by the offset at that moment.
  let guess = wanted;
  for (let i = 0; i < 2; i++) {
    const shown = berlinParts(new Date(guess));
    const shownMs = Date.UTC(shown.year, shown.month - 1, shown.day, shown.hour, shown.minute);
    guess += wanted - shownMs;
  }
  return new Date(guess);
}

/** What a time field offers first: now on the meeting's day, else the meeting's start. */
export function defaultSessionTime(meetingStart: Date, now: Date = new Date()): string {
  const day = (instant: Date) => {
    const { year, month, day: dayOfMonth } = berlinParts(instant);
    return `${year}-${month}-${dayOfMonth}`;
  };
  return berlinClock(day(now) === day(meetingStart) ? now : meetingStart);
}
