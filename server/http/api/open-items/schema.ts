import { z } from 'zod';
import { queryBoolean, queryIdList } from '../common/schemas';

export const OPEN_ITEMS_DEFAULT_PAGE_SIZE = 50;
export const OPEN_ITEMS_MAX_PAGE_SIZE = 200;

export const openItemsQuery = z.strictObject({
  organization: queryIdList.optional(),
  kind: z.enum(['inquiry', 'followUp']).optional(),
  overdue: queryBoolean.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(OPEN_ITEMS_MAX_PAGE_SIZE)
    .default(OPEN_ITEMS_DEFAULT_PAGE_SIZE),
});
