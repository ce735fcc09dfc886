import { berlinParts } from '../time/berlin';

const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];
const two = (value: number) => String(value).padStart(2, '0');

/** "18.11.2019" in Berlin. */
export function germanDate(instant: Date): string {
  const p = berlinParts(instant);
  return `${two(p.day)}.${two(p.month)}.${p.year}`;
}

/** "14:00" in Berlin. */
export function germanTime(instant: Date): string {
  const p = berlinParts(instant);
  return `${two(p.hour)}:${two(p.minute)}`;
}

/** "Montag, dem 18.11.2019" in Berlin. */
export function germanWeekdayDate(instant: Date): string {
  return `${WEEKDAYS[berlinParts(instant).weekday]}, dem ${germanDate(instant)}`;
}

/** "2019-11-18" in Berlin, for file names. */
export function isoDay(instant: Date): string {
  const p = berlinParts(instant);
  return `${p.year}-${two(p.month)}-${two(p.day)}`;
}
