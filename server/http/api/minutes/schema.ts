import { z } from 'zod';
import { objectIdString } from '../common/schemas';

export const minutesParams = z.strictObject({ id: objectIdString });
export const documentQuery = z.strictObject({ format: z.enum(['json', 'md', 'docx']).default('json') });
