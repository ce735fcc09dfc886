import { z } from 'zod';
import { MEMBERSHIP_ROLES, SEAT_KINDS } from '../../../domain/memberships/ports';
import { dateOrDateTime, objectIdString, queryBoolean } from '../common/schemas';

export const listMembershipsQuery = z
  .strictObject({
    organization: objectIdString.optional(),
    person: objectIdString.optional(),
    /** Only memberships in force today. */
    current: queryBoolean.optional(),
  })
  .refine((q) => q.organization || q.person, {
    error: 'Bitte ein Gremium (organization) oder eine Person (person) angeben',
    path: ['organization'],
  });

export const createMembershipBody = z.strictObject({
  person: objectIdString,
  organization: objectIdString,
  role: z.enum(MEMBERSHIP_ROLES),
  votingRight: z.boolean(),
  onBehalfOf: objectIdString.optional(),
  seatKind: z.enum(SEAT_KINDS).optional(),
  mayRepresent: z.array(objectIdString).max(50).optional(),
  startDate: dateOrDateTime.optional(),
  endDate: dateOrDateTime.optional(),
});

export const updateMembershipBody = z.strictObject({
  role: z.enum(MEMBERSHIP_ROLES).optional(),
  votingRight: z.boolean().optional(),
  onBehalfOf: objectIdString.nullable().optional(),
  seatKind: z.enum(SEAT_KINDS).optional(),
  mayRepresent: z.array(objectIdString).max(50).nullable().optional(),
  startDate: dateOrDateTime.nullable().optional(),
  endDate: dateOrDateTime.nullable().optional(),
});

export const endMembershipBody = z.strictObject({ endDate: dateOrDateTime });
