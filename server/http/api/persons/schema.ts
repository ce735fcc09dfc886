import { z } from 'zod';
import { clearableText, objectIdString, paging, queryText, text } from '../common/schemas';

export const listPersonsQuery = z.strictObject({
  name: queryText(100).optional(),
  organization: objectIdString.optional(),
  body: objectIdString.optional(),
  ...paging,
});

const chatIdentity = z.strictObject({
  platform: z.enum(['teams', 'slack']),
  userId: text(200),
  tenantId: text(200).optional(),
});

const titles = z.array(text(50)).max(10);
const emails = z.array(z.email().max(320)).max(10);

export const createPersonBody = z.strictObject({
  body: objectIdString,
  familyName: text(200),
  givenName: text(200).optional(),
  /** Full name as printed; defaults to given and family name. */
  name: text(300).optional(),
  formOfAddress: text(50).optional(),
  title: titles.optional(),
  email: emails.optional(),
  isAdministration: z.boolean().optional(),
  department: text(200).optional(),
  chatIdentities: z.array(chatIdentity).max(10).optional(),
});

export const updatePersonBody = z.strictObject({
  familyName: text(200).optional(),
  givenName: clearableText(200),
  name: text(300).optional(),
  formOfAddress: clearableText(50),
  title: titles.nullable().optional(),
  email: emails.nullable().optional(),
  isAdministration: z.boolean().optional(),
  department: clearableText(200),
  chatIdentities: z.array(chatIdentity).max(10).nullable().optional(),
});

export type CreatePersonBody = z.output<typeof createPersonBody>;
