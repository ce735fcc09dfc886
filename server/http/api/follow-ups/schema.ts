import { z } from 'zod';
import { FOLLOW_UP_KINDS, FOLLOW_UP_STATUSES } from '../../../store/models/follow-up';
import { berlinStartOfDay } from '../../../domain/time/berlin';
import { objectIdString, optionalText, queryBoolean, queryIdList, queryText, text } from '../common/schemas';

/** A due date is a calendar day ("2026-03-10"), meaning that day in Berlin. */
const day = z.iso.date({ error: 'Erwartet ein Datum (JJJJ-MM-TT)' }).transform((v) => berlinStartOfDay(v));

const statusList = z
  .union([z.string().max(200), z.array(z.string().max(50)).max(5)])
  .transform((value) =>
    (Array.isArray(value) ? value : [value])
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(FOLLOW_UP_STATUSES)).max(5));

export const createFollowUpBody = z.strictObject({
  organization: objectIdString,
  kind: z.enum(FOLLOW_UP_KINDS),
  title: text(300),
  description: optionalText(4000),
  public: z.boolean().optional(),
  meeting: objectIdString.optional(),
  agendaItem: objectIdString.optional(),
  paper: objectIdString.optional(),
  inquiry: objectIdString.optional(),
  ownerDepartment: text(200).optional(),
  ownerPerson: objectIdString.optional(),
  dueDate: day,
});

export const updateFollowUpBody = z
  .strictObject({
    dueDate: day.optional(),
    ownerDepartment: text(200).optional(),
    ownerPerson: objectIdString.optional(),
    description: z.string().trim().max(4000).nullable().optional(),
  })
  .refine((body) => Object.values(body).some((v) => v !== undefined), {
    error: 'Mindestens ein Feld ändern: dueDate, ownerDepartment, ownerPerson oder description',
  });

export const listFollowUpsQuery = z.strictObject({
  organization: queryIdList.optional(),
  status: statusList.optional(),
  owner: queryText(200).optional(),
  overdue: queryBoolean.optional(),
});

export const closeBody = z.strictObject({ completionNote: z.string().max(4000) });
export const cancelBody = z.strictObject({ reason: z.string().max(2000) });
export const dueDateRequestBody = z.strictObject({ requestedDueDate: day, reason: z.string().max(2000) });
