import { z } from 'zod';
import { objectIdString, paging, queryFrom, queryTo } from '../common/schemas';

export const auditQuery = z.strictObject({
  entityType: z
    .string()
    .regex(/^[A-Za-z]{1,50}$/, { error: 'Ungültiger Typ' })
    .optional(),
  entityId: objectIdString.optional(),
  organization: objectIdString.optional(),
  from: queryFrom.optional(),
  to: queryTo.optional(),
  ...paging,
});
