import { z } from 'zod';
import { AGENDA_RESULTS } from '../../../domain/agenda/results';
import { objectIdString, version } from '../common/schemas';

export const resultParams = z.strictObject({ id: objectIdString, itemId: objectIdString });

// Counts are only typed here; the domain says which values fit (so chat and API answer alike).
const count = z.number().optional();

/** Compatible with the earlier `{ result, resolutionText, version }` body, plus the vote. */
export const recordResultBody = z.strictObject({
  result: z.enum(AGENDA_RESULTS),
  resolutionText: z.string().max(20_000).nullable().optional(),
  yes: count,
  no: count,
  abstain: count,
  breakdown: z
    .array(z.strictObject({ group: z.string().max(200), yes: count, no: count, abstain: count }))
    .max(30)
    .optional(),
  referredTo: z.string().max(300).optional(),
  withoutVote: z.boolean().optional(),
  version,
});
