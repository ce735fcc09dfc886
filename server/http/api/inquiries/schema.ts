import { z } from 'zod';
import { INQUIRY_STATES } from '../../../domain/inquiries/ports';
import {
  dueDateOrDateTime,
  objectIdString,
  queryEnumList,
  optionalText,
  queryBoolean,
  queryFrom,
  queryTo,
  text,
} from '../common/schemas';

const states = queryEnumList(INQUIRY_STATES);

export const listInquiriesQuery = z.strictObject({
  state: states.optional(),
  committee: objectIdString.optional(),
  dueBefore: queryTo.optional(),
  dueAfter: queryFrom.optional(),
  mine: queryBoolean.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** Lengths are checked by the use case, which names the field in German and English. */
export const fileInquiryBody = z.strictObject({
  committeeId: z.string().max(100).default(''),
  meetingId: z.string().max(100).default(''),
  subject: z.string().max(10_000).default(''),
  text: z.string().max(100_000).default(''),
  kind: z.enum(['schriftlich', 'muendlich'], { error: 'Bitte wählen Sie schriftlich oder mündlich.' }),
  onBehalfOf: z.string().max(100).optional(),
  attachmentUrl: z.string().max(2000).optional(),
  requestId: text(200),
  acceptLate: z.boolean().optional(),
  public: z.boolean().optional(),
});

export const rejectBody = z.strictObject({ reason: z.string().max(10_000).default('') });

export const assignBody = z.strictObject({
  department: z.string().max(1_000).default(''),
  dueDate: dueDateOrDateTime.optional(),
});

export const answerBody = z.strictObject({
  text: z.string().max(100_000).default(''),
  fileUrl: optionalText(2000),
});

export const oralBody = z.strictObject({
  committeeId: objectIdString,
  meetingId: objectIdString,
  askedBy: objectIdString,
  subject: z.string().max(10_000).default(''),
  text: z.string().max(100_000).default(''),
  agendaItemId: objectIdString.optional(),
  zugesagt: z.boolean().optional(),
  department: optionalText(200),
  dueDate: dueDateOrDateTime.optional(),
  public: z.boolean().optional(),
});
