import { z } from 'zod';
import { MEETING_STATES } from '../../../domain/meetings/lifecycle';
import {
  dateTime,
  objectIdString,
  queryEnumList,
  paging,
  queryFrom,
  queryIdList,
  queryTo,
  text,
  version,
} from '../common/schemas';

const states = queryEnumList(MEETING_STATES);

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
