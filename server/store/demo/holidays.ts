import { berlinParts } from '../../domain/time/berlin';

/** Easter Sunday (anonymous Gregorian algorithm) as [month, day]. */
function easter(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

const FIXED_HOLIDAYS = ['1-1', '5-1', '10-3', '11-1', '12-25', '12-26'];
/** Karfreitag, Ostermontag, Christi Himmelfahrt, Pfingstmontag, Fronleichnam (NRW). */
const EASTER_OFFSETS = [-2, 1, 39, 50, 60];

/**
 * No committee meets on an NRW public holiday or between Christmas and Epiphany; the generated
 * schedule moves such dates.
 */
export function isMeetingFreeDay(instant: Date): boolean {
  const { year, month, day } = berlinParts(instant);
  if ((month === 12 && day >= 20) || (month === 1 && day <= 6)) return true;
  if (FIXED_HOLIDAYS.includes(`${month}-${day}`)) return true;
  const [em, ed] = easter(year);
  const dayNumber = Date.UTC(year, month - 1, day) / 86_400_000;
  const easterNumber = Date.UTC(year, em - 1, ed) / 86_400_000;
  return EASTER_OFFSETS.includes(dayNumber - easterNumber);
}
