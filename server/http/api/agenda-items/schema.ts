import { z } from 'zod';
import { objectIdString, text, version } from '../common/schemas';

export const meetingParams = z.strictObject({ meetingId: objectIdString });
export const itemParams = z.strictObject({ meetingId: objectIdString, itemId: objectIdString });

export const addItemBody = z.strictObject({
  name: text(500),
  public: z.boolean(),
  paperId: objectIdString.optional(),
  /** Main item to file the new one under ("7"); without it a main item at the end of its part. */
  parentNumber: z
    .string()
    .regex(/^\d{1,3}$/, { error: 'Erwartet die Nummer eines Hauptpunkts, z. B. „7“' })
    .optional(),
  version,
});

export const updateItemBody = z.strictObject({
  name: text(500).optional(),
  public: z.boolean().optional(),
  paperId: objectIdString.nullable().optional(),
  version,
});

export const reorderBody = z.strictObject({
  ids: z.array(objectIdString).min(1).max(300),
  version,
});

/** DELETE carries the version in the query string. */
export const deleteItemQuery = z.strictObject({
  version: z.coerce.number().int().min(0).optional(),
});
