import { z } from 'zod';
import { objectIdString } from '../common/schemas';

export const meetingIdParams = z.strictObject({ id: objectIdString });
export const committeeIdParams = z.strictObject({ id: objectIdString });

/** A Mitteilung der Verwaltung; `confidential` sends it to confidential channels only. */
export const officeUpdateBody = z.strictObject({
  text: z.string().trim().min(1).max(3000),
  confidential: z.boolean().default(false),
});
