import { z } from 'zod';
import { berlinStartOfDay } from '../../../domain/time/berlin';

/** A MongoDB ObjectId as 24 hex digits; anything else (objects, operators) fails here. */
export const objectIdString = z
  .string()
  .regex(/^[0-9a-f]{24}$/i, { error: 'Ungültige Kennung' })
  .transform((id) => id.toLowerCase());

export const idParams = z.strictObject({ id: objectIdString });

/** Free text: trimmed, not empty, bounded. */
export const text = (max = 500) => z.string().trim().min(1).max(max);
export const optionalText = (max = 2000) => z.string().trim().max(max).optional();
/** In updates: a string sets, null clears, absent leaves untouched. */
export const clearableText = (max = 2000) => z.string().trim().max(max).nullable().optional();

/** Date-time with offset in bodies ("2021-02-18T16:30:00+01:00" or "...Z"). */
export const dateTime = z.iso
  .datetime({ offset: true, error: 'Erwartet Datum und Uhrzeit (ISO 8601)' })
  .transform((v) => new Date(v));

/** Calendar day or date-time in bodies; a calendar day means midnight in Berlin. */
export const dateOrDateTime = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], {
    error: 'Erwartet ein Datum (JJJJ-MM-TT) oder ISO-Zeitpunkt',
  })
  .transform((v) => (v.length === 10 ? berlinStartOfDay(v) : new Date(v)));

/** A due date in bodies: a calendar day means the end of that day in Berlin. */
export const dueDateOrDateTime = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], {
    error: 'Erwartet ein Datum (JJJJ-MM-TT) oder ISO-Zeitpunkt',
  })
  .transform((v) => (v.length === 10 ? new Date(berlinStartOfDay(v, 1).getTime() - 1) : new Date(v)));

/** Lower bound in a query: a day starts at Berlin midnight. */
export const queryFrom = dateOrDateTime;

/** Upper bound in a query, returned as an exclusive instant: a day includes all of that day. */
export const queryTo = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], {
    error: 'Erwartet ein Datum (JJJJ-MM-TT) oder ISO-Zeitpunkt',
  })
  .transform((v) => (v.length === 10 ? berlinStartOfDay(v, 1) : new Date(new Date(v).getTime() + 1)));

/** Query values arrive as strings; a repeated key arrives as an array. */
const queryString = z.string().max(2000);

/** `?organization=a&organization=b` or `?organization=a,b`. */
export const queryIdList = z
  .union([queryString, z.array(queryString).max(100)])
  .transform((value) =>
    (Array.isArray(value) ? value : [value])
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean),
  )
  .pipe(z.array(objectIdString).max(100));

/** `?state=a&state=b` or `?state=a,b`, each one of `values`. */
export function queryEnumList<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .union([z.string().max(200), z.array(z.string().max(50)).max(10)])
    .transform((value) =>
      (Array.isArray(value) ? value : [value])
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values)).max(10));
}

export const queryBoolean = z.enum(['true', 'false']).transform((v) => v === 'true');

export const paging = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
};

/** A single plain query value (not repeated, not nested). */
export const queryText = (max = 200) => z.string().trim().min(1).max(max);

/** The meeting version the client edited, for optimistic concurrency. */
export const version = z.number().int().min(0).optional();
