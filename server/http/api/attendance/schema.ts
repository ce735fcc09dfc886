import { z } from 'zod';
import { dateTime, objectIdString } from '../common/schemas';

export const presenceEventBody = z.strictObject({
  personId: objectIdString,
  kind: z.enum(['arrive', 'leave']),
  at: dateTime.optional(),
});

export const presenceEventQuery = z.strictObject({
  personId: objectIdString,
  kind: z.enum(['arrive', 'leave']),
  at: dateTime,
});

export const befangenheitBody = z.strictObject({
  personId: objectIdString,
  agendaItemId: objectIdString,
});

export const lackEstablishedBody = z.strictObject({ at: dateTime.optional() });

export const quorumQuery = z.strictObject({
  at: dateTime.optional(),
  item: objectIdString.optional(),
});

export const quorumItemsQuery = z.strictObject({ at: dateTime.optional() });

export const attendanceQuery = z.strictObject({
  format: z.enum(['fraktionTable', 'nameList']).optional(),
});
