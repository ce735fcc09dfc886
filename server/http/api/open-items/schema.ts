import { z } from 'zod';
import { queryIdList } from '../common/schemas';

export const openItemsQuery = z.strictObject({ organization: queryIdList.optional() });
