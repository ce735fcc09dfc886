import { z } from 'zod';
import { objectIdString, text } from '../common/schemas';

export const listLocationsQuery = z.strictObject({ body: objectIdString.optional() });

export const createLocationBody = z.strictObject({
  body: objectIdString,
  description: text(300),
  streetAddress: text(300).optional(),
  room: text(200).optional(),
  postalCode: z
    .string()
    .regex(/^\d{5}$/, { error: 'Erwartet eine fünfstellige Postleitzahl' })
    .optional(),
  locality: text(200).optional(),
});
