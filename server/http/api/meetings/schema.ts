import { z } from 'zod';
import { MEETING_STATES } from '../../../domain/meetings/lifecycle';
import {
  dateTime,
  objectIdString,
  paging,
  queryFrom,
  queryIdList,
  queryTo,
  text,
  version,
} from '../common/schemas';

const states = z
  .union([z.string().max(200), z.array(z.string().max(50)).max(10)])
  .transform((value) =>
    (Array.isArray(value) ? value : [value])
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(MEETING_STATES)).max(10));

export const listMeetingsQuery = z.strictObject({
  organization: queryIdList.optional(),
  from: queryFrom.optional(),
  to: queryTo.optional(),
  state: states.optional(),
  ...paging,
});

export const createMeetingBody = z.strictObject({
  organization: objectIdString,
  name: text(300).optional(),
  start: dateTime,
  end: dateTime.optional(),
  location: objectIdString.optional(),
  secondConvocation: z.boolean().optional(),
  /** A standard template ("koeln-standard", "mettmann-formalien"); default: the committee's own. */
  template: z
    .string()
    .regex(/^[a-z0-9-]{1,50}$/, { error: 'Ungültiger Vorlagenschlüssel' })
    .optional(),
});

export const updateMeetingBody = z.strictObject({
  name: text(300).optional(),
  start: dateTime.optional(),
  end: dateTime.nullable().optional(),
  location: objectIdString.nullable().optional(),
  secondConvocation: z.boolean().optional(),
  version,
});

export const changeStateBody = z.strictObject({
  state: z.enum(MEETING_STATES),
  version,
});
